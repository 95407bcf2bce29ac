//! Forward-only schema migrations, tracked in `PRAGMA user_version`. Each
//! entry moves the schema from version N-1 to N. Never edit a released
//! migration: add a new one.

use super::db::{Conn, TxKind, params};
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
    // 2: what linking learns about a link.
    r#"
    ALTER TABLE integrations ADD COLUMN authorised_by_admin INTEGER;
    ALTER TABLE integrations ADD COLUMN partner_action_id TEXT;
    -- Provider-specific, non-secret facts as JSON: the login host and client
    -- id of a Salesforce app, the flow used, the Salesforce username.
    ALTER TABLE integrations ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
    "#,
    // 3: the Flare push ledger: every attempt, so support can see what
    // happened and a rerun never creates a person twice.
    r#"
    CREATE TABLE flare_pushes (
        id              INTEGER PRIMARY KEY,
        org_id          INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        at              TEXT NOT NULL,
        candidate_id    INTEGER NOT NULL,
        placement_id    INTEGER,
        email           TEXT,
        outcome         TEXT NOT NULL CHECK (outcome IN ('created', 'duplicate', 'skipped', 'failed')),
        flare_person_id TEXT,
        warnings        TEXT NOT NULL DEFAULT '[]',
        error           TEXT,
        note            TEXT
    );
    CREATE INDEX flare_pushes_candidate ON flare_pushes (org_id, candidate_id, at);
    "#,
    // 4: organisation ids are never reused. SQLite hands a deleted
    // organisation's id to the next one created, so a command that resolved
    // `acme` before it was deleted could write into the organisation
    // created after it. A high-water mark makes every id new; a stale id
    // then matches nothing (updates) or fails its foreign key (inserts).
    // (A table rebuild to AUTOINCREMENT would need foreign keys off, which
    // cannot be switched inside the migration's transaction.)
    r#"
    CREATE TABLE id_high_water (
        name  TEXT PRIMARY KEY,
        last  INTEGER NOT NULL
    );
    INSERT INTO id_high_water (name, last)
        SELECT 'organisations', COALESCE(MAX(id), 0) FROM organisations;
    "#,
    // 5: the `database` credential store: AES-256-GCM ciphertexts, one row
    // per secret. Plain types only (TEXT, no BLOB or SQLite affinity
    // tricks) so the same statement creates the table on PostgreSQL:
    // nonce and ciphertext are base64 text. No foreign key on the owner:
    // platform-wide secrets (`provider/jobadder`) belong to no organisation,
    // and `credential_refs` already ties an organisation to its entries.
    r#"
    CREATE TABLE secrets (
        owner       TEXT NOT NULL,
        field       TEXT NOT NULL,
        key_id      TEXT NOT NULL,
        nonce       TEXT NOT NULL,
        ciphertext  TEXT NOT NULL,
        PRIMARY KEY (owner, field)
    );
    "#,
    // 6: what makes batch pushes safe to rerun and to run twice.
    r#"
    -- The error kind (`unavailable`, `auth`, `usage`, …) of a failed
    -- attempt: a batch retries transient failures by itself and the others
    -- only with --retry-failed.
    ALTER TABLE flare_pushes ADD COLUMN error_kind TEXT;
    -- One row per JobAdder note atslink wrote (or is writing): the key is
    -- the record and the outcome told, so a note is written once per
    -- record per distinct outcome however often a push is rerun.
    CREATE TABLE flare_push_notes (
        org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        target      TEXT NOT NULL,
        note_key    TEXT NOT NULL,
        push_id     INTEGER,
        claimed_at  TEXT NOT NULL,
        -- `host:pid` of the claiming run: a claim by a run that is gone
        -- may be taken over.
        claimed_by  TEXT NOT NULL,
        written_at  TEXT,
        PRIMARY KEY (org_id, target, note_key)
    );
    -- A lease, not a held transaction: a batch runs for minutes and must
    -- not block every other writer. `owner` is unique per run; `host` and
    -- `pid` let a run on the same machine take over from a dead one.
    CREATE TABLE batch_locks (
        org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        owner       TEXT NOT NULL,
        host        TEXT NOT NULL,
        pid         INTEGER NOT NULL,
        acquired_at TEXT NOT NULL,
        expires_at  TEXT NOT NULL,
        PRIMARY KEY (org_id, name)
    );
    -- Where the next `--since last` batch starts, per organisation.
    CREATE TABLE batch_checkpoints (
        org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        since       TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (org_id, name)
    );
    "#,
    // 7: launches from a provider's button (`atslink serve`): who pressed it
    // on which record, when, and what they got.
    r#"
    CREATE TABLE launches (
        id                INTEGER PRIMARY KEY,
        org_id            INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        at                TEXT NOT NULL,
        provider          TEXT NOT NULL CHECK (provider IN ('jobadder', 'salesforce')),
        provider_user_id  TEXT NOT NULL,
        user_id           INTEGER REFERENCES users(id) ON DELETE SET NULL,
        email             TEXT,
        record_id         TEXT NOT NULL,
        outcome           TEXT NOT NULL
    );
    CREATE INDEX launches_org_record ON launches (org_id, record_id, at);
    "#,
    // 8: automatic export (`flare auto`, issue 14). The JobAdder webhooks
    // atslink registered per organisation (the authorization value each one
    // sends is a secret in the credential store, never here), and the events
    // `serve` received: keyed by JobAdder's eventId, because deliveries are
    // duplicated and reordered; claimed by a worker with an owner and a lease
    // (a write transaction), so several serve processes share one store.
    r#"
    CREATE TABLE jobadder_webhooks (
        org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        trigger     TEXT NOT NULL,
        webhook_id  TEXT NOT NULL,
        url         TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (org_id, trigger)
    );
    CREATE TABLE webhook_events (
        org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        event_id      TEXT NOT NULL,
        webhook_id    TEXT NOT NULL,
        event         TEXT NOT NULL,
        placement_id  INTEGER,
        received_at   TEXT NOT NULL,
        -- pending, done (pushed, or settled as a duplicate/skip) or failed
        -- (a permanent failure, noted on the candidate by the push).
        status        TEXT NOT NULL DEFAULT 'pending',
        attempts      INTEGER NOT NULL DEFAULT 0,
        next_at       TEXT NOT NULL,
        claimed_by    TEXT,
        lease_until   TEXT,
        outcome       TEXT,
        last_error    TEXT,
        done_at       TEXT,
        PRIMARY KEY (org_id, event_id)
    );
    CREATE INDEX webhook_events_due ON webhook_events (status, next_at);
    "#,
    // 9: link health transitions `serve` notifies about: the last state
    // told per link, so each transition is notified once (not once per
    // run), and whether its notification is still to be sent.
    r#"
    CREATE TABLE link_alerts (
        org_id     INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        provider   TEXT NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('ok', 'broken')),
        reason     TEXT,
        since      TEXT NOT NULL,
        pending    INTEGER NOT NULL DEFAULT 0,
        attempts   INTEGER NOT NULL DEFAULT 0,
        sent_at    TEXT,
        PRIMARY KEY (org_id, provider)
    );
    "#,
    // 10: candidate onboarding through the "Send to Flare" partner action:
    // the button belongs to the trigger's webhook row, and its events name
    // a candidate rather than a placement.
    r#"
    ALTER TABLE jobadder_webhooks ADD COLUMN action_id TEXT;
    ALTER TABLE webhook_events ADD COLUMN candidate_id INTEGER;
    "#,
    // 11: refresh failure book-keeping per link: consecutive failed
    // refreshes (a provider refusal, or a transient failure after the
    // retries), the last one's error as a plain sentence (never a token)
    // and its time, which starts the cool-down before the next attempt.
    // A successful refresh or a relink resets them.
    r#"
    ALTER TABLE integrations ADD COLUMN refresh_failures INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE integrations ADD COLUMN last_refresh_error TEXT;
    ALTER TABLE integrations ADD COLUMN last_refresh_failure_at TEXT;
    "#,
    // 12: a notification being sent is leased, not taken: one whose sender
    // died before it was sent (or recorded) is sent again once the lease
    // runs out, instead of being lost. Receivers tell repeats by `id`.
    r#"
    ALTER TABLE link_alerts ADD COLUMN claimed_until TEXT;
    "#,
    // 13: the webhook claim's "no live claim on this placement" check
    // reads live claims only (a handful), not every event of the
    // organisation: without this index it scanned the whole table for
    // each due event, inside SQLite's write transaction, so with a backlog
    // of 6,700 events every claim held the write lock ~300 ms and webhook
    // acknowledgements queued behind it. And the due order is the index's
    // own, so the oldest due event is found without sorting the backlog.
    r#"
    CREATE INDEX webhook_events_leased ON webhook_events (org_id, lease_until)
        WHERE lease_until IS NOT NULL;
    DROP INDEX webhook_events_due;
    CREATE INDEX webhook_events_due ON webhook_events (status, next_at, received_at);
    "#,
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// The schema version: `PRAGMA user_version` on SQLite, the one row of
/// `atslink_schema` on PostgreSQL (0 for an empty database).
pub fn version(conn: &Conn) -> Result<i64> {
    match conn {
        Conn::Sqlite(_) => Ok(conn.query_row("PRAGMA user_version", params![], |r| r.get(0))?),
        // One round trip at every start: the simple protocol (no prepare),
        // carrying the session's settings; a missing table means version 0.
        Conn::Postgres(pg) => {
            let read = pg.simple_column(&format!(
                "{}SELECT version FROM atslink_schema",
                super::db::PgConn::session_settings()
            ));
            let version = match read {
                Ok(rows) => rows,
                // undefined_table: an empty database, not yet migrated.
                Err(super::db::DbError::Postgres(e)) if e.code.as_deref() == Some("42P01") => {
                    return Ok(0);
                }
                Err(e) => return Err(e.into()),
            };
            match version.first().cloned().flatten() {
                Some(v) => v.parse().map_err(|_| {
                    Error::failure(format!("the schema version `{v}` is not a number"))
                }),
                None => Ok(0),
            }
        }
    }
}

