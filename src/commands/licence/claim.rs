//! `licence claim`: what the integration launch calls on a user's first
//! access. Idempotent, and safe under a stampede of concurrent claims: the
//! seat count and the insert happen under one write lock.

use serde::Serialize;

use super::{MAX_EXTERNAL_ID_CHARS, email_arg, name_arg, no_licence, quote};
use crate::cli::LicenceClaimArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::{LicenceState, NewAudit, NewUser, Role, SeatSummary, Source};

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
    let email = email_arg(&args.email)?;
    let name = name_arg(args.name.as_deref())?;
    let external_id = args
        .external_id
        .as_deref()
        .map(external_id_arg)
        .transpose()?;
    let slug = ctx.org_slug(None)?;
    let stamp = ctx.stamp();
    // The organisation is resolved inside the transaction that writes, so a
    // claim never lands in an organisation that reused a deleted one's id.
    let (org, result, email, seats) = ctx.state()?.write(|tx| {
        let org = org_in(tx, &slug)?;
        let existing = tx.user(org.id, &email)?;
        if let Some(u) = &existing {
            match u.licence {
                LicenceState::Active => {
                    tx.touch_user(u.id, &stamp.at)?;
                    let seats = tx.seat_summary(&org)?;
                    return Ok((org, Claimed::AlreadyActive, u.email.clone(), seats));
                }
                LicenceState::Disabled => {
                    return Err(Error::failure(format!(
                        "the licence of {} in {} was disabled by an administrator",
                        u.email, org.slug
                    ))
                    .with_hint(format!(
                        "an organisation admin can give it back with `atslink licence enable {} --org {}`",
                        u.email, org.slug
                    )));
                }
                LicenceState::None => {}
            }
        }
        let seats = tx.seat_summary(&org)?;
        if seats.available == 0 {
            return Err(no_licence(&org, &seats));
        }
        let (email, before) = match &existing {
            Some(u) => {
                tx.set_licence(u.id, LicenceState::Active)?;
                tx.touch_user(u.id, &stamp.at)?;
                (u.email.clone(), u.licence.as_str())
            }
            None => {
                tx.insert_user(
                    org.id,
                    &NewUser {
                        email: &email,
                        name: name.as_deref(),
                        role: Role::Member,
                        source: args.source.unwrap_or(Source::Manual),
                        external_id,
                        licence: LicenceState::Active,
                        access_at: Some(&stamp.at),
                        created_at: &stamp.at,
                    },
                )?;
                (email.clone(), "(new)")
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
        let seats = tx.seat_summary(&org)?;
        Ok((org, Claimed::Assigned, email, seats))
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
