//! The world file's layout: its schema and migrations, reading one
//! generation of the world (whole, or bringing a cached copy up to date
//! from the rows written since), and saving what a write changed. The
//! module comment of `store` says why the records are rows.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension};

use super::{Cached, random_generation};
use crate::error::{Error, Result};
use crate::sandbox::records::Changed;
use crate::sandbox::world::{Records, World};

pub(super) const SCHEMA: &str = "
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
    CREATE TABLE IF NOT EXISTS list (
        name TEXT PRIMARY KEY,
        rewritten INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS item (
        list TEXT NOT NULL,
        seq INTEGER NOT NULL,
        doc TEXT NOT NULL,
        generation INTEGER NOT NULL,
        PRIMARY KEY (list, seq)
    );
    CREATE INDEX IF NOT EXISTS item_generation ON item (generation);
    CREATE TABLE IF NOT EXISTS rate_window (
        provider TEXT NOT NULL,
        account TEXT NOT NULL,
        minute INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (provider, account, minute)
    );";

pub(super) fn migrate(conn: &Connection) -> Result<()> {
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
    add_columns_unless(
        conn,
        "clock_generation",
        "ALTER TABLE world ADD COLUMN clock_offset INTEGER;
         ALTER TABLE world ADD COLUMN clock_generation INTEGER;",
    )?;
    // Worlds kept whole in the document: read whole (the document's own
    // collections) until their first write saves them as rows.
    add_columns_unless(
        conn,
        "lineage",
        "ALTER TABLE world ADD COLUMN lineage INTEGER;
         ALTER TABLE world ADD COLUMN doc_generation INTEGER;",
    )
}

/// Runs `alter` on a world file made before `column` existed.
pub(super) fn add_columns_unless(conn: &Connection, column: &str, alter: &str) -> Result<()> {
    let has: bool = conn.query_row(
        "SELECT count(*) FROM pragma_table_info('world') WHERE name = ?1",
        [column],
        |r| r.get::<_, i64>(0).map(|n| n > 0),
    )?;
    if !has {
        conn.execute_batch(alter)?;
    }
    Ok(())
}

/// The world row's bookkeeping (`None`: a file not seeded yet).
pub(super) struct Head {
    pub(super) generation: i64,
    /// Random, set when the file is seeded: a cached copy of another file
    /// once at this path can never be taken for an earlier generation.
    pub(super) lineage: Option<i64>,
    /// The generation that last wrote the document itself.
    pub(super) doc_generation: Option<i64>,
}

pub(super) fn head(conn: &Connection) -> Result<Option<Head>> {
    Ok(conn
        .query_row(
            "SELECT generation, lineage, doc_generation FROM world WHERE id = 1",
            [],
            |r| {
                Ok(Head {
                    generation: r.get(0)?,
                    lineage: r.get(1)?,
                    doc_generation: r.get(2)?,
                })
            },
        )
        .optional()?)
}

pub(super) fn read_doc(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("SELECT doc FROM world WHERE id = 1", [], |r| r.get(0))?)
}

/// The world at `head`, with its document as stored: `cached` (an earlier
/// generation of the same file) brought up to date with what was written
/// since — the document if it changed, the records whose rows are newer,
/// whole collections rewritten since — or, without one, read whole.
pub(super) fn load(
    conn: &Connection,
    head: &Head,
    cached: Option<Cached>,
) -> Result<(World, String)> {
    let Some(c) = cached.filter(|c| {
        head.lineage.is_some() && c.lineage == head.lineage && c.generation <= head.generation
    }) else {
        let doc = read_doc(conn)?;
        let mut world = parse(&doc)?;
        let saved = list_names(conn, None)?;
        for (name, slot) in world.records_mut() {
            if saved.contains(&name) {
                *slot = load_list(conn, &name)?;
            }
        }
        return Ok((world, doc));
    };
    let since = c.generation;
    let mut old = Arc::unwrap_or_clone(c.world);
    if since == head.generation {
        return Ok((old, c.doc));
    }
    let mut kept: HashMap<String, Records> = old
        .records_mut()
        .into_iter()
        .map(|(name, r)| (name, std::mem::take(r)))
        .collect();
    let (mut world, doc) = if head.doc_generation.is_none_or(|g| g > since) {
        let doc = read_doc(conn)?;
        (parse(&doc)?, doc)
    } else {
        (old, c.doc)
    };
    let rewritten = list_names(conn, Some(since))?;
    let mut changed = changed_items(conn, since)?;
    for (name, slot) in world.records_mut() {
        let updated = match kept.remove(&name) {
            Some(mut r) if !rewritten.contains(&name) => {
                let items = changed.remove(&name).unwrap_or_default();
                items
                    .into_iter()
                    .try_fold(true, |ok, (i, v)| {
                        Ok::<_, Error>(ok && r.apply_saved(i, parse_item(&v)?))
                    })?
                    .then_some(r)
            }
            _ => None,
        };
        match updated {
            Some(r) => *slot = r,
            None => *slot = load_list(conn, &name)?,
        }
    }
    Ok((world, doc))
}

