//! Pushing JobAdder candidates and placements into Flare, the domain side:
//! the session over both links, the mapping, one record's push, the
//! JobAdder note, automatic export's webhooks and their watchdog.
//! JobAdder → Flare is orchestrated here; neither client knows the other.
//! The `flare` commands and `atslink serve` both call in; this module knows
//! neither the command line nor the server.

pub mod auto;
pub mod map;
pub mod mapping;
pub mod notes;
pub mod pace;
pub mod record;
pub mod runs;
pub mod target;

use crate::auth::refresh::{self, Mode};
use crate::error::{Error, ErrorKind, Result};
use crate::providers::Provider;
use crate::providers::{ClientError, ClientResult, flare, jobadder};
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::Org;

/// Both links of one organisation, ready for calls. Both clients retry
/// under the one HTTP policy (429 with `Retry-After`, 5xx); the session
/// adds only the refresh after a 401, and says where the waits go.
pub struct Session {
    pub org: Org,
    pub rt: &'static tokio::runtime::Runtime,
    pub ja: jobadder::Client,
    pub fl: flare::Client,
    /// JobAdder's API and access token, or why it cannot be called.
    ja_side: Side,
    /// Flare's API and key, or why it cannot be called.
    fl_side: Side,
    pub cost_centre_field: String,
    /// The JobAdder account number (the organisation's slug if unknown),
    /// for the reference atslink gives each person it creates.
    ja_account: String,
    /// A batch's progress (see `show_waits_on`).
    pub pace: Option<pace::Pace>,
}

/// One provider's side of a session. A side that could not be opened
/// (`open_partial` only) holds the reason rather than a placeholder
/// token, so no call can go out with an empty credential.
enum Side {
    Up {
        api: String,
        token: SecretString,
    },
    /// Every call to this side fails with this reason instead.
    Down(String),
}

impl Side {
    /// The side from the link's access; a link without an API base is a
    /// failure of the session itself, not a side that is down.
    fn of(access: Result<refresh::Access>, no_api: &str) -> Result<Side> {
        match access {
            Ok(a) => Ok(Side::Up {
                api: a.api_base.ok_or_else(|| Error::failure(no_api))?,
                token: a.token,
            }),
            Err(e) => Ok(Side::Down(e.message)),
        }
    }

    /// The API base and credential to call with, or why there are none.
    fn up(&self) -> std::result::Result<(&str, &SecretString), ClientError> {
        match self {
            Side::Up { api, token } => Ok((api, token)),
            Side::Down(why) => Err(ClientError::Unauthorized(why.clone())),
        }
    }
}

impl Session {
    pub fn open(svc: &mut Services, org: Org) -> Result<Session> {
        let ja = refresh::access(svc, &org, Provider::JobAdder, Mode::IfNeeded)?;
        let fl = refresh::access(svc, &org, Provider::Flare, Mode::IfNeeded)?;
        Session::build(svc, org, Ok(ja), Ok(fl))
    }

    /// Both links as far as they work, with the error of each one that
    /// does not: `flare diagnose` still runs every check the working side
    /// allows (a broken JobAdder link does not stop the Flare look-up).
    pub fn open_partial(
        svc: &mut Services,
        org: Org,
    ) -> Result<(Session, Option<Error>, Option<Error>)> {
        let ja = refresh::access(svc, &org, Provider::JobAdder, Mode::IfNeeded);
        let fl = refresh::access(svc, &org, Provider::Flare, Mode::IfNeeded);
        let (ja_err, fl_err) = (ja.as_ref().err().cloned(), fl.as_ref().err().cloned());
        let s = Session::build(svc, org, ja, fl)?;
        Ok((s, ja_err, fl_err))
    }

