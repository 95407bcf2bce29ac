//! Forward-only schema migrations, tracked in `PRAGMA user_version`. Each
//! entry moves the schema from version N-1 to N. Never edit a released
//! migration: add a new one.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

const MIGRATIONS: &[&str] = &[
    // 1: the foundation.
    r#"
    CREATE TABLE organisations (
        id          INTEGER PRIMARY KEY,
        slug        TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        seats       INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
        created_at  TEXT NOT NULL
    );
    CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        email         TEXT NOT NULL COLLATE NOCASE,
        name          TEXT,
        role          TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'manager', 'member')),
        source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('jobadder', 'salesforce', 'manual')),
        external_id   TEXT,
        licence       TEXT NOT NULL DEFAULT 'none' CHECK (licence IN ('active', 'disabled', 'none')),
        first_access  TEXT,
        last_access   TEXT,
        created_at    TEXT NOT NULL,
        UNIQUE (org_id, email)
    );
    CREATE INDEX users_org_licence ON users (org_id, licence);
    CREATE TABLE integrations (
        id                 INTEGER PRIMARY KEY,
        org_id             INTEGER NOT NULL REFERENCES organisations(id),
        provider           TEXT NOT NULL CHECK (provider IN ('jobadder', 'salesforce', 'flare')),
        account_id         TEXT,
        account_name       TEXT,
        api_base           TEXT,
        instance           TEXT,
        authorised_by      TEXT,
        authorised_by_id   TEXT,
        scopes             TEXT,
        linked_at          TEXT NOT NULL,
        access_expires_at  TEXT,
        last_refresh_at    TEXT,
        broken_reason      TEXT,
        broken_at          TEXT,
        UNIQUE (org_id, provider)
    );
    -- Names of entries in the credential store (never their values), so
    -- deleting an organisation can remove every secret it owns.
    CREATE TABLE credential_refs (
        name        TEXT PRIMARY KEY,
        org_id      INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
        store       TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    -- The organisation is kept by slug, not by foreign key, so the trail
    -- outlives a deleted organisation.
    CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        command   TEXT NOT NULL,
        org_slug  TEXT,
        action    TEXT NOT NULL,
        subject   TEXT,
        before    TEXT,
        after     TEXT
    );
    CREATE INDEX audit_log_org_at ON audit_log (org_slug, at);
    CREATE INDEX audit_log_at ON audit_log (at);
    "#,
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every pending migration in one immediate transaction. Many
/// processes may open a fresh database at once: the write lock serialises
/// them and the version is re-read inside it, so each migration runs once.
pub fn apply(conn: &mut Connection, path: &Path) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current == LATEST_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > LATEST_VERSION {
        return Err(Error::failure(format!(
            "the state database {} was upgraded by a newer atslink while opening",
            path.display()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(sql).map_err(|e| {
            Error::failure(format!(
                "migrating {} to schema version {} failed: {e}; nothing was changed",
                path.display(),
                i + 1
            ))
        })?;
    }
    tx.pragma_update(None, "user_version", LATEST_VERSION)?;
    tx.commit()?;
    Ok(())
}
