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

use crate::error::{Error, Result};
use crate::state::{Org, SeatSummary};

/// A plausible email address: one `@`, a non-empty local part, a domain
/// with a dot, no spaces or control characters. Deliverability is the
/// provider's business; this catches typos and column mix-ups.
pub fn check_email(raw: &str) -> std::result::Result<String, String> {
    let email = raw.trim();
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
                && email.len() <= 254
        }
        None => false,
    };
    if valid {
        Ok(email.to_string())
    } else if email.is_empty() {
        Err("the email is empty".into())
    } else {
        Err(format!("`{email}` is not an email address"))
    }
}

pub fn email_arg(raw: &str) -> Result<String> {
    check_email(raw).map_err(Error::usage)
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
    use super::check_email;

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
}
