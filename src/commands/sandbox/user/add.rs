use crate::cli::SandboxUserAddArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::licences::check_email;
use crate::output::Output;
use crate::sandbox::control::{self, NewUsers};

pub fn run(ctx: &mut Context, args: SandboxUserAddArgs) -> Result<Output> {
    if args.admin && args.provider == crate::cli::SandboxUserProvider::Salesforce {
        // The emulated Salesforce has no administrator flag to set: saying
        // "added as admin" would be a promise nothing keeps.
        return Err(Error::usage(
            "--admin is for JobAdder users: the sandbox's Salesforce users have no administrator flag",
        )
        .with_hint("drop --admin; any active Salesforce user may consent in the sandbox"));
    }
    let emails = args
        .emails
        .iter()
        .map(|e| check_email(e))
        .collect::<Result<Vec<_>>>()?;
    let rows = control::add_users(
        &ctx.sandbox_world(),
        &NewUsers {
            provider: super::super::user_provider(args.provider),
            emails: &emails,
            admin: args.admin,
            password: &args.password,
        },
    )?;
    let status = match rows.as_slice() {
        [one] => format!("Added sandbox user {} (id {})", one.email, one.user_id),
        many => format!("Added {} sandbox users", many.len()),
    };
    Ok(Output::lazy(rows, super::table).with_status(status))
}
