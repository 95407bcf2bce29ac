//! Which JobAdder record a single-record command is about, shared by
//! `flare push` and `flare diagnose`. Support tickets carry a name and an
//! email far more often than a JobAdder id, so a candidate can be named by
//! any of them; and a candidate named without a placement is taken with
//! their latest placement selected for onboarding export, the one the
//! batch (and Flare's placement onboarding) would send.

use serde::Serialize;

use super::Session;
use crate::error::{Error, ErrorKind, Result};
use crate::providers::jobadder::{Candidate, Placement};
use crate::services::Services;

/// How the record was named on the command line (exactly one is set).
#[derive(Debug, Clone, Default)]
pub struct Subject {
    /// `push` or `diagnose`, for the hints.
    pub command: &'static str,
    pub candidate: Option<i64>,
    pub placement: Option<i64>,
    pub email: Option<String>,
    pub name: Option<String>,
}

impl Subject {
    /// For messages: `candidate 30001`, `email mia@…`, `name "Mia Nguyen"`.
    pub fn describe(&self) -> String {
        match (self.candidate, self.placement, &self.email, &self.name) {
            (Some(c), ..) => format!("candidate {c}"),
            (_, Some(p), ..) => format!("placement {p}"),
            (_, _, Some(e), _) => format!("email {e}"),
            (_, _, _, Some(n)) => format!("name \"{n}\""),
            _ => "nothing".into(),
        }
    }
}

/// Which placement goes with the candidate, and why.
#[derive(Debug, Clone, Serialize)]
pub struct PlacementPick {
    pub placement_id: Option<i64>,
    /// `given` (`--placement`), `latest_onboarding` (the latest of the
    /// candidate's placements selected for onboarding export),
    /// `none_selected` (the candidate has placements, none selected), or
    /// `no_placements`.
    pub how: &'static str,
    /// The candidate's placements selected for onboarding export.
    pub onboarding: usize,
    /// The candidate's placements in all.
    pub placements: usize,
    /// With `none_selected`: the latest placement, which is not selected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_unselected: Option<i64>,
}

impl PlacementPick {
    pub fn given(id: i64) -> Self {
        PlacementPick {
            placement_id: Some(id),
            how: "given",
            onboarding: 0,
            placements: 0,
            latest_unselected: None,
        }
    }

    /// A sentence saying which placement and why.
    pub fn describe(&self, candidate_id: i64) -> String {
        match (self.how, self.placement_id) {
            ("given", Some(p)) => format!("placement {p}"),
            ("latest_onboarding", Some(p)) => format!(
                "placement {p}, the latest of candidate {candidate_id}'s {} placement(s) selected for onboarding export",
                self.onboarding
            ),
            ("none_selected", _) => format!(
                "no placement: none of candidate {candidate_id}'s {} placement(s) is selected for onboarding export{}",
                self.placements,
                self.latest_unselected
                    .map(|p| format!(" (latest: {p})"))
                    .unwrap_or_default()
            ),
            _ => format!("no placement: candidate {candidate_id} has none"),
        }
    }
}

/// A single record, resolved.
pub struct Resolved {
    pub candidate_id: i64,
    /// Read by the search (a summary) when named by email or name.
    pub found: Option<Candidate>,
    pub placement: Option<Placement>,
    pub pick: PlacementPick,
}

/// Resolves the subject to a candidate and (maybe) a placement, or the
/// error that stops a single push: not found (4), ambiguous (5), a broken
/// link (3), JobAdder unavailable (7).
pub fn resolve(svc: &mut Services, s: &mut Session, subject: &Subject) -> Result<Resolved> {
    if let Some(pid) = subject.placement {
        let p = read_placement(svc, s, pid)?;
        return Ok(Resolved {
            candidate_id: p.candidate.candidate_id,
            found: None,
            placement: Some(p),
            pick: PlacementPick::given(pid),
        });
    }
    let (candidate_id, found) = match subject.candidate {
        Some(c) => (c, None),
        None => {
            let c = find_candidate(svc, s, subject)?;
            (c.candidate_id, Some(c))
        }
    };
    let (placement, pick) = candidate_placement(svc, s, candidate_id)?;
    Ok(Resolved {
        candidate_id,
        found,
        placement,
        pick,
    })
}

