//! `integration button`: the organisation's Actions-menu button in
//! JobAdder as it is there (id, name, URL, whether it still exists), next
//! to where linking would point it now; `--update` re-registers it at that
//! address (after `serve.public_url` changed, say) without a relink.

use serde::Serialize;

use crate::auth::refresh::{self, Mode};
use crate::cli::IntegrationButtonArgs;
use crate::context::Context;
use crate::endpoints;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::providers::Provider;
use crate::providers::jobadder::{Client, hashed_url};
use crate::secrets::SecretString;
use crate::state::NewAudit;

#[derive(Serialize)]
struct Button {
    organisation: String,
    action_id: Option<String>,
    /// Whether JobAdder still lists the button.
    exists: bool,
    name: Option<String>,
    url: Option<String>,
    /// Where linking would point it now (serve's launch route when
    /// `serve.public_url` is set, else `partner_action_url`).
    expected_name: String,
    expected_url: Option<String>,
    /// `--update` re-registered it.
    updated: bool,
}

pub fn run(ctx: &mut Context, args: IntegrationButtonArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let link = ctx.state()?.read().require_link(&org, Provider::JobAdder)?;
    let ep = ctx.endpoints()?.jobadder.clone();
    let mut button = Button {
        organisation: slug.clone(),
        action_id: link.partner_action_id.clone(),
        exists: false,
        name: None,
        url: None,
        expected_url: endpoints::partner_action_url(&ctx.config, &ep, &slug),
        expected_name: ep.partner_action_name.clone(),
        updated: false,
    };
    let access = refresh::access(ctx, &org, Provider::JobAdder, Mode::IfNeeded)?;
    let api = access
        .api_base
        .clone()
        .ok_or_else(|| Error::failure("the JobAdder link has no API base"))?;
    let rt = crate::providers::runtime()?;
    let client = Client::new(ctx.http());
    if let Some(id) = &button.action_id {
        let listed = rt
            .block_on(crate::checks::jobadder::all_actions(
                &client,
                &api,
                &access.token,
            ))
            .map_err(|e| e.into_error("listing the account's JobAdder buttons"))?;
        if let Some(a) = listed.into_iter().find(|a| &a.action_id == id) {
            button.exists = true;
            button.name = a.action_name;
            button.url = a.url;
        }
    }
    if args.update {
        update(ctx, rt, &client, &api, &access.token, &mut button)?;
    }
    Ok(Output::lazy(button, human))
}

/// Re-registers the button at the expected name and URL, with the stored
/// salt (a new one, stored, if there is none), and audits it.
fn update(
    ctx: &mut Context,
    rt: &tokio::runtime::Runtime,
    client: &Client,
    api: &str,
    access: &SecretString,
    button: &mut Button,
) -> Result<()> {
    let slug = button.organisation.clone();
    // Never registered (no partner action URL when it was linked): a
    // relink registers it. Deleted in JobAdder since: a relink would keep
    // the stored id, so it takes a new link.
    let (Some(id), true) = (button.action_id.clone(), button.exists) else {
        let hint = if button.action_id.is_some() {
            format!(
                "the button is gone from JobAdder; {}",
                crate::checks::jobadder::reregister_button(&slug)
            )
        } else {
            format!(
                "no button was registered when it was linked (no partner action URL was set); \
                 register it with `{}`",
                crate::health::relink_command(crate::providers::Provider::JobAdder, &slug)
            )
        };
        return Err(
            Error::not_found(format!("{slug} has no Actions-menu button to update"))
                .with_hint(hint),
        );
    };
    let Some(url) = button.expected_url.clone() else {
        return Err(Error::usage("no partner action URL is configured to point the button at")
            .with_hint("`atslink provider set jobadder --partner-action-url URL`, or set [serve] public_url"));
    };
    let key = hashed_url::salt_key(&slug);
    let salt = match ctx.creds()?.get(&key)? {
        Some(s) => s,
        None => {
            let s = SecretString::new(hashed_url::new_salt()?);
            let org = ctx.require_org(&slug)?;
            ctx.store_secret(&key, Some(org.id), &s)?;
            s
        }
    };
    rt.block_on(client.update_partner_action(
        api,
        access,
        &id,
        &button.expected_name,
        &url,
        salt.expose(),
    ))
    .map_err(|e| e.into_error("re-registering the JobAdder Actions-menu button"))?;
    let before = format!("url={}", button.url.as_deref().unwrap_or("-"));
    button.name = Some(button.expected_name.clone());
    button.url = Some(url.clone());
    button.updated = true;
    let stamp = ctx.stamp();
    ctx.state()?.write(|tx| {
        // Resolved again in the write: an organisation deleted meanwhile
        // gets nothing (ids are never reused).
        if let Some(org) = tx.org(&slug)? {
            tx.set_button_url(org.id, &url)?;
        }
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(slug.clone()),
                action: "integration.button".into(),
                subject: Some(format!("jobadder action {id}")),
                before: Some(before.clone()),
                after: Some(format!("url={url}")),
            },
        )
    })
}

fn human(b: Button) -> Human {
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let state = match (&b.action_id, b.exists, b.updated) {
        (None, _, _) => "none registered".to_string(),
        (Some(_), false, _) => "registered, but gone from JobAdder".to_string(),
        (Some(_), true, true) => "updated".to_string(),
        (Some(_), true, false)
            if b.url == b.expected_url && b.name.as_deref() == Some(&b.expected_name) =>
        {
            "in JobAdder, as configured".to_string()
        }
        (Some(_), true, false) => format!(
            "in JobAdder, but not as configured: `atslink integration button --org {} --update`",
            b.organisation
        ),
    };
    Human::Record {
        fields: vec![
            ("organisation", b.organisation.clone()),
            ("button", shown(&b.action_id)),
            ("state", state),
            ("name", shown(&b.name)),
            ("url", shown(&b.url)),
            ("expected name", b.expected_name.clone()),
            ("expected url", shown(&b.expected_url)),
        ],
        sections: Vec::new(),
    }
}
