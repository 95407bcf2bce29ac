use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::FormatArgs;
use crate::providers::Provider;

#[derive(Debug, Args)]
pub struct IntegrationArgs {
    #[command(subcommand)]
    pub command: IntegrationCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum IntegrationCommand {
    /// Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)
    Link(IntegrationLinkArgs),
    /// Remove a link: clean up at the provider where possible, then forget its secrets
    Unlink(IntegrationUnlinkArgs),
    /// Replace a link's tokens with a new consent; the old ones stay until the new ones are stored
    Relink(IntegrationRelinkArgs),
    /// List links with their health
    List(IntegrationListArgs),
    /// Show the organisation's JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now
    Button(IntegrationButtonArgs),
}

// `integration link|relink <provider>`: one subcommand per provider, so
// each shows only the options that apply to it.
// (A plain comment, not `///`: see the note above `Cli`.)
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum LinkProvider {
    /// JobAdder: an admin of the customer's account consents in the browser (the platform's app)
    Jobadder(JobAdderLinkArgs),
    /// Salesforce: the customer's connected app, by browser consent (PKCE), device flow or JWT bearer
    Salesforce(SalesforceLinkArgs),
    /// Flare: the organisation's API key, read from stdin
    Flare(FlareLinkArgs),
}

// The browser consent's options (JobAdder and Salesforce).
// (A plain comment, not `///`: see the note above `Cli`.)
#[derive(Debug, Args)]
pub struct ConsentArgs {
    /// Do not open a browser: print the URL (to send to the customer's admin) and read the final redirect URL from stdin
    #[arg(long)]
    pub no_browser: bool,

    /// How long to wait for the consent
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = crate::clock::parse_duration)]
    pub timeout: time::Duration,
}

#[derive(Debug, Args)]
pub struct JobAdderLinkArgs {
    #[command(flatten)]
    pub consent: ConsentArgs,

    /// Link even if the JobAdder account is already linked to another organisation (its users then see one button per organisation)
    #[arg(long)]
    pub allow_shared_account: bool,
}

#[derive(Debug, Args)]
pub struct SalesforceLinkArgs {
    #[command(flatten)]
    pub consent: ConsentArgs,

    /// The customer's connected app consumer key
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,

    /// Read the connected app's consumer secret from stdin
    #[arg(long)]
    pub client_secret_stdin: bool,

    /// Login host (https://login.salesforce.com, https://test.salesforce.com or a My Domain)
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,

    /// Use the device flow (a code to enter on another device)
    #[arg(long, conflicts_with_all = ["jwt_key", "no_browser"])]
    pub device: bool,

    /// JWT bearer flow with this RSA private key (PKCS#8 PEM); needs --username
    #[arg(long, value_name = "FILE", requires = "username")]
    pub jwt_key: Option<PathBuf>,

    /// The pre-authorised user for --jwt-key
    #[arg(long, value_name = "USER", requires = "jwt_key")]
    pub username: Option<String>,

    /// Link even if the Salesforce org is already linked to another organisation
    #[arg(long)]
    pub allow_shared_account: bool,
}

#[derive(Debug, Args)]
pub struct FlareLinkArgs {
    /// Read the organisation's API key from stdin
    #[arg(long)]
    pub api_key_stdin: bool,

    /// API base URL [default: providers.flare.api_url]
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,

    /// Link even if the Flare account is already linked to another organisation
    #[arg(long)]
    pub allow_shared_account: bool,
}

#[derive(Debug, Args)]
pub struct IntegrationLinkArgs {
    #[command(subcommand)]
    pub provider: LinkProvider,
}

#[derive(Debug, Args)]
pub struct IntegrationRelinkArgs {
    #[command(subcommand)]
    pub provider: LinkProvider,

    /// Accept a consent from a different JobAdder account or Salesforce org than the current link's
    #[arg(long, global = true)]
    pub allow_account_change: bool,
}

#[derive(Debug, Args)]
pub struct IntegrationUnlinkArgs {
    /// The provider to unlink
    #[arg(value_enum)]
    pub provider: Provider,
}

#[derive(Debug, Args)]
pub struct IntegrationButtonArgs {
    /// Re-register the button at the current name and URL (serve's launch route when [serve] public_url is set), without a relink
    #[arg(long)]
    pub update: bool,
}

#[derive(Debug, Args)]
pub struct IntegrationListArgs {
    #[command(flatten)]
    pub format: FormatArgs,
}
