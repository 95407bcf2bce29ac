//! Batch coordination: a per-organisation lock (a lease row) so two batches
//! never push the same records at once, and the checkpoint `--since last`
//! starts from.
//!
//! Why a lease row and not a held transaction or a lock file: a batch runs
//! for minutes, and holding SQLite's write lock that long would stall every
//! other command; a lock file would not follow the state store to a shared
//! database (DESIGN: coordination uses the database). The row names its
//! owner and expires, so a crashed batch cannot block the organisation for
//! longer than the lease, and a batch on the same machine takes over at
//! once from one whose process is gone.

use super::db::{OptionalExtension, params};

use super::{Read, Tx};
use crate::error::Result;
use time::OffsetDateTime;

/// Who holds a batch lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockHolder {
    pub owner: String,
    pub host: String,
    pub pid: i64,
    pub acquired_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

pub struct LockRequest<'a> {
    pub name: &'a str,
    pub owner: &'a str,
    pub host: &'a str,
    pub pid: i64,
    pub now: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

impl Tx<'_> {
    /// Takes the lock unless someone else holds a live lease; returns that
    /// holder otherwise. `dead` says whether a holder's process is known to
    /// be gone (same host, no such process).
    pub fn take_batch_lock(
        &self,
        org_id: i64,
        req: &LockRequest<'_>,
        dead: impl Fn(&LockHolder) -> bool,
    ) -> Result<Option<LockHolder>> {
        let held = self
            .conn()
            .query_row(
                "SELECT owner, host, pid, acquired_at, expires_at FROM batch_locks
                 WHERE org_id = ?1 AND name = ?2",
                params![org_id, req.name],
                |r| {
                    Ok(LockHolder {
                        owner: r.get(0)?,
                        host: r.get(1)?,
                        pid: r.get(2)?,
                        acquired_at: r.get(3)?,
                        expires_at: r.get(4)?,
                    })
                },
            )
            .optional()?;
        if let Some(h) = held
            && h.owner != req.owner
            && h.expires_at > req.now
            && !dead(&h)
        {
            return Ok(Some(h));
        }
        self.conn().execute(
            "INSERT INTO batch_locks (org_id, name, owner, host, pid, acquired_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (org_id, name) DO UPDATE SET owner = excluded.owner,
                 host = excluded.host, pid = excluded.pid,
                 acquired_at = excluded.acquired_at, expires_at = excluded.expires_at",
            params![
                org_id,
                req.name,
                req.owner,
                req.host,
                req.pid,
                req.now,
                req.expires_at
            ],
        )?;
        Ok(None)
    }

    /// Extends our lease; false when it is no longer ours (it expired and
    /// another batch took it).
    pub fn renew_batch_lock(
        &self,
        org_id: i64,
        name: &str,
        owner: &str,
        expires_at: OffsetDateTime,
    ) -> Result<bool> {
        let n = self.conn().execute(
            "UPDATE batch_locks SET expires_at = ?4 WHERE org_id = ?1 AND name = ?2 AND owner = ?3",
            params![org_id, name, owner, expires_at],
        )?;
        Ok(n == 1)
    }

    pub fn release_batch_lock(&self, org_id: i64, name: &str, owner: &str) -> Result<()> {
        self.conn().execute(
            "DELETE FROM batch_locks WHERE org_id = ?1 AND name = ?2 AND owner = ?3",
            params![org_id, name, owner],
        )?;
        Ok(())
    }

    pub fn set_checkpoint(
        &self,
        org_id: i64,
        name: &str,
        since: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO batch_checkpoints (org_id, name, since, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (org_id, name) DO UPDATE SET since = excluded.since, updated_at = excluded.updated_at",
            params![org_id, name, since, now],
        )?;
        Ok(())
    }
}

impl Read<'_> {
    pub fn checkpoint(&self, org_id: i64, name: &str) -> Result<Option<OffsetDateTime>> {
        Ok(self
            .conn
            .query_row(
                "SELECT since FROM batch_checkpoints WHERE org_id = ?1 AND name = ?2",
                params![org_id, name],
                |r| r.get(0),
            )
            .optional()?)
    }
}
