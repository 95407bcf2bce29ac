//! The scripted browser: opens an authorize (or device verification) URL,
//! signs in on the login page, answers the consent page, and follows the
//! final redirect to wherever it leads (normally the client's loopback
//! callback), as a person's browser would. Tests use it through `$BROWSER`;
//! the demo uses it to play the customer's admin.

use std::time::Duration;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::output::html::unescape;

const MAX_PAGE: usize = 1024 * 1024;
const MAX_HOPS: usize = 10;

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// `allowed`, `denied`, `refused` (non-admin) or `device-approved`/`device-denied`.
    pub result: String,
    /// Where the browser ended.
    pub final_url: String,
    pub status: u16,
    /// The final page's text.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    /// Byte offset just past the tag.
    end: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Every start tag in `html`, in order.
fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off + 1;
        i = start;
        if start >= b.len() || !b[start].is_ascii_alphabetic() {
            continue;
        }
        let mut j = start;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-') {
            j += 1;
        }
        let name = html[start..j].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' || b[j] == b'/' {
                break;
            }
            let ks = j;
            while j < b.len() && !b[j].is_ascii_whitespace() && !b"=>/".contains(&b[j]) {
                j += 1;
            }
            let key = html[ks..j].to_ascii_lowercase();
            let mut value = String::new();
            if j < b.len() && b[j] == b'=' {
                j += 1;
                if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                    let q = b[j];
                    let vs = j + 1;
                    j = vs;
                    while j < b.len() && b[j] != q {
                        j += 1;
                    }
                    value = unescape(&html[vs..j.min(b.len())]);
                    j += 1;
                } else {
                    let vs = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    value = unescape(&html[vs..j]);
                }
            }
            if key.is_empty() {
                j += 1;
                continue;
            }
            attrs.push((key, value));
        }
        while j < b.len() && b[j] != b'>' {
            j += 1;
        }
        out.push(Tag {
            name,
            attrs,
            end: (j + 1).min(b.len()),
        });
        i = j.min(b.len());
    }
    out
}

/// A form by id: its action, method, and the named inputs it would submit.
struct Form {
    action: String,
    method: String,
    fields: Vec<(String, String)>,
}

fn form(html: &str, id: &str) -> Option<Form> {
    let all = tags(html);
    let start = all
        .iter()
        .position(|t| t.name == "form" && t.attr("id") == Some(id))?;
    let f = &all[start];
    let close = html[f.end..]
        .find("</form")
        .map(|i| f.end + i)
        .unwrap_or(html.len());
    let fields = all[start + 1..]
        .iter()
        .take_while(|t| t.end <= close)
        .filter(|t| t.name == "input")
        .filter_map(|t| {
            Some((
                t.attr("name")?.to_string(),
                t.attr("value").unwrap_or("").to_string(),
            ))
        })
        .collect();
    Some(Form {
        action: f.attr("action").unwrap_or("").to_string(),
        method: f.attr("method").unwrap_or("get").to_ascii_lowercase(),
        fields,
    })
}

fn element<'a>(all: &'a [Tag], id: &str) -> Option<&'a Tag> {
    all.iter().find(|t| t.attr("id") == Some(id))
}

