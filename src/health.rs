//! A link's health, computed (never stored) from what the state database
//! knows: `ok`, `expiring` (the refresh token's idle deadline is inside the
//! warning window), `broken` (with its reason), `unknown`.

use serde::Serialize;
use time::{Duration, OffsetDateTime};

use crate::checks::Status;
use crate::checks::jobadder::{idle_forecast, idle_verdict};
use crate::clock;
use crate::error::ErrorKind;
use crate::providers::Provider;
use crate::state::IntegrationRow;

/// JobAdder refresh tokens die after 14 days unused.
pub const JOBADDER_IDLE: Duration = Duration::days(14);
pub const DEFAULT_WARN_WITHIN: Duration = Duration::days(5);

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Health {
    Ok,
    Expiring {
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    Broken {
        reason: String,
    },
    Unknown {
        reason: String,
    },
}

/// Serialised flat as `{"status", "reason"?, "refresh_deadline", "remedy"}`
/// (by hand: serde's `flatten` buffers every row, which shows at 1,000 links).
#[derive(Debug, Clone)]
pub struct Assessment {
    pub health: Health,
    /// When the refresh token is forecast to die if left unused.
    pub refresh_deadline: Option<String>,
    /// The command that fixes anything not `ok`.
    pub remedy: Option<String>,
}

impl Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (status, reason) = match &self.health {
            Health::Ok => ("ok", None),
            Health::Expiring { reason } => ("expiring", reason.as_deref()),
            Health::Broken { reason } => ("broken", Some(reason.as_str())),
            Health::Unknown { reason } => ("unknown", Some(reason.as_str())),
        };
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("status", status)?;
        if let Some(r) = reason {
            m.serialize_entry("reason", r)?;
        }
        m.serialize_entry("refresh_deadline", &self.refresh_deadline)?;
        m.serialize_entry("remedy", &self.remedy)?;
        m.end()
    }
}

impl Health {
    pub fn label(&self) -> String {
        match self {
            Health::Ok => "ok".into(),
            Health::Expiring { reason: None } => "expiring".into(),
            Health::Expiring { reason: Some(r) } => format!("expiring: {r}"),
            Health::Broken { reason } => format!("broken: {reason}"),
            Health::Unknown { reason } => format!("unknown: {reason}"),
        }
    }
}

/// Why a link is dead when its authorising user is gone. The refresh token
/// dies with the user (JobAdder and Salesforce alike), and the same user
/// cannot consent again, so the relink needs someone else.
pub fn user_gone_reason(provider: Provider, who: &str, what: &str) -> String {
    let provider = provider.label();
    format!(
        "the authorising {provider} user ({who}) was {what}, and the refresh token died with the user: \
         relink signed in as another active {provider} administrator"
    )
}

/// The exit code a listing of links ends with: 3 when any is broken (for
/// cron and monitoring), else 7 when any could not be checked.
pub fn exit_kind<'a>(healths: impl IntoIterator<Item = &'a Health>) -> Option<ErrorKind> {
    let mut worst = None;
    for h in healths {
        match h {
            Health::Broken { .. } => return Some(ErrorKind::Auth),
            Health::Unknown { .. } => worst = Some(ErrorKind::Unavailable),
            _ => {}
        }
    }
    worst
}

pub fn relink_command(provider: Provider, org: &str) -> String {
    format!(
        "atslink integration relink {} --org {org}",
        provider.as_str()
    )
}

/// A link's health. JobAdder's idle deadline is judged by `org check`'s
/// verdict (`checks::jobadder::idle_verdict`): its status decides ok,
/// expiring or broken and its fix is the remedy, so the two never differ.
/// Salesforce's idle policy belongs to the customer's app and is not
/// visible to atslink: no forecast rather than a guess.
pub fn assess(
    org: &str,
    link: &IntegrationRow,
    now: OffsetDateTime,
    warn_within: Duration,
) -> Assessment {
    let (verdict, deadline) = match link.provider {
        Provider::JobAdder => (
            Some(idle_verdict(org, link, now, warn_within)),
            idle_forecast(link, now, warn_within)
                .ok()
                .map(|f| f.deadline),
        ),
        _ => (None, None),
    };
    if let Some(reason) = &link.broken_reason {
        return Assessment {
            health: Health::Broken {
                reason: reason.clone(),
            },
            refresh_deadline: deadline.map(clock::format),
            remedy: Some(relink_command(link.provider, org)),
        };
    }
    let (health, remedy) = match verdict {
        Some(v) if v.status == Status::Fail => (
            Health::Broken {
                reason: format!(
                    "refresh token unused for more than {} days (last used {})",
                    JOBADDER_IDLE.whole_days(),
                    link.last_use_text()
                ),
            },
            v.fix,
        ),
        // With a deadline the label says enough; without one, why not.
        Some(v) if v.status == Status::Warn => (
            Health::Expiring {
                reason: deadline.is_none().then_some(v.evidence),
            },
            v.fix,
        ),
        _ => (Health::Ok, None),
    };
    Assessment {
        health,
        refresh_deadline: deadline.map(clock::format),
        remedy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use time::macros::datetime;

    /// A link whose `last_refresh_at` column holds `last_refresh_at`, read
    /// the way the state store reads it (an unreadable text included).
    fn link(last_refresh_at: Option<&str>) -> IntegrationRow {
        let mut unreadable = Vec::new();
        let last_refresh_at = crate::state::optional_time(
            last_refresh_at.map(str::to_string),
            "last_refresh_at",
            &mut unreadable,
        );
        IntegrationRow {
            account_id: Some("48213".into()),
            last_refresh_at,
            unreadable,
            ..IntegrationRow::new(
                Provider::JobAdder,
                datetime!(2026-03-01 00:00 UTC),
                Default::default(),
            )
        }
    }

    /// `token status`'s health and `org check`'s `jobadder.idle_deadline`
    /// agree on every state, the unreadable last use included (before,
    /// health called that "ok" with no deadline while the check warned).
    #[test]
    fn health_follows_the_idle_deadline_verdict_in_every_state() {
        let now = datetime!(2026-03-20 00:00 UTC);
        let window = DEFAULT_WARN_WITHIN;
        for (last, status, label) in [
            (Some("2026-03-19T00:00:00Z"), Status::Pass, "ok"),
            // Exactly the window left: a warning.
            (Some("2026-03-11T00:00:00Z"), Status::Warn, "expiring"),
            (Some("2026-03-06T00:00:01Z"), Status::Warn, "expiring"),
            // Exactly at the deadline: dead.
            (Some("2026-03-06T00:00:00Z"), Status::Fail, "broken"),
            (None, Status::Fail, "broken"),
            (Some("yesterday-ish"), Status::Warn, "expiring"),
        ] {
            let l = link(last);
            let check: Check = idle_verdict("acme", &l, now, window);
            let a = assess("acme", &l, now, window);
            assert_eq!(check.status, status, "{last:?}: {check:?}");
            assert!(
                a.health.label().starts_with(label),
                "{last:?}: {:?} vs {check:?}",
                a.health
            );
            assert_eq!(a.remedy, check.fix, "{last:?}");
            if let Some(d) = &a.refresh_deadline {
                assert!(check.evidence.contains(d.as_str()), "{d} vs {check:?}");
            }
        }
        let unreadable = assess("acme", &link(Some("yesterday-ish")), now, window);
        assert_eq!(
            unreadable.health.label(),
            "expiring: the last refresh time `yesterday-ish` cannot be read"
        );
        assert_eq!(
            unreadable.remedy.as_deref(),
            Some("atslink token refresh --org acme --provider jobadder")
        );
    }
}
