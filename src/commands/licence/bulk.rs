//! The shared path of `licence assign`, `enable` and `disable`: read the
//! users from the command line or a CSV file, validate every row before
//! touching anything, plan, then apply the whole plan in one transaction.

use std::collections::HashMap;
use std::io::Read;

use serde::Serialize;

use super::csv::{MAX_FILE_BYTES, MAX_ROWS, invalid_rows, parse_csv};
use super::{check_email, name_arg, no_licence, seats_line, user_not_found};
use crate::cli::BulkArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Listing, Output, Progress};
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
    /// An active user whose role or name the input changes: no seat
    /// moves, but the change is made and audited.
    Updated,
    Disabled,
    AlreadyDisabled,
    /// Left out by `--partial`: no seat was free for it.
    NoSeat,
    /// Left out by `--skip-unknown`: no such user.
    Unknown,
}

impl RowResult {
    fn label(self) -> &'static str {
        match self {
            RowResult::Created => "created",
            RowResult::Assigned => "assigned",
            RowResult::AlreadyActive => "already active",
            RowResult::Updated => "updated",
            RowResult::Disabled => "disabled",
            RowResult::AlreadyDisabled => "already disabled",
            RowResult::NoSeat => "no seat",
            RowResult::Unknown => "unknown, skipped",
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
    updated: usize,
    disabled: usize,
    already_disabled: usize,
    no_seat: usize,
    /// Rows skipped by `--skip-unknown`.
    unknown: usize,
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

/// Reads the entries from the positional emails or `--file`; with a file,
/// also its label for messages (the path, or `stdin`).
pub fn entries(
    ctx: &Context,
    bulk: &BulkArgs,
    role: Option<Role>,
    name: Option<&str>,
) -> Result<(Vec<Entry>, Option<String>)> {
    if let Some(path) = &bulk.file {
        let label = if path.as_os_str() == "-" {
            "stdin".to_string()
        } else {
            path.display().to_string()
        };
        let bytes = read_file(path, &label)?;
        let entries = parse_csv(&bytes, &label, role, &ctx.printer)?;
        return Ok((entries, Some(label)));
    }
    if name.is_some() && bulk.emails.len() > 1 {
        return Err(Error::usage("--name applies to a single EMAIL"));
    }
    let name = name_arg(name)?;
    let mut seen: HashMap<String, ()> = HashMap::new();
    let mut out = Vec::new();
    for raw in &bulk.emails {
        let email = check_email(raw)?;
        if seen.insert(email.to_lowercase(), ()).is_some() {
            return Err(Error::usage(format!("{email} is given twice")));
        }
        out.push(Entry {
            line: None,
            email,
            name: name.clone(),
            role,
        });
    }
    Ok((out, None))
}

/// Reads at most [`MAX_FILE_BYTES`]: a file larger than that (or endless,
/// like `/dev/zero`) is refused once the limit is passed, not read until
/// memory runs out.
fn read_file(path: &std::path::Path, label: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let limit = MAX_FILE_BYTES + 1;
    let res = if path.as_os_str() == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    res.map_err(|e| {
        Error::usage(format!("cannot read {label}: {e}")).with_hint(
            "give the path of a CSV with a header row (`email` required, `name` and `role` optional), \
             or `-` to read it from standard input",
        )
    })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::usage(format!(
            "{label} is larger than {} MiB; nothing was changed",
            MAX_FILE_BYTES / (1024 * 1024)
        ))
        .with_hint(format!(
            "split it into files of at most {MAX_ROWS} rows and run each"
        )));
    }
    Ok(bytes)
}

pub struct Options {
    pub dry_run: bool,
    pub partial: bool,
    /// Report unknown users as skipped rows instead of refusing the batch.
    pub skip_unknown: bool,
    /// The file's label when the entries came from `--file`.
    pub file: Option<String>,
}

