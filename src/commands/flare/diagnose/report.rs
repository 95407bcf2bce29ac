//! What `flare diagnose` reports: each check, the ticket block Flare
//! support asks for, and how the report is shown and bundled.

use serde::Serialize;

use crate::commands::flare::map::Mapped;
use crate::commands::flare::target::PlacementPick;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Output};
use crate::state::{LaunchRecord, PushRecord};

#[derive(Debug, Serialize)]
pub(super) struct Check {
    pub(super) check: &'static str,
    /// `true` passed, `false` failed, `null` unknown: the check could not
    /// be run, and `detail` says why.
    pub(super) ok: Option<bool>,
    pub(super) detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) fix: Option<String>,
    #[serde(skip)]
    pub(super) kind: ErrorKind,
}

#[derive(Default)]
pub(super) struct Checks(pub(super) Vec<Check>);

impl Checks {
    pub(super) fn push(
        &mut self,
        check: &'static str,
        ok: Option<bool>,
        detail: String,
        fix: Option<String>,
    ) {
        self.0.push(Check {
            check,
            ok,
            detail,
            fix,
            kind: ErrorKind::Failure,
        });
    }

    pub(super) fn pass(&mut self, check: &'static str, detail: String) {
        self.push(check, Some(true), detail, None);
    }

    pub(super) fn fail(
        &mut self,
        check: &'static str,
        detail: String,
        fix: String,
        kind: ErrorKind,
    ) {
        self.push(check, Some(false), detail, Some(fix));
        self.0.last_mut().expect("just pushed").kind = kind;
    }

    /// A failure from an error: its message, its hint as the fix.
    pub(super) fn fail_with(&mut self, check: &'static str, e: &Error, fallback_fix: &str) {
        let fix = e.hint.clone().unwrap_or_else(|| fallback_fix.to_string());
        self.fail(check, e.message.clone(), fix, e.kind);
    }

    pub(super) fn unknown(&mut self, check: &'static str, why: String) {
        self.push(check, None, why, None);
    }

    /// The exit: the first failure's kind.
    pub(super) fn first_failure_of(checks: &[Check]) -> Option<&Check> {
        checks.iter().find(|c| c.ok == Some(false))
    }
}

/// The block Flare support asks for.
#[derive(Debug, Default, Serialize)]
pub(super) struct Ticket {
    pub(super) jobadder_candidate_id: Option<i64>,
    pub(super) candidate_name: Option<String>,
    pub(super) candidate_email: Option<String>,
    pub(super) flare_employee_id: Option<String>,
    /// The placement involved; null when there was none.
    pub(super) placement_id: Option<i64>,
    /// When that placement was made; null without a placement (or when
    /// JobAdder could not be asked).
    pub(super) placement_made_at: Option<String>,
    pub(super) pushes_attempted_at: Vec<String>,
    /// Whether JobAdder could say which placement (if any) was involved.
    #[serde(skip)]
    pub(super) placement_known: bool,
}

#[derive(Debug, Serialize)]
pub(super) struct Report {
    pub(super) organisation: String,
    pub(super) checks: Vec<Check>,
    /// Which placement was diagnosed and why; absent when JobAdder could not
    /// be asked or the candidate was not found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) placement: Option<PlacementPick>,
    pub(super) history: Vec<PushRecord>,
    /// The Allsorter button's latest presses on the candidate (recorded by
    /// `atslink serve`), newest first: when, by whom, and what they got.
    pub(super) launches: Vec<LaunchRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) mapping: Option<Mapped>,
    pub(super) ticket: Ticket,
}

/// `--bundle`: the report as JSON, for attaching to the ticket.
pub(super) fn write_bundle(ctx: &Context, report: &Report, path: &std::path::Path) -> Result<()> {
    let json = serde_json::to_vec_pretty(report).expect("the report serialises");
    crate::fsutil::write_atomic(path, &json, true)
        .map_err(|e| Error::failure(format!("cannot write the bundle: {}", e.message)))?;
    ctx.printer
        .status(&format!("Wrote the support bundle to {}", path.display()));
    Ok(())
}