/// The visible text of a page, whitespace collapsed.
pub fn page_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    let mut skip = false;
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    let b = html.as_bytes();
    while i < b.len() {
        if !in_tag && b[i] == b'<' {
            in_tag = true;
            skip = lower[i..].starts_with("<style")
                || lower[i..].starts_with("<script")
                || (skip && !lower[i..].starts_with("</"));
            out.push(' ');
        } else if in_tag && b[i] == b'>' {
            in_tag = false;
        } else if !in_tag && !skip {
            let ch = html[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        i += 1;
    }
    unescape(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

struct Browser {
    client: reqwest::Client,
    /// The sandbox's own origin; with `stop_outside`, a redirect anywhere
    /// else (the client's callback) is where the browser stops.
    origin: url::Origin,
    stop_outside: bool,
}

struct Page {
    url: url::Url,
    status: u16,
    html: String,
}

impl Browser {
    async fn fetch(
        &self,
        mut url: url::Url,
        mut post: Option<Vec<(String, String)>>,
    ) -> Result<Page> {
        for _ in 0..MAX_HOPS {
            let req = match post.take() {
                Some(fields) => self.client.post(url.clone()).form(&fields),
                None => self.client.get(url.clone()),
            };
            let mut resp = req
                .send()
                .await
                .map_err(|e| Error::unavailable(format!("cannot load {url}: {e}")))?;
            let status = resp.status().as_u16();
            if resp.status().is_redirection() {
                let loc = resp
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .ok_or_else(|| {
                        Error::failure(format!("{url} redirected without a Location"))
                    })?;
                url = url
                    .join(loc)
                    .map_err(|e| Error::failure(format!("bad redirect `{loc}` from {url}: {e}")))?;
                if self.stop_outside && url.origin() != self.origin {
                    return Ok(Page {
                        url,
                        status,
                        html: String::new(),
                    });
                }
                continue;
            }
            let mut body = Vec::new();
            while let Some(chunk) = resp
                .chunk()
                .await
                .map_err(|e| Error::unavailable(format!("cannot read {url}: {e}")))?
            {
                body.extend_from_slice(&chunk);
                if body.len() > MAX_PAGE {
                    return Err(Error::failure(format!("{url} sent a page over 1 MiB")));
                }
            }
            return Ok(Page {
                url,
                status,
                html: String::from_utf8_lossy(&body).into_owned(),
            });
        }
        Err(Error::failure(format!(
            "more than {MAX_HOPS} redirects from {url}"
        )))
    }

    async fn submit(&self, page: &Page, f: Form) -> Result<Page> {
        let target = page
            .url
            .join(&f.action)
            .map_err(|e| Error::failure(format!("bad form action `{}`: {e}", f.action)))?;
        if f.method == "post" {
            self.fetch(target, Some(f.fields)).await
        } else {
            let mut t = target;
            t.query_pairs_mut().extend_pairs(&f.fields);
            self.fetch(t, None).await
        }
    }
}

fn unexpected(page: &Page, expected: &str) -> Error {
    let mut text = page_text(&page.html);
    if text.chars().count() > 300 {
        text = text.chars().take(300).collect::<String>() + "…";
    }
    Error::failure(format!(
        "expected {expected} at {} but got HTTP {}: {}",
        page.url,
        page.status,
        if text.is_empty() {
            "(empty page)".into()
        } else {
            text
        }
    ))
}

/// Drives the login and consent pages starting at `start`.
/// With `no_follow` the browser stops at the redirect that leaves the
/// sandbox and reports that address unredacted, as a person would copy it
/// from the address bar for `integration link --no-browser`.
pub fn browse(
    start: &str,
    user: &str,
    password: &str,
    deny: bool,
    no_follow: bool,
) -> Result<Outcome> {
    let url =
        url::Url::parse(start).map_err(|e| Error::usage(format!("`{start}` is not a URL: {e}")))?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the browser runtime: {e}")))?;
    rt.block_on(async move {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| Error::failure(format!("cannot build the HTTP client: {e}")))?;
        let b = Browser {
            client,
            origin: url.origin(),
            stop_outside: no_follow,
        };
        let page = b.fetch(url, None).await?;
        let Some(mut login) = form(&page.html, "login-form") else {
            return Err(unexpected(&page, "the login page (form#login-form)"));
        };
        for (k, v) in login.fields.iter_mut() {
            if k == "username" {
                *v = user.to_string();
            } else if k == "password" {
                *v = password.to_string();
            }
        }
        let page = b.submit(&page, login).await?;
        let all = tags(&page.html);
        if element(&all, "login-form").is_some() {
            let why = element(&all, "message")
                .map(|_| page_text(&page.html))
                .unwrap_or_default();
            return Err(Error::failure(format!(
                "sign-in as {user} was refused: {why}"
            )));
        }
        if let Some(ret) = element(&all, "return") {
            let href = ret.attr("href").unwrap_or("").to_string();
            let target = page
                .url
                .join(&href)
                .map_err(|e| Error::failure(format!("bad return link `{href}`: {e}")))?;
            let end = b.fetch(target, None).await?;
            return Ok(outcome("refused", end, no_follow));
        }
        let Some(mut consent) = form(&page.html, "consent-form") else {
            return Err(unexpected(&page, "the consent page (form#consent-form)"));
        };
        consent.fields.push((
            "decision".into(),
            if deny { "deny" } else { "allow" }.into(),
        ));
        let end = b.submit(&page, consent).await?;
        let device = tags(&end.html).iter().any(|t| t.attr("id") == Some("done"));
        let result = match (device, deny) {
            (true, false) => "device-approved",
            (true, true) => "device-denied",
            (false, false) => "allowed",
            (false, true) => "denied",
        };
        Ok(outcome(result, end, no_follow))
    })
}

fn outcome(result: &str, page: Page, keep_code: bool) -> Outcome {
    let mut final_url = page.url.clone();
    // The callback URL carries the authorization code: show where the
    // browser went, not the code.
    let kept: Vec<(String, String)> = final_url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "code" && !keep_code {
                "…".to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    if !kept.is_empty() {
        final_url.query_pairs_mut().clear().extend_pairs(&kept);
    }
    Outcome {
        result: result.into(),
        final_url: final_url.to_string(),
        status: page.status,
        text: page_text(&page.html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_forms_and_text() {
        let html = super::super::pages::login("JobAdder", "/a/login", "req_1&2", Some("bad <pw>"));
        let f = form(&html, "login-form").unwrap();
        assert_eq!(f.action, "/a/login");
        assert_eq!(f.method, "post");
        assert_eq!(
            f.fields,
            vec![
                ("request".to_string(), "req_1&2".to_string()),
                ("username".to_string(), String::new()),
                ("password".to_string(), String::new())
            ]
        );
        assert!(page_text(&html).contains("bad <pw>"));
        assert!(!page_text(&html).contains("font-family"));
        assert!(form(&html, "consent-form").is_none());
    }
}
