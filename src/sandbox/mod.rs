//! The provider sandbox: an HTTP emulator of JobAdder, Salesforce and Flare
//! (see docs/sandbox.md). It is product code: tests, training (`--sandbox`)
//! and `atslink demo` all run against it. It shares no code with the
//! provider clients it checks.

use std::path::{Path, PathBuf};

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

// TEMPORARY compile shim until the emulator branch lands; removed at merge.
pub struct Running {
    pub base_url: String,
}
pub fn start(_world: &Path, _port: Option<u16>) -> crate::error::Result<Running> {
    Err(crate::error::Error::failure("sandbox not merged"))
}
pub fn clock_now(_world: &Path) -> crate::error::Result<time::OffsetDateTime> {
    Ok(time::OffsetDateTime::now_utc())
}
pub mod seed {
    pub const JOBADDER_CLIENT_ID: &str = "atslink-sandbox";
    pub const JOBADDER_CLIENT_SECRET: &str = "sandbox-jobadder-secret";
    pub const JOBADDER_ADMIN_EMAIL: &str = "admin@sandbox-recruitment.example";
    pub const JOBADDER_ADMIN_PASSWORD: &str = "sandbox-admin";
    pub const SALESFORCE_CLIENT_ID: &str = "sf-sandbox-app";
    pub const SALESFORCE_CLIENT_SECRET: &str = "sandbox-salesforce-secret";
}
