use serde_json::json;

use crate::cli::OrgCreateArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::{NewAudit, NewOrg};

/// The longest organisation display name kept.
const MAX_ORG_NAME_CHARS: usize = 200;

pub fn run(ctx: &mut Context, args: OrgCreateArgs) -> Result<Output> {
    super::validate_slug(&args.slug)?;
    let name = args.name.trim();
    if name.is_empty() {
        return Err(Error::usage("--name must not be empty"));
    }
    if name.chars().count() > MAX_ORG_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(Error::usage(format!(
            "--name {} is not a display name: at most {MAX_ORG_NAME_CHARS} characters on one line",
            crate::error::quote(name)
        )));
    }
    let stamp = ctx.stamp();
    let seats = i64::from(args.seats);
    let org = ctx.state()?.write(|tx| {
        let org = tx.insert_org(&NewOrg {
            slug: &args.slug,
            name,
            seats,
            created_at: stamp.at,
        })?;
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(org.slug.clone()),
                action: "org.create".into(),
                subject: None,
                before: None,
                after: Some(format!("name={:?} seats={}", org.name, org.seats)),
            },
        )?;
        Ok(org)
    })?;
    let status = format!(
        "Created organisation {} ({}) with {} seat{}",
        org.slug,
        org.name,
        org.seats,
        if org.seats == 1 { "" } else { "s" }
    );
    Ok(Output::new(json!({ "organisation": org }), Human::Nothing).with_status(status))
}
