use serde::Serialize;

use super::{client_secret_key, has_client_secret};
use crate::cli::ProviderShowArgs;
use crate::config::{Config, JobAdderSettings, SalesforceSettings, defaults};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Listing, Output};
use crate::providers::Provider;

#[derive(Debug, Serialize)]
struct Setting {
    key: &'static str,
    value: Option<String>,
    /// `config` (config.toml), `default` (built in) or `unset`.
    source: &'static str,
}

#[derive(Debug, Serialize)]
struct ProviderView {
    provider: &'static str,
    settings: Vec<Setting>,
    /// `stored`, `not stored`, or why it could not be checked. Never the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    client_secret: Option<String>,
}

pub fn run(ctx: &mut Context, args: ProviderShowArgs) -> Result<Output> {
    let providers: Vec<Provider> = match args.provider {
        Some(p) => vec![p],
        None => Provider::ALL.to_vec(),
    };
    let mut views = Vec::new();
    for p in providers {
        let client_secret = if has_client_secret(p) {
            Some(secret_state(ctx, p)?)
        } else {
            None
        };
        views.push(ProviderView {
            provider: p.as_str(),
            settings: settings(&ctx.config, p),
            client_secret,
        });
    }
    let mut listing = Listing::new(&["provider", "setting", "value", "source"]);
    for v in &views {
        for s in &v.settings {
            listing.row(vec![
                v.provider.to_string(),
                s.key.to_string(),
                s.value.clone().unwrap_or_else(|| "-".into()),
                s.source.to_string(),
            ]);
        }
        if let Some(state) = &v.client_secret {
            listing.row(vec![
                v.provider.to_string(),
                "client_secret".into(),
                state.clone(),
                "credential store".into(),
            ]);
        }
    }
    Ok(Output::new(
        &views,
        Human::Table {
            summary: Vec::new(),
            listing,
        },
    ))
}

/// Whether the client secret is stored. The state database's record is
/// consulted first so an unconfigured provider never wakes the keychain.
fn secret_state(ctx: &mut Context, p: Provider) -> Result<String> {
    let key = client_secret_key(p);
    let Some(store) = ctx.state()?.read().credential_ref(&key)? else {
        return Ok("not stored".into());
    };
    match ctx.creds().and_then(|c| c.get(&key)) {
        Ok(Some(_)) => Ok(format!("stored ({store})")),
        Ok(None) => Ok(format!("missing: recorded in {store} but not found there")),
        Err(e) => Ok(format!("unknown: {}", e.message)),
    }
}

/// Several redirect URIs show space-separated, in the order they are tried.
fn redirects(r: &Option<crate::config::RedirectUris>) -> Option<String> {
    r.as_ref().map(|r| r.list().join(" "))
}

fn settings(config: &Config, p: Provider) -> Vec<Setting> {
    let c = &config.providers;
    match p {
        Provider::JobAdder => jobadder_settings(&c.jobadder),
        Provider::Salesforce => salesforce_settings(&c.salesforce),
        Provider::Flare => vec![
            setting("api_url", &c.flare.api_url, None),
            setting(
                "cost_centre_field",
                &c.flare.cost_centre_field,
                Some(defaults::FLARE_COST_CENTRE_FIELD),
            ),
        ],
    }
}

/// One setting: as configured, else its default, else unset.
fn setting(key: &'static str, configured: &Option<String>, default: Option<&str>) -> Setting {
    let (value, source) = match (configured, default) {
        (Some(v), _) => (Some(v.clone()), "config"),
        (None, Some(d)) => (Some(d.to_string()), "default"),
        (None, None) => (None, "unset"),
    };
    Setting { key, value, source }
}

fn jobadder_settings(j: &JobAdderSettings) -> Vec<Setting> {
    let scopes = j.scopes.as_ref().map(|v| v.join(" "));
    let default_scopes = defaults::JOBADDER_SCOPES.join(" ");
    vec![
        setting("client_id", &j.client_id, None),
        setting(
            "authorize_url",
            &j.authorize_url,
            Some(defaults::JOBADDER_AUTHORIZE_URL),
        ),
        setting(
            "token_url",
            &j.token_url,
            Some(defaults::JOBADDER_TOKEN_URL),
        ),
        setting("api_url", &j.api_url, Some(defaults::JOBADDER_API_URL)),
        setting(
            "redirect_uri",
            &redirects(&j.redirect_uri),
            Some(defaults::JOBADDER_REDIRECT_URI),
        ),
        setting("scopes", &scopes, Some(&default_scopes)),
        setting(
            "partner_action_name",
            &j.partner_action_name,
            Some(defaults::JOBADDER_PARTNER_ACTION_NAME),
        ),
        setting("partner_action_url", &j.partner_action_url, None),
    ]
}

fn salesforce_settings(sf: &SalesforceSettings) -> Vec<Setting> {
    vec![
        setting("client_id", &sf.client_id, None),
        setting(
            "login_url",
            &sf.login_url,
            Some(defaults::SALESFORCE_LOGIN_URL),
        ),
        setting(
            "redirect_uri",
            &redirects(&sf.redirect_uri),
            Some(defaults::SALESFORCE_REDIRECT_URI),
        ),
    ]
}