pub fn read_placement(svc: &mut Services, s: &mut Session, id: i64) -> Result<Placement> {
    s.ja(svc, |s, api, tok| {
        s.rt.block_on(s.ja.placement(api, tok, id))
    })
    .map_err(|e| {
        let not_found = e.clone().into_error("").kind == ErrorKind::NotFound;
        let err = e.into_error(&format!("reading JobAdder placement {id}"));
        if not_found {
            err.with_hint("check the placement id in JobAdder (Placements → the id in its URL)")
        } else {
            err
        }
    })
}

/// The one candidate matching `--email` or `--name` (JobAdder's
/// `FindCandidates`). Among name matches, exact full names win over
/// partial ones; more than one left is ambiguous (exit 5, listing them).
pub fn find_candidate(svc: &mut Services, s: &mut Session, subject: &Subject) -> Result<Candidate> {
    let mut filters: Vec<(&str, &str)> = Vec::new();
    if let Some(e) = &subject.email {
        filters.push(("Email", e.trim()));
    }
    if let Some(n) = &subject.name {
        filters.push(("Name", n.trim()));
    }
    // A name shared by more than a page of candidates is ambiguous anyway.
    filters.push(("Limit", "100"));
    let page = s
        .ja(svc, |s, api, tok| {
            s.rt.block_on(s.ja.find_candidates(api, tok, &filters))
        })
        .map_err(|e| e.into_error("searching JobAdder candidates"))?;
    let mut matches = page.items;
    if let Some(n) = &subject.name {
        let want = super::map::normalise(n);
        let exact: Vec<Candidate> = matches
            .iter()
            .filter(|c| super::map::normalise(&full_name(c)) == want)
            .cloned()
            .collect();
        if !exact.is_empty() {
            matches = exact;
        }
    }
    let cmd = format!("atslink flare {} --org {}", subject.command, s.org.slug);
    match matches.len() {
        0 => Err(Error::not_found(format!(
            "no JobAdder candidate has the {}",
            subject.describe()
        ))
        .with_hint(match &subject.email {
            Some(_) => format!(
                "check the address in JobAdder, or search by name: `{cmd} --name \"FIRST LAST\"`"
            ),
            None => {
                format!("check the spelling in JobAdder, or use the email: `{cmd} --email EMAIL`")
            }
        })),
        1 => Ok(matches.remove(0)),
        n => {
            let list = matches
                .iter()
                .map(|c| {
                    format!(
                        "{} ({}, {})",
                        c.candidate_id,
                        full_name(c),
                        c.email.as_deref().unwrap_or("no email")
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            Err(Error::conflict(format!(
                "{n} JobAdder candidates match the {}: {list}{}",
                subject.describe(),
                if page.total_count.is_some_and(|t| t as usize > n) {
                    " (and more)"
                } else {
                    ""
                }
            ))
            .with_hint(format!(
                "name one by id: `{cmd} --candidate {}`",
                matches[0].candidate_id
            )))
        }
    }
}

/// The candidate's latest placement selected for onboarding export (read
/// in full: list items are summaries), or why there is none.
pub fn candidate_placement(
    svc: &mut Services,
    s: &mut Session,
    candidate_id: i64,
) -> Result<(Option<Placement>, PlacementPick)> {
    let id = candidate_id.to_string();
    let onboarding =
        s.all_placements(svc, &[("CandidateId", &id), ("Export", "Onboarding")], 100)?;
    let all = s.all_placements(svc, &[("CandidateId", &id)], 100)?;
    let latest = |ps: &[Placement]| {
        ps.iter()
            .max_by(|a, b| {
                (a.created_at.as_deref(), a.placement_id)
                    .cmp(&(b.created_at.as_deref(), b.placement_id))
            })
            .map(|p| p.placement_id)
    };
    let mut pick = PlacementPick {
        placement_id: latest(&onboarding),
        how: "latest_onboarding",
        onboarding: onboarding.len(),
        placements: all.len().max(onboarding.len()),
        latest_unselected: None,
    };
    let Some(pid) = pick.placement_id else {
        pick.how = if all.is_empty() {
            "no_placements"
        } else {
            "none_selected"
        };
        pick.latest_unselected = latest(&all);
        return Ok((None, pick));
    };
    let placement = read_placement(svc, s, pid)?;
    Ok((Some(placement), pick))
}

pub fn full_name(c: &Candidate) -> String {
    format!(
        "{} {}",
        c.first_name.as_deref().unwrap_or(""),
        c.last_name.as_deref().unwrap_or("")
    )
    .trim()
    .to_string()
}
