//! Opaque random tokens and their hashes, and the PKCE S256 check. The
//! world stores only hashes; a token's value exists in the response that
//! issued it and nowhere else.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::digest;
use ring::rand::{SecureRandom, SystemRandom};

use crate::error::{Error, Result};

fn random_bytes(n: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    SystemRandom::new()
        .fill(&mut buf)
        .map_err(|_| Error::failure("the system random number generator failed"))?;
    Ok(buf)
}

/// A new opaque token: `prefix` then 32 random bytes, base64url.
pub fn new_token(prefix: &str) -> Result<String> {
    Ok(format!(
        "{prefix}{}",
        URL_SAFE_NO_PAD.encode(random_bytes(32)?)
    ))
}

pub fn random_hex(bytes: usize) -> Result<String> {
    Ok(random_bytes(bytes)?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// A short code a person can type (device flow): 8 letters, no vowels
/// that could spell words, grouped `XXXX-XXXX`.
pub fn user_code() -> Result<String> {
    const ALPHABET: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";
    let bytes = random_bytes(8)?;
    let mut s = String::with_capacity(9);
    for (i, b) in bytes.iter().enumerate() {
        if i == 4 {
            s.push('-');
        }
        s.push(ALPHABET[*b as usize % ALPHABET.len()] as char);
    }
    Ok(s)
}

/// SHA-256 of a token, hex: what the world stores.
pub fn hash(token: &str) -> String {
    digest::digest(&digest::SHA256, token.as_bytes())
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// RFC 7636 S256: BASE64URL(SHA256(verifier)) == challenge, with the
/// verifier's length and alphabet checked as the RFC requires.
pub fn pkce_s256_matches(verifier: &str, challenge: &str) -> bool {
    let valid_verifier = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    if !valid_verifier {
        return false;
    }
    let d = digest::digest(&digest::SHA256, verifier.as_bytes());
    let computed = URL_SAFE_NO_PAD.encode(d.as_ref());
    same_secret(&computed, challenge)
}

/// Compares two secrets without an early exit on the first difference:
/// their SHA-256 digests are compared in full.
/// Compares two hex digests without an early exit.
pub fn same_hash(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub fn same_secret(a: &str, b: &str) -> bool {
    let da = digest::digest(&digest::SHA256, a.as_bytes());
    let db = digest::digest(&digest::SHA256, b.as_bytes());
    da.as_ref()
        .iter()
        .zip(db.as_ref())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_rfc7636_example() {
        // Appendix B of RFC 7636.
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assert!(pkce_s256_matches(verifier, challenge));
        assert!(!pkce_s256_matches(
            verifier,
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cN"
        ));
        assert!(!pkce_s256_matches("short", challenge));
        assert!(!pkce_s256_matches(challenge, challenge));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = new_token("x_").unwrap();
        let b = new_token("x_").unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with("x_") && a.len() > 40);
        assert_eq!(hash(&a).len(), 64);
        assert_ne!(hash(&a), hash(&b));
        let code = user_code().unwrap();
        assert_eq!(code.len(), 9);
        assert_eq!(&code[4..5], "-");
    }
}
