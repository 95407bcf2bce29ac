//! `sandbox action …`: JobAdder partner actions (Actions-menu buttons) as a
//! JobAdder admin or another partner would change them.

pub mod add;
pub mod delete;
pub mod set;

use serde_json::Value;

use crate::output::Human;

const COLUMNS: &[&str] = &[
    "account",
    "id",
    "type",
    "name",
    "admin only",
    "shown on",
    "url",
];

pub fn table(rows: Vec<Value>) -> Human {
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    };
    Human::table(COLUMNS, rows.iter(), |x| {
        vec![
            text(&x["account"]),
            text(&x["actionId"]),
            text(&x["actionType"]),
            text(&x["actionName"]),
            if x["actionFilter"]["adminOnly"] == true {
                "yes"
            } else {
                "no"
            }
            .into(),
            shown_on(&x["actionFilter"]["status"]),
            text(&x["url"]),
        ]
    })
}

/// The status filter: `all`, `active`, `status 1, 2`, or both.
fn shown_on(status: &Value) -> String {
    let mut only = Vec::new();
    if status["activeOnly"] == true {
        only.push("active".to_string());
    }
    if let Some(ids) = status["statusId"].as_array().filter(|a| !a.is_empty()) {
        let ids: Vec<String> = ids.iter().map(|v| v.to_string()).collect();
        only.push(format!("status {}", ids.join(", ")));
    }
    if only.is_empty() {
        "all".into()
    } else {
        only.join(" and ")
    }
}
