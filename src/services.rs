//! The domain's services, built once from the configuration: the home and
//! its config, the clock, the state and credential stores (opened on first
//! use, so `--version`-fast commands never open a database or a D-Bus), the
//! providers' endpoints (resolved once) and the outbound HTTP policy.
//!
//! The token lifecycle, the provider sessions, the push, claim and check
//! logic and `serve` take these. Only commands take the command line's
//! [`Context`](crate::context::Context) (printer, prompts, flags), which
//! dereferences to its services so a command hands `ctx` on as they are.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use time::OffsetDateTime;

use crate::clock::Clock;
use crate::config::Config;
use crate::endpoints::{Endpoints, Substitute};
use crate::error::{Error, Result};
use crate::http::{Http, Policy};
use crate::secrets::{self, CredentialStore, SecretKey, SecretString};
use crate::state::{self, NewAudit, Org, Read, Store, Tx};
use crate::suggest::closest_slug;

pub struct Services {
    pub home: PathBuf,
    /// The home as given (`--home`/`ATSLINK_HOME`/default), before a
    /// stand-in for the providers (`--sandbox`) moved `home` to its own.
    pub base_home: PathBuf,
    pub config_path: PathBuf,
    pub config: Config,
    pub clock: Clock,
    /// Where the domain's notes, warnings and `-v`/`-vv` lines go.
    pub notices: Notices,
    /// The command line these services act for, named in audit rows.
    command: String,
    state: Option<Store>,
    creds: Option<Box<dyn CredentialStore>>,
    /// Whether opening the credential store shows its notice: `serve`'s
    /// workers leave it to the one shown at startup.
    announce_store: bool,
    stand_in: Option<Box<dyn StandIn>>,
    endpoints: Option<Arc<Endpoints>>,
    /// The outbound HTTP policy's client, built on first use.
    http: OnceLock<Http>,
}

/// A stand-in for the real providers, as the sandbox's seam
/// ([`crate::sandbox::resolve`]) hands it over: the services see the
/// settings it substitutes for the configuration's, and its clock.
pub trait StandIn: Send {
    /// The settings that reach it, starting it on first use.
    fn substitute(&mut self, notices: &Notices) -> Result<Substitute>;
    /// Its clock, which can be moved on.
    fn now(&self) -> Result<OffsetDateTime>;
    /// Another handle on the same (started) stand-in, for another set of
    /// services: `serve`'s workers.
    fn share(&mut self, notices: &Notices) -> Result<Box<dyn StandIn>>;
}

/// A home of the stand-in's own, kept apart from the real one.
pub struct StandInHome {
    pub home: PathBuf,
    /// Said once, when the services are built.
    pub note: String,
    pub stand_in: Box<dyn StandIn>,
}

