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
        printed = printer.output(Output::new(
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

fn settings(ctx: &mut Context, args: &ServeArgs) -> Result<Settings> {
    let c = ctx.config.serve.clone();
    let listen = match (args.listen, &c.listen) {
        (Some(a), _) => a,
        // Validated when the config was loaded.
        (None, Some(s)) => s
            .parse::<SocketAddr>()
            .map_err(|_| Error::usage(format!("serve.listen `{s}` is not an address")))?,
        (None, None) => DEFAULT_LISTEN.parse().expect("a valid default"),
    };
    let public_url = args
        .public_url
        .clone()
        .or_else(|| c.public_url.clone())
        .map(|u| u.trim_end_matches('/').to_string());
    let drain = std::time::Duration::try_from(args.drain_timeout)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| Error::usage("--drain-timeout must be positive, e.g. 10s"))?;
    let handoff_url = match &c.handoff_url {
        Some(t) => Some(t.clone()),
        None => ctx.endpoints()?.handoff_url.clone(),
    };
    Ok(Settings {
        listen,
        public_url,
        handoff_url,
        drain,
    })
}
