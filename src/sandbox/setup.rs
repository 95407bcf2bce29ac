//! Set-up changes a customer's admin makes in JobAdder and Flare, as
//! `atslink sandbox …` control commands: the misconfigurations `org check`
//! looks for (an entity left out of the default location or the "JobAdder"
//! pay group, brands, account defaults, an authorising user demoted, the
//! Actions-menu button hidden from recruiters or crowded out) and their
//! fixes. Each function is one world transaction returning plain data.

use std::path::Path;

use serde_json::{Value, json};

use super::jobadder_api::GRANT_API_ACCESS;
use super::world::{JaAccount, World, with_world};
use crate::error::{Error, Result};

/// Add or remove a legal entity from a membership list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership {
    Add,
    Remove,
}

fn entity_exists(w: &World, entity: &str) -> Result<()> {
    if w.flare
        .legal_entities
        .iter()
        .any(|e| e["legalEntityId"] == entity)
    {
        Ok(())
    } else {
        Err(
            Error::not_found(format!("no Flare legal entity `{entity}`"))
                .with_hint("`atslink sandbox flare show` lists them"),
        )
    }
}

fn change_members(list: &mut Value, entity: &str, change: Membership) {
    if !list["legalEntityIds"].is_array() {
        list["legalEntityIds"] = json!([]);
    }
    let ids = list["legalEntityIds"].as_array_mut().expect("just made");
    ids.retain(|x| x != entity);
    if change == Membership::Add {
        ids.push(json!(entity));
    }
}

/// Adds an entity to a pay group (created if missing) or removes it.
pub fn pay_group(world: &Path, name: &str, entity: &str, change: Membership) -> Result<Value> {
    with_world(world, |w| {
        entity_exists(w, entity)?;
        let at = w
            .flare
            .pay_groups
            .iter()
            .position(|g| g["name"].as_str() == Some(name));
        let at = match (at, change) {
            (Some(i), _) => i,
            (None, Membership::Add) => {
                let id = format!("pg-{}", w.next_id());
                w.flare
                    .pay_groups
                    .push(json!({"payGroupId": id, "name": name, "legalEntityIds": []}));
                w.flare.pay_groups.len() - 1
            }
            (None, Membership::Remove) => {
                return Err(Error::not_found(format!("no Flare pay group `{name}`")));
            }
        };
        change_members(&mut w.flare.pay_groups[at], entity, change);
        Ok(w.flare.pay_groups[at].clone())
    })
}

/// Adds an entity to a location or removes it.
pub fn location(world: &Path, location: &str, entity: &str, change: Membership) -> Result<Value> {
    with_world(world, |w| {
        entity_exists(w, entity)?;
        let l = w
            .flare
            .locations
            .iter_mut()
            .find(|l| l["locationId"] == location)
            .ok_or_else(|| Error::not_found(format!("no Flare location `{location}`")))?;
        change_members(l, entity, change);
        Ok(l.clone())
    })
}

/// Sets (or, with `None`, removes) a legal entity's brand.
pub fn entity_brand(world: &Path, entity: &str, brand: Option<&str>) -> Result<Value> {
    with_world(world, |w| {
        entity_exists(w, entity)?;
        if let Some(b) = brand
            && !w.flare.brands.iter().any(|x| x["brandId"] == b)
        {
            return Err(Error::not_found(format!("no Flare brand `{b}`")));
        }
        let e = w
            .flare
            .legal_entities
            .iter_mut()
            .find(|e| e["legalEntityId"] == entity)
            .expect("checked above");
        e["brandId"] = brand.map_or(Value::Null, |b| json!(b));
        Ok(e.clone())
    })
}

/// Sets the account's default location and legal entity, as given: an id
/// that exists nowhere is the misconfiguration this is for.
pub fn defaults(world: &Path, location: Option<&str>, entity: Option<&str>) -> Result<Value> {
    with_world(world, |w| {
        let d = &mut w.flare.account["defaults"];
        if let Some(l) = location {
            d["locationId"] = json!(l);
        }
        if let Some(e) = entity {
            d["legalEntityId"] = json!(e);
        }
        Ok(w.flare.account.clone())
    })
}

/// The Flare account's set-up: account, locations, legal entities, brands
/// and pay groups.
pub fn flare(world: &Path) -> Result<Value> {
    with_world(world, |w| {
        let f = &w.flare;
        Ok(json!({
            "account": f.account,
            "locations": f.locations,
            "legal_entities": f.legal_entities,
            "brands": f.brands,
            "pay_groups": f.pay_groups,
        }))
    })
}

