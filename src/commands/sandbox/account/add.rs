use crate::cli::SandboxAccountAddArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::sandbox::accounts::{self, NewAccount};

pub fn run(ctx: &mut Context, args: SandboxAccountAddArgs) -> Result<Output> {
    let provider = super::super::user_provider(args.provider);
    let added = accounts::add(&ctx.sandbox_world(), provider, args.count, &args.password)?;
    let what = match provider {
        crate::sandbox::world::Provider::Salesforce => "Salesforce org",
        _ => "JobAdder account",
    };
    let status = match added.as_slice() {
        [one] => format!("Added {what} {} (admin {})", one.account, one.admin),
        many => format!("Added {} {what}s", many.len()),
    };
    Ok(Output::lazy(added, table).with_status(status))
}

const COLUMNS: &[&str] = &["provider", "account", "name", "admin", "admin user id"];

fn table(rows: Vec<NewAccount>) -> Human {
    Human::table(COLUMNS, rows, |a| {
        vec![
            a.provider.to_string(),
            a.account,
            a.name,
            a.admin,
            a.admin_user_id,
        ]
    })
}
