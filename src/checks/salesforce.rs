//! Salesforce: the link, that the token's org is the linked org, the
//! authorising user, the Connected App's credentials, and a sample contact
//! query on the linked instance; and (`canvas`) that the Allsorter tab is
//! served where `serve.public_url` says.

use super::jobadder::access_failed;
use super::{Check, canvas};
use crate::error::Error;
use crate::health::relink_command;
use crate::http::Http;
use crate::providers::Provider;
use crate::providers::salesforce::{App, Client, UserInfo};
use crate::providers::{ClientError, ClientResult};
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

pub struct Probe {
    pub slug: String,
    /// The command's HTTP client (`Services::http`).
    pub http: Http,
    pub link: IntegrationRow,
    pub access: Result<(SecretString, String), Error>,
    pub login_url: String,
    pub client_id: String,
    pub client_secret: Option<SecretString>,
    pub canvas: canvas::Canvas,
}

/// The tab's check needs no token: it runs alongside the others, whatever
/// the link's state.
pub async fn check(p: Probe) -> Vec<Check> {
    let (mut out, tab) = tokio::join!(linked(&p), canvas::check(&p.http, &p.slug, &p.canvas));
    out.push(tab);
    out
}

async fn linked(p: &Probe) -> Vec<Check> {
    let (token, instance) = match &p.access {
        Ok(a) => a.clone(),
        Err(e) => {
            let mut out = vec![access_failed(
                "salesforce.link",
                Provider::Salesforce,
                &p.slug,
                e,
            )];
            out.extend(cannot_ask(p, "the Salesforce link does not work"));
            return out;
        }
    };
    let answers = ask(p, &token, &instance).await;
    verdicts(p, &instance, answers)
}

/// Salesforce's answers on the link's token, asked at once.
struct Answers {
    info: ClientResult<UserInfo>,
    /// `None`: the link does not say who authorised it.
    active: Option<ClientResult<bool>>,
    /// `None`: no client secret to introspect with.
    introspection: Option<ClientResult<()>>,
    contacts: ClientResult<u64>,
}

async fn ask(p: &Probe, token: &SecretString, instance: &str) -> Answers {
    let client = Client::new(p.http.clone());
    let app = App {
        login_url: &p.login_url,
        client_id: &p.client_id,
        client_secret: p.client_secret.as_ref(),
    };
    let user_id = p.link.authorised_by_id.as_deref();
    let (info, active, introspection, contacts) = tokio::join!(
        client.userinfo(&app, token),
        async {
            match user_id {
                Some(id) => Some(client.user_is_active(instance, token, id).await),
                None => None,
            }
        },
        async {
            match &p.client_secret {
                Some(_) => Some(
                    match crate::auth::oauth::salesforce::OAuth::new(p.http.clone(), &app) {
                        Ok(oauth) => oauth.introspect(token, "access_token").await.map(|_| ()),
                        Err(e) => Err(e),
                    },
                ),
                None => None,
            }
        },
        client.sample_contact(instance, token),
    );
    Answers {
        info,
        active,
        introspection,
        contacts,
    }
}

/// The checks from the answers; without userinfo's, the token itself is in
/// doubt and the rest cannot be judged.
fn verdicts(p: &Probe, instance: &str, a: Answers) -> Vec<Check> {
    let info = match a.info {
        Ok(i) => i,
        Err(e) => {
            let mut out = vec![link(&p.slug, instance, Err(&e))];
            out.extend(cannot_ask(p, &super::cannot_ask_because(&e, "Salesforce")));
            return out;
        }
    };
    let relink = relink_command(Provider::Salesforce, &p.slug);
    let who = p.link.authorised_by.as_deref().unwrap_or("?");
    let mut out = vec![
        link(&p.slug, instance, Ok(&info)),
        org_match(p.link.account_id.as_deref(), &info, instance, &relink),
        authorising_user(&p.slug, who, a.active),
    ];
    if let Some(i) = a.introspection {
        out.push(app_credentials(
            &p.slug,
            &p.client_id,
            i.as_ref().map(|_| ()),
        ));
    }
    out.push(contact_query(a.contacts));
    out
}

/// A sample query: the authorising user can read Contacts.
fn contact_query(contacts: ClientResult<u64>) -> Check {
    match contacts {
        Ok(n) => Check::pass(
            "salesforce.contact_query",
            format!("SELECT Id FROM Contact LIMIT 1 answered ({n} row)"),
        ),
        Err(e) => Check::from_client_error(
            "salesforce.contact_query",
            &e,
            "give the authorising user read access to Contacts (Salesforce Setup > Profiles)",
        ),
    }
}