/// Plans and (unless a dry run) applies one change to many users in one
/// transaction: all of it happens, or none of it.
///
/// The organisation is resolved by slug inside the transaction: the file
/// may take a while to arrive, and an organisation deleted meanwhile must
/// be exit 4, not a write into whichever organisation reused its row id.
pub fn apply(
    ctx: &mut Context,
    slug: &str,
    change: Change,
    entries: Vec<Entry>,
    opts: Options,
) -> Result<Output> {
    let stamp = ctx.stamp();
    let progress = Progress::new(&ctx.printer, entries.len() as u64, change.verb());
    let (org, rows, seats_after, over_by) = ctx.state()?.write(|tx| {
        let org = &org_in(tx, slug)?;
        let plan = plan(tx, org, change, &entries, &opts)?;
        let seats = tx.seat_summary(org)?;
        let needed = plan.iter().filter(|p| p.result.takes_seat()).count() as i64;
        let over_by = (needed - seats.available).max(0);
        // Without --partial the whole change is refused rather than cut
        // short at the limit (a dry run goes on to show what would happen).
        if over_by > 0 && !opts.partial && !opts.dry_run {
            return Err(over_seat_limit(org, &seats, needed, over_by, change, &opts));
        }
        let mut writes = Writes::default();
        let rows = allot_and_execute(
            tx,
            &mut writes,
            org,
            plan,
            seats.available,
            &opts,
            &progress,
        )?;
        writes.flush(tx, org, &stamp)?;
        Ok((org.clone(), rows, tx.seat_summary(org)?, over_by))
    })?;
    progress.finish();

    let summary = summarise(&rows, over_by);
    let exit = exit_kind(over_by, &opts, &summary);
    let status = status_line(change, &summary, opts.dry_run);
    if opts.dry_run && exit == Some(ErrorKind::NoLicence) {
        ctx.printer.warn(&format!(
            "over the seat limit by {over_by}: the real run would be refused (exit 6); \
             raise the pool, or pass --partial to {} in order up to the limit",
            change.verb()
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
    let mut out = Output::lazy(report, move |r| human(&org, r)).with_status(status);
    if let Some(kind) = exit {
        out = out.with_exit(kind);
    }
    Ok(out)
}

/// The refusal of a change that needs more seats than are free: it says
/// by how many, and how to raise the pool or apply up to the limit.
fn over_seat_limit(
    org: &Org,
    seats: &SeatSummary,
    needed: i64,
    over_by: i64,
    change: Change,
    opts: &Options,
) -> Error {
    let mut err = no_licence(org, seats);
    err.message = format!(
        "{} needs {needed} seat{} but {} {} available in {}: over the seat limit by {over_by}; nothing was changed",
        opts.file.as_deref().unwrap_or("this change"),
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
    err
}

/// Gives the free seats to the planned rows in order (a row that needs a
/// seat once none is left becomes `NoSeat`) and, unless a dry run,
/// executes each row in the transaction. One report row per planned row.
fn allot_and_execute(
    tx: &Tx<'_>,
    writes: &mut Writes,
    org: &Org,
    plan: Vec<Planned>,
    mut free: i64,
    opts: &Options,
    progress: &Progress,
) -> Result<Vec<Row>> {
    let mut rows = Vec::with_capacity(plan.len());
    for Planned {
        entry,
        existing,
        mut result,
        details,
    } in plan
    {
        if result.takes_seat() {
            if free == 0 {
                result = RowResult::NoSeat;
            } else {
                free -= 1;
            }
        }
        if !opts.dry_run {
            execute(tx, writes, org, &entry, existing.as_ref(), result, details)?;
        }
        progress.inc(1);
        rows.push(Row {
            line: entry.line,
            email: existing
                .as_ref()
                .map(|u| u.email.clone())
                .unwrap_or(entry.email),
            result,
            before: existing.map(|u| u.licence),
        });
    }
    Ok(rows)
}

fn summarise(rows: &[Row], over_by: i64) -> Summary {
    let mut summary = Summary {
        over_limit_by: over_by,
        ..Summary::default()
    };
    for r in rows {
        match r.result {
            RowResult::Created => summary.created += 1,
            RowResult::Assigned => summary.assigned += 1,
            RowResult::AlreadyActive => summary.already_active += 1,
            RowResult::Updated => summary.updated += 1,
            RowResult::Disabled => summary.disabled += 1,
            RowResult::AlreadyDisabled => summary.already_disabled += 1,
            RowResult::NoSeat => summary.no_seat += 1,
            RowResult::Unknown => summary.unknown += 1,
        }
    }
    summary
}

/// A dry run exits as the real run would: 6 where it would be refused for
/// want of seats, 8 where --partial would leave rows without one or
/// --skip-unknown skipped some.
fn exit_kind(over_by: i64, opts: &Options, summary: &Summary) -> Option<ErrorKind> {
    if over_by > 0 && !opts.partial {
        Some(ErrorKind::NoLicence)
    } else if summary.no_seat > 0 || summary.unknown > 0 {
        Some(ErrorKind::Partial)
    } else {
        None
    }
}

/// One row of the plan. `details` is what the entry changes in an
/// existing user's role and name (see [`details_change`]), worked out once
/// while planning and carried to the audit, for the rows that audit it.
struct Planned {
    entry: Entry,
    existing: Option<crate::state::User>,
    result: RowResult,
    details: Option<(String, String)>,
}

fn plan(
    tx: &Tx<'_>,
    org: &Org,
    change: Change,
    entries: &[Entry],
    opts: &Options,
) -> Result<Vec<Planned>> {
    let mut planned = Vec::with_capacity(entries.len());
    let mut unknown = Vec::new();
    // Every user of the organisation in one query, not one look-up per
    // row. Keyed as the email column compares (ASCII case folded, SQLite's
    // NOCASE; the PostgreSQL collation agrees on ASCII).
    let mut users: HashMap<String, crate::state::User> = tx
        .users(org.id, &crate::state::UserFilter::default())?
        .into_iter()
        .map(|u| (u.email.to_ascii_lowercase(), u))
        .collect();
    for e in entries {
        let existing = users.remove(&e.email.to_ascii_lowercase());
        let mut details = None;
        let result = match (change, existing.as_ref().map(|u| u.licence)) {
            (Change::Assign, None) => RowResult::Created,
            (Change::Assign | Change::Enable, Some(licence)) => {
                details = existing.as_ref().and_then(|u| details_change(u, e));
                match (licence, &details) {
                    (LicenceState::Active, Some(_)) => RowResult::Updated,
                    (LicenceState::Active, None) => RowResult::AlreadyActive,
                    _ => RowResult::Assigned,
                }
            }
            (Change::Disable, Some(LicenceState::Disabled)) => RowResult::AlreadyDisabled,
            (Change::Disable, Some(_)) => RowResult::Disabled,
            (Change::Enable | Change::Disable, None) if opts.skip_unknown => RowResult::Unknown,
            (Change::Enable | Change::Disable, None) => {
                unknown.push(e);
                continue;
            }
        };
        planned.push(Planned {
            entry: e.clone(),
            existing,
            result,
            details,
        });
    }
    if let Some(first) = unknown.first() {
        let skip = format!(
            "or pass --skip-unknown to {} the others and report these as skipped",
            change.verb()
        );
        let Some(label) = &opts.file else {
            let mut err = user_not_found(org, &first.email);
            err.hint = err.hint.map(|h| format!("{h}; {skip}"));
            return Err(err);
        };
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
        return Err(
            invalid_rows(label, errors).with_hint(format!("correct or remove those rows, {skip}"))
        );
    }
    Ok(planned)
}

/// The inserts of a bulk change, made together at the end in a few
/// multi-row statements (a round trip per row is what made a 10,000-row
/// file slow on PostgreSQL); updates of existing users stay per row.
#[derive(Default)]
struct Writes {
    created: Vec<Entry>,
    audit: Vec<NewAudit>,
}

impl Writes {
    fn flush(self, tx: &Tx<'_>, org: &Org, stamp: &crate::context::Stamp) -> Result<()> {
        let new: Vec<NewUser<'_>> = self
            .created
            .iter()
            .map(|e| NewUser {
                email: &e.email,
                name: e.name.as_deref(),
                role: e.role.unwrap_or(Role::Member),
                source: Source::Manual,
                external_id: None,
                licence: LicenceState::Active,
                access_at: None,
                created_at: stamp.at,
            })
            .collect();
        tx.insert_users(org.id, &new)?;
        stamp.record_many(tx, &self.audit)
    }
}

fn execute(
    tx: &Tx<'_>,
    writes: &mut Writes,
    org: &Org,
    entry: &Entry,
    existing: Option<&crate::state::User>,
    result: RowResult,
    details: Option<(String, String)>,
) -> Result<()> {
    let (before, after, action) = match (existing, result) {
        (_, RowResult::Unknown) => return Ok(()),
        (_, RowResult::AlreadyActive | RowResult::AlreadyDisabled | RowResult::NoSeat) => {
            if let Some(u) = existing {
                tx.update_user_details(u.id, entry.name.as_deref(), entry.role)?;
            }
            return Ok(());
        }
        (None, RowResult::Created) => {
            writes.created.push(entry.clone());
            ("(new)", "active", "licence.assign")
        }
        (Some(u), RowResult::Updated) => {
            tx.update_user_details(u.id, entry.name.as_deref(), entry.role)?;
            audit_details(writes, org, u, details);
            return Ok(());
        }
        (Some(u), RowResult::Assigned) => {
            tx.update_user_details(u.id, entry.name.as_deref(), entry.role)?;
            audit_details(writes, org, u, details);
            tx.set_licence(u.id, LicenceState::Active)?;
            (u.licence.as_str(), "active", "licence.assign")
        }
        (Some(u), RowResult::Disabled) => {
            tx.set_licence(u.id, LicenceState::Disabled)?;
            (u.licence.as_str(), "disabled", "licence.disable")
        }
        _ => unreachable!("plan pairs results with users consistently"),
    };
    writes.audit.push(NewAudit {
        org_slug: Some(org.slug.clone()),
        action: action.into(),
        subject: Some(
            existing
                .map(|u| u.email.clone())
                .unwrap_or_else(|| entry.email.clone()),
        ),
        before: Some(before.into()),
        after: Some(after.into()),
    });
    Ok(())
}

/// What `entry` changes in an existing user's role and name, as the
/// audit's before and after texts (`None` when it changes neither).
fn details_change(u: &crate::state::User, entry: &Entry) -> Option<(String, String)> {
    let mut before = Vec::new();
    let mut after = Vec::new();
    if let Some(role) = entry.role.filter(|r| *r != u.role) {
        before.push(format!("role {}", u.role.as_str()));
        after.push(format!("role {}", role.as_str()));
    }
    if let Some(name) = entry
        .name
        .as_deref()
        .filter(|n| u.name.as_deref() != Some(*n))
    {
        before.push(format!("name {}", u.name.as_deref().unwrap_or("(none)")));
        after.push(format!("name {name}"));
    }
    (!after.is_empty()).then(|| (before.join(", "), after.join(", ")))
}

/// Audits a change of role or name (`user.update`), apart from the
/// licence change it may come with, so the log says who was made a
/// manager and when.
fn audit_details(
    writes: &mut Writes,
    org: &Org,
    u: &crate::state::User,
    details: Option<(String, String)>,
) {
    if let Some((before, after)) = details {
        writes.audit.push(NewAudit {
            org_slug: Some(org.slug.clone()),
            action: "user.update".into(),
            subject: Some(u.email.clone()),
            before: Some(before),
            after: Some(after),
        });
    }
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
            push(s.updated, if dry_run { "to update" } else { "updated" });
            push(s.already_active, "already active");
        }
        Change::Disable => {
            push(s.disabled, if dry_run { "to disable" } else { "disabled" });
            push(s.already_disabled, "already disabled");
        }
    }
    push(s.no_seat, "left without a seat");
    push(s.unknown, "unknown and skipped");
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
                row.result.takes_seat()
                    || matches!(row.result, RowResult::Disabled | RowResult::Updated),
            ) {
                (true, true) => format!("would be {}", row.result.label()),
                _ => row.result.label().to_string(),
            },
            match (row.before, row.result) {
                (Some(b), _) => b.as_str().to_string(),
                (None, RowResult::Unknown) => "-".into(),
                (None, _) => "(new)".into(),
            },
        ]);
    }
    Human::Table {
        summary: vec![seats_line(org, &r.seats)],
        listing,
    }
}
