//! Integration links: metadata only. Tokens live in the credential store.

use rusqlite::Row;
use serde::Serialize;

use super::{Read, Tx};
use crate::error::Result;

#[derive(Debug, Clone, Serialize)]
pub struct IntegrationRow {
    pub provider: String,
    pub account_id: Option<String>,
    pub account_name: Option<String>,
    pub authorised_by: Option<String>,
    pub linked_at: String,
    pub last_refresh_at: Option<String>,
    pub broken_reason: Option<String>,
    pub broken_at: Option<String>,
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<IntegrationRow> {
    Ok(IntegrationRow {
        provider: r.get("provider")?,
        account_id: r.get("account_id")?,
        account_name: r.get("account_name")?,
        authorised_by: r.get("authorised_by")?,
        linked_at: r.get("linked_at")?,
        last_refresh_at: r.get("last_refresh_at")?,
        broken_reason: r.get("broken_reason")?,
        broken_at: r.get("broken_at")?,
    })
}

fn for_org(conn: &rusqlite::Connection, org_id: i64) -> Result<Vec<IntegrationRow>> {
    let mut stmt = conn.prepare(
        "SELECT provider, account_id, account_name, authorised_by, linked_at, last_refresh_at,
                broken_reason, broken_at
         FROM integrations WHERE org_id = ?1 ORDER BY provider",
    )?;
    let rows = stmt.query_map([org_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Read<'_> {
    pub fn integrations(&self, org_id: i64) -> Result<Vec<IntegrationRow>> {
        for_org(self.conn, org_id)
    }
}

impl Tx<'_> {
    pub fn integrations(&self, org_id: i64) -> Result<Vec<IntegrationRow>> {
        for_org(self.conn(), org_id)
    }
}

impl Tx<'_> {
    /// Records a new link's row; the linking flow fills in the rest as it
    /// learns it. Returns the row id.
    pub fn insert_integration(&self, org_id: i64, provider: &str, linked_at: &str) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO integrations (org_id, provider, linked_at) VALUES (?1, ?2, ?3)",
            rusqlite::params![org_id, provider, linked_at],
        )?;
        Ok(self.conn().last_insert_rowid())
    }
}
