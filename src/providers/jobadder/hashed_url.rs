//! JobAdder's "Partner Action Security – Hashed URL": at click time JobAdder
//! appends `_exp` (expiry, UTC .NET ticks, five minutes after the click)
//! and `_h` to the partner action's URL. `_h` is SHA-256 over the URL with
//! `_exp` (its query keys sorted) followed by the action's salt, Base64,
//! cut at the first `=`, `+`→`-`, `/`→`_`. A partner rejects a URL whose
//! hash differs or whose `_exp` has passed. (provider-apis.md §2.4)

use base64::Engine;
use time::OffsetDateTime;

/// JobAdder's documented maximum salt length.
pub const SALT_LEN: usize = 20;

/// .NET ticks (100 ns since 0001-01-01 UTC) at the Unix epoch.
const UNIX_EPOCH_TICKS: i128 = 621_355_968_000_000_000;

/// The credential-store entry holding an organisation's action salt.
pub fn salt_key(org: &str) -> crate::secrets::SecretKey {
    crate::secrets::SecretKey::action_salt(org)
}

/// A fresh random salt of `SALT_LEN` letters and digits.
pub fn new_salt() -> crate::error::Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut bytes = [0u8; SALT_LEN];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes)
        .map_err(|_| crate::error::Error::failure("the OS random source failed"))?;
    // 256 is 4 × 64, not a multiple of 62: the bias is under 2 % per
    // character, irrelevant for a salt that only needs to be unguessable.
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect())
}

/// The partner action URL pointing at `atslink serve`.
pub fn launch_template(public_url: &str, org: &str) -> String {
    format!(
        "{}/launch/jobadder/{org}?candidate={{candidateId}}&user={{userId}}",
        public_url.trim_end_matches('/')
    )
}

/// Why a launch URL was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No `_h` or no `_exp`: not a URL JobAdder produced.
    Unsigned,
    /// `_exp` is not a number of ticks.
    BadExpiry,
    Expired,
    Mismatch,
}

impl Refusal {
    pub fn reason(self) -> &'static str {
        match self {
            Refusal::Unsigned => "unsigned",
            Refusal::BadExpiry => "bad_expiry",
            Refusal::Expired => "expired",
            Refusal::Mismatch => "mismatch",
        }
    }
}

/// The URL as JobAdder hashed it: `base` (scheme, host and path, as the
/// action was registered) and the query's `key=value` pairs, exactly as
/// received, sorted by key (byte order; stable), without `_h`.
pub fn canonical(base: &str, raw_query: &str) -> String {
    let mut pairs: Vec<&str> = raw_query
        .split('&')
        .filter(|p| !p.is_empty() && key(p) != "_h")
        .collect();
    pairs.sort_by(|a, b| key(a).cmp(key(b)));
    format!("{base}?{}", pairs.join("&"))
}

fn key(pair: &str) -> &str {
    pair.split_once('=').map_or(pair, |(k, _)| k)
}

/// `_h` for a canonical URL and salt.
pub fn hash(canonical: &str, salt: &str) -> String {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(canonical.as_bytes());
    ctx.update(salt.as_bytes());
    let b64 = base64::engine::general_purpose::STANDARD.encode(ctx.finish());
    b64.split('=')
        .next()
        .unwrap_or_default()
        .replace('+', "-")
        .replace('/', "_")
}

/// UTC .NET ticks to a time; `None` outside the representable range.
pub fn ticks_to_time(ticks: i64) -> Option<OffsetDateTime> {
    let nanos = (i128::from(ticks) - UNIX_EPOCH_TICKS).checked_mul(100)?;
    OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()
}

fn param<'a>(raw_query: &'a str, name: &str) -> Option<&'a str> {
    raw_query.split('&').find_map(|p| {
        p.split_once('=')
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| v)
    })
}

