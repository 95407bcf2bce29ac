//! Running the checks of one or many organisations. What needs the state
//! store or the locked refresh path is gathered first, up to `concurrency`
//! organisations at once (no network unless a token must be refreshed);
//! then every provider group of every organisation runs as its own task,
//! at most `concurrency` at once.

use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;

use super::{CATALOGUE, Check, Counts, Group, canvas, flare, jobadder, licences, salesforce};
use crate::auth::refresh::{self, Mode};
use crate::clock;
use crate::endpoints;
use crate::error::{Error, Result, link_command, not_linked_message};
use crate::health::DEFAULT_WARN_WITHIN;
use crate::output::{Printer, Progress};
use crate::providers::Provider;
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::{IntegrationRow, Org};

/// The checks of one organisation.
#[derive(Debug, Serialize)]
pub struct OrgReport {
    pub organisation: String,
    pub name: String,
    #[serde(flatten)]
    pub counts: Counts,
    /// Providers the organisation has no link to (their groups are not run).
    pub not_linked: Vec<Provider>,
    pub checks: Vec<Check>,
}

enum Task {
    Jobadder(jobadder::Probe),
    Salesforce(salesforce::Probe),
    Flare(flare::Probe),
}

impl Task {
    async fn run(self) -> Vec<Check> {
        match self {
            Task::Jobadder(p) => jobadder::check(p).await,
            Task::Salesforce(p) => salesforce::check(p).await,
            Task::Flare(p) => flare::check(p).await,
        }
    }
}

/// What one organisation's run starts from.
struct Plan {
    report: OrgReport,
    tasks: Vec<Task>,
}

/// Runs the checks (all groups, or `only`) of every organisation given.
///
/// With `only` naming a provider group, an organisation without that link
/// gets a failing `<provider>.link` check when it was asked for by name
/// (`by_name`); across all organisations it is simply skipped.
pub fn check_orgs(
    ctx: &mut Services,
    printer: &Printer,
    orgs: Vec<Org>,
    only: Option<Group>,
    by_name: bool,
    concurrency: usize,
) -> Result<Vec<OrgReport>> {
    let plans = plan_all(ctx, &orgs, only, by_name, concurrency)?;
    let total: usize = plans.iter().map(|p| p.tasks.len()).sum();
    let progress = Progress::new(printer, total as u64, "checking");
    let mut reports = Vec::with_capacity(plans.len());
    let mut tasks = Vec::new();
    for (i, p) in plans.into_iter().enumerate() {
        tasks.extend(p.tasks.into_iter().map(|t| (i, t)));
        reports.push(p.report);
    }
    let rt = crate::providers::runtime()?;
    let results = rt.block_on(run_tasks(tasks, concurrency, &progress));
    let results = recheck_refused(ctx, &orgs, results, concurrency, &progress)?;
    progress.finish();
    for (i, checks) in results {
        reports[i].checks.extend(checks);
    }
    for r in &mut reports {
        let order = |c: &Check| CATALOGUE.iter().position(|s| s.id == c.id);
        r.checks.sort_by_key(order);
        r.counts = Counts::of(&r.checks);
    }
    Ok(reports)
}

/// The tasks, up to `concurrency` at once, each result with its
/// organisation's index.
async fn run_tasks(
    tasks: Vec<(usize, Task)>,
    concurrency: usize,
    progress: &Progress,
) -> Vec<(usize, Vec<Check>)> {
    let running = tasks
        .into_iter()
        .map(|(i, task)| async move { (i, task.run().await) });
    crate::bounded::run(running, concurrency, || progress.inc(1)).await
}

