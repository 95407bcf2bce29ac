//! The data a command returns: the JSON `data` plus how to show it to a
//! person. Commands build these; the printer renders them.

use serde::Serialize;
use serde_json::value::RawValue;

use super::Format;
use crate::error::{Error, ErrorKind};

/// Rows for a table or CSV. Cells are plain strings: formatting decisions
/// (durations, dates, "-" for nothing) are the command's.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Listing {
    pub fn new(columns: &[&'static str]) -> Self {
        Listing {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(cells);
    }
}

/// How the result looks to a person.
#[derive(Debug, Clone)]
pub enum Human {
    /// Nothing on stdout (the status line on stderr says it all).
    Nothing,
    /// Free text lines on stdout.
    Lines(Vec<String>),
    /// A table, optionally preceded by summary lines (on stdout, since they
    /// are data). CSV output renders only the rows.
    Table {
        summary: Vec<String>,
        listing: Listing,
    },
    /// Key/value pairs, then further titled tables (e.g. `org show`).
    Record {
        fields: Vec<(&'static str, String)>,
        sections: Vec<(String, Listing)>,
    },
}

/// A command's successful result.
pub struct Output {
    /// The JSON `data`, serialised once, straight from the command's types
    /// (no intermediate `Value` tree: list commands stay fast at 10,000 rows).
    pub data: Box<RawValue>,
    human: Box<dyn FnOnce() -> Human>,
    /// A status line for stderr (e.g. "Created organisation acme").
    pub status: Option<String>,
    /// `--format` of list commands.
    pub format: Format,
    /// A non-zero exit with data, e.g. 8 for a batch that partly succeeded.
    pub exit: Option<ErrorKind>,
    /// What failed, for the envelope's `error` next to the data.
    pub failure: Option<Error>,
    /// The command already printed its data while running (a long-lived
    /// `sandbox serve` prints its URL before it blocks): print nothing more.
    pub printed: bool,
}

impl Output {
    pub fn new(data: impl Serialize, human: Human) -> Self {
        Output {
            data: serde_json::value::to_raw_value(&data).expect("command data serialises"),
            human: Box::new(move || human),
            status: None,
            format: Format::Table,
            exit: None,
            failure: None,
            printed: false,
        }
    }

    /// The human view is built only if it is shown: `--json` never pays for
    /// formatting every cell.
    pub fn lazy<T: Serialize + 'static>(data: T, human: impl FnOnce(T) -> Human + 'static) -> Self {
        Output {
            data: serde_json::value::to_raw_value(&data).expect("command data serialises"),
            human: Box::new(move || human(data)),
            status: None,
            format: Format::Table,
            exit: None,
            failure: None,
            printed: false,
        }
    }

    /// For a command that printed its data itself, through the printer.
    pub fn already_printed() -> Self {
        let mut out = Output::new((), Human::Nothing);
        out.printed = true;
        out
    }

    pub fn with_format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    pub fn with_exit(mut self, kind: ErrorKind) -> Self {
        self.exit = Some(kind);
        self
    }

    /// A failure that still carries its data (a diagnosis, a check): the
    /// exit code is the error's, and `--json` gives `ok: false` with both
    /// `error` and `data`.
    pub fn with_failure(mut self, e: Error) -> Self {
        self.exit = Some(e.kind);
        self.failure = Some(e);
        self
    }

    pub fn with_status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    pub fn into_human(self) -> Human {
        (self.human)()
    }
}
