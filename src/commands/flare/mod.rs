//! `atslink flare …`: the commands that push JobAdder candidates and
//! placements into Flare, show the mapping, diagnose one record and switch
//! automatic export. The work itself is in [`crate::flare`].

pub mod auto;
pub mod batch;
pub mod diagnose;
pub mod mapping;
pub mod push;

use crate::context::Context;
use crate::error::Result;
pub use crate::flare::{Prefetched, Session, map, notes, pace, record, target};
use crate::state::Org;

/// The organisation from `--org`, which must have both links.
pub fn org(ctx: &mut Context) -> Result<Org> {
    let slug = ctx.org_slug(None)?;
    ctx.require_org(&slug)
}
