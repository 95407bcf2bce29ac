use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{FormatArgs, ProviderName};

#[derive(Debug, Args)]
pub struct IntegrationArgs {
    #[command(subcommand)]
    pub command: IntegrationCommand,
}

#[derive(Debug, Subcommand)]
pub enum IntegrationCommand {
    /// Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)
    Link(IntegrationLinkArgs),
    /// Remove a link: clean up at the provider where possible, then forget its secrets
    Unlink(IntegrationUnlinkArgs),
    /// Replace a link's tokens with a new consent; the old ones stay until the new ones are stored
    Relink(IntegrationRelinkArgs),
    /// List links with their health
    List(IntegrationListArgs),
}

/// How to obtain the consent or credentials.
#[derive(Debug, Args)]
pub struct ConnectArgs {
    /// The provider to link
    #[arg(value_enum)]
    pub provider: ProviderName,

    /// Do not open a browser: print the URL (to send to the customer's admin) and read the final redirect URL from stdin
    #[arg(long)]
    pub no_browser: bool,

    /// How long to wait for the consent
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = crate::clock::parse_duration)]
    pub timeout: time::Duration,

    /// Salesforce: the customer's connected app consumer key
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,

    /// Salesforce: read the connected app's consumer secret from stdin
    #[arg(long, conflicts_with = "api_key_stdin")]
    pub client_secret_stdin: bool,

    /// Salesforce: login host (https://login.salesforce.com, https://test.salesforce.com or a My Domain)
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,

    /// Salesforce: use the device flow (a code to enter on another device)
    #[arg(long, conflicts_with_all = ["jwt_key", "no_browser"])]
    pub device: bool,

    /// Salesforce: JWT bearer flow with this RSA private key (PKCS#8 PEM); needs --username
    #[arg(long, value_name = "FILE", requires = "username")]
    pub jwt_key: Option<PathBuf>,

    /// Salesforce: the pre-authorised user for --jwt-key
    #[arg(long, value_name = "USER", requires = "jwt_key")]
    pub username: Option<String>,

    /// Link even if the provider account is already linked to another organisation (JobAdder: its users then see one button per organisation)
    #[arg(long)]
    pub allow_shared_account: bool,

    /// Flare: read the organisation's API key from stdin
    #[arg(long)]
    pub api_key_stdin: bool,

    /// Flare: API base URL [default: providers.flare.api_url]
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct IntegrationLinkArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
}

#[derive(Debug, Args)]
pub struct IntegrationRelinkArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,

    /// Accept a consent from a different JobAdder account or Salesforce org than the current link's
    #[arg(long)]
    pub allow_account_change: bool,
}

#[derive(Debug, Args)]
pub struct IntegrationUnlinkArgs {
    /// The provider to unlink
    #[arg(value_enum)]
    pub provider: ProviderName,
}

#[derive(Debug, Args)]
pub struct IntegrationListArgs {
    #[command(flatten)]
    pub format: FormatArgs,
}
