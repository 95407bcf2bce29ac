//! The audit log: one row per change, who, when, which command, before and
//! after. Rows are never updated or deleted.

use super::db::{ToValue, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::{Read, Tx};
use crate::error::Result;

/// What a mutating command records. `at`, `actor` and `command` are filled
/// in by the context, so commands state only what changed.
#[derive(Debug, Clone)]
pub struct NewAudit {
    pub org_slug: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(serialize_with = "crate::clock::serialize")]
    pub at: OffsetDateTime,
    pub actor: String,
    pub command: String,
    pub org: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub org_slug: Option<String>,
    pub since: Option<OffsetDateTime>,
    pub limit: Option<i64>,
}

impl Tx<'_> {
    /// Many audit rows of one command in a few statements (a bulk file).
    pub fn audit_many(
        &self,
        entries: &[NewAudit],
        at: OffsetDateTime,
        actor: &str,
        command: &str,
    ) -> Result<()> {
        use super::db::ToValue;
        let rows: Vec<Vec<super::db::Value>> = entries
            .iter()
            .map(|e| {
                vec![
                    at.to_value(),
                    actor.to_value(),
                    command.to_value(),
                    e.org_slug.to_value(),
                    e.action.to_value(),
                    e.subject.to_value(),
                    e.before.to_value(),
                    e.after.to_value(),
                ]
            })
            .collect();
        self.conn().insert_many(
            "audit_log",
            &[
                "at", "actor", "command", "org_slug", "action", "subject", "before", "after",
            ],
            &rows,
        )?;
        Ok(())
    }

    pub fn audit(
        &self,
        entry: &NewAudit,
        at: OffsetDateTime,
        actor: &str,
        command: &str,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO audit_log (at, actor, command, org_slug, action, subject, before, after)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                at,
                actor,
                command,
                entry.org_slug,
                entry.action,
                entry.subject,
                entry.before,
                entry.after
            ],
        )?;
        Ok(())
    }
}

impl Read<'_> {
    /// Newest first.
    pub fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let mut sql = String::from(
            "SELECT id, at, actor, command, org_slug, action, subject, before, after
             FROM audit_log WHERE 1=1",
        );
        let mut args: Vec<&dyn ToValue> = Vec::new();
        if let Some(org) = &filter.org_slug {
            sql.push_str(" AND org_slug = ?");
            args.push(org);
        }
        if let Some(since) = &filter.since {
            sql.push_str(" AND at >= ?");
            args.push(since);
        }
        sql.push_str(" ORDER BY at DESC, id DESC");
        let limit = filter.limit.unwrap_or(-1);
        sql.push_str(" LIMIT ?");
        args.push(&limit);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                command: r.get(3)?,
                org: r.get(4)?,
                action: r.get(5)?,
                subject: r.get(6)?,
                before: r.get(7)?,
                after: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }
}
