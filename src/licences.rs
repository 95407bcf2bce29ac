//! Licences, the domain side: what makes an email or a name acceptable,
//! and the claim of a seat on first access. The `licence` commands and
//! `atslink serve`'s launch endpoint both use these; neither owns them.

use crate::context::Stamp;
use crate::error::{Error, Result, quote};
use crate::state::{LicenceState, NewAudit, NewUser, Org, Role, Source, Tx, User};

/// The longest email address (RFC 5321's path limit).
pub const MAX_EMAIL_CHARS: usize = 254;
/// The longest user name kept: far beyond any real name, short enough that
/// one bad value cannot bloat every listing.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest external (provider) user id.
pub const MAX_EXTERNAL_ID_CHARS: usize = 200;
/// A user's name: one line of at most [`MAX_NAME_CHARS`] characters;
/// blank means none.
pub fn check_name(raw: &str) -> Result<Option<String>> {
    let name = raw.trim();
    let n = name.chars().count();
    if name.is_empty() {
        Ok(None)
    } else if n > MAX_NAME_CHARS {
        Err(Error::usage(format!(
            "the name {} is longer than {MAX_NAME_CHARS} characters",
            quote(name)
        )))
    } else if name.chars().any(char::is_control) {
        Err(Error::usage(format!(
            "the name {} holds a line break or control character",
            quote(name)
        )))
    } else {
        Ok(Some(name.to_string()))
    }
}

/// A plausible email address: one `@`, a non-empty local part, a domain
/// with a dot, no spaces or control characters, at most 254 characters.
/// Deliverability is the provider's business; this catches typos and column
/// mix-ups.
pub fn check_email(raw: &str) -> Result<String> {
    let email = raw.trim();
    if email.chars().count() > MAX_EMAIL_CHARS {
        return Err(Error::usage(format!(
            "{} is longer than an email address can be ({MAX_EMAIL_CHARS} characters)",
            quote(email)
        )));
    }
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if valid {
        Ok(email.to_string())
    } else if email.is_empty() {
        Err(Error::usage("the email is empty"))
    } else {
        Err(Error::usage(format!(
            "{} is not an email address",
            quote(email)
        )))
    }
}

/// Who claims a seat: what a first access knows about them.
pub struct Claimant<'a> {
    pub email: &'a str,
    pub name: Option<&'a str>,
    pub source: Source,
    pub external_id: Option<&'a str>,
}

/// What a claim came to. Only `Assigned` took a seat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    AlreadyActive {
        user_id: i64,
        email: String,
    },
    Assigned {
        user_id: i64,
        email: String,
    },
    /// An administrator disabled the user's licence; nothing changed.
    Disabled {
        user_id: i64,
        email: String,
    },
    /// No free seat; nothing changed.
    NoSeat,
}

/// The claim itself, inside the caller's write transaction (so the seat
/// count and the insert are one decision): `licence claim` and the launch
/// endpoint of `atslink serve` both come through here.
pub fn claim_seat(tx: &Tx<'_>, org: &Org, stamp: &Stamp, who: &Claimant<'_>) -> Result<Claim> {
    let existing = tx.user(org.id, who.email)?;
    if let Some(u) = &existing
        && let Some(claim) = decided(tx, u, stamp)?
    {
        return Ok(claim);
    }
    if tx.seat_summary(org)?.available == 0 {
        return Ok(Claim::NoSeat);
    }
    let (user_id, email, before) = match &existing {
        Some(u) => {
            tx.set_licence(u.id, LicenceState::Active)?;
            tx.touch_user(u.id, stamp.at)?;
            (u.id, u.email.clone(), u.licence.as_str())
        }
        None => {
            let id = tx.insert_user(
                org.id,
                &NewUser {
                    email: who.email,
                    name: who.name,
                    role: Role::Member,
                    source: who.source,
                    external_id: who.external_id,
                    licence: LicenceState::Active,
                    access_at: Some(stamp.at),
                    created_at: stamp.at,
                },
            )?;
            (id, who.email.to_string(), "(new)")
        }
    };
    stamp.record(
        tx,
        NewAudit {
            org_slug: Some(org.slug.clone()),
            action: "licence.claim".into(),
            subject: Some(email.clone()),
            before: Some(before.into()),
            after: Some("active".into()),
        },
    )?;
    Ok(Claim::Assigned { user_id, email })
}

/// What an existing user's licence already decides, if anything.
fn decided(tx: &Tx<'_>, u: &User, stamp: &Stamp) -> Result<Option<Claim>> {
    Ok(match u.licence {
        LicenceState::Active => {
            tx.touch_user(u.id, stamp.at)?;
            Some(Claim::AlreadyActive {
                user_id: u.id,
                email: u.email.clone(),
            })
        }
        LicenceState::Disabled => Some(Claim::Disabled {
            user_id: u.id,
            email: u.email.clone(),
        }),
        LicenceState::None => None,
    })
}

#[cfg(test)]
mod tests {
    use super::{check_email, check_name};

    #[test]
    fn emails() {
        for ok in ["a@b.co", " Alice.Smith+cv@Example.COM ", "x@sub.domain.org"] {
            assert!(check_email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "", "alice", "@b.co", "a@b", "a@@b.co", "a b@c.co", "a@.co", "a@co.",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert_eq!(check_email(" a@b.co ").unwrap(), "a@b.co");
    }

    #[test]
    fn long_values_are_refused_and_quoted_short() {
        let long = format!("{}@x.co", "a".repeat(100_000));
        let err = check_email(&long).unwrap_err().message;
        assert!(err.len() < 200, "{err}");
        assert!(err.contains("100005 characters"), "{err}");
        assert!(check_email(&format!("{}@x.co", "a".repeat(249))).is_ok());
        assert!(check_email(&format!("{}@x.co", "a".repeat(250))).is_err());
        assert_eq!(check_name("  Ann  ").unwrap().as_deref(), Some("Ann"));
        assert_eq!(check_name(" ").unwrap(), None);
        assert!(check_name(&"n".repeat(200)).is_ok());
        let err = check_name(&"n".repeat(2_000_000)).unwrap_err().message;
        assert!(err.len() < 200, "{err}");
        assert!(check_name("Ann\nSmith").is_err());
    }
}
