//! Checks of a parsed config.toml against its own text: a value that
//! would fail later, far from the line that set it, is refused at load with
//! the file, the line and the key.

use std::path::Path;

use super::Config;
use crate::error::{Error, Result};

impl Config {
    /// Refuses a config file whose values would fail later, far from the
    /// line that set them. The first problem found is reported, with its
    /// line, in the order of the steps below.
    pub(super) fn validate(&self, text: &str, path: &Path) -> Result<()> {
        self.validate_refresh(text, path)?;
        self.validate_serve_urls(text, path)?;
        self.validate_notify_urls(text, path)?;
        self.validate_state_url(text, path)?;
        self.validate_serve_listen(path)?;
        self.validate_provider_urls(text, path)?;
        self.validate_redirect_uris(text, path)?;
        self.validate_partner_action(text, path)
    }

    fn validate_serve_urls(&self, text: &str, path: &Path) -> Result<()> {
        let serve = [
            ("public_url", &self.serve.public_url),
            ("handoff_url", &self.serve.handoff_url),
        ];
        for (key, value) in serve {
            if let Some(v) = value
                && let Err(why) = validate_url(v)
            {
                let line = at_line(text, &["serve", key]);
                return Err(Error::usage(format!(
                    "invalid config file {}:{line} key serve.{key}: {why}",
                    path.display()
                ))
                .with_hint("fix it by hand: an https URL (http only to a loopback host)"));
            }
        }
        Ok(())
    }

    fn validate_notify_urls(&self, text: &str, path: &Path) -> Result<()> {
        for v in &self.notify.webhook_urls {
            if let Err(why) = validate_url(v) {
                let line = at_line(text, &["notify", "webhook_urls"]);
                return Err(Error::usage(format!(
                    "invalid config file {}:{line} key notify.webhook_urls: {why}",
                    path.display()
                ))
                .with_hint("fix it by hand: https URLs (http only to a loopback host)"));
            }
        }
        Ok(())
    }

    /// A PostgreSQL URL that parses and holds no password: the config file
    /// never holds a secret.
    fn validate_state_url(&self, text: &str, path: &Path) -> Result<()> {
        let Some(url) = &self.state.url else {
            return Ok(());
        };
        let line = at_line(text, &["state", "url"]);
        let location = crate::state::PgLocation::parse(url).map_err(|e| {
            Error::usage(format!(
                "invalid config file {}:{line} key state.url: {}",
                path.display(),
                e.message
            ))
            .with_hint(e.hint.clone().unwrap_or_default())
        })?;
        if location.has_password() {
            return Err(Error::usage(format!(
                "invalid config file {}:{line} key state.url holds a password; \
                 the config file never holds a secret",
                path.display()
            ))
            .with_hint(
                "remove the password from the URL and set ATSLINK_DATABASE_PASSWORD \
                 in the environment (or put the whole URL in ATSLINK_DATABASE_URL)",
            ));
        }
        Ok(())
    }

    fn validate_serve_listen(&self, path: &Path) -> Result<()> {
        if let Some(listen) = &self.serve.listen
            && listen.parse::<std::net::SocketAddr>().is_err()
        {
            return Err(Error::usage(format!(
                "invalid config file {}: key serve.listen: `{listen}` is not an address like 127.0.0.1:8780",
                path.display()
            )));
        }
        Ok(())
    }

    fn validate_provider_urls(&self, text: &str, path: &Path) -> Result<()> {
        let ja = &self.providers.jobadder;
        let sf = &self.providers.salesforce;
        let urls = [
            ("jobadder", "authorize_url", &ja.authorize_url),
            ("jobadder", "token_url", &ja.token_url),
            ("jobadder", "api_url", &ja.api_url),
            ("salesforce", "login_url", &sf.login_url),
            ("flare", "api_url", &self.providers.flare.api_url),
        ];
        for (provider, key, value) in urls {
            if let Some(v) = value
                && let Err(why) = validate_url(v)
            {
                let line = at_line(text, &["providers", provider, key]);
                return Err(Error::usage(format!(
                    "invalid config file {}:{line} key providers.{provider}.{key}: {why}",
                    path.display()
                ))
                .with_hint(format!(
                    "fix it by hand, or run `atslink provider set {provider} --{} URL`",
                    key.replace('_', "-")
                )));
            }
        }
        Ok(())
    }

