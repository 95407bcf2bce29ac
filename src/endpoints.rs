//! Provider settings as the domain uses them, resolved once per
//! [`Services`](crate::services::Services): config.toml over built-in
//! defaults, or the settings a [`Substitute`] puts in their place (which is
//! what `--sandbox` resolves to, at the sandbox's own seam). Nothing here,
//! and no client, knows whether the providers are the real ones.

use crate::config::{Config, defaults};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::secrets::SecretKey;
use crate::secrets::SecretString;
use crate::services::Services;

#[derive(Clone)]
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

#[derive(Clone)]
pub struct Salesforce {
    pub client_id: Option<String>,
    pub login_url: String,
    pub redirect_uris: Vec<String>,
}

#[derive(Clone)]
pub struct Flare {
    pub api_url: Option<String>,
}

/// Provider settings that take the place of the config file's: every
/// provider reached at one origin, with app registrations whose secrets
/// come with the settings (never from, or into, a credential store).
#[derive(Clone)]
pub struct Substitute {
    /// Where the providers are reached. URLs a link stored are rebased onto
    /// it: the providers may listen on another port than when it was made.
    pub origin: String,
    pub jobadder_authorize_url: String,
    pub jobadder_token_url: String,
    pub jobadder_api_url: String,
    pub jobadder_client_id: String,
    pub jobadder_client_secret: SecretString,
    pub salesforce_login_url: String,
    /// The connected app a Salesforce link uses when none is named.
    pub salesforce_client_id: String,
    pub salesforce_client_secret: SecretString,
    pub flare_api_url: String,
    /// `serve`'s hand-off page when none is configured.
    pub handoff_url: String,
}

/// Every provider's settings, resolved once.
#[derive(Clone)]
pub struct Endpoints {
    pub jobadder: JobAdder,
    pub salesforce: Salesforce,
    pub flare: Flare,
    /// See [`Substitute::origin`].
    pub origin: Option<String>,
    /// `serve`'s default hand-off page template.
    pub handoff_url: Option<String>,
    jobadder_secret: Option<SecretString>,
    salesforce_app: Option<(String, SecretString)>,
}

impl Endpoints {
    pub fn resolve(config: &Config, sub: Option<&Substitute>) -> Endpoints {
        Endpoints {
            jobadder: jobadder(config, sub),
            salesforce: salesforce(config, sub),
            flare: flare(config, sub),
            origin: sub.map(|s| s.origin.clone()),
            handoff_url: sub.map(|s| s.handoff_url.clone()),
            jobadder_secret: sub.map(|s| s.jobadder_client_secret.clone()),
            salesforce_app: sub.map(|s| {
                (
                    s.salesforce_client_id.clone(),
                    s.salesforce_client_secret.clone(),
                )
            }),
        }
    }

    /// A URL stored by a link, on the providers' current origin.
    pub fn rebase(&self, url: &str) -> String {
        rebase(url, self.origin.as_deref())
    }

    /// The connected app a Salesforce link uses when none is named or
    /// configured: the one whose secret comes with the settings.
    pub fn provided_salesforce_app(&self) -> Option<String> {
        self.salesforce_app.as_ref().map(|(id, _)| id.clone())
    }

    /// The secret of the connected app `client_id` when it comes with the
    /// settings: only for that app, never for a customer's own.
    pub fn provided_salesforce_secret(&self, client_id: &str) -> Option<SecretString> {
        self.salesforce_app
            .as_ref()
            .filter(|(id, _)| id == client_id)
            .map(|(_, secret)| secret.clone())
    }

    /// Whether app secrets come with these settings: one in use is then
    /// not stored with a link unless the person gave it.
    pub fn app_secrets_provided(&self) -> bool {
        self.salesforce_app.is_some()
    }
}

