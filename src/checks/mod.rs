//! Health and readiness checks shared by `org check`, `token status` and
//! `flare diagnose`: each check has a stable id (documented in the README,
//! so customer success can track readiness in their own tools), a status,
//! one line of evidence, and on anything short of a pass the exact fix.
//!
//! A check that could not be run because a provider could not be reached
//! is `unknown`, never a pass. Checks that need what atslink does not have
//! yet are not listed at all rather than faked.

pub mod canvas;
pub mod flare;
pub mod jobadder;
pub mod licences;
pub mod run;
pub mod salesforce;

use serde::Serialize;

use crate::error::ErrorKind;
use crate::providers::ClientError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    /// Works now, but something will go wrong or look wrong.
    Warn,
    /// Blocking: the integration does not work as the customer expects.
    Fail,
    /// Could not be checked (a provider could not be reached).
    Unknown,
}

impl Status {
    pub fn mark(self) -> &'static str {
        match self {
            Status::Pass => "✓",
            Status::Warn => "!",
            Status::Fail => "✗",
            Status::Unknown => "?",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Licences,
    Jobadder,
    Salesforce,
    Flare,
}

impl Group {
    pub fn title(self) -> &'static str {
        match self {
            Group::Licences => "Organisation and licences",
            Group::Jobadder => "JobAdder",
            Group::Salesforce => "Salesforce",
            Group::Flare => "Flare",
        }
    }

    pub fn parse(s: &str) -> Option<Group> {
        match s {
            "licences" => Some(Group::Licences),
            "jobadder" => Some(Group::Jobadder),
            "salesforce" => Some(Group::Salesforce),
            "flare" => Some(Group::Flare),
            _ => None,
        }
    }
}

/// One check's definition: its stable id, its group and what it asks.
pub struct Spec {
    pub id: &'static str,
    pub group: Group,
    pub title: &'static str,
}

const fn spec(id: &'static str, group: Group, title: &'static str) -> Spec {
    Spec { id, group, title }
}

/// Every check, in report order. The ids are a contract: add, never rename.
/// One line a check, so the catalogue reads as the table it is.
#[rustfmt::skip]
pub const CATALOGUE: &[Spec] = &[
    spec("licences.managers", Group::Licences, "admin or manager"),
    spec("licences.seats", Group::Licences, "seats bought"),
    spec("licences.pool", Group::Licences, "seats in use"),
    spec("licences.waiting", Group::Licences, "users waiting for a seat"),
    spec("jobadder.link", Group::Jobadder, "link healthy"),
    spec("jobadder.idle_deadline", Group::Jobadder, "refresh token idle deadline"),
    spec("jobadder.authorising_user", Group::Jobadder, "authorising user"),
    spec("jobadder.account_shared", Group::Jobadder, "account linked once"),
    spec("jobadder.partner_action", Group::Jobadder, "Actions-menu button"),
    spec("jobadder.partner_action_name", Group::Jobadder, "button name"),
    spec("jobadder.partner_action_url", Group::Jobadder, "button URL"),
    spec("jobadder.partner_action_visibility", Group::Jobadder, "button visible to recruiters"),
    spec("jobadder.button_count", Group::Jobadder, "buttons on candidates"),
    spec("jobadder.webhooks", Group::Jobadder, "automatic export webhooks"),
    spec("salesforce.link", Group::Salesforce, "link healthy"),
    spec("salesforce.org_match", Group::Salesforce, "org matches the link"),
    spec("salesforce.authorising_user", Group::Salesforce, "authorising user"),
    spec("salesforce.app_credentials", Group::Salesforce, "Connected App credentials"),
    spec("salesforce.contact_query", Group::Salesforce, "sample contact query"),
    spec("salesforce.canvas", Group::Salesforce, "Allsorter tab (Canvas)"),
    spec("flare.link", Group::Flare, "link healthy"),
    spec("flare.account_defaults", Group::Flare, "account defaults exist"),
    spec("flare.entities_in_default_location", Group::Flare, "entities in default location"),
    spec("flare.entities_in_pay_group", Group::Flare, "entities in pay group"),
    spec("flare.brands", Group::Flare, "brands"),
    spec("flare.mapping_coverage", Group::Flare, "mapping coverage (30 days)"),
    spec("flare.ledger", Group::Flare, "recent pushes"),
];

pub fn spec_of(id: &str) -> &'static Spec {
    CATALOGUE
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("check id {id} is not in the catalogue"))
}

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub id: &'static str,
    pub group: Group,
    pub status: Status,
    pub evidence: String,
    /// The exact command, or the exact place in the customer's system, that
    /// fixes it; absent on a pass.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// The provider refused the access token (401) atslink held for live:
    /// the run refreshes it and checks the group again (see
    /// `run::recheck_refused`). Not part of the report.
    #[serde(skip)]
    pub token_refused: bool,
}

impl Check {
    pub fn new(id: &'static str, status: Status, evidence: impl Into<String>) -> Check {
        Check {
            id,
            group: spec_of(id).group,
            status,
            evidence: evidence.into(),
            fix: None,
            token_refused: false,
        }
    }

