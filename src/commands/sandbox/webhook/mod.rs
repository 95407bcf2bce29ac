//! `sandbox webhook …`: a JobAdder webhook changed on JobAdder's side (its
//! delivery machinery suspending or failing it, an operator disabling or
//! removing it), for `flare auto status` and `org check` to find.

pub mod delete;
pub mod set;

use serde_json::Value;

use crate::output::Human;

const COLUMNS: &[&str] = &["id", "name", "events", "status", "url"];

pub fn table(rows: Vec<Value>) -> Human {
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    };
    Human::table(COLUMNS, rows.iter(), |h| {
        vec![
            text(&h["webhookId"]),
            text(&h["name"]),
            text(&h["events"]),
            text(&h["status"]),
            text(&h["url"]),
        ]
    })
}
