use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::sandbox::control::{self, GrantView};

pub fn run(ctx: &mut Context) -> Result<Output> {
    let rows = control::grants(&ctx.sandbox_world())?;
    let empty = rows.is_empty();
    let mut out = Output::lazy(rows, table);
    if empty {
        out = out.with_status("No token families yet: nothing has been granted in this world");
    }
    Ok(out)
}

const COLUMNS: &[&str] = &[
    "family",
    "provider",
    "grant",
    "account",
    "user",
    "refreshes",
    "failed",
    "reuse",
    "state",
];

fn table(rows: Vec<GrantView>) -> Human {
    Human::table(COLUMNS, rows, |g| {
        vec![
            g.family,
            g.provider.to_string(),
            g.grant,
            g.account,
            g.user,
            g.refreshes.to_string(),
            g.failed_refreshes.to_string(),
            g.reuse_detected.to_string(),
            g.state,
        ]
    })
}