    /// Each provider's redirect URI list, when set, is not empty and holds
    /// only valid URLs.
    fn validate_redirect_uris(&self, text: &str, path: &Path) -> Result<()> {
        for (provider, uris) in [
            ("jobadder", &self.providers.jobadder.redirect_uri),
            ("salesforce", &self.providers.salesforce.redirect_uri),
        ] {
            let Some(uris) = uris else { continue };
            let list = uris.list();
            let why = if list.is_empty() {
                Some(InvalidValue::NoRedirectUris)
            } else {
                list.iter().find_map(|u| validate_url(u).err())
            };
            if let Some(why) = why {
                let line = at_line(text, &["providers", provider, "redirect_uri"]);
                return Err(Error::usage(format!(
                    "invalid config file {}:{line} key providers.{provider}.redirect_uri: {why}",
                    path.display()
                ))
                .with_hint(format!(
                    "fix it by hand, or run `atslink provider set {provider} --redirect-uri URI [--redirect-uri URI…]`"
                )));
            }
        }
        Ok(())
    }

    fn validate_partner_action(&self, text: &str, path: &Path) -> Result<()> {
        let ja = &self.providers.jobadder;
        if let Some(template) = &ja.partner_action_url
            && let Err(why) = validate_partner_action_url(template)
        {
            return Err(invalid_partner_action(
                text,
                path,
                "partner_action_url",
                why,
            ));
        }
        if let Some(name) = &ja.partner_action_name
            && let Err(why) = validate_partner_action_name(name)
        {
            return Err(invalid_partner_action(
                text,
                path,
                "partner_action_name",
                why,
            ));
        }
        Ok(())
    }
}

/// ` line N,` for the key's line in the file, to splice into a message
/// (empty when the key cannot be found, e.g. set by an inline table).
fn at_line(text: &str, keys: &[&str]) -> String {
    line_of(text, keys)
        .map(|l| format!(" line {l},"))
        .unwrap_or_default()
}

fn invalid_partner_action(text: &str, path: &Path, key: &str, why: InvalidValue) -> Error {
    let line = at_line(text, &["providers", "jobadder", key]);
    let (flag, value) = if key == "partner_action_url" {
        (
            "--partner-action-url",
            "'https://app.example/launch?candidate={candidateId}&user={userId}'",
        )
    } else {
        ("--partner-action-name", "NAME")
    };
    Error::usage(format!(
        "invalid config file {}:{line} key providers.jobadder.{key}: {why}",
        path.display()
    ))
    .with_hint(format!(
        "fix it by hand, or run `atslink provider set jobadder {flag} {value}`"
    ))
}

/// Why a configured value is refused: the words after the key in
/// "invalid config file …: key …: WHY" or after a flag (`--api-url: WHY`).
/// Callers add where the value came from and convert to the CLI's usage
/// (or, for a URL a provider named, auth) error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidValue {
    #[error("`{raw}` is not a URL ({reason})")]
    NotAUrl {
        raw: String,
        reason: url::ParseError,
    },
    #[error("`{0}` uses http to a non-loopback host; use https")]
    PlainHttp(String),
    #[error("`{raw}` has scheme `{scheme}`; use https")]
    Scheme { raw: String, scheme: String },
    #[error(
        "the partner action URL must contain {0}: JobAdder puts the candidate's and the clicking user's ids there when the button is clicked"
    )]
    MissingPlaceholders(String),
    #[error(
        "the partner action URL is {0} characters; JobAdder accepts at most {PARTNER_ACTION_URL_MAX}"
    )]
    UrlTooLong(usize),
    #[error("the partner action name must not be empty")]
    EmptyName,
    #[error(
        "the partner action name is {0} characters; JobAdder accepts at most {PARTNER_ACTION_NAME_MAX}"
    )]
    NameTooLong(usize),
    #[error("the list of redirect URIs is empty")]
    NoRedirectUris,
}