    pub fn pass(id: &'static str, evidence: impl Into<String>) -> Check {
        Check::new(id, Status::Pass, evidence)
    }

    pub fn warn(id: &'static str, evidence: impl Into<String>, fix: impl Into<String>) -> Check {
        Check::new(id, Status::Warn, evidence).with_fix(fix)
    }

    pub fn fail(id: &'static str, evidence: impl Into<String>, fix: impl Into<String>) -> Check {
        Check::new(id, Status::Fail, evidence).with_fix(fix)
    }

    pub fn unknown(id: &'static str, why: impl Into<String>) -> Check {
        Check::new(id, Status::Unknown, why)
    }

    pub fn with_fix(mut self, fix: impl Into<String>) -> Check {
        self.fix = Some(fix.into());
        self
    }

    pub fn title(&self) -> &'static str {
        spec_of(self.id).title
    }

    /// A provider call that failed: unknown when the provider could not be
    /// reached (retryable), a failure when it refused.
    pub fn from_client_error(id: &'static str, e: &ClientError, refused_fix: &str) -> Check {
        if unreachable(e) {
            Check::unknown(id, format!("could not ask: {e}"))
        } else {
            let mut c = Check::fail(id, format!("refused: {e}"), refused_fix);
            c.token_refused = matches!(e, ClientError::Unauthorized(_));
            c
        }
    }
}

/// Whether a provider error means "could not be reached" (network, 5xx,
/// rate limit) rather than an answer.
pub fn unreachable(e: &ClientError) -> bool {
    matches!(
        e,
        ClientError::Unavailable(_) | ClientError::RateLimited { .. }
    )
}

/// Why the checks that need `provider`'s answers cannot run: it could not
/// be reached, or the link does not work.
pub fn cannot_ask_because(e: &ClientError, provider: &str) -> String {
    if unreachable(e) {
        format!("{provider} could not be reached")
    } else {
        format!("the {provider} link does not work")
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub passed: usize,
    pub warnings: usize,
    pub blocking: usize,
    pub unknown: usize,
}

impl Counts {
    pub fn of(checks: &[Check]) -> Counts {
        let mut c = Counts::default();
        for check in checks {
            match check.status {
                Status::Pass => c.passed += 1,
                Status::Warn => c.warnings += 1,
                Status::Fail => c.blocking += 1,
                Status::Unknown => c.unknown += 1,
            }
        }
        c
    }

    /// "12 passed, 2 warnings, 1 blocking" (and the unknown, when any).
    pub fn line(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut s = format!(
            "{} passed, {}, {} blocking",
            self.passed,
            plural(self.warnings, "warning", "warnings"),
            self.blocking
        );
        if self.unknown > 0 {
            s.push_str(&format!(", {} unknown", self.unknown));
        }
        s
    }

    /// The exit: 1 when anything blocks, else 7 when something could not be
    /// checked, else 0. A known blocker outranks an unknown: it needs
    /// fixing whatever the unknown turns out to be.
    pub fn exit(&self) -> Option<ErrorKind> {
        if self.blocking > 0 {
            Some(ErrorKind::Failure)
        } else if self.unknown > 0 {
            Some(ErrorKind::Unavailable)
        } else {
            None
        }
    }

    /// Severity for "the worst" across organisations.
    pub fn rank(&self) -> u8 {
        match self.exit() {
            Some(ErrorKind::Failure) => 2,
            Some(_) => 1,
            None => 0,
        }
    }
}

/// Asserts that `c` blocks: it failed, its evidence says `saying`, and its
/// fix is exactly `fix`. The provider groups' tests state a blocker so.
#[cfg(test)]
#[track_caller]
pub(crate) fn assert_blocks(c: &Check, saying: &str, fix: &str) {
    assert_eq!(c.status, Status::Fail, "{c:?}");
    assert!(c.evidence.contains(saying), "{c:?}");
    assert_eq!(c.fix.as_deref(), Some(fix), "{c:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_grouped_and_documented() {
        let readme = include_str!("../../README.md");
        for (i, s) in CATALOGUE.iter().enumerate() {
            assert!(
                CATALOGUE[i + 1..].iter().all(|o| o.id != s.id),
                "duplicate id {}",
                s.id
            );
            let prefix = s.id.split('.').next().unwrap();
            assert_eq!(Group::parse(prefix), Some(s.group), "{}", s.id);
            assert!(
                readme.contains(&format!("`{}`", s.id)),
                "README.md does not document the check id `{}`",
                s.id
            );
        }
    }

    #[test]
    fn counts_and_exit() {
        let checks = vec![
            Check::pass("licences.seats", "5"),
            Check::warn("licences.pool", "full", "buy"),
            Check::unknown("flare.link", "down"),
        ];
        let c = Counts::of(&checks);
        assert_eq!(c.line(), "1 passed, 1 warning, 0 blocking, 1 unknown");
        assert_eq!(c.exit(), Some(ErrorKind::Unavailable));
        let mut checks = checks;
        checks.push(Check::fail("licences.managers", "none", "assign"));
        assert_eq!(Counts::of(&checks).exit(), Some(ErrorKind::Failure));
        assert_eq!(Counts::of(&checks[..1]).exit(), None);
    }
}
