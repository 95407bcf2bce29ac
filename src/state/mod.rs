//! The state store: SQLite on disk (`state.db` in the home), the system of
//! record for organisations, users, integration metadata and the audit log.
//! All SQL lives under this module; it knows no network and never holds a
//! plaintext secret (the `database` credential store keeps ciphertexts in
//! the `secrets` table).

mod alerts;
mod audit;
mod batches;
mod copy;
mod credentials;
pub(crate) mod db;
mod flare_pushes;
mod integrations;
mod launches;
mod link_details;
mod link_lock;
mod migrations;
mod orgs;
mod readiness;
mod secrets;
#[cfg(test)]
pub(crate) mod test_server;
mod users;
mod webhooks;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use db::PgLocation;
use db::{Conn, PgConn, TxKind};

pub use alerts::{LinkAlert, LinkState};
pub use audit::{AuditEntry, AuditFilter, NewAudit};
pub use batches::{LockHolder, LockRequest};
pub use copy::{TABLES, TableRows};
pub use flare_pushes::{NewPush, NoteClaim, PushRecord};
#[cfg(test)]
pub(crate) use integrations::optional_time;
pub use integrations::{IntegrationRow, OrgIntegration, UnreadableTime};
pub use launches::{LaunchRecord, NewLaunch};
pub use link_details::{LinkDetails, LinkFlow};
pub use link_lock::{HeldLinkLock, lock_link};
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
    conn: Conn,
    location: Location,
}

/// Where the state lives: `state.db` in the home (the default), or a
/// PostgreSQL database shared by a team (`[state] url`,
/// `ATSLINK_DATABASE_URL`).
#[derive(Clone)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(Box<PgLocation>),
}

/// The whole URL of a team's PostgreSQL store (it may carry a password,
/// so it lives in the environment rather than the config file).
pub const DATABASE_URL_ENV: &str = "ATSLINK_DATABASE_URL";
/// The password for `[state] url`, which may not hold one.
pub const DATABASE_PASSWORD_ENV: &str = "ATSLINK_DATABASE_PASSWORD";

impl Location {
    /// `ATSLINK_DATABASE_URL` (when `use_env`), else the config's
    /// `[state] url`, else `state.db` in the home. The sandbox passes
    /// `use_env = false`: the variable names a team's real store, which a
    /// rehearsal must never write to.
    pub fn resolve(home: &Path, config: &crate::config::Config, use_env: bool) -> Result<Location> {
        let from_env = use_env
            .then(|| std::env::var(DATABASE_URL_ENV).ok())
            .flatten()
            .filter(|v| !v.trim().is_empty());
        let url = match (from_env, &config.state.url) {
            (Some(url), _) => url,
            (None, Some(url)) => url.clone(),
            (None, None) => return Ok(Location::Sqlite(home.join(FILE_NAME))),
        };
        let mut pg = PgLocation::parse(&url)?;
        if !pg.has_password()
            && let Ok(password) = std::env::var(DATABASE_PASSWORD_ENV)
        {
            pg = pg.with_password(&password);
        }
        Ok(Location::Postgres(Box::new(pg)))
    }

    /// What `state status` and error messages show: a path, or the URL
    /// without its password.
    pub fn display(&self) -> String {
        match self {
            Location::Sqlite(p) => p.display().to_string(),
            Location::Postgres(pg) => pg.display(),
        }
    }

    pub fn engine(&self) -> &'static str {
        match self {
            Location::Sqlite(_) => "sqlite",
            Location::Postgres(_) => "postgres",
        }
    }
}

