use clap::{Args, Subcommand};

use super::FormatArgs;
use crate::providers::Provider;

#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(subcommand)]
    pub command: TokenCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TokenCommand {
    /// Show every link's token health: expiry, last refresh, forecast death, remedy
    Status(TokenStatusArgs),
    /// Refresh links' tokens through the locked path (the nightly keep-alive)
    Refresh(TokenRefreshArgs),
}

#[derive(Debug, Args)]
pub struct TokenStatusArgs {
    /// All organisations, even when ATSLINK_ORG is set (the default without --org)
    #[arg(long)]
    pub all: bool,

    /// Ask the providers too: is the token accepted, is the authorising user still active?
    #[arg(long)]
    pub check: bool,

    /// Call a link `expiring` when its refresh token dies within this
    #[arg(long, value_name = "DURATION", default_value = "5d", value_parser = crate::clock::parse_duration)]
    pub warn_within: time::Duration,

    /// How many links --check asks about at once
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,

    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct TokenRefreshArgs {
    /// Every link of every organisation (also when ATSLINK_ORG is set)
    #[arg(long)]
    pub all: bool,

    /// Only this provider's links
    #[arg(long, value_enum)]
    pub provider: Option<Provider>,

    /// Only links whose refresh token has not been used for this long (e.g. 7d)
    #[arg(long, value_name = "DURATION", value_parser = crate::clock::parse_duration)]
    pub if_idle: Option<time::Duration>,

    /// Refresh even if another process refreshed moments ago, or a failed refresh's cool-down is running
    #[arg(long)]
    pub force: bool,
}
