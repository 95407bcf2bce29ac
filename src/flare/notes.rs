//! The write-back to JobAdder: a note on the candidate (and the placement)
//! saying what happened, in words a recruiter understands, written once per
//! record per distinct outcome however often a push runs.

use ring::digest;

use super::Session;
use super::record::Row;
use crate::error::{Error, ErrorKind};
use crate::services::Services;
use crate::state::NoteClaim;

/// A claim nobody finished within this long belongs to a run that died
/// between claiming and writing: the note may be claimed again.
const STALE_CLAIM: time::Duration = time::Duration::minutes(10);

/// One note: its text, and the key that makes it once-only.
pub struct Note {
    pub text: String,
    /// The outcome and a digest of the text: an identical note is never
    /// written twice, a different outcome (or a different reason) is.
    key: String,
}

impl Note {
    fn new(outcome: &str, text: String) -> Note {
        let d = digest::digest(&digest::SHA256, text.as_bytes());
        let hex: String = d.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect();
        Note {
            key: format!("{outcome}:{hex}"),
            text,
        }
    }

    pub fn created(person_id: &str, warnings: &[String]) -> Note {
        let mut text = format!(
            "Flare: created as person {person_id} (status Candidate; promote to Recruit in Flare to start onboarding)."
        );
        if !warnings.is_empty() {
            text.push_str(&format!(" Mapping: {}.", warnings.join("; ")));
        }
        Note::new("created", text)
    }

    pub fn duplicate(email: &str, person_id: Option<&str>) -> Note {
        let text = match person_id {
            Some(id) => format!(
                "Flare: not transferred. {email} already exists in Flare (person {id}); a person can be transferred only once."
            ),
            None => format!(
                "Flare: not transferred. {email} already exists in Flare; a person can be transferred only once."
            ),
        };
        Note::new("duplicate", text)
    }

    pub fn no_email() -> Note {
        Note::new(
            "failed",
            "Flare: not transferred. The candidate has no email address, and Flare identifies people by email: add the email in JobAdder and the transfer can be tried again.".into(),
        )
    }

    /// `--require-match` refused a record that would have fallen back to a
    /// default; `what` names each miss ("the workplace \"Darwin Depot\"
    /// matches no Flare location").
    pub fn refused(what: &[String]) -> Note {
        Note::new(
            "refused",
            format!(
                "Flare: not transferred, because {}. Correct it in JobAdder, or ask the Flare administrator to add it in Flare, and the transfer can be tried again.",
                what.join(", and ")
            ),
        )
    }

    /// A sentence for any other failure, by its kind. Never the provider's
    /// raw answer: that stays in the ledger and `flare diagnose`.
    pub fn failed(e: &Error) -> Note {
        let text = match e.kind {
            ErrorKind::Unavailable => {
                "Flare: not transferred yet. JobAdder or Flare was busy or could not be reached; the transfer will be tried again."
            }
            ErrorKind::Auth => {
                "Flare: not transferred yet. The connection to JobAdder or Flare needs an administrator to reconnect it; the transfer will be tried again after that."
            }
            ErrorKind::NotFound => {
                "Flare: not transferred. The JobAdder record could not be found; it may have been deleted or merged."
            }
            _ => {
                "Flare: not transferred. Flare did not accept the record; an administrator can see why in the Flare push history (atslink flare diagnose)."
            }
        };
        Note::new("failed", text.into())
    }
}