/// The PostgreSQL advisory lock every write transaction takes, held until
/// its commit or rollback: writers queue one at a time, exactly as
/// SQLite's `BEGIN IMMEDIATE` makes them, so every read-then-write in the
/// table modules (a seat claim, an id high-water mark, a note claim) is
/// as exact across machines as it is across processes on one. Transaction
/// scoped, so a killed process releases it with its connection, and safe
/// behind PgBouncer's transaction pooling.
///
/// The one exception is [`Store::launch_seat_holder`], whose statement
/// takes this lock in shared mode. The rule that keeps it as exact: a
/// shared-mode holder may write only what no read-then-write depends on
/// (a launch's record, a seat holder's last access), and may decide only
/// from rows that only exclusive holders change (a user's licence).
/// Exclusive holders (every other writer, migrations included) wait for
/// the shared ones to commit and exclude them while they run, so such a
/// decision cannot be undone before it commits; PostgreSQL queues a shared
/// request behind a waiting exclusive one, so a stream of launches cannot
/// starve a writer.
pub(crate) const WRITE_LOCK_KEY: i64 = 0x6174_736c_696e_6b00; // "atslink\0"

/// SQLite's busy handler: waits for another writer in steps of 1 to 5 ms,
/// for up to [`BUSY_TIMEOUT`]. SQLite's own busy timeout sleeps up to
/// 100 ms a step; under `serve`'s concurrent launches (each writes its
/// seat claim and launch record) those sleeps, not the writes, made the
/// slowest launches slow. (Queueing this process's writers on a mutex
/// instead measured worse, p99 819 ms against 109 ms: likely because a
/// commit that runs a WAL checkpoint holds the queue through its fsync.)
fn busy_wait(attempt: i32) -> bool {
    let attempt = u64::try_from(attempt).unwrap_or(0);
    let (step, waited) = match attempt {
        0..20 => (1, attempt),
        20..100 => (2, 20 + (attempt - 20) * 2),
        _ => (5, 180 + (attempt - 100) * 5),
    };
    if u128::from(waited) >= BUSY_TIMEOUT.as_millis() {
        return false;
    }
    std::thread::sleep(Duration::from_millis(step));
    true
}

impl Store {
    /// Opens (creating if needed) the SQLite database and applies pending
    /// migrations in one transaction. A database written by a newer atslink
    /// is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_at(&Location::Sqlite(path.to_path_buf()))
    }

    /// Opens the store wherever it lives, migrating it to this binary's
    /// schema; a newer schema is refused untouched on either engine.
    pub fn open_at(location: &Location) -> Result<Store> {
        match location {
            Location::Sqlite(path) => Store::open_sqlite(path),
            Location::Postgres(pg) => {
                let conn = Conn::Postgres(PgConn::connect(pg)?);
                let version = migrations::version(&conn)?;
                if version > LATEST_VERSION {
                    return Err(newer_schema(&location.display(), version));
                }
                if version < LATEST_VERSION {
                    migrations::apply(&conn, &location.display())?;
                }
                Ok(Store {
                    conn,
                    location: location.clone(),
                })
            }
        }
    }

    fn open_sqlite(path: &Path) -> Result<Store> {
        if !path.exists() {
            // Create the file ourselves so it is 0600 from its first byte;
            // SQLite gives the -wal and -shm files the same mode.
            if let Some(dir) = path.parent() {
                fsutil::ensure_private_dir(dir)?;
            }
            fsutil::open_private(path)?;
        }
        let conn = rusqlite::Connection::open(path).map_err(|e| open_error(path, e))?;
        conn.busy_handler(Some(busy_wait))?;
        keep_wal_files(&conn);
        // Opening and reading the header write nothing, so a database from a
        // newer atslink is refused before any pragma could change it.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| open_error(path, e))?;
        if version > LATEST_VERSION {
            return Err(newer_schema(&path.display().to_string(), version));
        }
        let store = Store {
            conn: Conn::Sqlite(conn),
            location: Location::Sqlite(path.to_path_buf()),
        };
        retry_busy(|| store.prepare_sqlite(version))?;
        Ok(store)
    }

    /// Journal mode and migrations. Switching a fresh database to WAL and
    /// SQLite's WAL recovery can answer SQLITE_BUSY without consulting the
    /// busy handler, so `open` retries this step as a whole.
    fn prepare_sqlite(&self, version: i64) -> Result<()> {
        let Conn::Sqlite(conn) = &self.conn else {
            unreachable!("called for SQLite only")
        };
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // With the WAL file kept (`keep_wal_files`), a size limit is what
        // empties it on close: left whole, its frames stay valid and every
        // later open re-reads them all (17 ms a listing after 1,000 writes).
        conn.pragma_update(None, "journal_size_limit", 64_i64 << 20)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        if version < LATEST_VERSION {
            migrations::apply(&self.conn, &self.location.display())?;
        }
        Ok(())
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    pub fn engine(&self) -> &'static str {
        self.conn.engine()
    }

    /// Whether writers can run side by side ([`Store::launch_seat_holder`]
    /// under the write lock in shared mode): on PostgreSQL. On SQLite one
    /// writer runs at a time whatever it writes.
    pub(super) fn shares_writes(&self) -> bool {
        matches!(self.conn, db::Conn::Postgres(_))
    }

    pub fn schema_version(&self) -> Result<i64> {
        migrations::version(&self.conn)
    }

    /// Runs `f` in a write transaction that excludes every other writer:
    /// SQLite's immediate transaction (concurrent writers queue on the busy
    /// timeout instead of failing mid-way with "database is locked" on
    /// lock upgrade), PostgreSQL's transaction-scoped write lock
    /// ([`WRITE_LOCK_KEY`]).
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        // The lock is taken up front; only taking it is retried, since once
        // it is held the body cannot meet a competing writer.
        let tx = retry_busy(|| Ok(self.conn.begin(TxKind::Write)?))?;
        let value = f(&Tx { conn: &self.conn })?;
        tx.commit()?;
        Ok(value)
    }

    /// Several reads that must agree with each other (an organisation looked
    /// up by slug, then its rows by id) in one read transaction: in WAL mode
    /// (and under PostgreSQL's repeatable read) they all see one snapshot,
    /// so a concurrent delete cannot land between.
    pub fn snapshot<T>(&mut self, f: impl FnOnce(&Read<'_>) -> Result<T>) -> Result<T> {
        let tx = retry_busy(|| Ok(self.conn.begin(TxKind::Snapshot)?))?;
        let result = f(&Read { conn: &self.conn });
        // Nothing was written, so rolling back (the drop) only releases the
        // snapshot, exactly as a commit would.
        drop(tx);
        result
    }

    /// Read-only access outside a write transaction.
    pub fn read(&self) -> Read<'_> {
        Read { conn: &self.conn }
    }
}

