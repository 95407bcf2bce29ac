//! The data a command returns: the JSON `data` plus how to show it to a
//! person. Commands build these; the printer renders them.

use std::io::{self, Write};

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
    /// Lines with a tone each, coloured when stdout is a terminal (or
    /// `--color always`): a report of checks.
    Toned(Vec<(Tone, String)>),
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

impl Human {
    /// A table of `rows` under `columns`, a line each as `cells` makes it,
    /// with no summary lines: the way a listing command builds its table.
    pub fn table<T>(
        columns: &[&'static str],
        rows: impl IntoIterator<Item = T>,
        cells: impl FnMut(T) -> Vec<String>,
    ) -> Human {
        let mut listing = Listing::new(columns);
        rows.into_iter().map(cells).for_each(|r| listing.row(r));
        Human::Table {
            summary: Vec::new(),
            listing,
        }
    }
}

/// How a `Human::Toned` line is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Heading,
    Good,
    Warn,
    Bad,
    Unknown,
}

/// A command's successful result.
pub struct Output {
    /// The JSON `data` and the human view, kept as the command gave them
    /// until the printer knows which one is shown. Nothing in it may need
    /// its `Drop` to run (a secret to zero, a file to remove): once printed,
    /// `crate::run` leaves it to the system at exit.
    data: Box<dyn Data>,
    /// A status line for stderr (e.g. "Created organisation acme").
    pub status: Option<String>,
    /// `--format` of list commands.
    pub format: Format,
    /// A non-zero exit with data, e.g. 8 for a batch that partly succeeded.
    /// With `--json` the envelope is then `ok: false` with an `error` and
    /// still carries the `data` (DESIGN: `ok` is true exactly on exit 0).
    pub exit: Option<ErrorKind>,
    /// What the `error` of such an envelope says; a generic sentence for the
    /// exit code when the command gave none.
    pub failure: Option<Error>,
    /// The command already printed its data while running (a long-lived
    /// `sandbox serve` prints its URL before it blocks), or the printer has
    /// printed it: print nothing more.
    pub printed: bool,
}

impl Output {
    pub fn new(data: impl Serialize, human: Human) -> Self {
        Self::with_data(Box::new(Serialised {
            json: serde_json::value::to_raw_value(&data).expect("command data serialises"),
            human,
        }))
    }

    fn with_data(data: Box<dyn Data>) -> Self {
        Output {
            data,
            status: None,
            format: Format::Table,
            exit: None,
            failure: None,
            printed: false,
        }
    }

    /// The human view is built only if it is shown: `--json` never pays for
    /// formatting every cell.
    ///
    /// And the JSON is serialised as it is written, not into a document
    /// first: over 1,000 organisations that document was 150 KB of fresh
    /// pages to fault in, about 60 of `org list --json`'s 410.
    pub fn lazy<T: Serialize + 'static>(data: T, human: impl FnOnce(T) -> Human + 'static) -> Self {
        Self::with_data(Box::new(Lazy { data, human }))
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

    /// A non-zero exit that says why (and how to fix it), while the data
    /// (the per-row results, the checks) is still shown and still in the
    /// JSON document.
    pub fn with_failure(mut self, err: Error) -> Self {
        self.exit = Some(err.kind);
        self.failure = Some(err);
        self
    }

    /// The `error` of the JSON envelope for a non-zero exit with data.
    pub fn envelope_error(&self) -> Option<Error> {
        let kind = self.exit?;
        Some(match &self.failure {
            Some(e) => e.clone(),
            None => Error::new(kind, kind.summary()),
        })
    }

    pub fn with_status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    /// The human view, leaving the output without data.
    pub fn take_human(&mut self) -> Human {
        std::mem::replace(&mut self.data, Box::new(Taken)).into_human()
    }

    /// The JSON `data`, written to `w` (what the envelope's `data` holds).
    pub fn write_json(&self, w: &mut JsonWriter) -> io::Result<()> {
        self.data.write_json(w)
    }
}

/// Where the JSON goes: a buffer of a concrete type, so that serde_json's
/// many small writes are copies into it (through a `dyn Write` they cost
/// `org list --json` 1.4M more instructions over 1,000 organisations).
pub type JsonWriter<'a> = io::BufWriter<&'a mut dyn io::Write>;

/// A command's data in both its views.
trait Data {
    fn write_json(&self, w: &mut JsonWriter) -> io::Result<()>;
    fn into_human(self: Box<Self>) -> Human;
}

/// `Output::new`'s data, which may borrow from the command, so it is
/// serialised at once.
struct Serialised {
    json: Box<RawValue>,
    human: Human,
}

impl Data for Serialised {
    fn write_json(&self, w: &mut JsonWriter) -> io::Result<()> {
        w.write_all(self.json.get().as_bytes())
    }

    fn into_human(self: Box<Self>) -> Human {
        self.human
    }
}

/// What is left once the human view has been taken (a zero-sized box: no
/// allocation).
struct Taken;

impl Data for Taken {
    fn write_json(&self, w: &mut JsonWriter) -> io::Result<()> {
        w.write_all(b"null")
    }

    fn into_human(self: Box<Self>) -> Human {
        Human::Nothing
    }
}

/// `Output::lazy`'s data, owned, with the function that makes its human
/// view.
struct Lazy<T, F> {
    data: T,
    human: F,
}

impl<T: Serialize, F: FnOnce(T) -> Human> Data for Lazy<T, F> {
    fn write_json(&self, w: &mut JsonWriter) -> io::Result<()> {
        // An I/O error (a closed pipe) comes back as itself. Any other is a
        // bug in a command's types (a map with non-string keys), as it was
        // when `lazy` serialised at once and panicked.
        serde_json::to_writer(w, &self.data).map_err(|e| {
            assert!(e.is_io(), "command data serialises: {e}");
            io::Error::from(e)
        })
    }

    fn into_human(self: Box<Self>) -> Human {
        (self.human)(self.data)
    }
}
