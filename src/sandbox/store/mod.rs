//! Where the emulator's world lives: `world.db` (SQLite, WAL) holds the
//! world document (one JSON row with a generation counter), the records of
//! the collections that grow with use (JobAdder candidates, placements and
//! notes, Flare people: [`Records`]) as rows of their own, and the small
//! rows that change on every request they concern: injected faults and
//! per-minute rate windows.
//!
//! Why records are rows: with the whole world in one document, every
//! write re-serialised and rewrote it and every other process re-parsed
//! it, so a burst of webhooks (a Flare person and notes per event, into a
//! world of thousands of generated placements) cost time quadratic in its
//! size. Now a write costs what it changes: the document (everything but
//! the records) is rewritten only when its text changed, and only the
//! records a handler marked changed are written, each row stamped with
//! the new generation. A collection changed other than in place or at its
//! end (records removed, the world reset) is rewritten whole and its
//! `list` row stamped, and a world kept whole in its document (an older
//! file) is read as such and saved as rows on its first write.
//!
//! Reading never takes the write lock: a request that changes nothing is
//! answered from a snapshot (the world this process cached, checked
//! against the generation in the file inside a read transaction). A copy
//! of an older generation is brought up to date inside that transaction
//! from what was written since — the document if its generation is newer,
//! the rows stamped after the copy's generation, collections rewritten
//! since read whole — so it is the world of one committed generation, as
//! if read whole. A random lineage, set when the file is seeded, keeps a
//! copy of a file once at this path from being taken for an older
//! generation of this one. Changing the world runs in one `IMMEDIATE`
//! transaction, bumping the generation when anything was written, so
//! every other process (the CLI's in-process emulator, `sandbox serve`,
//! control commands) knows its cached copy is stale. A fault's remaining
//! uses and a rate window's count are single-row updates, never a
//! document rewrite.
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

mod rows;
use rows::{Head, head, load, migrate, save};

/// How long a request waits for another process's transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Open connections kept for reuse, across all world files.
const POOL_MAX: usize = 8;

/// The world this process last read or wrote at a path: the generation
/// and lineage it had in the file, and its document as stored (to tell
/// whether a transaction changed it).
struct Cached {
    generation: i64,
    lineage: Option<i64>,
    doc: String,
    world: Arc<World>,
}

impl Cached {
    fn share(&self) -> Cached {
        Cached {
            generation: self.generation,
            lineage: self.lineage,
            doc: self.doc.clone(),
            world: Arc::clone(&self.world),
        }
    }

    fn is_at(&self, head: &Head) -> bool {
        self.generation == head.generation && self.lineage == head.lineage
    }
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
    /// copy when the file's generation still matches it, else brought up to
    /// date (see [`load`]).
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
        let Some(head) = head(&tx)? else {
            return Ok(None);
        };
        // Held while bringing the copy up to date: this process's other
        // readers wait for it rather than each reading the world again.
        let mut cache = lock(&CACHE);
        if let Some(c) = cache.get(&self.path)
            && c.is_at(&head)
        {
            return Ok(Some(Arc::clone(&c.world)));
        }
        let (world, doc) = load(&tx, &head, cache.remove(&self.path))?;
        tx.commit()?;
        let world = Arc::new(world);
        cache.insert(
            self.path.clone(),
            Cached {
                generation: head.generation,
                lineage: head.lineage,
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
        let head = head(&tx)?;
        // A copy of the cached world (its records shared, not copied): if
        // `f` fails, its half-changed world is dropped with the rolled-back
        // transaction, and this process's readers keep using the cache
        // meanwhile instead of each reading the world whole.
        let cached = lock(&CACHE).get(&self.path).map(Cached::share);
        let (mut world, before) = match &head {
            Some(h) => {
                let (w, doc) = load(&tx, h, cached)?;
                (w, Some(doc))
            }
            None => (super::seed::world()?, None),
        };
        let value = f(&mut world, &tx)?;
        let (generation, lineage, doc) = save(&tx, &mut world, head.as_ref(), before)?;
        tx.commit()?;
        lock(&CACHE).insert(
            self.path.clone(),
            Cached {
                generation,
                lineage,
                doc,
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

#[cfg(test)]
mod tests;
