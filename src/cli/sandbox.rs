use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::providers::Provider;

#[derive(Debug, Args)]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: SandboxCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxCommand {
    /// Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…
    Serve(SandboxServeArgs),
    /// Reseed the sandbox world: users, records, apps, tokens, clock, faults
    Reset,
    /// Show or move the sandbox world's clock
    Clock(SandboxClockArgs),
    /// List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users
    User(SandboxUserArgs),
    /// Inject failures (status, latency, dropped connection) on matching requests
    Fault(SandboxFaultArgs),
    /// Refresh grants spent per token family (one family per link), by id
    Grants,
    /// JobAdder partner actions (Actions-menu buttons) registered in each account
    PartnerActions,
    /// Sandbox app registrations and policies
    App(SandboxAppArgs),
    /// Requests per minute per account before the sandbox answers 429 (0: unlimited)
    Rate(SandboxRateArgs),
    /// A scripted browser: sign in and answer the consent page of a sandbox authorize URL
    Browse(SandboxBrowseArgs),
    /// Write the sandbox connected app's private key (for the Salesforce JWT bearer flow)
    JwtKey(SandboxJwtKeyArgs),
    /// Click a provider's button as its user would: opens the signed launch URL and prints the outcome
    Click(SandboxClickArgs),
    /// Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)
    Generate(SandboxGenerateArgs),
    /// The Flare account's set-up: pay groups, location membership, brands, defaults
    Flare(SandboxFlareArgs),
    /// Change JobAdder partner actions (Actions-menu buttons): add other partners', restrict, rename, delete
    Action(SandboxActionArgs),
    /// Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks
    Place(SandboxPlaceArgs),
    /// Change a JobAdder webhook on JobAdder's side: suspend, fail, disable or re-enable it, or remove it
    Webhook(SandboxWebhookArgs),
    /// Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)
    Account(SandboxAccountArgs),
    /// The Salesforce org on Salesforce's side: move it to another instance, as an org migration does
    Salesforce(SandboxSalesforceArgs),
}

#[derive(Debug, Args)]
pub struct SandboxAccountArgs {
    #[command(subcommand)]
    pub command: SandboxAccountCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxAccountCommand {
    /// Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)
    Add(SandboxAccountAddArgs),
}

#[derive(Debug, Args)]
pub struct SandboxAccountAddArgs {
    /// JobAdder accounts or Salesforce orgs
    #[arg(value_enum)]
    pub provider: SandboxUserProvider,

    /// How many
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub count: u32,

    /// The administrators' password on the sandbox login page
    #[arg(long, default_value = "sandbox-admin", value_name = "PW")]
    pub password: String,
}

#[derive(Debug, Args)]
pub struct SandboxSalesforceArgs {
    #[command(subcommand)]
    pub command: SandboxSalesforceCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxSalesforceCommand {
    /// Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work
    MoveInstance(SandboxSalesforceMoveArgs),
}

#[derive(Debug, Args)]
pub struct SandboxSalesforceMoveArgs {
    /// The new instance's name (lower-case letters, digits, dashes), e.g. na2
    pub name: String,

