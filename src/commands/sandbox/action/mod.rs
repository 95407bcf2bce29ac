//! `sandbox action …`: JobAdder partner actions (Actions-menu buttons) as a
//! JobAdder admin or another partner would change them.

pub mod add;
pub mod delete;
pub mod set;

use serde_json::Value;

use crate::output::{Human, Listing};

pub fn table(rows: Vec<Value>) -> Human {
    let mut listing = Listing::new(&["account", "id", "type", "name", "admin only", "url"]);
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    };
    for x in &rows {
        listing.row(vec![
            text(&x["account"]),
            text(&x["actionId"]),
            text(&x["actionType"]),
            text(&x["actionName"]),
            if x["adminOnly"] == true { "yes" } else { "no" }.into(),
            text(&x["url"]),
        ]);
    }
    Human::Table {
        summary: Vec::new(),
        listing,
    }
}
