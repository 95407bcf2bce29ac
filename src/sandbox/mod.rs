//! The provider sandbox: an HTTP emulator of JobAdder, Salesforce and Flare
//! (see docs/sandbox.md). It is product code: tests, training (`--sandbox`)
//! and `atslink demo` all run against it. It shares no code with the
//! provider clients it checks.

pub mod accounts;
mod browse;
pub mod click;
pub mod control;
mod flare;
mod http;
mod jobadder_api;
mod jobadder_id;
mod jwt;
mod oauth;
mod pages;
mod records;
mod salesforce;
mod salesforce_api;
mod seam;
pub mod seed;
mod server;
pub mod setup;
mod store;
mod tokens;
pub mod tour;
pub mod webhooks;
pub mod world;

use std::path::{Path, PathBuf};

pub use browse::{Outcome as BrowseOutcome, browse};
pub use seam::resolve;
pub use server::{HANDOFF_PATH, MAX_BODY, Running, serve, start};

pub const HOME_DIR: &str = "sandbox";
pub const WORLD_FILE: &str = "world.db";

/// The sandbox home under an atslink home.
pub fn home(base_home: &Path) -> PathBuf {
    base_home.join(HOME_DIR)
}

/// The emulator's persistent world inside a sandbox home.
pub fn world_path(sandbox_home: &Path) -> PathBuf {
    sandbox_home.join(WORLD_FILE)
}

/// The world's clock (system time plus the offset set by `sandbox clock
/// advance`), for `--sandbox` commands.
pub fn clock_now(world: &Path) -> crate::error::Result<time::OffsetDateTime> {
    Ok(world::World::now_at(
        world::WorldDb::open(world)?.clock_offset()?,
    ))
}
