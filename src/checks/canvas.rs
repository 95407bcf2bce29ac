//! `salesforce.canvas`: the Allsorter tab (a Canvas app) is reachable at
//! `<serve.public_url>/launch/salesforce/<org>` and answered there by an
//! `atslink serve` that knows this organisation's Salesforce link.
//!
//! The probe posts a `signed_request` that cannot verify: serve looks the
//! organisation up before it checks the signature, so its own refusal
//! (403 `stale_link`) proves the route, the proxy and the organisation,
//! and its "not set up" page (404 `unknown_org`) a serve on another state
//! store. Nothing is claimed or recorded; serve counts the probe as one
//! launch refused with verification failure `malformed`.
//!
//! Not checked: that the Connected App's Canvas App URL in Salesforce is
//! this URL (only the Metadata API says, which atslink does not speak).

use reqwest::StatusCode;

use super::Check;
use crate::http::{Http, Retry};
use crate::providers::ClientError;

pub const ID: &str = "salesforce.canvas";

/// What the probe posts: recognisably atslink's, never a valid signature.
const PROBE: &str = "atslink-org-check";

/// Where the tab should be served, as configured.
pub struct Canvas {
    /// `serve.public_url`, without a trailing slash (`None`: not set).
    pub public_url: Option<String>,
    /// The configuration file to set it in, for the fix.
    pub config_path: String,
    /// Whether the Connected App's consumer secret (the key of every
    /// signed request) is stored.
    pub has_secret: bool,
}

pub fn launch_url(public_url: &str, slug: &str) -> String {
    format!(
        "{}/launch/salesforce/{slug}",
        public_url.trim_end_matches('/')
    )
}

pub async fn check(http: &Http, slug: &str, c: &Canvas) -> Check {
    let Some(public) = c.public_url.as_deref() else {
        return Check::warn(
            ID,
            "serve.public_url is not set: where the Allsorter tab is served is not known, so it is not checked",
            format!(
                "set `public_url` under [serve] in {} to the https address `atslink serve` is reached at, and point the Connected App's Canvas App URL at <public_url>/launch/salesforce/{slug}",
                c.config_path
            ),
        );
    };
    let launch = launch_url(public, slug);
    if !c.has_secret {
        return Check::fail(
            ID,
            format!(
                "no Connected App consumer secret is stored: serve cannot verify the tab's signed requests at {launch}, so it refuses every launch"
            ),
            format!(
                "store it: `atslink integration relink salesforce --org {slug} --client-id ID --client-secret-stdin`"
            ),
        );
    }
    // One retry at most: this is atslink's own server, not a provider
    // with a rate limit, and "unknown" already says to try again.
    let http = http.clone().retrying(|p| p.attempts = p.attempts.min(2));
    let ready_url = format!("{}/readyz", public.trim_end_matches('/'));
    let (answer, ready) = tokio::join!(
        http.post(&launch)
            .form(&[("signed_request", PROBE)])
            .retry(Retry::Transient)
            .send(),
        http.get(&ready_url).send(),
    );
    let answer = answer.map(|r| (r.status, String::from_utf8_lossy(&r.body).into_owned()));
    let ready = ready.map(|r| (r.status, String::from_utf8_lossy(&r.body).into_owned()));
    verdict(slug, &launch, &c.config_path, answer, ready)
}

/// The page's `<meta name="atslink-outcome">`: only atslink's pages carry it.
fn outcome(page: &str) -> Option<&str> {
    let tag = "<meta name=\"atslink-outcome\" content=\"";
    let start = page.find(tag)? + tag.len();
    let len = page[start..].find('"')?;
    Some(&page[start..start + len])
}

type Answer = Result<(StatusCode, String), ClientError>;

