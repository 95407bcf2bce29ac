//! The webhook acknowledgement's writer: a thread per process (two on
//! PostgreSQL) with a state connection of its own, storing every delivery
//! that arrived while it wrote the last lot in one statement (a group
//! commit), then answering each. A delivery is answered only after the
//! statement that stored it committed, so nothing is acknowledged that is
//! not stored.
//!
//! Why not one transaction per request, as before: with 64 deliveries at
//! once each took a connection from the request pool, read the credential
//! store and committed alone. On SQLite they queued on the busy handler,
//! which polls (a waiter that has waited long polls every 5 ms and loses
//! the lock to newcomers polling every 1 ms), so a few starved; on
//! PostgreSQL each paid its round trips and a connection of its own.
//! Measured figures and the other causes of the tail: benches/webhooks.sh.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use tokio::sync::{mpsc, oneshot};

use super::webhooks::{AuthCache, Delivery, Verdict, receive_batch};
use crate::error::{Error, Result};
use crate::services::Services;

/// Deliveries waiting for the writer before a new one waits to be queued
/// (backpressure instead of unbounded memory).
const QUEUE: usize = 1024;
/// Deliveries stored in one transaction at most (on PostgreSQL one
/// statement's worth, see `state::webhooks`).
const MAX_BATCH: usize = 128;

type Reply = oneshot::Sender<Result<Verdict>>;
type Queue = mpsc::Receiver<(Delivery, Reply)>;

/// The handlers' end of the writer.
pub struct Inbox {
    queue: mpsc::Sender<(Delivery, Reply)>,
}

impl Inbox {
    /// Starts the writer on a thread of its own with services made from
    /// `template` (a fresh set after a failed batch: its connection may be
    /// the reason).
    pub fn start(mut template: Services) -> Result<Inbox> {
        let (queue, rx) = mpsc::channel(QUEUE);
        let rx = Arc::new(Mutex::new(rx));
        // One cache for every writer: a value one has read, all know.
        let keys = Arc::new(AuthCache::default());
        // On PostgreSQL a second writer takes the next batch while the
        // first waits for its commit's round trip; SQLite has one writer
        // at a time whatever atslink does, so a second would only poll.
        let writers = match template.state_location()?.engine() {
            "postgres" => 2,
            _ => 1,
        };
        for n in 0..writers {
            let (svc, rx, keys) = (template.worker()?, Arc::clone(&rx), Arc::clone(&keys));
            std::thread::Builder::new()
                .name(format!("atslink-webhook-inbox{n}"))
                .spawn(move || run(svc, &rx, &keys))
                .map_err(|e| Error::failure(format!("cannot start the webhook writer: {e}")))?;
        }
        Ok(Inbox { queue })
    }

    /// Stores `d` (or refuses it) and says what happened, once committed.
    pub async fn submit(&self, d: Delivery) -> Result<Verdict> {
        let (reply, answer) = oneshot::channel();
        let gone = || Error::unavailable("the webhook writer stopped");
        self.queue.send((d, reply)).await.map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?
    }
}

/// The next batch: waits for one delivery, then takes what else is queued.
/// `None` once every handler's end is gone.
fn next_batch(rx: &Mutex<Queue>) -> Option<Vec<(Delivery, Reply)>> {
    let mut rx = rx.lock().unwrap_or_else(|p| p.into_inner());
    let mut batch = vec![rx.blocking_recv()?];
    while batch.len() < MAX_BATCH {
        match rx.try_recv() {
            Ok(next) => batch.push(next),
            Err(_) => break,
        }
    }
    Some(batch)
}

fn run(mut template: Services, rx: &Mutex<Queue>, keys: &AuthCache) {
    let mut svc = None;
    while let Some(batch) = next_batch(rx) {
        let (deliveries, replies): (Vec<Delivery>, Vec<Reply>) = batch.into_iter().unzip();
        let verdicts = catch_unwind(AssertUnwindSafe(|| {
            let s = match svc.as_mut() {
                Some(s) => s,
                None => svc.insert(template.worker()?),
            };
            Ok(receive_batch(s, keys, &deliveries))
        }));
        let verdicts = match verdicts {
            Ok(Ok(v)) => v,
            Ok(Err(e)) => vec![Err(e); deliveries.len()],
            Err(_) => vec![Err(Error::failure("the webhook writer panicked")); deliveries.len()],
        };
        if verdicts.iter().any(Result::is_err) {
            // The next batch starts on a new connection.
            svc = None;
        }
        for (reply, verdict) in replies.into_iter().zip(verdicts) {
            // A handler that gave up (its client hung up) needs no answer.
            let _ = reply.send(verdict);
        }
    }
}