/// A line for the person (or `serve`'s log). Never given a secret.
#[derive(Debug, Clone, Copy)]
pub enum Notice<'a> {
    Note(&'a str),
    Warn(&'a str),
    /// `-v` (level 1) and `-vv` (level 2).
    Debug(u8, &'a str),
}

/// Where the domain's notices go; the command line hands in its printer.
#[derive(Clone)]
pub struct Notices(Arc<dyn Fn(Notice<'_>) + Send + Sync>);

impl Notices {
    pub fn new(sink: impl Fn(Notice<'_>) + Send + Sync + 'static) -> Notices {
        Notices(Arc::new(sink))
    }

    pub fn note(&self, msg: &str) {
        (self.0)(Notice::Note(msg))
    }

    pub fn warn(&self, msg: &str) {
        (self.0)(Notice::Warn(msg))
    }

    pub fn debug(&self, level: u8, msg: &str) {
        (self.0)(Notice::Debug(level, msg))
    }
}

/// Who did what and when, for audit rows; taken from the services before a
/// write transaction borrows the store.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub at: time::OffsetDateTime,
    pub actor: String,
    pub command: String,
}

impl Stamp {
    pub fn record(&self, tx: &Tx<'_>, entry: NewAudit) -> Result<()> {
        tx.audit(&entry, self.at, &self.actor, &self.command)
    }

    /// Many entries at once, in file order (a bulk change).
    pub fn record_many(&self, tx: &Tx<'_>, entries: &[NewAudit]) -> Result<()> {
        tx.audit_many(entries, self.at, &self.actor, &self.command)
    }
}

impl Services {
    /// The services of the home `base_home`, or, with `sandbox`, of the
    /// sandbox's own home with its stand-in for the providers.
    pub fn build(
        base_home: PathBuf,
        sandbox: bool,
        command: String,
        notices: Notices,
    ) -> Result<Services> {
        let (home, stand_in, clock) = if sandbox {
            // The one place `--sandbox` reaches into the sandbox: it comes
            // back as a home, a clock and settings, nothing more.
            let s = crate::sandbox::resolve(&base_home)?;
            let clock = Clock::at(s.stand_in.now()?);
            notices.note(&s.note);
            (s.home, Some(s.stand_in), clock)
        } else {
            (base_home.clone(), None, Clock::system())
        };
        let config_path = Config::path(&home);
        let config = Config::load(&config_path)?;
        notices.debug(1, &format!("home: {}", home.display()));
        Ok(Services {
            home,
            base_home,
            config_path,
            config,
            clock,
            notices,
            command,
            state: None,
            creds: None,
            announce_store: true,
            stand_in,
            endpoints: None,
            http: OnceLock::new(),
        })
    }

    /// Other services on the same home, config, endpoints and HTTP client,
    /// with their own state connection and credential store: `serve` gives
    /// one to each concurrent request. They reach this one's stand-in
    /// (started here if needed) instead of starting their own.
    pub fn worker(&mut self) -> Result<Services> {
        let endpoints = self.endpoints()?;
        let stand_in = match self.stand_in.as_mut() {
            Some(s) => Some(s.share(&self.notices)?),
            None => None,
        };
        Ok(Services {
            home: self.home.clone(),
            base_home: self.base_home.clone(),
            config_path: self.config_path.clone(),
            config: self.config.clone(),
            clock: self.clock,
            notices: self.notices.clone(),
            command: self.command.clone(),
            state: None,
            creds: None,
            announce_store: false,
            stand_in,
            endpoints: Some(endpoints),
            // One connection pool for the whole server.
            http: OnceLock::from(self.http()),
        })
    }

    /// The HTTP client every provider and OAuth call goes through, tracing
    /// its exchanges at `-vv`.
    pub fn http(&self) -> Http {
        self.http
            .get_or_init(|| {
                let notices = self.notices.clone();
                Http::new(Policy::default())
                    .with_trace(Arc::new(move |line: &str| notices.debug(2, line)))
            })
            .clone()
    }

    /// The providers' endpoints, resolved on first use and then kept:
    /// resolving a stand-in's starts it, which a local command never needs.
    pub fn endpoints(&mut self) -> Result<Arc<Endpoints>> {
        if let Some(e) = &self.endpoints {
            return Ok(Arc::clone(e));
        }
        let sub = match self.stand_in.as_mut() {
            Some(s) => Some(s.substitute(&self.notices)?),
            None => None,
        };
        let resolved = Arc::new(Endpoints::resolve(&self.config, sub.as_ref()));
        self.endpoints = Some(Arc::clone(&resolved));
        Ok(resolved)
    }

    /// Re-reads a stand-in's clock (it may have been moved on since these
    /// services were made); the system clock needs nothing.
    pub fn resync_clock(&mut self) -> Result<()> {
        if let Some(s) = &self.stand_in {
            self.clock = Clock::at(s.now()?);
        }
        Ok(())
    }

    /// Where this home's state lives (see [`state::Location::resolve`]). A
    /// stand-in's home keeps its own, whatever the environment names.
    pub fn state_location(&self) -> Result<state::Location> {
        state::Location::resolve(&self.home, &self.config, self.stand_in.is_none())
    }

    pub fn state(&mut self) -> Result<&mut Store> {
        if self.state.is_none() {
            let location = self.state_location()?;
            self.notices
                .debug(2, &format!("opening state database {}", location.display()));
            self.state = Some(Store::open_at(&location)?);
        }
        Ok(self.state.as_mut().expect("just opened"))
    }

    /// The kind of credential store this home uses: a stand-in home's own
    /// file (see `creds`) or the configured one.
    pub fn credential_store_kind(&self) -> secrets::StoreKind {
        if self.uses_stand_in_file_store() {
            secrets::StoreKind::File
        } else {
            self.config.credential_store
        }
    }

    fn uses_stand_in_file_store(&self) -> bool {
        self.stand_in.is_some() && self.config.credential_store != secrets::StoreKind::Database
    }

    /// The configured credential store, opened on first use. Its notice
    /// (plaintext file, short-lived kernel keyring) is shown every time a
    /// command uses it.
    pub fn creds(&mut self) -> Result<&dyn CredentialStore> {
        if self.creds.is_none() {
            let kind = self.config.credential_store;
            // A stand-in's home keeps its fake tokens in its own file, out
            // of the real keychain, unless its config chooses the database
            // store: that one lives in the stand-in home's own state.db, so
            // it is as separate, and it is how the encrypted store is tried
            // end to end.
            let store: Box<dyn CredentialStore> = if self.uses_stand_in_file_store() {
                self.notices
                    .debug(1, "credential store: the sandbox's file");
                Box::new(secrets::FileStore::for_sandbox(
                    self.home.join("credentials.json"),
                ))
            } else {
                self.notices
                    .debug(1, &format!("credential store: {}", kind.as_str()));
                secrets::open_at(kind, &self.home, &self.config_path, &self.state_location()?)?
            };
            if let Some(notice) = store.notice().filter(|_| self.announce_store) {
                self.notices.warn(&notice);
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
        self.notices
            .debug(2, &format!("stored secret `{name}` in {}", kind.as_str()));
        let at = self.clock.now();
        self.state()?
            .write(|tx| tx.put_credential_ref(name, org_id, kind.as_str(), at))
    }

    /// Removes a secret and its name. A missing entry is not an error.
    pub fn delete_secret(&mut self, name: &SecretKey) -> Result<()> {
        self.creds()?.delete(name)?;
        self.notices.debug(2, &format!("deleted secret `{name}`"));
        self.state()?.write(|tx| tx.delete_credential_ref(name))
    }

    pub fn stamp(&self) -> Stamp {
        Stamp {
            at: self.clock.now(),
            actor: os_user(),
            command: self.command.clone(),
        }
    }

    /// Records one audit entry in a write transaction of its own, stamped
    /// with this run's time, actor and command line.
    pub fn record_audit(&mut self, entry: crate::state::NewAudit) -> Result<()> {
        let stamp = self.stamp();
        self.state()?.write(|tx| stamp.record(tx, entry))
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
    let hint = match closest_slug(slug, known) {
        Some(near) => format!("did you mean `{near}`? {list}"),
        None => list.to_string(),
    };
    Error::not_found(format!("no organisation {}", crate::error::quote(slug))).with_hint(hint)
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
