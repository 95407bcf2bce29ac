//! What `atslink sandbox …` control commands do to the world file, without
//! a server. Each function is one world transaction returning plain data;
//! no token value ever leaves here (families are shown by id).

use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use super::store::Meter;
use super::world::{Fault, FaultKind, Provider, World, WorldDb, with_world};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize)]
pub struct ClockView {
    pub now: String,
    pub offset_seconds: i64,
}

pub fn clock(world: &Path) -> Result<ClockView> {
    with_world(world, |w| Ok(clock_view(w)))
}

fn clock_view(w: &World) -> ClockView {
    ClockView {
        now: crate::clock::format(w.now()),
        offset_seconds: w.clock_offset,
    }
}

/// How far ahead of the system clock the world clock may run in total.
const MAX_CLOCK_OFFSET_SECS: i64 = 10 * crate::clock::MAX_DURATION_SECS;

pub fn advance(world: &Path, by: time::Duration) -> Result<ClockView> {
    if by.is_negative() {
        return Err(Error::usage("the sandbox clock only moves forward"));
    }
    with_world(world, |w| {
        // Advances add up; the total is bounded too, so the world clock
        // (and every deadline computed from it) stays inside the calendar.
        w.clock_offset = w
            .clock_offset
            .checked_add(by.whole_seconds())
            .filter(|total| *total <= MAX_CLOCK_OFFSET_SECS)
            .ok_or_else(|| {
                Error::usage(format!(
                    "that would move the sandbox clock more than 1000 years ahead (it is {}d ahead now)",
                    w.clock_offset / 86_400
                ))
                .with_hint("start a fresh world with `atslink sandbox reset`")
            })?;
        Ok(clock_view(w))
    })
}

pub fn reset(world: &Path) -> Result<String> {
    Ok(WorldDb::open(world)?.reset()?.id)
}

#[derive(Debug, Clone, Serialize)]
pub struct UserView {
    pub provider: &'static str,
    /// JobAdder account number or Salesforce org id.
    pub account: String,
    pub user_id: String,
    pub email: String,
    /// JobAdder's administrator flag; `None` for Salesforce, whose
    /// emulated users carry no such flag (any active user may consent).
    pub admin: Option<bool>,
    /// `active`, `deactivated` or `deleted`.
    pub state: &'static str,
}

