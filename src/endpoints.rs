//! Provider settings as a command uses them: config.toml over built-in
//! defaults, or, with `--sandbox`, the emulator's URLs and its seeded app.

use crate::config::{Config, defaults};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::secrets::{SecretKey, SecretString};

pub struct JobAdder {
    pub client_id: Option<String>,
    pub authorize_url: String,
    pub token_url: String,
    pub api_url: String,
    /// Registered loopback redirect URIs, tried in order until a port is free.
    pub redirect_uris: Vec<String>,
    pub scopes: Vec<String>,
    pub partner_action_name: String,
    pub partner_action_url: Option<String>,
}

pub struct Salesforce {
    pub client_id: Option<String>,
    pub login_url: String,
    pub redirect_uris: Vec<String>,
}

pub struct Flare {
    pub api_url: Option<String>,
}

pub fn jobadder(config: &Config, sandbox_base: Option<&str>) -> JobAdder {
    let c = &config.providers.jobadder;
    let (authorize_url, token_url, api_url, client_id) = match sandbox_base {
        Some(base) => (
            format!("{base}/jobadder/id/connect/authorize"),
            format!("{base}/jobadder/id/connect/token"),
            format!("{base}/jobadder/api/v2"),
            Some(crate::sandbox::seed::JOBADDER_CLIENT_ID.to_string()),
        ),
        None => (
            c.authorize_url
                .clone()
                .unwrap_or_else(|| defaults::JOBADDER_AUTHORIZE_URL.into()),
            c.token_url
                .clone()
                .unwrap_or_else(|| defaults::JOBADDER_TOKEN_URL.into()),
            c.api_url
                .clone()
                .unwrap_or_else(|| defaults::JOBADDER_API_URL.into()),
            c.client_id.clone(),
        ),
    };
    JobAdder {
        client_id,
        authorize_url,
        token_url,
        api_url,
        redirect_uris: c
            .redirect_uri
            .as_ref()
            .map(|r| r.list())
            .unwrap_or_else(|| vec![defaults::JOBADDER_REDIRECT_URI.into()]),
        scopes: c.scopes.clone().unwrap_or_else(|| {
            defaults::JOBADDER_SCOPES
                .iter()
                .map(|s| s.to_string())
                .collect()
        }),
        partner_action_name: c
            .partner_action_name
            .clone()
            .unwrap_or_else(|| defaults::JOBADDER_PARTNER_ACTION_NAME.into()),
        partner_action_url: c.partner_action_url.clone(),
    }
}

/// Where an organisation's Actions-menu button points: `atslink serve`'s
/// launch route when a public URL is configured, else the configured
/// `partner_action_url` template.
pub fn partner_action_url(config: &Config, ep: &JobAdder, org: &str) -> Option<String> {
    match &config.serve.public_url {
        Some(public) => Some(crate::providers::jobadder::hashed_url::launch_template(
            public, org,
        )),
        None => ep.partner_action_url.clone(),
    }
}

pub fn salesforce(config: &Config, sandbox_base: Option<&str>) -> Salesforce {
    let c = &config.providers.salesforce;
    Salesforce {
        client_id: c.client_id.clone(),
        login_url: match sandbox_base {
            Some(base) => format!("{base}/salesforce/login"),
            None => c
                .login_url
                .clone()
                .unwrap_or_else(|| defaults::SALESFORCE_LOGIN_URL.into()),
        },
        redirect_uris: c
            .redirect_uri
            .as_ref()
            .map(|r| r.list())
            .unwrap_or_else(|| vec![defaults::SALESFORCE_REDIRECT_URI.into()]),
    }
}

pub fn flare(config: &Config, sandbox_base: Option<&str>) -> Flare {
    Flare {
        api_url: match sandbox_base {
            Some(base) => Some(format!("{base}/flare/api")),
            None => config.providers.flare.api_url.clone(),
        },
    }
}

/// The sandbox's own JobAdder app secret; in sandbox mode it never comes
/// from (or goes to) a credential store.
pub fn sandbox_jobadder_secret() -> SecretString {
    SecretString::new(crate::sandbox::seed::JOBADDER_CLIENT_SECRET)
}

/// The platform's JobAdder app: endpoints, client id and secret (the
/// sandbox's own in sandbox mode).
pub fn jobadder_app(ctx: &mut Context) -> Result<(Option<String>, JobAdder, String, SecretString)> {
    let base = ctx.sandbox_base()?;
    let ep = jobadder(&ctx.config, base.as_deref());
    let client_id = ep.client_id.clone().ok_or_else(|| {
        Error::usage("no JobAdder client id is configured")
            .with_hint("run `atslink provider set jobadder --client-id ID --client-secret-stdin`")
    })?;
    let secret = match base {
        Some(_) => sandbox_jobadder_secret(),
        None => ctx
            .creds()?
            .get(&SecretKey::client_secret(Provider::JobAdder))?
            .ok_or_else(|| {
                Error::usage("no JobAdder client secret is stored").with_hint(
                    "run `printf %s \"$SECRET\" | atslink provider set jobadder --client-secret-stdin`",
                )
            })?,
    };
    Ok((base, ep, client_id, secret))
}

/// The consumer secret of an organisation's Salesforce app: the one stored
/// at link time, else (in sandbox mode, for the sandbox's own app) the
/// emulator's seeded one. `None` for a public client.
pub fn salesforce_secret(
    ctx: &mut Context,
    org: &str,
    client_id: &str,
) -> Result<Option<SecretString>> {
    let stored = ctx
        .creds()?
        .get(&SecretKey::salesforce_client_secret(org))?;
    let sandbox_app = ctx.is_sandbox() && client_id == crate::sandbox::seed::SALESFORCE_CLIENT_ID;
    Ok(stored.or_else(|| {
        sandbox_app.then(|| SecretString::new(crate::sandbox::seed::SALESFORCE_CLIENT_SECRET))
    }))
}

/// A linked Salesforce org's login host (rebased onto the sandbox in
/// sandbox mode) and consumer key, as recorded with the link.
pub fn salesforce_link(
    ctx: &mut Context,
    row: &crate::state::IntegrationRow,
) -> Result<(String, String)> {
    let base = ctx.sandbox_base()?;
    let login_url = row
        .detail("login_url")
        .map(|u| rebase(u, base.as_deref()))
        .unwrap_or_else(|| salesforce(&ctx.config, base.as_deref()).login_url);
    Ok((
        login_url,
        row.detail("client_id").unwrap_or_default().to_string(),
    ))
}

/// Replaces the origin of a URL stored by a link with the current sandbox
/// origin: the emulator may have been served from another port then.
pub fn rebase(url: &str, sandbox_base: Option<&str>) -> String {
    let Some(base) = sandbox_base else {
        return url.to_string();
    };
    match url::Url::parse(url) {
        Ok(u) => {
            let path = &url[u.origin().ascii_serialization().len()..];
            format!("{}{path}", base.trim_end_matches('/'))
        }
        Err(_) => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rebase_swaps_only_the_origin() {
        assert_eq!(
            super::rebase(
                "http://127.0.0.1:4000/jobadder/api/v2",
                Some("http://127.0.0.1:5000")
            ),
            "http://127.0.0.1:5000/jobadder/api/v2"
        );
        assert_eq!(
            super::rebase("https://api.jobadder.com/v2", None),
            "https://api.jobadder.com/v2"
        );
    }
}
