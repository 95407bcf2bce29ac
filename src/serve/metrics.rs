//! `GET /metrics`: Prometheus text (OpenMetrics) for the launches, seats,
//! verification failures and provider call latency.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use super::Shared;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    provider: &'static str,
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Reason {
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Call {
    provider: &'static str,
    call: &'static str,
}

type Latency = Family<Call, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    launches: Family<Outcome, Counter>,
    seats_claimed: Counter,
    verification_failures: Family<Reason, Counter>,
    provider_latency: Latency,
}

fn latency_histogram() -> Histogram {
    // 5 ms to about 10 s.
    Histogram::new(exponential_buckets(0.005, 2.0, 12))
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("atslink");
        let launches = Family::<Outcome, Counter>::default();
        registry.register(
            "launches",
            "Launches from a provider's button, by outcome",
            launches.clone(),
        );
        let seats_claimed = Counter::default();
        registry.register(
            "seats_claimed",
            "Licence seats taken by launches",
            seats_claimed.clone(),
        );
        let verification_failures = Family::<Reason, Counter>::default();
        registry.register(
            "launch_verification_failures",
            "Launch URLs refused before anything was looked up (bad or missing hash, expired)",
            verification_failures.clone(),
        );
        let provider_latency: Latency = Family::new_with_constructor(latency_histogram);
        registry.register(
            "provider_call_duration_seconds",
            "Latency of provider API calls made while serving",
            provider_latency.clone(),
        );
        Metrics {
            registry,
            launches,
            seats_claimed,
            verification_failures,
            provider_latency,
        }
    }

    pub fn launch(&self, provider: &'static str, outcome: &'static str) {
        self.launches
            .get_or_create(&Outcome { provider, outcome })
            .inc();
    }

    pub fn seat_claimed(&self) {
        self.seats_claimed.inc();
    }

    pub fn verification_failure(&self, reason: &'static str) {
        self.verification_failures
            .get_or_create(&Reason { reason })
            .inc();
    }

    pub fn provider_call(&self, provider: &'static str, call: &'static str, took: Duration) {
        self.provider_latency
            .get_or_create(&Call { provider, call })
            .observe(took.as_secs_f64());
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .expect("writing to a String cannot fail");
        out
    }
}

pub async fn metrics(State(shared): State<Arc<Shared>>) -> Response {
    (
        [(
            CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        shared.metrics.render(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_with_labels() {
        let m = Metrics::new();
        m.launch("jobadder", "admitted");
        m.launch("jobadder", "admitted");
        m.launch("jobadder", "no_licence");
        m.seat_claimed();
        m.verification_failure("expired");
        m.provider_call("jobadder", "user", Duration::from_millis(7));
        let text = m.render();
        assert!(
            text.contains(r#"atslink_launches_total{provider="jobadder",outcome="admitted"} 2"#),
            "{text}"
        );
        assert!(text.contains(r#"outcome="no_licence"} 1"#), "{text}");
        assert!(text.contains("atslink_seats_claimed_total 1"), "{text}");
        assert!(
            text.contains(r#"atslink_launch_verification_failures_total{reason="expired"} 1"#),
            "{text}"
        );
        assert!(
            text.contains(
                r#"atslink_provider_call_duration_seconds_count{provider="jobadder",call="user"} 1"#
            ),
            "{text}"
        );
        assert!(text.ends_with("# EOF\n"), "{text}");
    }
}
