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
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use super::Shared;
use crate::health::{self, Health};

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

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LinkHealth {
    provider: &'static str,
    health: &'static str,
}

type Latency = Family<Call, Histogram, fn() -> Histogram>;

const PROVIDERS: [&str; 3] = ["jobadder", "salesforce", "flare"];
const HEALTHS: [&str; 4] = ["ok", "expiring", "broken", "unknown"];

pub struct Metrics {
    registry: Registry,
    launches: Family<Outcome, Counter>,
    seats_claimed: Counter,
    verification_failures: Family<Reason, Counter>,
    provider_latency: Latency,
    links: Family<LinkHealth, Gauge>,
    webhooks: Family<Outcome, Counter>,
    webhook_pushes: Family<Reason, Counter>,
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
        let links = Family::<LinkHealth, Gauge>::default();
        registry.register(
            "links",
            "Provider links by health (as `integration list` assesses them), at scrape time",
            links.clone(),
        );
        let webhooks = Family::<Outcome, Counter>::default();
        registry.register(
            "webhook_deliveries",
            "Webhook deliveries received, by outcome (unauthorized: unknown webhook or bad authorization; nothing stored)",
            webhooks.clone(),
        );
        let webhook_pushes = Family::<Reason, Counter>::default();
        registry.register(
            "webhook_pushes",
            "Webhook events handled by the workers, by outcome (created, duplicate, skipped, ignored, retry, failed)",
            webhook_pushes.clone(),
        );
        Metrics {
            registry,
            webhooks,
            webhook_pushes,
            links,
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

    pub fn webhook(&self, provider: &'static str, outcome: &'static str) {
        self.webhooks
            .get_or_create(&Outcome { provider, outcome })
            .inc();
    }

    pub fn webhook_push(&self, reason: &'static str) {
        self.webhook_pushes.get_or_create(&Reason { reason }).inc();
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

    /// Sets the link gauges from `(provider, health)` pairs, one per link;
    /// every known combination is written, so a recovered link's old
    /// series drops to 0 rather than keeping its last value.
    pub fn set_links<'a>(&self, links: impl IntoIterator<Item = (&'a str, &'a str)>) {
        let mut counts = [[0i64; HEALTHS.len()]; PROVIDERS.len()];
        for (provider, health) in links {
            if let (Some(p), Some(h)) = (
                PROVIDERS.iter().position(|x| *x == provider),
                HEALTHS.iter().position(|x| *x == health),
            ) {
                counts[p][h] += 1;
            }
        }
        for (p, provider) in PROVIDERS.iter().enumerate() {
            for (h, health) in HEALTHS.iter().enumerate() {
                self.links
                    .get_or_create(&LinkHealth { provider, health })
                    .set(counts[p][h]);
            }
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .expect("writing to a String cannot fail");
        out
    }
}

fn health_name(h: &Health) -> &'static str {
    match h {
        Health::Ok => "ok",
        Health::Expiring { .. } => "expiring",
        Health::Broken { .. } => "broken",
        Health::Unknown { .. } => "unknown",
    }
}

pub async fn metrics(State(shared): State<Arc<Shared>>) -> Response {
    let assessed = shared
        .blocking(|svc| {
            let now = svc.clock.now();
            let links = svc.state()?.read().all_integrations()?;
            Ok(links
                .iter()
                .map(|l| {
                    let a = health::assess(&l.org, &l.link, now, health::DEFAULT_WARN_WITHIN);
                    (l.link.provider.clone(), health_name(&a.health))
                })
                .collect::<Vec<_>>())
        })
        .await;
    match assessed {
        Ok(links) => shared
            .metrics
            .set_links(links.iter().map(|(p, h)| (p.as_str(), *h))),
        // The other series are still worth serving.
        Err(e) => tracing::error!(
            error = %crate::output::sanitize(&e.message),
            "metrics: cannot read the links"
        ),
    }
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
        m.set_links([("jobadder", "broken"), ("jobadder", "ok"), ("flare", "ok")]);
        m.set_links([("jobadder", "ok"), ("flare", "ok")]);
        let text = m.render();
        assert!(
            text.contains(r#"atslink_links{provider="jobadder",health="broken"} 0"#),
            "a recovered link leaves no stale series: {text}"
        );
        assert!(
            text.contains(r#"atslink_links{provider="jobadder",health="ok"} 1"#),
            "{text}"
        );
    }
}
