//! Bulk files for `licence assign|disable|enable --file`: CSV with a header
//! row (`email` required; `name`, `role` optional), every row validated
//! before anything changes, errors reported with their line numbers.
//!
//! Every value is one line: a quote left open would otherwise make the
//! rest of the file one field (the csv crate accepts that silently), so a
//! file with one is refused naming its line. Sizes are bounded: the file
//! (see `bulk::read_file`), the rows, and each field.

use std::collections::HashMap;

use super::bulk::Entry;
use super::{check_email, check_name, quote};
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::state::Role;

const MAX_ERRORS_SHOWN: usize = 20;
/// The largest bulk file read: 16 MiB is some 300,000 typical rows.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// The most rows in one file (one transaction).
pub const MAX_ROWS: usize = 100_000;

/// Parses and validates a CSV file. Every row is checked; any error fails
/// the whole file, listing the lines.
pub fn parse_csv(
    bytes: &[u8],
    label: &str,
    default_role: Option<Role>,
    printer: &Printer,
) -> Result<Vec<Entry>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(line) = unclosed_quote(bytes) {
        return Err(Error::usage(format!(
            "{label}: line {line}: a quoted field is not closed on its line (it would take in \
             every line after it); nothing was changed"
        ))
        .with_hint(
            "close the quote on the same line; a quote inside a quoted field is written twice (\"\")",
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let columns = Columns::from_header(&mut reader, label, printer)?;
    // The csv crate's line numbers go wrong with CRLF endings and blank
    // lines, so lines are counted here from each record's byte offset.
    let mut lines = LineCounter::new(bytes);
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    for (rows, record) in reader.records().enumerate() {
        if rows >= MAX_ROWS {
            return Err(Error::usage(format!(
                "{label} has more than {MAX_ROWS} rows; nothing was changed"
            ))
            .with_hint("split it into files of at most 100000 rows and run each"));
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| lines.line_at(p.byte())).unwrap_or(0);
                errors.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let line = record
            .position()
            .map(|p| lines.line_at(p.byte()))
            .unwrap_or(0);
        if record.iter().all(str::is_empty) {
            continue; // blank (or all-empty) lines, e.g. at the end of the file
        }
        match columns.entry(&record, line, default_role, &mut first_line) {
            Ok(entry) => entries.push(entry),
            Err(why) => errors.push(format!("line {line}: {}", why.message)),
        }
    }
    if !errors.is_empty() {
        return Err(invalid_rows(label, errors));
    }
    if entries.is_empty() {
        return Err(Error::usage(format!("{label} has no rows")));
    }
    Ok(entries)
}

/// Where the known columns are, from the header row.
struct Columns {
    email: usize,
    name: Option<usize>,
    role: Option<usize>,
}

impl Columns {
    /// Reads the header: every column named once, `email` present; unknown
    /// columns are ignored with a warning.
    fn from_header(
        reader: &mut csv::Reader<&[u8]>,
        label: &str,
        printer: &Printer,
    ) -> Result<Columns> {
        let headers = reader
            .headers()
            .map_err(|e| Error::usage(format!("{label}: cannot read the header row: {e}")))?
            .iter()
            .map(|h| h.to_ascii_lowercase())
            .collect::<Vec<_>>();
        for (i, h) in headers.iter().enumerate() {
            if let Some(first) = headers[..i].iter().position(|x| x == h) {
                return Err(Error::usage(format!(
                    "{label}: the header names column {} twice (columns {} and {}); nothing was changed",
                    quote(h),
                    first + 1,
                    i + 1
                ))
                .with_hint("give each column one header: email (required), name, role"));
            }
        }
        let listed = |names: &[&String]| {
            names
                .iter()
                .map(|h| quote(h))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let col = |name: &str| headers.iter().position(|h| h == name);
        let email = col("email").ok_or_else(|| {
            Error::usage(format!(
                "{label} has no `email` column (header: {})",
                if headers.is_empty() {
                    "empty".to_string()
                } else {
                    listed(&headers.iter().collect::<Vec<_>>())
                }
            ))
            .with_hint(
                "the first line must be a header naming the columns: email (required), name, role",
            )
        })?;
        let unknown: Vec<&String> = headers
            .iter()
            .filter(|h| !["email", "name", "role"].contains(&h.as_str()))
            .collect();
        if !unknown.is_empty() {
            printer.warn(&format!(
                "{label}: ignoring unknown column{} {} (known: email, name, role)",
                if unknown.len() == 1 { "" } else { "s" },
                listed(&unknown)
            ));
        }
        Ok(Columns {
            email,
            name: col("name"),
            role: col("role"),
        })
    }

    /// One row as an entry, or why it is not one. `first_line` remembers
    /// each email's first line, so a repeat names it.
    fn entry(
        &self,
        record: &csv::StringRecord,
        line: u64,
        default_role: Option<Role>,
        first_line: &mut HashMap<String, u64>,
    ) -> Result<Entry> {
        let email = check_email(record.get(self.email).unwrap_or(""))?;
        if let Some(first) = first_line.get(&email.to_lowercase()) {
            return Err(Error::usage(format!("{email} repeats line {first}")));
        }
        first_line.insert(email.to_lowercase(), line);
        let role = match self
            .role
            .and_then(|c| record.get(c))
            .filter(|r| !r.is_empty())
        {
            Some(r) => Some(Role::parse(r).ok_or_else(|| {
                Error::usage(format!(
                    "unknown role {} (use admin, manager or member)",
                    quote(r)
                ))
            })?),
            None => default_role,
        };
        let name = check_name(self.name.and_then(|c| record.get(c)).unwrap_or(""))?;
        Ok(Entry {
            line: Some(line),
            email,
            name,
            role,
        })
    }
}

/// The line of the first quote that opens a field and is not closed before
/// the end of its line (or of the file). Follows the csv crate's rules: a
/// quote opens a field only at its start, `""` inside one is a quote, and
/// anything else (a quote mid-field) is plain text.
fn unclosed_quote(bytes: &[u8]) -> Option<u64> {
    #[derive(Clone, Copy)]
    enum S {
        FieldStart,
        Unquoted,
        Quoted,
        /// A quote inside a quoted field: it closes it, or doubles.
        QuoteInQuoted,
    }
    let (mut state, mut line, mut opened) = (S::FieldStart, 1u64, 1u64);
    for &b in bytes {
        state = match (state, b) {
            (S::Quoted, b'\n' | b'\r') => return Some(opened),
            (S::Quoted, b'"') => S::QuoteInQuoted,
            (S::Quoted, _) => S::Quoted,
            (S::FieldStart, b'"') => {
                opened = line;
                S::Quoted
            }
            (S::QuoteInQuoted, b'"') => S::Quoted,
            (_, b',' | b'\n' | b'\r') => S::FieldStart,
            _ => S::Unquoted,
        };
        if b == b'\n' {
            line += 1;
        }
    }
    matches!(state, S::Quoted).then_some(opened)
}

/// Maps increasing byte offsets to 1-based line numbers in one pass.
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            offset: 0,
            line: 1,
        }
    }

    /// The line of the record the csv crate reports at `byte`: that offset
    /// can sit on the line ending (and blank lines) before the record, so
    /// those are skipped first.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut target = (byte as usize).min(self.bytes.len());
        while target < self.bytes.len() && matches!(self.bytes[target], b'\r' | b'\n') {
            target += 1;
        }
        if target >= self.offset {
            self.line += self.bytes[self.offset..target]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64;
            self.offset = target;
        }
        self.line
    }
}

