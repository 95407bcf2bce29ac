//! JobAdder: the link, its refresh token's idle deadline, the authorising
//! user, the Actions-menu button (exists, name, URL, visible to recruiters,
//! how crowded the menu is) and whether another organisation links the
//! same account.
//!
//! Not checked yet: webhooks registered for automatic Flare export
//! (`Enabled`, not `Suspended`/`Failed`): atslink registers none so far.

use time::{Duration, OffsetDateTime};

use super::{Check, unreachable};
use crate::clock;
use crate::error::{Error, ErrorKind};
use crate::health::{JOBADDER_IDLE, relink_command};
use crate::providers::jobadder::{Client, ListedAction, User};
use crate::providers::{ClientError, ClientResult};
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

/// The JobAdder right that lets a non-admin authorise an integration.
pub const GRANT_API_ACCESS: &str = "Grant API access to Integration partners";
/// JobAdder recommends at most this many partner buttons per account.
pub const MAX_BUTTONS: usize = 10;

/// Everything the JobAdder checks of one organisation need, owned so they
/// run as one task.
pub struct Probe {
    pub slug: String,
    pub link: IntegrationRow,
    /// The access token and API base, or why there is none.
    pub access: Result<(SecretString, String), Error>,
    pub action_name: String,
    pub action_url: Option<String>,
    /// Other organisations linked to the same JobAdder account.
    pub shared_with: Vec<String>,
    pub now: OffsetDateTime,
    pub warn_within: Duration,
}

pub async fn check(p: Probe) -> Vec<Check> {
    let mut out = vec![idle_deadline(&p), account_shared(&p)];
    let (token, api) = match &p.access {
        Ok(a) => a.clone(),
        Err(e) => {
            out.push(access_failed("jobadder.link", "jobadder", &p.slug, e));
            out.extend(cannot_ask(&p, "the JobAdder link does not work"));
            return out;
        }
    };
    let client = Client::default();
    let user_id = p
        .link
        .authorised_by_id
        .as_deref()
        .and_then(|i| i.parse::<i64>().ok());
    let (current, user, actions) = tokio::join!(
        patiently(|| client.current_user(&api, &token)),
        async {
            match user_id {
                Some(id) => Some(patiently(|| client.user(&api, &token, id)).await),
                None => None,
            }
        },
        all_actions(&client, &api, &token),
    );
    match current {
        Ok(u) => out.push(Check::pass(
            "jobadder.link",
            format!(
                "account {} answers as user {} ({})",
                p.link.account_id.as_deref().unwrap_or("?"),
                u.user_id,
                p.link.authorised_by.as_deref().unwrap_or("?")
            ),
        )),
        Err(e) => {
            out.push(Check::from_client_error(
                "jobadder.link",
                &e,
                &relink_command("jobadder", &p.slug),
            ));
            let why = if unreachable(&e) {
                "JobAdder could not be reached"
            } else {
                "the JobAdder link does not work"
            };
            out.extend(cannot_ask(&p, why));
            return out;
        }
    }
    let who = p.link.authorised_by.as_deref().unwrap_or("?");
    out.push(authorising_user(&p.slug, who, user));
    out.extend(partner_action(&p, actions));
    out
}

/// Every candidate partner action, page by page.
pub async fn all_actions(
    client: &Client,
    api: &str,
    token: &SecretString,
) -> ClientResult<Vec<ListedAction>> {
    let mut out = Vec::new();
    loop {
        let page = patiently(|| client.candidate_actions(api, token, out.len())).await?;
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
pub fn access_failed(id: &'static str, provider: &str, slug: &str, e: &Error) -> Check {
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
    ids.into_iter().map(|id| Check::unknown(id, why)).collect()
}

/// One call, with a few waits on 429 (honouring a short `Retry-After`):
/// a check run is interactive, so a long rate-limit wait becomes unknown.
pub async fn patiently<T, F, Fut>(call: F) -> ClientResult<T>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = ClientResult<T>>,
{
    let mut attempt = 0;
    loop {
        attempt += 1;
        match call().await {
            Err(ClientError::RateLimited { retry_after })
                if attempt < 3 && retry_after.unwrap_or(1) <= 5 =>
            {
                let wait = retry_after.unwrap_or(1);
                tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
            }
            other => return other,
        }
    }
}

fn idle_deadline(p: &Probe) -> Check {
    const ID: &str = "jobadder.idle_deadline";
    let last_use = p
        .link
        .last_refresh_at
        .as_deref()
        .unwrap_or(&p.link.linked_at);
    let Ok(last) = clock::parse(last_use) else {
        return Check::warn(
            ID,
            format!("the last refresh time `{last_use}` cannot be read"),
            format!("atslink token refresh --org {} --provider jobadder", p.slug),
        );
    };
    let deadline = last + JOBADDER_IDLE;
    let left = deadline - p.now;
    if left <= Duration::ZERO {
        Check::fail(
            ID,
            format!(
                "unused since {last_use}: the refresh token died at {}",
                clock::format(deadline)
            ),
            relink_command("jobadder", &p.slug),
        )
    } else if left <= p.warn_within {
        Check::warn(
            ID,
            format!(
                "dies at {} ({} days left) unless used",
                clock::format(deadline),
                left.whole_days()
            ),
            format!("atslink token refresh --org {} --provider jobadder", p.slug),
        )
    } else {
        Check::pass(
            ID,
            format!(
                "good until {} ({} days), last used {last_use}",
                clock::format(deadline),
                // To the nearest day: seconds after a refresh it is still
                // "14 days", not 13 (and the report reads the same each run).
                (left.whole_seconds() + 43_200) / 86_400
            ),
        )
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
    let relink = relink_command("jobadder", slug);
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
                "JobAdder",
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
            crate::health::user_gone_reason("JobAdder", who, "deleted"),
            format!("relink as an active JobAdder administrator: `{relink}`"),
        ),
        Err(e) => Check::from_client_error(ID, &e, &relink),
    }
}

/// The Actions-menu button: exists, its name and URL are the configured
/// ones, recruiters can see it, and the menu is not overcrowded.
fn partner_action(p: &Probe, actions: ClientResult<Vec<ListedAction>>) -> Vec<Check> {
    // A button gone from JobAdder is registered again by a new link (a
    // relink keeps the stored button id).
    let reregister = format!(
        "re-register it: `atslink integration unlink jobadder --org {s} --yes`, then `atslink integration link jobadder --org {s}`",
        s = p.slug
    );
    let actions = match actions {
        Ok(list) => list,
        Err(e) => {
            let mut out = vec![Check::from_client_error(
                "jobadder.partner_action",
                &e,
                &relink_command("jobadder", &p.slug),
            )];
            if unreachable(&e) {
                out.push(Check::unknown(
                    "jobadder.button_count",
                    "JobAdder could not be reached",
                ));
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
                format!(
                    "set the URL (`atslink provider set jobadder --partner-action-url URL`), then {reregister}"
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
    out.push(if action.admin_only {
        Check::fail(
            "jobadder.partner_action_visibility",
            "shown to administrators only: recruiters do not see the button",
            format!("in JobAdder (Settings > Partner Actions > \"{name}\") show it to all users"),
        )
    } else {
        Check::pass("jobadder.partner_action_visibility", "shown to every user")
    });
    out
}
