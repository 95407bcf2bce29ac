use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::FormatArgs;
use crate::state::{LicenceState, Role, Source};

#[derive(Debug, Args)]
pub struct LicenceArgs {
    #[command(subcommand)]
    pub command: LicenceCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum LicenceCommand {
    /// List an organisation's users and seats
    List(LicenceListArgs),
    /// Give users a licence, creating them if needed (or from a CSV file)
    Assign(LicenceAssignArgs),
    /// Take users' licences away and stop automatic assignment
    Disable(LicenceChangeArgs),
    /// Give disabled users their licence back
    Enable(LicenceChangeArgs),
    /// Move one user's seat to another user in one step
    Reassign(LicenceReassignArgs),
    /// Take a free seat on a user's first access (what the integration launch calls)
    Claim(LicenceClaimArgs),
    /// Set the number of seats the organisation has bought
    Seats(LicenceSeatsArgs),
}

#[derive(Debug, Args)]
pub struct LicenceListArgs {
    /// Only users in this licence state
    #[arg(long, value_enum, value_name = "STATE")]
    pub state: Option<LicenceState>,

    /// Only users with this role
    #[arg(long, value_enum)]
    pub role: Option<Role>,

    #[command(flatten)]
    pub format: FormatArgs,
}

// Where a bulk change takes its users from, and how it applies them.
// (A plain comment, not `///`: see the note above `Cli`.)
#[derive(Debug, Args)]
pub struct BulkArgs {
    /// Email addresses of the users
    #[arg(
        value_name = "EMAIL",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub emails: Vec<String>,

    /// CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Show what would change, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct LicenceAssignArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,

    /// Role for new users named on the command line [default: member]
    #[arg(long, value_enum)]
    pub role: Option<Role>,

    /// Name for the user (with a single EMAIL)
    #[arg(long)]
    pub name: Option<String>,

    /// When there are not enough seats, assign in order up to the limit and report the rest (exit 8)
    #[arg(long)]
    pub partial: bool,
}

#[derive(Debug, Args)]
pub struct LicenceChangeArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,

    /// When there are not enough seats, enable in order up to the limit and report the rest (exit 8)
    #[arg(long)]
    pub partial: bool,

    /// Skip users who do not exist, reporting each as `unknown` (exit 8), instead of refusing the whole change
    #[arg(long)]
    pub skip_unknown: bool,
}

#[derive(Debug, Args)]
pub struct LicenceReassignArgs {
    /// The user giving up the seat (becomes disabled)
    pub from: String,
    /// The user taking the seat (created if new)
    pub to: String,
    /// Name for TO when it is created
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct LicenceClaimArgs {
    /// The user's email address
    pub email: String,

    /// The user's name, recorded when the user is created
    #[arg(long)]
    pub name: Option<String>,

    /// Where the user came from
    #[arg(long, value_enum, requires = "external_id")]
    pub source: Option<Source>,

    /// The user's id at the source provider
    #[arg(long, value_name = "ID", requires = "source")]
    pub external_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct LicenceSeatsArgs {
    /// The new pool size
    pub seats: u32,

    /// Allow fewer seats than active users; the excess stay active and are listed as over-allocated
    #[arg(long)]
    pub force: bool,
}