/// The verdict on the Salesforce link from userinfo's answer on the
/// token (`instance`: the instance the link calls): `org check` and
/// `token status --check` (token accepted) give the same.
pub fn link(slug: &str, instance: &str, answer: Result<&UserInfo, &ClientError>) -> Check {
    const ID: &str = "salesforce.link";
    match answer {
        Ok(info) => {
            let who = info.preferred_username.as_deref().unwrap_or(&info.user_id);
            Check::pass(ID, format!("the token is accepted for {who} at {instance}"))
        }
        Err(e) => Check::from_client_error(ID, e, &relink_command(Provider::Salesforce, slug)),
    }
}

/// The token's org is the linked org, and Salesforce places the user on
/// the instance the link calls (an org moved to another instance, or a
/// link to a sandbox org used against production, shows here).
fn org_match(linked: Option<&str>, info: &UserInfo, instance: &str, relink: &str) -> Check {
    const ID: &str = "salesforce.org_match";
    let linked = linked.unwrap_or("?");
    if info.organization_id != linked {
        return Check::fail(
            ID,
            format!(
                "the token belongs to org {}, the link says {linked}",
                info.organization_id
            ),
            relink.to_string(),
        );
    }
    match info.urls.as_ref().and_then(|u| u.rest.as_deref()) {
        Some(rest) if same_instance(rest, instance) => {
            Check::pass(ID, format!("org {linked} on {instance}"))
        }
        Some(rest) => Check::fail(
            ID,
            format!(
                "org {linked} is served from {}, the link calls {instance}",
                instance_of(rest)
            ),
            relink.to_string(),
        ),
        None => Check::pass(
            ID,
            format!("org {linked} (Salesforce named no instance to compare)"),
        ),
    }
}

/// `https://host/path/services/data/v{version}/` → `https://host/path`.
fn instance_of(rest: &str) -> &str {
    rest.find("/services/").map_or(rest, |i| &rest[..i])
}

fn same_instance(rest: &str, instance: &str) -> bool {
    instance_of(rest)
        .trim_end_matches('/')
        .eq_ignore_ascii_case(instance.trim_end_matches('/'))
}

fn cannot_ask(p: &Probe, why: &str) -> Vec<Check> {
    let mut ids = vec!["salesforce.org_match", "salesforce.authorising_user"];
    if p.client_secret.is_some() {
        ids.push("salesforce.app_credentials");
    }
    ids.push("salesforce.contact_query");
    ids.into_iter().map(|id| Check::unknown(id, why)).collect()
}

/// The verdict on the user who authorised the link, from `User.IsActive`
/// (`None`: the link does not say who). `token status --check` gives the
/// same verdict.
pub fn authorising_user(slug: &str, who: &str, active: Option<ClientResult<bool>>) -> Check {
    const ID: &str = "salesforce.authorising_user";
    let relink = relink_command(Provider::Salesforce, slug);
    match active {
        None => Check::warn(ID, "the link does not record who authorised it", relink),
        Some(Ok(true)) => Check::pass(ID, format!("{who} is active")),
        Some(Ok(false)) => Check::fail(
            ID,
            crate::health::user_gone_reason(Provider::Salesforce, who, "deactivated"),
            format!("relink as an active user: `{relink}`"),
        ),
        Some(Err(ClientError::NotFound(_))) => Check::fail(
            ID,
            crate::health::user_gone_reason(Provider::Salesforce, who, "deleted"),
            format!("relink as an active user: `{relink}`"),
        ),
        Some(Err(e)) => Check::from_client_error(ID, &e, &relink),
    }
}

