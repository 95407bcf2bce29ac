//! `token status`: one row per link with its token health. Without
//! `--check` it reads only local state (fast, offline); with `--check` it
//! asks the providers, a bounded number at a time, and never calls a link
//! broken because a provider could not be reached.

use serde::Serialize;

use super::select;
use crate::auth::oauth::salesforce::OAuth as SalesforceOAuth;
use crate::auth::refresh::{self, Mode};
use crate::checks::Status;
use crate::cli::TokenStatusArgs;
use crate::context::Context;
use crate::endpoints;
use crate::error::{ErrorKind, Result};
use crate::health::{self, Assessment, Health, relink_command};
use crate::output::{Human, Listing, Output, Progress};
use crate::providers::Provider;
use crate::providers::{ClientError, flare, jobadder, salesforce};
use crate::secrets::SecretString;
use crate::state::OrgIntegration;

const USER_ACTIVE: &str = "authorising user active";

#[derive(Debug, Clone, Serialize)]
pub struct CheckResult {
    pub check: String,
    /// `true` passed, `false` failed, `null` could not tell.
    pub ok: Option<bool>,
    pub detail: String,
}

#[derive(Debug, Serialize)]
struct Row {
    org: String,
    provider: Provider,
    account_id: Option<String>,
    account_name: Option<String>,
    authorised_by: Option<String>,
    access_expires_at: Option<String>,
    last_refresh_at: Option<String>,
    /// When the refresh token dies if unused, or why that is unknown.
    forecast: String,
    health: Assessment,
    /// Refreshes that failed in a row since the last success.
    refresh_failures: i64,
    /// The last failed refresh's error and time (kept until a success).
    last_refresh_error: Option<String>,
    last_refresh_failure_at: Option<String>,
    /// Until when a refresh is refused without `--force` after a failure
    /// (`null` when no cool-down is running).
    cool_down_until: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    checks: Vec<CheckResult>,
}

pub fn run(ctx: &mut Context, args: TokenStatusArgs) -> Result<Output> {
    let links = select(ctx, args.all, None)?;
    let now = ctx.clock.now();
    let cool_down = ctx.config.refresh.cool_down();
    let mut rows: Vec<Row> = links
        .iter()
        .map(|(_, l)| {
            let health = health::assess(&l.org, &l.link, now, args.warn_within);
            let forecast = forecast(l, &health);
            Row {
                org: l.org.clone(),
                provider: l.link.provider,
                account_id: l.link.account_id.clone(),
                account_name: l.link.account_name.clone(),
                authorised_by: l.link.authorised_by.clone(),
                access_expires_at: l
                    .link
                    .time_text("access_expires_at", l.link.access_expires_at),
                last_refresh_at: l.link.time_text("last_refresh_at", l.link.last_refresh_at),
                forecast,
                health,
                refresh_failures: l.link.refresh_failures,
                last_refresh_error: l.link.last_refresh_error.clone(),
                last_refresh_failure_at: l
                    .link
                    .time_text("last_refresh_failure_at", l.link.last_refresh_failure_at),
                cool_down_until: refresh::cool_down_until(&l.link, now, cool_down)
                    .map(crate::clock::format),
                checks: Vec::new(),
            }
        })
        .collect();
    if args.check {
        // A credential store that cannot be used at all (a missing or wrong
        // master key) is one configuration fault, not a failure of each link:
        // stop with its own error and exit code before any per-link work.
        ctx.creds()?;
        check(ctx, &links, &mut rows, args.concurrency as usize)?;
    }
    let exit = health::exit_kind(rows.iter().map(|r| &r.health.health));
    let checked = args.check;
    let mut out =
        Output::lazy(rows, move |rows| table(rows, checked)).with_format(args.format.format);
    if let Some(kind) = exit {
        out = out.with_exit(kind);
    }
    Ok(out)
}

fn forecast(l: &OrgIntegration, a: &Assessment) -> String {
    if let Some(d) = &a.refresh_deadline {
        return d.clone();
    }
    match (l.link.provider, l.link.details.is_jwt_bearer()) {
        (Provider::Salesforce, true) => "none (JWT bearer: no refresh token)".into(),
        (Provider::Salesforce, _) => format!(
            "unknown (the app's idle policy is not known), last verified {}",
            l.link.last_use_text()
        ),
        (Provider::Flare, _) => "none (API key)".into(),
        (Provider::JobAdder, _) => "unknown".into(),
    }
}

