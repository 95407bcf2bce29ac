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
pub use crate::licences::{MAX_EXTERNAL_ID_CHARS, check_email, check_name};
use crate::state::{Org, SeatSummary};

pub fn name_arg(raw: Option<&str>) -> Result<Option<String>> {
    Ok(raw.map(check_name).transpose()?.flatten())
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
