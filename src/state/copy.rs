//! Whole-table access for `state status` (row counts) and `state migrate`
//! (a SQLite home copied into an empty PostgreSQL store, row for row).

use super::db::{Conn, Value, params};
use super::{Read, Tx};
use crate::error::{Error, Result};

/// Every table of the schema, parents before children, so rows can be
/// inserted in this order with foreign keys on.
pub const TABLES: &[&str] = &[
    "organisations",
    "id_high_water",
    "users",
    "integrations",
    "credential_refs",
    "audit_log",
    "flare_pushes",
    "flare_push_notes",
    "batch_locks",
    "batch_checkpoints",
    "launches",
    "jobadder_webhooks",
    "webhook_events",
    "link_alerts",
    "secrets",
];

/// Tables whose `id` the engine assigns (an identity column on PostgreSQL
/// whose counter must move past copied ids).
const IDENTITY_TABLES: &[&str] = &[
    "organisations",
    "users",
    "integrations",
    "audit_log",
    "flare_pushes",
    "launches",
];

fn counts(conn: &Conn) -> Result<Vec<(&'static str, i64)>> {
    TABLES.iter().map(|t| Ok((*t, count(conn, t)?))).collect()
}

fn count(conn: &Conn, table: &str) -> Result<i64> {
    // `table` is one of TABLES, never input.
    Ok(
        conn.query_row(&format!("SELECT count(*) FROM {table}"), params![], |r| {
            r.get(0)
        })?,
    )
}

fn columns(conn: &Conn, table: &str) -> Result<Vec<String>> {
    let sql = match conn {
        Conn::Sqlite(_) => "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
        Conn::Postgres(_) => {
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position"
        }
    };
    let mut stmt = conn.prepare(sql)?;
    let names = stmt
        .query_map(params![table], |r| r.get(0))?
        .collect::<super::db::DbResult<Vec<String>>>()?;
    if names.is_empty() {
        return Err(Error::failure(format!(
            "the state store has no table {table}"
        )));
    }
    Ok(names)
}

/// One table's rows, with its column names.
pub struct TableRows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Read<'_> {
    /// Rows per table, in [`TABLES`] order.
    pub fn table_counts(&self) -> Result<Vec<(&'static str, i64)>> {
        counts(self.conn)
    }

    pub fn table_rows(&self, table: &str) -> Result<TableRows> {
        let columns = columns(self.conn, table)?;
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {} FROM {table}", columns.join(", ")))?;
        let rows = stmt
            .query_map(params![], |r| {
                (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect()
            })?
            .collect::<super::db::DbResult<Vec<Vec<Value>>>>()?;
        Ok(TableRows { columns, rows })
    }
}

impl Tx<'_> {
    pub fn table_counts(&self) -> Result<Vec<(&'static str, i64)>> {
        counts(self.conn())
    }

    /// Inserts copied rows as they are (ids included).
    pub fn insert_rows(&self, table: &str, rows: &TableRows) -> Result<()> {
        let holes: Vec<String> = (1..=rows.columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            rows.columns.join(", "),
            holes.join(", ")
        );
        let mut stmt = self.conn().prepare(&sql)?;
        for row in &rows.rows {
            let values: Vec<&dyn super::db::ToValue> =
                row.iter().map(|v| v as &dyn super::db::ToValue).collect();
            stmt.execute(values.as_slice())?;
        }
        Ok(())
    }

    /// Empties a table (the target's own seed rows, before a copy).
    pub fn clear_table(&self, table: &str) -> Result<()> {
        self.conn()
            .execute(&format!("DELETE FROM {table}"), params![])?;
        Ok(())
    }

    /// Moves PostgreSQL's identity counters past the copied ids, so the
    /// next row the engine numbers does not collide with a copied one.
    pub fn advance_identities(&self) -> Result<()> {
        if let Conn::Postgres(_) = self.conn() {
            for t in IDENTITY_TABLES {
                self.conn().query_row(
                    &format!(
                        "SELECT setval(pg_get_serial_sequence('{t}', 'id'), \
                         (SELECT coalesce(max(id), 0) + 1 FROM {t}), false)"
                    ),
                    params![],
                    |_| Ok(()),
                )?;
            }
        }
        Ok(())
    }

    /// After a migration every secret lives in the `database` store.
    pub fn mark_credentials_in_database(&self) -> Result<()> {
        self.conn()
            .execute("UPDATE credential_refs SET store = 'database'", params![])?;
        Ok(())
    }
}
