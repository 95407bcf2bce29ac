//! Where a bearer token may go: only to the link's own API origin, over
//! https, or over plain http to this machine (the sandbox, a local proxy).
//! A URL taken from a response (a paging link, an instance URL) can thus
//! never carry the token to another host or over the open network.

use url::{Host, Url};

use crate::providers::{ClientError, ClientResult};

/// Checks that a request to `url` may carry the token of the link whose API
/// base is `api_base`.
pub fn check_bearer_target(url: &Url, api_base: &str) -> ClientResult<()> {
    let base = Url::parse(api_base)
        .map_err(|_| ClientError::Invalid(format!("the API base `{api_base}` is not a URL")))?;
    let shown = url.origin().ascii_serialization();
    if url.origin() != base.origin() {
        return Err(ClientError::Invalid(format!(
            "refusing to send the access token to {shown}: it is not the link's API origin ({})",
            base.origin().ascii_serialization()
        )));
    }
    if !secure_enough(url) {
        return Err(ClientError::Invalid(format!(
            "refusing to send the access token to {shown}: plain http is only used on this machine"
        )));
    }
    Ok(())
}

/// https anywhere; http only to a loopback address.
pub fn secure_enough(url: &Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => match url.host() {
            Some(Host::Ipv4(ip)) => ip.is_loopback(),
            Some(Host::Ipv6(ip)) => ip.is_loopback(),
            Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            None => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(url: &str, base: &str) -> bool {
        check_bearer_target(&Url::parse(url).unwrap(), base).is_ok()
    }

    #[test]
    fn bearer_only_to_the_links_own_https_or_loopback_origin() {
        assert!(ok(
            "https://api.jobadder.com/v2/users",
            "https://api.jobadder.com/v2"
        ));
        assert!(ok("http://127.0.0.1:4000/v2/x", "http://127.0.0.1:4000/v2"));
        assert!(ok("http://[::1]:4000/x", "http://[::1]:4000"));
        assert!(ok("http://localhost:9/x", "http://localhost:9/"));
        // Another host, another port, another scheme.
        assert!(!ok(
            "https://evil.example/v2/users",
            "https://api.jobadder.com/v2"
        ));
        assert!(!ok(
            "https://api.jobadder.com:8443/v2",
            "https://api.jobadder.com/v2"
        ));
        assert!(!ok(
            "http://api.jobadder.com/v2",
            "https://api.jobadder.com/v2"
        ));
        // Plain http off this machine, even when it is the configured base.
        assert!(!ok("http://api.example.com/x", "http://api.example.com"));
        assert!(!ok("http://10.0.0.1/x", "http://10.0.0.1"));
    }
}
