//! Candidates and placements: the `FindCandidates`/placement searches, a
//! record by id, a candidate's attachments, and the notes on either.

use serde_json::{Value, json};

use super::paging::page;
use super::{error, find, id_of, invalid, need, no_such_resource, str_field};
use crate::error::Result;
use crate::sandbox::http::{Req, Resp};
use crate::sandbox::world::{Family, JaAccount, World};

/// GET `/candidates`, `/candidates/{id}`, its attachments and its notes.
pub(super) fn read_candidates(a: &JaAccount, req: &Req, rest: &[&str], family: &Family) -> Resp {
    if !matches!(rest, [] | [_] | [_, "attachments" | "notes"]) {
        return no_such_resource();
    }
    if let Some(refused) = need(family, &["read", "read_candidate"]) {
        return refused;
    }
    match rest {
        [] => candidates(a, req),
        [id] => find(a.candidates.iter(), "candidateId", id, "Candidate"),
        [id, "attachments"] => attachments(a, id, req),
        [id, "notes"] => notes(a, "candidate", id, req),
        _ => no_such_resource(),
    }
}

fn attachments(a: &JaAccount, id: &str, req: &Req) -> Resp {
    if !a.candidates.iter().any(|c| id_of(c, "candidateId") == id) {
        return error(404, "Candidate not found");
    }
    let items = a
        .attachments
        .iter()
        .filter(|x| id_of(x, "candidateId") == id)
        .cloned()
        .collect();
    page(items, req)
}

/// GET `/placements`, `/placements/{id}` and its notes.
pub(super) fn read_placements(a: &JaAccount, req: &Req, rest: &[&str], family: &Family) -> Resp {
    if !matches!(rest, [] | [_] | [_, "notes"]) {
        return no_such_resource();
    }
    if let Some(refused) = need(family, &["read", "read_placement"]) {
        return refused;
    }
    match rest {
        [] => placements(a, req),
        [id] => find(a.placements.iter(), "placementId", id, "Placement"),
        [id, "notes"] => notes(a, "placement", id, req),
        _ => no_such_resource(),
    }
}

/// `FindCandidates`: `CandidateId` (repeatable), `Email` (the whole
/// address, any case, also matching `otherEmail`), `Name` (every word of it
/// found in the candidate's "first last" name, any case). Filters combine
/// with AND; results in candidate id order.
fn candidates(a: &JaAccount, req: &Req) -> Resp {
    let ids = ids_filter(req, "CandidateId");
    let email = req.query_ci("Email").map(|e| e.trim().to_lowercase());
    let words: Vec<String> = req
        .query_ci("Name")
        .map(|n| n.split_whitespace().map(str::to_lowercase).collect())
        .unwrap_or_default();
    let items = a
        .candidates
        .iter()
        .filter(|c| {
            ids.as_ref()
                .is_none_or(|ids| ids.contains(&id_of(c, "candidateId")))
        })
        .filter(|c| {
            email.as_deref().is_none_or(|e| {
                let others = c.get("otherEmail").and_then(Value::as_array);
                str_field(c, "email").to_lowercase() == e
                    || others.is_some_and(|o| {
                        o.iter()
                            .any(|x| x.as_str().is_some_and(|x| x.to_lowercase() == e))
                    })
            })
        })
        .filter(|c| {
            let full = format!("{} {}", str_field(c, "firstName"), str_field(c, "lastName"))
                .to_lowercase();
            words.iter().all(|w| full.contains(w.as_str()))
        })
        .cloned()
        .collect();
    page(items, req)
}

