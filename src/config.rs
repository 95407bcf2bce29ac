//! `config.toml`: hand-editable settings, never secrets.
//!
//! Reading goes through serde with `deny_unknown_fields`, so a typo is an
//! error listing the valid keys, with the file, line and key. Writing goes
//! through `toml_edit`, so the user's comments and ordering survive edits
//! made by `atslink provider set`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::fsutil;
use crate::secrets::StoreKind;

pub const FILE_NAME: &str = "config.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub credential_store: StoreKind,
    #[serde(default)]
    pub providers: Providers,
    #[serde(default)]
    pub serve: ServeSettings,
}

/// `[serve]`: the server half (`atslink serve`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServeSettings {
    /// Address to listen on, e.g. `127.0.0.1:8780` (TLS is the reverse proxy's).
    pub listen: Option<String>,
    /// The public https origin (and path prefix) the reverse proxy serves
    /// atslink at: partner actions and hashed launch URLs are built on it.
    pub public_url: Option<String>,
    /// Where a chosen file is handed off: `{org}`, `{user}`, `{candidate}`, `{file}`.
    pub handoff_url: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Providers {
    #[serde(default)]
    pub jobadder: JobAdderSettings,
    #[serde(default)]
    pub salesforce: SalesforceSettings,
    #[serde(default)]
    pub flare: FlareSettings,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobAdderSettings {
    pub client_id: Option<String>,
    pub authorize_url: Option<String>,
    pub token_url: Option<String>,
    pub api_url: Option<String>,
    pub redirect_uri: Option<String>,
    pub scopes: Option<Vec<String>>,
    pub partner_action_name: Option<String>,
    pub partner_action_url: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalesforceSettings {
    pub client_id: Option<String>,
    pub login_url: Option<String>,
    pub redirect_uri: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlareSettings {
    pub api_url: Option<String>,
    /// The JobAdder placement custom field holding the Flare cost centre.
    pub cost_centre_field: Option<String>,
}

/// Built-in defaults, used where config.toml says nothing.
pub mod defaults {
    pub const JOBADDER_AUTHORIZE_URL: &str = "https://id.jobadder.com/connect/authorize";
    pub const JOBADDER_TOKEN_URL: &str = "https://id.jobadder.com/connect/token";
    pub const JOBADDER_API_URL: &str = "https://api.jobadder.com/v2";
    pub const JOBADDER_REDIRECT_URI: &str = "http://localhost:8976/callback";
    pub const JOBADDER_SCOPES: &[&str] = &["read", "write", "offline_access", "partner_ui_action"];
    pub const JOBADDER_PARTNER_ACTION_NAME: &str = "Allsorter";
    pub const SALESFORCE_LOGIN_URL: &str = "https://login.salesforce.com";
    pub const SALESFORCE_REDIRECT_URI: &str = "http://localhost:1717/OauthRedirect";
    /// As the Flare FAQ names it (with an en dash; a hyphen matches too).
    pub const FLARE_COST_CENTRE_FIELD: &str = "Flare \u{2013} Cost Centre";
}

impl Config {
    pub fn path(home: &Path) -> PathBuf {
        home.join(FILE_NAME)
    }

    /// Loads config.toml; a missing file means defaults.
    pub fn load(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::failure(format!(
                "cannot read {}: {e}",
                path.display()
            ))),
        }
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|e| {
            // The message and line only: toml's own rendering quotes the
            // offending line, which could hold a secret pasted in by mistake.
            let line = e
                .span()
                .map(|sp| {
                    let at = sp.start.min(text.len());
                    format!(" line {},", text[..at].matches('\n').count() + 1)
                })
                .unwrap_or_default();
            Error::usage(format!(
                "invalid config file {}:{line} {}",
                path.display(),
                e.message().trim_end()
            ))
            .with_hint(valid_keys_hint())
        })?;
        config.validate(text, path)?;
        Ok(config)
    }

    fn validate(&self, text: &str, path: &Path) -> Result<()> {
        let ja = &self.providers.jobadder;
        let sf = &self.providers.salesforce;
        let urls = [
            ("jobadder", "authorize_url", &ja.authorize_url),
            ("jobadder", "token_url", &ja.token_url),
            ("jobadder", "api_url", &ja.api_url),
            ("jobadder", "redirect_uri", &ja.redirect_uri),
            ("jobadder", "partner_action_url", &ja.partner_action_url),
            ("salesforce", "login_url", &sf.login_url),
            ("salesforce", "redirect_uri", &sf.redirect_uri),
            ("flare", "api_url", &self.providers.flare.api_url),
        ];
        let serve = [
            ("public_url", &self.serve.public_url),
            ("handoff_url", &self.serve.handoff_url),
        ];
        for (key, value) in serve {
            if let Some(v) = value
                && let Err(why) = validate_url(v)
            {
                let line = line_of(text, &["serve", key])
                    .map(|l| format!(" line {l},"))
                    .unwrap_or_default();
                return Err(Error::usage(format!(
                    "invalid config file {}:{line} key serve.{key}: {why}",
                    path.display()
                ))
                .with_hint("fix it by hand: an https URL (http only to a loopback host)"));
            }
        }
        if let Some(listen) = &self.serve.listen
            && listen.parse::<std::net::SocketAddr>().is_err()
        {
            return Err(Error::usage(format!(
                "invalid config file {}: key serve.listen: `{listen}` is not an address like 127.0.0.1:8780",
                path.display()
            )));
        }
        for (provider, key, value) in urls {
            if let Some(v) = value
                && let Err(why) = validate_url(v)
            {
                let line = line_of(text, &["providers", provider, key])
                    .map(|l| format!(" line {l},"))
                    .unwrap_or_default();
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
}

fn valid_keys_hint() -> String {
    "valid keys: credential_store (keychain | keyutils | file); [providers.jobadder] client_id, \
     authorize_url, token_url, api_url, redirect_uri, scopes, partner_action_name, \
     partner_action_url; [providers.salesforce] client_id, login_url, redirect_uri; \
     [providers.flare] api_url, cost_centre_field; [serve] listen, public_url, handoff_url"
        .to_string()
}

/// URLs must be https, or http only to a loopback host (the sandbox, a
/// local OAuth callback). A partner action URL may carry `{candidateId}`
/// placeholders, which are not valid URL syntax, so they are filled first.
pub fn validate_url(raw: &str) -> std::result::Result<(), String> {
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
    let url = url::Url::parse(&filled).map_err(|e| format!("`{raw}` is not a URL ({e})"))?;
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
                Err(format!(
                    "`{raw}` uses http to a non-loopback host; use https"
                ))
            }
        }
        other => Err(format!("`{raw}` has scheme `{other}`; use https")),
    }
}