/// Applies every pending migration in one write transaction. Many
/// processes may open a fresh database at once: the write lock serialises
/// them and the version is re-read inside it, so each migration runs once.
pub fn apply(conn: &Conn, location: &str) -> Result<()> {
    apply_list(conn, location, MIGRATIONS)
}

fn apply_list(conn: &Conn, location: &str, migrations: &[&str]) -> Result<()> {
    let latest = migrations.len() as i64;
    if version(conn)? == latest {
        return Ok(());
    }
    let tx = conn.begin(TxKind::Write)?;
    if let Conn::Postgres(_) = conn {
        // PostgreSQL has no `user_version`: the version lives in a table,
        // created under the write lock so two first opens cannot race.
        conn.execute_batch("CREATE TABLE IF NOT EXISTS atslink_schema (version BIGINT NOT NULL)")?;
    }
    apply_locked(conn, location, migrations)?;
    Ok(tx.commit()?)
}

fn apply_locked(conn: &Conn, location: &str, migrations: &[&str]) -> Result<()> {
    let latest = migrations.len() as i64;
    let current = version(conn)?;
    if current > latest {
        return Err(Error::failure(format!(
            "the state database {location} was upgraded by a newer atslink while opening"
        )));
    }
    for (i, sql) in migrations.iter().enumerate().skip(current as usize) {
        let sql = match conn {
            Conn::Sqlite(_) => sql.to_string(),
            Conn::Postgres(_) => for_postgres(sql, i == 0),
        };
        conn.execute_batch(&sql).map_err(|e| {
            Error::failure(format!(
                "migrating {location} to schema version {} failed: {e}; nothing was changed",
                i + 1
            ))
        })?;
    }
    match conn {
        Conn::Sqlite(_) => conn.execute_batch(&format!("PRAGMA user_version = {latest}"))?,
        Conn::Postgres(_) => {
            conn.execute("DELETE FROM atslink_schema", params![])?;
            conn.execute(
                "INSERT INTO atslink_schema (version) VALUES (?1)",
                params![latest],
            )?;
        }
    }
    Ok(())
}

