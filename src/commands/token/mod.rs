//! `atslink token …`: token health and the keep-alive refresh.

pub mod refresh;
pub mod status;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::state::{Org, OrgIntegration};

/// The links a token command covers: one organisation's (`--org`), or all.
pub fn select(
    ctx: &mut Context,
    all: bool,
    provider: Option<&str>,
) -> Result<Vec<(Org, OrgIntegration)>> {
    let only = if all { None } else { ctx.org_slug(None).ok() };
    if let Some(slug) = &only {
        ctx.require_org(slug)?;
    }
    let links = ctx.state()?.read().all_integrations()?;
    let mut out = Vec::new();
    for l in links {
        if only.as_deref().is_some_and(|o| o != l.org)
            || provider.is_some_and(|p| p != l.link.provider)
        {
            continue;
        }
        let org = ctx
            .state()?
            .read()
            .org(&l.org)?
            .ok_or_else(|| Error::failure(format!("organisation {} vanished", l.org)))?;
        out.push((org, l));
    }
    Ok(out)
}