/// The verdict from serve's answers to the launch probe and `/readyz`.
fn verdict(slug: &str, launch: &str, config: &str, answer: Answer, ready: Answer) -> Check {
    let elsewhere = format!(
        "route {launch} to `atslink serve` in the reverse proxy, or set `public_url` under [serve] in {config} to where serve is reached"
    );
    let (status, page) = match answer {
        Ok(a) => a,
        Err(e) => return Check::unknown(ID, format!("could not reach {launch}: {e}")),
    };
    match (status.as_u16(), outcome(&page)) {
        (403, Some("stale_link")) => {}
        (_, Some("unknown_org")) => {
            return Check::fail(
                ID,
                format!(
                    "{launch} is answered by an atslink serve that does not know {slug}'s Salesforce link (it runs on another state store)"
                ),
                format!(
                    "run `atslink serve` on this state store behind that address, or set `public_url` under [serve] in {config} to where it runs"
                ),
            );
        }
        (code, Some(other)) => {
            return Check::unknown(
                ID,
                format!("{launch} answered HTTP {code} `{other}` to a request it should refuse"),
            );
        }
        (code, None) if code >= 500 => {
            return Check::unknown(
                ID,
                format!(
                    "{launch} answered HTTP {code}, not atslink's page: is `atslink serve` running behind the proxy?"
                ),
            );
        }
        (code, None) => {
            return Check::fail(
                ID,
                format!(
                    "{launch} answered HTTP {code}, not atslink's page: the Canvas App URL reaches something else"
                ),
                elsewhere,
            );
        }
    }
    match ready {
        Ok((s, body)) if s == StatusCode::OK && body.trim() == "ready" => Check::pass(
            ID,
            format!("{launch} is answered by atslink serve (ready), which knows {slug}"),
        ),
        Ok((_, body)) if body.trim() == "not ready: draining" => Check::unknown(
            ID,
            format!("atslink serve behind {launch} is stopping (draining): try again"),
        ),
        Ok((_, body)) if body.starts_with("not ready:") => Check::fail(
            ID,
            format!(
                "atslink serve behind {launch} answers, but is {}",
                body.trim()
            ),
            "read `atslink serve`'s log; `atslink state status` says whether the state store answers and its schema is current",
        ),
        Ok((s, _)) => Check::unknown(
            ID,
            format!(
                "{launch} is answered by atslink serve, but /readyz answered HTTP {}",
                s.as_u16()
            ),
        ),
        Err(e) => Check::unknown(
            ID,
            format!("{launch} is answered by atslink serve, but /readyz could not be asked: {e}"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Status;

    const LAUNCH: &str = "https://ats.example/launch/salesforce/acme";

    fn page(outcome: &str) -> String {
        format!("<html><head><meta name=\"atslink-outcome\" content=\"{outcome}\"></head></html>")
    }

    fn at(code: u16, body: &str) -> Answer {
        Ok((StatusCode::from_u16(code).unwrap(), body.to_string()))
    }

    fn judge(answer: Answer, ready: Answer) -> Status {
        verdict("acme", LAUNCH, "config.toml", answer, ready).status
    }

    #[test]
    fn only_atslinks_own_refusal_and_readiness_pass() {
        let refused = || at(403, &page("stale_link"));
        assert_eq!(judge(refused(), at(200, "ready\n")), Status::Pass);
        assert_eq!(
            judge(refused(), at(503, "not ready: draining\n")),
            Status::Unknown
        );
        assert_eq!(
            judge(
                refused(),
                at(
                    503,
                    "not ready: the state store has schema version 3, ...\n"
                )
            ),
            Status::Fail
        );
        // A 200 from something else is not readiness.
        assert_eq!(judge(refused(), at(200, "<html>")), Status::Unknown);
        assert_eq!(
            judge(refused(), Err(ClientError::Unavailable("refused".into()))),
            Status::Unknown
        );
        assert_eq!(
            judge(at(404, &page("unknown_org")), at(200, "ready")),
            Status::Fail
        );
        // The proxy's own pages: a 404 is a wrong route, a 502 says nothing.
        assert_eq!(judge(at(404, "Not Found"), at(200, "ready")), Status::Fail);
        assert_eq!(judge(at(502, "Bad Gateway"), at(502, "")), Status::Unknown);
        assert_eq!(
            judge(
                Err(ClientError::Unavailable("connection refused".into())),
                at(200, "ready")
            ),
            Status::Unknown
        );
    }

    #[test]
    fn without_a_url_a_warning_and_without_the_secret_a_failure_before_any_request() {
        let rt = crate::providers::runtime().unwrap();
        let mut c = Canvas {
            public_url: None,
            config_path: "/home/cs/.config/atslink/config.toml".into(),
            has_secret: false,
        };
        let unset = rt.block_on(check(&Http::default(), "acme", &c));
        assert_eq!(unset.status, Status::Warn);
        assert!(
            unset
                .fix
                .unwrap()
                .contains("under [serve] in /home/cs/.config/atslink/config.toml")
        );
        // Nothing listens there: any request would make this unknown.
        c.public_url = Some("http://127.0.0.1:9".into());
        let secretless = rt.block_on(check(&Http::default(), "acme", &c));
        assert_eq!(secretless.status, Status::Fail, "{secretless:?}");
        assert!(secretless.fix.unwrap().contains("--client-secret-stdin"));
    }

    #[test]
    fn the_outcome_is_read_from_atslinks_meta_tag_only() {
        assert_eq!(outcome(&page("stale_link")), Some("stale_link"));
        assert_eq!(outcome("<meta name=\"outcome\" content=\"x\">"), None);
        assert_eq!(
            launch_url("https://ats.example/", "acme"),
            "https://ats.example/launch/salesforce/acme"
        );
    }
}
