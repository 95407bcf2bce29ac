//! The `secrets` table of the `database` credential store. It holds only
//! AES-256-GCM ciphertexts sealed by `crate::secrets::database`; this module
//! never sees a key or a plaintext. Nonce and ciphertext are stored as
//! base64 text so the table is the same on SQLite and PostgreSQL.

use super::db::{Conn as Connection, OptionalExtension, params};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;

use super::{Read, Tx};
use crate::error::{Error, Result};

/// One encrypted entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedSecret {
    pub owner: String,
    pub field: String,
    pub key_id: String,
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

const COLUMNS: &str = "owner, field, key_id, nonce, ciphertext";

fn row(r: &super::db::Row) -> super::db::DbResult<[String; 5]> {
    Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?])
}

fn decode([owner, field, key_id, nonce, ciphertext]: [String; 5]) -> Result<SealedSecret> {
    let bytes = |what: &str, text: &str| {
        B64.decode(text).map_err(|_| {
            Error::failure(format!(
                "the stored secret `{owner}/{field}` has a corrupt {what} (not base64)"
            ))
        })
    };
    Ok(SealedSecret {
        nonce: bytes("nonce", &nonce)?,
        ciphertext: bytes("ciphertext", &ciphertext)?,
        owner,
        field,
        key_id,
    })
}

fn one(conn: &Connection, owner: &str, field: &str) -> Result<Option<SealedSecret>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM secrets WHERE owner = ?1 AND field = ?2"),
        params![owner, field],
        row,
    )
    .optional()?
    .map(decode)
    .transpose()
}

fn key_ids(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT key_id FROM secrets ORDER BY key_id")?;
    let rows = stmt.query_map(params![], |r| r.get(0))?;
    Ok(rows.collect::<super::db::DbResult<_>>()?)
}

impl Read<'_> {
    pub fn sealed_secret(&self, owner: &str, field: &str) -> Result<Option<SealedSecret>> {
        one(self.conn, owner, field)
    }

    /// The key ids the stored secrets are encrypted under (one, normally).
    pub fn secret_key_ids(&self) -> Result<Vec<String>> {
        key_ids(self.conn)
    }

    pub fn sealed_secret_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM secrets", params![], |r| r.get(0))?)
    }
}

impl Tx<'_> {
    pub fn secret_key_ids(&self) -> Result<Vec<String>> {
        key_ids(self.conn())
    }

    pub fn sealed_secrets(&self) -> Result<Vec<SealedSecret>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {COLUMNS} FROM secrets ORDER BY owner, field"
        ))?;
        let rows = stmt.query_map(params![], row)?;
        rows.map(|r| decode(r?)).collect()
    }

    pub fn put_sealed_secret(&self, s: &SealedSecret) -> Result<()> {
        self.conn().execute(
            "INSERT INTO secrets (owner, field, key_id, nonce, ciphertext)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (owner, field) DO UPDATE SET key_id = excluded.key_id,
                 nonce = excluded.nonce, ciphertext = excluded.ciphertext",
            params![
                s.owner,
                s.field,
                s.key_id,
                B64.encode(&s.nonce),
                B64.encode(&s.ciphertext)
            ],
        )?;
        Ok(())
    }

    /// Returns whether a row existed.
    pub fn delete_sealed_secret(&self, owner: &str, field: &str) -> Result<bool> {
        let n = self.conn().execute(
            "DELETE FROM secrets WHERE owner = ?1 AND field = ?2",
            params![owner, field],
        )?;
        Ok(n > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(owner: &str, key_id: &str, ct: &[u8]) -> SealedSecret {
        SealedSecret {
            owner: owner.into(),
            field: "tokens".into(),
            key_id: key_id.into(),
            nonce: vec![1; 12],
            ciphertext: ct.to_vec(),
        }
    }

    #[test]
    fn put_replaces_and_delete_reports() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        store
            .write(|tx| {
                tx.put_sealed_secret(&sealed("org/a/jobadder", "k1", b"one"))?;
                tx.put_sealed_secret(&sealed("org/a/jobadder", "k2", b"two"))?;
                tx.put_sealed_secret(&sealed("org/b/jobadder", "k2", b"three"))
            })
            .unwrap();
        let got = store
            .read()
            .sealed_secret("org/a/jobadder", "tokens")
            .unwrap()
            .unwrap();
        assert_eq!(got, sealed("org/a/jobadder", "k2", b"two"));
        assert_eq!(store.read().secret_key_ids().unwrap(), ["k2"]);
        assert_eq!(store.read().sealed_secret_count().unwrap(), 2);
        let existed = store
            .write(|tx| tx.delete_sealed_secret("org/a/jobadder", "tokens"))
            .unwrap();
        assert!(existed);
        let again = store
            .write(|tx| tx.delete_sealed_secret("org/a/jobadder", "tokens"))
            .unwrap();
        assert!(!again);
    }
}
