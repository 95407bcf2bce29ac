//! Salesforce: the link, that the token's org is the linked org, the
//! authorising user, the Connected App's credentials, and a sample contact
//! query on the linked instance.
//!
//! Not checked yet: the Canvas app / tab is reachable (needs the launch
//! endpoint).

use super::jobadder::{access_failed, patiently};
use super::{Check, unreachable};
use crate::error::Error;
use crate::health::relink_command;
use crate::providers::salesforce::{App, Client};
use crate::providers::{ClientError, ClientResult};
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

pub struct Probe {
    pub slug: String,
    pub link: IntegrationRow,
    pub access: Result<(SecretString, String), Error>,
    pub login_url: String,
    pub client_id: String,
    pub client_secret: Option<SecretString>,
}

pub async fn check(p: Probe) -> Vec<Check> {
    let relink = relink_command("salesforce", &p.slug);
    let (token, instance) = match &p.access {
        Ok(a) => a.clone(),
        Err(e) => {
            let mut out = vec![access_failed("salesforce.link", "salesforce", &p.slug, e)];
            out.extend(cannot_ask(&p, "the Salesforce link does not work"));
            return out;
        }
    };
    let client = Client::default();
    let app = App {
        login_url: &p.login_url,
        client_id: &p.client_id,
        client_secret: p.client_secret.as_ref(),
    };
    let user_id = p.link.authorised_by_id.clone();
    let (info, active, introspection, contacts) = tokio::join!(
        patiently(|| client.userinfo(&app, &token)),
        async {
            match &user_id {
                Some(id) => Some(patiently(|| client.user_is_active(&instance, &token, id)).await),
                None => None,
            }
        },
        async {
            match p.client_secret {
                Some(_) => {
                    Some(patiently(|| client.introspect(&app, &token, "access_token")).await)
                }
                None => None,
            }
        },
        patiently(|| client.sample_contact(&instance, &token)),
    );
    let info = match info {
        Ok(i) => i,
        Err(e) => {
            let mut out = vec![Check::from_client_error("salesforce.link", &e, &relink)];
            let why = if unreachable(&e) {
                "Salesforce could not be reached"
            } else {
                "the Salesforce link does not work"
            };
            out.extend(cannot_ask(&p, why));
            return out;
        }
    };
    let who = info
        .preferred_username
        .clone()
        .unwrap_or_else(|| info.user_id.clone());
    let mut out = vec![Check::pass(
        "salesforce.link",
        format!("the token is accepted for {who} at {instance}"),
    )];
    let linked = p.link.account_id.as_deref().unwrap_or("?");
    out.push(if info.organization_id == linked {
        Check::pass("salesforce.org_match", format!("org {linked}"))
    } else {
        Check::fail(
            "salesforce.org_match",
            format!(
                "the token belongs to org {}, the link says {linked}",
                info.organization_id
            ),
            relink.clone(),
        )
    });
    out.push(authorising_user(&p, active, &relink));
    if let Some(i) = introspection {
        out.push(app_credentials(&p, i));
    }
    out.push(match contacts {
        Ok(n) => Check::pass(
            "salesforce.contact_query",
            format!("SELECT Id FROM Contact LIMIT 1 answered ({n} row)"),
        ),
        Err(e) => Check::from_client_error(
            "salesforce.contact_query",
            &e,
            "give the authorising user read access to Contacts (Salesforce Setup > Profiles)",
        ),
    });
    out
}

fn cannot_ask(p: &Probe, why: &str) -> Vec<Check> {
    let mut ids = vec!["salesforce.org_match", "salesforce.authorising_user"];
    if p.client_secret.is_some() {
        ids.push("salesforce.app_credentials");
    }
    ids.push("salesforce.contact_query");
    ids.into_iter().map(|id| Check::unknown(id, why)).collect()
}

fn authorising_user(p: &Probe, active: Option<ClientResult<bool>>, relink: &str) -> Check {
    const ID: &str = "salesforce.authorising_user";
    let who = p.link.authorised_by.as_deref().unwrap_or("?");
    match active {
        None => Check::warn(
            ID,
            "the link does not record who authorised it",
            relink.to_string(),
        ),
        Some(Ok(true)) => Check::pass(ID, format!("{who} is active")),
        Some(Ok(false)) => Check::fail(
            ID,
            format!("{who} is deactivated in Salesforce: refreshing fails"),
            format!("relink as an active user: `{relink}`"),
        ),
        Some(Err(ClientError::NotFound(_))) => Check::fail(
            ID,
            format!("{who} no longer exists in Salesforce"),
            format!("relink as an active user: `{relink}`"),
        ),
        Some(Err(e)) => Check::from_client_error(ID, &e, relink),
    }
}

/// Token introspection authenticates the Connected App with its client id
/// and secret: an answer at all proves they are still accepted.
fn app_credentials(
    p: &Probe,
    i: ClientResult<crate::providers::salesforce::Introspection>,
) -> Check {
    const ID: &str = "salesforce.app_credentials";
    let fix = format!(
        "enter the Connected App's current credentials: `atslink integration relink salesforce --org {} --client-id ID --client-secret-stdin`",
        p.slug
    );
    match i {
        Ok(_) => Check::pass(
            ID,
            format!("client {} is accepted by token introspection", p.client_id),
        ),
        Err(e) => Check::from_client_error(ID, &e, &fix),
    }
}
