//! JobAdder: the link, its refresh token's idle deadline, the authorising
//! user, the Actions-menu button (exists, name, URL, visible to recruiters,
//! how crowded the menu is), whether another organisation links the same
//! account, and the webhooks of automatic Flare export (`flare auto on`).

use time::{Duration, OffsetDateTime};

use super::{Check, unreachable};
use crate::clock;
use crate::error::{Error, ErrorKind};
use crate::flare::auto::{CANDIDATE_EVENT, receiver_url};
use crate::health::{JOBADDER_IDLE, relink_command};
use crate::http::Http;
use crate::providers::Provider;
use crate::providers::jobadder::webhooks::Webhook;
use crate::providers::jobadder::{Client, CurrentUser, ListedAction, User};
use crate::providers::{ClientError, ClientResult};
use crate::secrets::SecretString;
use crate::state::{IntegrationRow, WebhookRow};

/// The JobAdder right that lets a non-admin authorise an integration.
pub const GRANT_API_ACCESS: &str = "Grant API access to Integration partners";
/// JobAdder recommends at most this many partner buttons per account.
pub const MAX_BUTTONS: usize = 10;

/// Everything the JobAdder checks of one organisation need, owned so they
/// run as one task.
pub struct Probe {
    pub slug: String,
    /// The command's HTTP client (`Services::http`): its policy retries
    /// 429 and 5xx and traces each exchange at `-vv`.
    pub http: Http,
    pub link: IntegrationRow,
    /// The access token and API base, or why there is none.
    pub access: Result<(SecretString, String), Error>,
    pub action_name: String,
    pub action_url: Option<String>,
    /// Other organisations linked to the same JobAdder account.
    pub shared_with: Vec<String>,
    pub now: OffsetDateTime,
    pub warn_within: Duration,
    /// The webhooks `flare auto on` registered (none: automatic export is
    /// off).
    pub webhooks: Vec<WebhookRow>,
    /// `serve.public_url`: where JobAdder should deliver the webhooks.
    pub public_url: Option<String>,
}

pub async fn check(p: Probe) -> Vec<Check> {
    let mut out = vec![idle_deadline(&p), account_shared(&p)];
    if p.webhooks.is_empty() {
        out.push(Check::pass("jobadder.webhooks", "automatic export is off"));
    }
    let (token, api) = match &p.access {
        Ok(a) => a.clone(),
        Err(e) => {
            out.push(access_failed(
                "jobadder.link",
                Provider::JobAdder,
                &p.slug,
                e,
            ));
            out.extend(cannot_ask(&p, "the JobAdder link does not work"));
            return out;
        }
    };
    let client = Client::new(p.http.clone());
    let user_id = p
        .link
        .authorised_by_id
        .as_deref()
        .and_then(|i| i.parse::<i64>().ok());
    let (current, user, actions, hooks) = tokio::join!(
        client.current_user(&api, &token),
        async {
            match user_id {
                Some(id) => Some(client.user(&api, &token, id).await),
                None => None,
            }
        },
        all_actions(&client, &api, &token),
        webhook_states(&client, &api, &token, &p.webhooks),
    );
    out.push(link(&p.slug, &p.link, current.as_ref()));
    if let Err(e) = current {
        out.extend(cannot_ask(&p, &super::cannot_ask_because(&e, "JobAdder")));
        return out;
    }
    let who = p.link.authorised_by.as_deref().unwrap_or("?");
    out.push(authorising_user(&p.slug, who, user));
    out.extend(partner_action(&p, actions));
    if !p.webhooks.is_empty() {
        out.push(webhooks(
            &p.slug,
            p.public_url.as_deref(),
            &p.webhooks,
            hooks,
        ));
    }
    out
}

/// The verdict on the JobAdder link from JobAdder's answer to "who am I"
/// (`users/current`): `org check` and `token status --check` (token
/// accepted) give the same.
pub fn link(
    slug: &str,
    link: &IntegrationRow,
    current: Result<&CurrentUser, &ClientError>,
) -> Check {
    const ID: &str = "jobadder.link";
    match current {
        Ok(u) => Check::pass(
            ID,
            format!(
                "account {} answers as user {} ({})",
                link.account_id.as_deref().unwrap_or("?"),
                u.user_id,
                link.authorised_by.as_deref().unwrap_or("?")
            ),
        ),
        Err(e) => Check::from_client_error(ID, e, &relink_command(Provider::JobAdder, slug)),
    }
}

