//! What a `flare push --since` batch needs beyond pushing records: the
//! per-organisation batch lock, so two batches never push the same records
//! at once (they would mark each other's creations `duplicate` and note
//! those candidates twice).
//!
//! The lock is a lease row in the state store (see `state::batches` for why
//! not a held transaction or a lock file). A second batch fails fast with
//! exit 5 rather than waiting: a cron job that finds the previous run still
//! going should not pile up behind it, and the next run picks up whatever
//! this one missed. A batch killed on this machine is taken over at once
//! (its process is gone); one on another machine after its lease expires.

use time::OffsetDateTime;

use crate::clock::{self, Since};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::flare::runs::{hostname, process_alive};
use crate::state::{LockHolder, LockRequest, Org};

const LOCK: &str = "flare-push";
/// Renewed after every record, so it only runs out when a batch is gone
/// (or stuck for this long on one record).
const LEASE: time::Duration = time::Duration::minutes(10);

/// The batch lock, released when dropped.
pub struct BatchLock {
    org_id: i64,
    owner: String,
    home_state: crate::state::Location,
}

impl BatchLock {
    pub fn take(ctx: &mut Context, org: &Org) -> Result<BatchLock> {
        let host = hostname();
        let pid = std::process::id();
        let owner = format!("{host}:{pid}:{}", clock::format(ctx.clock.now()));
        let now = ctx.clock.now();
        let req = LockRequest {
            name: LOCK,
            owner: &owner,
            host: &host,
            pid: i64::from(pid),
            now,
            expires_at: now + LEASE,
        };
        let held = ctx.state()?.write(|tx| {
            tx.take_batch_lock(org.id, &req, |h: &LockHolder| {
                h.host == host && !process_alive(h.pid)
            })
        })?;
        if let Some(h) = held {
            return Err(Error::conflict(format!(
                "another `flare push` batch for {} is running (process {} on {}, since {}); two batches at once would push the same records",
                org.slug, h.pid, h.host, clock::format(h.acquired_at)
            ))
            .with_hint(format!(
                "wait for it to finish, then run again; if that process is gone from another machine, its lock lapses at {}",
                clock::format(h.expires_at)
            )));
        }
        Ok(BatchLock {
            org_id: org.id,
            owner,
            home_state: ctx.state()?.location().clone(),
        })
    }

    /// Extends the lease; warns if another batch took the lock meanwhile
    /// (ours had lapsed), since once-only then rests on the ledger alone.
    pub fn renew(&self, ctx: &mut Context) {
        let until = ctx.clock.now() + LEASE;
        match ctx.state().and_then(|st| {
            st.write(|tx| tx.renew_batch_lock(self.org_id, LOCK, &self.owner, until))
        }) {
            Ok(true) => {}
            Ok(false) => ctx
                .printer
                .warn("this batch's lock lapsed and another batch took it"),
            Err(e) => ctx
                .printer
                .warn(&format!("could not renew the batch lock: {}", e.message)),
        }
    }
}

impl Drop for BatchLock {
    fn drop(&mut self) {
        // Its own connection: the context is not reachable from a drop,
        // and a lock left behind would only lapse.
        if let Ok(mut st) = crate::state::Store::open_at(&self.home_state) {
            let _ = st.write(|tx| tx.release_batch_lock(self.org_id, LOCK, &self.owner));
        }
    }
}

/// `--since last` starts this long before the previous batch started:
/// records committed while that batch was listing, and a JobAdder clock a
/// little behind ours, are not missed. Rereading them costs nothing, as
/// the ledger skips what is done.
const CHECKPOINT_OVERLAP: time::Duration = time::Duration::minutes(10);

/// The time a batch's `--since` names, on the command's clock.
pub fn resolve_since(ctx: &mut Context, org: &Org, since: Since) -> Result<OffsetDateTime> {
    match since {
        Since::At(t) => Ok(t),
        Since::Ago(d) => Ok(ctx.clock.now() - d),
        Since::Last => {
            let at = ctx.state()?.read().checkpoint(org.id, LOCK)?.ok_or_else(|| {
                Error::usage(format!(
                    "no batch has completed for {} yet, so there is no `last` to start from",
                    org.slug
                ))
                .with_hint(format!(
                    "run `atslink flare push --org {} --since 30d` (or a date) once; every batch that succeeds sets the start of the next `--since last`",
                    org.slug
                ))
            })?;
            Ok(at - CHECKPOINT_OVERLAP)
        }
    }
}

/// Records where the next `--since last` starts: when this batch (which
/// succeeded in full) started.
pub fn save_checkpoint(ctx: &mut Context, org_id: i64, started: OffsetDateTime) {
    let now = ctx.clock.now();
    if let Err(e) = ctx
        .state()
        .and_then(|st| st.write(|tx| tx.set_checkpoint(org_id, LOCK, started, now)))
    {
        ctx.printer.warn(&format!(
            "could not record where the next `--since last` starts: {}",
            e.message
        ));
    }
}
