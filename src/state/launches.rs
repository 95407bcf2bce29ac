//! Launches from a provider's button: one row per press that reached the
//! seat decision, so support can say when the button was pressed, by whom,
//! on which record, and what happened.

use super::db::params;

use super::Tx;
use crate::error::Result;

pub struct NewLaunch<'a> {
    pub org_id: i64,
    pub at: &'a str,
    pub provider: &'a str,
    pub provider_user_id: &'a str,
    /// The platform user, when there is one.
    pub user_id: Option<i64>,
    pub email: Option<&'a str>,
    pub record_id: &'a str,
    pub outcome: &'a str,
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