/// Each registered webhook as JobAdder has it (`None`: JobAdder no longer
/// has it), in the order of `rows`.
async fn webhook_states(
    client: &Client,
    api: &str,
    token: &SecretString,
    rows: &[WebhookRow],
) -> Vec<ClientResult<Option<Webhook>>> {
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(match client.webhook(api, token, &r.webhook_id).await {
            Ok(w) => Ok(Some(w)),
            Err(ClientError::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
        });
    }
    out
}

/// Automatic export's webhooks: each one atslink registered exists in
/// JobAdder, is `Enabled` and delivers to this organisation's receiver at
/// the configured public URL. A suspended, failed or disabled webhook
/// drops its events, a deleted one gets none, and one still pointing at
/// an old public URL (changed since `flare auto on`) delivers where
/// nothing listens, so each blocks. One that could not be asked about
/// leaves the check unknown, never passed.
pub fn webhooks(
    slug: &str,
    public_url: Option<&str>,
    rows: &[WebhookRow],
    states: Vec<ClientResult<Option<Webhook>>>,
) -> Check {
    const ID: &str = "jobadder.webhooks";
    let (mut enabled, mut problems, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    let mut only_suspended = true;
    let expected = public_url.map(|p| receiver_url(p, slug));
    for (r, state) in rows.iter().zip(states) {
        let name = format!("webhook {} ({})", r.webhook_id, r.trigger);
        match state {
            Ok(Some(w)) => match w.status.as_deref().unwrap_or("Enabled") {
                "Enabled" => match (&w.url, &expected) {
                    (Some(at), Some(want)) if at != want => {
                        only_suspended = false;
                        problems.push(format!(
                            "{name} delivers to {at}, not to {want} (serve.public_url): its events do not reach serve"
                        ));
                    }
                    _ => enabled.push(name),
                },
                status => {
                    only_suspended &= ["Suspended", "Failed"].contains(&status);
                    problems.push(format!("{name} is {status}: JobAdder drops its events"));
                }
            },
            Ok(None) => {
                only_suspended = false;
                problems.push(format!("{name} is gone from JobAdder: no events arrive"));
            }
            Err(e) => errors.push(e),
        }
    }
    // `flare auto on` updates each webhook of ours to `Enabled` and
    // registers any JobAdder no longer has, for every trigger named.
    let public = public_url
        .or_else(|| {
            rows.iter()
                .find_map(|r| r.url.strip_suffix(&receiver_url("", slug)))
        })
        .unwrap_or("URL");
    let mut on = format!("atslink flare auto on --org {slug} --public-url {public}");
    for r in rows {
        let trigger = if r.trigger == CANDIDATE_EVENT {
            "candidate"
        } else {
            "placement"
        };
        on.push_str(&format!(" --trigger {trigger}"));
    }
    if !problems.is_empty() {
        let fix = if only_suspended {
            format!(
                "re-enable it now: `{on}`; a running `atslink serve` re-enables it within 5 minutes and back-fills the placements missed"
            )
        } else {
            format!("re-enable or register it again: `{on}`")
        };
        return Check::fail(ID, problems.join("; "), fix);
    }
    if let Some(e) = errors.first() {
        return Check::from_client_error(ID, e, &relink_command(Provider::JobAdder, slug));
    }
    Check::pass(ID, format!("{} Enabled", enabled.join(", ")))
}

/// Every candidate partner action, page by page.
pub async fn all_actions(
    client: &Client,
    api: &str,
    token: &SecretString,
) -> ClientResult<Vec<ListedAction>> {
    let mut out = Vec::new();
    loop {
        let page = client.candidate_actions(api, token, out.len()).await?;
        let total = page.total_count.map_or(0, |t| t.max(0) as usize);
        let got = page.items.len();
        out.extend(page.items);
        // A short or empty page, or everything counted: the end.
        if got == 0 || out.len() >= total {
            return Ok(out);
        }
    }
}

/// The check of a link whose token could not be had: a refused refresh is
/// blocking, an unreachable provider is unknown.
pub fn access_failed(id: &'static str, provider: Provider, slug: &str, e: &Error) -> Check {
    match e.kind {
        ErrorKind::Unavailable => Check::unknown(id, e.message.clone()),
        _ => Check::fail(
            id,
            e.message.clone(),
            e.hint
                .clone()
                .unwrap_or_else(|| relink_command(provider, slug)),
        ),
    }
}

/// The checks that need JobAdder, when it cannot be asked.
fn cannot_ask(p: &Probe, why: &str) -> Vec<Check> {
    let mut ids = vec!["jobadder.authorising_user", "jobadder.partner_action"];
    if p.link.partner_action_id.is_some() {
        ids.extend([
            "jobadder.partner_action_name",
            "jobadder.partner_action_url",
            "jobadder.partner_action_visibility",
        ]);
    }
    ids.push("jobadder.button_count");
    if !p.webhooks.is_empty() {
        ids.push("jobadder.webhooks");
    }
    ids.into_iter().map(|id| Check::unknown(id, why)).collect()
}

/// Where a JobAdder refresh token stands against its idle lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Past its deadline: dead.
    Dead,
    /// Dies within the warning window unless used.
    Near,
    Far,
}

