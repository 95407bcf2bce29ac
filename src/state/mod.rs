//! The state store: SQLite on disk (`state.db` in the home), the system of
//! record for organisations, users, integration metadata and the audit log.
//! All SQL lives under this module; it knows no network and never holds a
//! secret.

mod audit;
mod credentials;
mod integrations;
mod migrations;
mod orgs;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

pub use audit::{AuditEntry, AuditFilter, NewAudit};
pub use integrations::IntegrationRow;
pub use migrations::LATEST_VERSION;
pub use orgs::{NewOrg, Org, OrgListRow, SeatSummary};

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
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            // Needs a write lock on a fresh database; the busy timeout covers
            // the race when many processes start at once.
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        if version < LATEST_VERSION {
            migrations::apply(&mut store.conn, path)?;
        }
        Ok(store)
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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&Tx { tx: &tx })?;
        tx.commit()?;
        Ok(out)
    }

    /// Read-only access outside a write transaction.
    pub fn read(&self) -> Read<'_> {
        Read { conn: &self.conn }
    }
}

/// A write transaction; table-family modules add methods to it.
pub struct Tx<'a> {
    tx: &'a rusqlite::Transaction<'a>,
}

impl Tx<'_> {
    fn conn(&self) -> &Connection {
        self.tx
    }
}

/// Reads outside a transaction; table-family modules add methods to it.
pub struct Read<'a> {
    conn: &'a Connection,
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