/// One migration history for both engines: the migrations are written in
/// the SQL both share, and the few words where the engines' DDL differs
/// are translated here rather than kept as a second history that could
/// drift. SQLite's rowid key becomes an identity column, its 64-bit
/// INTEGER a BIGINT, and its NOCASE collation an ICU collation that
/// compares case-insensitively (so `UNIQUE (org_id, email)` means the same
/// thing on both).
fn for_postgres(sql: &str, first: bool) -> String {
    let mut out = String::new();
    if first {
        out.push_str(
            "CREATE COLLATION IF NOT EXISTS nocase \
             (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\n",
        );
    }
    out.push_str(
        &sql.replace(
            "INTEGER PRIMARY KEY",
            "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        )
        .replace("INTEGER", "BIGINT")
        .replace("COLLATE NOCASE", "COLLATE nocase"),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory() -> Conn {
        Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap())
    }

    fn current(conn: &Conn) -> i64 {
        version(conn).unwrap()
    }

    fn tables(conn: &Conn) -> Vec<String> {
        let mut s = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        s.query_map(params![], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    }

    #[test]
    fn applies_pending_migrations_only() {
        let conn = memory();
        let p = "mem";
        apply_list(&conn, p, &["CREATE TABLE a (x);"]).unwrap();
        conn.execute("INSERT INTO a VALUES (1)", params![]).unwrap();
        apply_list(&conn, p, &["CREATE TABLE a (x);", "CREATE TABLE b (y);"]).unwrap();
        assert_eq!(current(&conn), 2);
        assert_eq!(tables(&conn), ["a", "b"]);
        let n: i64 = conn
            .query_row("SELECT count(*) FROM a", params![], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1, "existing data survives a migration");
    }

    #[test]
    fn a_failing_migration_changes_nothing() {
        let conn = memory();
        let p = "mem";
        apply_list(&conn, p, &["CREATE TABLE a (x);"]).unwrap();
        let err = apply_list(
            &conn,
            p,
            &[
                "CREATE TABLE a (x);",
                "CREATE TABLE b (y);",
                "CREATE TABLE broken (",
            ],
        )
        .unwrap_err();
        assert!(err.message.contains("schema version 3"), "{}", err.message);
        assert_eq!(current(&conn), 1);
        assert_eq!(tables(&conn), ["a"], "migration 2 rolled back with 3");
    }

    #[test]
    fn the_real_migrations_apply() {
        let conn = memory();
        apply(&conn, "mem").unwrap();
        assert_eq!(current(&conn), LATEST_VERSION);
        for t in [
            "organisations",
            "users",
            "integrations",
            "audit_log",
            "credential_refs",
            "launches",
            "secrets",
            "jobadder_webhooks",
            "webhook_events",
            "link_alerts",
        ] {
            assert!(tables(&conn).iter().any(|x| x == t), "{t}");
        }
    }
}
