//! What every command works with: the home and its files, the loaded
//! config, the clock, the printer, and lazily opened state and credential
//! stores (so `--version`-fast commands never open a database or a D-Bus).

use std::path::{Path, PathBuf};

use crate::cli::GlobalArgs;
use crate::clock::{self, Clock};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::{ConfirmPolicy, Printer};
use crate::secrets::{self, CredentialStore, SecretKey, SecretString};
use crate::state::{self, NewAudit, Org, Read, Store, Tx};

pub struct Context {
    pub home: PathBuf,
    /// The home as given (`--home`/`ATSLINK_HOME`/default), before
    /// `--sandbox` switches `home` to the sandbox's.
    pub base_home: PathBuf,
    pub config_path: PathBuf,
    pub config: Config,
    pub printer: Printer,
    pub clock: Clock,
    org_flag: Option<String>,
    confirm_policy: ConfirmPolicy,
    command_line: String,
    state: Option<Store>,
    creds: Option<Box<dyn CredentialStore>>,
    /// Whether opening the credential store shows its notice: `serve`'s
    /// request contexts leave it to the one shown at startup.
    announce_store: bool,
    sandbox: Option<SandboxMode>,
    /// The outbound HTTP policy's client, built on first use.
    http: std::sync::OnceLock<crate::http::Http>,
}

/// `--sandbox`: where the emulator's world is and how to reach it.
struct SandboxMode {
    world: PathBuf,
    /// `ATSLINK_SANDBOX_URL`: a `sandbox serve` already running.
    url: Option<String>,
    /// The in-process emulator, started on first use and stopped on drop.
    running: Option<crate::sandbox::Running>,
}

/// Who did what and when, for audit rows; taken from the context before a
/// write transaction borrows the store.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub at: String,
    pub actor: String,
    pub command: String,
}

impl Stamp {
    pub fn record(&self, tx: &Tx<'_>, entry: NewAudit) -> Result<()> {
        tx.audit(&entry, &self.at, &self.actor, &self.command)
    }

    /// Many entries at once, in file order (a bulk change).
    pub fn record_many(&self, tx: &Tx<'_>, entries: &[NewAudit]) -> Result<()> {
        tx.audit_many(entries, &self.at, &self.actor, &self.command)
    }
}

impl Context {
    /// The HTTP client every provider and OAuth call goes through, tracing
    /// its exchanges at `-vv`.
    pub fn http(&self) -> crate::http::Http {
        self.http
            .get_or_init(|| {
                let printer = self.printer.clone();
                crate::http::Http::new(crate::http::Policy::default()).with_trace(
                    std::sync::Arc::new(move |line: &str| printer.debug(2, line)),
                )
            })
            .clone()
    }

    pub fn new(global: &GlobalArgs, command_line: String) -> Result<Context> {
        let printer = Printer::new(global.json, global.quiet, global.verbose, global.color)
            .with_invocation(crate::output::Invocation::from_global(global));
        let base_home = resolve_home(global.home.as_deref())?;
        let mut clock = Clock::system();
        let (home, sandbox) = if global.sandbox {
            let home = crate::sandbox::home(&base_home);
            crate::fsutil::ensure_private_dir(&home)?;
            let world = crate::sandbox::world_path(&home);
            clock = Clock::at(crate::sandbox::clock_now(&world)?);
            let url = std::env::var("ATSLINK_SANDBOX_URL")
                .ok()
                .filter(|u| !u.trim().is_empty())
                .map(|u| u.trim().trim_end_matches('/').to_string());
            printer.note(&format!(
                "sandbox: home {}, providers emulated{}",
                home.display(),
                url.as_deref()
                    .map(|u| format!(" at {u}"))
                    .unwrap_or_else(|| " in-process".into())
            ));
            (
                home,
                Some(SandboxMode {
                    world,
                    url,
                    running: None,
                }),
            )
        } else {
            (base_home.clone(), None)
        };
        let config_path = Config::path(&home);
        let config = Config::load(&config_path)?;
        printer.debug(1, &format!("home: {}", home.display()));
        Ok(Context {
            base_home,
            home,
            config_path,
            config,
            printer,
            clock,
            org_flag: global.org.clone(),
            confirm_policy: ConfirmPolicy {
                yes: global.yes,
                no_input: global.no_input,
                json: global.json,
            },
            command_line,
            state: None,
            creds: None,
            announce_store: true,
            sandbox,
            http: std::sync::OnceLock::new(),
        })
    }

