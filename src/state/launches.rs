//! Launches from a provider's button: one row per press that reached the
//! seat decision, so support can say when the button was pressed, by whom,
//! on which record, and what happened.

use super::db::params;
use serde::Serialize;

use super::{Read, Tx};
use crate::clock;
use crate::error::Result;
use crate::providers::Provider;
use time::OffsetDateTime;

pub struct NewLaunch<'a> {
    pub org_id: i64,
    pub at: OffsetDateTime,
    pub provider: Provider,
    pub provider_user_id: &'a str,
    /// The platform user, when there is one.
    pub user_id: Option<i64>,
    pub email: Option<&'a str>,
    pub record_id: &'a str,
    pub outcome: &'a str,
}

impl NewLaunch<'_> {
    /// The outcome of a launch refused because no seat was left: what
    /// `org check` counts as users waiting for a seat.
    pub const NO_LICENCE: &'static str = "no_licence";
}

/// One recorded press of a provider's button, as `flare diagnose` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct LaunchRecord {
    #[serde(serialize_with = "clock::serialize")]
    pub at: OffsetDateTime,
    pub provider: Provider,
    /// Who pressed it: their id at the provider, and their email when the
    /// provider gave one.
    pub provider_user_id: String,
    pub email: Option<String>,
    /// `admitted`, `disabled` or `no_licence`.
    pub outcome: String,
}

