//! Launches from a provider's button: one row per press that reached the
//! seat decision, so support can say when the button was pressed, by whom,
//! on which record, and what happened.

use super::db::params;

use super::{Read, Tx};
use crate::error::Result;
use crate::providers::Provider;

pub struct NewLaunch<'a> {
    pub org_id: i64,
    pub at: &'a str,
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
    pub fn waiting_for_seats(&self, org_id: i64, since: &str) -> Result<(i64, i64)> {
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