/// A repeatable id filter (`CandidateId=1&CandidateId=2`, or comma
/// separated); `None` when absent.
fn ids_filter(req: &Req, name: &str) -> Option<Vec<String>> {
    let ids: Vec<String> = req
        .query
        .iter()
        .filter(|(k, _)| {
            k.eq_ignore_ascii_case(name) || k.eq_ignore_ascii_case(&format!("{name}[]"))
        })
        .flat_map(|(_, v)| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    (!ids.is_empty()).then_some(ids)
}

fn placements(a: &JaAccount, req: &Req) -> Resp {
    let candidate_ids = ids_filter(req, "CandidateId");
    let created = req.query_ci("CreatedAt");
    let approved = req.query_ci("ApprovedAt");
    let export = req.query_ci("Export").map(str::to_lowercase);
    let items = a
        .placements
        .iter()
        .filter(|p| {
            candidate_ids.as_ref().is_none_or(|ids| {
                ids.contains(
                    &p.get("candidate")
                        .map(|c| id_of(c, "candidateId"))
                        .unwrap_or_default(),
                )
            })
        })
        .filter(|p| {
            created.is_none_or(|c| date_filter(c, p.get("createdAt").and_then(Value::as_str)))
        })
        .filter(|p| {
            approved.is_none_or(|c| date_filter(c, p.get("approvedAt").and_then(Value::as_str)))
        })
        .filter(|p| {
            export.as_deref().is_none_or(|e| {
                p.get("export")
                    .and_then(|x| x.get(e))
                    .and_then(Value::as_bool)
                    == Some(true)
            })
        })
        .cloned()
        .collect();
    page(items, req)
}

/// `CreatedAt`/`ApprovedAt` filters: an optional comparison (`>`, `>=`,
/// `<`, `<=`, `=`; default `>=`) then a date or RFC 3339 time, compared as
/// ISO text on the same prefix length.
fn date_filter(value: &str, field: Option<&str>) -> bool {
    let (op, rhs) = ["<=", ">=", "<", ">", "="]
        .iter()
        .find_map(|op| value.strip_prefix(op).map(|r| (*op, r.trim())))
        .unwrap_or((">=", value.trim()));
    let Some(field) = field else { return false };
    let lhs = &field[..rhs.len().min(field.len())];
    match op {
        "<=" => lhs <= rhs,
        ">=" => lhs >= rhs,
        "<" => lhs < rhs,
        ">" => lhs > rhs,
        _ => lhs == rhs,
    }
}

/// A record's notes, newest first (as JobAdder lists them), paged; 404
/// when the record does not exist.
fn notes(a: &JaAccount, kind: &str, id: &str, req: &Req) -> Resp {
    let key = format!("{kind}Id");
    let list = if kind == "candidate" {
        &a.candidates
    } else {
        &a.placements
    };
    if !list.iter().any(|x| id_of(x, &key) == id) {
        return error(
            404,
            if kind == "candidate" {
                "Candidate not found"
            } else {
                "Placement not found"
            },
        );
    }
    let items = a
        .notes
        .iter()
        .rev()
        .filter(|n| id_of(n, &key) == id)
        .cloned()
        .collect();
    page(items, req)
}

pub(super) fn add_note(
    w: &mut World,
    ai: usize,
    kind: &str,
    id: &str,
    req: &Req,
    f: &Family,
    now: i64,
) -> Result<Resp> {
    let key = format!("{kind}Id");
    let exists = {
        let a = &w.jobadder.accounts[ai];
        let list = if kind == "candidate" {
            &a.candidates
        } else {
            &a.placements
        };
        list.iter().any(|x| id_of(x, &key) == id)
    };
    if !exists {
        return Ok(error(
            404,
            &format!(
                "{} not found",
                if kind == "candidate" {
                    "Candidate"
                } else {
                    "Placement"
                }
            ),
        ));
    }
    let Some(body) = req.json_body() else {
        return Ok(error(400, "The body must be JSON"));
    };
    let text = body.get("text").and_then(Value::as_str).unwrap_or("");
    if text.trim().is_empty() {
        return Ok(invalid("text is required", "MissingField", "text"));
    }
    let note_id = w.next_id();
    let note = json!({
        "noteId": note_id,
        "type": body.get("type").and_then(Value::as_str).unwrap_or("General"),
        "text": text,
        key: id.parse::<u64>().map(Value::from).unwrap_or(Value::from(id)),
        "createdBy": {"userId": f.user_id.parse::<u64>().unwrap_or(0)},
        "createdAt": crate::sandbox::server::format_time(now),
    });
    w.jobadder.accounts[ai].notes.push(note.clone());
    Ok(Resp::json(201, &note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_filters() {
        assert!(date_filter(">2026-03-11", Some("2026-03-12T00:00:00Z")));
        assert!(!date_filter(">2026-03-12", Some("2026-03-12T00:00:00Z")));
        assert!(date_filter("2026-03-12", Some("2026-03-12T00:00:00Z")));
        assert!(date_filter(
            "<2026-04-01T00:00:00Z",
            Some("2026-03-12T00:00:00Z")
        ));
        assert!(!date_filter(">2026-01-01", None));
    }
}
