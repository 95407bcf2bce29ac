//! The command-line grammar: clap types only. Doc comments are the help
//! text (and, through `assets`, the man pages and completions).

mod audit;
pub mod compat;
mod flare;
mod integration;
mod licence;
mod org;
mod provider;
mod sandbox;
mod secrets;
mod serve;
mod state;
mod token;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use audit::AuditArgs;
pub use flare::{
    FlareArgs, FlareAutoArgs, FlareAutoCommand, FlareAutoOnArgs, FlareAutoStatusArgs, FlareCommand,
    FlareDiagnoseArgs, FlareMappingArgs, FlarePushArgs,
};
pub use integration::{
    ConsentArgs, FlareLinkArgs, IntegrationArgs, IntegrationButtonArgs, IntegrationCommand,
    IntegrationLinkArgs, IntegrationListArgs, IntegrationRelinkArgs, IntegrationUnlinkArgs,
    JobAdderLinkArgs, LinkProvider, SalesforceLinkArgs,
};
pub use licence::{
    BulkArgs, LicenceArgs, LicenceAssignArgs, LicenceChangeArgs, LicenceClaimArgs, LicenceCommand,
    LicenceListArgs, LicenceReassignArgs, LicenceSeatsArgs,
};
pub use org::{CheckGroup, OrgCheckArgs};
pub use org::{OrgArgs, OrgCommand, OrgCreateArgs, OrgDeleteArgs, OrgListArgs, OrgShowArgs};
pub use provider::{ProviderArgs, ProviderCommand, ProviderSetArgs, ProviderShowArgs};
pub use secrets::{SecretsArgs, SecretsCommand, SecretsRekeyArgs};
pub use serve::ServeArgs;
pub use state::{StateArgs, StateCommand, StateMigrateArgs};
pub use token::{TokenArgs, TokenCommand, TokenRefreshArgs, TokenStatusArgs};

pub use sandbox::{
    OnOff, SandboxAppArgs, SandboxAppCommand, SandboxAppRedirectArgs, SandboxAppSalesforceArgs,
    SandboxArgs, SandboxBrowseArgs, SandboxClickArgs, SandboxClickCommand,
    SandboxClickJobadderArgs, SandboxClickSalesforceArgs, SandboxClockAdvanceArgs,
    SandboxClockArgs, SandboxClockCommand, SandboxCommand, SandboxFaultAddArgs, SandboxFaultArgs,
    SandboxFaultCommand, SandboxGenerateArgs, SandboxJwtKeyArgs, SandboxRateArgs, SandboxServeArgs,
    SandboxUserAddArgs, SandboxUserArgs, SandboxUserCommand, SandboxUserDeactivateArgs,
    SandboxUserEmailArgs, SandboxUserListArgs, SandboxUserProvider,
};

pub use sandbox::{
    SandboxAccountAddArgs, SandboxAccountArgs, SandboxAccountCommand, SandboxActionAddArgs,
    SandboxActionArgs, SandboxActionCommand, SandboxActionIdArgs, SandboxActionSetArgs,
    SandboxFlareArgs, SandboxFlareCommand, SandboxFlareDefaultsArgs, SandboxFlareEntityArgs,
    SandboxFlareMemberArgs, SandboxPlaceArgs, SandboxSalesforceArgs, SandboxSalesforceCommand,
    SandboxSalesforceMoveArgs, SandboxUserSetArgs, SandboxWebhookArgs, SandboxWebhookCommand,
    SandboxWebhookIdArgs, SandboxWebhookSetArgs,
};

use crate::output::{ColorChoice, Format};

// Every subcommand enum carries `#[command(defer = true)]`: clap then
// builds a subcommand's options only when the command line reaches it, so
// `atslink org list` builds `org` and `list`, not the whole tree (about 90
// commands; building, propagating and freeing it was 0.75M instructions and
// 60 page faults of `org list --json`'s 11M and 470). Two consequences are
// handled where the whole tree is wanted (`crate::assets`): a command's
// inherited global options now come before its own in completion scripts,
// and `help`'s subcommand tree is filled in after `build`. And a doc comment
// on an argument struct or subcommand enum becomes the `about` of every
// command that takes it (as its arguments, flattened, or nested), and the
// deferred part now runs after the variant's own doc comment, so it would
// win: those types carry plain comments, and the variants say what each
// command does.
/// Run a CV-reformatting platform's ATS integrations: organisations, licence
/// seats, and links to JobAdder, Salesforce and Flare.
#[derive(Debug, Parser)]
#[command(
    name = "atslink",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = "Exit codes: 0 ok, 1 failure, 2 usage, 3 auth broken, 4 not found, 5 conflict, \
                  6 no licence, 7 provider unavailable, 8 partial success.\n\
                  Docs: `man atslink`, and `atslink <command> --help`."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

// Options every command takes.
// (A plain comment, not `///`: see the note above `Cli`.)
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// The organisation to act on (its slug)
    #[arg(long, global = true, env = "ATSLINK_ORG", value_name = "SLUG")]
    pub org: Option<String>,

    /// Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}
    #[arg(long, global = true)]
    pub json: bool,

    /// Print only data and errors: no status lines or progress
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Explain what is happening on stderr (repeat for more: -vv)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Confirm destructive actions without asking
    #[arg(long, global = true)]
    pub yes: bool,

    /// Never prompt; fail with a hint where a prompt would be needed
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]
    #[arg(long, global = true, env = "ATSLINK_HOME", value_name = "DIR")]
    pub home: Option<PathBuf>,

    /// Work in the sandbox: a separate home (<home>/sandbox) and emulated providers
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// When to use colour on stderr (NO_COLOR is honoured with auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create, list, show and delete customer organisations
    Org(OrgArgs),
    /// Platform-wide provider app settings (client ids, endpoints, secrets)
    Provider(ProviderArgs),
    /// Link organisations to JobAdder, Salesforce and Flare; unlink, relink, list
    Integration(IntegrationArgs),
    /// Push JobAdder candidates and placements into Flare; mapping; diagnose
    Flare(FlareArgs),
    /// Licence seats: list, assign, disable, enable, reassign, claim, pool size
    Licence(LicenceArgs),
    /// Token health and refresh: status, refresh
    Token(TokenArgs),
    /// Show the audit log of changes
    Audit(AuditArgs),
    /// Run the service: JobAdder button and Salesforce tab launches, JobAdder webhooks to Flare, daily token keep-alive and alerts, health and metrics (HTTP behind a TLS proxy)
    Serve(ServeArgs),
    /// The database credential store's master key: rekey
    Secrets(SecretsArgs),
    /// The state store: where it lives (SQLite or a team's PostgreSQL), and moving a home onto PostgreSQL
    State(StateArgs),
    /// The provider sandbox: an emulator of JobAdder, Salesforce and Flare, and its controls
    Sandbox(SandboxArgs),
    /// A guided tour in a temporary home: real commands, shown as they run
    Demo,
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

// Output format of list commands.
// (A plain comment, not `///`: see the note above `Cli`.)
#[derive(Debug, Clone, Args)]
pub struct FormatArgs {
    /// Output format (json is the same as --json)
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to generate for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