impl Read<'_> {
    /// The latest `limit` presses of `provider`'s button on one record (a
    /// JobAdder candidate, a Salesforce contact), newest first.
    pub fn launches_for_record(
        &self,
        org_id: i64,
        provider: Provider,
        record_id: &str,
        limit: i64,
    ) -> Result<Vec<LaunchRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, provider, provider_user_id, email, outcome FROM launches
             WHERE org_id = ?1 AND record_id = ?2 AND provider = ?3
             ORDER BY at DESC, id DESC LIMIT ?4",
        )?;
        let rows = stmt.query_map(params![org_id, record_id, provider, limit], |r| {
            Ok(LaunchRecord {
                at: r.get(0)?,
                provider: r.get(1)?,
                provider_user_id: r.get(2)?,
                email: r.get(3)?,
                outcome: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }

    /// Launches refused for no licence since `since`, leaving out users
    /// who hold an active seat by now: (refusals, distinct users). A user
    /// is their email, case-insensitively, as seats are.
    pub fn waiting_for_seats(&self, org_id: i64, since: OffsetDateTime) -> Result<(i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT count(*),
                    count(DISTINCT coalesce(lower(l.email), l.provider || ':' || l.provider_user_id))
             FROM launches l
             WHERE l.org_id = ?1 AND l.outcome = ?2 AND l.at >= ?3
               AND NOT EXISTS (
                   SELECT 1 FROM users u
                   WHERE u.org_id = l.org_id AND lower(u.email) = lower(l.email)
                     AND u.licence = 'active')",
            params![org_id, NewLaunch::NO_LICENCE, since],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }
}

impl super::Store {
    /// A seat holder's launch in one statement, on PostgreSQL: their access
    /// time moved and the launch recorded, under the write lock taken in
    /// shared mode inside the statement (so a whole writer, such as a
    /// licence change or a store copy, still excludes it). Answers the
    /// user's id and email when `email` holds an active seat in the
    /// organisation, having written both rows; `None` for anyone else,
    /// having written nothing, for the caller to decide in a transaction.
    /// One round trip, as a seat holder's click is the launch endpoint's
    /// common case. The statement's snapshot predates the lock, but a
    /// revocation that committed meanwhile is seen all the same: an update
    /// re-reads a row changed since its snapshot (tested by
    /// `a_seat_holder_disabled_while_their_launch_waits_is_refused`). Two
    /// launches of one user take turns on the row (its row lock). On SQLite
    /// `None`: one writer at a time either way.
    pub fn launch_seat_holder(
        &mut self,
        l: &NewLaunch<'_>,
        email: &str,
    ) -> Result<Option<(i64, String)>> {
        if !self.shares_writes() {
            return Ok(None);
        }
        use super::db::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "WITH held AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(?9)),
                      seat AS (
                        UPDATE users
                        SET first_access = coalesce(first_access, ?2), last_access = ?2
                        FROM held
                        WHERE users.org_id = ?1 AND users.email = ?5 AND users.licence = 'active'
                        RETURNING users.id, users.email),
                      launch AS (
                        INSERT INTO launches (org_id, at, provider, provider_user_id, user_id,
                                              email, record_id, outcome)
                        SELECT ?1, ?2, ?3, ?4, seat.id, ?6, ?7, ?8 FROM seat
                        RETURNING user_id)
                 SELECT seat.id, seat.email FROM seat JOIN launch ON launch.user_id = seat.id",
                params![
                    l.org_id,
                    l.at,
                    l.provider,
                    l.provider_user_id,
                    email,
                    l.email,
                    l.record_id,
                    l.outcome,
                    super::WRITE_LOCK_KEY
                ],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

impl Tx<'_> {
    pub fn record_launch(&self, l: &NewLaunch<'_>) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO launches (org_id, at, provider, provider_user_id, user_id, email,
                                   record_id, outcome)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        stmt.execute(params![
            l.org_id,
            l.at,
            l.provider,
            l.provider_user_id,
            l.user_id,
            l.email,
            l.record_id,
            l.outcome
        ])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// A seat holder's launch in one statement on PostgreSQL: the launch
    /// recorded and the access time moved for an active seat only; a
    /// disabled or unknown user gets `None` and nothing is written. On
    /// SQLite `None` always, and nothing is written.
    #[test]
    fn a_seat_holders_launch_is_one_statement_on_postgresql_only() {
        use crate::state::{LicenceState, NewUser, Role, Source};
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        let created = datetime!(2026-03-02 00:00 UTC);
        let ids: Vec<i64> = store
            .write(|tx| {
                [
                    ("on@acme.example", LicenceState::Active),
                    ("off@acme.example", LicenceState::Disabled),
                ]
                .iter()
                .map(|(email, licence)| {
                    tx.insert_user(
                        org.id,
                        &NewUser {
                            email,
                            name: None,
                            role: Role::Member,
                            source: Source::Jobadder,
                            external_id: None,
                            licence: *licence,
                            access_at: None,
                            created_at: created,
                        },
                    )
                })
                .collect()
            })
            .unwrap();
        let at = datetime!(2026-03-10 12:00 UTC);
        let launch = |email| NewLaunch {
            org_id: org.id,
            at,
            provider: Provider::JobAdder,
            provider_user_id: "7",
            user_id: None,
            email: Some(email),
            record_id: "30001",
            outcome: "admitted",
        };
        let on = store
            .launch_seat_holder(&launch("on@acme.example"), "on@acme.example")
            .unwrap();
        let off = store
            .launch_seat_holder(&launch("off@acme.example"), "off@acme.example")
            .unwrap();
        let nobody = store
            .launch_seat_holder(&launch("no@acme.example"), "no@acme.example")
            .unwrap();
        let read = store.read();
        let launches = read
            .launches_for_record(org.id, Provider::JobAdder, "30001", 10)
            .unwrap();
        let touched = read
            .user(org.id, "on@acme.example")
            .unwrap()
            .unwrap()
            .last_access;
        assert_eq!((&off, &nobody), (&None, &None));
        if store.shares_writes() {
            assert_eq!(on, Some((ids[0], "on@acme.example".to_string())));
            assert_eq!(launches.len(), 1, "{launches:?}");
            assert_eq!(launches[0].email.as_deref(), Some("on@acme.example"));
            assert_eq!(touched, Some(at));
        } else {
            assert_eq!(on, None);
            assert!(launches.is_empty(), "{launches:?}");
            assert_eq!(touched, None);
        }
    }

    /// Launch times go in as times and are compared as times: a refusal
    /// inside the window counts, one before it does not.
    #[test]
    fn refusals_since_a_time_are_counted() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        store
            .write(|tx| {
                for (at, user) in [
                    (datetime!(2026-03-10 12:00 UTC), "u1"),
                    (datetime!(2026-03-20 12:00 UTC), "u2"),
                    (datetime!(2026-03-21 08:00 UTC), "u2"),
                ] {
                    tx.record_launch(&NewLaunch {
                        org_id: org.id,
                        at,
                        provider: Provider::JobAdder,
                        provider_user_id: user,
                        user_id: None,
                        email: None,
                        record_id: "r1",
                        outcome: NewLaunch::NO_LICENCE,
                    })?;
                }
                Ok(())
            })
            .unwrap();
        let read = store.read();
        let since = datetime!(2026-03-15 00:00 UTC);
        assert_eq!(read.waiting_for_seats(org.id, since).unwrap(), (2, 1));
    }

    /// A record's presses, newest first, and only that record's and that
    /// provider's.
    #[test]
    fn a_records_launches_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        store
            .write(|tx| {
                for (at, provider, user, record, outcome) in [
                    (
                        datetime!(2026-03-10 12:00 UTC),
                        Provider::JobAdder,
                        "u1",
                        "30001",
                        "admitted",
                    ),
                    (
                        datetime!(2026-03-11 12:00 UTC),
                        Provider::JobAdder,
                        "u2",
                        "30001",
                        NewLaunch::NO_LICENCE,
                    ),
                    (
                        datetime!(2026-03-12 12:00 UTC),
                        Provider::JobAdder,
                        "u1",
                        "30002",
                        "admitted",
                    ),
                    (
                        datetime!(2026-03-13 12:00 UTC),
                        Provider::Salesforce,
                        "s1",
                        "30001",
                        "admitted",
                    ),
                ] {
                    tx.record_launch(&NewLaunch {
                        org_id: org.id,
                        at,
                        provider,
                        provider_user_id: user,
                        user_id: None,
                        email: Some("x@acme.example"),
                        record_id: record,
                        outcome,
                    })?;
                }
                Ok(())
            })
            .unwrap();
        let read = store.read();
        let got = read
            .launches_for_record(org.id, Provider::JobAdder, "30001", 10)
            .unwrap();
        let seen: Vec<_> = got
            .iter()
            .map(|l| (l.provider_user_id.as_str(), l.outcome.as_str()))
            .collect();
        assert_eq!(seen, [("u2", "no_licence"), ("u1", "admitted")]);
        assert_eq!(got[0].at, datetime!(2026-03-11 12:00 UTC));
        let one = read
            .launches_for_record(org.id, Provider::JobAdder, "30001", 1)
            .unwrap();
        assert_eq!(one.len(), 1);
    }
}
