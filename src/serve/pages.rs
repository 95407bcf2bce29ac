//! The pages a recruiter sees after clicking the button: small, plain,
//! server-rendered HTML that reads on a phone, with no script. Every text
//! from a provider or a person is escaped. `<meta name="atslink-outcome">`
//! names the outcome for `sandbox click` and monitoring.

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, REFERRER_POLICY};
use axum::http::{HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};

use super::Outcome;
use crate::providers::Provider;

pub use crate::output::html::escape;

/// A rendered page: its status, outcome and HTML.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub outcome: &'static str,
    pub html: String,
}

impl Page {
    /// `body` is HTML already built from escaped parts.
    fn new(status: StatusCode, outcome: &'static str, title: &str, body: &str) -> Page {
        let html = format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <meta name=\"atslink-outcome\" content=\"{outcome}\">\
             <title>{t}</title>\
             <style>body{{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:36rem;\
             padding:1rem;color:#111;background:#fff}}h1{{font-size:1.4rem}}\
             a{{color:#0645ad}}li{{margin:.6rem 0}}.meta{{color:#555;font-size:.9rem}}\
             code{{background:#f2f2f2;padding:0 .2rem;overflow-wrap:anywhere}}</style></head>\n\
             <body><main>\n<h1 id=\"title\">{t}</h1>\n{body}\n</main></body></html>\n",
            t = escape(title),
        );
        Page {
            status,
            outcome,
            html,
        }
    }
}

impl IntoResponse for Page {
    fn into_response(self) -> Response {
        let mut resp = (self.status, self.html).into_response();
        let h = resp.headers_mut();
        h.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        // Launch pages are per click: never cached, never leak the signed
        // URL as a referrer, run no script and load nothing.
        h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        h.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
        h.insert(
            HeaderName::from_static("content-security-policy"),
            HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
        );
        h.insert(
            HeaderName::from_static("x-content-type-options"),
            HeaderValue::from_static("nosniff"),
        );
        resp.extensions_mut().insert(Outcome(self.outcome));
        resp
    }
}

fn p(id: &str, text: &str) -> String {
    format!("<p id=\"{id}\">{}</p>", escape(text))
}

pub fn stale() -> Page {
    stale_with(
        "Links from the Allsorter button work for a few minutes and only as JobAdder made them. Nothing was changed.",
        "Go back to JobAdder and choose Actions > Allsorter again.",
    )
}

pub fn stale_with(message: &str, remedy: &str) -> Page {
    Page::new(
        StatusCode::FORBIDDEN,
        "stale_link",
        "This link has expired",
        &format!("{}\n{}", p("message", message), p("remedy", remedy)),
    )
}

pub fn unknown_org() -> Page {
    Page::new(
        StatusCode::NOT_FOUND,
        "unknown_org",
        "This organisation is not set up",
        &p(
            "message",
            "The button points at an organisation this service does not know. Ask your administrator to contact support.",
        ),
    )
}

pub fn bad_request(why: &str) -> Page {
    Page::new(
        StatusCode::BAD_REQUEST,
        "bad_request",
        "This link is incomplete",
        &p("message", why),
    )
}

/// The link's tokens are dead: only an administrator can relink.
pub fn relink(org_name: &str, command: &str) -> Page {
    relink_to(Provider::JobAdder, org_name, command)
}

pub fn relink_to(provider: Provider, org_name: &str, command: &str) -> Page {
    let provider = provider.label();
    Page::new(
        StatusCode::FORBIDDEN,
        "relink_needed",
        &format!("The {provider} connection has expired"),
        &format!(
            "{}\n<p id=\"remedy\">An administrator of {} needs to reconnect {provider}: <code>{}</code></p>",
            p(
                "message",
                &format!(
                    "Allsorter can no longer reach your {provider} account (its access token expired or was revoked)."
                )
            ),
            escape(org_name),
            escape(command)
        ),
    )
}

/// The user `provider` sent (JobAdder's button, Salesforce's tab) cannot
/// be given a licence; the title names that provider.
pub fn inactive_user(provider: Provider, why: &str) -> Page {
    Page::new(
        StatusCode::FORBIDDEN,
        "inactive_user",
        &format!("Your {} user cannot use Allsorter", provider.label()),
        &p("message", why),
    )
}

pub fn disabled(email: &str, org_name: &str) -> Page {
    Page::new(
        StatusCode::FORBIDDEN,
        "disabled",
        "Your Allsorter licence is disabled",
        &format!(
            "{}\n{}",
            p(
                "message",
                &format!("An administrator of {org_name} disabled the licence of {email}.")
            ),
            p("remedy", "Ask them to enable it again if you need it.")
        ),
    )
}

