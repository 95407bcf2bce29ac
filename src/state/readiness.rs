//! Reads for `org check`: an organisation's managers, its Flare ledger in
//! summary, and who else links the same provider account.

use super::db::{OptionalExtension, params};
use serde::Serialize;

use super::Read;
use crate::error::Result;
use time::OffsetDateTime;

/// The Flare push ledger of one organisation since a time, in summary.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LedgerSummary {
    pub attempts: i64,
    pub failures: i64,
    /// The latest failure: when and why.
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    pub last_failure_at: Option<OffsetDateTime>,
    pub last_failure: Option<String>,
    pub last_failure_candidate: Option<i64>,
    /// When a candidate last arrived in Flare (a `created` attempt), at any time.
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    pub last_created_at: Option<OffsetDateTime>,
}

impl Read<'_> {
    /// Emails of the organisation's admins and managers (who manage
    /// licences and perform the relink procedure).
    pub fn managers(&self, org_id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT email FROM users WHERE org_id = ?1 AND role IN ('admin', 'manager')
             ORDER BY email",
        )?;
        let rows = stmt.query_map(params![org_id], |r| r.get(0))?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }

    pub fn ledger_summary(&self, org_id: i64, since: OffsetDateTime) -> Result<LedgerSummary> {
        let (attempts, failures): (i64, i64) = self.conn.query_row(
            "SELECT count(*), coalesce(sum(CASE WHEN outcome = 'failed' THEN 1 ELSE 0 END), 0) FROM flare_pushes
             WHERE org_id = ?1 AND at >= ?2",
            params![org_id, since],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let last_failure: Option<(OffsetDateTime, Option<String>, i64)> = self
            .conn
            .query_row(
                "SELECT at, error, candidate_id FROM flare_pushes
                 WHERE org_id = ?1 AND at >= ?2 AND outcome = 'failed'
                 ORDER BY at DESC, id DESC LIMIT 1",
                params![org_id, since],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let last_created_at: Option<OffsetDateTime> = self.conn.query_row(
            "SELECT max(at) FROM flare_pushes WHERE org_id = ?1 AND outcome = 'created'",
            params![org_id],
            |r| r.get(0),
        )?;
        Ok(LedgerSummary {
            attempts,
            failures,
            last_failure_at: last_failure.as_ref().map(|f| f.0),
            last_failure_candidate: last_failure.as_ref().map(|f| f.2),
            last_failure: last_failure.and_then(|f| f.1),
            last_created_at,
        })
    }

    /// The other organisations whose link to `provider` is to this account.
    pub fn orgs_sharing_account(
        &self,
        org_id: i64,
        provider: crate::providers::Provider,
        account_id: &str,
    ) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.slug FROM integrations i JOIN organisations o ON o.id = i.org_id
             WHERE i.provider = ?2 AND i.account_id = ?3 AND i.org_id <> ?1 ORDER BY o.slug",
        )?;
        let rows = stmt.query_map(params![org_id, provider, account_id], |r| r.get(0))?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }
}