    /// The org's id (default: the sandbox's first org)
    #[arg(long, value_name = "ID")]
    pub org_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct SandboxWebhookArgs {
    #[command(subcommand)]
    pub command: SandboxWebhookCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxWebhookCommand {
    /// Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)
    Set(SandboxWebhookSetArgs),
    /// Remove a webhook from JobAdder, with its queued deliveries
    Delete(SandboxWebhookIdArgs),
}

#[derive(Debug, Args)]
pub struct SandboxWebhookSetArgs {
    /// The webhook's id (`flare auto status` shows it)
    pub id: String,

    /// Its new status
    #[arg(long, value_parser = ["Enabled", "Disabled", "Suspended", "Failed"])]
    pub status: String,
}

#[derive(Debug, Args)]
pub struct SandboxWebhookIdArgs {
    /// The webhook's id (`flare auto status` shows it)
    pub id: String,
}

#[derive(Debug, Args)]
pub struct SandboxPlaceArgs {
    /// The JobAdder candidate id
    #[arg(long, value_name = "ID")]
    pub candidate: u64,
}

#[derive(Debug, Args)]
pub struct SandboxGenerateArgs {
    /// How many placements (each with its own candidate)
    #[arg(value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub count: u32,

    /// Leave out the "Flare – Cost Centre" custom field, as recruiters who skip it do
    #[arg(long)]
    pub without_cost_centre: bool,
}

#[derive(Debug, Args)]
pub struct SandboxServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub port: u16,
}

#[derive(Debug, Args)]
pub struct SandboxClockArgs {
    #[command(subcommand)]
    pub command: SandboxClockCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxClockCommand {
    /// Show the world's time and its offset from the system clock
    Show,
    /// Move the world's clock forward, e.g. 15d (tokens expire by it)
    Advance(SandboxClockAdvanceArgs),
}

#[derive(Debug, Args)]
pub struct SandboxClockAdvanceArgs {
    /// How far: 90s, 5m, 12h, 7d, 2w
    #[arg(value_parser = crate::clock::parse_duration, value_name = "DURATION")]
    pub by: time::Duration,
}

#[derive(Debug, Args)]
pub struct SandboxUserArgs {
    #[command(subcommand)]
    pub command: SandboxUserCommand,
}

/// Providers that have sandbox users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SandboxUserProvider {
    Jobadder,
    Salesforce,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxUserCommand {
    /// List sandbox users and their state
    List(SandboxUserListArgs),
    /// Add users (one or many) to the sandbox's JobAdder account or Salesforce org
    Add(SandboxUserAddArgs),
    /// Deactivate a user: their refresh tokens stop working (invalid_grant)
    Deactivate(SandboxUserDeactivateArgs),
    /// Delete a user: JobAdder refreshes fail with invalid_request
    Delete(SandboxUserEmailArgs),
    /// Reactivate a deactivated or deleted user
    Reactivate(SandboxUserEmailArgs),
    /// Change a JobAdder user's administrator flag or "Grant API access to Integration partners" right
    Set(SandboxUserSetArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["admin", "api_access"])))]
pub struct SandboxUserSetArgs {
    /// The JobAdder user's email
    pub email: String,

    /// Administrator in JobAdder
    #[arg(long, value_enum)]
    pub admin: Option<OnOff>,

    /// The "Grant API access to Integration partners" right
    #[arg(long, value_enum)]
    pub api_access: Option<OnOff>,
}

#[derive(Debug, Args)]
pub struct SandboxUserAddArgs {
    /// Their emails (JobAdder) or usernames (Salesforce); all are added or none
    #[arg(required = true, value_name = "EMAIL")]
    pub emails: Vec<String>,

    /// Which provider's users
    #[arg(long, value_enum, default_value_t = SandboxUserProvider::Jobadder)]
    pub provider: SandboxUserProvider,

    /// Make them administrators (JobAdder only)
    #[arg(long)]
    pub admin: bool,

    /// Their password on the sandbox login page
    #[arg(long, default_value = "sandbox-user", value_name = "PW")]
    pub password: String,
}

#[derive(Debug, Args)]
pub struct SandboxClickArgs {
    #[command(subcommand)]
    pub command: SandboxClickCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxClickCommand {
    /// Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h
    Jobadder(SandboxClickJobadderArgs),
    /// Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url
    Salesforce(SandboxClickSalesforceArgs),
}

#[derive(Debug, Args)]
pub struct SandboxClickSalesforceArgs {
    /// The Salesforce user opening the tab (username or user id)
    #[arg(long, value_name = "USER")]
    pub user: String,

    /// The contact id the tab is opened on
    #[arg(long, value_name = "ID")]
    pub contact: String,
}

#[derive(Debug, Args)]
pub struct SandboxClickJobadderArgs {
    /// The clicking JobAdder user (email or user id)
    #[arg(long, value_name = "USER")]
    pub user: String,

    /// The candidate id the button is clicked on
    #[arg(long, value_name = "ID")]
    pub candidate: String,

    /// Print the signed URL without opening it
    #[arg(long)]
    pub print_url: bool,

    /// Press the organisation's "Send to Flare" button instead (`flare auto on --trigger candidate`): JobAdder raises candidate_partner_action to the subscribed webhooks
    #[arg(long, conflicts_with = "print_url")]
    pub send_to_flare: bool,
}

#[derive(Debug, Args)]
pub struct SandboxUserListArgs {
    /// Only this provider's users
    #[arg(long, value_enum)]
    pub provider: Option<SandboxUserProvider>,
}

#[derive(Debug, Args)]
pub struct SandboxUserDeactivateArgs {
    /// The user's email (JobAdder) or username (Salesforce)
    pub email: String,