/// A write transaction; table-family modules add methods to it.
pub struct Tx<'a> {
    conn: &'a Conn,
}

impl Tx<'_> {
    fn conn(&self) -> &Conn {
        self.conn
    }
}

/// Reads outside a transaction; table-family modules add methods to it.
pub struct Read<'a> {
    conn: &'a Conn,
}

impl Read<'_> {
    /// A query that touches the database file: the store is reachable.
    pub fn ping(&self) -> Result<()> {
        self.conn
            .query_row("SELECT count(*) FROM organisations", db::params![], |r| {
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

/// Keeps the `-wal` and `-shm` files when the last connection closes. By
/// default SQLite deletes them then, so every command (each is the only
/// connection) created both, sized the shared-memory file page by page and
/// unlinked both again. Kept, they are reused; the WAL is still checkpointed
/// on close, and emptied by the `journal_size_limit` set below.
/// rusqlite has no safe wrapper for `sqlite3_file_control`. Failing to set
/// it only costs that time, so the result is not an error.
fn keep_wal_files(conn: &rusqlite::Connection) {
    let mut on: std::ffi::c_int = 1;
    // SAFETY: the handle is open for the duration of the call, and
    // SQLITE_FCNTL_PERSIST_WAL reads and writes one int through the pointer.
    unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&raw mut on).cast(),
        );
    }
}

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    Error::failure(format!(
        "cannot open the state database {}: {e}",
        path.display()
    ))
}

fn newer_schema(location: &str, version: i64) -> Error {
    Error::failure(format!(
        "the state database {location} has schema version {version}, written by a newer atslink \
         (this one knows up to {LATEST_VERSION}); it was not changed"
    ))
    .with_hint("upgrade atslink, or point --home / ATSLINK_HOME at another directory")
}

