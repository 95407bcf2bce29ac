//! Launches from a provider's button: one row per press that reached the
//! seat decision, so support can say when the button was pressed, by whom,
//! on which record, and what happened.

use super::db::params;

use super::{Read, Tx};
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

impl Read<'_> {
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
}
