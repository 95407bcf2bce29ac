//! Link health transitions (`serve`'s notifications): the last state told
//! per link, so a link that stays broken is notified once, and a
//! notification still to send survives a restart. Transitions are decided
//! inside a write transaction, so several serve processes notify once.

use super::db::{OptionalExtension, params};

use super::{Read, Tx};
use crate::error::Result;
use crate::providers::Provider;

/// A transition to notify about.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LinkAlert {
    pub org_id: i64,
    pub provider: Provider,
    /// `broken` or `ok` (recovered).
    pub state: String,
    pub reason: Option<String>,
    pub since: String,
    pub attempts: i64,
    pub sent_at: Option<String>,
}

fn alert(r: &super::db::Row) -> super::db::DbResult<LinkAlert> {
    Ok(LinkAlert {
        org_id: r.get(0)?,
        provider: r.get(1)?,
        state: r.get(2)?,
        reason: r.get(3)?,
        since: r.get(4)?,
        attempts: r.get(5)?,
        sent_at: r.get(6)?,
    })
}

const COLUMNS: &str = "org_id, provider, state, reason, since, attempts, sent_at";

impl Read<'_> {
    pub fn link_alert(&self, org_id: i64, provider: Provider) -> Result<Option<LinkAlert>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM link_alerts WHERE org_id = ?1 AND provider = ?2"),
                params![org_id, provider],
                alert,
            )
            .optional()?)
    }
}

impl Tx<'_> {
    /// Records the link's state; true when it is a transition to notify:
    /// into `broken`, or back to `ok` from `broken`. A link first seen `ok`
    /// is only recorded.
    pub fn record_link_state(
        &self,
        org_id: i64,
        provider: Provider,
        state: &str,
        reason: Option<&str>,
        now: &str,
    ) -> Result<bool> {
        let before: Option<String> = self
            .conn()
            .query_row(
                "SELECT state FROM link_alerts WHERE org_id = ?1 AND provider = ?2",
                params![org_id, provider],
                |r| r.get(0),
            )
            .optional()?;
        let notify = match before.as_deref() {
            Some(b) if b == state => return Ok(false),
            None => state == "broken",
            Some(_) => true,
        };
        self.conn().execute(
            "INSERT INTO link_alerts (org_id, provider, state, reason, since, pending, attempts)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)
             ON CONFLICT (org_id, provider) DO UPDATE SET state = excluded.state,
                reason = excluded.reason, since = excluded.since,
                pending = excluded.pending, attempts = 0, sent_at = NULL",
            params![org_id, provider, state, reason, now, notify],
        )?;
        Ok(notify)
    }

    /// Leases every notification still to send until `lease_until`, so
    /// another process does not send it meanwhile. It stays pending until
    /// [`Tx::alert_sent`] says it went out: a sender that dies first loses
    /// nothing (at-least-once; the payload's `id` names the transition).
    pub fn take_pending_alerts(&self, now: &str, lease_until: &str) -> Result<Vec<LinkAlert>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {COLUMNS} FROM link_alerts
             WHERE pending = 1 AND (claimed_until IS NULL OR claimed_until < ?1)"
        ))?;
        let rows: Vec<LinkAlert> = stmt
            .query_map(params![now], alert)?
            .collect::<super::db::DbResult<_>>()?;
        self.conn().execute(
            "UPDATE link_alerts SET claimed_until = ?2, attempts = attempts + 1
             WHERE pending = 1 AND (claimed_until IS NULL OR claimed_until < ?1)",
            params![now, lease_until],
        )?;
        Ok(rows)
    }

    /// After sending: `sent` stamps it; otherwise it is pending again for
    /// the next run (unless the link moved on meanwhile).
    pub fn alert_sent(&self, a: &LinkAlert, sent: bool, now: &str) -> Result<()> {
        let key = params![a.org_id, a.provider, a.state, a.since];
        if sent {
            self.conn().execute(
                "UPDATE link_alerts SET sent_at = ?5, pending = 0, claimed_until = NULL
                 WHERE org_id = ?1 AND provider = ?2 AND state = ?3 AND since = ?4",
                params![a.org_id, a.provider, a.state, a.since, now],
            )?;
        } else {
            self.conn().execute(
                "UPDATE link_alerts SET claimed_until = NULL
                 WHERE org_id = ?1 AND provider = ?2 AND state = ?3 AND since = ?4",
                key,
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::providers::Provider;

    #[test]
    fn each_transition_is_notified_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        let mut seen = |state: &str, at: &str| {
            store
                .write(|tx| tx.record_link_state(org.id, Provider::JobAdder, state, None, at))
                .unwrap()
        };
        assert!(!seen("ok", "t1"), "a link first seen working is no news");
        assert!(!seen("ok", "t2"));
        assert!(seen("broken", "t3"));
        assert!(!seen("broken", "t4"), "still broken: not again");
        assert!(seen("ok", "t5"), "recovered");
        assert!(!seen("ok", "t6"));
        let take = |store: &mut crate::state::Store, now: &str| {
            store
                .write(|tx| tx.take_pending_alerts(now, &format!("{now}+lease")))
                .unwrap()
        };
        let taken = take(&mut store, "t6");
        assert_eq!(taken.len(), 1);
        assert_eq!(
            (taken[0].state.as_str(), taken[0].since.as_str()),
            ("ok", "t5")
        );
        assert!(
            take(&mut store, "t6").is_empty(),
            "leased: not sent twice at once"
        );
        // The sender died before it recorded anything: once the lease runs
        // out the notification is sent again, not lost.
        let again = take(&mut store, "t7");
        assert_eq!(again.len(), 1);
        // A failed send is pending again at once; a sent one is done.
        store
            .write(|tx| tx.alert_sent(&again[0], false, "t7"))
            .unwrap();
        let third = take(&mut store, "t7");
        assert_eq!(third.len(), 1);
        store
            .write(|tx| tx.alert_sent(&third[0], true, "t8"))
            .unwrap();
        assert!(take(&mut store, "t9").is_empty());
        let a = store
            .read()
            .link_alert(org.id, Provider::JobAdder)
            .unwrap()
            .unwrap();
        assert_eq!((a.attempts, a.sent_at.as_deref()), (3, Some("t8")));
    }

    #[test]
    fn a_provider_name_atslink_does_not_know_is_an_error_that_names_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        // Written by something else (or a later atslink): not a panic, not
        // a guess at which provider was meant.
        store
            .write(|tx| {
                tx.conn().execute(
                    "INSERT INTO link_alerts (org_id, provider, state, since, pending, attempts)
                     VALUES (?1, 'bullhorn', 'broken', 't1', 1, 0)",
                    crate::state::db::params![org.id],
                )?;
                Ok(())
            })
            .unwrap();
        let e = store
            .write(|tx| tx.take_pending_alerts("t2", "t3"))
            .unwrap_err();
        assert_eq!(e.exit_code(), 1);
        assert!(
            e.message.contains(
                r#"unknown provider "bullhorn" (expected jobadder, salesforce or flare)"#
            ),
            "{}",
            e.message
        );
    }
}
