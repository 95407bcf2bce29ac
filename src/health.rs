//! A link's health, computed (never stored) from what the state database
//! knows: `ok`, `expiring` (the refresh token's idle deadline is inside the
//! warning window), `broken` (with its reason), `unknown`.

use serde::Serialize;
use time::{Duration, OffsetDateTime};

use crate::checks::jobadder::{Idle, idle_forecast};
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

pub fn assess(
    org: &str,
    link: &IntegrationRow,
    now: OffsetDateTime,
    warn_within: Duration,
) -> Assessment {
    // JobAdder's forecast is `org check`'s (`jobadder.idle_deadline`).
    // Salesforce's idle policy belongs to the customer's app and is not
    // visible to atslink: no forecast rather than a guess.
    let forecast = match link.provider {
        Provider::JobAdder => idle_forecast(link, now, warn_within).ok(),
        _ => None,
    };
    let health = if let Some(reason) = &link.broken_reason {
        Health::Broken {
            reason: reason.clone(),
        }
    } else {
        match &forecast {
            Some(f) if f.idle == Idle::Dead => Health::Broken {
                reason: format!(
                    "refresh token unused for more than {} days (last used {})",
                    JOBADDER_IDLE.whole_days(),
                    f.last_use
                ),
            },
            Some(f) if f.idle == Idle::Near => Health::Expiring { reason: None },
            _ => Health::Ok,
        }
    };
    let deadline = forecast.map(|f| f.deadline);
    let remedy = match &health {
        Health::Ok => None,
        // Idle expiry ahead: using the refresh token resets the clock.
        Health::Expiring { .. } => Some(format!(
            "atslink token refresh --org {org} --provider {}",
            link.provider.as_str()
        )),
        Health::Broken { .. } | Health::Unknown { .. } => Some(relink_command(link.provider, org)),
    };
    Assessment {
        health,
        refresh_deadline: deadline.map(clock::format),
        remedy,
    }
}
