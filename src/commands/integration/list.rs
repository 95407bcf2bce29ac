use serde::Serialize;

use crate::cli::IntegrationListArgs;
use crate::context::Context;
use crate::error::Result;
use crate::health::{self, Assessment, DEFAULT_WARN_WITHIN};
use crate::output::{Human, Output};
use crate::state::OrgIntegration;

#[derive(Serialize)]
struct Row {
    #[serde(flatten)]
    link: OrgIntegration,
    health: Assessment,
    /// A JobAdder link's Actions-menu button and where atslink last
    /// registered it (`integration button` asks JobAdder itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    button: Option<ButtonTarget>,
    /// The last health transition `serve` notified about (`broken` or
    /// `ok`), when it was, and when the notification went out.
    #[serde(skip_serializing_if = "Option::is_none")]
    notified: Option<Notified>,
}

#[derive(Serialize)]
struct Notified {
    state: crate::state::LinkState,
    #[serde(serialize_with = "crate::clock::serialize")]
    since: time::OffsetDateTime,
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    sent_at: Option<time::OffsetDateTime>,
}

#[derive(Serialize)]
struct ButtonTarget {
    action_id: String,
    /// Where atslink last registered it; for links made before that was
    /// recorded, where the configuration points it.
    url: Option<String>,
    /// Where the configuration points it now, when that differs from
    /// `url` (`integration button --update` moves it there).
    #[serde(skip_serializing_if = "Option::is_none")]
    configured_url: Option<String>,
}

pub fn run(ctx: &mut Context, args: IntegrationListArgs) -> Result<Output> {
    let only = ctx.org_slug(None).ok();
    if let Some(slug) = &only {
        ctx.require_org(slug)?;
    }
    let now = ctx.clock.now();
    let links = ctx.state()?.read().all_integrations()?;
    let mut notified = Vec::new();
    for l in &links {
        notified.push(
            ctx.state()?
                .read()
                .link_alert(l.organisation.id, l.link.provider)?
                .filter(|a| a.state == crate::state::LinkState::Broken || a.sent_at.is_some())
                .map(|a| Notified {
                    state: a.state,
                    since: a.since,
                    sent_at: a.sent_at,
                }),
        );
    }
    let ep = crate::endpoints::jobadder(&ctx.config, None);
    let config = ctx.config.clone();
    let rows: Vec<Row> = links
        .into_iter()
        .zip(notified)
        .filter(|(l, _)| only.as_deref().is_none_or(|o| o == l.org))
        .map(|(l, notified)| Row {
            notified,
            health: health::assess(&l.org, &l.link, now, DEFAULT_WARN_WITHIN),
            button: l.link.partner_action_id.clone().map(|action_id| {
                let configured = crate::endpoints::partner_action_url(&config, &ep, &l.org);
                let url = l.link.details.button_url.clone().or(configured.clone());
                ButtonTarget {
                    action_id,
                    configured_url: configured.filter(|c| Some(c) != url.as_ref()),
                    url,
                }
            }),
            link: l,
        })
        .collect();
    let empty = rows.is_empty();
    // As `token status`: a broken link is a failure a script must see.
    let exit = health::exit_kind(rows.iter().map(|r| &r.health.health));
    let mut out = Output::lazy(rows, table).with_format(args.format.format);
    if let Some(kind) = exit {
        out = out.with_exit(kind);
    }
    if empty {
        out = out
            .with_status("No links yet: `atslink integration link jobadder --org SLUG` makes one");
    }
    Ok(out)
}

fn table(rows: Vec<Row>) -> Human {
    let columns = [
        "org",
        "provider",
        "account",
        "authorised by",
        "linked at",
        "button",
        "health",
        "remedy",
    ];
    Human::table(&columns, &rows, |r| {
        let l = &r.link.link;
        vec![
            r.link.org.clone(),
            l.provider.as_str().to_string(),
            match (&l.account_id, &l.account_name) {
                (Some(id), Some(name)) => format!("{id} ({name})"),
                (Some(id), None) => id.clone(),
                (None, Some(name)) => name.clone(),
                (None, None) => "-".into(),
            },
            l.authorised_by.clone().unwrap_or_else(|| "-".into()),
            crate::clock::format(l.linked_at),
            r.button
                .as_ref()
                .map(|b| {
                    let at = format!("{} → {}", b.action_id, b.url.as_deref().unwrap_or("-"));
                    match &b.configured_url {
                        Some(_) => format!(
                            "{at} (not the configured URL: `atslink integration button --org {} --update`)",
                            r.link.org
                        ),
                        None => at,
                    }
                })
                .unwrap_or_else(|| "-".into()),
            r.health.health.label(),
            r.health.remedy.clone().unwrap_or_else(|| "-".into()),
        ]
    })
}