/// A fresh, empty store for a unit test, on the engine the tests run on:
/// `state.db` in `dir`, or with `ATSLINK_TEST_ENGINE=postgres` a new
/// database on the test server (one test body, two engines).
#[cfg(test)]
pub(crate) fn test_store(dir: &Path) -> Store {
    if test_server::enabled() {
        let server = test_server::server();
        let url = server.url(&server.create_database());
        let pg = PgLocation::parse(&url).expect("the test server's URL");
        Store::open_at(&Location::Postgres(Box::new(pg))).expect("open the test database")
    } else {
        Store::open(&dir.join(FILE_NAME)).expect("open state.db")
    }
}

/// The organisation most unit tests need: `acme`, one seat, created
/// 2026-03-01T00:00:00Z.
#[cfg(test)]
pub(crate) fn test_org(store: &mut Store) -> Org {
    store
        .write(|tx| {
            tx.insert_org(&NewOrg {
                slug: "acme",
                name: "Acme",
                seats: 1,
                created_at: time::macros::datetime!(2026-03-01 00:00 UTC),
            })
        })
        .expect("insert the test organisation")
}

#[cfg(test)]
mod tests {
    use super::db::params;
    use super::*;

    /// Whether another connection could start a writer now: on SQLite any
    /// writer (one at a time); on PostgreSQL one taking the write lock in
    /// `exclusive` or shared mode.
    fn could_write(other: &Store, exclusive: bool) -> bool {
        match other.location() {
            Location::Sqlite(path) => {
                // No busy wait: a held write lock answers busy at once.
                let probe = rusqlite::Connection::open(path).unwrap();
                probe.busy_timeout(Duration::ZERO).unwrap();
                let began = probe.execute_batch("BEGIN IMMEDIATE").is_ok();
                if began {
                    probe.execute_batch("ROLLBACK").unwrap();
                }
                began
            }
            Location::Postgres(_) => {
                let f = if exclusive {
                    "pg_try_advisory_xact_lock"
                } else {
                    "pg_try_advisory_xact_lock_shared"
                };
                // Outside a transaction: released as the statement ends.
                other
                    .conn
                    .query_row(&format!("SELECT {f}(?1)"), params![WRITE_LOCK_KEY], |r| {
                        r.get::<_, bool>(0)
                    })
                    .unwrap()
            }
        }
    }

    fn launches(store: &Store) -> i64 {
        store
            .conn
            .query_row("SELECT count(*) FROM launches", params![], |r| r.get(0))
            .unwrap()
    }

    fn record(tx: &Tx<'_>, org_id: i64) -> Result<()> {
        tx.record_launch(&NewLaunch {
            org_id,
            at: time::macros::datetime!(2026-03-02 09:00 UTC),
            provider: crate::providers::Provider::JobAdder,
            provider_user_id: "1002",
            user_id: None,
            email: None,
            record_id: "30001",
            outcome: "admitted",
        })
    }

