//! `atslink sandbox salesforce move-instance NAME`: an org migration. The
//! org is served from `/salesforce/instance/NAME` from now on; userinfo
//! and new tokens name it, and calls to the old instance keep working, so
//! a link still calling the old one works but no longer matches the org
//! (`org check`'s `salesforce.org_match`) until it is relinked.

use serde_json::json;

use crate::cli::SandboxSalesforceMoveArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxSalesforceMoveArgs) -> Result<Output> {
    let (org_id, path) = crate::sandbox::control::move_salesforce_instance(
        &ctx.sandbox_world(),
        args.org_id.as_deref(),
        &args.name,
    )?;
    let status = format!(
        "Salesforce org {org_id} is now served from {path}; links made before still call the old instance until relinked"
    );
    Ok(Output::new(
        json!({ "org_id": org_id, "instance_path": path }),
        Human::Nothing,
    )
    .with_status(status))
}