/// A refused value the user typed (a flag): a usage error (2).
impl From<InvalidValue> for Error {
    fn from(e: InvalidValue) -> Self {
        Error::usage(e.to_string())
    }
}

/// JobAdder's limit on a partner action's `url`.
pub const PARTNER_ACTION_URL_MAX: usize = 500;
/// JobAdder's limit on a partner action's `actionName`.
pub const PARTNER_ACTION_NAME_MAX: usize = 100;

/// The Actions-menu button's URL template: the launch needs to know which
/// candidate and which user clicked, it must be https (http only to a
/// loopback host), and JobAdder refuses a `url` over 500 characters, which
/// would otherwise surface only at link time, mid-consent.
pub fn validate_partner_action_url(template: &str) -> Result<(), InvalidValue> {
    let missing: Vec<&str> = ["{candidateId}", "{userId}"]
        .into_iter()
        .filter(|p| !template.contains(p))
        .collect();
    if !missing.is_empty() {
        return Err(InvalidValue::MissingPlaceholders(missing.join(" and ")));
    }
    let len = template.chars().count();
    if len > PARTNER_ACTION_URL_MAX {
        return Err(InvalidValue::UrlTooLong(len));
    }
    validate_url(template)
}

pub fn validate_partner_action_name(name: &str) -> Result<(), InvalidValue> {
    if name.trim().is_empty() {
        return Err(InvalidValue::EmptyName);
    }
    let len = name.chars().count();
    if len > PARTNER_ACTION_NAME_MAX {
        return Err(InvalidValue::NameTooLong(len));
    }
    Ok(())
}

impl Config {
    fn validate_refresh(&self, text: &str, path: &Path) -> Result<()> {
        let Some(value) = &self.refresh.cool_down else {
            return Ok(());
        };
        crate::clock::parse_duration(value)
            .map(|_| ())
            .map_err(|e| {
                let line = at_line(text, &["refresh", "cool_down"]);
                Error::usage(format!(
                    "invalid config file {}:{line} key refresh.cool_down: {}",
                    path.display(),
                    e.message
                ))
                .with_hint("fix it by hand: a duration such as \"30s\" or \"2m\" (\"0s\" for none)")
            })
    }
}

pub(super) fn valid_keys_hint() -> String {
    "valid keys: credential_store (keychain | keyutils | file | database); [secrets] \
     master_key_file; [providers.jobadder] client_id, \
     authorize_url, token_url, api_url, redirect_uri, scopes, partner_action_name, \
     partner_action_url; [providers.salesforce] client_id, login_url, redirect_uri; \
     [providers.flare] api_url, cost_centre_field, pay_group; [serve] listen, public_url, \
     handoff_url; [notify] webhook_urls; [state] url; [refresh] cool_down"
        .to_string()
}

/// URLs must be https, or http only to a loopback host (the sandbox, a
/// local OAuth callback). A partner action URL may carry `{candidateId}`
/// placeholders, which are not valid URL syntax, so they are filled first.
pub fn validate_url(raw: &str) -> Result<(), InvalidValue> {
    let filled = [
        "{candidateId}",
        "{userId}",
        "{placementId}",
        "{org}",
        "{user}",
        "{candidate}",
        "{file}",
    ]
    .iter()
    .fold(raw.to_string(), |s, p| s.replace(p, "1"));
    let url = url::Url::parse(&filled).map_err(|reason| InvalidValue::NotAUrl {
        raw: raw.to_string(),
        reason,
    })?;
    match url.scheme() {
        "https" => Ok(()),
        "http" => {
            let loopback = match url.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            if loopback {
                Ok(())
            } else {
                Err(InvalidValue::PlainHttp(raw.to_string()))
            }
        }
        other => Err(InvalidValue::Scheme {
            raw: raw.to_string(),
            scheme: other.to_string(),
        }),
    }
}

/// The 1-based line where a dotted key is defined, for error messages.
pub(super) fn line_of(text: &str, keys: &[&str]) -> Option<usize> {
    let doc = text.parse::<toml_edit::Document<String>>().ok()?;
    let mut item = doc.as_item();
    for k in keys {
        item = item.get(k)?;
    }
    let span = item.span()?;
    Some(text[..span.start].matches('\n').count() + 1)
}
