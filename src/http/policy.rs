//! The settings of the outbound HTTP policy, in one place: how long to
//! wait, how much to read, which answers are worth another try and how
//! long to wait before it.

use std::time::Duration;

use reqwest::StatusCode;

/// Everything the policy can be tuned on. `Policy::default()` is what
/// every command uses; tests shorten the waits.
#[derive(Debug, Clone)]
pub struct Policy {
    pub connect_timeout: Duration,
    /// Per attempt, from sending the request to the last body byte.
    pub total_timeout: Duration,
    /// Far above any response atslink expects; a provider (or an attacker
    /// on a misconfigured URL) cannot make it buffer unbounded data.
    pub max_body: usize,
    /// Attempts per request, the first included.
    pub attempts: u32,
    /// Attempts while the provider keeps answering 429, when it deserves
    /// more patience than other failures (`None`: `attempts`). A 429 says
    /// the request was not acted on and when to come back, so waiting it
    /// out costs nothing but time.
    pub rate_limited_attempts: Option<u32>,
    /// The first backoff; it doubles on each further attempt.
    pub base_delay: Duration,
    /// No backoff and no honoured `Retry-After` waits longer than this.
    pub max_delay: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_body: 8 * 1024 * 1024,
            attempts: 4,
            rate_limited_attempts: None,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
        }
    }
}

/// Which failures may be tried again: a rate limit (the provider did not
/// act on the request) and the gateway-type statuses that say "not now".
pub fn is_transient(status: StatusCode) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
}

impl Policy {
    /// JobAdder's rate limit: throttled per account per minute, with a
    /// `Retry-After` in seconds (provider-apis.md, JA-THROTTLE). A batch
    /// meets it again and again, so a read or write waits out up to six
    /// answers of 429, each up to a whole minute's window and some slack,
    /// before the record fails as unavailable. Other failures keep the
    /// common limit.
    pub fn jobadder(&mut self) {
        self.rate_limited_attempts = Some(6);
        self.max_delay = self.max_delay.max(Duration::from_secs(65));
    }

    /// No retries at all: for an answer a person is waiting on (serve's
    /// launch page), which says "try again in a minute" at once rather than
    /// holding the page through a provider's `Retry-After`.
    pub fn once(&mut self) {
        self.attempts = 1;
        self.rate_limited_attempts = Some(1);
    }

    /// How many attempts a request gets when its last answer was `status`
    /// (a network failure has none).
    pub fn attempts_after(&self, status: Option<StatusCode>) -> u32 {
        match (status, self.rate_limited_attempts) {
            (Some(StatusCode::TOO_MANY_REQUESTS), Some(n)) => n,
            _ => self.attempts,
        }
    }

    /// How long to wait before attempt `attempt + 1` (attempts count from
    /// 1). A provider's `Retry-After` wins (capped); otherwise exponential
    /// backoff with jitter, so many clients that failed together do not
    /// come back together.
    pub fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(wait) = retry_after {
            return wait.min(self.max_delay);
        }
        let exp = self
            .base_delay
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(self.max_delay);
        // Equal jitter: half fixed, half random.
        let half = exp / 2;
        half + half.mul_f64(jitter())
    }
}

/// A uniformly random fraction in [0, 1).
fn jitter() -> f64 {
    use ring::rand::SecureRandom;
    let mut b = [0u8; 4];
    if ring::rand::SystemRandom::new().fill(&mut b).is_err() {
        return 0.5;
    }
    f64::from(u32::from_le_bytes(b)) / (f64::from(u32::MAX) + 1.0)
}

/// `Retry-After` in seconds: either form RFC 9110 allows, delay-seconds
/// or an HTTP-date (counted from now; a date in the past means now).
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<u64> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse() {
        return Some(secs);
    }
    let at =
        time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc2822).ok()?;
    let left = at - time::OffsetDateTime::now_utc();
    Some(left.whole_seconds().max(0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let p = Policy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(350),
            ..Policy::default()
        };
        for _ in 0..50 {
            let d1 = p.delay(1, None);
            assert!(d1 >= Duration::from_millis(50) && d1 < Duration::from_millis(100));
            let d2 = p.delay(2, None);
            assert!(d2 >= Duration::from_millis(100) && d2 < Duration::from_millis(200));
            let d5 = p.delay(5, None);
            assert!(d5 >= Duration::from_millis(175) && d5 < Duration::from_millis(350));
        }
        assert_eq!(
            p.delay(1, Some(Duration::from_millis(200))),
            Duration::from_millis(200)
        );
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(3600))),
            Duration::from_millis(350)
        );
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let mut h = reqwest::header::HeaderMap::new();
        let mut with = |v: &str| {
            h.insert(reqwest::header::RETRY_AFTER, v.parse().unwrap());
            retry_after(&h)
        };
        assert_eq!(with("7"), Some(7));
        assert_eq!(with("Sun, 06 Nov 1994 08:49:37 GMT"), Some(0));
        let soon = time::OffsetDateTime::now_utc() + time::Duration::seconds(120);
        let date = soon
            .format(&time::format_description::well_known::Rfc2822)
            .unwrap();
        let secs = with(&date).unwrap();
        assert!((115..=120).contains(&secs), "{date} -> {secs}");
        assert_eq!(with("soon"), None);
    }

    #[test]
    fn transient_statuses() {
        for s in [429, 500, 502, 503, 504] {
            assert!(is_transient(StatusCode::from_u16(s).unwrap()), "{s}");
        }
        for s in [200, 400, 401, 403, 404, 409] {
            assert!(!is_transient(StatusCode::from_u16(s).unwrap()), "{s}");
        }
    }
}
