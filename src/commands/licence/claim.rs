//! `licence claim`: what the integration launch calls on a user's first
//! access. Idempotent, and safe under a stampede of concurrent claims: the
//! seat count and the insert happen under one write lock.

use serde::Serialize;

use super::{MAX_EXTERNAL_ID_CHARS, check_email, name_arg, no_licence, quote};
use crate::cli::LicenceClaimArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, Result};
use crate::licences::{Claim, Claimant, claim_seat};
use crate::output::{Human, Output};
use crate::state::{SeatSummary, Source};

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Claimed {
    /// Already held a licence; only the last access moved.
    AlreadyActive,
    /// Took a free seat.
    Assigned,
}

#[derive(Serialize)]
struct Data {
    organisation: String,
    email: String,
    result: Claimed,
    seats: SeatSummary,
}

pub fn run(ctx: &mut Context, args: LicenceClaimArgs) -> Result<Output> {
    let email = check_email(&args.email)?;
    let name = name_arg(args.name.as_deref())?;
    let external_id = args
        .external_id
        .as_deref()
        .map(external_id_arg)
        .transpose()?;
    let slug = ctx.org_slug(None)?;
    let stamp = ctx.stamp();
    let who = Claimant {
        email: &email,
        name: name.as_deref(),
        source: args.source.unwrap_or(Source::Manual),
        external_id,
    };
    // The organisation is resolved inside the transaction that writes, so a
    // claim never lands in an organisation that reused a deleted one's id.
    let (org, result, email, seats) = ctx.state()?.write(|tx| {
        let org = org_in(tx, &slug)?;
        let (result, email) = match claim_seat(tx, &org, &stamp, &who)? {
            Claim::AlreadyActive { email, .. } => (Claimed::AlreadyActive, email),
            Claim::Assigned { email, .. } => (Claimed::Assigned, email),
            Claim::Disabled { email, .. } => {
                return Err(Error::failure(format!(
                    "the licence of {email} in {} was disabled by an administrator",
                    org.slug
                ))
                .with_hint(format!(
                    "an organisation admin can give it back with `atslink licence enable {email} --org {}`",
                    org.slug
                )));
            }
            Claim::NoSeat => return Err(no_licence(&org, &tx.seat_summary(&org)?)),
        };
        let seats = tx.seat_summary(&org)?;
        Ok((org, result, email, seats))
    })?;
    let status = match result {
        Claimed::AlreadyActive => format!("{email} already holds a licence in {}", org.slug),
        Claimed::Assigned => format!(
            "{email} took a licence in {}: {} of {} in use",
            org.slug, seats.used, seats.seats
        ),
    };
    Ok(Output::new(
        Data {
            organisation: org.slug.clone(),
            email,
            result,
            seats,
        },
        Human::Nothing,
    )
    .with_status(status))
}

/// `--external-id`: the provider's id for the user, one short line.
fn external_id_arg(raw: &str) -> Result<&str> {
    let id = raw.trim();
    if id.is_empty()
        || id.chars().count() > MAX_EXTERNAL_ID_CHARS
        || id.chars().any(char::is_control)
    {
        return Err(Error::usage(format!(
            "--external-id {} is not a provider user id (1-{MAX_EXTERNAL_ID_CHARS} characters on one line)",
            quote(id)
        )));
    }
    Ok(id)
}
