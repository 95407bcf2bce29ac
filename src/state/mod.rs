//! The state store: SQLite on disk (`state.db` in the home), the system of
//! record for organisations, users, integration metadata and the audit log.
//! All SQL lives under this module; it knows no network and never holds a
//! plaintext secret (the `database` credential store keeps ciphertexts in
//! the `secrets` table).

mod alerts;
mod audit;
mod batches;
mod credentials;
mod flare_pushes;
mod integrations;
mod launches;
mod migrations;
mod orgs;
mod readiness;
mod secrets;
mod users;
mod webhooks;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use alerts::LinkAlert;
pub use audit::{AuditEntry, AuditFilter, NewAudit};
pub use batches::{LockHolder, LockRequest};
pub use flare_pushes::{NewPush, NoteClaim, PushRecord};
pub use integrations::{IntegrationRow, OrgIntegration};
pub use launches::NewLaunch;
pub use migrations::LATEST_VERSION;
pub use orgs::{NewOrg, Org, OrgListRow, SeatSummary};
pub use readiness::LedgerSummary;
pub use secrets::SealedSecret;
pub use users::{LicenceState, NewUser, Role, Source, User, UserFilter};
pub use webhooks::{ClaimedEvent, EventSummary, NewEvent, WebhookRow};

use crate::error::{Error, Result};
use crate::fsutil;

pub const FILE_NAME: &str = "state.db";

/// How long a writer waits for another process's transaction. Generous:
/// a bulk file of 10,000 rows commits well inside it.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database and applies pending
    /// migrations in one transaction. A database written by a newer atslink
    /// is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            // Create the file ourselves so it is 0600 from its first byte;
            // SQLite gives the -wal and -shm files the same mode.
            if let Some(dir) = path.parent() {
                fsutil::ensure_private_dir(dir)?;
            }
            fsutil::open_private(path)?;
        }
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Opening and reading the header write nothing, so a database from a
        // newer atslink is refused before any pragma could change it.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| open_error(path, e))?;
        if version > LATEST_VERSION {
            return Err(newer_schema(path, version));
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        retry_busy(|| store.prepare(version))?;
        Ok(store)
    }

    /// Journal mode and migrations. Switching a fresh database to WAL and
    /// SQLite's WAL recovery can answer SQLITE_BUSY without consulting the
    /// busy handler, so `open` retries this step as a whole.
    fn prepare(&mut self, version: i64) -> Result<()> {
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            self.conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        if version < LATEST_VERSION {
            migrations::apply(&mut self.conn, &self.path)?;
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Runs `f` in an immediate (write-locking) transaction: concurrent
    /// writers queue on the busy timeout instead of failing mid-way with
    /// "database is locked" on lock upgrade.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        // BEGIN IMMEDIATE takes the write lock up front; only it is retried,
        // since once the lock is held the body cannot meet a competing writer.
        retry_busy(|| Ok(self.conn.execute_batch("BEGIN IMMEDIATE")?))?;
        match f(&Tx { conn: &self.conn }) {
            Ok(v) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(v),
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Several reads that must agree with each other (an organisation looked
    /// up by slug, then its rows by id) in one read transaction: in WAL mode
    /// they all see one snapshot, so a concurrent delete cannot land between.
    pub fn snapshot<T>(&mut self, f: impl FnOnce(&Read<'_>) -> Result<T>) -> Result<T> {
        retry_busy(|| Ok(self.conn.execute_batch("BEGIN DEFERRED")?))?;
        let result = f(&Read { conn: &self.conn });
        // Nothing was written: ending the transaction only releases the snapshot.
        let _ = self.conn.execute_batch("COMMIT");
        result
    }

    /// Read-only access outside a write transaction.
    pub fn read(&self) -> Read<'_> {
        Read { conn: &self.conn }
    }
}

/// A write transaction; table-family modules add methods to it.
pub struct Tx<'a> {
    conn: &'a Connection,
}

impl Tx<'_> {
    fn conn(&self) -> &Connection {
        self.conn
    }
}

/// Reads outside a transaction; table-family modules add methods to it.
pub struct Read<'a> {
    conn: &'a Connection,
}

impl Read<'_> {
    /// A query that touches the database file: the store is reachable.
    pub fn ping(&self) -> Result<()> {
        self.conn
            .query_row("SELECT count(*) FROM organisations", [], |r| {
                r.get::<_, i64>(0)
            })?;
        Ok(())
    }
}

fn is_busy(e: &Error) -> bool {
    e.message.starts_with(crate::error::DB_BUSY)
}

/// Retries `f` while SQLite reports busy, for up to the busy timeout, with
/// short jittered sleeps so racing processes spread out.
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

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    Error::failure(format!(
        "cannot open the state database {}: {e}",
        path.display()
    ))
}

fn newer_schema(path: &Path, version: i64) -> Error {
    Error::failure(format!(
        "the state database {} has schema version {version}, written by a newer atslink \
         (this one knows up to {LATEST_VERSION}); it was not changed",
        path.display()
    ))
    .with_hint("upgrade atslink, or point --home / ATSLINK_HOME at another directory")
}
