use clap::Args;

#[derive(Debug, Args)]
#[command(
    after_long_help = "Logging: one event per request (method, route template, status, \
latency_ms, org, outcome, the names of known query keys; never a value that could be a \
secret) and per background job step, on stderr. The level is info, warn with -q, debug \
with -v, trace with -vv; ATSLINK_LOG replaces it with tracing's target=level directives, \
e.g. ATSLINK_LOG=info,atslink::serve=trace. Events of the libraries underneath are shown \
from warn up only."
)]
pub struct ServeArgs {
    /// Address to listen on [default: serve.listen, else the address of an http public URL on this machine, else 127.0.0.1:8780]; port 0 picks a free one
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,

    /// The public https URL the reverse proxy serves atslink at [default: serve.public_url]
    #[arg(long, value_name = "URL", value_parser = public_url)]
    pub public_url: Option<String>,

    /// How long in-flight requests may take to finish after SIGTERM or Ctrl-C
    #[arg(long, default_value = "10s", value_parser = crate::clock::parse_duration, value_name = "DURATION")]
    pub drain_timeout: time::Duration,

    /// After SIGTERM or Ctrl-C, keep serving this long with /readyz answering 503 before closing the listener, so a load balancer takes this replica out first (set it above the readiness probe's period)
    #[arg(long, default_value = "0s", value_parser = crate::clock::parse_duration, value_name = "DURATION")]
    pub drain_delay: time::Duration,

    /// How log events are written on stderr: text lines, or one JSON object per line
    #[arg(long, value_enum, default_value_t = crate::logging::LogFormat::Text, env = "ATSLINK_LOG_FORMAT", value_name = "FORMAT")]
    pub log_format: crate::logging::LogFormat,
}

/// A `--public-url` (`serve`, `flare auto on`): https, or http to a
/// loopback host, without a trailing slash.
pub(super) fn public_url(s: &str) -> crate::error::Result<String> {
    crate::config::validate_url(s)?;
    Ok(s.trim_end_matches('/').to_string())
}
