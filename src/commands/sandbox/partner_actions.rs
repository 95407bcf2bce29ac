//! `sandbox partner-actions`: the Actions-menu buttons each emulated
//! JobAdder account holds, so a person (or a test) can see that a link's
//! button came and went with the link.

use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::sandbox::control::{self, PartnerActionView};

pub fn run(ctx: &mut Context) -> Result<Output> {
    let rows = control::partner_actions(&ctx.sandbox_world())?;
    let empty = rows.is_empty();
    let mut out = Output::lazy(rows, table);
    if empty {
        out = out.with_status("No partner actions in any JobAdder account");
    }
    Ok(out)
}

const COLUMNS: &[&str] = &["account", "action", "type", "name", "reference"];

fn table(rows: Vec<PartnerActionView>) -> Human {
    Human::table(COLUMNS, rows, |a| {
        vec![
            a.account.to_string(),
            a.action_id.to_string(),
            a.action_type,
            a.action_name,
            a.reference.unwrap_or_else(|| "-".into()),
        ]
    })
}
