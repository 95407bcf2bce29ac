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
