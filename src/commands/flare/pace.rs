//! What a batch tells the person watching it, above all while it waits
//! on a provider: a minute-long `Retry-After` must not look like a hang.
//! On a terminal the progress bar says what it waits for and counts down;
//! without one, `-v` logs a line per wait with what has been done.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::output::{Printer, Progress};

/// Why a call waits before trying again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    RateLimit,
    /// Busy or unreachable (5xx, timeout).
    Unavailable,
}

#[derive(Clone)]
pub struct Pace {
    progress: Progress,
    printer: Printer,
    stage: Arc<Mutex<String>>,
    /// A wait noted by the HTTP layer shows until the next record is done.
    noted: Arc<AtomicBool>,
}

impl Pace {
    pub fn new(printer: &Printer, stage: &str) -> Pace {
        let progress = Progress::new(printer, 0, stage);
        Pace {
            progress,
            printer: printer.clone(),
            stage: Arc::new(Mutex::new(stage.to_string())),
            noted: Arc::new(AtomicBool::new(false)),
        }
    }

    /// A new stage of the batch, `len` records long (0 when not known).
    pub fn stage(&self, what: &str, len: u64) {
        *self.stage.lock().unwrap_or_else(|p| p.into_inner()) = what.to_string();
        self.progress.restart(len, what);
    }

    pub fn inc(&self) {
        self.progress.inc(1);
        if self.noted.swap(false, Ordering::Relaxed) {
            self.resume();
        }
    }

    /// A wait made by someone else (the HTTP policy's retry of a Flare
    /// call): said as by `wait`, and shown until the next record is done.
    pub fn note_wait(&self, provider: &str, why: Why, d: Duration) {
        self.log(provider, why, d);
        self.progress.message(&waiting(provider, why, d));
        self.noted.store(true, Ordering::Relaxed);
    }

    /// An HTTP client whose retries are shown on this batch's progress.
    pub fn observe(&self, http: crate::http::Http, provider: &'static str) -> crate::http::Http {
        let pace = self.clone();
        http.with_on_wait(Arc::new(move |w: crate::http::Wait| {
            let why = if w.rate_limited {
                Why::RateLimit
            } else {
                Why::Unavailable
            };
            pace.note_wait(provider, why, w.delay);
        }))
    }

    pub fn finish(&self) {
        self.progress.finish();
    }

    /// Sleeps `d` before another try at `provider`, saying so: once as a
    /// line (with `-v`), and on the bar, counting down by the second.
    pub fn wait(&self, provider: &str, why: Why, d: Duration) {
        self.log(provider, why, d);
        let mut left = d;
        while !left.is_zero() {
            self.progress.message(&waiting(provider, why, left));
            let step = left.min(Duration::from_secs(1));
            std::thread::sleep(step);
            left -= step;
        }
        self.resume();
    }

    /// The same for an async caller (the read-ahead).
    pub async fn wait_async(&self, provider: &str, why: Why, d: Duration) {
        self.log(provider, why, d);
        self.progress.message(&waiting(provider, why, d));
        tokio::time::sleep(d).await;
        self.resume();
    }

    fn log(&self, provider: &str, why: Why, d: Duration) {
        let line = format!("{} ({})", waiting(provider, why, d), self.done());
        self.progress.suspend(|| self.printer.debug(1, &line));
    }

    fn resume(&self) {
        let stage = self.stage.lock().unwrap_or_else(|p| p.into_inner()).clone();
        self.progress.message(&stage);
    }

    /// "pushing: 3 of 40 done", or just the stage when it has no count.
    fn done(&self) -> String {
        let stage = self.stage.lock().unwrap_or_else(|p| p.into_inner()).clone();
        match self.progress.counts() {
            (_, 0) => stage,
            (pos, len) => format!("{stage}: {pos} of {len} done"),
        }
    }
}

fn waiting(provider: &str, why: Why, d: Duration) -> String {
    let secs = d.as_secs().max(1);
    match why {
        Why::RateLimit => format!("waiting {secs} s for {provider}'s rate limit"),
        Why::Unavailable => format!("waiting {secs} s before asking {provider} again"),
    }
}
