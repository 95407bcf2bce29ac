//! The emulator's world: what JobAdder, Salesforce and Flare hold, as one
//! value (stored by `store`: read from a snapshot, changed in one
//! transaction, so concurrent servers and control commands in other
//! processes see one consistent world). The collections that grow with
//! use are [`Records`], which `store` keeps record by record. Tokens are kept as SHA-256 hashes
//! only: the world file never holds a usable token.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

pub use super::records::Records;
pub use super::store::{WorldDb, read_world, with_world};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct World {
    /// Random id, new on every reset: `/_sandbox/health` reports it.
    pub id: String,
    /// Seconds added to the system time (`sandbox clock advance`).
    pub clock_offset: i64,
    pub next_id: u64,
    pub jobadder: JaWorld,
    pub salesforce: SfWorld,
    pub flare: FlareWorld,
    #[serde(default)]
    pub families: Vec<Family>,
    #[serde(default)]
    pub tokens: Vec<Token>,
    #[serde(default)]
    pub codes: Vec<AuthCode>,
    /// Authorize requests waiting for login and consent.
    #[serde(default)]
    pub pending: Vec<Pending>,
    #[serde(default)]
    pub devices: Vec<DeviceCode>,
    /// Per-minute request limits; the requests counted against them are
    /// rows beside the document (see `store`), as are injected faults.
    #[serde(default)]
    pub rates: Rates,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JaWorld {
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uris: Vec<String>,
    pub accounts: Vec<JaAccount>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JaAccount {
    pub account: u64,
    pub name: String,
    pub instance: String,
    pub users: Vec<JaUser>,
    pub candidates: Records,
    pub placements: Records,
    #[serde(default)]
    pub partner_actions: Vec<Value>,
    #[serde(default)]
    pub notes: Records,
    /// `CandidateAttachmentModel`s (metadata; no file bodies).
    #[serde(default)]
    pub attachments: Vec<Value>,
    /// Registered webhooks (with their authorization value and recent
    /// failure times, which the API never shows).
    #[serde(default)]
    pub webhooks: Vec<Value>,
    /// Events waiting for delivery (or for their next retry).
    #[serde(default)]
    pub webhook_queue: Vec<Value>,
}

impl JaAccount {
    /// The account's user named by email (any case) or by user id, as the
    /// sandbox's commands take it.
    pub fn user_by_email_or_id(&self, user: &str) -> crate::error::Result<&JaUser> {
        self.users
            .iter()
            .find(|u| u.email.eq_ignore_ascii_case(user) || u.user_id.to_string() == user)
            .ok_or_else(|| {
                crate::error::Error::not_found(format!(
                    "no user `{user}` in JobAdder account {}",
                    self.account
                ))
            })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JaUser {
    pub user_id: u64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub password: String,
    pub position: String,
    pub admin: bool,
    /// JobAdder's "Grant API access to Integration partners" permission:
    /// with it a non-administrator may consent too.
    #[serde(default)]
    pub grant_api_access: bool,
    pub inactive: bool,
    pub deleted: bool,
    /// Deactivated, yet its refresh tokens are still accepted (`sandbox
    /// user deactivate --refresh-still-works`): JobAdder documents the
    /// refusal only for deleted users, so atslink must not rely on it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub refresh_while_inactive: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfWorld {
    pub app: SfApp,
    pub orgs: Vec<SfOrg>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfApp {
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uris: Vec<String>,
    pub rotation: bool,
    /// Seconds a refresh token may go unused; `None` is "valid until revoked".
    pub idle_limit: Option<i64>,
    pub device_flow: bool,
    pub jwt_bearer: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfOrg {
    pub org_id: String,
    pub name: String,
    pub users: Vec<SfUser>,
    pub contacts: Vec<Value>,
    /// ContentDocumentLink rows with their ContentDocument nested.
    pub files: Vec<Value>,
    /// The instance an org migration moved the org to (`sandbox salesforce
    /// move-instance`), served at `/salesforce/instance/<name>`; `None`:
    /// the original `/salesforce/instance`. Userinfo and new tokens name
    /// the current one; calls to an old one keep working, as Salesforce
    /// redirects them for a while after a migration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SfUser {
    pub id: String,
    pub username: String,
    pub email: String,
    pub password: String,
    pub first_name: String,
    pub last_name: String,
    pub active: bool,
    /// Salesforce has no "deleted" users; `sandbox user delete` freezes the
    /// user out like a deactivation and hides it from `user list`.
    #[serde(default)]
    pub deleted: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FlareWorld {
    /// SHA-256 of the account's API key: like every other credential in
    /// the world, the key itself is never stored.
    pub api_key_hash: String,
    pub account: Value,
    pub locations: Vec<Value>,
    pub legal_entities: Vec<Value>,
    pub brands: Vec<Value>,
    pub cost_centres: Vec<Value>,
    pub people: Records,
    /// `{"payGroupId","name","legalEntityIds"}`: the FAQ's "JobAdder" pay
    /// group must hold every legal entity, or role information is wrong.
    #[serde(default)]
    pub pay_groups: Vec<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    Jobadder,
    Salesforce,
    Flare,
}

impl Provider {
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::Jobadder => "jobadder",
            Provider::Salesforce => "salesforce",
            Provider::Flare => "flare",
        }
    }
}

/// One grant and all its rotations: what `sandbox grants` reports.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Family {
    pub id: String,
    pub provider: Provider,
    /// `authorization_code`, `device` or `jwt-bearer`.
    pub grant: String,
    pub client_id: String,
    /// JobAdder account number or Salesforce org id.
    pub account: String,
    pub user_id: String,
    pub user: String,
    pub scopes: Vec<String>,
    pub created_at: i64,
    pub refreshes: u32,
    /// Refresh attempts refused (reuse of a rotated token, expired, user gone).
    pub failed_refreshes: u32,
    pub reuse_detected: u32,
    pub last_refresh_at: Option<i64>,
    pub revoked: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Access,
    Refresh,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Token {
    /// SHA-256 of the token, hex.
    pub hash: String,
    pub kind: TokenKind,
    pub family: String,
    pub issued_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: i64,
    /// Rotated away: its successor exists; using it again is reuse.
    pub superseded: bool,
    pub revoked: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthCode {
    pub hash: String,
    pub provider: Provider,
    pub client_id: String,
    pub redirect_uri: String,
    pub account: String,
    pub user_id: String,
    pub scopes: Vec<String>,
    pub code_challenge: Option<String>,
    pub expires_at: i64,
    pub used: bool,
}

/// An authorize (or device verification) request between its login page
/// and the consent decision.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pending {
    pub id: String,
    pub provider: Provider,
    pub client_id: String,
    pub redirect_uri: String,
    pub state: Option<String>,
    pub scopes: Vec<String>,
    pub code_challenge: Option<String>,
    /// Set for a device-flow verification instead of a redirect.
    pub device: Option<String>,
    /// Set after a successful login: (account or org, user id).
    pub login: Option<(String, String)>,
    pub expires_at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeviceCode {
    pub device_hash: String,
    pub user_code: String,
    pub scopes: Vec<String>,
    pub expires_at: i64,
    /// `pending`, `approved`, `denied` or `used`.
    pub status: String,
    pub approved: Option<(String, String)>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum FaultKind {
    Status {
        status: u16,
    },
    Latency {
        millis: u64,
    },
    Drop,
    /// Answer as usual, but with this `links.next` in a paged answer
    /// (`{self}` stands for the request's own URL): a hostile or broken
    /// paging link.
    #[serde(rename = "next_link")]
    NextLink {
        url: String,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fault {
    pub id: u64,
    pub prefix: String,
    #[serde(flatten)]
    pub kind: FaultKind,
    pub remaining: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Rates {
    pub jobadder: Option<u32>,
    pub flare: Option<u32>,
}

impl World {
    /// The world clock: system time plus the offset, whole seconds.
    pub fn now(&self) -> OffsetDateTime {
        World::now_at(self.clock_offset)
    }

    /// The world clock of a world whose offset is `clock_offset`.
    pub fn now_at(clock_offset: i64) -> OffsetDateTime {
        let t = OffsetDateTime::now_utc() + time::Duration::seconds(clock_offset);
        t.replace_nanosecond(0).expect("0 ns is valid")
    }

    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    pub fn family_mut(&mut self, id: &str) -> Option<&mut Family> {
        self.families.iter_mut().find(|f| f.id == id)
    }

    /// Revokes a family and every token in it.
    pub fn revoke_family(&mut self, id: &str, reason: &str) {
        if let Some(f) = self.family_mut(id)
            && f.revoked.is_none()
        {
            f.revoked = Some(reason.to_string());
        }
        for t in self.tokens.iter_mut().filter(|t| t.family == id) {
            t.revoked = true;
        }
    }

    /// The collections kept record by record (see `store`), each with a
    /// name that is stable while the world's structure is: the same names
    /// in the same order for the same accounts.
    pub fn records_mut(&mut self) -> Vec<(String, &mut Records)> {
        let mut out = Vec::new();
        for a in &mut self.jobadder.accounts {
            let n = a.account;
            out.push((format!("jobadder/{n}/candidates"), &mut a.candidates));
            out.push((format!("jobadder/{n}/placements"), &mut a.placements));
            out.push((format!("jobadder/{n}/notes"), &mut a.notes));
        }
        out.push(("flare/people".to_string(), &mut self.flare.people));
        out
    }

    /// Drops records nobody can use any more, so a long-lived world stays
    /// small: expired codes, pending requests and device codes.
    pub fn prune(&mut self, now: i64) {
        self.codes.retain(|c| c.expires_at > now && !c.used);
        self.pending.retain(|p| p.expires_at > now);
        self.devices
            .retain(|d| d.expires_at > now && d.status != "used");
        self.tokens.retain(|t| {
            !(t.kind == TokenKind::Access && t.expires_at.is_some_and(|e| e + 86_400 < now))
        });
    }
}
