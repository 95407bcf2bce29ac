//! The shared path of `licence assign`, `enable` and `disable`: read the
//! users from the command line or a CSV file, validate every row before
//! touching anything, plan, then apply the whole plan in one transaction.

use std::collections::HashMap;
use std::io::Read;

use serde::Serialize;

use super::{check_email, no_licence, seats_line, user_not_found};
use crate::cli::BulkArgs;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Listing, Output, Printer, Progress};
use crate::state::{LicenceState, NewAudit, NewUser, Org, Role, SeatSummary, Source, Tx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Assign,
    Enable,
    Disable,
}

impl Change {
    fn verb(self) -> &'static str {
        match self {
            Change::Assign => "assign",
            Change::Enable => "enable",
            Change::Disable => "disable",
        }
    }
}

/// One user to change: from a file line or a command-line argument.
#[derive(Debug, Clone)]
pub struct Entry {
    pub line: Option<u64>,
    pub email: String,
    pub name: Option<String>,
    pub role: Option<Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowResult {
    /// A new user was created with a licence.
    Created,
    /// An existing user got a licence.
    Assigned,
    AlreadyActive,
    Disabled,
    AlreadyDisabled,
    /// Left out by `--partial`: no seat was free for it.
    NoSeat,
}

impl RowResult {
    fn label(self) -> &'static str {
        match self {
            RowResult::Created => "created",
            RowResult::Assigned => "assigned",
            RowResult::AlreadyActive => "already active",
            RowResult::Disabled => "disabled",
            RowResult::AlreadyDisabled => "already disabled",
            RowResult::NoSeat => "no seat",
        }
    }

    fn takes_seat(self) -> bool {
        matches!(self, RowResult::Created | RowResult::Assigned)
    }
}

#[derive(Debug, Serialize)]
struct Row {
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    email: String,
    result: RowResult,
    #[serde(skip_serializing_if = "Option::is_none")]
    before: Option<LicenceState>,
}

#[derive(Debug, Default, Serialize)]
struct Summary {
    created: usize,
    assigned: usize,
    already_active: usize,
    disabled: usize,
    already_disabled: usize,
    no_seat: usize,
    /// Seats missing for the whole input to fit (0 when it fits).
    over_limit_by: i64,
}

#[derive(Debug, Serialize)]
struct Report {
    organisation: String,
    action: &'static str,
    dry_run: bool,
    summary: Summary,
    seats: SeatSummary,
    rows: Vec<Row>,
}

/// Reads the entries from the positional emails or `--file`.
pub fn entries(
    ctx: &Context,
    bulk: &BulkArgs,
    role: Option<Role>,
    name: Option<&str>,
) -> Result<(Vec<Entry>, bool)> {
    if let Some(path) = &bulk.file {
        let label = if path.as_os_str() == "-" {
            "stdin".to_string()
        } else {
            path.display().to_string()
        };
        let bytes = read_file(path)?;
        return Ok((parse_csv(&bytes, &label, role, &ctx.printer)?, true));
    }
    if name.is_some() && bulk.emails.len() > 1 {
        return Err(Error::usage("--name applies to a single EMAIL"));
    }
    let mut seen: HashMap<String, ()> = HashMap::new();
    let mut out = Vec::new();
    for raw in &bulk.emails {
        let email = check_email(raw).map_err(Error::usage)?;
        if seen.insert(email.to_lowercase(), ()).is_some() {
            return Err(Error::usage(format!("{email} is given twice")));
        }
        out.push(Entry {
            line: None,
            email,
            name: name.map(str::to_string),
            role,
        });
    }
    Ok((out, false))
}

fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let res = if path.as_os_str() == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(bytes)
}

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

