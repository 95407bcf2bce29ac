//! Progress bars for long work, drawn on stderr only for a person watching.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Printer;

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

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