pub fn invalid_rows(label: &str, errors: Vec<String>) -> Error {
    let n = errors.len();
    let mut lines: Vec<String> = errors.into_iter().take(MAX_ERRORS_SHOWN).collect();
    if n > MAX_ERRORS_SHOWN {
        lines.push(format!("… and {} more", n - MAX_ERRORS_SHOWN));
    }
    Error::usage(format!(
        "{label}: {n} invalid row{}; nothing was changed\n  {}",
        if n == 1 { "" } else { "s" },
        lines.join("\n  ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::output::ColorChoice;

    fn printer() -> Printer {
        Printer::new(false, true, 0, ColorChoice::Never)
    }

    #[test]
    fn line_numbers_count_the_header() {
        let e = parse_csv(
            b"email,name\na@x.co,A\n\"b@x.co\",\"B, b\"\n",
            "t",
            None,
            &printer(),
        )
        .unwrap();
        assert_eq!(
            e.iter().map(|e| e.line.unwrap()).collect::<Vec<_>>(),
            [2, 3]
        );
        assert_eq!(e[1].name.as_deref(), Some("B, b"));
    }

    #[test]
    fn bom_crlf_blank_lines() {
        let e = parse_csv(
            b"\xEF\xBB\xBFEmail,Role\r\na@x.co,Admin\r\n\r\nb@x.co,\r\n\r\n",
            "t",
            Some(Role::Manager),
            &printer(),
        )
        .unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].role, Some(Role::Admin));
        assert_eq!(e[1].role, Some(Role::Manager));
        assert_eq!(e[1].line, Some(4));
    }

    #[test]
    fn every_error_is_reported_with_its_line() {
        let err = parse_csv(
            b"email,role\na@x.co,member\nnot-an-email,member\nA@X.CO,member\nc@x.co,boss\n",
            "f.csv",
            None,
            &printer(),
        )
        .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Usage);
        assert!(err.message.contains("3 invalid rows"), "{}", err.message);
        assert!(
            err.message.contains("line 3: `not-an-email`"),
            "{}",
            err.message
        );
        assert!(
            err.message.contains("line 4: A@X.CO repeats line 2"),
            "{}",
            err.message
        );
        assert!(
            err.message.contains("line 5: unknown role `boss`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn an_unclosed_quote_is_refused_with_its_line() {
        let mut file = String::from("email,name\nfirst@x.co,\"Ann Smith\n");
        for i in 0..999 {
            file.push_str(&format!("u{i}@x.co,U {i}\n"));
        }
        let err = parse_csv(file.as_bytes(), "f.csv", None, &printer()).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Usage);
        assert!(
            err.message
                .starts_with("f.csv: line 2: a quoted field is not closed"),
            "{}",
            err.message
        );
        // At the very end, with or without a final newline; after a CRLF line.
        for bad in [
            &b"email,name\na@x.co,\"Ann"[..],
            b"email,name\r\na@x.co,A\r\nb@x.co,\"B\r\n",
            b"email,name\na@x.co,\"Ann \"\"Nan\"\" \nb@x.co,B\n",
        ] {
            let err = parse_csv(bad, "f.csv", None, &printer()).unwrap_err();
            assert!(err.message.contains("not closed"), "{}", err.message);
        }
        assert!(
            parse_csv(b"email\na@x.co\n\"b@x.co", "f", None, &printer())
                .unwrap_err()
                .message
                .contains("line 3")
        );
        // Quotes that close, doubled quotes, and quotes mid-field are fine.
        let ok = parse_csv(
            b"email,name\n\"a@x.co\",\"Ann \"\"Nan\"\" Smith\"\nb@x.co,Bob \"the\" Builder\n",
            "f",
            None,
            &printer(),
        )
        .unwrap();
        assert_eq!(ok[0].name.as_deref(), Some("Ann \"Nan\" Smith"));
        assert_eq!(ok[1].name.as_deref(), Some("Bob \"the\" Builder"));
    }

    #[test]
    fn fields_are_bounded_and_headers_unique() {
        let long_name = "n".repeat(2_000_000);
        let file = format!("email,name\na@x.co,{long_name}\n");
        let err = parse_csv(file.as_bytes(), "f", None, &printer()).unwrap_err();
        assert!(
            err.message.contains("line 2: the name"),
            "{}",
            &err.message[..200.min(err.message.len())]
        );
        assert!(
            err.message.len() < 400,
            "quoted short: {}",
            err.message.len()
        );
        let long_email = format!("email\n{}@x.co\n", "e".repeat(100_000));
        let err = parse_csv(long_email.as_bytes(), "f", None, &printer()).unwrap_err();
        assert!(
            err.message.len() < 400,
            "quoted short: {}",
            err.message.len()
        );
        let err = parse_csv(b"email,Email\na@x.co,b@x.co\n", "f", None, &printer()).unwrap_err();
        assert!(
            err.message.contains("`email` twice (columns 1 and 2)"),
            "{}",
            err.message
        );
        let mut many = String::from("email\n");
        for i in 0..=MAX_ROWS {
            many.push_str(&format!("u{i}@x.co\n"));
        }
        let err = parse_csv(many.as_bytes(), "f", None, &printer()).unwrap_err();
        assert!(
            err.message.contains("more than 100000 rows"),
            "{}",
            err.message
        );
    }

    #[test]
    fn header_must_name_email() {
        let err = parse_csv(b"mail,name\na@x.co,A\n", "f.csv", None, &printer()).unwrap_err();
        assert!(err.message.contains("no `email` column"), "{}", err.message);
        assert!(parse_csv(b"", "f.csv", None, &printer()).is_err());
        assert!(
            parse_csv(b"email\n\n", "f.csv", None, &printer())
                .unwrap_err()
                .message
                .contains("no rows")
        );
    }
}