fn invalid_rows(label: &str, errors: Vec<String>) -> Error {
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

pub struct Options {
    pub dry_run: bool,
    pub partial: bool,
    pub from_file: bool,
}

/// Plans and (unless a dry run) applies one change to many users in one
/// transaction: all of it happens, or none of it.
pub fn apply(
    ctx: &mut Context,
    org: &Org,
    change: Change,
    entries: Vec<Entry>,
    opts: Options,
) -> Result<Output> {
    let stamp = ctx.stamp();
    let progress = Progress::new(&ctx.printer, entries.len() as u64, change.verb());
    let (rows, seats_after, over_by) = ctx.state()?.write(|tx| {
        let plan = plan(tx, org, change, &entries, &opts)?;
        let seats = tx.seat_summary(org)?;
        let needed = plan.iter().filter(|(_, _, r)| r.takes_seat()).count() as i64;
        let over_by = (needed - seats.available).max(0);
        if over_by > 0 && !opts.partial && !opts.dry_run {
            let mut err = no_licence(org, &seats);
            err.message = format!(
                "{} needs {needed} seat{} but {} {} available in {}: over the seat limit by {over_by}; nothing was changed",
                if opts.from_file { "the file" } else { "this change" },
                if needed == 1 { "" } else { "s" },
                seats.available,
                if seats.available == 1 { "is" } else { "are" },
                org.slug
            );
            err.hint = Some(format!(
                "raise the pool with `atslink licence seats {} --org {}`, or pass --partial to {} in order up to the limit",
                seats.used + needed,
                org.slug,
                change.verb()
            ));
            return Err(err);
        }
        let mut free = seats.available;
        let mut rows = Vec::with_capacity(plan.len());
        for (entry, existing, mut result) in plan {
            if result.takes_seat() {
                if free == 0 {
                    result = RowResult::NoSeat;
                } else {
                    free -= 1;
                }
            }
            if !opts.dry_run {
                execute(tx, org, &stamp, &entry, existing.as_ref(), result)?;
            }
            progress.inc(1);
            rows.push(Row {
                line: entry.line,
                email: existing.as_ref().map(|u| u.email.clone()).unwrap_or(entry.email),
                result,
                before: existing.map(|u| u.licence),
            });
        }
        Ok((rows, tx.seat_summary(org)?, over_by))
    })?;
    progress.finish();

    let mut summary = Summary {
        over_limit_by: over_by,
        ..Summary::default()
    };
    for r in &rows {
        match r.result {
            RowResult::Created => summary.created += 1,
            RowResult::Assigned => summary.assigned += 1,
            RowResult::AlreadyActive => summary.already_active += 1,
            RowResult::Disabled => summary.disabled += 1,
            RowResult::AlreadyDisabled => summary.already_disabled += 1,
            RowResult::NoSeat => summary.no_seat += 1,
        }
    }
    let partial = summary.no_seat > 0 && !opts.dry_run;
    let status = status_line(change, &summary, opts.dry_run);
    if opts.dry_run && over_by > 0 {
        ctx.printer.warn(&format!(
            "over the seat limit by {over_by}: without --partial this would be refused (exit 6)"
        ));
    }
    let report = Report {
        organisation: org.slug.clone(),
        action: change.verb(),
        dry_run: opts.dry_run,
        summary,
        seats: seats_after,
        rows,
    };
    let org = org.clone();
    let mut out = Output::lazy(report, move |r| human(&org, r)).with_status(status);
    if partial {
        out = out.with_exit(ErrorKind::Partial);
    }
    Ok(out)
}

type Planned = (Entry, Option<crate::state::User>, RowResult);

fn plan(
    tx: &Tx<'_>,
    org: &Org,
    change: Change,
    entries: &[Entry],
    opts: &Options,
) -> Result<Vec<Planned>> {
    let mut planned = Vec::with_capacity(entries.len());
    let mut unknown = Vec::new();
    for e in entries {
        let existing = tx.user(org.id, &e.email)?;
        let result = match (change, existing.as_ref().map(|u| u.licence)) {
            (Change::Assign, None) => RowResult::Created,
            (Change::Assign | Change::Enable, Some(LicenceState::Active)) => {
                RowResult::AlreadyActive
            }
            (Change::Assign | Change::Enable, Some(_)) => RowResult::Assigned,
            (Change::Disable, Some(LicenceState::Disabled)) => RowResult::AlreadyDisabled,
            (Change::Disable, Some(_)) => RowResult::Disabled,
            (Change::Enable | Change::Disable, None) => {
                unknown.push(e);
                continue;
            }
        };
        planned.push((e.clone(), existing, result));
    }
    if let Some(first) = unknown.first() {
        if !opts.from_file {
            return Err(user_not_found(org, &first.email));
        }
        let errors = unknown
            .iter()
            .map(|e| {
                format!(
                    "line {}: no user {} in {}",
                    e.line.unwrap_or(0),
                    e.email,
                    org.slug
                )
            })
            .collect();
        return Err(invalid_rows("the file", errors));
    }
    Ok(planned)
}

fn execute(
    tx: &Tx<'_>,
    org: &Org,
    stamp: &crate::context::Stamp,
    entry: &Entry,
    existing: Option<&crate::state::User>,
    result: RowResult,
) -> Result<()> {
    let (before, after, action) = match (existing, result) {
        (_, RowResult::AlreadyActive | RowResult::AlreadyDisabled | RowResult::NoSeat) => {
            if let Some(u) = existing {
                tx.update_user_details(u.id, entry.name.as_deref(), entry.role)?;
            }
            return Ok(());
        }
        (None, RowResult::Created) => {
            tx.insert_user(
                org.id,
                &NewUser {
                    email: &entry.email,
                    name: entry.name.as_deref(),
                    role: entry.role.unwrap_or(Role::Member),
                    source: Source::Manual,
                    external_id: None,
                    licence: LicenceState::Active,
                    access_at: None,
                    created_at: &stamp.at,
                },
            )?;
            ("(new)", "active", "licence.assign")
        }
        (Some(u), RowResult::Assigned) => {
            tx.update_user_details(u.id, entry.name.as_deref(), entry.role)?;
            tx.set_licence(u.id, LicenceState::Active)?;
            (u.licence.as_str(), "active", "licence.assign")
        }
        (Some(u), RowResult::Disabled) => {
            tx.set_licence(u.id, LicenceState::Disabled)?;
            (u.licence.as_str(), "disabled", "licence.disable")
        }
        _ => unreachable!("plan pairs results with users consistently"),
    };
    stamp.record(
        tx,
        NewAudit {
            org_slug: Some(org.slug.clone()),
            action: action.into(),
            subject: Some(
                existing
                    .map(|u| u.email.clone())
                    .unwrap_or_else(|| entry.email.clone()),
            ),
            before: Some(before.into()),
            after: Some(after.into()),
        },
    )
}

fn status_line(change: Change, s: &Summary, dry_run: bool) -> String {
    let mut parts = Vec::new();
    let mut push = |n: usize, what: &str| {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    };
    match change {
        Change::Assign | Change::Enable => {
            push(
                s.created,
                if dry_run {
                    "to create and assign"
                } else {
                    "created and assigned"
                },
            );
            push(s.assigned, if dry_run { "to assign" } else { "assigned" });
            push(s.already_active, "already active");
        }
        Change::Disable => {
            push(s.disabled, if dry_run { "to disable" } else { "disabled" });
            push(s.already_disabled, "already disabled");
        }
    }
    push(s.no_seat, "left without a seat");
    if s.over_limit_by > 0 && dry_run {
        parts.push(format!("over the seat limit by {}", s.over_limit_by));
    }
    let body = if parts.is_empty() {
        "nothing to do".to_string()
    } else {
        parts.join(", ")
    };
    if dry_run {
        format!("Dry run, nothing changed: {body}")
    } else {
        body[..1].to_uppercase() + &body[1..]
    }
}

fn human(org: &Org, r: Report) -> Human {
    let mut listing = Listing::new(&["line", "email", "result", "before"]);
    for row in &r.rows {
        listing.row(vec![
            row.line
                .map(|l| l.to_string())
                .unwrap_or_else(|| "-".into()),
            row.email.clone(),
            match (
                r.dry_run,
                row.result.takes_seat() || row.result == RowResult::Disabled,
            ) {
                (true, true) => format!("would be {}", row.result.label()),
                _ => row.result.label().to_string(),
            },
            row.before
                .map(|b| b.as_str().to_string())
                .unwrap_or_else(|| "(new)".into()),
        ]);
    }
    Human::Table {
        summary: vec![seats_line(org, &r.seats)],
        listing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
