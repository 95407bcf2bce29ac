use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

#[derive(Debug, Args)]
pub struct FlareArgs {
    #[command(subcommand)]
    pub command: FlareCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum FlareCommand {
    /// Push JobAdder candidates or placements into Flare (once only, as Candidates)
    Push(FlarePushArgs),
    /// Check which JobAdder workplaces and companies match Flare locations and legal entities
    Mapping(FlareMappingArgs),
    /// Find out why a candidate did not reach Flare, and gather what a support ticket needs
    Diagnose(FlareDiagnoseArgs),
    /// Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`
    Auto(FlareAutoArgs),
}

#[derive(Debug, Args)]
pub struct FlareAutoArgs {
    #[command(subcommand)]
    pub command: FlareAutoCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum FlareAutoCommand {
    /// Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)
    On(FlareAutoOnArgs),
    /// Delete the JobAdder webhook, then forget its authorization value
    Off,
    /// Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events
    Status(FlareAutoStatusArgs),
}

#[derive(Debug, Args)]
pub struct FlareAutoStatusArgs {
    /// First wait (up to this long, e.g. 30s) until serve has handled every stored event and its watchdog has re-enabled every suspended webhook; exit 7 if not
    #[arg(long, value_name = "DURATION", value_parser = crate::clock::parse_duration)]
    pub wait: Option<time::Duration>,
}

#[derive(Debug, Args)]
pub struct FlareAutoOnArgs {
    /// The public URL `atslink serve` is reached at [default: serve.public_url]
    #[arg(long, value_name = "URL", value_parser = super::serve::public_url)]
    pub public_url: Option<String>,

    /// What exports: `placement` (placement_approved) and/or `candidate` (a "Send to Flare" button on candidates); repeatable
    #[arg(long, value_name = "TRIGGER", default_value = "placement", value_parser = ["placement", "candidate"])]
    pub trigger: Vec<String>,
}

// The one JobAdder record `flare push` and `flare diagnose` are about:
// the same four ways to name it, checked by each command's group.
// (A plain comment, not `///`: see the note above `Cli`.)
#[derive(Debug, Args)]
#[group(skip)]
pub struct SubjectArgs {
    /// A JobAdder candidate id (with their latest placement selected for onboarding export)
    #[arg(long, value_name = "ID")]
    pub candidate: Option<i64>,

    /// A JobAdder placement id
    #[arg(long, value_name = "ID")]
    pub placement: Option<i64>,

    /// The JobAdder candidate with this email (as on a support ticket)
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    /// The JobAdder candidate with this name, when only one has it
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

impl SubjectArgs {
    /// The record these name; `command` is for the hints.
    pub fn subject(&self, command: &'static str) -> crate::flare::target::Subject {
        crate::flare::target::Subject {
            command,
            candidate: self.candidate,
            placement: self.placement,
            email: self.email.clone(),
            name: self.name.clone(),
        }
    }
}

fn diagnose_email(a: clap::Arg) -> clap::Arg {
    if a.get_id() != "email" {
        return a;
    }
    a.help("The candidate's email (as on a support ticket); also looked up in Flare and the ledger when JobAdder cannot be asked")
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["candidate", "placement", "email", "name", "since"])))]
pub struct FlarePushArgs {
    #[command(flatten)]
    pub subject: SubjectArgs,

    /// Every placement created or approved since then that is selected for onboarding export: a date, a duration before now (7d), or `last` (where the previous successful batch started)
    #[arg(long, value_name = "DATE|DURATION|last", value_parser = crate::clock::parse_batch_since)]
    pub since: Option<crate::clock::Since>,

    /// Refuse to push a record whose location or legal entity would fall back to the Flare account's default
    #[arg(long)]
    pub require_match: bool,

    /// Show what would be sent and every mapping warning; change nothing anywhere
    #[arg(long)]
    pub dry_run: bool,

    /// In a batch, also retry records whose last push failed for a reason of their own (transient failures are always retried)
    #[arg(long, requires = "since")]
    pub retry_failed: bool,

    /// How many records a batch reads ahead at once (creating people stays one at a time)
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u8).range(1..=32))]
    pub concurrency: u8,

    /// JobAdder placements per page when listing (1-1000)
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub page_size: u16,
}

#[derive(Debug, Args)]
pub struct FlareMappingArgs {
    /// Placements created since this date [default: 90 days ago]
    #[arg(long, value_name = "DATE", value_parser = crate::clock::parse_since)]
    pub since: Option<time::OffsetDateTime>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("subject").required(true).args(["candidate", "placement", "email", "name"])))]
// diagnose also looks the email up where push cannot: say so in its help.
// (mut_args, not mut_arg: it keeps the options' order in the completions.)
#[command(mut_args(diagnose_email))]
pub struct FlareDiagnoseArgs {
    #[command(flatten)]
    pub subject: SubjectArgs,

    /// Also write everything as JSON to this file (no token or key in it)
    #[arg(long, value_name = "FILE")]
    pub bundle: Option<PathBuf>,
}
