//! Link health transitions (`serve`'s notifications): the last state told
//! per link, so a link that stays broken is notified once, and a
//! notification still to send survives a restart. Transitions are decided
//! inside a write transaction, so several serve processes notify once.

use time::OffsetDateTime;

use super::db::{DbError, FromValue, OptionalExtension, ToValue, Value, params};

use super::{Read, Tx};
use crate::error::Result;
use crate::providers::Provider;

/// The state last told about a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkState {
    Ok,
    Broken,
}

impl LinkState {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkState::Ok => "ok",
            LinkState::Broken => "broken",
        }
    }
}

impl ToValue for LinkState {
    fn to_value(&self) -> Value {
        Value::Text(self.as_str().into())
    }
}

impl FromValue for LinkState {
    fn from_value(v: Value) -> super::db::DbResult<Self> {
        match String::from_value(v)?.as_str() {
            "ok" => Ok(LinkState::Ok),
            "broken" => Ok(LinkState::Broken),
            other => Err(DbError::Conversion(format!("unknown link state {other:?}"))),
        }
    }
}

/// A transition to notify about.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LinkAlert {
    pub org_id: i64,
    pub provider: Provider,
    /// `broken`, or `ok` (recovered).
    pub state: LinkState,
    pub reason: Option<String>,
    #[serde(serialize_with = "crate::clock::serialize")]
    pub since: OffsetDateTime,
    pub attempts: i64,
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    pub sent_at: Option<OffsetDateTime>,
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
        state: LinkState,
        reason: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let before: Option<LinkState> = self
            .conn()
            .query_row(
                "SELECT state FROM link_alerts WHERE org_id = ?1 AND provider = ?2",
                params![org_id, provider],
                |r| r.get(0),
            )
            .optional()?;
        let notify = match before {
            Some(b) if b == state => return Ok(false),
            None => state == LinkState::Broken,
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
    pub fn take_pending_alerts(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
    ) -> Result<Vec<LinkAlert>> {
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
    pub fn alert_sent(&self, a: &LinkAlert, sent: bool, now: OffsetDateTime) -> Result<()> {
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
    use time::OffsetDateTime;

    use super::LinkState;
    use crate::providers::Provider;

    /// Minute `m` of the test day.
    fn t(m: i64) -> OffsetDateTime {
        time::macros::datetime!(2026-03-02 09:00 UTC) + time::Duration::minutes(m)
    }

    #[test]
    fn each_transition_is_notified_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        let mut seen = |state: LinkState, at: OffsetDateTime| {
            store
                .write(|tx| tx.record_link_state(org.id, Provider::JobAdder, state, None, at))
                .unwrap()
        };
        assert!(
            !seen(LinkState::Ok, t(1)),
            "a link first seen working is no news"
        );
        assert!(!seen(LinkState::Ok, t(2)));
        assert!(seen(LinkState::Broken, t(3)));
        assert!(!seen(LinkState::Broken, t(4)), "still broken: not again");
        assert!(seen(LinkState::Ok, t(5)), "recovered");
        assert!(!seen(LinkState::Ok, t(6)));
        let lease = time::Duration::minutes(5);
        let take = |store: &mut crate::state::Store, now: OffsetDateTime| {
            store
                .write(|tx| tx.take_pending_alerts(now, now + lease))
                .unwrap()
        };
        let taken = take(&mut store, t(6));
        assert_eq!(taken.len(), 1);
        assert_eq!((taken[0].state, taken[0].since), (LinkState::Ok, t(5)));
        assert!(
            take(&mut store, t(7)).is_empty(),
            "leased: not sent twice at once"
        );
        // The sender died before it recorded anything: once the lease runs
        // out the notification is sent again, not lost.
        let again = take(&mut store, t(12));
        assert_eq!(again.len(), 1);
        // A failed send is pending again at once; a sent one is done.
        store
            .write(|tx| tx.alert_sent(&again[0], false, t(12)))
            .unwrap();
        let third = take(&mut store, t(12));
        assert_eq!(third.len(), 1);
        store
            .write(|tx| tx.alert_sent(&third[0], true, t(13)))
            .unwrap();
        assert!(take(&mut store, t(30)).is_empty());
        let a = store
            .read()
            .link_alert(org.id, Provider::JobAdder)
            .unwrap()
            .unwrap();
        assert_eq!((a.attempts, a.sent_at), (3, Some(t(13))));
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
                     VALUES (?1, 'bullhorn', 'broken', '2026-03-02T09:00:00Z', 1, 0)",
                    crate::state::db::params![org.id],
                )?;
                Ok(())
            })
            .unwrap();
        let e = store
            .write(|tx| tx.take_pending_alerts(t(1), t(6)))
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
