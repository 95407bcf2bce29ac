//! `licence reassign FROM TO`: TO takes FROM's seat in one transaction, so
//! the seat is never free for a racing claim in between.

use serde_json::json;

use super::{check_email, name_arg, user_not_found};
use crate::cli::LicenceReassignArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::{LicenceState, NewAudit, NewUser, Org, Role, Source, Tx, User};

pub fn run(ctx: &mut Context, args: LicenceReassignArgs) -> Result<Output> {
    let from = check_email(&args.from)?;
    let to = check_email(&args.to)?;
    let name = name_arg(args.name.as_deref())?;
    if from.eq_ignore_ascii_case(&to) {
        return Err(Error::usage("FROM and TO are the same user"));
    }
    let slug = ctx.org_slug(None)?;
    ctx.require_org(&slug)?;
    ctx.confirm(
        &format!("Move the licence of {from} to {to} in {slug} ({from} will be disabled)?"),
        &format!("atslink licence reassign {from} {to} --org {slug}"),
    )?;
    let stamp = ctx.stamp();
    let (org, from, to, to_before) = ctx.state()?.write(|tx| {
        // Resolved again under the write lock: the organisation may have
        // been deleted (and its row id reused) while the prompt waited.
        let org = org_in(tx, &slug)?;
        let from = seat_holder(tx, &org, &from, &to)?;
        let (to, to_before) = give_seat(tx, &org, &to, name.as_deref(), stamp.at)?;
        tx.set_licence(from.id, LicenceState::Disabled)?;
        for (subject, before, after) in [
            (&from.email, "active", "disabled"),
            (&to, to_before, "active"),
        ] {
            stamp.record(
                tx,
                NewAudit {
                    org_slug: Some(org.slug.clone()),
                    action: "licence.reassign".into(),
                    subject: Some(subject.clone()),
                    before: Some(before.into()),
                    after: Some(after.into()),
                },
            )?;
        }
        Ok((org, from.email, to, to_before))
    })?;
    Ok(Output::new(
        json!({ "organisation": org.slug, "from": from, "to": to, "to_before": to_before }),
        Human::Nothing,
    )
    .with_status(format!(
        "Moved the licence of {from} to {to}; {from} is now disabled"
    )))
}

/// FROM, who must hold a licence to give up.
fn seat_holder(tx: &Tx<'_>, org: &Org, from: &str, to: &str) -> Result<User> {
    let f = tx
        .user(org.id, from)?
        .ok_or_else(|| user_not_found(org, from))?;
    if f.licence != LicenceState::Active {
        return Err(Error::conflict(format!(
            "{} holds no licence to reassign (it is {})",
            f.email,
            f.licence.as_str()
        ))
        .with_hint(format!(
            "assign a free seat instead: `atslink licence assign {to} --org {}`",
            org.slug
        )));
    }
    Ok(f)
}

/// TO's licence made active (TO created when new): TO's email as stored
/// and its licence before, for the audit.
fn give_seat(
    tx: &Tx<'_>,
    org: &Org,
    to: &str,
    name: Option<&str>,
    at: time::OffsetDateTime,
) -> Result<(String, &'static str)> {
    match tx.user(org.id, to)? {
        Some(u) if u.licence == LicenceState::Active => Err(Error::conflict(format!(
            "{} already holds a licence; nothing was changed",
            u.email
        ))
        .with_hint(format!(
            "to free the first seat instead, `atslink licence disable <email> --org {}`",
            org.slug
        ))),
        Some(u) => {
            tx.update_user_details(u.id, name, None)?;
            tx.set_licence(u.id, LicenceState::Active)?;
            Ok((u.email.clone(), u.licence.as_str()))
        }
        None => {
            tx.insert_user(
                org.id,
                &NewUser {
                    email: to,
                    name,
                    role: Role::Member,
                    source: Source::Manual,
                    external_id: None,
                    licence: LicenceState::Active,
                    access_at: None,
                    created_at: at,
                },
            )?;
            Ok((to.to_string(), "(new)"))
        }
    }
}