    /// Another context on the same home, config and printer, with its own
    /// state connection and credential store: `serve` gives one to each
    /// concurrent request. In sandbox mode it reaches this context's
    /// emulator (started here if needed) instead of starting its own.
    pub fn worker(&mut self) -> Result<Context> {
        let world = self.sandbox_world();
        let sandbox = self.sandbox_base()?.map(|url| SandboxMode {
            world,
            url: Some(url),
            running: None,
        });
        Ok(Context {
            home: self.home.clone(),
            base_home: self.base_home.clone(),
            config_path: self.config_path.clone(),
            config: self.config.clone(),
            printer: self.printer.clone(),
            clock: self.clock,
            org_flag: self.org_flag.clone(),
            confirm_policy: self.confirm_policy.clone(),
            command_line: self.command_line.clone(),
            state: None,
            creds: None,
            // One connection pool for the whole server.
            http: std::sync::OnceLock::from(self.http()),
            announce_store: false,
            sandbox,
        })
    }

    /// Re-reads the sandbox world's clock (`sandbox clock advance` may have
    /// moved it since this context was made); the system clock otherwise.
    pub fn resync_clock(&mut self) -> Result<()> {
        if let Some(mode) = &self.sandbox {
            self.clock = Clock::at(crate::sandbox::clock_now(&mode.world)?);
        }
        Ok(())
    }

    /// Where this home's state lives (see [`state::Location::resolve`]).
    pub fn state_location(&self) -> Result<state::Location> {
        state::Location::resolve(&self.home, &self.config, self.sandbox.is_none())
    }

    pub fn state(&mut self) -> Result<&mut Store> {
        if self.state.is_none() {
            let location = self.state_location()?;
            self.printer
                .debug(2, &format!("opening state database {}", location.display()));
            self.state = Some(Store::open_at(&location)?);
        }
        Ok(self.state.as_mut().expect("just opened"))
    }

    /// The configured credential store, opened on first use. Its notice
    /// (plaintext file, short-lived kernel keyring) is shown every time a
    /// command uses it.
    pub fn creds(&mut self) -> Result<&dyn CredentialStore> {
        if self.creds.is_none() {
            let kind = self.config.credential_store;
            // The sandbox keeps its fake tokens in its own file, out of the
            // real keychain, unless its config chooses the database store:
            // that one lives in the sandbox's own state.db, so it is as
            // separate, and it is how the encrypted store is tried end to end.
            let sandbox_file = self.sandbox.is_some() && kind != secrets::StoreKind::Database;
            let store: Box<dyn CredentialStore> = if sandbox_file {
                self.printer
                    .debug(1, "credential store: the sandbox's file");
                Box::new(secrets::FileStore::for_sandbox(
                    self.home.join("credentials.json"),
                ))
            } else {
                self.printer
                    .debug(1, &format!("credential store: {}", kind.as_str()));
                secrets::open_at(kind, &self.home, &self.config_path, &self.state_location()?)?
            };
            if let Some(notice) = store.notice().filter(|_| self.announce_store) {
                self.printer.warn(&notice);
            }
            self.creds = Some(store);
        }
        Ok(self.creds.as_deref().expect("just opened"))
    }

