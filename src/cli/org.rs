use clap::{Args, Subcommand, ValueEnum};

use super::FormatArgs;

#[derive(Debug, Args)]
pub struct OrgArgs {
    #[command(subcommand)]
    pub command: OrgCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum OrgCommand {
    /// Create an organisation
    Create(OrgCreateArgs),
    /// List organisations with their seats and integrations
    List(OrgListArgs),
    /// Show an organisation: seats, integrations and recent audit entries
    Show(OrgShowArgs),
    /// Delete an organisation, its users and its stored secrets
    Delete(OrgDeleteArgs),
    /// Readiness report: licences and every linked provider checked live, each with its fix
    Check(OrgCheckArgs),
}

/// A group of `org check` checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckGroup {
    Licences,
    Jobadder,
    Salesforce,
    Flare,
}

#[derive(Debug, Args)]
pub struct OrgCheckArgs {
    /// The organisation's slug [default: --org / ATSLINK_ORG]
    pub slug: Option<String>,

    /// Only this group of checks
    #[arg(long, value_enum, value_name = "GROUP")]
    pub only: Option<CheckGroup>,

    /// Check every organisation: one line each; exits with the worst
    #[arg(long, conflicts_with = "slug")]
    pub all_orgs: bool,

    /// Provider checks in flight at once
    #[arg(long, default_value_t = 16, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
}

#[derive(Debug, Args)]
pub struct OrgCreateArgs {
    /// Short identifier: lowercase letters, digits and hyphens, 2-40 characters
    pub slug: String,

    /// Display name, e.g. "Acme Recruitment"
    #[arg(long)]
    pub name: String,

    /// Licence seats the organisation has bought
    #[arg(long, default_value_t = 0)]
    pub seats: u32,
}

#[derive(Debug, Args)]
pub struct OrgListArgs {
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct OrgShowArgs {
    /// The organisation's slug [default: --org / ATSLINK_ORG]
    pub slug: Option<String>,
}

#[derive(Debug, Args)]
pub struct OrgDeleteArgs {
    /// The organisation's slug [default: --org / ATSLINK_ORG]
    pub slug: Option<String>,
}
