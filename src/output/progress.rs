//! Progress bars for long work, drawn on stderr only for a person watching.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Printer;

/// Clones draw the same bar (a batch's concurrent reads advance it too).
#[derive(Clone)]
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    pub fn new(printer: &Printer, len: u64, what: &str) -> Self {
        let bar = ProgressBar::with_draw_target(
            Some(len),
            if printer.show_progress() {
                ProgressDrawTarget::stderr()
            } else {
                ProgressDrawTarget::hidden()
            },
        );
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})")
                .expect("static template")
                .progress_chars("=> "),
        );
        bar.set_message(what.to_string());
        Progress { bar }
    }

    pub fn inc(&self, n: u64) {
        self.bar.inc(n);
    }

    /// Starts another stage of the same work, counted from zero.
    pub fn restart(&self, len: u64, what: &str) {
        self.bar.set_length(len);
        self.bar.set_position(0);
        self.bar.set_message(what.to_string());
    }

    /// What the work is doing now ("waiting 12 s for …").
    pub fn message(&self, msg: &str) {
        self.bar.set_message(msg.to_string());
    }

    /// (done, of how many).
    pub fn counts(&self) -> (u64, u64) {
        (self.bar.position(), self.bar.length().unwrap_or(0))
    }

    /// Runs `f` (which prints a line to stderr) without tearing the bar.
    pub fn suspend(&self, f: impl FnOnce()) {
        self.bar.suspend(f);
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
