use super::bulk::{self, Change, Options};
use crate::cli::LicenceChangeArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: LicenceChangeArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    // Fail fast, before waiting for a file; `apply` resolves it again.
    ctx.require_org(&slug)?;
    let (entries, file) = bulk::entries(ctx, &args.bulk, None, None)?;
    bulk::apply(
        ctx,
        &slug,
        Change::Enable,
        entries,
        Options {
            dry_run: args.bulk.dry_run,
            partial: args.partial,
            skip_unknown: args.skip_unknown,
            file,
        },
    )
}
