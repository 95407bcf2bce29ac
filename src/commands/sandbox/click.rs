//! `atslink sandbox click jobadder`: the sandbox's JobAdder plays a user
//! clicking the organisation's Actions-menu button on a candidate. It signs
//! the URL as JobAdder does, opens it, and reports the page it got.

use serde::Serialize;

use crate::cli::{SandboxClickJobadderArgs, SandboxClickSalesforceArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::http::Retry;
use crate::output::html::unescape;
use crate::output::{Human, Output};
use crate::providers::Provider;

#[derive(Debug, Serialize)]
struct Opened {
    url: String,
    status: u16,
    /// From the page's `<meta name="atslink-outcome">`.
    outcome: Option<String>,
    title: Option<String>,
    message: Option<String>,
    /// The files page's note when the candidate has none.
    notice: Option<String>,
    remedy: Option<String>,
    /// Whom the no-licence page names.
    admins: Vec<String>,
    files: Vec<FileLink>,
}

#[derive(Debug, Serialize)]
struct FileLink {
    name: String,
    href: Option<String>,
}

pub fn jobadder(ctx: &mut Context, args: SandboxClickJobadderArgs) -> Result<Output> {
    let org = ctx.org_slug(None)?;
    if args.send_to_flare {
        return send_to_flare(ctx, &org, &args);
    }
    let clicked =
        crate::sandbox::click::click(&ctx.sandbox_world(), &org, &args.user, &args.candidate)?;
    if args.print_url {
        return Ok(Output::new(
            serde_json::json!({ "url": clicked.url, "action_id": clicked.action_id, "user_id": clicked.user_id }),
            Human::Lines(vec![clicked.url]),
        ));
    }
    let opened = open(ctx, &clicked.url, None)?;
    report(opened)
}

/// The "Send to Flare" button: no page opens; JobAdder delivers
/// `candidate_partner_action` to the webhooks subscribed to it.
fn send_to_flare(ctx: &mut Context, org: &str, args: &SandboxClickJobadderArgs) -> Result<Output> {
    let candidate: u64 = args
        .candidate
        .parse()
        .map_err(|_| Error::usage(format!("`{}` is not a candidate id", args.candidate)))?;
    let world = ctx.sandbox_world();
    let reference = crate::commands::flare::auto::button_reference(org);
    let pressed = crate::sandbox::webhooks::press(&world, &reference, &args.user, candidate)?;
    let deliveries = crate::sandbox::webhooks::deliver_due(&world)?;
    let ok = deliveries.iter().filter(|d| d.delivered).count();
    Ok(Output::new(
        serde_json::json!({
            "action_id": pressed.action_id,
            "user_id": pressed.user_id,
            "candidate_id": candidate,
            "deliveries": deliveries,
        }),
        Human::Nothing,
    )
    .with_status(format!(
        "Pressed \"Send to Flare\" (action {}) on candidate {candidate}: submitted; {ok} of {} webhook deliveries accepted (of {} queued)",
        pressed.action_id,
        deliveries.len(),
        pressed.queued.len()
    )))
}

/// `sandbox click salesforce`: the Allsorter tab opened on a contact.
pub fn salesforce(ctx: &mut Context, args: SandboxClickSalesforceArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let link = ctx
        .state()?
        .read()
        .require_link(&org, Provider::Salesforce)?;
    let public = ctx.config.serve.public_url.clone().ok_or_else(|| {
        Error::usage("serve.public_url is not set, so there is no Canvas app URL to post to")
            .with_hint(
                "set [serve] public_url in the sandbox's config.toml to `atslink serve`'s address",
            )
    })?;
    let signed = crate::sandbox::click::canvas_request(
        &ctx.sandbox_world(),
        link.account_id.as_deref().unwrap_or_default(),
        &args.user,
        &args.contact,
    )?;
    let url = format!("{}/launch/salesforce/{slug}", public.trim_end_matches('/'));
    report(open(ctx, &url, Some(&signed))?)
}

fn report(opened: Opened) -> Result<Output> {
    let mut lines = vec![format!(
        "{} {}: {}",
        opened.status,
        opened.outcome.as_deref().unwrap_or("(no outcome)"),
        opened.title.as_deref().unwrap_or("(no title)")
    )];
    lines.extend(opened.message.iter().cloned());
    lines.extend(opened.notice.iter().cloned());
    lines.extend(opened.remedy.iter().cloned());
    lines.extend(opened.admins.iter().map(|a| format!("  {a}")));
    for f in &opened.files {
        lines.push(match &f.href {
            Some(h) => format!("  {}  {h}", f.name),
            None => format!("  {}", f.name),
        });
    }
    Ok(Output::new(opened, Human::Lines(lines)))
}

/// GETs the URL, or POSTs a Canvas `signed_request` to it.
fn open(ctx: &Context, url: &str, signed_request: Option<&str>) -> Result<Opened> {
    let rt = crate::providers::runtime()?;
    let (status, html) = rt.block_on(async {
        // Under the HTTP policy's limits, but never retried: the page
        // serve answered (a 503 included) is what a user would see.
        let http = ctx.http();
        let req = match signed_request {
            Some(s) => http.post(url).form(&[("signed_request", s)]),
            None => http.get(url),
        };
        let reply = req.retry(Retry::Never).send().await.map_err(|e| {
            Error::unavailable(format!("cannot open the button's URL: {e}")).with_hint(
                "is `atslink serve` running at the URL the button points to (serve.public_url)?",
            )
        })?;
        let html = String::from_utf8_lossy(&reply.body).into_owned();
        Ok::<_, Error>((reply.status.as_u16(), html))
    })?;
    Ok(Opened {
        url: url.to_string(),
        status,
        outcome: meta(&html, "atslink-outcome"),
        title: by_id(&html, "title"),
        message: by_id(&html, "message"),
        notice: by_id(&html, "no-files"),
        remedy: by_id(&html, "remedy"),
        admins: items(&html, "admins").into_iter().map(text).collect(),
        files: files(&html),
    })
}

fn meta(html: &str, name: &str) -> Option<String> {
    let tag = format!("<meta name=\"{name}\" content=\"");
    let start = html.find(&tag)? + tag.len();
    let end = html[start..].find('"')?;
    Some(unescape(&html[start..start + end]))
}

/// The text of the element with this id (tags stripped).
fn by_id(html: &str, id: &str) -> Option<String> {
    let marker = format!(" id=\"{id}\">");
    let start = html.find(&marker)? + marker.len();
    let tag_start = html[..start].rfind('<')?;
    let tag: String = html[tag_start + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let end = html[start..].find(&format!("</{tag}>"))?;
    Some(text(&html[start..start + end]))
}

/// The `<li>` contents of the list with this id.
fn items<'a>(html: &'a str, id: &str) -> Vec<&'a str> {
    let Some(start) = html.find(&format!("<ul id=\"{id}\">")) else {
        return Vec::new();
    };
    let list = &html[start..];
    let list = &list[..list.find("</ul>").unwrap_or(list.len())];
    list.split("<li>")
        .skip(1)
        .map(|i| i.split("</li>").next().unwrap_or(i))
        .collect()
}

