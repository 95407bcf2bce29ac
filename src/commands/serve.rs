//! `atslink serve`: the server half on this home's state store. Prints
//! `ATSLINK_SERVE_URL=…` on stdout once listening; logs go to stderr.

use std::net::SocketAddr;

use serde_json::json;

use crate::cli::ServeArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::serve::{self, Settings};

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8780";

pub fn run(ctx: &mut Context, args: ServeArgs) -> Result<Output> {
    let settings = settings(ctx, &args)?;
    // Open (and migrate) the state store now, so a bad home fails before
    // the port is bound rather than on the first request.
    ctx.state()?;
    // Likewise the credential store (every launch reads the link's tokens
    // and salt from it); its notice is shown here, once.
    ctx.creds()?;
    if settings.public_url.is_none() {
        ctx.printer.warn(
            "no public URL is configured, so JobAdder's button is not pointed at this server \
             and launch URLs are checked against the Host header; set serve.public_url \
             (the https address of the reverse proxy) or pass --public-url",
        );
    }
    if settings.handoff_url.is_none() {
        ctx.printer.warn(
            "serve.handoff_url is not set: launch pages list the candidate's files without links",
        );
    }
    let shared = serve::Shared::new(ctx, settings)?;
    let printer = ctx.printer.clone();
    let mut printed = Ok(());
    serve::run(shared, |addr| {
        let url = format!("http://{addr}");
        printed = printer.output(&mut Output::new(
            json!({ "url": url }),
            Human::Lines(vec![format!("ATSLINK_SERVE_URL={url}")]),
        ));
        printer.status(&format!(
            "Serving on {url}: /launch/jobadder/<org>, /launch/salesforce/<org>, \
             /webhooks/jobadder/<org>, /healthz, /readyz, /metrics; the Flare push workers, \
             the webhook watchdog and the daily token keep-alive run in the background. \
             SIGTERM or Ctrl-C stops it."
        ));
    })?;
    printed?;
    Ok(Output::already_printed())
}

/// The address a plain-http public URL on this machine (127.0.0.1,
/// `localhost`, `[::1]`) is reached at; `None` for anything a proxy may
/// stand in front of.
fn loopback_addr(public_url: &str) -> Option<SocketAddr> {
    let url = url::Url::parse(public_url).ok()?;
    if url.scheme() != "http" {
        return None;
    }
    let ip = match url.host()? {
        url::Host::Domain(d) if d.eq_ignore_ascii_case("localhost") => {
            std::net::Ipv4Addr::LOCALHOST.into()
        }
        url::Host::Domain(_) => return None,
        url::Host::Ipv4(ip) => std::net::IpAddr::V4(ip),
        url::Host::Ipv6(ip) => std::net::IpAddr::V6(ip),
    };
    ip.is_loopback()
        .then(|| SocketAddr::new(ip, url.port_or_known_default().unwrap_or(80)))
}

fn settings(ctx: &mut Context, args: &ServeArgs) -> Result<Settings> {
    let c = ctx.config.serve.clone();
    let public_url = args
        .public_url
        .clone()
        .or_else(|| c.public_url.clone())
        .map(|u| u.trim_end_matches('/').to_string());
    let on_this_machine = public_url.as_deref().and_then(loopback_addr);
    let listen = match (args.listen, &c.listen, on_this_machine) {
        (Some(a), ..) => a,
        // Validated when the config was loaded.
        (None, Some(s), _) => s
            .parse::<SocketAddr>()
            .map_err(|_| Error::usage(format!("serve.listen `{s}` is not an address")))?,
        // A public URL on this machine is reached without a proxy: listen
        // where the buttons point rather than on a port nothing calls.
        (None, None, Some(a)) => a,
        (None, None, None) => DEFAULT_LISTEN.parse().expect("a valid default"),
    };
    if let Some(a) = on_this_machine.filter(|a| a.port() != listen.port()) {
        ctx.printer.warn(&format!(
            "the public URL {} is on this machine at port {}, but serve listens on {listen}: \
             buttons and tabs pointing there will not reach it; pass --listen {a}",
            public_url.as_deref().unwrap_or_default(),
            a.port(),
        ));
    }
    let drain = std::time::Duration::try_from(args.drain_timeout)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| Error::usage("--drain-timeout must be positive, e.g. 10s"))?;
    let drain_delay = std::time::Duration::try_from(args.drain_delay)
        .map_err(|_| Error::usage("--drain-delay cannot be negative, e.g. 5s"))?;
    let handoff_url = match &c.handoff_url {
        Some(t) => Some(t.clone()),
        None => ctx.endpoints()?.handoff_url.clone(),
    };
    Ok(Settings {
        listen,
        public_url,
        handoff_url,
        drain,
        drain_delay,
    })
}
