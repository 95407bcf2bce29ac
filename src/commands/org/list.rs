use crate::cli::OrgListArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::state::OrgListRow;

pub fn run(ctx: &mut Context, args: OrgListArgs) -> Result<Output> {
    let rows = ctx.state()?.snapshot(|r| r.org_list())?;
    let empty = rows.is_empty();
    let mut out = Output::lazy(rows, table).with_format(args.format.format);
    if empty {
        out = out.with_status(
            "No organisations yet: create one with `atslink org create <slug> --name NAME`",
        );
    }
    Ok(out)
}

fn table(rows: Vec<OrgListRow>) -> Human {
    let columns = ["slug", "name", "seats", "used", "available", "integrations"];
    Human::table(&columns, rows, |r| {
        vec![
            r.slug,
            r.name,
            r.seats.to_string(),
            r.used.to_string(),
            r.available.to_string(),
            if r.integrations.is_empty() {
                "-".to_string()
            } else {
                r.integrations.join(", ")
            },
        ]
    })
}