    fn build(
        svc: &mut Services,
        org: Org,
        ja: Result<refresh::Access>,
        fl: Result<refresh::Access>,
    ) -> Result<Session> {
        let cost_centre_field = svc
            .config
            .providers
            .flare
            .cost_centre_field
            .clone()
            .unwrap_or_else(|| crate::config::defaults::FLARE_COST_CENTRE_FIELD.to_string());
        let ja_account = svc
            .state()?
            .read()
            .integration(org.id, Provider::JobAdder)?
            .and_then(|l| l.account_id)
            .unwrap_or_else(|| org.slug.clone());
        Ok(Session {
            org,
            rt: crate::providers::runtime()?,
            ja: jobadder::Client::new(pace::logged(&svc.notices, svc.http(), "JobAdder")),
            fl: flare::Client::new(pace::logged(&svc.notices, svc.http(), "Flare")),
            ja_side: Side::of(ja, "the JobAdder link has no API base")?,
            fl_side: Side::of(fl, "the Flare link has no API URL")?,
            cost_centre_field,
            ja_account,
            pace: None,
        })
    }

    /// atslink's reference for a JobAdder candidate, sent as the Flare
    /// person's `source.reference`: finding it on a person means this
    /// push created it (perhaps in a run killed before recording it).
    pub fn source_reference(&self, candidate_id: i64) -> String {
        format!(
            "atslink/jobadder/{}/candidate/{candidate_id}",
            self.ja_account
        )
    }

    /// Shows both providers' waits (the HTTP policy's retries) on a
    /// batch's progress from now on.
    pub fn show_waits_on(&mut self, svc: &Services, pace: &pace::Pace) {
        self.ja = jobadder::Client::new(pace.observe(svc.http(), "JobAdder"));
        self.fl = flare::Client::new(pace.observe(svc.http(), "Flare"));
        self.pace = Some(pace.clone());
    }

    /// A JobAdder call (the client retries under the HTTP policy); a 401
    /// gets one refresh through the locked path.
    pub fn ja<T>(
        &mut self,
        svc: &mut Services,
        call: impl Fn(&Session, &str, &SecretString) -> ClientResult<T>,
    ) -> std::result::Result<T, ClientError> {
        let (api, token) = self.ja_side.up()?;
        match call(self, api, token) {
            Err(ClientError::Unauthorized(_)) => {
                let fresh = refresh::access(svc, &self.org, Provider::JobAdder, Mode::Expired)
                    .map_err(|e| ClientError::Unauthorized(e.message))?;
                if let Side::Up { token, .. } = &mut self.ja_side {
                    *token = fresh.token;
                }
                let (api, token) = self.ja_side.up()?;
                call(self, api, token)
            }
            other => other,
        }
    }

    /// Every placement matching `filters`, page by page (`Offset`/`Limit`,
    /// then `links.next` until there is none). A next link outside the
    /// account's API, one that loops, or a walk longer than the count
    /// allows stops the listing (exit 7); fewer records than promised is a
    /// warning.
    pub fn all_placements(
        &mut self,
        svc: &mut Services,
        filters: &[(&str, &str)],
        page_size: u16,
    ) -> Result<Vec<jobadder::Placement>> {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in filters {
            query.append_pair(k, v);
        }
        query
            .append_pair("Offset", "0")
            .append_pair("Limit", &page_size.to_string());
        let first = format!("placements?{}", query.finish());
        let (api, _) = self
            .ja_side
            .up()
            .map_err(|e| e.into_error("listing JobAdder placements"))?;
        let mut pager = jobadder::paging::Pager::new(api, &first);
        let mut next = Some(first);
        let mut out = Vec::new();
        while let Some(page) = next.take() {
            let got = self
                .ja(svc, |s, api, tok| {
                    s.rt.block_on(s.ja.placements_page(api, tok, &page))
                })
                .map_err(|e| e.into_error("listing JobAdder placements"))?;
            if let Some(p) = &self.pace {
                p.settle();
            }
            let link = got.links.and_then(|l| l.next);
            next = pager
                .advance(got.items.len(), got.total_count, link.as_deref())
                .map_err(|e| {
                    Error::new(
                        ErrorKind::Unavailable,
                        format!("listing JobAdder placements stopped after {} records: {e}", pager.received),
                    )
                    .with_hint("nothing was pushed; try again later, and if it persists report it to JobAdder support")
                })?;
            out.extend(got.items);
        }
        if let Some((got, promised)) = pager.shortfall() {
            svc.notices.warn(&format!(
                "JobAdder said {promised} placements match but gave {got}; the rest are not in this run"
            ));
        }
        Ok(out)
    }

