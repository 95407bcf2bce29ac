//! Flare, the JobAdder FAQ item by item: the account's default location
//! and legal entity exist; every legal entity is in the default location
//! and in the "JobAdder" pay group (or role information is wrong); the
//! brand rule (the default entity without a brand, every other with one);
//! which names of the last 30 days of placements fall back to defaults;
//! recent failures in the push ledger and when candidates last arrived.

use super::jobadder::access_failed;
use super::{Check, unreachable};
use crate::error::Error;
use crate::flare::mapping::{Missing, coverage};
use crate::http::Http;
use crate::providers::ClientError;
use crate::providers::Provider;
use crate::providers::flare::{Client, LocationMembers, PayGroup, Reference};
use crate::providers::jobadder::{self, Placement};
use crate::secrets::SecretString;
use crate::state::LedgerSummary;

/// How far back mapping coverage and the ledger look.
pub const WINDOW_DAYS: i64 = 30;
/// At most this many placements are read for mapping coverage.
const MAX_PLACEMENTS: usize = 5000;

pub struct Probe {
    pub slug: String,
    /// The command's HTTP client (`Services::http`), for Flare and JobAdder.
    pub http: Http,
    pub access: Result<(SecretString, String), Error>,
    pub pay_group: String,
    pub cost_centre_field: String,
    /// JobAdder, for mapping coverage: `None` when the organisation has no
    /// JobAdder link (no coverage to check), `Some(Err(why))` when it does
    /// not work.
    pub jobadder: Option<Result<(SecretString, String), Error>>,
    /// The start of the window, as an RFC 3339 time.
    pub since: String,
    pub ledger: LedgerSummary,
}

pub async fn check(p: Probe) -> Vec<Check> {
    let mut out = vec![ledger(&p)];
    let (key, api) = match &p.access {
        Ok(a) => a.clone(),
        Err(e) => {
            out.push(link_access_failed(&p.slug, e));
            out.extend(cannot_ask(&p, "the Flare link does not work"));
            return out;
        }
    };
    let client = Client::new(p.http.clone());
    let (setup, placements) = tokio::join!(client.set_up(&api, &key), placements(&p),);
    let setup = match setup {
        Ok(r) => r,
        Err(e) => {
            out.push(link(&p.slug, Err(&e)));
            out.extend(cannot_ask(&p, &super::cannot_ask_because(&e, "Flare")));
            return out;
        }
    };
    let reference = setup.reference();
    let account = &reference.account;
    out.push(link(&p.slug, Ok((&account.account_id, &account.name))));
    out.push(account_defaults(&reference));
    out.push(in_default_location(&reference, &setup.locations));
    out.push(in_pay_group(&reference, &setup.pay_groups, &p.pay_group));
    out.push(brands(&reference));
    if let Some(c) = mapping_coverage(&p, &reference, placements) {
        out.push(c);
    }
    out
}

/// The verdict on the Flare link from Flare's answer about the account (its
/// id and name): `org check`, `flare diagnose` and `token status --check`
/// give the same.
pub fn link(slug: &str, answer: Result<(&str, &str), &ClientError>) -> Check {
    const ID: &str = "flare.link";
    match answer {
        Ok((id, name)) => Check::pass(ID, format!("account {id} ({name})")),
        Err(e) => Check::from_client_error(
            ID,
            e,
            &format!(
                "check the key: `atslink integration relink flare --org {slug} --api-key-stdin`"
            ),
        ),
    }
}

/// The Flare link's verdict when its key could not be had from the
/// credential store (see `jobadder::access_failed`).
pub fn link_access_failed(slug: &str, e: &Error) -> Check {
    access_failed("flare.link", Provider::Flare, slug, e)
}

fn cannot_ask(p: &Probe, why: &str) -> Vec<Check> {
    let mut ids = vec![
        "flare.account_defaults",
        "flare.entities_in_default_location",
        "flare.entities_in_pay_group",
        "flare.brands",
    ];
    if p.jobadder.is_some() {
        ids.push("flare.mapping_coverage");
    }
    ids.into_iter().map(|id| Check::unknown(id, why)).collect()
}