/// The forecast of a JobAdder refresh token dying unused: its last use
/// (the last refresh, else the link), the deadline and where it stands.
pub struct IdleForecast {
    pub last_use: OffsetDateTime,
    pub deadline: OffsetDateTime,
    pub left: Duration,
    pub idle: Idle,
}

/// The one forecast of the idle deadline: `org check`
/// (`jobadder.idle_deadline`) and `health::assess` (`token status`,
/// `integration list`) both read it. `Err` holds the stored text of a last
/// refresh that cannot be read (see `IntegrationRow::last_use`).
pub fn idle_forecast(
    link: &IntegrationRow,
    now: OffsetDateTime,
    warn_within: Duration,
) -> Result<IdleForecast, &str> {
    let last_use = link.last_use()?;
    let deadline = last_use + JOBADDER_IDLE;
    let left = deadline - now;
    let idle = if left <= Duration::ZERO {
        Idle::Dead
    } else if left <= warn_within {
        Idle::Near
    } else {
        Idle::Far
    };
    Ok(IdleForecast {
        last_use,
        deadline,
        left,
        idle,
    })
}

fn idle_deadline(p: &Probe) -> Check {
    idle_verdict(&p.slug, &p.link, p.now, p.warn_within)
}

/// The one verdict on the idle deadline (`jobadder.idle_deadline`): what
/// `org check` reports, and what `health::assess` (`token status`,
/// `integration list`, serve's metrics and notifications) turns into
/// ok / expiring / broken and its remedy. A last use that cannot be read
/// is a warning: nobody can say when the token dies, and a refresh (which
/// records a new time) settles it either way.
pub fn idle_verdict(
    slug: &str,
    link: &IntegrationRow,
    now: OffsetDateTime,
    warn_within: Duration,
) -> Check {
    const ID: &str = "jobadder.idle_deadline";
    let refresh = format!("atslink token refresh --org {slug} --provider jobadder");
    let f = match idle_forecast(link, now, warn_within) {
        Ok(f) => f,
        Err(last_use) => {
            return Check::warn(
                ID,
                format!("the last refresh time `{last_use}` cannot be read"),
                refresh,
            );
        }
    };
    let (last_use, deadline, left) = (clock::format(f.last_use), f.deadline, f.left);
    match f.idle {
        Idle::Dead => Check::fail(
            ID,
            format!(
                "unused since {last_use}: the refresh token died at {}",
                clock::format(deadline)
            ),
            relink_command(Provider::JobAdder, slug),
        ),
        Idle::Near => Check::warn(
            ID,
            format!(
                "dies at {} ({} days left) unless used",
                clock::format(deadline),
                left.whole_days()
            ),
            refresh,
        ),
        Idle::Far => Check::pass(
            ID,
            format!(
                "good until {} ({} days), last used {last_use}",
                clock::format(deadline),
                // To the nearest day: seconds after a refresh it is still
                // "14 days", not 13 (and the report reads the same each run).
                (left.whole_seconds() + 43_200) / 86_400
            ),
        ),
    }
}

