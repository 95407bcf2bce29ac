//! `GET /launch/jobadder/<org>?candidate=…&user=…&_exp=…&_h=…`: what the
//! JobAdder Actions-menu button opens. In order: the organisation and its
//! action salt; the hashed URL (nothing is looked up for a bad or expired
//! one); the clicking JobAdder user through the org's link (the locked
//! token path); the seat, claimed idempotently by the same domain code as
//! `licence claim`, with the launch recorded in the same transaction; the
//! candidate's files, each linking to the hand-off URL.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};

use super::Shared;
use super::pages::{self, Contact, Page};
use crate::auth::refresh::{self, Mode};
use crate::error::{Error, ErrorKind, Result};
use crate::health::relink_command;
use crate::licences::{Claim, Claimant, check_email, claim_seat};
use crate::providers::ClientError;
use crate::providers::Provider;
use crate::providers::jobadder::{self, hashed_url};
use crate::secrets::SecretString;
use crate::services::{Services, Stamp, org_in};
use crate::state::{NewLaunch, Org, Role, Source, Tx, UserFilter};

pub async fn jobadder(
    State(shared): State<Arc<Shared>>,
    Path(org): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let page = launch(&shared, &org, &headers, &uri).await;
    shared.metrics.launch(Provider::JobAdder, page.outcome);
    page.into_response()
}

/// The organisation, its action salt and the time now (the sandbox's
/// clock in sandbox mode), and what the read of the link's stored token
/// without the lock found.
struct Found {
    org: Org,
    salt: Option<SecretString>,
    now: time::OffsetDateTime,
    access: TokenReadAhead,
}

/// The link's access token as `find` read it ahead of the click's
/// verification, without the lock.
enum TokenReadAhead {
    /// The stored token is fresh: its API base and the token.
    Fresh((String, SecretString)),
    /// Read and found stale (or none stored): the locked path need not
    /// read it unlocked again.
    Stale,
    /// Not settled (no link, an unreadable store, no API base): the whole
    /// path meets the same condition again and answers it with its page.
    Unknown,
}

fn find(svc: &mut Services, slug: &str) -> Result<Option<Found>> {
    let Some(org) = svc.state()?.read().org(slug)? else {
        return Ok(None);
    };
    let salt = svc.creds()?.get(&hashed_url::salt_key(slug))?;
    // Read now, in the same trip to the blocking pool, but used only once
    // the click is verified. Only local reads: no provider is asked before
    // verification. Anything short of a fresh token (none stored, no link,
    // an unreadable store) is left to `Link::open`'s locked path, which
    // meets the same condition again and answers it with its page.
    let access = match refresh::fresh_access(svc, &org, Provider::JobAdder) {
        Ok(Some(a)) => match a.api_base {
            Some(api) => TokenReadAhead::Fresh((api, a.token)),
            None => TokenReadAhead::Unknown,
        },
        Ok(None) => TokenReadAhead::Stale,
        Err(_) => TokenReadAhead::Unknown,
    };
    Ok(Some(Found {
        org,
        salt,
        now: svc.clock.now(),
        access,
    }))
}

