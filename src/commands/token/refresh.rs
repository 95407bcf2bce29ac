//! `token refresh`: refresh links through the locked path. With
//! `--if-idle 7d` in cron it is the keep-alive that stops JobAdder's
//! 14-day idle expiry for good:
//! `atslink token refresh --all --if-idle 7d --quiet`.

use serde::Serialize;

use super::select;
use crate::auth::refresh::{self, Did, Mode};
use crate::cli::TokenRefreshArgs;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Listing, Output, Progress};
use crate::providers::Provider;

#[derive(Debug, Serialize)]
struct Row {
    org: String,
    provider: Provider,
    /// `refreshed`, `skipped` (fresh or just refreshed by another process),
    /// `not_idle`, `not_applicable`, `broken`, `unavailable`, `failed`.
    result: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
}

impl Row {
    fn failed(&self) -> bool {
        matches!(self.result, "broken" | "unavailable" | "failed")
    }
}

pub fn run(ctx: &mut Context, args: TokenRefreshArgs) -> Result<Output> {
    if !args.all && ctx.org_slug(None).is_err() {
        return Err(
            Error::usage("say which links: --org SLUG [--provider P], or --all").with_hint(
                "the nightly keep-alive is `atslink token refresh --all --if-idle 7d --quiet`",
            ),
        );
    }
    let provider = args.provider;
    let links = select(ctx, args.all, provider)?;
    let quiet = ctx.printer.quiet();
    if links.is_empty() {
        // A new server's nightly keep-alive runs before anyone has linked
        // anything: nothing to keep alive is not a failure to mail about.
        if args.all {
            return Ok(
                Output::lazy(Vec::<Row>::new(), move |rows| table(rows, quiet)).with_status(
                    "No links to refresh yet: `atslink integration list` shows them once linked",
                ),
            );
        }
        return Err(nothing_to_refresh(ctx, provider));
    }
    let single = links.len() == 1 && provider.is_some();
    let now = ctx.clock.now();
    let mode = if args.force {
        Mode::Force
    } else {
        Mode::Refresh
    };
    // A credential store that cannot be used at all (a missing or wrong
    // master key) is one configuration fault, not a failure of each link:
    // stop with its own error and exit code before any per-link work.
    ctx.creds()?;
    let progress = Progress::new(&ctx.printer, links.len() as u64, "refreshing");
    let mut rows = Vec::new();
    for (org, l) in links {
        rows.push(refresh_one(ctx, &org, &l.link, &args, mode, now, single)?);
        progress.inc(1);
    }
    progress.finish();
    let worst = worst(&rows);
    let refreshed = rows.iter().filter(|r| r.result == "refreshed").count();
    let status = format!(
        "Refreshed {refreshed} of {} link{}",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    );
    for r in rows.iter().filter(|r| r.failed()) {
        ctx.printer.warn(&format!(
            "{} {}: {}{}",
            r.org,
            r.provider.as_str(),
            r.detail.as_deref().unwrap_or(r.result),
            r.hint
                .as_deref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default()
        ));
    }
    // The cron keep-alive runs with -q: a night where everything refreshed
    // prints nothing (so cron sends no mail); failures are still shown.
    let mut out = Output::lazy(rows, move |rows| table(rows, quiet)).with_status(status);
    if let Some(kind) = worst {
        out = out.with_exit(kind);
    }
    Ok(out)
}

/// Why nothing was selected for a named organisation. Without the link
/// asked for it is "not linked", as everywhere else; with no provider
/// named, the organisation has no link at all, which is the same
/// situation (3).
fn nothing_to_refresh(ctx: &Context, provider: Option<Provider>) -> Error {
    let slug = match ctx.org_slug(None) {
        Ok(slug) => slug,
        Err(e) => return e,
    };
    match provider {
        Some(p) => Error::not_linked(&slug, p),
        None => Error::new(
            ErrorKind::Auth,
            format!("{slug} is not linked to any provider"),
        )
        .with_hint(format!(
            "link it with `{}`",
            crate::error::link_command(Provider::JobAdder, &slug)
        )),
    }
}

/// One link: skipped when it does not idle (Flare) or was used recently
/// enough (`--if-idle`), otherwise refreshed through the locked path. A
/// failure is the row's result; for a single named link it is the error.
fn refresh_one(
    ctx: &mut Context,
    org: &crate::state::Org,
    link: &crate::state::IntegrationRow,
    args: &TokenRefreshArgs,
    mode: Mode,
    now: time::OffsetDateTime,
    single: bool,
) -> Result<Row> {
    let mut row = Row {
        org: org.slug.clone(),
        provider: link.provider,
        result: "refreshed",
        detail: None,
        hint: None,
    };
    // An unreadable last use is not "idle enough": nobody can say.
    let idle_enough = args
        .if_idle
        .is_none_or(|d| link.last_use().is_ok_and(|t| now - t >= d));
    if link.provider == Provider::Flare {
        row.result = "not_applicable";
        row.detail = Some("API keys do not expire by idleness".into());
        return Ok(row);
    }
    if !idle_enough {
        row.result = "not_idle";
        row.detail = Some(format!("last used {}", link.last_use_text()));
        return Ok(row);
    }
    match refresh::access(ctx, org, link.provider, mode) {
        Ok(a) => {
            row.result = match a.did {
                Did::Refreshed => "refreshed",
                Did::StillFresh | Did::JustRefreshed => "skipped",
                Did::NotApplicable => "not_applicable",
            };
            if a.did == Did::JustRefreshed {
                // Any renewal counts, not only another process's: a link or
                // relink stores fresh tokens too.
                row.detail = Some(
                    "its tokens were renewed moments ago, by a link, relink or refresh \
                     (--force to refresh anyway)"
                        .into(),
                );
            }
        }
        Err(e) if single => return Err(e),
        Err(e) => {
            row.result = match e.kind {
                ErrorKind::Auth => "broken",
                ErrorKind::Unavailable => "unavailable",
                _ => "failed",
            };
            row.detail = Some(e.message);
            row.hint = e.hint;
        }
    }
    Ok(row)
}

/// The exit code of the run: broken links first (3, relink), then
/// unreachable providers (7, retry), then anything else (1).
fn worst(rows: &[Row]) -> Option<ErrorKind> {
    if rows.iter().any(|r| r.result == "broken") {
        Some(ErrorKind::Auth)
    } else if rows.iter().any(|r| r.result == "unavailable") {
        Some(ErrorKind::Unavailable)
    } else if rows.iter().any(|r| r.result == "failed") {
        Some(ErrorKind::Failure)
    } else {
        None
    }
}

fn table(rows: Vec<Row>, only_failures: bool) -> Human {
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| !only_failures || r.failed())
        .collect();
    if rows.is_empty() {
        return Human::Nothing;
    }
    let mut listing = Listing::new(&["org", "provider", "result", "detail"]);
    for r in &rows {
        listing.row(vec![
            r.org.clone(),
            r.provider.as_str().to_string(),
            r.result.replace('_', " "),
            r.detail.clone().unwrap_or_else(|| "-".into()),
        ]);
    }
    Human::Table {
        summary: Vec::new(),
        listing,
    }
}
