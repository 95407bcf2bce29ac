//! Everything the person or the script sees goes through here.
//!
//! stdout carries data only: a table (or plain text when stdout is not a
//! terminal), CSV with `--format csv`, or exactly one JSON document with
//! `--json`. Status lines, warnings, hints, prompts and progress go to stderr.
//! Commands hand the printer plain data (`Output`); rendering reads no store.

pub mod html;
mod invocation;
mod layout;
mod printer;
mod progress;
mod prompt;
mod view;

pub use invocation::{Invocation, shell_quote};
pub use printer::{ColorChoice, Format, Printer, is_broken_pipe, sanitize};
pub use progress::Progress;
pub use prompt::{ConfirmPolicy, confirm};
pub use view::{Human, Listing, Output, Tone};
