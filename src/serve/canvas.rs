//! `POST /launch/salesforce/<org>`: the Allsorter tab, a Canvas app.
//! Salesforce posts `signed_request`; in order: the organisation and its
//! Salesforce link (the Connected App's consumer secret is the key); the
//! signature, algorithm and age; the org id must be the linked one; the
//! user named by the context; the seat (the same claim as JobAdder's
//! button); the contact's files through the link, each handed off.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::Shared;
use super::launch::{Decision, Seat, api_access, find_org, handoff, internal};
use super::pages::{self, Page};
use crate::auth::refresh::Mode;
use crate::error::{Error, ErrorKind, Result};
use crate::health::relink_command;
use crate::licences::check_email;
use crate::providers::ClientError;
use crate::providers::Provider;
use crate::providers::salesforce::{RecordFile, canvas};
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::{Org, Source};

pub async fn salesforce(
    State(shared): State<Arc<Shared>>,
    Path(org): Path<String>,
    body: Bytes,
) -> Response {
    let page = launch(&shared, &org, &body).await;
    shared.metrics.launch(Provider::Salesforce, page.outcome);
    page.into_response()
}

struct Found {
    org: Org,
    /// The linked Salesforce org id.
    account: Option<String>,
    secret: Option<SecretString>,
    now: time::OffsetDateTime,
}

fn find(svc: &mut Services, slug: &str) -> Result<Option<Found>> {
    let Some(org) = svc.state()?.read().org(slug)? else {
        return Ok(None);
    };
    let Some(link) = svc
        .state()?
        .read()
        .integration(org.id, Provider::Salesforce)?
    else {
        return Ok(None);
    };
    let (_, client_id) = crate::endpoints::salesforce_link(svc, &link)?;
    let secret = crate::endpoints::salesforce_secret(svc, slug, &client_id)?;
    Ok(Some(Found {
        org,
        account: link.account_id,
        secret,
        now: svc.clock.now(),
    }))
}

fn stale() -> Page {
    pages::stale_with(
        "This request did not come from your Salesforce org as it should. Nothing was changed.",
        "Reload the Allsorter tab in Salesforce.",
    )
}

async fn launch(shared: &Arc<Shared>, slug: &str, body: &[u8]) -> Page {
    let Some(signed) = url::form_urlencoded::parse(body)
        .find(|(k, _)| k == "signed_request")
        .map(|(_, v)| v.into_owned())
    else {
        shared.metrics.verification_failure("unsigned");
        return stale();
    };
    let found = match find_org(shared, slug, find).await {
        Ok(f) => f,
        Err(page) => return page,
    };
    let Some(secret) = &found.secret else {
        tracing::warn!(
            org = %found.org.slug,
            "no Salesforce consumer secret stored: Canvas requests cannot be verified"
        );
        shared.metrics.verification_failure("no_secret");
        return stale();
    };
    let launch = match canvas::verify(&signed, secret.expose().as_bytes(), found.now) {
        Ok(l) => l,
        Err(r) => {
            shared.metrics.verification_failure(r.reason());
            return stale();
        }
    };
    // A good signature from the same app installed in another org.
    if found.account.as_deref() != Some(launch.org_id.as_str()) {
        shared.metrics.verification_failure("other_org");
        return stale();
    }
    let Some(email) = launch.email.as_deref().and_then(|e| check_email(e).ok()) else {
        return pages::inactive_user(
            Provider::Salesforce,
            "Your Salesforce user has no email address, which Allsorter needs to give you a licence.",
        );
    };
    let Some(contact) = launch.record_id.clone() else {
        return pages::bad_request("Open the Allsorter tab from a contact.");
    };
    let seat = Seat {
        org: found.org.clone(),
        email,
        name: launch.full_name.clone(),
        provider: Provider::Salesforce,
        source: Source::Salesforce,
        provider_user: launch.user_id.clone(),
        record: contact.clone(),
    };
    match shared.request_blocking(move |svc| seat.claim(svc)).await {
        Ok(Decision::Admitted { email, new_seat }) => {
            if new_seat {
                shared.metrics.seat_claimed();
            }
            files(shared, &found.org, &email, &contact).await
        }
        Ok(Decision::Disabled { email }) => pages::disabled(&email, &found.org.name),
        Ok(Decision::NoSeat { admins }) => {
            pages::no_licence(&found.org.name, found.org.seats, &admins)
        }
        Err(e) => internal(&e),
    }
}

/// An access token for the org's link; a dead link is the relink page.
async fn access(
    shared: &Arc<Shared>,
    org: &Org,
    mode: Mode,
) -> std::result::Result<(String, SecretString), Page> {
    let link = (
        Provider::Salesforce,
        "the Salesforce link has no instance URL",
    );
    api_access(shared, org, link, mode, refused).await
}

/// A failed access: a dead link is the relink page.
fn refused(org: &Org, e: &Error) -> Page {
    match e.kind {
        ErrorKind::Auth => relink(org),
        ErrorKind::Unavailable => pages::unavailable("Salesforce"),
        _ => internal(e),
    }
}

fn relink(org: &Org) -> Page {
    pages::relink_to(
        Provider::Salesforce,
        &org.name,
        &relink_command(Provider::Salesforce, &org.slug),
    )
}

async fn files(shared: &Arc<Shared>, org: &Org, email: &str, contact: &str) -> Page {
    let client = &shared.salesforce;
    let (mut api, mut token) = match access(shared, org, Mode::IfNeeded).await {
        Ok(x) => x,
        Err(page) => return page,
    };
    let mut refreshed = false;
    let listed: Vec<RecordFile> = loop {
        let started = Instant::now();
        let got = client.record_files(&api, &token, contact).await;
        shared
            .metrics
            .provider_call(Provider::Salesforce, "files", started.elapsed());
        match got {
            Ok(f) => break f,
            Err(ClientError::Unauthorized(_)) if !refreshed => {
                refreshed = true;
                match access(shared, org, Mode::Expired).await {
                    Ok((a, t)) => (api, token) = (a, t),
                    Err(page) => return page,
                }
            }
            Err(ClientError::Unauthorized(_)) => return relink(org),
            Err(ClientError::RateLimited { .. } | ClientError::Unavailable(_)) => {
                return pages::unavailable("Salesforce");
            }
            Err(e) => return internal(&e.into_error("listing the contact's files")),
        }
    };
    let files: Vec<pages::File> = listed
        .into_iter()
        .map(|f| {
            let doc = f
                .document
                .unwrap_or(crate::providers::salesforce::RecordDocument {
                    title: None,
                    extension: None,
                });
            let name = match (doc.title, doc.extension) {
                (Some(t), Some(e)) if !e.is_empty() => format!("{t}.{e}"),
                (Some(t), _) => t,
                (None, _) => format!("File {}", f.document_id),
            };
            pages::File {
                href: shared
                    .settings
                    .handoff_url
                    .as_deref()
                    .map(|t| handoff(t, &org.slug, email, contact, &f.document_id)),
                name,
                kind: None,
                created_at: None,
            }
        })
        .collect();
    pages::files(
        email,
        &format!("contact {contact}"),
        &files,
        "This contact has no files yet. Upload a CV to the contact in Salesforce first, then reload the tab.",
    )
}
