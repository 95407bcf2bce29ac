//! A Salesforce instance (`instance_url`): sobjects User and Contact, a
//! small SOQL subset on `query`, and userinfo. Errors are Salesforce's JSON
//! arrays.

use serde_json::{Map, Value, json};

use super::http::{Req, Resp};
use super::oauth;
use super::world::{Family, Provider, SfOrg, SfUser, World};
use crate::error::Result;

pub const INSTANCE_PREFIX: &str = "/salesforce/instance";

fn sf_error(status: u16, code: &str, message: &str) -> Resp {
    Resp::json(status, &json!([{"message": message, "errorCode": code}]))
}

fn session_invalid() -> Resp {
    sf_error(401, "INVALID_SESSION_ID", "Session expired or invalid")
}

/// The family behind a live bearer token whose user is still active.
fn session(w: &World, req: &Req, now: i64) -> Option<Family> {
    let f = oauth::live_access(w, req.bearer()?, Provider::Salesforce, now)?;
    let active = w
        .salesforce
        .orgs
        .iter()
        .flat_map(|o| &o.users)
        .any(|u| u.id == f.user_id && u.active && !u.deleted);
    active.then_some(f)
}

pub fn userinfo(w: &World, req: &Req, now: i64) -> Result<Resp> {
    let Some(f) = session(w, req, now) else {
        return Ok(session_invalid());
    };
    let Some((org, u)) = find_user(w, &f.user_id) else {
        return Ok(session_invalid());
    };
    Ok(Resp::json(
        200,
        &json!({
            "sub": format!("{}/salesforce/login/id/{}/{}", req.origin, org.org_id, u.id),
            "user_id": u.id,
            "organization_id": org.org_id,
            "preferred_username": u.username,
            "email": u.email,
            "name": format!("{} {}", u.first_name, u.last_name),
            "given_name": u.first_name,
            "family_name": u.last_name,
            "active": u.active,
            "user_type": "STANDARD",
            // Salesforce names the org's instance here, with a literal
            // `{version}` placeholder.
            "urls": {
                "rest": format!("{}/services/data/v{{version}}/", instance_url(&req.origin, org)),
                "sobjects": format!("{}/services/data/v{{version}}/sobjects/", instance_url(&req.origin, org)),
            },
        }),
    ))
}

/// The org's instance URL as Salesforce names it now (see `SfOrg::instance`).
pub fn instance_url(origin: &str, org: &SfOrg) -> String {
    match &org.instance {
        Some(name) => format!("{origin}{INSTANCE_PREFIX}/{name}"),
        None => format!("{origin}{INSTANCE_PREFIX}"),
    }
}

/// A name an org may be moved to: it becomes a path segment, and must not
/// be taken for the API's own first segment.
pub fn valid_instance_name(name: &str) -> bool {
    !name.is_empty()
        && name != "services"
        && name.len() <= 40
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn find_user<'a>(w: &'a World, id: &str) -> Option<(&'a SfOrg, &'a SfUser)> {
    w.salesforce
        .orgs
        .iter()
        .find_map(|o| o.users.iter().find(|u| u.id == id).map(|u| (o, u)))
}

pub fn instance(w: &World, req: &Req, rest: &str, now: i64) -> Result<Resp> {
    let Some(f) = session(w, req, now) else {
        return Ok(session_invalid());
    };
    let Some(org) = w.salesforce.orgs.iter().find(|o| o.org_id == f.account) else {
        return Ok(session_invalid());
    };
    // The instance the org moved to answers as the original one does.
    let rest = org
        .instance
        .as_deref()
        .and_then(|name| rest.strip_prefix(&format!("/{name}")))
        .filter(|r| r.is_empty() || r.starts_with('/'))
        .unwrap_or(rest);
    if req.method == "GET" && rest == "/services/oauth2/userinfo" {
        return userinfo(w, req, now);
    }
    let segs: Vec<&str> = rest.trim_matches('/').split('/').collect();
    let version_ok = |v: &str| {
        v.strip_prefix('v')
            .and_then(|n| n.strip_suffix(".0"))
            .is_some_and(|n| n.parse::<u32>().is_ok())
    };
    if req.method != "GET" {
        return Ok(sf_error(
            405,
            "METHOD_NOT_ALLOWED",
            "HTTP method not allowed",
        ));
    }
    let resp = match segs.as_slice() {
        ["services", "data", v, "sobjects", "User", id] if version_ok(v) => {
            match org.users.iter().find(|u| u.id == *id && !u.deleted) {
                Some(u) => Resp::json(200, &user_record(u)),
                None => not_found(),
            }
        }
        ["services", "data", v, "sobjects", "Contact", id] if version_ok(v) => {
            match org.contacts.iter().find(|c| c["Id"] == *id) {
                Some(c) => Resp::json(200, &with_attributes("Contact", c.clone())),
                None => not_found(),
            }
        }
        ["services", "data", v, "query"] if version_ok(v) => match req.query("q") {
            Some(q) => query(org, q),
            None => sf_error(400, "MALFORMED_QUERY", "q is required"),
        },
        _ => sf_error(404, "NOT_FOUND", "The requested resource does not exist"),
    };
    Ok(resp)
}

