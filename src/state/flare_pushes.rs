//! The Flare push ledger: one row per attempt.

use super::db::{OptionalExtension, params};
use serde::Serialize;

use super::{Read, Tx};
use crate::clock;
use crate::error::Result;
use time::OffsetDateTime;

#[derive(Debug, Clone, Serialize)]
pub struct PushRecord {
    pub id: i64,
    #[serde(serialize_with = "clock::serialize")]
    pub at: OffsetDateTime,
    pub candidate_id: i64,
    pub placement_id: Option<i64>,
    pub email: Option<String>,
    /// `created`, `duplicate`, `skipped` or `failed`.
    pub outcome: String,
    pub flare_person_id: Option<String>,
    pub warnings: Vec<String>,
    pub error: Option<String>,
    /// The error kind of a failure (`unavailable`, `auth`, `usage`, …).
    pub error_kind: Option<String>,
    /// `written`, or why the JobAdder note could not be written.
    pub note: Option<String>,
}

pub struct NewPush<'a> {
    pub at: OffsetDateTime,
    pub candidate_id: i64,
    pub placement_id: Option<i64>,
    pub email: Option<&'a str>,
    pub outcome: &'a str,
    pub flare_person_id: Option<&'a str>,
    pub warnings: &'a [String],
    pub error: Option<&'a str>,
    pub error_kind: Option<&'a str>,
}

/// Whether a note may be written now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteClaim {
    /// Ours to write: write it, then `note_written` (or `release_note`).
    /// `taken_over` when an earlier run claimed it and vanished: it may
    /// have written the note before dying, so look before writing.
    Claimed { taken_over: bool },
    /// Already written (when does not matter: it is there).
    Written,
    /// Another run claimed it moments ago and is writing it.
    InFlight,
}

impl Read<'_> {
    /// A candidate's attempts, oldest first.
    pub fn pushes_for_candidate(&self, org_id: i64, candidate_id: i64) -> Result<Vec<PushRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, candidate_id, placement_id, email, outcome, flare_person_id, warnings, error, note,
                    error_kind
             FROM flare_pushes WHERE org_id = ?1 AND candidate_id = ?2 ORDER BY at, id",
        )?;
        let rows = stmt.query_map(params![org_id, candidate_id], |r| {
            let warnings: String = r.get(7)?;
            Ok(PushRecord {
                id: r.get(0)?,
                // Written by atslink, never empty: a time that does not
                // parse is a damaged row, reported (naming the text) like
                // the warnings below rather than shown as some other time.
                at: r.get(1)?,
                candidate_id: r.get(2)?,
                placement_id: r.get(3)?,
                email: r.get(4)?,
                outcome: r.get(5)?,
                flare_person_id: r.get(6)?,
                // Written by atslink as a JSON list: anything else is a
                // damaged row, reported rather than shown as "no warnings".
                warnings: serde_json::from_str(&warnings).map_err(|e| {
                    super::db::DbError::Conversion(format!("a push's warnings are not a list: {e}"))
                })?,
                error: r.get(8)?,
                note: r.get(9)?,
                error_kind: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }
}

impl Read<'_> {
    /// The candidates the ledger has attempts for with this email (any
    /// case) or this placement: how `flare diagnose` finds the history when
    /// JobAdder cannot be asked.
    pub fn push_candidates(
        &self,
        org_id: i64,
        email: Option<&str>,
        placement_id: Option<i64>,
    ) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT candidate_id FROM flare_pushes
             WHERE org_id = ?1 AND (lower(email) = lower(?2) OR placement_id = ?3)
             GROUP BY candidate_id ORDER BY max(at) DESC",
        )?;
        let rows = stmt.query_map(params![org_id, email, placement_id], |r| r.get(0))?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }
}