fn account_shared(p: &Probe) -> Check {
    const ID: &str = "jobadder.account_shared";
    let account = p.link.account_id.as_deref().unwrap_or("?");
    if p.shared_with.is_empty() {
        Check::pass(
            ID,
            format!("account {account} is linked to this organisation only"),
        )
    } else {
        Check::fail(
            ID,
            format!(
                "account {account} is also linked to {}: its recruiters see one button per organisation",
                p.shared_with.join(", ")
            ),
            format!(
                "unlink the organisation that should not have it, e.g. `atslink integration unlink jobadder --org {} --yes`",
                p.shared_with[0]
            ),
        )
    }
}

/// The verdict on the user who authorised the link, from JobAdder's answer
/// about them (`None`: the link does not say who). `flare diagnose` gives
/// the same verdict.
pub fn authorising_user(slug: &str, who: &str, user: Option<ClientResult<User>>) -> Check {
    const ID: &str = "jobadder.authorising_user";
    let relink = relink_command(Provider::JobAdder, slug);
    let Some(user) = user else {
        return Check::warn(
            ID,
            "the link does not record who authorised it",
            format!("relink as a JobAdder administrator: `{relink}`"),
        );
    };
    match user {
        Ok(u) if u.deleted || u.inactive => Check::fail(
            ID,
            crate::health::user_gone_reason(
                Provider::JobAdder,
                who,
                if u.deleted { "deleted" } else { "deactivated" },
            ),
            format!("relink as an active JobAdder administrator: `{relink}`"),
        ),
        Ok(u) if u.admin => Check::pass(ID, format!("{who} is active and an administrator")),
        Ok(u) if u.permissions.iter().any(|x| x == GRANT_API_ACCESS) => Check::pass(
            ID,
            format!("{who} is active and holds \"{GRANT_API_ACCESS}\""),
        ),
        Ok(_) => Check::warn(
            ID,
            format!(
                "{who} is no longer an administrator and lacks \"{GRANT_API_ACCESS}\": nobody can relink as them"
            ),
            format!(
                "in JobAdder (Settings > Users > {who}) restore administrator or \"{GRANT_API_ACCESS}\", or relink as an administrator: `{relink}`"
            ),
        ),
        Err(ClientError::NotFound(_)) => Check::fail(
            ID,
            crate::health::user_gone_reason(Provider::JobAdder, who, "deleted"),
            format!("relink as an active JobAdder administrator: `{relink}`"),
        ),
        Err(e) => Check::from_client_error(ID, &e, &relink),
    }
}

/// How a button gone from JobAdder is registered again: by a new link (a
/// relink keeps the stored button id, and so the missing button).
pub fn reregister_button(slug: &str) -> String {
    format!(
        "re-register it: `atslink integration unlink jobadder --org {slug} --yes`, then `{}`",
        crate::error::link_command(Provider::JobAdder, slug)
    )
}

/// The Actions-menu button: exists, its name and URL are the configured
/// ones, recruiters can see it, and the menu is not overcrowded.
fn partner_action(p: &Probe, actions: ClientResult<Vec<ListedAction>>) -> Vec<Check> {
    let reregister = reregister_button(&p.slug);
    let actions = match actions {
        Ok(list) => list,
        Err(e) => {
            let mut out = vec![Check::from_client_error(
                "jobadder.partner_action",
                &e,
                &relink_command(Provider::JobAdder, &p.slug),
            )];
            if unreachable(&e) {
                // Never a silent gap where a verdict on the button belongs.
                let mut ids = vec!["jobadder.button_count"];
                if p.link.partner_action_id.is_some() {
                    ids.extend([
                        "jobadder.partner_action_name",
                        "jobadder.partner_action_url",
                        "jobadder.partner_action_visibility",
                    ]);
                }
                out.extend(
                    ids.into_iter()
                        .map(|id| Check::unknown(id, "JobAdder could not be reached")),
                );
            }
            return out;
        }
    };
    let count = button_count(actions.len());
    let Some(id) = p.link.partner_action_id.as_deref() else {
        return vec![
            Check::fail(
                "jobadder.partner_action",
                "no Actions-menu button was registered: recruiters have no way in",
                // With no button id stored, a relink registers one.
                format!(
                    "set the URL (`atslink provider set jobadder --partner-action-url URL`), then `{}`",
                    relink_command(Provider::JobAdder, &p.slug)
                ),
            ),
            count,
        ];
    };
    let Some(action) = actions.iter().find(|a| a.action_id == id) else {
        return vec![
            Check::fail(
                "jobadder.partner_action",
                format!("button {id} is gone from JobAdder (removed by an admin?)"),
                reregister,
            ),
            count,
        ];
    };
    let mut out = button_as_configured(p, id, action);
    out.push(count);
    out
}

