//! `atslink token …`: token health and the keep-alive refresh.

pub mod refresh;
pub mod status;

use crate::context::Context;
use crate::error::Result;
use crate::providers::Provider;
use crate::state::{Org, OrgIntegration};

/// The links a token command covers: one organisation's (`--org`), or all.
pub fn select(
    ctx: &mut Context,
    all: bool,
    provider: Option<Provider>,
) -> Result<Vec<(Org, OrgIntegration)>> {
    let only = if all { None } else { ctx.org_slug(None).ok() };
    if let Some(slug) = &only {
        ctx.require_org(slug)?;
    }
    let links = ctx.state()?.read().all_integrations()?;
    Ok(links
        .into_iter()
        .filter(|l| only.as_deref().is_none_or(|o| o == l.org))
        .filter(|l| provider.is_none_or(|p| p == l.link.provider))
        .map(|l| (l.organisation.clone(), l))
        .collect())
}