/// What one provider check needs, owned so it can run as a task.
struct Probe {
    index: usize,
    org: String,
    /// Who authorised the link, as stored.
    who: String,
    provider: Provider,
    token: SecretString,
    api_base: String,
    user_id: Option<String>,
    login_url: String,
    client_id: String,
    client_secret: Option<SecretString>,
    http: crate::http::Http,
    /// The link as stored (for `org check`'s verdicts).
    link: crate::state::IntegrationRow,
}

enum Verdict {
    Checks(Vec<CheckResult>),
    /// The provider refused the access token: refresh once and ask again.
    Retry,
}

fn check(
    ctx: &mut Context,
    links: &[(crate::state::Org, OrgIntegration)],
    rows: &mut [Row],
    concurrency: usize,
) -> Result<()> {
    let progress = Progress::new(&ctx.printer, links.len() as u64, "checking");
    // Tokens first, through the locked path (usually no refresh is needed).
    let mut probes = Vec::new();
    for (i, (org, l)) in links.iter().enumerate() {
        if matches!(rows[i].health.health, Health::Broken { .. }) && l.link.broken_reason.is_some()
        {
            progress.inc(1);
            continue; // the provider already refused this link's refresh token
        }
        match probe(ctx, i, org, l, Mode::IfNeeded) {
            Ok(p) => probes.push(p),
            Err(e) => {
                set_from_error(&mut rows[i], &e);
                progress.inc(1);
            }
        }
    }
    let rt = crate::providers::runtime()?;
    let running = probes
        .into_iter()
        .map(|p| async move { (p.index, run_one(p).await) });
    let verdicts = rt.block_on(crate::bounded::run(running, concurrency, || {
        progress.inc(1)
    }));
    for (index, verdict) in verdicts {
        match verdict {
            Verdict::Checks(checks) => apply(&mut rows[index], checks),
            Verdict::Retry => {
                let (org, l) = &links[index];
                match probe(ctx, index, org, l, Mode::Expired) {
                    Ok(p) => match rt.block_on(run_one(p)) {
                        Verdict::Checks(checks) => apply(&mut rows[index], checks),
                        Verdict::Retry => apply(
                            &mut rows[index],
                            vec![CheckResult {
                                check: "token accepted".into(),
                                ok: Some(false),
                                detail: "a freshly refreshed access token was refused".into(),
                            }],
                        ),
                    },
                    Err(e) => set_from_error(&mut rows[index], &e),
                }
            }
        }
    }
    progress.finish();
    Ok(())
}

fn probe(
    ctx: &mut Context,
    index: usize,
    org: &crate::state::Org,
    l: &OrgIntegration,
    mode: Mode,
) -> Result<Probe> {
    let access = refresh::access(ctx, org, l.link.provider, mode)?;
    let (login_url, client_id, client_secret) = if l.link.provider == Provider::Salesforce {
        let (login_url, client_id) = endpoints::salesforce_link(ctx, &l.link)?;
        let secret = endpoints::salesforce_secret(ctx, &org.slug, &client_id)?;
        (login_url, client_id, secret)
    } else {
        (String::new(), String::new(), None)
    };
    Ok(Probe {
        http: ctx.http(),
        link: l.link.clone(),
        index,
        org: org.slug.clone(),
        who: l.link.authorised_by.clone().unwrap_or_else(|| "?".into()),
        provider: l.link.provider,
        token: access.token,
        api_base: access.api_base.unwrap_or_default(),
        user_id: l.link.authorised_by_id.clone(),
        login_url,
        client_id,
        client_secret,
    })
}

async fn run_one(p: Probe) -> Verdict {
    match p.provider {
        Provider::JobAdder => check_jobadder(&p).await,
        Provider::Salesforce => check_salesforce(&p).await,
        Provider::Flare => check_flare(&p).await,
    }
}

