//! The names (never the values) of credential-store entries, with the
//! organisation that owns them, so cleanup can find every secret.

use super::db::{OptionalExtension, params};

use super::{Read, Tx};
use crate::error::Result;
use crate::secrets::SecretKey;

impl Read<'_> {
    /// The store an entry was written to, if atslink wrote it.
    pub fn credential_ref(&self, name: &SecretKey) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT store FROM credential_refs WHERE name = ?1",
                params![name],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn credential_refs_for_org(&self, org_id: i64) -> Result<Vec<SecretKey>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM credential_refs WHERE org_id = ?1 ORDER BY name")?;
        let rows = stmt.query_map(params![org_id], |r| r.get(0))?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }
}

impl Tx<'_> {
    pub fn put_credential_ref(
        &self,
        name: &SecretKey,
        org_id: Option<i64>,
        store: &str,
        at: time::OffsetDateTime,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO credential_refs (name, org_id, store, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO UPDATE SET org_id = excluded.org_id, store = excluded.store,
                 updated_at = excluded.updated_at",
            params![name, org_id, store, at],
        )?;
        Ok(())
    }

    pub fn delete_credential_ref(&self, name: &SecretKey) -> Result<()> {
        self.conn()
            .execute("DELETE FROM credential_refs WHERE name = ?1", params![name])?;
        Ok(())
    }
}
