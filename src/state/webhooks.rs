//! Automatic export: the JobAdder webhooks atslink registered, and the
//! events `serve` received from them. Events are keyed by JobAdder's
//! `eventId` (duplicates and reordering are normal), and workers claim them
//! with an owner and a lease, so several serve processes on one store never
//! push the same event (or two events of one placement) at once and a dead
//! worker's claim is taken over when its lease ends.
//!
//! On SQLite a claim is made inside the write transaction (one writer at a
//! time). On PostgreSQL neither a claim nor storing a delivery takes the
//! store's global write lock ([`super::WRITE_LOCK_KEY`]): replicas claim
//! with `FOR UPDATE SKIP LOCKED` and per-placement advisory locks (see
//! [`Store::claim_event`]), so they share the work instead of queueing on
//! one lock, and a webhook is acknowledged without waiting for whichever
//! writer holds it.

use super::db::{Conn, DbResult, OptionalExtension, Row, ToValue, Value, params};

use super::{Read, Store, Tx};
use crate::error::Result;
use time::OffsetDateTime;

/// When event `e` may be claimed at `?1`: due, nobody's live claim, and
/// no live claim on another event of its placement or candidate. One push
/// per placement at a time: two events for one placement (a duplicate
/// under a new eventId) must not both look the email up in Flare before
/// either creates. A macro, so every claim path tests the same condition.
macro_rules! claimable {
    () => {
        "e.status = 'pending' AND e.next_at <= ?1
           AND (e.lease_until IS NULL OR e.lease_until < ?1)
           AND NOT EXISTS (
               SELECT 1 FROM webhook_events o
               WHERE o.org_id = e.org_id
                 AND (o.placement_id = e.placement_id OR o.candidate_id = e.candidate_id)
                 AND o.status = 'pending' AND o.lease_until >= ?1)"
    };
}

/// SQLite's claim query (see [`Tx::claim_event`]): the oldest claimable
/// event at `?1`.
const SQLITE_CLAIM: &str = concat!(
    "SELECT org_id, event_id, event, placement_id, attempts, candidate_id
     FROM webhook_events e
     WHERE ",
    claimable!(),
    " ORDER BY next_at, received_at LIMIT 1"
);

/// A webhook atslink registered for an organisation.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WebhookRow {
    pub trigger: String,
    pub webhook_id: String,
    pub url: String,
    #[serde(serialize_with = "crate::clock::serialize")]
    pub created_at: OffsetDateTime,
    /// The "Send to Flare" partner action of the candidate trigger.
    pub action_id: Option<String>,
}

/// A delivery accepted by `POST /webhooks/jobadder/<org>`.
pub struct NewEvent<'a> {
    pub org_id: i64,
    pub event_id: &'a str,
    pub webhook_id: &'a str,
    pub event: &'a str,
    pub placement_id: Option<i64>,
    pub candidate_id: Option<i64>,
    pub at: OffsetDateTime,
}

/// An event a worker claimed.
#[derive(Debug, Clone)]
pub struct ClaimedEvent {
    pub org_id: i64,
    pub event_id: String,
    pub event: String,
    pub placement_id: Option<i64>,
    pub candidate_id: Option<i64>,
    pub attempts: i64,
}

impl ClaimedEvent {
    /// Both engines' claims select the event's columns in this order:
    /// org_id, event_id, event, placement_id, attempts, candidate_id.
    fn from_row(r: &Row) -> DbResult<Self> {
        Ok(ClaimedEvent {
            org_id: r.get(0)?,
            event_id: r.get(1)?,
            event: r.get(2)?,
            placement_id: r.get(3)?,
            attempts: r.get(4)?,
            candidate_id: r.get(5)?,
        })
    }
}

/// What `flare auto status` shows about an organisation's events.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct EventSummary {
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    pub last_event_received: Option<OffsetDateTime>,
    pub backlog: i64,
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    pub last_push: Option<OffsetDateTime>,
    pub failures_last_day: i64,
}