/// The URL the action was registered at: the public URL when configured
/// (a proxy may strip its path prefix), else this request's own origin.
fn signed_base(shared: &Shared, headers: &HeaderMap, path: &str) -> String {
    match &shared.settings.public_url {
        Some(public) => format!("{public}{path}"),
        None => {
            let host = headers
                .get(axum::http::header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or("localhost");
            format!("http://{host}{path}")
        }
    }
}

fn param(query: &str, name: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

async fn launch(shared: &Arc<Shared>, slug: &str, headers: &HeaderMap, uri: &Uri) -> Page {
    let query = uri.query().unwrap_or("");
    let found = match find_org(shared, slug, find).await {
        Ok(f) => f,
        Err(page) => return page,
    };
    let Some(salt) = &found.salt else {
        // A button registered without a salt cannot be told from a forgery.
        shared.metrics.verification_failure("no_salt");
        tracing::warn!(
            org = %found.org.slug,
            "no JobAdder action salt: relink the organisation (or re-register its button) so clicks can be verified"
        );
        return pages::stale();
    };
    let base = signed_base(shared, headers, uri.path());
    if let Err(refusal) = hashed_url::verify(&base, query, salt.expose(), found.now) {
        shared.metrics.verification_failure(refusal.reason());
        return pages::stale();
    }
    let ids = (
        param(query, "user").and_then(|u| u.parse::<i64>().ok()),
        param(query, "candidate").and_then(|c| c.parse::<i64>().ok()),
    );
    let (Some(user_id), Some(candidate_id)) = ids else {
        return pages::bad_request("The link names no JobAdder user or candidate.");
    };
    let mut link = match Link::open(shared, &found.org, found.access).await {
        Ok(l) => l,
        Err(page) => return page,
    };
    let user = match link.user(user_id).await {
        Ok(u) => u,
        Err(page) => return page,
    };
    let (email, name) = match usable(&user) {
        Ok(x) => x,
        Err(page) => return page,
    };
    let seat = Seat {
        org: found.org.clone(),
        email: email.clone(),
        name,
        provider: Provider::JobAdder,
        source: Source::Jobadder,
        provider_user: user_id.to_string(),
        record: candidate_id.to_string(),
    };
    match shared.request_blocking(move |svc| seat.claim(svc)).await {
        Ok(Decision::Admitted { email, new_seat }) => {
            if new_seat {
                shared.metrics.seat_claimed();
            }
            link.files(&found.org, &email, candidate_id).await
        }
        Ok(Decision::Disabled { email }) => pages::disabled(&email, &found.org.name),
        Ok(Decision::NoSeat { admins }) => {
            pages::no_licence(&found.org.name, found.org.seats, &admins)
        }
        Err(e) => internal(&e),
    }
}

/// What a launch needs of the organisation `slug`, found by `find` on the
/// blocking pool; else the page to answer with (unknown organisation, or
/// the internal error, logged).
pub(super) async fn find_org<T: Send + 'static>(
    shared: &Arc<Shared>,
    slug: &str,
    find: fn(&mut Services, &str) -> Result<Option<T>>,
) -> std::result::Result<T, Page> {
    let owned = slug.to_string();
    match shared.request_blocking(move |svc| find(svc, &owned)).await {
        Ok(Some(f)) => Ok(f),
        Ok(None) => Err(pages::unknown_org()),
        Err(e) => Err(internal(&e)),
    }
}

/// The API base and an access token of the org's link to `provider`, from
/// the locked path on the blocking pool; else the page to answer with: an
/// internal error (saying `no_api`) when the link has no API base, or what
/// `refused` makes of the failure.
pub(super) async fn api_access(
    shared: &Arc<Shared>,
    org: &Org,
    (provider, no_api): (Provider, &'static str),
    mode: Mode,
    refused: fn(&Org, &Error) -> Page,
) -> std::result::Result<(String, SecretString), Page> {
    let o = org.clone();
    let got = shared
        .blocking(move |svc| refresh::access(svc, &o, provider, mode))
        .await;
    match got {
        Ok(a) => match a.api_base {
            Some(api) => Ok((api, a.token)),
            None => Err(internal(&Error::failure(no_api))),
        },
        Err(e) => Err(refused(org, &e)),
    }
}

pub(super) fn internal(e: &Error) -> Page {
    tracing::error!(error = %crate::output::sanitize(&e.message), "launch failed");
    pages::internal()
}

/// The email and name a JobAdder user brings, or the page refusing them.
fn usable(user: &jobadder::User) -> std::result::Result<(String, Option<String>), Page> {
    if user.deleted || user.inactive {
        return Err(pages::inactive_user(
            Provider::JobAdder,
            "Your JobAdder user is inactive or deleted. Ask a JobAdder administrator to reactivate it.",
        ));
    }
    let email = user
        .email
        .as_deref()
        .and_then(|e| check_email(e).ok())
        .ok_or_else(|| {
            pages::inactive_user(
                Provider::JobAdder,
                "Your JobAdder user has no email address, which Allsorter needs to give you a licence.",
            )
        })?;
    let name = [user.first_name.as_deref(), user.last_name.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    Ok((email, Some(name).filter(|n| !n.trim().is_empty())))
}

/// The organisation's JobAdder link as a launch uses it: an access token
/// from the locked path, refreshed once on a 401.
struct Link {
    shared: Arc<Shared>,
    org: Org,
    api: String,
    token: SecretString,
    refreshed: bool,
}

impl Link {
    /// The link with the fresh access read with the organisation, else an
    /// access from the locked path (straight to the lock when that read
    /// found the token stale: the lock re-reads it anyway).
    async fn open(
        shared: &Arc<Shared>,
        org: &Org,
        read_ahead: TokenReadAhead,
    ) -> std::result::Result<Link, Page> {
        let access = match read_ahead {
            TokenReadAhead::Fresh(a) => a,
            TokenReadAhead::Stale => Link::access(shared, org, Mode::SeenStale).await?,
            TokenReadAhead::Unknown => Link::access(shared, org, Mode::IfNeeded).await?,
        };
        Ok(Link {
            shared: Arc::clone(shared),
            org: org.clone(),
            api: access.0,
            token: access.1,
            refreshed: false,
        })
    }

    async fn access(
        shared: &Arc<Shared>,
        org: &Org,
        mode: Mode,
    ) -> std::result::Result<(String, SecretString), Page> {
        let link = (Provider::JobAdder, "the JobAdder link has no API base");
        api_access(shared, org, link, mode, Link::refused).await
    }

    fn refused(org: &Org, e: &Error) -> Page {
        match e.kind {
            ErrorKind::Auth => {
                tracing::warn!(
                    org = %org.slug,
                    error = %crate::output::sanitize(&e.message),
                    "JobAdder link unusable: the launch shows the relink page"
                );
                pages::relink(&org.name, &relink_command(Provider::JobAdder, &org.slug))
            }
            ErrorKind::Unavailable => pages::unavailable("JobAdder"),
            _ => internal(e),
        }
    }

    /// After a 401, one refresh through the locked path.
    async fn reauthorise(&mut self) -> std::result::Result<(), Page> {
        self.refreshed = true;
        let (api, token) = Link::access(&self.shared, &self.org, Mode::Expired).await?;
        self.api = api;
        self.token = token;
        Ok(())
    }

    fn failed(&self, e: ClientError, doing: &str) -> Page {
        match e {
            ClientError::Unauthorized(_) => pages::relink(
                &self.org.name,
                &relink_command(Provider::JobAdder, &self.org.slug),
            ),
            ClientError::RateLimited { .. } | ClientError::Unavailable(_) => {
                pages::unavailable("JobAdder")
            }
            other => internal(&other.into_error(doing)),
        }
    }

    async fn user(&mut self, id: i64) -> std::result::Result<jobadder::User, Page> {
        loop {
            let started = Instant::now();
            let got = self.shared.jobadder.user(&self.api, &self.token, id).await;
            self.shared
                .metrics
                .provider_call(Provider::JobAdder, "user", started.elapsed());
            return match got {
                Ok(u) => Ok(u),
                Err(ClientError::Unauthorized(_)) if !self.refreshed => {
                    self.reauthorise().await?;
                    continue;
                }
                Err(ClientError::NotFound(_)) => Err(pages::inactive_user(
                    Provider::JobAdder,
                    "JobAdder does not know your user. Ask a JobAdder administrator to check your account.",
                )),
                Err(e) => Err(self.failed(e, "reading the JobAdder user")),
            };
        }
    }

    async fn files(&mut self, org: &Org, email: &str, candidate: i64) -> Page {
        let listed = loop {
            let started = Instant::now();
            let got = self
                .shared
                .jobadder
                .candidate_attachments(&self.api, &self.token, candidate)
                .await;
            self.shared
                .metrics
                .provider_call(Provider::JobAdder, "attachments", started.elapsed());
            match got {
                Err(ClientError::Unauthorized(_)) if !self.refreshed => {
                    if let Err(page) = self.reauthorise().await {
                        return page;
                    }
                }
                other => break other,
            }
        };
        let items = match listed {
            Ok(page) => page.items,
            Err(ClientError::NotFound(_)) => return pages::candidate_not_found(),
            Err(e) => return self.failed(e, "listing the candidate's files"),
        };
        let candidate = candidate.to_string();
        let files: Vec<pages::File> = items
            .into_iter()
            .map(|a| pages::File {
                href: self
                    .shared
                    .settings
                    .handoff_url
                    .as_deref()
                    .map(|t| handoff(t, &org.slug, email, &candidate, &a.attachment_id)),
                name: a
                    .file_name
                    .unwrap_or_else(|| format!("File {}", a.attachment_id)),
                kind: a.kind,
                created_at: a.created_at,
            })
            .collect();
        pages::files(
            email,
            &format!("candidate {candidate}"),
            &files,
            "This candidate has no files yet. Attach a CV to the candidate in JobAdder, then click the button again.",
        )
    }
}

/// Fills the hand-off template; each value is percent-encoded.
pub fn handoff(template: &str, org: &str, user: &str, candidate: &str, file: &str) -> String {
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    template
        .replace("{org}", &enc(org))
        .replace("{user}", &enc(user))
        .replace("{candidate}", &enc(candidate))
        .replace("{file}", &enc(file))
}

/// A seat decision to take for a verified click.
pub(super) struct Seat {
    pub org: Org,
    pub email: String,
    pub name: Option<String>,
    pub provider: Provider,
    pub source: Source,
    /// The clicking user's id in the provider.
    pub provider_user: String,
    /// The record the button was pressed on.
    pub record: String,
}

pub(super) enum Decision {
    Admitted { email: String, new_seat: bool },
    Disabled { email: String },
    NoSeat { admins: Vec<Contact> },
}

impl Seat {
    /// The claim and the launch record in one transaction: a stop at any
    /// point leaves both or neither. On PostgreSQL a seat holder, the
    /// common case, is let in by one statement under the shared write
    /// lock, so such launches do not queue behind one another; anyone else
    /// (on SQLite, everyone) is decided under the whole lock, where
    /// `claim_seat` lets in or refuses a user whose licence is already
    /// decided without counting seats.
    pub(super) fn claim(self, svc: &mut Services) -> Result<Decision> {
        let now = svc.clock.now();
        let stamp = Stamp {
            at: now,
            actor: format!("{}-user:{}", self.provider.as_str(), self.provider_user),
            command: format!("serve: launch {}", self.provider.as_str()),
        };
        let who = Claimant {
            email: &self.email,
            name: self.name.as_deref(),
            source: self.source,
            external_id: Some(&self.provider_user),
        };
        let state = svc.state()?;
        let admitted = self.launch(now, None, ADMITTED);
        if let Some((_, email)) = state.launch_seat_holder(&admitted, &self.email)? {
            return Ok(Decision::Admitted {
                email,
                new_seat: false,
            });
        }
        let claim = state.write(|tx| self.decide(tx, now, &stamp, &who))?;
        Ok(match claim {
            Claim::AlreadyActive { email, .. } => Decision::Admitted {
                email,
                new_seat: false,
            },
            Claim::Assigned { email, .. } => Decision::Admitted {
                email,
                new_seat: true,
            },
            Claim::Disabled { email, .. } => Decision::Disabled { email },
            Claim::NoSeat => Decision::NoSeat {
                admins: admins(svc, &self.org, self.provider)?,
            },
        })
    }

    /// Inside `tx`: the claim, recorded as a launch. The organisation is
    /// re-read inside the transaction, as `licence claim` does, so a seat
    /// never lands in one that replaced it.
    fn decide(
        &self,
        tx: &Tx<'_>,
        now: time::OffsetDateTime,
        stamp: &Stamp,
        who: &Claimant<'_>,
    ) -> Result<Claim> {
        let org = org_in(tx, &self.org.slug)?;
        if org.id != self.org.id {
            return Err(Error::not_found(format!(
                "organisation {} was replaced during the launch",
                org.slug
            )));
        }
        let claim = claim_seat(tx, &org, stamp, who)?;
        let (user_id, outcome) = match &claim {
            Claim::AlreadyActive { user_id, .. } | Claim::Assigned { user_id, .. } => {
                (Some(*user_id), ADMITTED)
            }
            Claim::Disabled { user_id, .. } => (Some(*user_id), "disabled"),
            Claim::NoSeat => (None, NewLaunch::NO_LICENCE),
        };
        tx.record_launch(&self.launch(now, user_id, outcome))?;
        Ok(claim)
    }

    /// This click's launch record.
    fn launch(
        &self,
        at: time::OffsetDateTime,
        user_id: Option<i64>,
        outcome: &'static str,
    ) -> NewLaunch<'_> {
        NewLaunch {
            org_id: self.org.id,
            at,
            provider: self.provider,
            provider_user_id: &self.provider_user,
            user_id,
            email: Some(&self.email),
            record_id: &self.record,
            outcome,
        }
    }
}

/// The launch outcome of a user let in.
const ADMITTED: &str = "admitted";

/// Whom to ask for a licence: the organisation's admins, else the
/// provider user who linked it.
fn admins(svc: &mut Services, org: &Org, provider: Provider) -> Result<Vec<Contact>> {
    let read = svc.state()?.read();
    let filter = UserFilter {
        role: Some(Role::Admin),
        licence: None,
    };
    let mut out: Vec<Contact> = read
        .users(org.id, &filter)?
        .into_iter()
        .map(|u| Contact {
            name: u.name,
            email: u.email,
        })
        .collect();
    if out.is_empty()
        && let Some(by) = read
            .integration(org.id, provider)?
            .and_then(|l| l.authorised_by)
            .filter(|b| b.contains('@'))
    {
        out.push(Contact {
            name: None,
            email: by,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn handoff_values_are_encoded() {
        assert_eq!(
            super::handoff(
                "https://app.example/r?o={org}&u={user}&c={candidate}&f={file}",
                "acme",
                "a+b@x.co",
                "30001",
                "70 01&x"
            ),
            "https://app.example/r?o=acme&u=a%2Bb%40x.co&c=30001&f=70+01%26x"
        );
    }
}