/// The Flare admin's settings page, for fixes.
const ACCOUNT_SETTINGS: &str = "in Flare (Settings > Account)";
const ENTITIES: &str = "in Flare (Enterprise > Entities)";

fn entity_name(r: &Reference, id: &str) -> String {
    r.legal_entities
        .iter()
        .find(|e| e.legal_entity_id == id)
        .map(|e| e.name.clone())
        .unwrap_or_else(|| id.to_string())
}

fn account_defaults(r: &Reference) -> Check {
    const ID: &str = "flare.account_defaults";
    let d = &r.account.defaults;
    let location = d
        .location_id
        .as_ref()
        .and_then(|id| r.locations.iter().find(|l| &l.location_id == id));
    let entity = d
        .legal_entity_id
        .as_ref()
        .and_then(|id| r.legal_entities.iter().find(|e| &e.legal_entity_id == id));
    let mut missing = Vec::new();
    if location.is_none() {
        missing.push(match &d.location_id {
            Some(id) => format!("the default location {id} does not exist"),
            None => "no default location is set".into(),
        });
    }
    if entity.is_none() {
        missing.push(match &d.legal_entity_id {
            Some(id) => format!("the default legal entity {id} does not exist"),
            None => "no default legal entity is set".into(),
        });
    }
    match (location, entity) {
        (Some(l), Some(e)) => Check::pass(
            ID,
            format!("location \"{}\", legal entity \"{}\"", l.name, e.name),
        ),
        _ => Check::fail(
            ID,
            format!(
                "{}: unmatched placements cannot fall back",
                missing.join("; ")
            ),
            format!("{ACCOUNT_SETTINGS} choose an existing default location and legal entity"),
        ),
    }
}

/// "Ensure that the legal entity has been added to your default location."
fn in_default_location(r: &Reference, members: &[LocationMembers]) -> Check {
    const ID: &str = "flare.entities_in_default_location";
    let Some(default) = r
        .account
        .defaults
        .location_id
        .as_ref()
        .and_then(|id| members.iter().find(|l| &l.location_id == id))
    else {
        return Check::fail(
            ID,
            "there is no default location to hold the legal entities (see flare.account_defaults)",
            format!("{ACCOUNT_SETTINGS} choose an existing default location"),
        );
    };
    let place = format!("\"{}\"", default.name);
    let add_to = format!("the location \"{}\"", default.name);
    all_entities_in(ID, r, &default.legal_entity_ids, &place, &add_to)
}

/// "Ensure that the legal entity has been added to your … "JobAdder" pay
/// group" (the name is a setting: `providers.flare.pay_group`).
fn in_pay_group(r: &Reference, groups: &[PayGroup], name: &str) -> Check {
    const ID: &str = "flare.entities_in_pay_group";
    let Some(group) = groups.iter().find(|g| g.name.eq_ignore_ascii_case(name)) else {
        let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
        return Check::fail(
            ID,
            format!(
                "no pay group \"{name}\" (there are: {})",
                if names.is_empty() {
                    "none".into()
                } else {
                    names.join(", ")
                }
            ),
            format!(
                "in Flare, create the pay group \"{name}\" with every legal entity, or name yours in config.toml: [providers.flare] pay_group = \"…\""
            ),
        );
    };
    let place = format!("the pay group \"{}\"", group.name);
    all_entities_in(ID, r, &group.legal_entity_ids, &place, &place)
}

