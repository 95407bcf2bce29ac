use clap::{Args, Subcommand};

use super::FormatArgs;

#[derive(Debug, Args)]
pub struct OrgArgs {
    #[command(subcommand)]
    pub command: OrgCommand,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organisation
    Create(OrgCreateArgs),
    /// List organisations with their seats and integrations
    List(OrgListArgs),
    /// Show an organisation: seats, integrations and recent audit entries
    Show(OrgShowArgs),
    /// Delete an organisation, its users and its stored secrets
    Delete(OrgDeleteArgs),
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