    /// Reads the candidate and looks its email up in Flare for many
    /// placements at once, at most `concurrency` in flight. Only reads fan
    /// out: creating people, notes and the ledger stay one record at a
    /// time, so once-only holds. Anything that fails here is simply read
    /// again, with the full retry and refresh path, when its record is
    /// pushed. (Errors only: a read that panicked is a bug, and stops the
    /// run.)
    pub fn prefetch(
        &self,
        placements: &[jobadder::Placement],
        concurrency: usize,
    ) -> Vec<Prefetched> {
        let tasks = placements.iter().map(|p| {
            let (ja, fl) = (self.ja.clone(), self.fl.clone());
            // A side that is down is not asked: `None`, as for a failed read.
            let owned = |s: &Side| s.up().ok().map(|(a, t)| (a.to_string(), t.clone()));
            let (ja_side, fl_side) = (owned(&self.ja_side), owned(&self.fl_side));
            let (cid, fallback_email) = (p.candidate.candidate_id, p.candidate.email.clone());
            async move {
                let candidate = match &ja_side {
                    Some((api, tok)) => ja.candidate(api, tok, cid).await.ok(),
                    None => None,
                };
                let email = candidate
                    .as_ref()
                    .and_then(|c| c.email.clone())
                    .or(fallback_email)
                    .filter(|e| !e.trim().is_empty());
                let people = match (&email, &fl_side) {
                    (Some(e), Some((api, key))) => fl.people_by_email(api, key, e).await.ok(),
                    _ => None,
                };
                Prefetched { candidate, people }
            }
        });
        let tick = || {
            if let Some(p) = &self.pace {
                p.inc();
            }
        };
        self.rt
            .block_on(crate::bounded::run(tasks, concurrency, tick))
    }

    /// A Flare call (the Flare client retries under the HTTP policy).
    pub fn fl<T>(
        &self,
        call: impl Fn(&Session, &str, &SecretString) -> ClientResult<T>,
    ) -> std::result::Result<T, ClientError> {
        let (api, key) = self.fl_side.up()?;
        call(self, api, key)
    }
}

/// What `prefetch` learnt about one placement; `None` means "ask again".
#[derive(Default)]
pub struct Prefetched {
    pub candidate: Option<jobadder::Candidate>,
    pub people: Option<Vec<flare::Person>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(api: Option<&str>) -> Result<refresh::Access> {
        Ok(refresh::Access {
            token: SecretString::new("tok"),
            api_base: api.map(str::to_string),
            did: refresh::Did::StillFresh,
        })
    }

    #[test]
    fn a_side_that_could_not_open_has_no_credential_only_its_reason() {
        let down = Side::of(Err(Error::not_linked("acme", Provider::JobAdder)), "no API").unwrap();
        assert!(matches!(&down, Side::Down(why) if why == "acme is not linked to JobAdder"));
        match down.up() {
            Err(ClientError::Unauthorized(why)) => {
                assert_eq!(why, "acme is not linked to JobAdder")
            }
            other => panic!("{:?}", other.map(|(api, _)| api.to_string())),
        }
        let up = Side::of(access(Some("https://api.example/v2")), "no API").unwrap();
        let (api, token) = up.up().unwrap();
        assert_eq!((api, token.expose()), ("https://api.example/v2", "tok"));
        // A link without an API base fails the session, not the side.
        let err = Side::of(access(None), "the JobAdder link has no API base");
        assert_eq!(
            err.err().map(|e| e.message).as_deref(),
            Some("the JobAdder link has no API base")
        );
    }
}