    /// Stores a secret, then records its name (not its value) in the state
    /// database. The store comes first: if it is unavailable nothing is
    /// recorded and nothing was half-done.
    pub fn store_secret(
        &mut self,
        name: &SecretKey,
        org_id: Option<i64>,
        value: &SecretString,
    ) -> Result<()> {
        let kind = {
            let store = self.creds()?;
            store.set(name, value).map_err(|mut e| {
                e.message.push_str("; nothing was stored");
                e
            })?;
            store.kind()
        };
        self.printer
            .debug(2, &format!("stored secret `{name}` in {}", kind.as_str()));
        let at = clock::format(self.clock.now());
        self.state()?
            .write(|tx| tx.put_credential_ref(name, org_id, kind.as_str(), &at))
    }

    /// Removes a secret and its name. A missing entry is not an error.
    pub fn delete_secret(&mut self, name: &SecretKey) -> Result<()> {
        self.creds()?.delete(name)?;
        self.printer.debug(2, &format!("deleted secret `{name}`"));
        self.state()?.write(|tx| tx.delete_credential_ref(name))
    }

    pub fn is_sandbox(&self) -> bool {
        self.sandbox.is_some()
    }

    /// The emulator's origin in sandbox mode (starting the in-process one on
    /// first use), `None` otherwise.
    pub fn sandbox_base(&mut self) -> Result<Option<String>> {
        let Some(mode) = self.sandbox.as_mut() else {
            return Ok(None);
        };
        if let Some(url) = &mode.url {
            return Ok(Some(url.clone()));
        }
        if mode.running.is_none() {
            let running = crate::sandbox::start(&mode.world, None)?;
            self.printer.debug(
                1,
                &format!("sandbox emulator listening at {}", running.base_url),
            );
            mode.running = Some(running);
        }
        Ok(mode.running.as_ref().map(|r| r.base_url.clone()))
    }

    /// The sandbox's own home: `<home>/sandbox`. `--sandbox` commands use
    /// it as their home, and the emulator keeps its world there.
    pub fn sandbox_home(&self) -> PathBuf {
        crate::sandbox::home(&self.base_home)
    }

    /// The emulator's persistent world (`<home>/sandbox/world.db`).
    pub fn sandbox_world(&self) -> PathBuf {
        crate::sandbox::world_path(&self.sandbox_home())
    }

    pub fn stamp(&self) -> Stamp {
        Stamp {
            at: clock::format(self.clock.now()),
            actor: os_user(),
            command: self.command_line.clone(),
        }
    }

    /// The organisation slug from the positional argument, else `--org` /
    /// `ATSLINK_ORG`.
    pub fn org_slug(&self, positional: Option<&str>) -> Result<String> {
        positional
            .map(str::to_string)
            .or_else(|| self.org_flag.clone())
            .ok_or_else(|| {
                Error::usage("no organisation given").with_hint(
                    "pass --org SLUG (or set ATSLINK_ORG); `atslink org list` shows them",
                )
            })
    }

    /// Looks an organisation up; a missing one is exit 4 with the way to
    /// find the right slug.
    ///
    /// A command that writes must resolve the organisation again inside its
    /// write transaction ([`org_in`]): between this look-up and the write,
    /// the organisation may be deleted and its row id reused by another.
    pub fn require_org(&mut self, slug: &str) -> Result<Org> {
        org_from(&self.state()?.read(), slug)
    }

    /// Whether a prompt may be shown: a person at a terminal, not a script.
    pub fn can_prompt(&self) -> bool {
        self.confirm_policy.interactive()
    }