/// Checks a launch: the hash first (in constant time), then the expiry.
pub fn verify(base: &str, raw_query: &str, salt: &str, now: OffsetDateTime) -> Result<(), Refusal> {
    let (Some(given), Some(exp)) = (param(raw_query, "_h"), param(raw_query, "_exp")) else {
        return Err(Refusal::Unsigned);
    };
    let expected = hash(&canonical(base, raw_query), salt);
    if !constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        return Err(Refusal::Mismatch);
    }
    let expires = exp
        .parse::<i64>()
        .ok()
        .and_then(ticks_to_time)
        .ok_or(Refusal::BadExpiry)?;
    if now > expires {
        return Err(Refusal::Expired);
    }
    Ok(())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const BASE: &str = "https://atslink.example.com/launch/jobadder/acme";
    const SALT: &str = "s3cr3tSalt";
    /// 2026-12-02T13:05:00Z in ticks: (1796216700 + 62135596800) × 10^7.
    const EXP: &str = "639318135000000000";

    // The vectors were computed from JobAdder's documented steps, not with
    // this code:
    //   python3 -c "import hashlib,base64; u='<URL>'; \
    //     b=base64.b64encode(hashlib.sha256(u.encode()+b's3cr3tSalt').digest()).decode(); \
    //     print(b.split('=')[0].replace('+','-').replace('/','_'))"
    // for u = BASE + '?_exp=639318135000000000&candidate=101&user=7' and the
    // same with candidate=105 (whose Base64, vXASBsLCPGkufw+c4oPBp1/89jF3JXHJ1jWwbxO3asY=,
    // has a '+', a '/' and padding to strip).
    const H101: &str = "Mdt13TpUXWX8ZuijT8R69G9WJPIcIaNCYLqKXISc6JQ";
    const H105: &str = "vXASBsLCPGkufw-c4oPBp1_89jF3JXHJ1jWwbxO3asY";

    fn before() -> OffsetDateTime {
        datetime!(2026-12-02 13:01:00 UTC)
    }

    #[test]
    fn documented_vectors() {
        assert_eq!(
            hash(&format!("{BASE}?_exp={EXP}&candidate=101&user=7"), SALT),
            H101
        );
        assert_eq!(
            hash(&format!("{BASE}?_exp={EXP}&candidate=105&user=7"), SALT),
            H105
        );
        assert_eq!(
            ticks_to_time(EXP.parse().unwrap()),
            Some(datetime!(2026-12-02 13:05:00 UTC))
        );
    }

    #[test]
    fn a_good_url_in_any_order_verifies() {
        // As JobAdder delivers it: the template's order, then _exp and _h.
        let q = format!("candidate=101&user=7&_exp={EXP}&_h={H101}");
        assert_eq!(verify(BASE, &q, SALT, before()), Ok(()));
        let reordered = format!("_h={H101}&user=7&_exp={EXP}&candidate=101");
        assert_eq!(verify(BASE, &reordered, SALT, before()), Ok(()));
        let q = format!("candidate=105&user=7&_exp={EXP}&_h={H105}");
        assert_eq!(verify(BASE, &q, SALT, before()), Ok(()));
    }

    #[test]
    fn tampering_is_refused() {
        let tampered_hash = format!("candidate=101&user=7&_exp={EXP}&_h={}", H105);
        assert_eq!(
            verify(BASE, &tampered_hash, SALT, before()),
            Err(Refusal::Mismatch)
        );
        let mut flipped = H101.to_string();
        flipped.replace_range(0..1, "N");
        let q = format!("candidate=101&user=7&_exp={EXP}&_h={flipped}");
        assert_eq!(verify(BASE, &q, SALT, before()), Err(Refusal::Mismatch));
        // Another user, candidate, expiry, organisation or salt.
        for q in [
            format!("candidate=101&user=8&_exp={EXP}&_h={H101}"),
            format!("candidate=102&user=7&_exp={EXP}&_h={H101}"),
            format!("candidate=101&user=7&_exp=639318135000000001&_h={H101}"),
            format!("candidate=101&user=7&admin=1&_exp={EXP}&_h={H101}"),
        ] {
            assert_eq!(
                verify(BASE, &q, SALT, before()),
                Err(Refusal::Mismatch),
                "{q}"
            );
        }
        let q = format!("candidate=101&user=7&_exp={EXP}&_h={H101}");
        assert_eq!(
            verify(
                "https://atslink.example.com/launch/jobadder/other",
                &q,
                SALT,
                before()
            ),
            Err(Refusal::Mismatch)
        );
        assert_eq!(
            verify(BASE, &q, "another-salt", before()),
            Err(Refusal::Mismatch)
        );
    }

    #[test]
    fn expired_and_unsigned_are_refused() {
        let q = format!("candidate=101&user=7&_exp={EXP}&_h={H101}");
        assert_eq!(
            verify(BASE, &q, SALT, datetime!(2026-12-02 13:05:00 UTC)),
            Ok(()),
            "valid up to the expiry itself"
        );
        assert_eq!(
            verify(BASE, &q, SALT, datetime!(2026-12-02 13:05:01 UTC)),
            Err(Refusal::Expired)
        );
        assert_eq!(
            verify(BASE, "candidate=101&user=7", SALT, before()),
            Err(Refusal::Unsigned)
        );
        assert_eq!(
            verify(
                BASE,
                &format!("candidate=101&user=7&_h={H101}"),
                SALT,
                before()
            ),
            Err(Refusal::Unsigned)
        );
    }

    #[test]
    fn salts_are_twenty_alphanumerics_and_differ() {
        let a = new_salt().unwrap();
        let b = new_salt().unwrap();
        assert_eq!(a.len(), SALT_LEN);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric()), "{a}");
        assert_ne!(a, b);
    }
}