/// Plans every organisation, up to `concurrency` at once, each worker
/// with services of its own (its own state connection and credential
/// store, as `serve`'s requests have). Planning is mostly local, but it
/// fetches each link's access token through the locked refresh path, and
/// an expired one costs a round trip to the provider: one organisation
/// after another, a morning run over 200 organisations waited out 240
/// refreshes end to end before the first check started. The locks are
/// per link, so the workers never wait on each other. The plans come back
/// in the organisations' order, and so does the first error.
fn plan_all(
    ctx: &mut Services,
    orgs: &[Org],
    only: Option<Group>,
    by_name: bool,
    concurrency: usize,
) -> Result<Vec<Plan>> {
    let workers = concurrency.clamp(1, orgs.len().max(1));
    if workers == 1 {
        return orgs
            .iter()
            .map(|org| plan(ctx, org.clone(), only, by_name))
            .collect();
    }
    let mut services = (0..workers)
        .map(|_| ctx.worker())
        .collect::<Result<Vec<_>>>()?;
    let next = AtomicUsize::new(0);
    let next = &next;
    let mut done: Vec<(usize, Result<Plan>)> = std::thread::scope(|scope| {
        let running: Vec<_> = services
            .iter_mut()
            .map(|svc| {
                scope.spawn(move || {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(org) = orgs.get(i) else { return out };
                        out.push((i, plan(svc, org.clone(), only, by_name)));
                    }
                })
            })
            .collect();
        running
            .into_iter()
            .flat_map(|r| r.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    let plans = done
        .into_iter()
        .map(|(_, plan)| plan)
        .collect::<Result<Vec<_>>>()?;
    if plans.iter().any(|p| !p.tasks.is_empty()) {
        // The workers leave the credential store's notice (a plaintext
        // file, a short-lived keyring) to these services: said once.
        ctx.creds()?;
    }
    Ok(plans)
}

/// A link whose access token the provider refused (401) although atslink
/// held it for live: the provider ended the session early (Salesforce by
/// the org's session timeout, which atslink cannot see). As every other
/// caller does after a 401, refresh it (`Mode::Expired`) and check that
/// group again, once: a link that works is not reported broken with
/// "relink" as its fix, and one whose refresh is refused is reported as
/// that.
fn recheck_refused(
    ctx: &mut Services,
    orgs: &[Org],
    results: Vec<(usize, Vec<Check>)>,
    concurrency: usize,
    progress: &Progress,
) -> Result<Vec<(usize, Vec<Check>)>> {
    let refused = |checks: &[Check], id: &str| checks.iter().any(|c| c.id == id && c.token_refused);
    let (mut out, mut again) = (Vec::with_capacity(results.len()), Vec::new());
    for (i, checks) in results {
        let org = &orgs[i];
        let link = |ctx: &mut Services, p| ctx.state()?.read().integration(org.id, p);
        let task = if refused(&checks, "jobadder.link") {
            link(ctx, Provider::JobAdder)?
                .map(|l| jobadder_task(ctx, org, &l, Mode::Expired).map(|(task, _)| task))
                .transpose()?
        } else if refused(&checks, "salesforce.link") {
            link(ctx, Provider::Salesforce)?
                .map(|l| salesforce_probe(ctx, org, &l, Mode::Expired).map(Task::Salesforce))
                .transpose()?
        } else {
            None
        };
        match task {
            Some(t) => again.push((i, t)),
            None => out.push((i, checks)),
        }
    }
    if !again.is_empty() {
        progress.restart(again.len() as u64, "checking again after a refresh");
        let rt = crate::providers::runtime()?;
        out.extend(rt.block_on(run_tasks(again, concurrency, progress)));
    }
    Ok(out)
}

fn wanted(only: Option<Group>, g: Group) -> bool {
    only.is_none_or(|o| o == g)
}

/// The local checks, and the provider tasks with their tokens.
fn plan(ctx: &mut Services, org: Org, only: Option<Group>, by_name: bool) -> Result<Plan> {
    let now = ctx.clock.now();
    let since = now - time::Duration::days(flare::WINDOW_DAYS);
    let waiting_since = now - time::Duration::days(licences::WAITING_DAYS);
    let (seats, managers, links, ledger, (refused, users)) = {
        let read = ctx.state()?.read();
        (
            read.seat_summary(&org)?,
            read.managers(org.id)?,
            read.integrations(org.id)?,
            read.ledger_summary(org.id, since)?,
            read.waiting_for_seats(org.id, waiting_since)?,
        )
    };
    if !links.is_empty() && only != Some(Group::Licences) {
        // A credential store that cannot be used at all (a missing or wrong
        // master key) is one configuration fault, not a failure of every
        // link: stop with its own error and exit code.
        ctx.creds()?;
    }
    let link = |p: Provider| links.iter().find(|l| l.provider == p).cloned();
    let linked = Linked {
        ja: link(Provider::JobAdder),
        sf: link(Provider::Salesforce),
        fl: link(Provider::Flare),
    };
    let mut report = OrgReport {
        organisation: org.slug.clone(),
        name: org.name.clone(),
        counts: Counts::default(),
        not_linked: Vec::new(),
        checks: Vec::new(),
    };
    if wanted(only, Group::Licences) {
        report.checks.extend(licences::check(
            &org.slug,
            &seats,
            &managers,
            licences::Waiting { refused, users },
        ));
    }
    not_linked(&mut report, &org, &linked, only, by_name);
    let tasks = provider_tasks(ctx, &org, linked, only, clock::format(since), ledger)?;
    Ok(Plan { report, tasks })
}

/// The organisation's links, by provider.
struct Linked {
    ja: Option<IntegrationRow>,
    sf: Option<IntegrationRow>,
    fl: Option<IntegrationRow>,
}

/// Providers in scope that are not linked; a provider asked for by name
/// (`--only flare`) and not linked is itself the finding.
fn not_linked(
    report: &mut OrgReport,
    org: &Org,
    linked: &Linked,
    only: Option<Group>,
    by_name: bool,
) {
    for (p, l) in [
        (Provider::JobAdder, &linked.ja),
        (Provider::Salesforce, &linked.sf),
        (Provider::Flare, &linked.fl),
    ] {
        let provider = p.as_str();
        if l.is_some() || !wanted(only, Group::parse(provider).expect("a group")) {
            continue;
        }
        report.not_linked.push(p);
        if by_name && only.is_some_and(|g| Group::parse(provider) == Some(g)) {
            let id = CATALOGUE
                .iter()
                .find(|s| s.id == format!("{provider}.link"))
                .expect("every provider has a link check")
                .id;
            report.checks.push(Check::fail(
                id,
                not_linked_message(&org.slug, p),
                link_command(p, &org.slug),
            ));
        }
    }
}

/// One probe per linked provider in scope, each with its token fetched
/// here (through the locked refresh path) so the probes run concurrently.
fn provider_tasks(
    ctx: &mut Services,
    org: &Org,
    linked: Linked,
    only: Option<Group>,
    since: String,
    ledger: crate::state::LedgerSummary,
) -> Result<Vec<Task>> {
    let mut tasks = Vec::new();
    let ja_access = match &linked.ja {
        Some(l) if wanted(only, Group::Jobadder) => {
            let (task, access) = jobadder_task(ctx, org, l, Mode::IfNeeded)?;
            tasks.push(task);
            Some(access)
        }
        // JobAdder's token is wanted by the Flare group too (mapping coverage).
        Some(l) if wanted(only, Group::Flare) => Some(access(ctx, org, l, Mode::IfNeeded)),
        _ => None,
    };
    if let (Some(l), true) = (&linked.sf, wanted(only, Group::Salesforce)) {
        tasks.push(Task::Salesforce(salesforce_probe(
            ctx,
            org,
            l,
            Mode::IfNeeded,
        )?));
    }
    if let (Some(l), true) = (&linked.fl, wanted(only, Group::Flare)) {
        let settings = &ctx.config.providers.flare;
        tasks.push(Task::Flare(flare::Probe {
            slug: org.slug.clone(),
            http: ctx.http(),
            pay_group: settings
                .pay_group
                .clone()
                .unwrap_or_else(|| crate::config::defaults::FLARE_PAY_GROUP.into()),
            cost_centre_field: settings
                .cost_centre_field
                .clone()
                .unwrap_or_else(|| crate::config::defaults::FLARE_COST_CENTRE_FIELD.into()),
            jobadder: ja_access.map(|a| {
                a.map_err(|e| Error::new(e.kind, format!("needs JobAdder: {}", e.message)))
            }),
            since,
            ledger,
            access: access(ctx, org, l, Mode::IfNeeded),
        }));
    }
    Ok(tasks)
}

/// An access token and API base, or why there is none.
type Access = std::result::Result<(SecretString, String), Error>;

/// The link's access token and API base through the locked refresh path,
/// or why there is none (a broken link is refused without a network call).
/// `link` is the caller's row of the link, not read again: a refresh that
/// succeeds never changes whether the link is broken (the locked path
/// refuses a broken link in every mode the checks use).
fn access(ctx: &mut Services, org: &Org, link: &IntegrationRow, mode: Mode) -> Access {
    usable(org, link, refresh::access(ctx, org, link.provider, mode)?)
}

/// `got` as the checks use it.
///
/// The refresh path still hands out a fresh access token of a link whose
/// refresh the provider refused (it works until it expires); here that
/// link is broken all the same, as `integration list` says: atslink will
/// not refresh it, so the checks do not pass it on borrowed time.
fn usable(org: &Org, link: &IntegrationRow, got: refresh::Access) -> Access {
    if let Some(reason) = &link.broken_reason {
        return Err(refresh::broken_error(org, link.provider, reason));
    }
    let api = got.api_base.ok_or_else(|| {
        Error::failure(format!(
            "the {} link has no API base",
            link.provider.as_str()
        ))
    })?;
    Ok((got.token, api))
}

/// The JobAdder group's task, and the access token it got (`mode`) for
/// the Flare group's mapping coverage.
fn jobadder_task(
    ctx: &mut Services,
    org: &Org,
    link: &IntegrationRow,
    mode: Mode,
) -> Result<(Task, Access)> {
    let got = refresh::access(ctx, org, Provider::JobAdder, mode);
    // Read again: getting the token may have refreshed it, which moves
    // the idle deadline.
    let link = ctx
        .state()?
        .read()
        .integration(org.id, Provider::JobAdder)?
        .unwrap_or_else(|| link.clone());
    let access = got.and_then(|a| usable(org, &link, a));
    let probe = jobadder_probe(ctx, org, &link, access.clone())?;
    Ok((Task::Jobadder(probe), access))
}

fn jobadder_probe(
    ctx: &mut Services,
    org: &Org,
    link: &IntegrationRow,
    access: Access,
) -> Result<jobadder::Probe> {
    let ep = ctx.endpoints()?.jobadder.clone();
    let shared_with = match &link.account_id {
        Some(account) => {
            ctx.state()?
                .read()
                .orgs_sharing_account(org.id, Provider::JobAdder, account)?
        }
        None => Vec::new(),
    };
    Ok(jobadder::Probe {
        slug: org.slug.clone(),
        http: ctx.http(),
        link: link.clone(),
        access,
        // Where linking points the button: serve's launch route when a
        // public URL is configured, else the configured template.
        action_url: endpoints::partner_action_url(&ctx.config, &ep, &org.slug),
        action_name: ep.partner_action_name,
        shared_with,
        now: ctx.clock.now(),
        warn_within: DEFAULT_WARN_WITHIN,
        webhooks: ctx.state()?.read().webhooks(org.id)?,
        public_url: ctx.config.serve.public_url.clone(),
    })
}

fn salesforce_probe(
    ctx: &mut Services,
    org: &Org,
    link: &IntegrationRow,
    mode: Mode,
) -> Result<salesforce::Probe> {
    let (login_url, client_id) = endpoints::salesforce_link(ctx, link)?;
    let client_secret = endpoints::salesforce_secret(ctx, &org.slug, &client_id)?;
    let canvas = canvas::Canvas {
        public_url: ctx.config.serve.public_url.clone(),
        config_path: ctx.config_path.display().to_string(),
        has_secret: client_secret.is_some(),
    };
    Ok(salesforce::Probe {
        slug: org.slug.clone(),
        http: ctx.http(),
        link: link.clone(),
        access: access(ctx, org, link, mode),
        login_url,
        client_id,
        client_secret,
        canvas,
    })
}
