use super::bulk::{self, Change, Options};
use crate::cli::LicenceChangeArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

pub fn run(ctx: &mut Context, args: LicenceChangeArgs) -> Result<Output> {
    if args.partial {
        return Err(Error::usage(
            "--partial applies to assign and enable, which take seats",
        ));
    }
    let slug = ctx.org_slug(None)?;
    // Fail fast, before waiting for a file; `apply` resolves it again.
    ctx.require_org(&slug)?;
    let (entries, file) = bulk::entries(ctx, &args.bulk, None, None)?;
    if !args.bulk.dry_run {
        let who = match entries.as_slice() {
            [one] => one.email.clone(),
            many => format!("{} users", many.len()),
        };
        ctx.confirm(
            &format!("Disable the licence of {who} in {slug}?"),
            &format!(
                "atslink licence disable {} --org {slug}{}",
                match &args.bulk.file {
                    Some(f) => format!("--file {}", f.display()),
                    None => args.bulk.emails.join(" "),
                },
                if args.skip_unknown {
                    " --skip-unknown"
                } else {
                    ""
                }
            ),
        )?;
    }
    bulk::apply(
        ctx,
        &slug,
        Change::Disable,
        entries,
        Options {
            dry_run: args.bulk.dry_run,
            partial: false,
            skip_unknown: args.skip_unknown,
            file,
        },
    )
}