async fn check_jobadder(p: &Probe) -> Verdict {
    let client = jobadder::Client::new(p.http.clone());
    let mut checks = Vec::new();
    let current = client.current_user(&p.api_base, &p.token).await;
    if let Err(ClientError::Unauthorized(_)) = current {
        return Verdict::Retry;
    }
    // `org check`'s verdict on the link (`jobadder.link`).
    let verdict = crate::checks::jobadder::link(&p.org, &p.link, current.as_ref());
    let accepted = verdict.status == Status::Pass;
    checks.push(as_result("token accepted", verdict));
    if !accepted {
        return Verdict::Checks(checks);
    }
    if let Some(id) = p.user_id.as_deref().and_then(|i| i.parse::<i64>().ok()) {
        // `org check`'s verdict: a deactivated or deleted user fails (the
        // token dies at its next refresh); one no longer allowed to
        // authorise is noted, but the token still works.
        let user = client.user(&p.api_base, &p.token, id).await;
        let verdict = crate::checks::jobadder::authorising_user(&p.org, &p.who, Some(user));
        checks.push(shared(verdict));
    }
    Verdict::Checks(checks)
}

/// `org check`'s verdict on the authorising user as this command's check:
/// a warning (e.g. no longer an administrator) leaves the token healthy.
fn shared(verdict: crate::checks::Check) -> CheckResult {
    as_result(USER_ACTIVE, verdict)
}

/// A verdict of `org check` as this command's check named `check`: a
/// warning leaves the token healthy, an unknown is not a failure.
fn as_result(check: &str, verdict: crate::checks::Check) -> CheckResult {
    CheckResult {
        check: check.into(),
        ok: match verdict.status {
            Status::Pass | Status::Warn => Some(true),
            Status::Fail => Some(false),
            Status::Unknown => None,
        },
        detail: verdict.evidence,
    }
}

async fn check_salesforce(p: &Probe) -> Verdict {
    let client = salesforce::Client::new(p.http.clone());
    let app = salesforce::App {
        login_url: &p.login_url,
        client_id: &p.client_id,
        client_secret: p.client_secret.as_ref(),
    };
    let mut checks = Vec::new();
    let info = client.userinfo(&app, &p.token).await;
    if let Err(ClientError::Unauthorized(_)) = info {
        return Verdict::Retry;
    }
    // `org check`'s verdict on the link (`salesforce.link`): a refusal is
    // a failure, only an unreachable Salesforce is "could not tell".
    let verdict = crate::checks::salesforce::link(&p.org, &p.api_base, info.as_ref());
    let accepted = verdict.status == Status::Pass;
    checks.push(as_result("token accepted", verdict));
    if !accepted {
        return Verdict::Checks(checks);
    }
    if let Some(id) = &p.user_id {
        let active = client.user_is_active(&p.api_base, &p.token, id).await;
        let verdict = crate::checks::salesforce::authorising_user(&p.org, &p.who, Some(active));
        checks.push(shared(verdict));
    }
    if p.client_secret.is_some() {
        let introspection = match SalesforceOAuth::new(p.http.clone(), &app) {
            Ok(oauth) => oauth.introspect(&p.token, "access_token").await,
            Err(e) => Err(e),
        };
        match introspection {
            Ok(i) => checks.push(CheckResult {
                check: "access token expiry".into(),
                ok: Some(i.active),
                detail: match i.exp {
                    Some(exp) => format!(
                        "expires {}",
                        time::OffsetDateTime::from_unix_timestamp(exp)
                            .map(crate::clock::format)
                            .unwrap_or_else(|_| exp.to_string())
                    ),
                    None => "no expiry given".into(),
                },
            }),
            // `org check`'s verdict (`salesforce.app_credentials`):
            // introspection refused means the Connected App's id and secret
            // are, and the next refresh with them will be too.
            Err(e) => checks.push(as_result(
                "Connected App credentials",
                crate::checks::salesforce::app_credentials(&p.org, &p.client_id, Err(&e)),
            )),
        }
    }
    Verdict::Checks(checks)
}

/// `org check`'s verdict on the Flare link (`flare.link`): accepted,
/// refused (broken), or not answered (unknown).
async fn check_flare(p: &Probe) -> Verdict {
    let answer = flare::Client::new(p.http.clone())
        .account(&p.api_base, &p.token)
        .await;
    let verdict = crate::checks::flare::link(
        &p.org,
        answer
            .as_ref()
            .map(|a| (a.account_id.as_str(), a.name.as_str())),
    );
    Verdict::Checks(vec![as_result("API key accepted", verdict)])
}