    /// While a whole writer runs, no other writer of either kind can start
    /// (on both engines). On PostgreSQL a seat holder's launch takes the
    /// write lock in shared mode inside its statement: a peer holding it
    /// in shared mode (another such launch) does not hold it up; a whole
    /// writer does, and the launch then writes nothing. (The lock timeout
    /// only ends the wait, which lasts as long as the writer does.)
    #[test]
    fn a_seat_holders_launch_excludes_whole_writers_but_not_its_peers() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = test_store(dir.path());
        let org = test_org(&mut store);
        let other = Store::open_at(store.location()).unwrap();
        assert!(could_write(&other, true) && could_write(&other, false));
        store
            .write(|tx| {
                assert!(!could_write(&other, true), "a whole writer started");
                assert!(!could_write(&other, false), "a shared writer started");
                seat_holder(tx, org.id)?;
                record(tx, org.id)
            })
            .unwrap();
        assert!(could_write(&other, true) && could_write(&other, false));
        assert_eq!(launches(&store), 1);
        if !store.shares_writes() {
            // SQLite has no shared mode: the launch is one whole write.
            return;
        }
        let launch = seat_holders_launch(org.id);
        let lock =
            |mode: &str| format!("BEGIN; SELECT pg_advisory_xact_lock{mode}({WRITE_LOCK_KEY})");
        other.conn.execute_batch(&lock("_shared")).unwrap();
        let beside = store.launch_seat_holder(&launch, SEAT_HOLDER).unwrap();
        other.conn.execute_batch("ROLLBACK").unwrap();
        assert!(beside.is_some(), "a peer held the launch up");
        assert_eq!(launches(&store), 2);
        store
            .conn
            .execute_batch("SET lock_timeout = '50ms'")
            .unwrap();
        other.conn.execute_batch(&lock("")).unwrap();
        let waited = store.launch_seat_holder(&launch, SEAT_HOLDER);
        other.conn.execute_batch("ROLLBACK").unwrap();
        store.conn.execute_batch("SET lock_timeout = 0").unwrap();
        let e = waited.expect_err("the launch went ahead of a whole writer");
        assert!(e.message.contains("lock timeout"), "{}", e.message);
        assert_eq!(launches(&store), 2);
        assert!(
            store
                .launch_seat_holder(&launch, SEAT_HOLDER)
                .unwrap()
                .is_some()
        );
        assert_eq!(launches(&store), 3);
    }

    /// A seat holder disabled by a whole writer while their launch waits
    /// for the lock is refused, although the launch's snapshot predates
    /// the change: PostgreSQL re-checks a row an update finds changed
    /// since. Nothing is written for them; `None` leaves the caller to
    /// refuse them under the whole lock.
    #[test]
    fn a_seat_holder_disabled_while_their_launch_waits_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = test_store(dir.path());
        let org = test_org(&mut store);
        store.write(|tx| seat_holder(tx, org.id)).unwrap();
        if !store.shares_writes() {
            return; // SQLite: the launch is decided in one whole write.
        }
        let other = Store::open_at(store.location()).unwrap();
        other
            .conn
            .execute_batch(&format!(
                "BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY});
                 UPDATE users SET licence = 'disabled' WHERE email = '{SEAT_HOLDER}'"
            ))
            .unwrap();
        let org_id = org.id;
        let launching = std::thread::spawn(move || {
            let got = store.launch_seat_holder(&seat_holders_launch(org_id), SEAT_HOLDER);
            (store, got)
        });
        // The launch has taken its snapshot and waits on the lock once its
        // request shows in pg_locks as not granted.
        let waiting = || -> i64 {
            other
                .conn
                .query_row(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                    params![],
                    |r| r.get(0),
                )
                .unwrap()
        };
        let mut polls = 0;
        while waiting() == 0 {
            polls += 1;
            assert!(polls < 10_000, "the launch never waited for the lock");
            std::thread::sleep(Duration::from_millis(1));
        }
        other.conn.execute_batch("COMMIT").unwrap();
        let (store, got) = launching.join().unwrap();
        assert_eq!(got.unwrap(), None, "a disabled user was let in");
        assert_eq!(launches(&store), 0);
    }

    const SEAT_HOLDER: &str = "on@acme.example";

    /// The seat holder's click, as the launch endpoint records it.
    fn seat_holders_launch(org_id: i64) -> NewLaunch<'static> {
        NewLaunch {
            org_id,
            at: time::macros::datetime!(2026-03-02 10:00 UTC),
            provider: crate::providers::Provider::JobAdder,
            provider_user_id: "1002",
            user_id: None,
            email: Some(SEAT_HOLDER),
            record_id: "30001",
            outcome: "admitted",
        }
    }

    fn seat_holder(tx: &Tx<'_>, org_id: i64) -> Result<i64> {
        tx.insert_user(
            org_id,
            &NewUser {
                email: SEAT_HOLDER,
                name: None,
                role: Role::Member,
                source: Source::Jobadder,
                external_id: None,
                licence: LicenceState::Active,
                access_at: None,
                created_at: time::macros::datetime!(2026-03-01 12:00 UTC),
            },
        )
    }
}