    /// Reads a secret for a `--…-stdin` flag: piped stdin (without its
    /// trailing newline), or a hidden prompt when a person is at a terminal
    /// and prompts are allowed. `example` is the command line to show.
    pub fn read_secret(&self, what: &str, example: &str) -> Result<SecretString> {
        use std::io::{IsTerminal, Read};
        let stdin = std::io::stdin();
        let piped_hint = || format!("pipe it in: `printf %s \"$VALUE\" | {example}`");
        if stdin.is_terminal() {
            if let Some(why) = self.confirm_policy.why_not_interactive() {
                return Err(Error::usage(format!(
                    "cannot ask for the {what} ({why}): pipe it on stdin"
                ))
                .with_hint(piped_hint()));
            }
            let value = dialoguer::Password::new()
                .with_prompt(what)
                .interact()
                .map_err(|e| Error::failure(format!("cannot read the {what}: {e}")))?;
            return Ok(SecretString::new(value));
        }
        let mut buf = String::new();
        stdin
            .lock()
            .read_to_string(&mut buf)
            .map_err(|e| Error::usage(format!("cannot read the {what} from stdin: {e}")))?;
        let secret = SecretString::new(buf.trim_end_matches(['\r', '\n']));
        // Only the SecretString keeps the value.
        buf.clear();
        if secret.is_empty() {
            return Err(
                Error::usage(format!("the {what} on stdin is empty")).with_hint(piped_hint())
            );
        }
        Ok(secret)
    }

    pub fn confirm(&self, question: &str, retry: &str) -> Result<()> {
        crate::output::confirm(&self.confirm_policy, question, retry)
    }
}

/// The organisation `slug` as one read (or read snapshot) sees it.
pub fn org_from(read: &Read<'_>, slug: &str) -> Result<Org> {
    match read.org(slug)? {
        Some(org) => Ok(org),
        None => Err(org_not_found(slug, &read.org_slugs()?)),
    }
}

/// The organisation `slug` as it is inside a write transaction, so what the
/// transaction writes lands in that organisation, and a deleted one is exit 4.
pub fn org_in(tx: &Tx<'_>, slug: &str) -> Result<Org> {
    match tx.org(slug)? {
        Some(org) => Ok(org),
        None => Err(org_not_found(slug, &tx.org_slugs()?)),
    }
}

/// Inside a write transaction, checks that `org` (resolved before a long
/// step: a consent in the browser, a batch) still exists as it was. An
/// organisation deleted meanwhile, or deleted and created again under the
/// same slug, is exit 4 and nothing is written.
pub fn org_unchanged(tx: &Tx<'_>, org: &Org, doing: &str) -> Result<()> {
    match tx.org(&org.slug)? {
        Some(now) if now.id == org.id => Ok(()),
        _ => Err(Error::not_found(format!(
            "organisation `{}` was deleted while {doing}; nothing was stored",
            org.slug
        ))
        .with_hint("`atslink org list` shows the organisations")),
    }
}

/// Exit 4 for a missing organisation; the hint suggests the closest
/// existing slug when one is near enough to be a typo.
pub fn org_not_found(slug: &str, known: &[String]) -> Error {
    let list = "`atslink org list` shows the organisations; `atslink org create` makes one";
    let hint = match crate::commands::org::closest_slug(slug, known) {
        Some(near) => format!("did you mean `{near}`? {list}"),
        None => list.to_string(),
    };
    Error::not_found(format!("no organisation {}", crate::error::quote(slug))).with_hint(hint)
}

fn resolve_home(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(h) = flag {
        if h.as_os_str().is_empty() {
            return Err(Error::usage("--home / ATSLINK_HOME is empty"));
        }
        return Ok(h.to_path_buf());
    }
    dirs::config_dir()
        .map(|d| d.join("atslink"))
        .ok_or_else(|| {
            Error::usage("cannot find a configuration directory for this user")
                .with_hint("set ATSLINK_HOME or pass --home DIR")
        })
}

/// The OS user running the command, for the audit log.
fn os_user() -> String {
    #[cfg(unix)]
    {
        // SAFETY: getpwuid returns a pointer into static storage or null; the
        // name is copied out before any other libc call.
        unsafe {
            let pw = libc::getpwuid(libc::getuid());
            if !pw.is_null() && !(*pw).pw_name.is_null() {
                let name = std::ffi::CStr::from_ptr((*pw).pw_name);
                return name.to_string_lossy().into_owned();
            }
        }
    }
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".to_string())
}