    /// JobAdder keeps accepting their refresh tokens (it documents the refusal only for deleted users)
    #[arg(long)]
    pub refresh_still_works: bool,
}

#[derive(Debug, Args)]
pub struct SandboxUserEmailArgs {
    /// The user's email (JobAdder) or username (Salesforce)
    pub email: String,
}

#[derive(Debug, Args)]
pub struct SandboxFaultArgs {
    #[command(subcommand)]
    pub command: SandboxFaultCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxFaultCommand {
    /// Add a fault for the next N requests whose path starts with PATH_PREFIX
    Add(SandboxFaultAddArgs),
    /// List the pending faults
    List,
    /// Remove every pending fault
    Clear,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("fault").required(true).args(["status", "latency", "drop", "next_link"])))]
pub struct SandboxFaultAddArgs {
    /// Path prefix under the sandbox origin, e.g. /jobadder/id/connect/token
    #[arg(value_name = "PATH_PREFIX")]
    pub prefix: String,

    /// Answer with this HTTP status instead
    #[arg(long, value_name = "CODE")]
    pub status: Option<u16>,

    /// Delay the answer by this long (e.g. 5s)
    #[arg(long, value_parser = crate::clock::parse_duration, value_name = "DURATION")]
    pub latency: Option<time::Duration>,

    /// Close the connection without answering
    #[arg(long)]
    pub drop: bool,

    /// Answer as usual but with this `links.next` in paged answers (`{self}` is the request's own URL)
    #[arg(long, value_name = "URL")]
    pub next_link: Option<String>,

    /// How many matching requests it applies to
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub count: u32,
}

#[derive(Debug, Args)]
pub struct SandboxAppArgs {
    #[command(subcommand)]
    pub command: SandboxAppCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxAppCommand {
    /// Show the sandbox app registrations, policies and rates
    Show,
    /// Register one more exact redirect URI with a provider's sandbox app
    RegisterRedirect(SandboxAppRedirectArgs),
    /// Set the Salesforce connected app's refresh-token policy
    Salesforce(SandboxAppSalesforceArgs),
}

#[derive(Debug, Args)]
pub struct SandboxAppRedirectArgs {
    /// jobadder or salesforce
    #[arg(value_enum)]
    pub provider: SandboxUserProvider,
    /// The redirect URI, matched exactly
    pub uri: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("policy").required(true).multiple(true).args(["rotation", "idle_limit", "no_idle_limit"])))]
pub struct SandboxAppSalesforceArgs {
    /// Refresh token rotation: with it on, reusing an old refresh token revokes the whole family
    #[arg(long, value_enum)]
    pub rotation: Option<OnOff>,

    /// Expire a refresh token unused for this long (e.g. 30d)
    #[arg(long, value_parser = crate::clock::parse_duration, value_name = "DURATION")]
    pub idle_limit: Option<time::Duration>,

    /// Refresh tokens are valid until revoked
    #[arg(long, conflicts_with = "idle_limit")]
    pub no_idle_limit: bool,
}

#[derive(Debug, Args)]
pub struct SandboxRateArgs {
    /// jobadder or flare (Salesforce's limits are daily and not emulated)
    #[arg(value_enum)]
    pub provider: Provider,
    /// Requests per minute per account; 0 removes the limit
    #[arg(value_name = "N")]
    pub per_minute: u32,
}

#[derive(Debug, Args)]
pub struct SandboxBrowseArgs {
    /// The authorize or device verification URL to open
    pub url: String,

    /// Sign in as this user (email or username)
    #[arg(long, value_name = "EMAIL")]
    pub user: String,

    /// The user's password
    #[arg(long, value_name = "PW")]
    pub password: String,

    /// Press Deny on the consent page instead of Allow
    #[arg(long)]
    pub deny: bool,

