//! `atslink licence …`: an organisation's seat pool. A user holds a seat
//! while their licence is `active`; `disabled` users hold none and are not
//! given one automatically again.

pub mod assign;
mod bulk;
pub mod claim;
mod csv;
pub mod disable;
pub mod enable;
pub mod list;
pub mod reassign;
pub mod seats;

pub use crate::error::quote;
use crate::error::{Error, Result};
use crate::state::{Org, SeatSummary};

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

pub fn name_arg(raw: Option<&str>) -> Result<Option<String>> {
    Ok(raw.map(check_name).transpose()?.flatten())
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

pub fn user_not_found(org: &Org, email: &str) -> Error {
    Error::not_found(format!("no user {email} in {}", org.slug)).with_hint(format!(
        "`atslink licence list --org {}` shows the users",
        org.slug
    ))
}

/// The error for a pool that is full, naming who can add seats.
pub fn no_licence(org: &Org, seats: &SeatSummary) -> Error {
    Error::new(
        crate::error::ErrorKind::NoLicence,
        format!(
            "no licences available for {}: {} of {} in use",
            org.slug, seats.used, seats.seats
        ),
    )
    .with_hint(format!(
        "more licences are bought through customer success, who raise the pool with \
         `atslink licence seats N --org {}`; or free one with `atslink licence disable EMAIL --org {}`",
        org.slug, org.slug
    ))
}

pub fn seats_line(org: &Org, s: &SeatSummary) -> String {
    let mut line = format!(
        "{}: {} seat{}, {} used, {} available",
        org.slug,
        s.seats,
        if s.seats == 1 { "" } else { "s" },
        s.used,
        s.available
    );
    if s.over_allocated > 0 {
        line.push_str(&format!(", {} over-allocated", s.over_allocated));
    }
    line
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
