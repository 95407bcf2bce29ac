use clap::{Args, Subcommand};

use crate::providers::Provider;

#[derive(Debug, Args)]
pub struct ProviderArgs {
    #[command(subcommand)]
    pub command: ProviderCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ProviderCommand {
    /// Set a provider's app registration and endpoints (secrets go to the credential store)
    Set(ProviderSetArgs),
    /// Show provider settings and whether a secret is stored (never its value)
    Show(ProviderShowArgs),
}

#[derive(Debug, Args)]
pub struct ProviderSetArgs {
    /// The provider to configure
    #[arg(value_enum)]
    pub provider: Provider,

    /// OAuth client id of the platform's app (JobAdder, Salesforce)
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,

    /// Read the OAuth client secret from stdin (JobAdder, Salesforce)
    #[arg(long)]
    pub client_secret_stdin: bool,

    /// OAuth authorize endpoint (JobAdder)
    #[arg(long, value_name = "URL")]
    pub authorize_url: Option<String>,

    /// OAuth token endpoint (JobAdder)
    #[arg(long, value_name = "URL")]
    pub token_url: Option<String>,

    /// API base used when the token response names none (JobAdder, Flare)
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,

    /// Login host: https://login.salesforce.com, https://test.salesforce.com or a My Domain (Salesforce)
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,

    /// Loopback redirect URI registered with the app; repeat it to list several, tried in order until a port is free (JobAdder, Salesforce)
    #[arg(long, value_name = "URI")]
    pub redirect_uri: Vec<String>,

    /// URL template of the Actions-menu button on candidates: https, with {candidateId} and {userId}, at most 500 characters (JobAdder)
    #[arg(long, value_name = "URL")]
    pub partner_action_url: Option<String>,

    /// Name of the Actions-menu button, at most 100 characters [default: Allsorter] (JobAdder)
    #[arg(long, value_name = "NAME")]
    pub partner_action_name: Option<String>,
}

#[derive(Debug, Args)]
pub struct ProviderShowArgs {
    /// One provider [default: all]
    #[arg(value_enum)]
    pub provider: Option<Provider>,
}
