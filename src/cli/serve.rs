use clap::Args;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on [default: serve.listen, else 127.0.0.1:8780]; port 0 picks a free one
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,

    /// The public https URL the reverse proxy serves atslink at [default: serve.public_url]
    #[arg(long, value_name = "URL", value_parser = public_url)]
    pub public_url: Option<String>,

    /// How long in-flight requests may take to finish after SIGTERM or Ctrl-C
    #[arg(long, default_value = "10s", value_parser = crate::clock::parse_duration, value_name = "DURATION")]
    pub drain_timeout: time::Duration,
}

fn public_url(s: &str) -> crate::error::Result<String> {
    crate::config::validate_url(s).map_err(crate::error::Error::usage)?;
    Ok(s.trim_end_matches('/').to_string())
}
