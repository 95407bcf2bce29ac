//! `atslink sandbox …`: the provider emulator and its controls. Control
//! commands act on the world file directly (no server needed). The sandbox
//! is not the system of record, so these skip the audit log.

pub mod account;
pub mod action;
pub mod app;
pub mod browse;
pub mod click;
pub mod clock;
pub mod fault;
pub mod flare;
pub mod generate;
pub mod grants;
pub mod jwt_key;
pub mod partner_actions;
pub mod place;
pub mod rate;
pub mod reset;
pub mod salesforce;
pub mod serve;
pub mod user;
pub mod webhook;

use std::path::PathBuf;

use crate::cli::SandboxUserProvider;
use crate::context::Context;
use crate::sandbox::world::Provider;

/// Where the sandbox's own commands find it, from the home as given (with
/// or without `--sandbox`).
impl Context {
    /// The sandbox's own home: `<home>/sandbox`. `--sandbox` commands use
    /// it as their home, and the emulator keeps its world there.
    pub fn sandbox_home(&self) -> PathBuf {
        crate::sandbox::home(&self.base_home)
    }

    /// The emulator's persistent world (`<home>/sandbox/world.db`).
    pub fn sandbox_world(&self) -> PathBuf {
        crate::sandbox::world_path(&self.sandbox_home())
    }
}

pub fn user_provider(p: SandboxUserProvider) -> Provider {
    match p {
        SandboxUserProvider::Jobadder => Provider::Jobadder,
        SandboxUserProvider::Salesforce => Provider::Salesforce,
    }
}

pub fn provider(p: crate::providers::Provider) -> Provider {
    match p {
        crate::providers::Provider::JobAdder => Provider::Jobadder,
        crate::providers::Provider::Salesforce => Provider::Salesforce,
        crate::providers::Provider::Flare => Provider::Flare,
    }
}

/// Durations shown back to a person: the largest whole unit.
pub fn human_duration(secs: i64) -> String {
    for (unit, n) in [("w", 604_800), ("d", 86_400), ("h", 3600), ("m", 60)] {
        if secs != 0 && secs % n == 0 {
            return format!("{}{unit}", secs / n);
        }
    }
    format!("{secs}s")
}