/// Token introspection authenticates the Connected App with its client id
/// and secret: an answer at all proves they are still accepted. `org
/// check` and `token status --check` give the same verdict.
pub fn app_credentials(slug: &str, client_id: &str, answer: Result<(), &ClientError>) -> Check {
    const ID: &str = "salesforce.app_credentials";
    let fix = format!(
        "enter the Connected App's current credentials: `atslink integration relink salesforce --org {slug} --client-id ID --client-secret-stdin`"
    );
    match answer {
        Ok(()) => Check::pass(
            ID,
            format!("client {client_id} is accepted by token introspection"),
        ),
        Err(e) => Check::from_client_error(ID, e, &fix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{Status, assert_blocks};

    const INSTANCE: &str = "https://acme.my.salesforce.com";
    const RELINK: &str = "atslink integration relink salesforce --org acme";

    fn info(org: &str, rest: Option<&str>) -> UserInfo {
        serde_json::from_value(serde_json::json!({
            "user_id": "005A",
            "organization_id": org,
            "urls": rest.map(|r| serde_json::json!({ "rest": r })),
        }))
        .unwrap()
    }

    #[test]
    fn org_match_passes_on_the_linked_org_and_instance_and_fails_on_either_other() {
        let rest = "https://acme.my.salesforce.com/services/data/v{version}/";
        let ok = org_match(Some("00DA"), &info("00DA", Some(rest)), INSTANCE, RELINK);
        assert_eq!(ok.status, Status::Pass, "{ok:?}");
        assert_eq!(ok.evidence, format!("org 00DA on {INSTANCE}"));

        // A token for another org than the one linked (a sandbox org's link
        // used against production, or the other way round).
        let other = org_match(Some("00DA"), &info("00DB", Some(rest)), INSTANCE, RELINK);
        assert_eq!(other.status, Status::Fail, "{other:?}");
        assert_eq!(
            other.evidence,
            "the token belongs to org 00DB, the link says 00DA"
        );
        assert_eq!(other.fix.as_deref(), Some(RELINK));

        // The org moved to another instance: the link calls the old one.
        let moved = "https://acme2.my.salesforce.com/services/data/v{version}/";
        let elsewhere = org_match(Some("00DA"), &info("00DA", Some(moved)), INSTANCE, RELINK);
        assert_eq!(elsewhere.status, Status::Fail, "{elsewhere:?}");
        assert_eq!(
            elsewhere.evidence,
            format!(
                "org 00DA is served from https://acme2.my.salesforce.com, the link calls {INSTANCE}"
            )
        );
        assert_eq!(elsewhere.fix.as_deref(), Some(RELINK));

        // Salesforce named no instance: the org alone is compared.
        let unnamed = org_match(Some("00DA"), &info("00DA", None), INSTANCE, RELINK);
        assert_eq!(unnamed.status, Status::Pass, "{unnamed:?}");
        assert!(
            unnamed.evidence.contains("named no instance"),
            "{unnamed:?}"
        );
        // A link that never recorded its org cannot match any.
        let unrecorded = org_match(None, &info("00DA", Some(rest)), INSTANCE, RELINK);
        assert_eq!(unrecorded.status, Status::Fail, "{unrecorded:?}");
    }

    #[test]
    fn the_authorising_user_in_every_state() {
        let check = |a| authorising_user("acme", "admin@acme.example", a);
        let active = check(Some(Ok(true)));
        assert_eq!(active.status, Status::Pass, "{active:?}");
        assert_eq!(active.evidence, "admin@acme.example is active");

        assert_blocks(
            &check(Some(Ok(false))),
            "(admin@acme.example) was deactivated",
            &format!("relink as an active user: `{RELINK}`"),
        );

        let gone = check(Some(Err(ClientError::NotFound("User".into()))));
        assert_eq!(gone.status, Status::Fail, "{gone:?}");
        assert!(gone.evidence.contains("was deleted"), "{gone:?}");
        assert!(gone.fix.unwrap().contains(RELINK));

        let unrecorded = check(None);
        assert_eq!(unrecorded.status, Status::Warn, "{unrecorded:?}");
        assert_eq!(unrecorded.fix.as_deref(), Some(RELINK));

        let down = check(Some(Err(ClientError::Unavailable("503".into()))));
        assert_eq!(down.status, Status::Unknown, "{down:?}");
        assert!(down.fix.is_none());
        let refused = check(Some(Err(ClientError::Api {
            status: 403,
            message: "INSUFFICIENT_ACCESS".into(),
        })));
        assert_eq!(refused.status, Status::Fail, "{refused:?}");
        assert_eq!(refused.fix.as_deref(), Some(RELINK));
    }

    #[test]
    fn the_app_credentials_and_the_contact_query_pass_fail_and_unknown() {
        let ok = app_credentials("acme", "3MVG", Ok(()));
        assert_eq!(ok.status, Status::Pass, "{ok:?}");
        let refused = ClientError::OAuth {
            error: "invalid_client".into(),
            description: None,
        };
        let bad = app_credentials("acme", "3MVG", Err(&refused));
        assert_eq!(bad.status, Status::Fail, "{bad:?}");
        assert!(
            bad.fix
                .unwrap()
                .contains("relink salesforce --org acme --client-id ID --client-secret-stdin")
        );
        let down = ClientError::Unavailable("timeout".into());
        assert_eq!(
            app_credentials("acme", "3MVG", Err(&down)).status,
            Status::Unknown
        );

        assert_eq!(contact_query(Ok(1)).status, Status::Pass);
        let forbidden = contact_query(Err(ClientError::Api {
            status: 403,
            message: "INSUFFICIENT_ACCESS".into(),
        }));
        assert_eq!(forbidden.status, Status::Fail, "{forbidden:?}");
        assert!(forbidden.fix.unwrap().contains("read access to Contacts"));
        assert_eq!(
            contact_query(Err(ClientError::RateLimited { retry_after: None })).status,
            Status::Unknown
        );
    }

    #[test]
    fn instances_compare_by_origin_and_path() {
        let rest = "https://acme.my.salesforce.com/services/data/v{version}/";
        assert!(same_instance(rest, "https://acme.my.salesforce.com"));
        assert!(same_instance(rest, "https://ACME.my.salesforce.com/"));
        assert!(!same_instance(
            rest,
            "https://acme--uat.sandbox.my.salesforce.com"
        ));
        assert!(same_instance(
            "http://127.0.0.1:9/salesforce/instance/services/data/v{version}/",
            "http://127.0.0.1:9/salesforce/instance"
        ));
    }
}
