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

    /// Refuses a config file whose values would fail later, far from the
    /// line that set them. The first problem found is reported, with its
    /// line, in the order of the steps below.
    fn validate(&self, text: &str, path: &Path) -> Result<()> {
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
                Some("the list of redirect URIs is empty".to_string())
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
                &why,
            ));
        }
        if let Some(name) = &ja.partner_action_name
            && let Err(why) = validate_partner_action_name(name)
        {
            return Err(invalid_partner_action(
                text,
                path,
                "partner_action_name",
                &why,
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

fn invalid_partner_action(text: &str, path: &Path, key: &str, why: &str) -> Error {
    let line = line_of(text, &["providers", "jobadder", key])
        .map(|l| format!(" line {l},"))
        .unwrap_or_default();
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

/// JobAdder's limit on a partner action's `url`.
pub const PARTNER_ACTION_URL_MAX: usize = 500;
/// JobAdder's limit on a partner action's `actionName`.
pub const PARTNER_ACTION_NAME_MAX: usize = 100;

/// The Actions-menu button's URL template: the launch needs to know which
/// candidate and which user clicked, it must be https (http only to a
/// loopback host), and JobAdder refuses a `url` over 500 characters, which
/// would otherwise surface only at link time, mid-consent.
pub fn validate_partner_action_url(template: &str) -> std::result::Result<(), String> {
    let missing: Vec<&str> = ["{candidateId}", "{userId}"]
        .into_iter()
        .filter(|p| !template.contains(p))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "the partner action URL must contain {} (JobAdder fills them in when the button is clicked)",
            missing.join(" and ")
        ));
    }
    let len = template.chars().count();
    if len > PARTNER_ACTION_URL_MAX {
        return Err(format!(
            "the partner action URL is {len} characters; JobAdder accepts at most {PARTNER_ACTION_URL_MAX}"
        ));
    }
    validate_url(template)
}

pub fn validate_partner_action_name(name: &str) -> std::result::Result<(), String> {
    let len = name.trim().chars().count();
    if len == 0 {
        return Err("the partner action name must not be empty".into());
    }
    if name.chars().count() > PARTNER_ACTION_NAME_MAX {
        return Err(format!(
            "the partner action name is {} characters; JobAdder accepts at most {PARTNER_ACTION_NAME_MAX}",
            name.chars().count()
        ));
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
                let line = line_of(text, &["refresh", "cool_down"])
                    .map(|l| format!(" line {l},"))
                    .unwrap_or_default();
                Error::usage(format!(
                    "invalid config file {}:{line} key refresh.cool_down: {}",
                    path.display(),
                    e.message
                ))
                .with_hint("fix it by hand: a duration such as \"30s\" or \"2m\" (\"0s\" for none)")
            })
    }
}

