//! `config.toml`: hand-editable settings, never secrets.
//!
//! Reading goes through serde with `deny_unknown_fields`, so a typo is an
//! error listing the valid keys, with the file, line and key. Writing goes
//! through `toml_edit`, so the user's comments and ordering survive edits
//! made by `atslink provider set`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::secrets::StoreKind;

mod edit;
mod validate;

pub use edit::{edit, set_provider_value};
use validate::valid_keys_hint;
pub use validate::{
    InvalidValue, validate_partner_action_name, validate_partner_action_url, validate_url,
};

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
    #[serde(default)]
    pub secrets: SecretsSettings,
    #[serde(default)]
    pub notify: NotifySettings,
    #[serde(default)]
    pub state: StateSettings,
    #[serde(default)]
    pub refresh: RefreshSettings,
}

/// `[refresh]`: the locked refresh path every command goes through.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefreshSettings {
    /// How long the next refresh of a link waits after a failed one (unless
    /// `--force`), e.g. `"30s"`; `"0s"` turns the cool-down off.
    pub cool_down: Option<String>,
}

impl RefreshSettings {
    /// The cool-down; the value was checked when the file was loaded.
    pub fn cool_down(&self) -> time::Duration {
        self.cool_down
            .as_deref()
            .and_then(|v| crate::clock::parse_duration(v).ok())
            .unwrap_or(defaults::REFRESH_COOL_DOWN)
    }
}

/// `[state]`: where the state store lives.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateSettings {
    /// `postgres://USER@HOST/DATABASE?sslmode=require`: a team's shared
    /// store. Absent: `state.db` in the home. Never with a password (the
    /// config file holds no secret): that comes from
    /// `ATSLINK_DATABASE_PASSWORD`, or the whole URL from
    /// `ATSLINK_DATABASE_URL`.
    pub url: Option<String>,
}

/// `[notify]`: where `serve` reports a link turning broken or recovering.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotifySettings {
    /// Each gets a JSON POST per transition (with a Slack-compatible `text`).
    #[serde(default)]
    pub webhook_urls: Vec<String>,
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

/// `[secrets]`: where the `database` credential store's master key is.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretsSettings {
    /// A file holding the base64 key, mode 0600; relative to the home.
    pub master_key_file: Option<PathBuf>,
}

impl SecretsSettings {
    /// The key file's path, a relative one taken from the config's directory.
    pub fn master_key_file(&self, config_path: &Path) -> Option<PathBuf> {
        let file = self.master_key_file.as_ref()?;
        Some(match config_path.parent() {
            Some(dir) if file.is_relative() => dir.join(file),
            _ => file.clone(),
        })
    }
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
    pub redirect_uri: Option<RedirectUris>,
    pub scopes: Option<Vec<String>>,
    pub partner_action_name: Option<String>,
    pub partner_action_url: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalesforceSettings {
    pub client_id: Option<String>,
    pub login_url: Option<String>,
    pub redirect_uri: Option<RedirectUris>,
}

/// `redirect_uri = "…"`, or a list of loopback URIs registered with the
/// app, tried in order until one's port is free (two people linking from
/// one host at once).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(untagged, expecting = "a redirect URI, or a list of redirect URIs")]
pub enum RedirectUris {
    One(String),
    Many(Vec<String>),
}

impl RedirectUris {
    pub fn list(&self) -> Vec<String> {
        match self {
            RedirectUris::One(u) => vec![u.clone()],
            RedirectUris::Many(us) => us.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlareSettings {
    pub api_url: Option<String>,
    /// The JobAdder placement custom field holding the Flare cost centre.
    pub cost_centre_field: Option<String>,
    /// The Flare pay group every legal entity must be in (`org check`).
    pub pay_group: Option<String>,
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
    /// As the Flare FAQ names it ("JobAdder" or anything: it is a setting).
    pub const FLARE_PAY_GROUP: &str = "JobAdder";
    /// Long enough that every command and cron run meeting a provider that
    /// is down or refusing does not hammer it; short enough that a blip is
    /// over by the time a person tries again.
    pub const REFRESH_COOL_DOWN: time::Duration = time::Duration::seconds(30);
}

impl Config {
    pub fn path(home: &Path) -> PathBuf {
        home.join(FILE_NAME)
    }

    /// Loads config.toml; a missing file means defaults.
    pub fn load(path: &Path) -> Result<Config> {
        match read_text(path)? {
            Some(text) => Config::parse(&text, path),
            None => Ok(Config::default()),
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
}

/// The text of config.toml, or `None` when there is none. TOML is UTF-8 by
/// definition, so other bytes are a bad config (exit 2) located by line and
/// column, like every other config error; the bytes themselves are not
/// quoted, since they could be part of a secret pasted in by mistake.
fn read_text(path: &Path) -> Result<Option<String>> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::failure(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // Columns count characters; everything before the error is valid UTF-8.
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        Error::usage(format!(
            "invalid config file {}: line {line}, column {column}: not UTF-8 text \
             (byte offset {})",
            path.display(),
            valid.len()
        ))
        .with_hint("save config.toml as UTF-8 (TOML files are always UTF-8)")
    })
}

#[cfg(test)]
mod tests;
