//! Bulk files for `licence assign|disable|enable --file`: CSV with a header
//! row (`email` required; `name`, `role` optional), every row validated
//! before anything changes, errors reported with their line numbers.

use std::collections::HashMap;

use super::bulk::Entry;
use super::check_email;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::state::Role;

const MAX_ERRORS_SHOWN: usize = 20;

/// Parses and validates a CSV file. Every row is checked; any error fails
/// the whole file, listing the lines.
pub fn parse_csv(
    bytes: &[u8],
    label: &str,
    default_role: Option<Role>,
    printer: &Printer,
) -> Result<Vec<Entry>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| Error::usage(format!("{label}: cannot read the header row: {e}")))?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect::<Vec<_>>();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let email_col = col("email").ok_or_else(|| {
        Error::usage(format!(
            "{label} has no `email` column (header: {})",
            if headers.is_empty() {
                "empty".to_string()
            } else {
                headers.join(", ")
            }
        ))
        .with_hint(
            "the first line must be a header naming the columns: email (required), name, role",
        )
    })?;
    let (name_col, role_col) = (col("name"), col("role"));
    let unknown: Vec<&str> = headers
        .iter()
        .filter(|h| !["email", "name", "role"].contains(&h.as_str()))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        printer.warn(&format!(
            "{label}: ignoring unknown column{} {} (known: email, name, role)",
            if unknown.len() == 1 { "" } else { "s" },
            unknown.join(", ")
        ));
    }

    // The csv crate's line numbers go wrong with CRLF endings and blank
    // lines, so lines are counted here from each record's byte offset.
    let mut lines = LineCounter::new(bytes);
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
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
        let email = match check_email(record.get(email_col).unwrap_or("")) {
            Ok(e) => e,
            Err(why) => {
                errors.push(format!("line {line}: {why}"));
                continue;
            }
        };
        if let Some(first) = first_line.get(&email.to_lowercase()) {
            errors.push(format!("line {line}: {email} repeats line {first}"));
            continue;
        }
        first_line.insert(email.to_lowercase(), line);
        let role = match role_col
            .and_then(|c| record.get(c))
            .filter(|r| !r.is_empty())
        {
            Some(r) => match Role::parse(r) {
                Some(role) => Some(role),
                None => {
                    errors.push(format!(
                        "line {line}: unknown role `{r}` (use admin, manager or member)"
                    ));
                    continue;
                }
            },
            None => default_role,
        };
        let name = name_col
            .and_then(|c| record.get(c))
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        entries.push(Entry {
            line: Some(line),
            email,
            name,
            role,
        });
    }
    if !errors.is_empty() {
        return Err(invalid_rows(label, errors));
    }
    if entries.is_empty() {
        return Err(Error::usage(format!("{label} has no rows")));
    }
    Ok(entries)
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