fn valid_keys_hint() -> String {
    "valid keys: credential_store (keychain | keyutils | file | database); [secrets] \
     master_key_file; [providers.jobadder] client_id, \
     authorize_url, token_url, api_url, redirect_uri, scopes, partner_action_name, \
     partner_action_url; [providers.salesforce] client_id, login_url, redirect_uri; \
     [providers.flare] api_url, cost_centre_field; [serve] listen, public_url, handoff_url; \
     [state] url; [refresh] cool_down"
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

/// Applies an edit to config.toml, keeping comments and order. The result is
/// validated before it replaces the file, so an edit never leaves a config
/// that the next command would reject.
pub fn edit(
    path: &Path,
    apply: impl FnOnce(&mut toml_edit::DocumentMut) -> Result<()>,
) -> Result<()> {
    let text = read_text(path)?.unwrap_or_default();
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
    fn partner_action_templates() {
        let ok = "https://app.example/launch?c={candidateId}&u={userId}";
        assert!(validate_partner_action_url(ok).is_ok());
        assert!(
            validate_partner_action_url("http://127.0.0.1:9/l?c={candidateId}&u={userId}").is_ok()
        );
        let no_user =
            validate_partner_action_url("https://app.example/launch?c={candidateId}").unwrap_err();
        assert!(
            no_user.contains("{userId}") && !no_user.contains("{candidateId}"),
            "{no_user}"
        );
        assert!(
            validate_partner_action_url("https://app.example/launch")
                .unwrap_err()
                .contains("{candidateId} and {userId}")
        );
        assert!(
            validate_partner_action_url("http://app.example/l?c={candidateId}&u={userId}").is_err()
        );
        let long = format!("{ok}&pad={}", "x".repeat(500 - ok.len() - 5));
        assert_eq!(long.len(), 500);
        assert!(validate_partner_action_url(&long).is_ok());
        assert!(
            validate_partner_action_url(&format!("{long}x"))
                .unwrap_err()
                .contains("at most 500")
        );
        assert!(validate_partner_action_name("Allsorter").is_ok());
        assert!(validate_partner_action_name(" ").is_err());
        assert!(validate_partner_action_name(&"n".repeat(101)).is_err());
    }

    #[test]
    fn refresh_cool_down() {
        let path = Path::new("config.toml");
        let default = Config::parse("", path).unwrap();
        assert_eq!(default.refresh.cool_down(), time::Duration::seconds(30));
        let set = Config::parse("[refresh]\ncool_down = \"2m\"\n", path).unwrap();
        assert_eq!(set.refresh.cool_down(), time::Duration::minutes(2));
        let off = Config::parse("[refresh]\ncool_down = \"0s\"\n", path).unwrap();
        assert_eq!(off.refresh.cool_down(), time::Duration::ZERO);
        let bad = Config::parse("[refresh]\ncool_down = \"soon\"\n", path).unwrap_err();
        assert_eq!(bad.exit_code(), 2);
        assert!(
            bad.message.contains("line 2, key refresh.cool_down"),
            "{}",
            bad.message
        );
    }

    #[test]
    fn redirect_uri_is_one_or_a_list() {
        let one = Config::parse(
            "[providers.jobadder]\nredirect_uri = \"http://localhost:8976/callback\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(
            one.providers.jobadder.redirect_uri.unwrap().list(),
            ["http://localhost:8976/callback"]
        );
        let many = Config::parse(
            "[providers.salesforce]\nredirect_uri = [\"http://localhost:1717/a\", \"http://localhost:1718/a\"]\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(
            many.providers.salesforce.redirect_uri.unwrap().list().len(),
            2
        );
        let bad = Config::parse(
            "[providers.jobadder]\nredirect_uri = [\"http://localhost:1/a\", \"http://example.com/a\"]\n",
            Path::new("c.toml"),
        )
        .unwrap_err();
        assert!(bad.message.contains("line 2"), "{}", bad.message);
        assert!(bad.message.contains("example.com"), "{}", bad.message);
        assert!(
            Config::parse(
                "[providers.jobadder]\nredirect_uri = []\n",
                Path::new("c.toml")
            )
            .is_err()
        );
        assert!(
            Config::parse(
                "[providers.jobadder]\nredirect_uri = 5\n",
                Path::new("c.toml")
            )
            .is_err()
        );
    }

    #[test]
    fn partner_action_url_is_checked_on_load() {
        let text = "[providers.jobadder]\npartner_action_url = \"https://app.example/launch?c={candidateId}\"\n";
        let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
        assert!(err.message.contains("line 2"), "{}", err.message);
        assert!(err.message.contains("{userId}"), "{}", err.message);
        assert!(
            err.hint
                .unwrap()
                .contains("provider set jobadder --partner-action-url")
        );
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
    fn the_master_key_file_is_relative_to_the_home() {
        let path = Path::new("/home/me/.config/atslink/config.toml");
        let text = "credential_store = \"database\"\n[secrets]\nmaster_key_file = \"master.key\"\n";
        let config = Config::parse(text, path).unwrap();
        assert_eq!(config.credential_store, StoreKind::Database);
        assert_eq!(
            config.secrets.master_key_file(path).unwrap(),
            Path::new("/home/me/.config/atslink/master.key")
        );
        let abs = Config::parse("[secrets]\nmaster_key_file = \"/etc/k\"\n", path).unwrap();
        assert_eq!(
            abs.secrets.master_key_file(path).unwrap(),
            Path::new("/etc/k")
        );
        // The key itself never belongs in the config: an unknown key, refused.
        let err = Config::parse("[secrets]\nmaster_key = \"AAAA\"\n", path).unwrap_err();
        assert!(err.message.contains("master_key"), "{}", err.message);
        assert!(!err.message.contains("AAAA"), "{}", err.message);
        assert!(err.hint.unwrap().contains("master_key_file"));
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