/// The report as output: failing with the first failed check's kind, the
/// checks staying the data of the failing envelope.
pub(super) fn outcome(report: Report) -> Output {
    let failure = Checks::first_failure_of(&report.checks).map(|c| {
        // The detail first: a check is named by the condition it wants
        // ("not yet in Flare"), which read as a prefix of a finding that
        // says the opposite.
        Error::new(c.kind, format!("{} (failed check: {})", c.detail, c.check))
            .with_hint(c.fix.clone().unwrap_or_default())
    });
    let out = Output::lazy(report, human);
    match failure {
        Some(e) => out.with_failure(e),
        None => out,
    }
}

pub(super) fn human(r: Report) -> Human {
    let mut lines = Vec::new();
    for c in &r.checks {
        let mark = match c.ok {
            Some(true) => "✓",
            Some(false) => "✗",
            None => "?",
        };
        let unknown = if c.ok.is_none() { " unknown:" } else { "" };
        lines.push(format!("{mark} {}:{unknown} {}", c.check, c.detail));
        if let Some(fix) = &c.fix
            && c.ok == Some(false)
        {
            lines.push(format!("    fix: {fix}"));
        }
    }
    lines.push(String::new());
    lines.extend(launch_lines(&r.launches));
    lines.push(String::new());
    lines.push("Push history:".into());
    if r.history.is_empty() {
        lines.push("  (no attempts recorded)".into());
    }
    for h in &r.history {
        lines.push(format!(
            "  {}  {}{}{}",
            crate::clock::format(h.at),
            h.outcome,
            h.flare_person_id
                .as_deref()
                .map(|p| format!(" (person {p})"))
                .unwrap_or_default(),
            h.error
                .as_deref()
                .map(|e| format!(": {e}"))
                .unwrap_or_default()
        ));
    }
    lines.push(String::new());
    lines.push("For a Flare support ticket:".into());
    for (k, v) in ticket_lines(&r.ticket) {
        lines.push(format!("  {k}: {v}"));
    }
    Human::Lines(lines)
}

/// The Allsorter button's presses, newest first: the first line is when it
/// was last pressed.
pub(super) fn launch_lines(launches: &[LaunchRecord]) -> Vec<String> {
    let mut lines = vec!["Allsorter button pressed (newest first):".to_string()];
    if launches.is_empty() {
        lines.push("  (none recorded on this candidate)".into());
    }
    for l in launches {
        lines.push(format!(
            "  {}  {} by {}",
            crate::clock::format(l.at),
            l.outcome,
            l.email.as_deref().unwrap_or(&l.provider_user_id)
        ));
    }
    lines
}

/// The ticket block. The time line names what it is: when the placement
/// was made, or (no placement) when the button was pressed or the push
/// attempted, never one passed off as the other.
pub(super) fn ticket_lines(t: &Ticket) -> Vec<(&'static str, String)> {
    let dash = || "-".to_string();
    let time = match (
        t.placement_id,
        &t.placement_made_at,
        t.pushes_attempted_at.last(),
    ) {
        (Some(p), Some(at), _) => ("Placement made at", format!("{at} (placement {p})")),
        (None, _, _) if !t.placement_known => (
            "Placement made / button pressed at",
            "(unknown: JobAdder could not say whether a placement was involved; give the estimated time the placement was made or the button pressed)".into(),
        ),
        (Some(p), None, _) => (
            "Placement made at",
            format!(
                "(unknown: JobAdder could not be asked; give the estimated time placement {p} was made)"
            ),
        ),
        (None, _, Some(at)) => (
            "Button pressed / push attempted at",
            format!("{at} (no placement; the latest attempt in the ledger)"),
        ),
        (None, _, None) => (
            "Button pressed at",
            "(no placement; unknown: give the estimated time the partner button was pressed)"
                .into(),
        ),
    };
    vec![
        (
            "JobAdder candidate ID",
            t.jobadder_candidate_id
                .map(|i| i.to_string())
                .unwrap_or_else(dash),
        ),
        (
            "Candidate name",
            t.candidate_name.clone().unwrap_or_else(dash),
        ),
        (
            "Candidate email",
            t.candidate_email.clone().unwrap_or_else(dash),
        ),
        (
            "Flare employee ID",
            t.flare_employee_id
                .clone()
                .unwrap_or_else(|| "(none in Flare)".into()),
        ),
        time,
    ]
}
