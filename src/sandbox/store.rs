//! Where the emulator's world lives: `world.db` (SQLite, WAL) holds the
//! world document (one JSON row with a generation counter) and, beside it,
//! the small rows that change on every request they concern: injected
//! faults and per-minute rate windows.
//!
//! Reading never takes the write lock: a request that changes nothing is
//! answered from a snapshot (the parsed world this process cached, checked
//! against the generation in the file inside a read transaction). Changing
//! the world runs in one `IMMEDIATE` transaction that rewrites the document
//! only when it changed, bumping the generation so every other process
//! (the CLI's in-process emulator, `sandbox serve`, control commands) knows
//! its cached copy is stale. A fault's remaining uses and a rate window's
//! count are single-row updates, never a document rewrite.
//!
//! Connections are kept open per process (a new one costs more than the
//! request it serves) and writers within one process queue on a mutex
//! rather than on SQLite's sleeping busy handler, so a burst of requests
//! is served in order instead of by whoever wakes first.

use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::world::{Fault, FaultKind, Provider, World};
use crate::error::{Error, Result};
use crate::fsutil;

/// How long a request waits for another process's transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Open connections kept for reuse, across all world files.
const POOL_MAX: usize = 8;

const SCHEMA: &str = "
    PRAGMA journal_mode = WAL;
    CREATE TABLE IF NOT EXISTS world (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        doc TEXT NOT NULL,
        generation INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS fault (
        id INTEGER PRIMARY KEY,
        prefix TEXT NOT NULL,
        kind TEXT NOT NULL,
        remaining INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS rate_window (
        provider TEXT NOT NULL,
        account TEXT NOT NULL,
        minute INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (provider, account, minute)
    );";

/// The world this process last read or wrote at a path, with the
/// generation it had in the file and its serialised form (to tell whether
/// a transaction changed it).
struct Cached {
    generation: i64,
    doc: String,
    world: Arc<World>,
}

static CACHE: LazyLock<Mutex<HashMap<PathBuf, Cached>>> = LazyLock::new(Default::default);

/// An idle connection and the file (device, inode) it was opened on: a
/// world file deleted and made anew is a different file.
struct Idle {
    path: PathBuf,
    file: (u64, u64),
    conn: Connection,
}

static POOL: Mutex<Vec<Idle>> = Mutex::new(Vec::new());

/// Writers of this process, one at a time (see the module comment).
static WRITER: Mutex<()> = Mutex::new(());

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn file_id(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// An open world file; its connection goes back to the pool on drop.
pub struct WorldDb {
    conn: Option<Connection>,
    path: PathBuf,
    file: (u64, u64),
}

impl Drop for WorldDb {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else { return };
        let mut pool = lock(&POOL);
        if pool.len() < POOL_MAX {
            pool.push(Idle {
                path: self.path.clone(),
                file: self.file,
                conn,
            });
        }
    }
}

impl WorldDb {
    /// Opens (creating if needed) the world file at `path`; the world in
    /// it is seeded on first use.
    pub fn open(path: &Path) -> Result<WorldDb> {
        if let Some(file) = file_id(path) {
            let mut pool = lock(&POOL);
            if let Some(i) = pool.iter().position(|c| c.path == path && c.file == file) {
                let idle = pool.swap_remove(i);
                return Ok(WorldDb {
                    conn: Some(idle.conn),
                    path: idle.path,
                    file,
                });
            }
        }
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
        retry_busy(|| migrate(&conn))?;
        let file =
            file_id(path).ok_or_else(|| Error::failure(format!("{} vanished", path.display())))?;
        Ok(WorldDb {
            conn: Some(conn),
            path: path.to_path_buf(),
            file,
        })
    }

    /// This process's writer lock, then an immediate (write) transaction,
    /// retried while another process holds the database: the way every
    /// write begins. The lock is held as long as the guard is.
    fn begin_write(&self) -> Result<(MutexGuard<'static, ()>, Transaction<'_>)> {
        let writer = lock(&WRITER);
        let tx = retry_busy(|| {
            Ok(Transaction::new_unchecked(
                self.conn(),
                TransactionBehavior::Immediate,
            )?)
        })?;
        Ok((writer, tx))
    }

    fn conn(&self) -> &Connection {
        self.conn.as_ref().expect("open until dropped")
    }

    /// The world as it is now, without taking the write lock: the cached
    /// copy when the file's generation still matches it, else parsed anew.
    pub fn snapshot(&self) -> Result<Arc<World>> {
        loop {
            if let Some(w) = retry_busy(|| self.try_snapshot())? {
                return Ok(w);
            }
            // A new file: seed it (once, under the write lock), then read.
            self.transact(|_| Ok(()))?;
        }
    }

    fn try_snapshot(&self) -> Result<Option<Arc<World>>> {
        let tx = Transaction::new_unchecked(self.conn(), TransactionBehavior::Deferred)?;
        let Some(generation) = generation(&tx)? else {
            return Ok(None);
        };
        if let Some(c) = lock(&CACHE).get(&self.path)
            && c.generation == generation
        {
            return Ok(Some(Arc::clone(&c.world)));
        }
        let doc: String = tx.query_row("SELECT doc FROM world WHERE id = 1", [], |r| r.get(0))?;
        tx.commit()?;
        let world = Arc::new(parse(&doc)?);
        lock(&CACHE).insert(
            self.path.clone(),
            Cached {
                generation,
                doc,
                world: Arc::clone(&world),
            },
        );
        Ok(Some(world))
    }

    /// The world clock's offset without parsing the world: `serve` reads
    /// the clock for every batch of requests while the emulator rewrites
    /// the world for every push, and parsing a large generated world each
    /// time was most of what a webhook acknowledgement cost. Read from its
    /// column when that was written with the current document (a writer
    /// that bypassed `transact` leaves it stale: then the snapshot's).
    pub fn clock_offset(&self) -> Result<i64> {
        let column = retry_busy(|| {
            Ok(self
                .conn()
                .query_row(
                    "SELECT clock_offset FROM world
                     WHERE id = 1 AND clock_generation = generation",
                    [],
                    |r| r.get::<_, Option<i64>>(0),
                )
                .optional()?
                .flatten())
        })?;
        match column {
            Some(offset) => Ok(offset),
            None => Ok(self.snapshot()?.clock_offset),
        }
    }

    /// Runs `f` on the world inside one immediate transaction; the world is
    /// seeded first if the file is new, and saved only if `f` changed it.
    pub fn transact<T>(&self, f: impl FnOnce(&mut World) -> Result<T>) -> Result<T> {
        self.transact_with(|w, _| f(w))
    }

    /// [`Self::transact`], with the transaction's connection for the rows
    /// kept beside the document (rate windows, faults).
    pub fn transact_with<T>(
        &self,
        f: impl FnOnce(&mut World, &Connection) -> Result<T>,
    ) -> Result<T> {
        let (_writer, tx) = self.begin_write()?;
        let generation = generation(&tx)?;
        // Taken out of the cache: if `f` fails, its half-changed world is
        // dropped with the rolled-back transaction.
        let cached = lock(&CACHE)
            .remove(&self.path)
            .filter(|c| Some(c.generation) == generation);
        let (mut world, before) = match (cached, generation) {
            (Some(c), _) => (Arc::unwrap_or_clone(c.world), Some(c.doc)),
            (None, Some(_)) => {
                let d: String =
                    tx.query_row("SELECT doc FROM world WHERE id = 1", [], |r| r.get(0))?;
                (parse(&d)?, Some(d))
            }
            (None, None) => (super::seed::world()?, None),
        };
        let value = f(&mut world, &tx)?;
        let after = serde_json::to_string(&world).expect("world serialises");
        // A freshly seeded file starts at a random generation, so a new
        // world at the path of a deleted one never matches a cached copy.
        let mut next = match generation {
            Some(g) => g,
            None => random_generation()?,
        };
        if before.as_deref() != Some(after.as_str()) {
            next += 1;
            tx.execute(
                "INSERT INTO world (id, doc, generation, clock_offset, clock_generation)
                 VALUES (1, ?1, ?2, ?3, ?2)
                 ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, generation = excluded.generation,
                    clock_offset = excluded.clock_offset, clock_generation = excluded.generation",
                rusqlite::params![&after, next, world.clock_offset],
            )?;
        }
        tx.commit()?;
        lock(&CACHE).insert(
            self.path.clone(),
            Cached {
                generation: next,
                doc: after,
                world: Arc::new(world),
            },
        );
        Ok(value)
    }

    /// Replaces the world with a freshly seeded one, without faults or
    /// counted requests.
    pub fn reset(&self) -> Result<World> {
        self.transact_with(|w, conn| {
            *w = super::seed::world()?;
            conn.execute_batch("DELETE FROM fault; DELETE FROM rate_window;")?;
            Ok(w.clone())
        })
    }

    /// A meter of requests against per-minute rates, on this file.
    pub fn meter(&self) -> Meter<'_> {
        Meter { conn: self.conn() }
    }

    pub fn add_fault(&self, prefix: &str, kind: FaultKind, count: u32) -> Result<Fault> {
        let _writer = lock(&WRITER);
        let kind_json = serde_json::to_string(&kind).expect("a fault kind serialises");
        self.conn().execute(
            "INSERT INTO fault (prefix, kind, remaining) VALUES (?1, ?2, ?3)",
            rusqlite::params![prefix, kind_json, count],
        )?;
        Ok(Fault {
            id: self.conn().last_insert_rowid() as u64,
            prefix: prefix.into(),
            kind,
            remaining: count,
        })
    }

    pub fn faults(&self) -> Result<Vec<Fault>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT id, prefix, kind, remaining FROM fault ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, prefix, kind, remaining) = row?;
            out.push(Fault {
                id: id as u64,
                prefix,
                kind: parse_kind(&kind)?,
                remaining,
            });
        }
        Ok(out)
    }

    pub fn clear_faults(&self) -> Result<usize> {
        let _writer = lock(&WRITER);
        Ok(self.conn().execute("DELETE FROM fault", [])?)
    }

    /// Takes one use of the first fault (in the order added) whose prefix
    /// matches `path`. Without one nothing is written.
    pub fn take_fault(&self, path: &str) -> Result<Option<FaultKind>> {
        const FIRST: &str = "SELECT id, kind FROM fault
            WHERE substr(?1, 1, length(prefix)) = prefix ORDER BY id LIMIT 1";
        let any: Option<i64> = self
            .conn()
            .query_row(FIRST, [path], |r| r.get(0))
            .optional()?;
        if any.is_none() {
            return Ok(None);
        }
        let (_writer, tx) = self.begin_write()?;
        let Some((id, kind)) = tx
            .query_row(FIRST, [path], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?
        else {
            return Ok(None);
        };
        tx.execute(
            "UPDATE fault SET remaining = remaining - 1 WHERE id = ?1",
            [id],
        )?;
        tx.execute("DELETE FROM fault WHERE id = ?1 AND remaining <= 0", [id])?;
        tx.commit()?;
        Ok(Some(parse_kind(&kind)?))
    }
}