/// Whether every legal entity is among `members` (a location's or a pay
/// group's): the pass names `place`; the fail names the entities missing
/// and the fix adds them `add_to` it.
fn all_entities_in(
    id: &'static str,
    r: &Reference,
    members: &[String],
    place: &str,
    add_to: &str,
) -> Check {
    let missing: Vec<String> = r
        .legal_entities
        .iter()
        .filter(|e| !members.contains(&e.legal_entity_id))
        .map(|e| format!("\"{}\"", e.name))
        .collect();
    if missing.is_empty() {
        return Check::pass(
            id,
            format!(
                "all {} legal entities are in {place}",
                r.legal_entities.len()
            ),
        );
    }
    let missing = missing.join(", ");
    Check::fail(
        id,
        format!("{missing} not in {place}: their people get wrong role information"),
        format!("in Flare, add {missing} to {add_to}"),
    )
}

/// Dynamic branding works when the default entity has no brand and every
/// other entity has one; otherwise say which entities get the default brand.
fn brands(r: &Reference) -> Check {
    const ID: &str = "flare.brands";
    let default = r.account.defaults.legal_entity_id.as_deref();
    if r.legal_entities.len() <= 1 {
        return Check::pass(ID, "one legal entity: every person gets the same brand");
    }
    let default_branded = default
        .and_then(|d| r.legal_entities.iter().find(|e| e.legal_entity_id == d))
        .is_some_and(|e| e.brand_id.is_some());
    let fallback: Vec<String> = r
        .legal_entities
        .iter()
        .filter(|e| Some(e.legal_entity_id.as_str()) != default && e.brand_id.is_none())
        .map(|e| format!("\"{}\"", e.name))
        .collect();
    if !default_branded && fallback.is_empty() {
        return Check::pass(
            ID,
            "dynamic branding: the default entity has no brand and every other entity has one",
        );
    }
    let mut why = Vec::new();
    if !fallback.is_empty() {
        why.push(format!(
            "{} {} no brand and get{} the default brand",
            fallback.join(", "),
            if fallback.len() == 1 { "has" } else { "have" },
            if fallback.len() == 1 { "s" } else { "" }
        ));
    }
    if default_branded {
        why.push(format!(
            "the default entity \"{}\" has a brand of its own",
            entity_name(r, default.unwrap_or(""))
        ));
    }
    Check::warn(
        ID,
        why.join("; "),
        format!(
            "for a brand per entity: {ENTITIES} remove the default entity's brand and give every other entity one"
        ),
    )
}

/// Every placement created in the window, page by page (`links.next`).
async fn placements(p: &Probe) -> Option<Result<Vec<Placement>, Error>> {
    let (token, api) = match p.jobadder.as_ref()? {
        Ok(a) => a.clone(),
        Err(why) => return Some(Err(why.clone())),
    };
    let client = jobadder::Client::new(p.http.clone());
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("CreatedAt", &format!(">={}", p.since))
        .append_pair("Offset", "0")
        .append_pair("Limit", "500")
        .finish();
    let mut next = Some(format!("placements?{query}"));
    let mut out = Vec::new();
    while let Some(page) = next.take() {
        match client.placements_page(&api, &token, &page).await {
            Ok(got) => {
                out.extend(got.items);
                next = got.links.and_then(|l| l.next);
            }
            Err(e) => return Some(Err(describe(&e))),
        }
        if out.len() >= MAX_PLACEMENTS {
            break;
        }
    }
    Some(Ok(out))
}

fn describe(e: &ClientError) -> Error {
    let why = if unreachable(e) {
        format!("JobAdder could not be reached: {e}")
    } else {
        format!("JobAdder refused the placements listing: {e}")
    };
    Error::new(e.kind(), why)
}