fn not_found() -> Resp {
    sf_error(404, "NOT_FOUND", "The requested resource does not exist")
}

fn user_record(u: &SfUser) -> Value {
    with_attributes(
        "User",
        json!({
            "Id": u.id, "Username": u.username, "Email": u.email,
            "FirstName": u.first_name, "LastName": u.last_name,
            "Name": format!("{} {}", u.first_name, u.last_name),
            "IsActive": u.active,
        }),
    )
}

fn with_attributes(kind: &str, mut v: Value) -> Value {
    let id = v["Id"].as_str().unwrap_or("").to_string();
    v["attributes"] =
        json!({"type": kind, "url": format!("/services/data/v60.0/sobjects/{kind}/{id}")});
    v
}

/// The SOQL this sandbox understands:
/// `SELECT f1, f2.sub FROM Object [WHERE F = 'v' [AND G = true]…] [LIMIT n]`
/// on ContentDocumentLink, User and Contact.
#[derive(Debug, PartialEq)]
pub struct Soql {
    pub fields: Vec<String>,
    pub object: String,
    pub conditions: Vec<(String, Value)>,
    pub limit: Option<usize>,
}

/// Why a query is refused (`MALFORMED_QUERY`'s message).
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SoqlError {
    #[error("the query must start with SELECT")]
    NoSelect,
    #[error("the query has no FROM")]
    NoFrom,
    #[error("unexpected token in the field list")]
    Field,
    #[error("unsupported condition `{0}`: use Field = 'value'")]
    Condition(String),
    #[error("unsupported value `{0}`")]
    Value(String),
    #[error("unexpected `{0}`")]
    Unexpected(String),
    #[error("bad LIMIT `{0}`")]
    Limit(String),
}

pub fn parse_soql(q: &str) -> Result<Soql, SoqlError> {
    let q = q.trim();
    let upper = q.to_ascii_uppercase();
    let rest = upper.strip_prefix("SELECT ").ok_or(SoqlError::NoSelect)?;
    let from = rest.find(" FROM ").ok_or(SoqlError::NoFrom)? + 7;
    let fields: Vec<String> = q[7..from]
        .split(',')
        .map(|f| f.trim().to_string())
        .collect();
    if fields.iter().any(|f| {
        f.is_empty()
            || !f
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
    }) {
        return Err(SoqlError::Field);
    }
    let tail = &q[from + 6..];
    let tail_upper = tail.to_ascii_uppercase();
    let (obj_end, mut rest_at) = match tail_upper.find(' ') {
        Some(i) => (i, i),
        None => (tail.len(), tail.len()),
    };
    let object = tail[..obj_end].to_string();
    let mut conditions = Vec::new();
    let mut limit = None;
    let mut rest = tail[rest_at..].trim();
    if rest.to_ascii_uppercase().starts_with("WHERE ") {
        rest = rest[6..].trim();
        let lim = rest.to_ascii_uppercase().find(" LIMIT ");
        let (cond, after) = match lim {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        for part in split_and(cond) {
            let (field, value) = part
                .split_once('=')
                .ok_or_else(|| SoqlError::Condition(part.to_string()))?;
            let field = field.trim().to_string();
            let value = value.trim();
            let value = if let Some(s) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\''))
            {
                Value::from(s.replace("\\'", "'"))
            } else if value.eq_ignore_ascii_case("true") {
                Value::Bool(true)
            } else if value.eq_ignore_ascii_case("false") {
                Value::Bool(false)
            } else {
                return Err(SoqlError::Value(value.to_string()));
            };
            conditions.push((field, value));
        }
        rest = after.trim();
        rest_at = 0;
    }
    let _ = rest_at;
    if !rest.is_empty() {
        let n = rest
            .to_ascii_uppercase()
            .strip_prefix("LIMIT ")
            .map(|n| n.trim().to_string())
            .ok_or_else(|| SoqlError::Unexpected(rest.to_string()))?;
        limit = Some(n.parse().map_err(|_| SoqlError::Limit(n.clone()))?);
    }
    Ok(Soql {
        fields,
        object,
        conditions,
        limit,
    })
}