/// Counts requests per account and world-clock minute in `rate_window`.
pub struct Meter<'c> {
    conn: &'c Connection,
}

impl<'c> Meter<'c> {
    /// Inside [`WorldDb::transact_with`]: counts in that transaction.
    pub fn new(conn: &'c Connection) -> Meter<'c> {
        Meter { conn }
    }

    /// Counts one request of `account` in `minute` unless `limit` requests
    /// are already counted there; `false` when over.
    pub fn count(
        &self,
        provider: Provider,
        account: &str,
        minute: i64,
        limit: u32,
    ) -> Result<bool> {
        // Outside a transaction each statement commits on its own; queue
        // with this process's other writers first.
        let _writer = self.conn.is_autocommit().then(|| lock(&WRITER));
        self.conn
            .execute("DELETE FROM rate_window WHERE minute < ?1", [minute])?;
        let counted = self.conn.execute(
            "INSERT INTO rate_window (provider, account, minute, count) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT (provider, account, minute) DO UPDATE SET count = count + 1
             WHERE count < ?4",
            rusqlite::params![provider.as_str(), account, minute, limit],
        )?;
        Ok(counted == 1)
    }

    /// Forgets every counted request (the rate changed).
    pub fn clear(&self) -> Result<()> {
        self.conn.execute("DELETE FROM rate_window", [])?;
        Ok(())
    }
}

fn migrate(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)?;
    // WAL keeps a committed transaction safe from a crash of the process
    // without a sync per commit; the world is a test double, not a record.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Worlds written before the generation column existed.
    let has_generation: bool = conn.query_row(
        "SELECT count(*) FROM pragma_table_info('world') WHERE name = 'generation'",
        [],
        |r| r.get::<_, i64>(0).map(|n| n > 0),
    )?;
    if !has_generation {
        conn.execute_batch("ALTER TABLE world ADD COLUMN generation INTEGER NOT NULL DEFAULT 0")?;
    }
    // The clock beside the document (see `WorldDb::clock_offset`), valid
    // while `clock_generation` is the world's generation.
    let has_clock: bool = conn.query_row(
        "SELECT count(*) FROM pragma_table_info('world') WHERE name = 'clock_generation'",
        [],
        |r| r.get::<_, i64>(0).map(|n| n > 0),
    )?;
    if !has_clock {
        conn.execute_batch(
            "ALTER TABLE world ADD COLUMN clock_offset INTEGER;
             ALTER TABLE world ADD COLUMN clock_generation INTEGER;",
        )?;
    }
    Ok(())
}