    /// Stop at the redirect back to the application and print that address (to paste into `integration link --no-browser`)
    #[arg(long)]
    pub no_follow: bool,
}

#[derive(Debug, Args)]
pub struct SandboxJwtKeyArgs {
    /// Where to write the PEM private key (mode 0600)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct SandboxFlareArgs {
    #[command(subcommand)]
    pub command: SandboxFlareCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxFlareCommand {
    /// Show the Flare account's set-up: defaults, locations, legal entities, brands, pay groups
    Show,
    /// Add a legal entity to a pay group (created if missing) or remove it
    PayGroup(SandboxFlareMemberArgs),
    /// Add a legal entity to a location or remove it
    Location(SandboxFlareMemberArgs),
    /// Set or remove a legal entity's brand (Enterprise > Entities)
    Entity(SandboxFlareEntityArgs),
    /// Set the account's default location or legal entity (any id, even one that does not exist)
    Defaults(SandboxFlareDefaultsArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("membership").required(true).args(["add", "remove"])))]
pub struct SandboxFlareMemberArgs {
    /// The pay group's name, or the location's id
    pub target: String,

    /// Add this legal entity (id)
    #[arg(long, value_name = "ENTITY")]
    pub add: Option<String>,

    /// Remove this legal entity (id)
    #[arg(long, value_name = "ENTITY")]
    pub remove: Option<String>,
}

#[derive(Debug, Args)]
pub struct SandboxFlareEntityArgs {
    /// The legal entity's id, e.g. le-harbour
    pub entity: String,

    /// The brand's id, or `none` to remove the entity's brand
    #[arg(long, value_name = "BRAND")]
    pub brand: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("default").required(true).multiple(true).args(["location", "legal_entity"])))]
pub struct SandboxFlareDefaultsArgs {
    /// The default location's id
    #[arg(long, value_name = "ID")]
    pub location: Option<String>,

    /// The default legal entity's id
    #[arg(long, value_name = "ID")]
    pub legal_entity: Option<String>,
}

#[derive(Debug, Args)]
pub struct SandboxActionArgs {
    #[command(subcommand)]
    pub command: SandboxActionCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SandboxActionCommand {
    /// Add other partners' candidate buttons to a JobAdder account
    Add(SandboxActionAddArgs),
    /// Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere
    Set(SandboxActionSetArgs),
    /// Delete a partner action (as a JobAdder admin removing the button would)
    Delete(SandboxActionIdArgs),
}

#[derive(Debug, Args)]
pub struct SandboxActionAddArgs {
    /// The button's name (numbered when --count > 1)
    #[arg(long, default_value = "Other Partner")]
    pub name: String,

    /// How many buttons
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub count: u32,

    /// The JobAdder account number [default: the first account]
    #[arg(long, value_name = "N")]
    pub account: Option<u64>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["admin_only", "active_only", "statuses", "name", "url"])))]
pub struct SandboxActionSetArgs {
    /// The action's id
    pub id: String,

    /// Show the button to administrators only
    #[arg(long, value_enum)]
    pub admin_only: Option<OnOff>,

    /// Show the button on active candidates only
    #[arg(long, value_enum)]
    pub active_only: Option<OnOff>,

    /// Show the button only on candidates in these status ids (comma-separated), or `none`
    #[arg(long, value_name = "IDS|none", value_parser = status_ids)]
    pub statuses: Option<StatusIds>,

    /// Rename the button
    #[arg(long)]
    pub name: Option<String>,

    /// Point the button at another URL
    #[arg(long)]
    pub url: Option<String>,
}

#[derive(Debug, Args)]
pub struct SandboxActionIdArgs {
    /// The action's id
    pub id: String,
}

/// Candidate status ids for a partner action's status filter (empty: none).
#[derive(Debug, Clone)]
pub struct StatusIds(pub Vec<i64>);

/// A `--statuses` entry that is not a number.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a status id (numbers, comma-separated, or `none`)")]
pub struct NotAStatusId(String);

fn status_ids(s: &str) -> std::result::Result<StatusIds, NotAStatusId> {
    if s == "none" {
        return Ok(StatusIds(Vec::new()));
    }
    s.split(',')
        .map(|id| {
            id.trim()
                .parse::<i64>()
                .map_err(|_| NotAStatusId(id.to_string()))
        })
        .collect::<std::result::Result<Vec<_>, _>>()
        .map(StatusIds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_ids_take_numbers_or_none_and_name_the_bad_entry() {
        assert_eq!(status_ids(" 3,7").unwrap().0, vec![3, 7]);
        assert!(status_ids("none").unwrap().0.is_empty());
        let e = status_ids("3,x").unwrap_err();
        assert_eq!(e, NotAStatusId("x".into()));
        assert_eq!(
            e.to_string(),
            "`x` is not a status id (numbers, comma-separated, or `none`)"
        );
    }
}