/// How crowded the candidates' Actions menu is.
fn button_count(n: usize) -> Check {
    let evidence = format!(
        "{n} partner button{} on candidates (JobAdder recommends at most {MAX_BUTTONS})",
        if n == 1 { "" } else { "s" }
    );
    if n > MAX_BUTTONS {
        Check::warn(
            "jobadder.button_count",
            evidence,
            "remove partner buttons nobody uses (JobAdder: Settings > Partner Actions)",
        )
    } else {
        Check::pass("jobadder.button_count", evidence)
    }
}

/// The existing button against the configuration: its name and URL (put
/// right in place by `integration button --update`) and its visibility.
fn button_as_configured(p: &Probe, id: &str, action: &ListedAction) -> Vec<Check> {
    let update = format!("`atslink integration button --org {} --update`", p.slug);
    let name = action.action_name.as_deref().unwrap_or("");
    let mut out = vec![Check::pass(
        "jobadder.partner_action",
        format!("button {id} \"{name}\" on candidates"),
    )];
    out.push(if name == p.action_name {
        Check::pass("jobadder.partner_action_name", format!("\"{name}\""))
    } else {
        Check::warn(
            "jobadder.partner_action_name",
            format!(
                "called \"{name}\"; the configuration says \"{}\"",
                p.action_name
            ),
            update.clone(),
        )
    });
    let url = action.url.as_deref().unwrap_or("");
    out.push(match &p.action_url {
        Some(want) if want == url => Check::pass("jobadder.partner_action_url", url.to_string()),
        Some(want) => Check::fail(
            "jobadder.partner_action_url",
            format!("points at {url}, not the configured {want}"),
            update,
        ),
        None => Check::warn(
            "jobadder.partner_action_url",
            format!("points at {url}; no partner_action_url is configured to compare"),
            "atslink provider set jobadder --partner-action-url URL",
        ),
    });
    out.push(visibility(name, action));
    out
}

/// Whether recruiters see the button on every candidate: `adminOnly`
/// hides it from them altogether (blocking); a status filter hides it on
/// candidates outside the statuses named (a warning: it works, but not on
/// every candidate, often the ones a recruiter is placing).
fn visibility(name: &str, action: &ListedAction) -> Check {
    const ID: &str = "jobadder.partner_action_visibility";
    let place = format!("in JobAdder (Settings > Partner Actions > \"{name}\")");
    let status = action
        .action_filter
        .as_ref()
        .and_then(|f| f.status.as_ref());
    let mut only = Vec::new();
    if status.is_some_and(|s| s.active_only == Some(true)) {
        only.push("active candidates".to_string());
    }
    if let Some(ids) = status
        .and_then(|s| s.status_id.as_ref())
        .filter(|ids| !ids.is_empty())
    {
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        only.push(format!("candidates in status {}", ids.join(", ")));
    }
    let limited = (!only.is_empty()).then(|| format!("shown only on {}", only.join(" and ")));
    if action.admin_only() {
        let mut evidence =
            "shown to administrators only: recruiters do not see the button".to_string();
        if let Some(l) = &limited {
            evidence.push_str(&format!(", and {l}"));
        }
        return Check::fail(ID, evidence, format!("{place} show it to all users"));
    }
    match limited {
        Some(l) => Check::warn(
            ID,
            format!("{l}: recruiters do not see the button on other candidates"),
            format!("{place} clear the status filter, so it shows on every candidate"),
        ),
        None => Check::pass(ID, "shown to every user on every candidate"),
    }
}

#[cfg(test)]
mod tests;