/// JobAdder's settings; with no substitute, the configuration's alone
/// (`integration list` reads the button settings without resolving the
/// services' endpoints).
pub fn jobadder(config: &Config, sub: Option<&Substitute>) -> JobAdder {
    let c = &config.providers.jobadder;
    let (authorize_url, token_url, api_url, client_id) = match sub {
        Some(s) => (
            s.jobadder_authorize_url.clone(),
            s.jobadder_token_url.clone(),
            s.jobadder_api_url.clone(),
            Some(s.jobadder_client_id.clone()),
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

fn salesforce(config: &Config, sub: Option<&Substitute>) -> Salesforce {
    let c = &config.providers.salesforce;
    Salesforce {
        client_id: c.client_id.clone(),
        login_url: match sub {
            Some(s) => s.salesforce_login_url.clone(),
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

fn flare(config: &Config, sub: Option<&Substitute>) -> Flare {
    Flare {
        api_url: match sub {
            Some(s) => Some(s.flare_api_url.clone()),
            None => config.providers.flare.api_url.clone(),
        },
    }
}

/// The platform's JobAdder app: the origin stored URLs are rebased onto
/// (see [`Substitute::origin`]), endpoints, client id and secret.
pub fn jobadder_app(
    svc: &mut Services,
) -> Result<(Option<String>, JobAdder, String, SecretString)> {
    let all = svc.endpoints()?;
    let ep = all.jobadder.clone();
    let client_id = ep.client_id.clone().ok_or_else(|| {
        Error::usage("no JobAdder client id is configured")
            .with_hint("run `atslink provider set jobadder --client-id ID --client-secret-stdin`")
    })?;
    let secret = match &all.jobadder_secret {
        Some(given) => given.clone(),
        None => svc
            .creds()?
            .get(&SecretKey::client_secret(Provider::JobAdder))?
            .ok_or_else(|| {
                Error::usage("no JobAdder client secret is stored").with_hint(
                    "run `printf %s \"$SECRET\" | atslink provider set jobadder --client-secret-stdin`",
                )
            })?,
    };
    Ok((all.origin.clone(), ep, client_id, secret))
}

/// The consumer secret of an organisation's Salesforce app: the one stored
/// at link time, else the one that comes with the settings for their own
/// app. `None` for a public client.
pub fn salesforce_secret(
    svc: &mut Services,
    org: &str,
    client_id: &str,
) -> Result<Option<SecretString>> {
    let stored = svc
        .creds()?
        .get(&SecretKey::salesforce_client_secret(org))?;
    let all = svc.endpoints()?;
    Ok(stored.or_else(|| all.provided_salesforce_secret(client_id)))
}

/// A linked Salesforce org's login host (on the providers' current origin)
/// and consumer key, as recorded with the link.
pub fn salesforce_link(
    svc: &mut Services,
    row: &crate::state::IntegrationRow,
) -> Result<(String, String)> {
    let all = svc.endpoints()?;
    let login_url = row
        .details
        .login_url
        .as_deref()
        .map(|u| all.rebase(u))
        .unwrap_or_else(|| all.salesforce.login_url.clone());
    Ok((login_url, row.details.client_id.clone().unwrap_or_default()))
}

/// Replaces the origin of a URL stored by a link with the providers'
/// current one (see [`Substitute::origin`]).
pub fn rebase(url: &str, origin: Option<&str>) -> String {
    let Some(base) = origin else {
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

    fn substitute() -> super::Substitute {
        super::Substitute {
            origin: "http://127.0.0.1:5000".into(),
            jobadder_authorize_url: "http://127.0.0.1:5000/ja/authorize".into(),
            jobadder_token_url: "http://127.0.0.1:5000/ja/token".into(),
            jobadder_api_url: "http://127.0.0.1:5000/ja/api".into(),
            jobadder_client_id: "ja-app".into(),
            jobadder_client_secret: crate::secrets::SecretString::new("ja-secret"),
            salesforce_login_url: "http://127.0.0.1:5000/sf/login".into(),
            salesforce_client_id: "sf-app".into(),
            salesforce_client_secret: crate::secrets::SecretString::new("sf-secret"),
            flare_api_url: "http://127.0.0.1:5000/flare".into(),
            handoff_url: "http://127.0.0.1:5000/handoff".into(),
        }
    }

    #[test]
    fn without_a_substitute_the_configuration_and_defaults_are_used() {
        let config = crate::config::Config::default();
        let ep = super::Endpoints::resolve(&config, None);
        assert_eq!(
            ep.jobadder.token_url,
            crate::config::defaults::JOBADDER_TOKEN_URL
        );
        assert_eq!(ep.jobadder.client_id, None);
        assert_eq!(ep.jobadder_secret, None);
        assert_eq!(ep.provided_salesforce_app(), None);
        assert_eq!(ep.provided_salesforce_secret("sf-app"), None);
        assert!(!ep.app_secrets_provided());
        assert_eq!(ep.handoff_url, None);
        // Stored URLs are used as they are.
        assert_eq!(
            ep.rebase("http://127.0.0.1:4000/x"),
            "http://127.0.0.1:4000/x"
        );
    }

    #[test]
    fn a_substitute_replaces_urls_and_apps_but_not_the_rest_of_the_configuration() {
        let mut config = crate::config::Config::default();
        config.providers.jobadder.client_id = Some("configured".into());
        config.providers.jobadder.partner_action_name = Some("Allsorter".into());
        config.providers.salesforce.client_id = Some("customer-app".into());
        let ep = super::Endpoints::resolve(&config, Some(&substitute()));
        assert_eq!(ep.jobadder.token_url, "http://127.0.0.1:5000/ja/token");
        assert_eq!(ep.jobadder.client_id.as_deref(), Some("ja-app"));
        assert_eq!(ep.jobadder.partner_action_name, "Allsorter");
        assert_eq!(ep.salesforce.login_url, "http://127.0.0.1:5000/sf/login");
        // A configured connected app still comes first; the provided one
        // is the fallback.
        assert_eq!(ep.salesforce.client_id.as_deref(), Some("customer-app"));
        assert_eq!(ep.provided_salesforce_app().as_deref(), Some("sf-app"));
        assert!(ep.app_secrets_provided());
        assert_eq!(
            ep.provided_salesforce_secret("sf-app")
                .map(|s| s.expose().to_string()),
            Some("sf-secret".to_string())
        );
        assert_eq!(ep.provided_salesforce_secret("customer-app"), None);
        assert_eq!(
            ep.flare.api_url.as_deref(),
            Some("http://127.0.0.1:5000/flare")
        );
        assert_eq!(
            ep.rebase("http://127.0.0.1:4000/ja/api"),
            "http://127.0.0.1:5000/ja/api"
        );
    }
}