/// Names of the collections saved as rows; with `since`, only those
/// rewritten whole after that generation.
pub(super) fn list_names(conn: &Connection, since: Option<i64>) -> Result<HashSet<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM list WHERE rewritten > ?1")?;
    let rows = stmt.query_map([since.unwrap_or(i64::MIN)], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn load_list(conn: &Connection, name: &str) -> Result<Records> {
    let mut stmt = conn.prepare_cached("SELECT doc FROM item WHERE list = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([name], |r| r.get::<_, String>(0))?;
    let mut items = Vec::new();
    for doc in rows {
        items.push(parse_item(&doc?)?);
    }
    Ok(Records::loaded(items))
}

/// Records written after generation `since`, by collection, in order.
pub(super) fn changed_items(
    conn: &Connection,
    since: i64,
) -> Result<HashMap<String, Vec<(usize, String)>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT list, seq, doc FROM item WHERE generation > ?1 ORDER BY list, seq",
    )?;
    let rows = stmt.query_map([since], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get(2)?))
    })?;
    let mut out: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for row in rows {
        let (list, seq, doc) = row?;
        out.entry(list).or_default().push((seq as usize, doc));
    }
    Ok(out)
}

/// Saves what `f` changed in `world` (loaded at `head`, its document then
/// `before`): the document only when its text changed, the records
/// marked changed, and a new generation when anything was written.
/// Returns the generation, lineage and document the file now has.
pub(super) fn save(
    tx: &Connection,
    world: &mut World,
    head: Option<&Head>,
    before: Option<String>,
) -> Result<(i64, Option<i64>, String)> {
    let mut taken: Vec<(String, Records)> = world
        .records_mut()
        .into_iter()
        .map(|(name, r)| (name, std::mem::take(r)))
        .collect();
    let doc = serde_json::to_string(&*world).expect("world serialises");
    // A freshly seeded file starts at a random generation, so a new
    // world at the path of a deleted one never matches a cached copy.
    let (mut generation, mut lineage) = match head {
        Some(h) => (h.generation, h.lineage),
        None => (random_generation()?, None),
    };
    let doc_changed = before.as_deref() != Some(doc.as_str());
    if doc_changed || taken.iter().any(|(_, r)| r.is_changed()) {
        generation += 1;
        if doc_changed {
            lineage = Some(lineage.map_or_else(random_generation, Ok)?);
            tx.execute(
                "INSERT INTO world (id, doc, generation, clock_offset, clock_generation,
                    doc_generation, lineage)
                 VALUES (1, ?1, ?2, ?3, ?2, ?2, ?4)
                 ON CONFLICT (id) DO UPDATE SET doc = excluded.doc,
                    generation = excluded.generation, clock_offset = excluded.clock_offset,
                    clock_generation = excluded.generation, doc_generation = excluded.generation,
                    lineage = excluded.lineage",
                rusqlite::params![&doc, generation, world.clock_offset, lineage],
            )?;
        } else {
            tx.execute(
                "UPDATE world SET generation = ?1, clock_generation = ?1 WHERE id = 1",
                [generation],
            )?;
        }
        save_records(tx, &mut taken, generation)?;
    }
    for ((_, slot), (_, r)) in world.records_mut().into_iter().zip(taken) {
        *slot = r;
    }
    Ok((generation, lineage, doc))
}

/// Writes the changed records of `lists` as rows of `generation`, and
/// drops the rows of collections the world no longer has.
pub(super) fn save_records(
    tx: &Connection,
    lists: &mut [(String, Records)],
    generation: i64,
) -> Result<()> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO item (list, seq, doc, generation) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (list, seq) DO UPDATE SET doc = excluded.doc,
            generation = excluded.generation",
    )?;
    let row = |v: &serde_json::Value| serde_json::to_string(v).expect("a record serialises");
    for (name, r) in lists.iter_mut() {
        let name = &*name;
        match r.take_changed() {
            Changed::Some(positions) => {
                for i in positions {
                    upsert.execute(rusqlite::params![name, i as i64, row(&r[i]), generation])?;
                }
            }
            Changed::All => {
                tx.execute("DELETE FROM item WHERE list = ?1", [name])?;
                for (i, v) in r.iter().enumerate() {
                    upsert.execute(rusqlite::params![name, i as i64, row(v), generation])?;
                }
                tx.execute(
                    "INSERT INTO list (name, rewritten) VALUES (?1, ?2)
                     ON CONFLICT (name) DO UPDATE SET rewritten = excluded.rewritten",
                    rusqlite::params![name, generation],
                )?;
            }
        }
    }
    for gone in list_names(tx, None)? {
        if !lists.iter().any(|(name, _)| *name == gone) {
            tx.execute("DELETE FROM item WHERE list = ?1", [&gone])?;
            tx.execute("DELETE FROM list WHERE name = ?1", [&gone])?;
        }
    }
    Ok(())
}

pub(super) fn parse(doc: &str) -> Result<World> {
    serde_json::from_str(doc).map_err(|e| {
        Error::failure(format!("the sandbox world is unreadable: {e}"))
            .with_hint("run `atslink sandbox reset --yes` to reseed it")
    })
}

pub(super) fn parse_item(doc: &str) -> Result<serde_json::Value> {
    serde_json::from_str(doc).map_err(|e| {
        Error::failure(format!("a sandbox record is unreadable: {e}"))
            .with_hint("run `atslink sandbox reset --yes` to reseed it")
    })
}