pub fn users(world: &Path, provider: Option<Provider>) -> Result<Vec<UserView>> {
    with_world(world, |w| {
        let mut out = Vec::new();
        if provider.is_none_or(|p| p == Provider::Jobadder) {
            for a in &w.jobadder.accounts {
                for u in &a.users {
                    out.push(UserView {
                        provider: "jobadder",
                        account: a.account.to_string(),
                        user_id: u.user_id.to_string(),
                        email: u.email.clone(),
                        admin: Some(u.admin),
                        state: if u.deleted {
                            "deleted"
                        } else if u.inactive {
                            "deactivated"
                        } else {
                            "active"
                        },
                    });
                }
            }
        }
        if provider.is_none_or(|p| p == Provider::Salesforce) {
            for o in &w.salesforce.orgs {
                for u in &o.users {
                    out.push(UserView {
                        provider: "salesforce",
                        account: o.org_id.clone(),
                        user_id: u.id.clone(),
                        email: u.username.clone(),
                        admin: None,
                        state: if u.deleted {
                            "deleted"
                        } else if !u.active {
                            "deactivated"
                        } else {
                            "active"
                        },
                    });
                }
            }
        }
        Ok(out)
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserChange {
    /// `refresh_still_works`: JobAdder goes on accepting the user's refresh
    /// tokens (what it may do: it documents the refusal only for deleted
    /// users).
    Deactivate {
        refresh_still_works: bool,
    },
    Delete,
    Reactivate,
}

/// Changes every user (JobAdder and Salesforce) with this email or
/// username; exit 4 when there is none.
pub fn change_user(world: &Path, email: &str, change: UserChange) -> Result<Vec<UserView>> {
    let found = with_world(world, |w| {
        let mut found = 0;
        for u in w
            .jobadder
            .accounts
            .iter_mut()
            .flat_map(|a| a.users.iter_mut())
            .filter(|u| u.email.eq_ignore_ascii_case(email))
        {
            found += 1;
            match change {
                UserChange::Deactivate {
                    refresh_still_works,
                } => {
                    u.inactive = true;
                    u.refresh_while_inactive = refresh_still_works;
                }
                UserChange::Delete => u.deleted = true,
                UserChange::Reactivate => {
                    u.inactive = false;
                    u.deleted = false;
                    u.refresh_while_inactive = false;
                }
            }
        }
        for u in w
            .salesforce
            .orgs
            .iter_mut()
            .flat_map(|o| o.users.iter_mut())
            .filter(|u| u.username.eq_ignore_ascii_case(email))
        {
            found += 1;
            match change {
                // Salesforce documents the refusal (`inactive user`) and
                // ends the user's sessions: no tokens that still work.
                UserChange::Deactivate {
                    refresh_still_works: true,
                } => {
                    return Err(Error::usage(format!(
                        "`{email}` is a Salesforce user: Salesforce always refuses a deactivated user's refresh token"
                    )));
                }
                UserChange::Deactivate { .. } => u.active = false,
                UserChange::Delete => u.deleted = true,
                UserChange::Reactivate => {
                    u.active = true;
                    u.deleted = false;
                }
            }
        }
        Ok(found)
    })?;
    if found == 0 {
        return Err(Error::not_found(format!("no sandbox user `{email}`"))
            .with_hint("`atslink sandbox user list` shows them"));
    }
    Ok(users(world, None)?
        .into_iter()
        .filter(|u| u.email.eq_ignore_ascii_case(email))
        .collect())
}

pub fn add_fault(world: &Path, prefix: &str, kind: FaultKind, count: u32) -> Result<Fault> {
    if !prefix.starts_with('/') {
        return Err(Error::usage(format!(
            "the path prefix `{prefix}` must start with `/` (e.g. /jobadder/id/connect/token)"
        )));
    }
    if count == 0 {
        return Err(Error::usage("--count must be at least 1"));
    }
    if let FaultKind::Status { status } = kind
        && !(100..=599).contains(&status)
    {
        return Err(Error::usage(format!("{status} is not an HTTP status code")));
    }
    WorldDb::open(world)?.add_fault(prefix, kind, count)
}

pub fn faults(world: &Path) -> Result<Vec<Fault>> {
    WorldDb::open(world)?.faults()
}

pub fn clear_faults(world: &Path) -> Result<usize> {
    WorldDb::open(world)?.clear_faults()
}

#[derive(Debug, Clone, Serialize)]
pub struct GrantView {
    pub family: String,
    pub provider: &'static str,
    pub grant: String,
    pub account: String,
    pub user: String,
    pub scopes: Vec<String>,
    pub created_at: String,
    /// Successful refresh grants.
    pub refreshes: u32,
    /// Refused refresh attempts (reuse, expired, revoked, user gone).
    pub failed_refreshes: u32,
    pub reuse_detected: u32,
    pub last_refresh_at: Option<String>,
    /// `live` or why it is dead.
    pub state: String,
}

pub fn grants(world: &Path) -> Result<Vec<GrantView>> {
    with_world(world, |w| {
        let fmt = super::server::format_time;
        Ok(w.families
            .iter()
            .map(|f| GrantView {
                family: f.id.clone(),
                provider: f.provider.as_str(),
                grant: f.grant.clone(),
                account: f.account.clone(),
                user: f.user.clone(),
                scopes: f.scopes.clone(),
                created_at: fmt(f.created_at),
                refreshes: f.refreshes,
                failed_refreshes: f.failed_refreshes,
                reuse_detected: f.reuse_detected,
                last_refresh_at: f.last_refresh_at.map(fmt),
                state: f.revoked.clone().unwrap_or_else(|| "live".into()),
            })
            .collect())
    })
}

/// One JobAdder partner action, as its account holds it.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerActionView {
    pub account: u64,
    pub action_id: Value,
    pub action_type: String,
    pub action_name: String,
    pub reference: Option<String>,
    pub url: Option<String>,
}

pub fn partner_actions(world: &Path) -> Result<Vec<PartnerActionView>> {
    with_world(world, |w| {
        let text = |a: &Value, k: &str| a.get(k).and_then(Value::as_str).map(str::to_string);
        Ok(w.jobadder
            .accounts
            .iter()
            .flat_map(|acc| {
                acc.partner_actions.iter().map(move |a| PartnerActionView {
                    account: acc.account,
                    action_id: a.get("actionId").cloned().unwrap_or(Value::Null),
                    action_type: text(a, "actionType").unwrap_or_default(),
                    action_name: text(a, "actionName").unwrap_or_default(),
                    reference: text(a, "reference"),
                    url: text(a, "url"),
                })
            })
            .collect())
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct AppView {
    pub provider: &'static str,
    pub client_id: String,
    pub redirect_uris: Vec<String>,
    /// Salesforce only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_limit_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_flow: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jwt_bearer: Option<bool>,
    /// Requests per minute per account before 429 (JobAdder, Flare).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_per_minute: Option<u32>,
}

fn app_views(w: &World) -> Vec<AppView> {
    let sf = &w.salesforce.app;
    vec![
        AppView {
            provider: "jobadder",
            client_id: w.jobadder.client_id.clone(),
            redirect_uris: w.jobadder.redirect_uris.clone(),
            rotation: None,
            idle_limit_seconds: None,
            device_flow: None,
            jwt_bearer: None,
            rate_per_minute: w.rates.jobadder,
        },
        AppView {
            provider: "salesforce",
            client_id: sf.client_id.clone(),
            redirect_uris: sf.redirect_uris.clone(),
            rotation: Some(sf.rotation),
            idle_limit_seconds: sf.idle_limit,
            device_flow: Some(sf.device_flow),
            jwt_bearer: Some(sf.jwt_bearer),
            rate_per_minute: None,
        },
        AppView {
            provider: "flare",
            client_id: "-".into(),
            redirect_uris: Vec::new(),
            rotation: None,
            idle_limit_seconds: None,
            device_flow: None,
            jwt_bearer: None,
            rate_per_minute: w.rates.flare,
        },
    ]
}

pub fn apps(world: &Path) -> Result<Vec<AppView>> {
    with_world(world, |w| Ok(app_views(w)))
}

pub fn register_redirect(world: &Path, provider: Provider, uri: &str) -> Result<Vec<AppView>> {
    let parsed = url::Url::parse(uri)
        .map_err(|e| Error::usage(format!("`{uri}` is not an absolute URI: {e}")))?;
    if parsed.fragment().is_some() {
        return Err(Error::usage("a redirect URI may not have a #fragment"));
    }
    with_world(world, |w| {
        let list = match provider {
            Provider::Jobadder => &mut w.jobadder.redirect_uris,
            Provider::Salesforce => &mut w.salesforce.app.redirect_uris,
            Provider::Flare => {
                return Err(Error::usage("Flare uses API keys: it has no redirect URIs"));
            }
        };
        if !list.iter().any(|u| u == uri) {
            list.push(uri.to_string());
        }
        Ok(app_views(w))
    })
}

/// An org migration: the Salesforce org (`org_id`, else the first) is
/// served from the instance `name` from now on (see `SfOrg::instance`).
/// Returns the org's id and the instance's path.
pub fn move_salesforce_instance(
    world: &Path,
    org_id: Option<&str>,
    name: &str,
) -> Result<(String, String)> {
    if !super::salesforce_api::valid_instance_name(name) {
        return Err(Error::usage(format!(
            "`{name}` is not an instance name: lower-case letters, digits and dashes, e.g. na2"
        )));
    }
    with_world(world, |w| {
        let org = match org_id {
            Some(id) => w.salesforce.orgs.iter_mut().find(|o| o.org_id == id),
            None => w.salesforce.orgs.first_mut(),
        }
        .ok_or_else(|| {
            Error::not_found(format!(
                "no Salesforce org {} in the sandbox",
                org_id.unwrap_or_default()
            ))
        })?;
        org.instance = Some(name.to_string());
        Ok((
            org.org_id.clone(),
            format!("{}/{name}", super::salesforce_api::INSTANCE_PREFIX),
        ))
    })
}

/// `idle_limit`: `Some(None)` turns the limit off.
pub fn salesforce_policy(
    world: &Path,
    rotation: Option<bool>,
    idle_limit: Option<Option<i64>>,
) -> Result<Vec<AppView>> {
    with_world(world, |w| {
        if let Some(r) = rotation {
            w.salesforce.app.rotation = r;
        }
        if let Some(l) = idle_limit {
            w.salesforce.app.idle_limit = l;
        }
        Ok(app_views(w))
    })
}

/// `per_minute` 0 means unlimited.
pub fn set_rate(world: &Path, provider: Provider, per_minute: u32) -> Result<Vec<AppView>> {
    let value = (per_minute > 0).then_some(per_minute);
    WorldDb::open(world)?.transact_with(|w, conn| {
        match provider {
            Provider::Jobadder => w.rates.jobadder = value,
            Provider::Flare => w.rates.flare = value,
            Provider::Salesforce => {
                return Err(Error::usage(
                    "the sandbox does not rate-limit Salesforce (its limits are daily allocations, not per minute)",
                ));
            }
        }
        Meter::new(conn).clear()?;
        Ok(app_views(w))
    })
}

/// Adds `count` synthetic candidates, each with an approved placement
/// selected for onboarding export, to the first JobAdder account: data for
/// load tests and benchmarks. Workplace and company names cycle through
/// ones that match Flare and ones that do not. Returns the first and last
/// placement ids.
/// `cost_centre`: whether each placement has the "Flare – Cost Centre"
/// custom field (`CC-100`).
pub fn generate_placements(world: &Path, count: u32, cost_centre: bool) -> Result<(u64, u64)> {
    const SITES: [&str; 4] = [
        "Sydney Warehouse",
        "Melbourne Office",
        "Brisbane Yard",
        "Perth Depot",
    ];
    const COMPANIES: [&str; 3] = [
        "Harbour Logistics Pty Ltd",
        "Southern Cross Construction",
        "Generated Labour Hire",
    ];
    let custom = if cost_centre {
        serde_json::json!([{"fieldId": 7, "name": super::seed::FLARE_COST_CENTRE_FIELD, "type": "Text", "value": "CC-100"}])
    } else {
        serde_json::json!([])
    };
    with_world(world, |w| {
        let now = w.now();
        let stamp = super::server::format_time(now.unix_timestamp());
        let account = w
            .jobadder
            .accounts
            .first_mut()
            .ok_or_else(|| Error::failure("the sandbox has no JobAdder account"))?;
        let base = 100_000 + account.placements.len() as u64;
        for i in 0..u64::from(count) {
            let (cid, pid) = (base + i, 200_000 + base + i);
            let email = format!("generated.{cid}@example.com");
            account.candidates.push(serde_json::json!({
                "candidateId": cid, "firstName": "Gen", "lastName": format!("Candidate {cid}"),
                "email": email, "mobile": format!("+61 400 {:03} {:03}", i / 1000 % 1000, i % 1000),
                "status": {"statusId": 1, "name": "Active", "active": true},
                "createdAt": stamp, "updatedAt": stamp
            }));
            account.placements.push(serde_json::json!({
                "placementId": pid, "jobTitle": "Generated Role",
                "candidate": {"candidateId": cid, "firstName": "Gen", "lastName": format!("Candidate {cid}"), "email": email},
                "company": {"companyId": 59000 + i % 3, "name": COMPANIES[(i % 3) as usize], "status": "Active"},
                "status": {"statusId": 3, "name": "Approved"}, "approved": true, "approvedAt": stamp,
                "startDate": "2026-12-01",
                "workplaceAddress": {"name": SITES[(i % 4) as usize], "street": ["1 Generated Street"], "city": "Sydney", "state": "NSW", "postalCode": "2000", "country": "Australia", "countryCode": "AU"},
                "export": {"payroll": false, "timesheets": false, "onboarding": true},
                "custom": custom,
                "createdAt": stamp, "updatedAt": stamp
            }));
        }
        Ok((
            200_000 + base,
            200_000 + base + u64::from(count).saturating_sub(1),
        ))
    })
}

/// What `sandbox user add` creates each user with.
pub struct NewUsers<'a> {
    pub provider: Provider,
    pub emails: &'a [String],
    pub admin: bool,
    pub password: &'a str,
}

/// Adds users to the first JobAdder account or Salesforce org, all or
/// none: an email already there (or given twice) changes nothing.
pub fn add_users(world: &Path, new: &NewUsers<'_>) -> Result<Vec<UserView>> {
    let added = with_world(world, |w| {
        let mut seen: Vec<String> = match new.provider {
            Provider::Jobadder => w
                .jobadder
                .accounts
                .iter()
                .flat_map(|a| a.users.iter().map(|u| u.email.to_lowercase()))
                .collect(),
            _ => w
                .salesforce
                .orgs
                .iter()
                .flat_map(|o| o.users.iter().map(|u| u.username.to_lowercase()))
                .collect(),
        };
        for e in new.emails {
            if seen.contains(&e.to_lowercase()) {
                return Err(Error::conflict(format!(
                    "sandbox user `{e}` already exists; no user was added"
                ))
                .with_hint("`atslink sandbox user list` shows them"));
            }
            seen.push(e.to_lowercase());
        }
        let mut ids = Vec::new();
        for e in new.emails {
            let id = w.next_id();
            let local = e.split('@').next().unwrap_or(e);
            match new.provider {
                Provider::Jobadder => {
                    let Some(account) = w.jobadder.accounts.first_mut() else {
                        return Err(Error::failure("the sandbox has no JobAdder account"));
                    };
                    account.users.push(super::world::JaUser {
                        user_id: id,
                        first_name: local.to_string(),
                        last_name: "Sandbox".into(),
                        email: e.clone(),
                        password: new.password.to_string(),
                        position: "Consultant".into(),
                        admin: new.admin,
                        inactive: false,
                        deleted: false,
                        grant_api_access: false,
                        refresh_while_inactive: false,
                    });
                }
                _ => {
                    let Some(org) = w.salesforce.orgs.first_mut() else {
                        return Err(Error::failure("the sandbox has no Salesforce org"));
                    };
                    org.users.push(super::world::SfUser {
                        id: format!("005SB{id:013}"),
                        username: e.clone(),
                        email: e.clone(),
                        password: new.password.to_string(),
                        first_name: local.to_string(),
                        last_name: "Sandbox".into(),
                        active: true,
                        deleted: false,
                    });
                }
            }
            ids.push(e.to_lowercase());
        }
        Ok(ids)
    })?;
    Ok(users(world, Some(new.provider))?
        .into_iter()
        .filter(|u| added.contains(&u.email.to_lowercase()))
        .collect())
}