impl Tx<'_> {
    pub fn record_push(&self, org_id: i64, p: &NewPush<'_>) -> Result<i64> {
        Ok(self.conn().query_row(
            "INSERT INTO flare_pushes (org_id, at, candidate_id, placement_id, email, outcome,
                 flare_person_id, warnings, error, error_kind)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id",
            params![
                org_id,
                p.at,
                p.candidate_id,
                p.placement_id,
                p.email,
                p.outcome,
                p.flare_person_id,
                serde_json::to_string(p.warnings).expect("strings serialise"),
                p.error,
                p.error_kind
            ],
            |r| r.get(0),
        )?)
    }

    pub fn record_push_note(&self, push_id: i64, note: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE flare_pushes SET note = ?2 WHERE id = ?1",
            params![push_id, note],
        )?;
        Ok(())
    }

    /// Claims the note `key` on `target` (`candidates/30001`) for the run
    /// `me`. A claim left unwritten by a run that is gone (`gone`), or for
    /// longer than `stale_before`, may be taken over; a written one never.
    #[allow(clippy::too_many_arguments)]
    pub fn claim_note(
        &self,
        org_id: i64,
        target: &str,
        key: &str,
        push_id: i64,
        me: &str,
        now: OffsetDateTime,
        stale_before: OffsetDateTime,
        gone: impl Fn(&str) -> bool,
    ) -> Result<NoteClaim> {
        let existing: Option<(String, String, Option<String>)> = self
            .conn()
            .query_row(
                "SELECT claimed_at, claimed_by, written_at FROM flare_push_notes
                 WHERE org_id = ?1 AND target = ?2 AND note_key = ?3",
                params![org_id, target, key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let taken_over = match existing {
            Some((_, _, Some(_))) => return Ok(NoteClaim::Written),
            Some((claimed, by, None)) => {
                // A claim whose time cannot be read cannot be shown to be
                // fresh: it is treated as stale, which is safe, since a
                // taken-over claim looks on the record before writing.
                let fresh = clock::parse(&claimed).is_ok_and(|t| t >= stale_before);
                if fresh && by != me && !gone(&by) {
                    return Ok(NoteClaim::InFlight);
                }
                true
            }
            None => false,
        };
        self.conn().execute(
            "INSERT INTO flare_push_notes (org_id, target, note_key, push_id, claimed_at, claimed_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (org_id, target, note_key)
             DO UPDATE SET push_id = excluded.push_id, claimed_at = excluded.claimed_at,
                 claimed_by = excluded.claimed_by",
            params![org_id, target, key, push_id, now, me],
        )?;
        Ok(NoteClaim::Claimed { taken_over })
    }

    pub fn note_written(
        &self,
        org_id: i64,
        target: &str,
        key: &str,
        now: OffsetDateTime,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE flare_push_notes SET written_at = ?4
             WHERE org_id = ?1 AND target = ?2 AND note_key = ?3",
            params![org_id, target, key, now],
        )?;
        Ok(())
    }

    /// The note could not be written: a later run may try again.
    pub fn release_note(&self, org_id: i64, target: &str, key: &str) -> Result<()> {
        self.conn().execute(
            "DELETE FROM flare_push_notes
             WHERE org_id = ?1 AND target = ?2 AND note_key = ?3 AND written_at IS NULL",
            params![org_id, target, key],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// Push times are times from the ledger on; a claimed note's time
    /// decides freshness as a time, and one that cannot be read counts as
    /// stale (taken over, which looks before writing) rather than blocking
    /// the note for ever; a push time that cannot be read is an error.
    #[test]
    fn push_and_claim_times_are_times() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let t0 = datetime!(2026-11-01 09:30 UTC);
        let org = crate::state::test_org(&mut store);
        store
            .write(|tx| {
                let push = NewPush {
                    at: t0,
                    candidate_id: 7,
                    placement_id: None,
                    email: None,
                    outcome: "created",
                    flare_person_id: None,
                    warnings: &[],
                    error: None,
                    error_kind: None,
                };
                let id = tx.record_push(org.id, &push)?;
                let claim = |tx: &Tx<'_>, me: &str, now: OffsetDateTime| {
                    let stale = now - time::Duration::minutes(10);
                    tx.claim_note(org.id, "candidates/7", "k", id, me, now, stale, |_| false)
                };
                assert_eq!(
                    claim(tx, "a", t0)?,
                    NoteClaim::Claimed { taken_over: false }
                );
                let later = t0 + time::Duration::minutes(5);
                assert_eq!(claim(tx, "b", later)?, NoteClaim::InFlight);
                tx.conn().execute(
                    "UPDATE flare_push_notes SET claimed_at = 'soon' WHERE org_id = ?1",
                    params![org.id],
                )?;
                assert_eq!(
                    claim(tx, "b", later)?,
                    NoteClaim::Claimed { taken_over: true }
                );
                tx.note_written(org.id, "candidates/7", "k", later)?;
                assert_eq!(claim(tx, "c", later)?, NoteClaim::Written);
                Ok(())
            })
            .unwrap();
        let history = store.read().pushes_for_candidate(org.id, 7).unwrap();
        assert_eq!(history[0].at, t0);
        assert_eq!(
            serde_json::to_value(&history[0]).unwrap()["at"],
            "2026-11-01T09:30:00Z"
        );
        store
            .write(|tx| {
                tx.conn()
                    .execute("UPDATE flare_pushes SET at = 'noonish'", params![])?;
                Ok(())
            })
            .unwrap();
        let e = store.read().pushes_for_candidate(org.id, 7).unwrap_err();
        assert!(e.message.contains("`noonish`"), "{}", e.message);
    }
}