/// Changes a JobAdder user's administrator flag and their "Grant API access
/// to Integration partners" right.
pub fn jobadder_user(
    world: &Path,
    email: &str,
    admin: Option<bool>,
    api_access: Option<bool>,
) -> Result<Value> {
    with_world(world, |w| {
        let u = w
            .jobadder
            .accounts
            .iter_mut()
            .flat_map(|a| a.users.iter_mut())
            .find(|u| u.email.eq_ignore_ascii_case(email))
            .ok_or_else(|| {
                Error::not_found(format!("no sandbox JobAdder user `{email}`"))
                    .with_hint("`atslink sandbox user list --provider jobadder` shows them")
            })?;
        if let Some(a) = admin {
            u.admin = a;
        }
        if let Some(grant) = api_access {
            u.grant_api_access = grant;
        }
        let permissions: Vec<&str> = if u.grant_api_access {
            vec![GRANT_API_ACCESS]
        } else {
            Vec::new()
        };
        Ok(json!({
            "email": u.email,
            "user_id": u.user_id,
            "admin": u.admin,
            "permissions": permissions,
        }))
    })
}

fn account_mut(w: &mut World, account: Option<u64>) -> Result<&mut JaAccount> {
    match account {
        None => w.jobadder.accounts.first_mut(),
        Some(n) => w.jobadder.accounts.iter_mut().find(|a| a.account == n),
    }
    .ok_or_else(|| Error::not_found("no such sandbox JobAdder account"))
}

/// Adds `count` candidate buttons from other partners (the Actions menu
/// JobAdder recommends keeping to at most 10).
pub fn add_actions(
    world: &Path,
    account: Option<u64>,
    name: &str,
    count: u32,
) -> Result<Vec<Value>> {
    with_world(world, |w| {
        let now = super::server::format_time(w.now().unix_timestamp());
        let ids: Vec<u64> = (0..count).map(|_| w.next_id()).collect();
        let a = account_mut(w, account)?;
        let mut added = Vec::new();
        for (i, id) in ids.into_iter().enumerate() {
            let label = if count == 1 {
                name.to_string()
            } else {
                format!("{name} {}", i + 1)
            };
            let x = json!({
                "actionId": id, "actionType": "Candidate", "actionName": label,
                "reference": format!("other-partner:{id}"),
                "url": "https://partner.example/launch", "urlType": "Popup",
                "actionFilter": {"adminOnly": false}, "createdAt": now,
            });
            a.partner_actions.push(x.clone());
            added.push(x);
        }
        Ok(added)
    })
}

/// What `sandbox action set` changes.
#[derive(Debug, Default)]
pub struct ActionChange<'a> {
    pub admin_only: Option<bool>,
    /// `actionFilter.status.activeOnly`.
    pub active_only: Option<bool>,
    /// `actionFilter.status.statusId` (empty: no status filter).
    pub statuses: Option<Vec<i64>>,
    pub name: Option<&'a str>,
    pub url: Option<&'a str>,
}

fn find_action<'w>(w: &'w mut World, id: &str) -> Result<(&'w mut JaAccount, usize)> {
    let id_of = |x: &Value| match &x["actionId"] {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => String::new(),
    };
    for a in w.jobadder.accounts.iter_mut() {
        if let Some(i) = a.partner_actions.iter().position(|x| id_of(x) == id) {
            return Ok((a, i));
        }
    }
    Err(Error::not_found(format!("no partner action `{id}`"))
        .with_hint("`atslink sandbox action list` shows them"))
}

pub fn set_action(world: &Path, id: &str, change: &ActionChange<'_>) -> Result<Value> {
    with_world(world, |w| {
        let (a, i) = find_action(w, id)?;
        let x = &mut a.partner_actions[i];
        if !x["actionFilter"].is_object() {
            x["actionFilter"] = json!({"adminOnly": false});
        }
        let filter = &mut x["actionFilter"];
        if let Some(v) = change.admin_only {
            filter["adminOnly"] = json!(v);
        }
        if change.active_only.is_some() || change.statuses.is_some() {
            if !filter["status"].is_object() {
                filter["status"] = json!({});
            }
            if let Some(v) = change.active_only {
                filter["status"]["activeOnly"] = json!(v);
            }
            if let Some(ids) = &change.statuses {
                filter["status"]["statusId"] = json!(ids);
            }
        }
        if let Some(n) = change.name {
            x["actionName"] = json!(n);
        }
        if let Some(u) = change.url {
            x["url"] = json!(u);
        }
        Ok(x.clone())
    })
}

pub fn delete_action(world: &Path, id: &str) -> Result<Value> {
    with_world(world, |w| {
        let (a, i) = find_action(w, id)?;
        Ok(a.partner_actions.remove(i))
    })
}
