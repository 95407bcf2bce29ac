//! `/users`: the account's users as JobAdder shows them, the current one
//! (who authorised the token) included.

use serde_json::{Value, json};

use super::paging::page;
use super::{GRANT_API_ACCESS, error, need, no_such_resource};
use crate::sandbox::http::{Req, Resp};
use crate::sandbox::world::{Family, JaAccount, JaUser};

/// `/users`, `/users/current`, `/users/{id}`.
pub(super) fn users_route(
    a: &JaAccount,
    req: &Req,
    m: &str,
    rest: &[&str],
    family: &Family,
) -> Resp {
    let read = || need(family, &["read", "read_user"]);
    match (m, rest) {
        ("GET", ["current"]) => read().unwrap_or_else(|| user_by_id(a, &family.user_id)),
        ("GET", []) => read().unwrap_or_else(|| users(a, req)),
        ("GET", [id]) => read().unwrap_or_else(|| user_by_id(a, id)),
        _ => no_such_resource(),
    }
}

fn user_by_id(a: &JaAccount, id: &str) -> Resp {
    match a.users.iter().find(|u| u.user_id.to_string() == id) {
        Some(u) => Resp::json(200, &user_json(a, u)),
        None => error(404, "User not found"),
    }
}

fn user_json(a: &JaAccount, u: &JaUser) -> Value {
    json!({
        "userId": u.user_id,
        "firstName": u.first_name,
        "lastName": u.last_name,
        "position": u.position,
        "email": u.email,
        "inactive": u.inactive,
        "deleted": u.deleted,
        "admin": u.admin,
        // JobAdder names user rights; the one integrations care about is
        // the right to authorise them without being an administrator.
        "permissions": if u.grant_api_access { vec![GRANT_API_ACCESS] } else { Vec::new() },
        "accountName": a.name,
        "timeZone": "Australia/Sydney",
        "culture": "en-AU",
    })
}

fn users(a: &JaAccount, req: &Req) -> Resp {
    let include: Vec<String> = req
        .query
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("Include"))
        .flat_map(|(_, v)| {
            v.split(',')
                .map(|s| s.trim().to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect();
    let inactive = include.iter().any(|s| s == "inactive");
    let deleted = include.iter().any(|s| s == "deleted");
    let items = a
        .users
        .iter()
        .filter(|u| (!u.inactive || inactive) && (!u.deleted || deleted))
        .map(|u| user_json(a, u))
        .collect();
    page(items, req)
}