/// Folds check results into the row's health. Any failed check breaks the
/// link: a deactivated or deleted authorising user takes the refresh token
/// with it (JobAdder and Salesforce alike), so the access token still
/// answering for its last minutes does not make the link healthy.
fn apply(row: &mut Row, checks: Vec<CheckResult>) {
    let failed: Vec<&CheckResult> = checks.iter().filter(|c| c.ok == Some(false)).collect();
    let unknown: Vec<&CheckResult> = checks.iter().filter(|c| c.ok.is_none()).collect();
    let remedy = relink_command(row.provider, &row.org);
    // The user check explains the most, so its reason wins.
    let worst = failed
        .iter()
        .find(|c| c.check == USER_ACTIVE)
        .or(failed.first());
    if let Some(f) = worst {
        row.health.health = Health::Broken {
            reason: f.detail.clone(),
        };
        row.health.remedy = Some(remedy);
    } else if let Some(u) = unknown.first()
        && matches!(row.health.health, Health::Ok)
    {
        row.health.health = Health::Unknown {
            reason: u.detail.clone(),
        };
        row.health.remedy = None;
    }
    row.checks = checks;
}

fn set_from_error(row: &mut Row, e: &crate::error::Error) {
    match e.kind {
        ErrorKind::Auth => {
            row.health.health = Health::Broken {
                reason: e.message.clone(),
            };
            row.health.remedy = Some(relink_command(row.provider, &row.org));
        }
        _ => {
            if !matches!(row.health.health, Health::Broken { .. }) {
                row.health.health = Health::Unknown {
                    reason: e.message.clone(),
                };
            }
        }
    }
    row.checks.push(CheckResult {
        check: "access token".into(),
        ok: if e.kind == ErrorKind::Auth {
            Some(false)
        } else {
            None
        },
        detail: e.message.clone(),
    });
}

/// One cell summarising what `--check` asked and heard, e.g.
/// `token accepted: ok; authorising user active: failed` (the failure's
/// detail is the health's reason).
fn checks_cell(checks: &[CheckResult]) -> String {
    if checks.is_empty() {
        return "-".into();
    }
    checks
        .iter()
        .map(|c| {
            let verdict = match c.ok {
                Some(true) => "ok",
                Some(false) => "failed",
                None => "could not tell",
            };
            format!("{}: {verdict}", c.check)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The failures cell: `-`, or how many, the last error, when, and the
/// cool-down's end while it runs.
fn failures_cell(r: &Row) -> String {
    if r.refresh_failures == 0 {
        return "-".into();
    }
    let mut cell = format!(
        "{} at {}: {}",
        r.refresh_failures,
        r.last_refresh_failure_at.as_deref().unwrap_or("?"),
        r.last_refresh_error
            .as_deref()
            .unwrap_or("no error recorded")
    );
    if let Some(until) = &r.cool_down_until {
        cell.push_str(&format!(" (cool-down until {until})"));
    }
    cell
}

/// The table's columns that are always shown (the layout's tests use
/// them too, as the widest table atslink prints).
pub(crate) const COLUMNS: &[&str] = &[
    "org",
    "provider",
    "account",
    "authorised by",
    "access expires",
    "last refresh",
    "refresh token dies",
    "health",
    "remedy",
];

fn table(rows: Vec<Row>, checked: bool) -> Human {
    let mut columns = COLUMNS.to_vec();
    // Shown only when some link has failed: a healthy table stays narrow.
    let failures = rows.iter().any(|r| r.refresh_failures > 0);
    if failures {
        columns.push("refresh failures");
    }
    if checked {
        columns.push("checks");
    }
    let mut listing = Listing::new(&columns);
    for r in &rows {
        let mut cells = vec![
            r.org.clone(),
            r.provider.as_str().to_string(),
            r.account_id.clone().unwrap_or_else(|| "-".into()),
            r.authorised_by.clone().unwrap_or_else(|| "-".into()),
            r.access_expires_at.clone().unwrap_or_else(|| "-".into()),
            r.last_refresh_at.clone().unwrap_or_else(|| "-".into()),
            r.forecast.clone(),
            r.health.health.label(),
            r.health.remedy.clone().unwrap_or_else(|| "-".into()),
        ];
        if failures {
            cells.push(failures_cell(r));
        }
        if checked {
            cells.push(checks_cell(&r.checks));
        }
        listing.row(cells);
    }
    Human::Table {
        summary: Vec::new(),
        listing,
    }
}
