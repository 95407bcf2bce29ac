//! The emulator's persistent world: one JSON document in `world.db`.
//!
//! Every request and every control command loads the document, changes it
//! and saves it inside one `BEGIN IMMEDIATE` transaction, so concurrent
//! servers and control commands in other processes see one consistent world.
//! Tokens are kept as SHA-256 hashes only: the world file never holds a
//! usable token.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::fsutil;

/// How long a request waits for another process's transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct World {
    /// Random id, new on every reset: `/_sandbox/health` reports it.
    pub id: String,
    /// Seconds added to the system time (`sandbox clock advance`).
    pub clock_offset: i64,
    pub next_id: u64,
    pub jobadder: JaWorld,
    pub salesforce: SfWorld,
    pub flare: FlareWorld,
    #[serde(default)]
    pub families: Vec<Family>,
    #[serde(default)]
    pub tokens: Vec<Token>,
    #[serde(default)]
    pub codes: Vec<AuthCode>,
    /// Authorize requests waiting for login and consent.
    #[serde(default)]
    pub pending: Vec<Pending>,
    #[serde(default)]
    pub devices: Vec<DeviceCode>,
    #[serde(default)]
    pub faults: Vec<Fault>,
    #[serde(default)]
    pub rates: Rates,
    #[serde(default)]
    pub rate_windows: Vec<RateWindow>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JaWorld {
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uris: Vec<String>,
    pub accounts: Vec<JaAccount>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JaAccount {
    pub account: u64,
    pub name: String,
    pub instance: String,
    pub users: Vec<JaUser>,
    pub candidates: Vec<Value>,
    pub placements: Vec<Value>,
    #[serde(default)]
    pub partner_actions: Vec<Value>,
    #[serde(default)]
    pub notes: Vec<Value>,
    /// `CandidateAttachmentModel`s (metadata; no file bodies).
    #[serde(default)]
    pub attachments: Vec<Value>,
    /// Registered webhooks (with their authorization value and recent
    /// failure times, which the API never shows).
    #[serde(default)]
    pub webhooks: Vec<Value>,
    /// Events waiting for delivery (or for their next retry).
    #[serde(default)]
    pub webhook_queue: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JaUser {
    pub user_id: u64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub password: String,
    pub position: String,
    pub admin: bool,
    /// JobAdder's "Grant API access to Integration partners" permission:
    /// with it a non-administrator may consent too.
    #[serde(default)]
    pub grant_api_access: bool,
    pub inactive: bool,
    pub deleted: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfWorld {
    pub app: SfApp,
    pub orgs: Vec<SfOrg>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfApp {
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uris: Vec<String>,
    pub rotation: bool,
    /// Seconds a refresh token may go unused; `None` is "valid until revoked".
    pub idle_limit: Option<i64>,
    pub device_flow: bool,
    pub jwt_bearer: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfOrg {
    pub org_id: String,
    pub name: String,
    pub users: Vec<SfUser>,
    pub contacts: Vec<Value>,
    /// ContentDocumentLink rows with their ContentDocument nested.
    pub files: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfUser {
    pub id: String,
    pub username: String,
    pub email: String,
    pub password: String,
    pub first_name: String,
    pub last_name: String,
    pub active: bool,
    /// Salesforce has no "deleted" users; `sandbox user delete` freezes the
    /// user out like a deactivation and hides it from `user list`.
    #[serde(default)]
    pub deleted: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FlareWorld {
    /// SHA-256 of the account's API key: like every other credential in
    /// the world, the key itself is never stored.
    pub api_key_hash: String,
    pub account: Value,
    pub locations: Vec<Value>,
    pub legal_entities: Vec<Value>,
    pub brands: Vec<Value>,
    pub cost_centres: Vec<Value>,
    pub people: Vec<Value>,
    /// `{"payGroupId","name","legalEntityIds"}`: the FAQ's "JobAdder" pay
    /// group must hold every legal entity, or role information is wrong.
    #[serde(default)]
    pub pay_groups: Vec<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    Jobadder,
    Salesforce,
    Flare,
}

impl Provider {
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::Jobadder => "jobadder",
            Provider::Salesforce => "salesforce",
            Provider::Flare => "flare",
        }
    }
}

/// One grant and all its rotations: what `sandbox grants` reports.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Family {
    pub id: String,
    pub provider: Provider,
    /// `authorization_code`, `device` or `jwt-bearer`.
    pub grant: String,
    pub client_id: String,
    /// JobAdder account number or Salesforce org id.
    pub account: String,
    pub user_id: String,
    pub user: String,
    pub scopes: Vec<String>,
    pub created_at: i64,
    pub refreshes: u32,
    /// Refresh attempts refused (reuse of a rotated token, expired, user gone).
    pub failed_refreshes: u32,
    pub reuse_detected: u32,
    pub last_refresh_at: Option<i64>,
    pub revoked: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Access,
    Refresh,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Token {
    /// SHA-256 of the token, hex.
    pub hash: String,
    pub kind: TokenKind,
    pub family: String,
    pub issued_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: i64,
    /// Rotated away: its successor exists; using it again is reuse.
    pub superseded: bool,
    pub revoked: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthCode {
    pub hash: String,
    pub provider: Provider,
    pub client_id: String,
    pub redirect_uri: String,
    pub account: String,
    pub user_id: String,
    pub scopes: Vec<String>,
    pub code_challenge: Option<String>,
    pub expires_at: i64,
    pub used: bool,
}

/// An authorize (or device verification) request between its login page
/// and the consent decision.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pending {
    pub id: String,
    pub provider: Provider,
    pub client_id: String,
    pub redirect_uri: String,
    pub state: Option<String>,
    pub scopes: Vec<String>,
    pub code_challenge: Option<String>,
    /// Set for a device-flow verification instead of a redirect.
    pub device: Option<String>,
    /// Set after a successful login: (account or org, user id).
    pub login: Option<(String, String)>,
    pub expires_at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeviceCode {
    pub device_hash: String,
    pub user_code: String,
    pub scopes: Vec<String>,
    pub expires_at: i64,
    /// `pending`, `approved`, `denied` or `used`.
    pub status: String,
    pub approved: Option<(String, String)>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum FaultKind {
    Status {
        status: u16,
    },
    Latency {
        millis: u64,
    },
    Drop,
    /// Answer as usual, but with this `links.next` in a paged answer
    /// (`{self}` stands for the request's own URL): a hostile or broken
    /// paging link.
    #[serde(rename = "next_link")]
    NextLink {
        url: String,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fault {
    pub id: u64,
    pub prefix: String,
    #[serde(flatten)]
    pub kind: FaultKind,
    pub remaining: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Rates {
    pub jobadder: Option<u32>,
    pub flare: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RateWindow {
    pub provider: Provider,
    pub account: String,
    /// World-clock minute (unix seconds / 60).
    pub minute: i64,
    pub count: u32,
}

impl World {
    /// The world clock: system time plus the offset, whole seconds.
    pub fn now(&self) -> OffsetDateTime {
        let t = OffsetDateTime::now_utc() + time::Duration::seconds(self.clock_offset);
        t.replace_nanosecond(0).expect("0 ns is valid")
    }

    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    pub fn family_mut(&mut self, id: &str) -> Option<&mut Family> {
        self.families.iter_mut().find(|f| f.id == id)
    }

    /// Revokes a family and every token in it.
    pub fn revoke_family(&mut self, id: &str, reason: &str) {
        if let Some(f) = self.family_mut(id)
            && f.revoked.is_none()
        {
            f.revoked = Some(reason.to_string());
        }
        for t in self.tokens.iter_mut().filter(|t| t.family == id) {
            t.revoked = true;
        }
    }

    /// Drops records nobody can use any more, so a long-lived world stays
    /// small: expired codes, pending requests and device codes, and rate
    /// windows older than the current minute.
    pub fn prune(&mut self, now: i64) {
        self.codes.retain(|c| c.expires_at > now && !c.used);
        self.pending.retain(|p| p.expires_at > now);
        self.devices
            .retain(|d| d.expires_at > now && d.status != "used");
        self.rate_windows.retain(|r| r.minute >= now / 60);
        self.tokens.retain(|t| {
            !(t.kind == TokenKind::Access && t.expires_at.is_some_and(|e| e + 86_400 < now))
        });
    }
}

/// An open world file.
pub struct WorldDb {
    conn: Connection,
    path: PathBuf,
}

/// The last world this process loaded or saved, with the generation it had
/// in the file. A long-running `sandbox serve` thus parses the (possibly
/// megabytes of) JSON only when another process has written since; every
/// write bumps the generation, so a stale copy is never used.
struct Cached {
    path: PathBuf,
    generation: i64,
    doc: String,
    world: World,
}

static CACHE: Mutex<Option<Cached>> = Mutex::new(None);

impl WorldDb {
    /// Opens (creating and seeding if needed) the world at `path`.
    pub fn open(path: &Path) -> Result<WorldDb> {
        if !path.exists() {
            if let Some(dir) = path.parent() {
                fsutil::ensure_private_dir(dir)?;
            }
            fsutil::open_private(path)?;
        }
        let conn = Connection::open(path).map_err(|e| {
            Error::failure(format!(
                "cannot open the sandbox world {}: {e}",
                path.display()
            ))
        })?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let db = WorldDb {
            conn,
            path: path.to_path_buf(),
        };
        retry_busy(|| {
            db.conn.execute_batch(
                "PRAGMA journal_mode = WAL;
                 CREATE TABLE IF NOT EXISTS world (
                     id INTEGER PRIMARY KEY CHECK (id = 1),
                     doc TEXT NOT NULL,
                     generation INTEGER NOT NULL DEFAULT 0
                 );",
            )?;
            // Worlds written before the generation column existed.
            let has_generation: bool = db.conn.query_row(
                "SELECT count(*) FROM pragma_table_info('world') WHERE name = 'generation'",
                [],
                |r| r.get::<_, i64>(0).map(|n| n > 0),
            )?;
            if !has_generation {
                db.conn.execute_batch(
                    "ALTER TABLE world ADD COLUMN generation INTEGER NOT NULL DEFAULT 0",
                )?;
            }
            Ok(())
        })?;
        Ok(db)
    }

    /// Runs `f` on the world inside one immediate transaction; the world is
    /// seeded first if the file is new, and saved only if `f` changed it.
    pub fn transact<T>(&self, f: impl FnOnce(&mut World) -> Result<T>) -> Result<T> {
        retry_busy(|| Ok(self.conn.execute_batch("BEGIN IMMEDIATE")?))?;
        let mut saved: Option<Cached> = None;
        let result = (|| {
            let generation: Option<i64> = {
                let mut stmt = self
                    .conn
                    .prepare("SELECT generation FROM world WHERE id = 1")?;
                let mut rows = stmt.query([])?;
                match rows.next()? {
                    Some(r) => Some(r.get(0)?),
                    None => None,
                }
            };
            let cached = {
                let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
                cache
                    .take()
                    .filter(|c| c.path == self.path && Some(c.generation) == generation)
            };
            let (mut world, before) = match (cached, generation) {
                (Some(c), _) => (c.world, Some(c.doc)),
                (None, Some(_)) => {
                    let d: String =
                        self.conn
                            .query_row("SELECT doc FROM world WHERE id = 1", [], |r| r.get(0))?;
                    let w: World = serde_json::from_str(&d).map_err(|e| {
                        Error::failure(format!("the sandbox world is unreadable: {e}"))
                            .with_hint("run `atslink sandbox reset --yes` to reseed it")
                    })?;
                    (w, Some(d))
                }
                (None, None) => (super::seed::world()?, None),
            };
            let value = f(&mut world)?;
            let after = serde_json::to_string(&world).expect("world serialises");
            // A freshly seeded file starts at a random generation, so a new
            // world at the path of a deleted one never matches a cached copy.
            let mut next = match generation {
                Some(g) => g,
                None => {
                    let mut b = [0u8; 8];
                    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
                        .map_err(|_| Error::failure("the OS random source failed"))?;
                    i64::from_le_bytes(b) >> 2
                }
            };
            if before.as_deref() != Some(after.as_str()) {
                next += 1;
                self.conn.execute(
                    "INSERT INTO world (id, doc, generation) VALUES (1, ?1, ?2)
                     ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, generation = excluded.generation",
                    rusqlite::params![&after, next],
                )?;
            }
            saved = Some(Cached {
                path: self.path.clone(),
                generation: next,
                doc: after,
                world,
            });
            Ok(value)
        })();
        // Only a committed world is worth keeping.
        let result = match result {
            Ok(v) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => {
                    *CACHE.lock().unwrap_or_else(|p| p.into_inner()) = saved;
                    return Ok(v);
                }
                Err(e) => Err(e.into()),
            },
            Err(e) => Err(e),
        };
        let _ = self.conn.execute_batch("ROLLBACK");
        result
    }

    /// Replaces the world with a freshly seeded one.
    pub fn reset(&self) -> Result<World> {
        self.transact(|w| {
            *w = super::seed::world()?;
            Ok(w.clone())
        })
    }
}

fn is_busy(e: &Error) -> bool {
    e.message.starts_with(crate::error::DB_BUSY)
}

/// Retries `f` while SQLite reports busy (beyond what the busy handler
/// absorbs, e.g. WAL recovery), for up to the busy timeout.
fn retry_busy<T>(mut f: impl FnMut() -> Result<T>) -> Result<T> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    let mut attempt: u64 = 0;
    loop {
        match f() {
            Err(e) if is_busy(&e) && std::time::Instant::now() < deadline => {
                attempt += 1;
                let jitter = u64::from(std::process::id()) % 7;
                std::thread::sleep(Duration::from_millis((5 * attempt).min(50) + jitter));
            }
            other => return other,
        }
    }
}

/// Opens the world and runs one transaction on it.
pub fn with_world<T>(path: &Path, f: impl FnOnce(&mut World) -> Result<T>) -> Result<T> {
    WorldDb::open(path)?.transact(f)
}