impl Read<'_> {
    pub fn webhooks(&self, org_id: i64) -> Result<Vec<WebhookRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT trigger, webhook_id, url, created_at, action_id FROM jobadder_webhooks
             WHERE org_id = ?1 ORDER BY trigger",
        )?;
        let rows = stmt.query_map(params![org_id], |r| {
            Ok(WebhookRow {
                trigger: r.get(0)?,
                webhook_id: r.get(1)?,
                url: r.get(2)?,
                created_at: r.get(3)?,
                action_id: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }

    /// Whether `webhook_id` is one atslink registered for this organisation.
    pub fn is_our_webhook(&self, org_id: i64, webhook_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM jobadder_webhooks WHERE org_id = ?1 AND webhook_id = ?2",
                params![org_id, webhook_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Whether any event may be due at `now`: a read, so idle workers do
    /// not take the write lock every poll.
    pub fn any_event_due(&self, now: OffsetDateTime) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM webhook_events WHERE status = 'pending' AND next_at <= ?1
                   AND (lease_until IS NULL OR lease_until < ?1) LIMIT 1",
                params![now],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Failures are counted from `since` (the start of the last day).
    pub fn event_summary(&self, org_id: i64, since: OffsetDateTime) -> Result<EventSummary> {
        Ok(self.conn.query_row(
            "SELECT
                (SELECT max(received_at) FROM webhook_events WHERE org_id = ?1),
                (SELECT count(*) FROM webhook_events WHERE org_id = ?1 AND status = 'pending'),
                (SELECT max(done_at) FROM webhook_events
                  WHERE org_id = ?1 AND status = 'done' AND outcome = 'created'),
                (SELECT count(*) FROM webhook_events
                  WHERE org_id = ?1 AND status = 'failed' AND done_at >= ?2)",
            params![org_id, since],
            |r| {
                Ok(EventSummary {
                    last_event_received: r.get(0)?,
                    backlog: r.get(1)?,
                    last_push: r.get(2)?,
                    failures_last_day: r.get(3)?,
                })
            },
        )?)
    }
}

impl Tx<'_> {
    pub fn save_webhook(&self, org_id: i64, w: &WebhookRow) -> Result<()> {
        self.conn().execute(
            "INSERT INTO jobadder_webhooks (org_id, trigger, webhook_id, url, created_at, action_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (org_id, trigger) DO UPDATE SET
                webhook_id = excluded.webhook_id, url = excluded.url,
                action_id = excluded.action_id",
            params![org_id, w.trigger, w.webhook_id, w.url, w.created_at, w.action_id],
        )?;
        Ok(())
    }

    pub fn forget_webhook(&self, org_id: i64, webhook_id: &str) -> Result<()> {
        self.conn().execute(
            "DELETE FROM jobadder_webhooks WHERE org_id = ?1 AND webhook_id = ?2",
            params![org_id, webhook_id],
        )?;
        Ok(())
    }

    pub fn forget_webhooks(&self, org_id: i64) -> Result<()> {
        self.conn().execute(
            "DELETE FROM jobadder_webhooks WHERE org_id = ?1",
            params![org_id],
        )?;
        Ok(())
    }

    /// Stores a delivery once: a duplicate `eventId` changes nothing.
    /// True when it was new.
    pub fn store_event(&self, e: &NewEvent<'_>) -> Result<bool> {
        insert_event(self.conn(), e)
    }

    /// SQLite's claim (see [`Store::claim_event`]): the oldest due event
    /// nobody holds (or whose holder's lease ran out), and whose placement
    /// or candidate no live claim is pushing. Read, then written, inside
    /// the write transaction, so two workers cannot claim the same event.
    fn claim_event(
        &self,
        owner: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
    ) -> Result<Option<ClaimedEvent>> {
        let found = self
            .conn()
            .query_row(SQLITE_CLAIM, params![now], ClaimedEvent::from_row)
            .optional()?;
        let Some(mut e) = found else {
            return Ok(None);
        };
        self.conn().execute(
            "UPDATE webhook_events SET claimed_by = ?3, lease_until = ?4, attempts = attempts + 1
             WHERE org_id = ?1 AND event_id = ?2",
            params![e.org_id, e.event_id, owner, lease_until],
        )?;
        e.attempts += 1;
        Ok(Some(e))
    }

    /// Ends `owner`'s claim: `done` or `failed` for good, or `pending`
    /// again at `next_at` (a transient failure). A claim another worker
    /// took over (the lease ran out) is left to that worker.
    #[allow(clippy::too_many_arguments)]
    pub fn finish_event(
        &self,
        org_id: i64,
        event_id: &str,
        owner: &str,
        status: &str,
        outcome: Option<&str>,
        error: Option<&str>,
        now: OffsetDateTime,
        next_at: OffsetDateTime,
    ) -> Result<bool> {
        let n = self.conn().execute(
            "UPDATE webhook_events SET status = ?4, outcome = ?5, last_error = ?6,
                done_at = CASE WHEN ?4 = 'pending' THEN NULL ELSE ?7 END,
                next_at = ?8, claimed_by = NULL, lease_until = NULL
             WHERE org_id = ?1 AND event_id = ?2 AND claimed_by = ?3",
            params![
                org_id, event_id, owner, status, outcome, error, now, next_at
            ],
        )?;
        Ok(n == 1)
    }
}

/// The one INSERT of a delivery, on either engine: a duplicate `eventId`
/// changes nothing. True when it was new.
fn insert_event(conn: &Conn, e: &NewEvent<'_>) -> Result<bool> {
    let n = conn.execute(
        "INSERT INTO webhook_events
            (org_id, event_id, webhook_id, event, placement_id, received_at, next_at,
             candidate_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)
         ON CONFLICT (org_id, event_id) DO NOTHING",
        params![
            e.org_id,
            e.event_id,
            e.webhook_id,
            e.event,
            e.placement_id,
            e.at,
            e.candidate_id
        ],
    )?;
    Ok(n == 1)
}

/// Rows per multi-row INSERT of a batch of deliveries (8 values each).
const EVENTS_PER_INSERT: usize = 128;

/// [`insert_event`] for many deliveries, with one multi-row statement per
/// [`EVENTS_PER_INSERT`] (one round trip each, not one per delivery):
/// whether each was new, in order. `RETURNING` names the rows inserted;
/// of several deliveries with one key, the first is the new one.
fn insert_events(conn: &Conn, events: &[NewEvent<'_>]) -> Result<Vec<bool>> {
    let mut inserted = std::collections::HashSet::new();
    for chunk in events.chunks(EVENTS_PER_INSERT) {
        let mut sql = String::from(
            "INSERT INTO webhook_events
                (org_id, event_id, webhook_id, event, placement_id, received_at, next_at,
                 candidate_id)
             VALUES ",
        );
        let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 8);
        for (i, e) in chunk.iter().enumerate() {
            let row: Vec<String> = (1..=8).map(|k| format!("?{}", i * 8 + k)).collect();
            sql.push_str(&format!(
                "{}({})",
                if i == 0 { "" } else { ", " },
                row.join(", ")
            ));
            values.extend([
                e.org_id.to_value(),
                e.event_id.to_value(),
                e.webhook_id.to_value(),
                e.event.to_value(),
                e.placement_id.to_value(),
                e.at.to_value(),
                e.at.to_value(),
                e.candidate_id.to_value(),
            ]);
        }
        sql.push_str(" ON CONFLICT (org_id, event_id) DO NOTHING RETURNING org_id, event_id");
        let refs: Vec<&dyn ToValue> = values.iter().map(|v| v as &dyn ToValue).collect();
        let rows = conn.prepare(&sql)?.query_map(refs.as_slice(), |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            inserted.insert(row?);
        }
    }
    Ok(events
        .iter()
        .map(|e| inserted.remove(&(e.org_id, e.event_id.to_string())))
        .collect())
}

impl Store {
    /// Stores a delivery once (the acknowledgement path). On PostgreSQL a
    /// statement of its own, outside the global write lock: one
    /// `INSERT … ON CONFLICT DO NOTHING` is atomic, and the primary key
    /// makes the duplicate check exact across sessions (a concurrent insert
    /// of the same key waits for the first to commit, then does nothing).
    /// Nothing in it reads then writes, so the lock would only queue the
    /// acknowledgement behind every other writer (a worker finishing a
    /// push, a licence file). On SQLite, the write transaction as before.
    pub fn store_event(&mut self, e: &NewEvent<'_>) -> Result<bool> {
        Ok(self.store_events(std::slice::from_ref(e))?[0])
    }

    /// Stores several deliveries in one transaction (`serve`'s group
    /// commit: one commit for every delivery that arrived meanwhile), each
    /// as [`Self::store_event`] does; whether each was new, in order. A
    /// duplicate within the batch is a duplicate like any other. On
    /// PostgreSQL without the global write lock, for the reason above.
    pub fn store_events(&mut self, events: &[NewEvent<'_>]) -> Result<Vec<bool>> {
        if let Conn::Sqlite(_) = self.conn {
            return self.write(|tx| insert_events(tx.conn(), events));
        }
        // One statement is atomic on its own: no BEGIN and COMMIT round
        // trips for a batch that fits in one.
        if events.len() <= EVENTS_PER_INSERT {
            return insert_events(&self.conn, events);
        }
        self.conn.execute_batch("BEGIN")?;
        match insert_events(&self.conn, events) {
            Ok(new) => {
                if let Err(e) = self.conn.execute_batch("COMMIT") {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(e.into());
                }
                Ok(new)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Claims the oldest due event that nobody holds (or whose holder's
    /// lease ran out) and whose placement or candidate no live claim is
    /// pushing, for `owner` until `lease_until`.
    ///
    /// SQLite: read, then written, inside the write transaction.
    ///
    /// PostgreSQL: without the global write lock, so replicas claim side
    /// by side, in one short transaction of two statements that never
    /// waits on anything (so it cannot deadlock, and a writer holding the
    /// global lock waits for it at most a round trip):
    /// 1. pick a candidate with `FOR UPDATE SKIP LOCKED` (an event another
    ///    claimer is taking is skipped, not waited for) and take its
    ///    placement's and candidate's transaction-scoped advisory locks
    ///    with `pg_try_advisory_xact_lock` (held by another claimer: skip
    ///    the event). Every claim holds these locks from its check until
    ///    its commit.
    /// 2. claim it with an `UPDATE … RETURNING` that checks the whole
    ///    condition again. This statement's snapshot is taken after the
    ///    locks were: any claimer that held them before has committed
    ///    (advisory locks are released after the commit is visible), so
    ///    its lease on a sibling event is seen and refused, and one that
    ///    comes later cannot get the locks until this commit, after which
    ///    it sees this lease. Statement 1's snapshot alone would not do:
    ///    it predates the lock, and could miss a sibling claim committed
    ///    in between.
    ///
    /// Losing that race (statement 2 claims nothing) answers `None`, like
    /// an empty queue: the worker looks again at its next poll.
    pub fn claim_event(
        &mut self,
        owner: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
    ) -> Result<Option<ClaimedEvent>> {
        if let Conn::Sqlite(_) = self.conn {
            return self.write(|tx| tx.claim_event(owner, now, lease_until));
        }
        self.conn.execute_batch("BEGIN")?;
        match claim_on_postgres(&self.conn, owner, now, lease_until) {
            Ok(claimed) => {
                if let Err(e) = self.conn.execute_batch("COMMIT") {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(e.into());
                }
                Ok(claimed)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }
}

/// The two statements of a PostgreSQL claim (see [`Store::claim_event`]),
/// inside the caller's transaction.
fn claim_on_postgres(
    conn: &Conn,
    owner: &str,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
) -> Result<Option<ClaimedEvent>> {
    // The inner query locks rows lazily, as the outer one pulls them, so
    // it row-locks only the events it tries; the advisory keys are hashed
    // into their own space (64 bits: a collision with another lock only
    // makes a claim skip an event for one transaction).
    let candidate = conn
        .query_row(
            concat!(
                "SELECT org_id, event_id FROM (
                     SELECT e.org_id, e.event_id, e.placement_id, e.candidate_id
                     FROM webhook_events e
                     WHERE ",
                claimable!(),
                "    ORDER BY e.next_at, e.received_at
                     LIMIT 32
                     FOR UPDATE OF e SKIP LOCKED
                 ) c
                 WHERE (c.placement_id IS NULL OR pg_try_advisory_xact_lock(hashtextextended(
                         'atslink/webhook/' || c.org_id || '/placement/' || c.placement_id, 0)))
                   AND (c.candidate_id IS NULL OR pg_try_advisory_xact_lock(hashtextextended(
                         'atslink/webhook/' || c.org_id || '/candidate/' || c.candidate_id, 0)))
                 LIMIT 1"
            ),
            params![now],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?;
    let Some((org_id, event_id)) = candidate else {
        return Ok(None);
    };
    let claimed = conn
        .query_row(
            concat!(
                "UPDATE webhook_events e
                 SET claimed_by = ?2, lease_until = ?3, attempts = e.attempts + 1
                 WHERE e.org_id = ?4 AND e.event_id = ?5 AND ",
                claimable!(),
                " RETURNING e.org_id, e.event_id, e.event, e.placement_id, e.attempts,
                            e.candidate_id"
            ),
            params![now, owner, lease_until, org_id, event_id],
            ClaimedEvent::from_row,
        )
        .optional()?;
    Ok(claimed)
}

#[cfg(test)]
mod tests {
    use super::super::Store;
    use super::NewEvent;

    use time::OffsetDateTime;
    use time::macros::datetime;

    const T0: OffsetDateTime = datetime!(2026-03-01 00:00 UTC);
    const T1: OffsetDateTime = datetime!(2026-03-01 00:05 UTC);
    const T2: OffsetDateTime = datetime!(2026-03-01 00:11 UTC);
    const LEASE_END: OffsetDateTime = datetime!(2026-03-01 00:10 UTC);

    fn event<'a>(org_id: i64, id: &'a str, placement: i64) -> NewEvent<'a> {
        NewEvent {
            org_id,
            event_id: id,
            webhook_id: "wh-1",
            event: "placement_approved",
            placement_id: Some(placement),
            candidate_id: None,
            at: T0,
        }
    }

    #[test]
    fn events_are_stored_once_and_claimed_by_one_owner_until_the_lease_ends() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        let stored = [
            store.store_event(&event(org.id, "e1", 7)).unwrap(),
            store.store_event(&event(org.id, "e1", 7)).unwrap(),
            // A moment later: among events received at one instant the
            // claim order is unspecified.
            store
                .store_event(&NewEvent {
                    at: datetime!(2026-03-01 00:00:01 UTC),
                    ..event(org.id, "e2", 7)
                })
                .unwrap(),
        ];
        assert_eq!(
            stored,
            [true, false, true],
            "a duplicate eventId is not stored"
        );

        assert!(store.read().any_event_due(T1).unwrap());
        assert!(
            !store
                .read()
                .any_event_due(datetime!(2026-02-01 00:00 UTC))
                .unwrap()
        );
        let a = store.claim_event("a", T1, LEASE_END).unwrap().unwrap();
        assert_eq!((a.event_id.as_str(), a.attempts), ("e1", 1));
        // e2 is for the placement a is pushing: nobody may claim it now.
        let b = store.claim_event("b", T1, LEASE_END).unwrap();
        assert!(b.is_none(), "{b:?}");

        // a died: once its lease ended, b takes e1 over, and a late finish
        // by a changes nothing.
        let b = store
            .claim_event("b", T2, datetime!(2026-03-01 00:20 UTC))
            .unwrap()
            .unwrap();
        assert_eq!((b.event_id.as_str(), b.attempts), ("e1", 2));
        let late = store
            .write(|tx| tx.finish_event(org.id, "e1", "a", "done", Some("created"), None, T2, T2))
            .unwrap();
        assert!(!late);
        let done = store
            .write(|tx| tx.finish_event(org.id, "e1", "b", "done", Some("created"), None, T2, T2))
            .unwrap();
        assert!(done);
        let next = store
            .claim_event("b", T2, datetime!(2026-03-01 00:20 UTC))
            .unwrap()
            .unwrap();
        assert_eq!(next.event_id, "e2");
        let summary = store.read().event_summary(org.id, T0).unwrap();
        assert_eq!(summary.backlog, 1);
        assert_eq!(summary.last_push, Some(T2));
    }

    /// The claim runs inside SQLite's write transaction, so its cost is
    /// every other writer's wait (webhook acknowledgements among them): it
    /// must read the live claims through their index rather than every
    /// event of the organisation per due event, and take the oldest due
    /// event in index order rather than sorting the backlog.
    #[test]
    fn the_sqlite_claim_reads_live_claims_by_index_without_sorting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        drop(Store::open(&path).unwrap());
        let conn = rusqlite::Connection::open(&path).unwrap();
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", super::SQLITE_CLAIM))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map([crate::clock::format(T0)], |r| r.get::<_, String>(3))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(
            plan.iter()
                .any(|step| step.contains("SEARCH o USING INDEX webhook_events_leased")),
            "{plan:?}"
        );
        assert!(
            !plan.iter().any(|step| step.contains("TEMP B-TREE")),
            "{plan:?}"
        );
    }

    /// The acknowledgement's group commit: one transaction, each delivery
    /// answered as if stored alone (a duplicate of a stored event, and of
    /// an earlier one in the same batch, is not stored again).
    #[test]
    fn a_batch_of_events_is_stored_in_one_go_each_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        assert!(store.store_event(&event(org.id, "e1", 7)).unwrap());
        let batch = [
            event(org.id, "e2", 7),
            event(org.id, "e1", 7),
            event(org.id, "e3", 8),
            event(org.id, "e2", 7),
        ];
        assert_eq!(
            store.store_events(&batch).unwrap(),
            [true, false, true, false]
        );
        assert_eq!(store.read().event_summary(org.id, T0).unwrap().backlog, 3);
        assert!(store.store_events(&[]).unwrap().is_empty());
        // More than one statement's worth, repeats across statements.
        let ids: Vec<String> = (0..300).map(|i| format!("m{}", i % 200)).collect();
        let many: Vec<_> = ids.iter().map(|id| event(org.id, id, 9)).collect();
        let new = store.store_events(&many).unwrap();
        assert_eq!(new.iter().filter(|n| **n).count(), 200);
        assert!(new[..200].iter().all(|n| *n) && !new[200..].iter().any(|n| *n));
        assert_eq!(store.read().event_summary(org.id, T0).unwrap().backlog, 203);
    }

    /// Two claimers on two connections to one store race, round after
    /// round, through 240 events of 24 placements and 24 events of none.
    /// Nothing is finished during a round, so each round may claim at
    /// most one event per placement: a placement claimed twice in a round
    /// is two claims of it at once. Across rounds, each event is claimed
    /// exactly once. On PostgreSQL this is the path without the write
    /// lock (SKIP LOCKED and the per-placement advisory locks), where the
    /// race is real.
    #[test]
    fn concurrent_claimers_never_share_an_event_or_a_placement() {
        use std::collections::HashSet;

        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        let total = 264;
        for i in 0..total {
            let id = format!("e{i:03}");
            let mut e = event(org.id, &id, (i % 24) as i64);
            if i >= 240 {
                e.placement_id = None;
            }
            assert!(store.store_event(&e).unwrap());
        }
        let mut others: Vec<Store> = (0..2)
            .map(|_| Store::open_at(store.location()).unwrap())
            .collect();
        let mut seen = HashSet::new();
        loop {
            let round: Vec<(&str, super::ClaimedEvent)> = std::thread::scope(|scope| {
                let runs: Vec<_> = others
                    .iter_mut()
                    .zip(["a", "b"])
                    .map(|(store, owner)| {
                        scope.spawn(move || {
                            // A claimer that lost a race also sees `None`:
                            // a few in a row mean the round is over.
                            let (mut got, mut misses) = (Vec::new(), 0);
                            while misses < 3 {
                                match store.claim_event(owner, T1, LEASE_END).unwrap() {
                                    Some(e) => got.push((owner, e)),
                                    None => misses += 1,
                                }
                            }
                            got
                        })
                    })
                    .collect();
                runs.into_iter().flat_map(|r| r.join().unwrap()).collect()
            });
            if round.is_empty() {
                break;
            }
            let mut placements = HashSet::new();
            for (owner, e) in &round {
                assert!(
                    seen.insert(e.event_id.clone()),
                    "{} claimed twice",
                    e.event_id
                );
                if let Some(p) = e.placement_id {
                    assert!(placements.insert(p), "placement {p} claimed twice at once");
                }
                let done = store.write(|tx| {
                    tx.finish_event(org.id, &e.event_id, owner, "done", None, None, T1, T1)
                });
                assert!(done.unwrap());
            }
        }
        assert_eq!(seen.len(), total, "every event claimed once");
        assert_eq!(store.read().event_summary(org.id, T0).unwrap().backlog, 0);
    }
}