fn files(html: &str) -> Vec<FileLink> {
    items(html, "files")
        .into_iter()
        .map(|item| {
            let href = item.find("href=\"").and_then(|i| {
                let rest = &item[i + 6..];
                rest.find('"').map(|e| unescape(&rest[..e]))
            });
            let name = match item.find("<a ") {
                Some(a) => {
                    let inner = &item[a..];
                    let open_end = inner.find('>').map_or(0, |i| i + 1);
                    let close = inner.find("</a>").unwrap_or(inner.len());
                    text(&inner[open_end..close])
                }
                None => text(item.split("<span").next().unwrap_or(item)),
            };
            FileLink { name, href }
        })
        .collect()
}

/// Markup removed, entities decoded, whitespace collapsed.
fn text(fragment: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_files_page() {
        let html = "<meta name=\"atslink-outcome\" content=\"admitted\"><h1 id=\"title\">Choose a file</h1>\
                    <p id=\"message\">Signed in as a@b.co.</p><ul id=\"files\">\n\
                    <li><a href=\"http://h/x?f=1&amp;u=2\">Liam &lt;b&gt;CV</a> <span class=\"meta\">Resume</span></li>\n\
                    <li>Plain.pdf <span class=\"meta\">Other</span></li>\n</ul>";
        assert_eq!(meta(html, "atslink-outcome").as_deref(), Some("admitted"));
        assert_eq!(by_id(html, "title").as_deref(), Some("Choose a file"));
        let f = files(html);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].name, "Liam <b>CV");
        assert_eq!(f[0].href.as_deref(), Some("http://h/x?f=1&u=2"));
        assert_eq!(f[1].name, "Plain.pdf");
        assert_eq!(f[1].href, None);
    }
}