fn split_and(cond: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let upper = cond.to_ascii_uppercase();
    let mut start = 0;
    let mut in_quote = false;
    let bytes = cond.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' && (i == 0 || bytes[i - 1] != b'\\') {
            in_quote = !in_quote;
        } else if !in_quote && upper[i..].starts_with(" AND ") {
            parts.push(cond[start..i].trim());
            start = i + 5;
            i += 5;
            continue;
        }
        i += 1;
    }
    parts.push(cond[start..].trim());
    parts
}

fn get_path<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, key| {
        cur.as_object()?
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

fn query(org: &SfOrg, q: &str) -> Resp {
    let soql = match parse_soql(q) {
        Ok(s) => s,
        Err(why) => return sf_error(400, "MALFORMED_QUERY", &why.to_string()),
    };
    let (kind, rows): (&str, Vec<Value>) = match soql.object.to_ascii_lowercase().as_str() {
        "contentdocumentlink" => {
            let filtered = soql.conditions.iter().any(|(f, _)| {
                f.eq_ignore_ascii_case("LinkedEntityId")
                    || f.eq_ignore_ascii_case("ContentDocumentId")
            });
            if !filtered {
                return sf_error(
                    400,
                    "MALFORMED_QUERY",
                    "Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator.",
                );
            }
            ("ContentDocumentLink", org.files.clone())
        }
        "user" => (
            "User",
            org.users
                .iter()
                .filter(|u| !u.deleted)
                .map(user_record)
                .collect(),
        ),
        "contact" => ("Contact", org.contacts.clone()),
        other => {
            return sf_error(
                400,
                "INVALID_TYPE",
                &format!("sObject type '{other}' is not supported by the sandbox"),
            );
        }
    };
    let mut records = Vec::new();
    for row in rows {
        let matches = soql
            .conditions
            .iter()
            .all(|(f, v)| get_path(&row, f) == Some(v));
        if !matches {
            continue;
        }
        let mut out = Map::new();
        out.insert("attributes".into(), json!({"type": kind}));
        for field in &soql.fields {
            let Some(v) = get_path(&row, field) else {
                return sf_error(
                    400,
                    "INVALID_FIELD",
                    &format!("No such column '{field}' on entity '{kind}'"),
                );
            };
            insert_path(&mut out, field, v.clone());
        }
        records.push(Value::Object(out));
        if soql.limit.is_some_and(|l| records.len() >= l) {
            break;
        }
    }
    Resp::json(
        200,
        &json!({"totalSize": records.len(), "done": true, "records": records}),
    )
}

fn insert_path(out: &mut Map<String, Value>, path: &str, v: Value) {
    match path.split_once('.') {
        None => {
            out.insert(path.to_string(), v);
        }
        Some((head, tail)) => {
            let entry = out.entry(head.to_string()).or_insert_with(|| json!({}));
            if let Value::Object(m) = entry {
                insert_path(m, tail, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_supported_shapes() {
        let s = parse_soql("SELECT ContentDocumentId, ContentDocument.Title FROM ContentDocumentLink WHERE LinkedEntityId = '003000000000C01'").unwrap();
        assert_eq!(s.object, "ContentDocumentLink");
        assert_eq!(s.fields, vec!["ContentDocumentId", "ContentDocument.Title"]);
        assert_eq!(
            s.conditions,
            vec![("LinkedEntityId".into(), json!("003000000000C01"))]
        );
        let s = parse_soql(
            "select Id, IsActive from User where IsActive = true and Username = 'a and b' limit 5",
        )
        .unwrap();
        assert_eq!(s.conditions.len(), 2);
        assert_eq!(s.conditions[1].1, json!("a and b"));
        assert_eq!(s.limit, Some(5));
        assert_eq!(
            parse_soql("DELETE FROM User").unwrap_err(),
            SoqlError::NoSelect
        );
        assert_eq!(
            parse_soql("SELECT Id FROM User WHERE Name LIKE 'x%'").unwrap_err(),
            SoqlError::Condition("Name LIKE 'x%'".into())
        );
        assert_eq!(
            parse_soql("SELECT Id FROM User ORDER BY Name").unwrap_err(),
            SoqlError::Unexpected("ORDER BY Name".into())
        );
    }
}
