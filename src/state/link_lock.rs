//! The per-link refresh lock on a shared (PostgreSQL) store: a
//! transaction-scoped advisory lock on a connection of its own, held for
//! as long as the refresh takes. Transaction-scoped, never session-level,
//! so it works behind PgBouncer's transaction pooling, and a process killed
//! while holding it gives it back when its connection closes (or after
//! `idle_in_transaction_session_timeout`). On SQLite the lock is a file in
//! the home (`auth::refresh::lock`): one machine shares one home.

use std::time::Duration;

use super::db::{Conn, PgConn};
use super::{Location, WRITE_LOCK_KEY};
use crate::error::{Error, Result};
use crate::providers::Provider;

/// Held until dropped; dropping ends the transaction, which releases it.
pub struct HeldLinkLock {
    conn: Conn,
}

impl Drop for HeldLinkLock {
    fn drop(&mut self) {
        // Safe to ignore: nothing was written in this transaction, and if
        // the commit fails the connection closes with this guard, which
        // releases the lock on the server all the same.
        let _ = self.conn.execute_batch("COMMIT");
    }
}

/// The two-key advisory lock space is separate from the one-key space of
/// the write lock; the second key says "a link of this provider".
fn keys(org_id: i64, provider: Provider) -> (i32, i32) {
    let kind = match provider {
        Provider::JobAdder => 1,
        Provider::Salesforce => 2,
        Provider::Flare => 3,
    };
    // Organisation ids are small and never reused; the high bits of the
    // second key keep the family apart from any other two-key lock.
    (org_id as i32, (WRITE_LOCK_KEY >> 32) as i32 ^ kind)
}

/// Takes the link's lock on PostgreSQL, waiting at most `wait` for another
/// machine's refresh; `None` on SQLite (the caller uses its lock file).
pub fn lock_link(
    location: &Location,
    org_id: i64,
    provider: Provider,
    wait: Duration,
) -> Result<Option<HeldLinkLock>> {
    let Location::Postgres(pg) = location else {
        return Ok(None);
    };
    let conn = Conn::Postgres(PgConn::connect(pg)?);
    let (a, b) = keys(org_id, provider);
    // Explicit BEGIN, not `Conn::begin`: the transaction must outlive this
    // call on a connection the returned guard owns, with a lock timeout.
    let taken = conn.execute_batch(&format!(
        "{}BEGIN; SET LOCAL lock_timeout = '{}ms'; SELECT pg_advisory_xact_lock({a}, {b})",
        PgConn::session_settings(),
        wait.as_millis()
    ));
    match taken {
        Ok(()) => Ok(Some(HeldLinkLock { conn })),
        Err(e) => {
            let err = Error::from(e);
            if err.message.starts_with(crate::error::DB_BUSY) {
                return Err(Error::unavailable(format!(
                    "another atslink has been refreshing the {} link for over {} s",
                    provider.as_str(),
                    wait.as_secs()
                ))
                .with_hint("try again in a minute"));
            }
            Err(err)
        }
    }
}
