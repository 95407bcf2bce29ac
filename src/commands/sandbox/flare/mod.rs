//! `sandbox flare …`: the Flare account's set-up, as a Flare admin would
//! change it (and as `org check` reads it).

pub mod defaults;
pub mod entity;
pub mod location;
pub mod pay_group;
pub mod show;

use crate::cli::SandboxFlareMemberArgs;
use crate::sandbox::setup::Membership;

/// The entity and the change of `--add ENTITY` / `--remove ENTITY`.
fn membership(args: &SandboxFlareMemberArgs) -> (&str, Membership) {
    match (&args.add, &args.remove) {
        (Some(e), _) => (e, Membership::Add),
        (None, Some(e)) => (e, Membership::Remove),
        (None, None) => unreachable!("clap requires one of --add and --remove"),
    }
}

/// What a membership change did, for the status line: "Added legal
/// entity E to PLACE" or "Removed legal entity E from PLACE".
fn membership_status(change: Membership, entity: &str, place: &str) -> String {
    let (verb, preposition) = match change {
        Membership::Add => ("Added", "to"),
        Membership::Remove => ("Removed", "from"),
    };
    format!("{verb} legal entity {entity} {preposition} {place}")
}
