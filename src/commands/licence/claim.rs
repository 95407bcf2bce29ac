//! `licence claim`: what the integration launch calls on a user's first
//! access. Idempotent, and safe under a stampede of concurrent claims: the
//! seat count and the insert happen under one write lock.

use serde::Serialize;

use super::{MAX_EXTERNAL_ID_CHARS, check_email, name_arg, no_licence, quote};
use crate::cli::LicenceClaimArgs;
use crate::context::{Context, Stamp, org_in};
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::{LicenceState, NewAudit, NewUser, Org, Role, SeatSummary, Source, Tx, User};

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
            tx.touch_user(u.id, &stamp.at)?;
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
                    access_at: Some(&stamp.at),
                    created_at: &stamp.at,
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

/// The claim of a user whose licence is already decided: one holding a
/// seat (only the last access moves) or one an administrator disabled
/// (nothing changes); `None` for anyone else, who needs a seat counted.
/// It reads only the user's licence and writes only their last access, so
/// it is safe under the shared write lock ([`crate::state::Store::write_shared`]).
pub fn seated(tx: &Tx<'_>, org: &Org, stamp: &Stamp, who: &Claimant<'_>) -> Result<Option<Claim>> {
    match tx.user(org.id, who.email)? {
        Some(u) => decided(tx, &u, stamp),
        None => Ok(None),
    }
}

/// What an existing user's licence already decides, if anything.
fn decided(tx: &Tx<'_>, u: &User, stamp: &Stamp) -> Result<Option<Claim>> {
    Ok(match u.licence {
        LicenceState::Active => {
            tx.touch_user(u.id, &stamp.at)?;
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