/// An administrator to contact: a name and an email.
pub struct Contact {
    pub name: Option<String>,
    pub email: String,
}

pub fn no_licence(org_name: &str, seats: i64, admins: &[Contact]) -> Page {
    let list: String = admins
        .iter()
        .map(|a| {
            let name = a.name.as_deref().filter(|n| !n.trim().is_empty());
            format!(
                "<li>{}<a href=\"mailto:{e}\">{e}</a></li>\n",
                name.map(|n| format!("{} ", escape(n))).unwrap_or_default(),
                e = escape(&a.email)
            )
        })
        .collect();
    let contact = if admins.is_empty() {
        p(
            "remedy",
            "Ask your administrator to free a licence or buy more.",
        )
    } else {
        format!(
            "<p id=\"remedy\">Ask an administrator to free a licence or buy more:</p>\n<ul id=\"admins\">\n{list}</ul>"
        )
    };
    Page::new(
        StatusCode::FORBIDDEN,
        "no_licence",
        "No licences available",
        &format!(
            "{}\n{contact}",
            p(
                "message",
                &format!(
                    "All {seats} Allsorter licence{} of {org_name} are in use.",
                    if seats == 1 { "" } else { "s" }
                )
            )
        ),
    )
}

pub fn unavailable(what: &str) -> Page {
    Page::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "Please try again in a minute",
        &p("message", &format!("{what} is not answering right now.")),
    )
}

pub fn candidate_not_found() -> Page {
    Page::new(
        StatusCode::NOT_FOUND,
        "candidate_not_found",
        "Candidate not found",
        &p(
            "message",
            "JobAdder does not know this candidate any more. Go back to JobAdder and open the candidate again.",
        ),
    )
}

pub fn internal() -> Page {
    Page::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "error",
        "Something went wrong",
        &p(
            "message",
            "This launch could not be completed. Try again; if it keeps failing, contact support.",
        ),
    )
}

/// A file to choose: its name, kind and date, and where choosing it leads.
pub struct File {
    pub name: String,
    pub kind: Option<String>,
    pub created_at: Option<String>,
    pub href: Option<String>,
}

pub fn files(email: &str, record: &str, files: &[File], none: &str) -> Page {
    let intro = p(
        "message",
        &format!("Signed in as {email}. Choose the file of {record} to reformat."),
    );
    let body = if files.is_empty() {
        format!("{intro}\n{}", p("no-files", none))
    } else {
        let items: String = files
            .iter()
            .map(|f| {
                let name = escape(&f.name);
                let label = match &f.href {
                    Some(h) => format!("<a href=\"{}\">{name}</a>", escape(h)),
                    None => name,
                };
                let meta = [
                    f.kind.as_deref(),
                    f.created_at.as_deref().map(|d| d.get(..10).unwrap_or(d)),
                ]
                .into_iter()
                .flatten()
                .map(escape)
                .collect::<Vec<_>>()
                .join(", ");
                format!("<li>{label} <span class=\"meta\">{meta}</span></li>\n")
            })
            .collect();
        format!("{intro}\n<ul id=\"files\">\n{items}</ul>")
    };
    Page::new(StatusCode::OK, "admitted", "Choose a file", &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_text_is_escaped() {
        let page = files(
            "a@b.co",
            "candidate 30002",
            &[File {
                name: "Liam <b>CV</b> & \"notes\".docx".into(),
                kind: Some("Resume".into()),
                created_at: Some("2026-03-01T01:00:00Z".into()),
                href: Some("https://app.example/h?file=1&x=\"><script>".into()),
            }],
            "none",
        );
        assert!(!page.html.contains("<b>CV"), "{}", page.html);
        assert!(
            page.html
                .contains("Liam &lt;b&gt;CV&lt;/b&gt; &amp; &quot;notes&quot;.docx")
        );
        assert!(!page.html.contains("<script>"), "{}", page.html);
        assert!(page.html.contains("2026-03-01"));
        let page = no_licence(
            "O'Brien <Recruitment>",
            2,
            &[Contact {
                name: Some("<i>Avery</i>".into()),
                email: "a@b.co".into(),
            }],
        );
        assert!(!page.html.contains("<i>"), "{}", page.html);
        assert!(page.html.contains("O&#39;Brien &lt;Recruitment&gt;"));
        assert_eq!(page.status, StatusCode::FORBIDDEN);
    }
}