fn mapping_coverage(
    p: &Probe,
    r: &Reference,
    placements: Option<Result<Vec<Placement>, Error>>,
) -> Option<Check> {
    const ID: &str = "flare.mapping_coverage";
    let placements = match placements? {
        Ok(list) => list,
        Err(why) => return Some(Check::unknown(ID, why.message)),
    };
    if placements.is_empty() {
        return Some(Check::pass(
            ID,
            format!("no placements in the last {WINDOW_DAYS} days"),
        ));
    }
    let gaps = gaps(p, r, &placements);
    let n = placements.len();
    Some(if gaps.is_empty() {
        Check::pass(
            ID,
            match n {
                1 => format!(
                    "the one placement of the last {WINDOW_DAYS} days maps without a default"
                ),
                n => format!(
                    "all {n} placements of the last {WINDOW_DAYS} days map without a default"
                ),
            },
        )
    } else {
        Check::warn(
            ID,
            format!(
                "{n} placement{} in {WINDOW_DAYS} days: {}",
                if n == 1 { "" } else { "s" },
                gaps.join("; ")
            ),
            format!(
                "`atslink flare mapping --org {} --since {}` lists every name and each placement missing a workplace address, a company or \"{}\"; rename in JobAdder or Flare to match, and fill in what is missing on those placements in JobAdder",
                p.slug, p.since, p.cost_centre_field
            ),
        )
    })
}

/// What falls back to a default, or lacks the cost centre, in `placements`:
/// names that match nothing in Flare, placements with no workplace address
/// or no company at all (they take the default as surely), and placements
/// without the cost centre field.
fn gaps(p: &Probe, r: &Reference, placements: &[Placement]) -> Vec<String> {
    let c = coverage(placements, r);
    let fallback = |rows: &[crate::flare::mapping::NameRow], what: &str| {
        let names: Vec<String> = rows
            .iter()
            .filter(|x| x.how == "default")
            .map(|x| format!("\"{}\"", x.name))
            .collect();
        (!names.is_empty()).then(|| format!("{what} {} fall back", names.join(", ")))
    };
    let missing: Vec<Missing> = placements
        .iter()
        .map(|x| Missing::of(x, &p.cost_centre_field))
        .collect();
    let count = |what: fn(&Missing) -> bool| missing.iter().filter(|m| what(m)).count();
    let unnamed = |n: usize, what: &str, default: &Option<String>| {
        (n > 0).then(|| {
            format!(
                "{n} without {what} fall{} back to \"{}\"",
                if n == 1 { "s" } else { "" },
                default.as_deref().unwrap_or("(no default set)")
            )
        })
    };
    let no_workplace = count(|m| m.workplace);
    let no_company = count(|m| m.company);
    let no_cost_centre = count(|m| m.cost_centre);
    let mut gaps: Vec<String> = [
        fallback(&c.locations, "workplaces"),
        unnamed(no_workplace, "a workplace address", &c.default_location),
        fallback(&c.legal_entities, "companies"),
        unnamed(no_company, "a company", &c.default_legal_entity),
    ]
    .into_iter()
    .flatten()
    .collect();
    if no_cost_centre > 0 {
        gaps.push(format!(
            "{no_cost_centre} without \"{}\"",
            p.cost_centre_field
        ));
    }
    gaps
}

fn ledger(p: &Probe) -> Check {
    const ID: &str = "flare.ledger";
    let l = &p.ledger;
    let arrived = match l.last_created_at {
        Some(at) => format!(
            "a candidate last arrived in Flare at {}",
            crate::clock::format(at)
        ),
        None => "no candidate has arrived in Flare through atslink yet".into(),
    };
    if l.failures == 0 {
        return Check::pass(
            ID,
            format!(
                "{} pushes in {WINDOW_DAYS} days, none failed; {arrived}",
                l.attempts
            ),
        );
    }
    Check::warn(
        ID,
        format!(
            "{} of {} pushes failed in {WINDOW_DAYS} days, latest at {}: {}; {arrived}",
            l.failures,
            l.attempts,
            l.last_failure_at
                .map_or_else(|| "?".into(), crate::clock::format),
            l.last_failure.as_deref().unwrap_or("no reason recorded")
        ),
        match l.last_failure_candidate {
            Some(c) => format!("atslink flare diagnose --org {} --candidate {c}", p.slug),
            None => format!("atslink flare diagnose --org {}", p.slug),
        },
    )
}

#[cfg(test)]
mod tests;