/// The 1-based line where a dotted key is defined, for error messages.
fn line_of(text: &str, keys: &[&str]) -> Option<usize> {
    let doc = text.parse::<toml_edit::Document<String>>().ok()?;
    let mut item = doc.as_item();
    for k in keys {
        item = item.get(k)?;
    }
    let span = item.span()?;
    Some(text[..span.start].matches('\n').count() + 1)
}

/// Applies an edit to config.toml, keeping comments and order. The result is
/// validated before it replaces the file, so an edit never leaves a config
/// that the next command would reject.
pub fn edit(
    path: &Path,
    apply: impl FnOnce(&mut toml_edit::DocumentMut) -> Result<()>,
) -> Result<()> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Error::failure(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    // Validate through the loading path first, so an error never quotes
    // the file's lines.
    Config::parse(&text, path)?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|_| Error::usage(format!("invalid config file {}", path.display())))?;
    apply(&mut doc)?;
    let new_text = doc.to_string();
    Config::parse(&new_text, path)?;
    if let Some(dir) = path.parent() {
        fsutil::ensure_private_dir(dir)?;
    }
    fsutil::write_atomic(path, new_text.as_bytes(), false)
}

/// Sets `[providers.<provider>] <key> = value` in a document.
pub fn set_provider_value(
    doc: &mut toml_edit::DocumentMut,
    provider: &str,
    key: &str,
    value: toml_edit::Value,
) -> Result<()> {
    // Inline tables (`jobadder = { client_id = "x" }`) are valid TOML but
    // would need rewriting in another style; ask for the plain form.
    let inline = || {
        Error::usage(format!(
            "config.toml writes [providers] or [providers.{provider}] as an inline table; atslink edits only the [providers.{provider}] table form"
        ))
        .with_hint(format!("rewrite it as a [providers.{provider}] section and run the command again"))
    };
    let providers = doc
        .entry("providers")
        .or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(inline)?;
    let table = providers
        .entry(provider)
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
        .as_table_mut()
        .ok_or_else(inline)?;
    // Replace the value in place when the key exists, so the comments
    // around it (the key's and the value's decor) stay where they were.
    match table.get_mut(key).and_then(toml_edit::Item::as_value_mut) {
        Some(existing) => {
            let decor = existing.decor().clone();
            *existing = value;
            *existing.decor_mut() = decor;
        }
        None => {
            table.insert(key, toml_edit::Item::Value(value));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(validate_url("https://id.jobadder.com/connect/token").is_ok());
        assert!(validate_url("http://127.0.0.1:8976/callback").is_ok());
        assert!(validate_url("http://localhost:1717/OauthRedirect").is_ok());
        assert!(validate_url("http://[::1]:9/x").is_ok());
        assert!(validate_url("http://example.com/").is_err());
        assert!(validate_url("ftp://example.com/").is_err());
        assert!(validate_url("not a url").is_err());
        assert!(validate_url("https://app.example/launch?c={candidateId}&u={userId}").is_ok());
    }

    #[test]
    fn line_numbers() {
        let text = "credential_store = \"file\"\n\n[providers.jobadder]\ntoken_url = \"http://x.example\"\n";
        assert_eq!(
            line_of(text, &["providers", "jobadder", "token_url"]),
            Some(4)
        );
        let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
        assert!(err.message.contains("line 4"), "{}", err.message);
        assert!(err.message.contains("providers.jobadder.token_url"));
    }

    #[test]
    fn errors_do_not_quote_the_file() {
        let text = "client_secret = \"SUPERSECRET-123\"\n";
        let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
        assert!(!err.message.contains("SUPERSECRET"), "{}", err.message);
        assert!(err.message.contains("line 1"), "{}", err.message);
        assert!(err.message.contains("client_secret"), "{}", err.message);
    }

    #[test]
    fn inline_tables_are_refused_not_panicked_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[providers]\njobadder = { client_id = \"x\" }\n").unwrap();
        let err = edit(&path, |doc| {
            set_provider_value(doc, "jobadder", "client_id", "y".into())
        })
        .unwrap_err();
        assert!(err.message.contains("inline table"), "{}", err.message);
    }

    #[test]
    fn edits_keep_comments() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "# mine\ncredential_store = \"file\" # keep\n").unwrap();
        edit(&path, |doc| {
            set_provider_value(doc, "jobadder", "client_id", "abc".into())
        })
        .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# mine\ncredential_store = \"file\" # keep\n"),
            "{text}"
        );
        assert!(
            text.contains("[providers.jobadder]\nclient_id = \"abc\""),
            "{text}"
        );
    }
}
