//! What a batch tells the person watching it, above all while it waits
//! on a provider: a minute-long `Retry-After` must not look like a hang.
//! The waits are the HTTP policy's retries, reported through its `OnWait`
//! hook. On a terminal the progress bar says what it waits for; without
//! one, `-v` logs a line per wait with what has been done.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::output::{Printer, Progress};
use crate::services::Notices;

/// Why a call waits before trying again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    RateLimit,
    /// Busy or unreachable (5xx, timeout).
    Unavailable,
}

impl Why {
    fn of(w: &crate::http::Wait) -> Why {
        if w.rate_limited {
            Why::RateLimit
        } else {
            Why::Unavailable
        }
    }
}

/// An HTTP client whose retries are said with `-v`, for work without a
/// progress bar (one record, a diagnosis, serve's worker).
pub fn logged(
    notices: &Notices,
    http: crate::http::Http,
    provider: &'static str,
) -> crate::http::Http {
    let notices = notices.clone();
    http.with_on_wait(Arc::new(move |w: crate::http::Wait| {
        notices.debug(1, &waiting(provider, Why::of(&w), w.delay))
    }))
}

#[derive(Clone)]
pub struct Pace {
    progress: Progress,
    printer: Printer,
    stage: Arc<Mutex<String>>,
    /// A wait noted by the HTTP layer shows until the next record (or
    /// page of a listing) is done.
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
        self.settle();
    }

    /// A call went through, so a wait shown on the bar is over.
    pub fn settle(&self) {
        if self.noted.swap(false, Ordering::Relaxed) {
            self.resume();
        }
    }

    /// A wait the HTTP policy makes before retrying a call: logged (with
    /// `-v`) and shown on the bar until the next record or page is done.
    pub fn note_wait(&self, provider: &str, why: Why, d: Duration) {
        self.log(provider, why, d);
        self.progress.message(&waiting(provider, why, d));
        self.noted.store(true, Ordering::Relaxed);
    }

    /// An HTTP client whose retries are shown on this batch's progress.
    pub fn observe(&self, http: crate::http::Http, provider: &'static str) -> crate::http::Http {
        let pace = self.clone();
        http.with_on_wait(Arc::new(move |w: crate::http::Wait| {
            pace.note_wait(provider, Why::of(&w), w.delay)
        }))
    }

    pub fn finish(&self) {
        self.progress.finish();
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
