use super::bulk::{self, Change, Options};
use crate::cli::LicenceChangeArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: LicenceChangeArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let (entries, from_file) = bulk::entries(ctx, &args.bulk, None, None)?;
    bulk::apply(
        ctx,
        &org,
        Change::Enable,
        entries,
        Options {
            dry_run: args.bulk.dry_run,
            partial: args.partial,
            from_file,
        },
    )
}