/// Writes `note` on the candidate and the placement, each at most once per
/// note key, and records what happened on the row and the ledger entry.
pub fn write(ctx: &mut Services, s: &mut Session, row: &mut Row, push_id: i64, note: &Note) {
    let mut targets = vec![("candidates", row.candidate_id)];
    if let Some(p) = row.placement_id {
        targets.push(("placements", p));
    }
    let (mut written, mut before, mut problems) = (0, 0, Vec::new());
    for (kind, id) in targets {
        match write_on(ctx, s, push_id, note, kind, id) {
            OnTarget::Written => written += 1,
            OnTarget::AlreadyThere => before += 1,
            OnTarget::Problem(p) => problems.push(p),
        }
    }
    let status = if !problems.is_empty() {
        problems.join("; ")
    } else if written == 0 && before > 0 {
        ALREADY_WRITTEN.to_string()
    } else {
        WRITTEN.to_string()
    };
    if push_id != 0
        && let Err(e) = ctx
            .state()
            .and_then(|st| st.write(|tx| tx.record_push_note(push_id, &status)))
    {
        // The notes are written at JobAdder; only the ledger's copy of
        // their status is missing, which the row below still reports.
        ctx.notices.warn(&format!(
            "could not record the JobAdder notes' status in the ledger: {}",
            e.message
        ));
    }
    row.note = Some(status);
}

/// What became of the note on one record.
enum OnTarget {
    Written,
    AlreadyThere,
    Problem(String),
}

/// The note on one record (`candidates/ID` or `placements/ID`): claimed
/// in the ledger first, so two runs never write it twice, then posted.
fn write_on(
    ctx: &mut Services,
    s: &mut Session,
    push_id: i64,
    note: &Note,
    kind: &str,
    id: i64,
) -> OnTarget {
    let target = format!("{kind}/{id}");
    let now = ctx.clock.now();
    let (at, stale) = (now, now - STALE_CLAIM);
    let me = super::runs::me();
    let claim = ctx.state().and_then(|st| {
        st.write(|tx| {
            tx.claim_note(
                s.org.id,
                &target,
                &note.key,
                push_id,
                &me,
                at,
                stale,
                super::runs::gone,
            )
        })
    });
    match claim {
        Ok(NoteClaim::Written) => OnTarget::AlreadyThere,
        Ok(NoteClaim::InFlight) => {
            OnTarget::Problem(format!("{target}: another run is writing the same note"))
        }
        Err(e) => OnTarget::Problem(format!(
            "{target}: not written, since the ledger could not record it: {}",
            e.message
        )),
        Ok(NoteClaim::Claimed { taken_over }) => {
            post_claimed(ctx, s, note, (kind, id), &target, at, taken_over)
        }
    }
}

/// Posts a claimed note and settles the claim: written, or released for
/// the next run when JobAdder refused it.
fn post_claimed(
    ctx: &mut Services,
    s: &mut Session,
    note: &Note,
    (kind, id): (&str, i64),
    target: &str,
    at: time::OffsetDateTime,
    taken_over: bool,
) -> OnTarget {
    // The run that claimed it vanished, perhaps just after writing it:
    // JobAdder itself says whether it is there.
    let there = taken_over
        && s.ja(ctx, |s, api, tok| {
            s.rt.block_on(s.ja.notes(api, tok, kind, id))
        })
        .is_ok_and(|list| list.iter().any(|n| n.text.as_deref() == Some(&note.text)));
    let posted = if there {
        Ok(None)
    } else {
        s.ja(ctx, |s, api, tok| {
            s.rt.block_on(s.ja.add_note(api, tok, kind, id, &note.text))
        })
        .map(Some)
    };
    let key = &note.key;
    let done = ctx.state().and_then(|st| {
        st.write(|tx| match &posted {
            Ok(_) => tx.note_written(s.org.id, target, key, at),
            Err(_) => tx.release_note(s.org.id, target, key),
        })
    });
    if let Err(e) = done {
        ctx.notices.warn(&format!(
            "could not record the JobAdder note in the ledger: {}",
            e.message
        ));
    }
    match posted {
        Ok(Some(_)) => OnTarget::Written,
        Ok(None) => OnTarget::AlreadyThere,
        Err(e) => OnTarget::Problem(format!("{target}: {e}")),
    }
}

pub const WRITTEN: &str = "written";
/// Every note this outcome needed was written by an earlier run.
pub const ALREADY_WRITTEN: &str = "already written";