fn generation(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn
        .query_row("SELECT generation FROM world WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?)
}

fn parse(doc: &str) -> Result<World> {
    serde_json::from_str(doc).map_err(|e| {
        Error::failure(format!("the sandbox world is unreadable: {e}"))
            .with_hint("run `atslink sandbox reset --yes` to reseed it")
    })
}

fn parse_kind(kind: &str) -> Result<FaultKind> {
    serde_json::from_str(kind)
        .map_err(|e| Error::failure(format!("a sandbox fault is unreadable: {e}")))
}

fn random_generation() -> Result<i64> {
    let mut b = [0u8; 8];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
        .map_err(|_| Error::failure("the OS random source failed"))?;
    Ok(i64::from_le_bytes(b) >> 2)
}

fn is_busy(e: &Error) -> bool {
    e.message.starts_with(crate::error::DB_BUSY)
}

/// Retries `f` while SQLite reports busy (beyond what the busy handler
/// absorbs, e.g. WAL recovery), for up to the busy timeout.
fn retry_busy<T>(mut f: impl FnMut() -> Result<T>) -> Result<T> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    let mut attempt: u64 = 0;
    loop {
        match f() {
            Err(e) if is_busy(&e) && Instant::now() < deadline => {
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

/// Opens the world and reads it, without the write lock.
pub fn read_world<T>(path: &Path, f: impl FnOnce(&World) -> Result<T>) -> Result<T> {
    let world = WorldDb::open(path)?.snapshot()?;
    f(&world)
}
