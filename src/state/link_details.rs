//! What a link records about how it was made, beyond its columns: the
//! `integrations.details` text (a JSON object), typed.
//!
//! The stored text keeps the key names every version has written (`flow`,
//! `login_url`, `client_id`, `org_id`, `user_id`, `username`). A key this
//! version does not know (written by a newer version, or by hand) is kept
//! in `extra` and written back, so saving a row never loses what another
//! atslink put there. Secrets never go here: they live in the credential
//! store (`tests/cli/scan.rs` scans the database for them).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Read leniently (see `From<Map>`): a known key holding an unexpected
/// type stays in `extra` as it was instead of failing the whole object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, from = "Map<String, Value>")]
pub struct LinkDetails {
    /// How the tokens were granted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow: Option<LinkFlow>,
    /// Salesforce: the login host the connected app was consented on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_url: Option<String>,
    /// Salesforce: the connected app's consumer key (public, not a secret).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Salesforce: the org (`00D…`) and user (`005…`) the grant belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Salesforce: who granted it; the JWT bearer flow signs its assertion
    /// for this user. Versions before the typed details wrote `null` when
    /// unknown; absent and `null` read the same (no reader tells them
    /// apart), and an unknown username is now left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// JobAdder: the URL atslink last registered the Actions-menu button
    /// at (linking, or `integration button --update`), so listings say
    /// where it points rather than where the config would point it now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub button_url: Option<String>,
    /// Keys this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl LinkDetails {
    pub fn flow(flow: LinkFlow) -> Self {
        LinkDetails {
            flow: Some(flow),
            ..LinkDetails::default()
        }
    }

    /// Reads the stored text. A text that is not a JSON object at all
    /// (only a hand edit makes one) keeps nothing typed but is not lost:
    /// it is kept under `extra["unreadable"]`, so the next save writes it
    /// back rather than dropping it.
    pub fn from_stored(text: &str) -> Self {
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => map.into(),
            _ if text.trim().is_empty() => LinkDetails::default(),
            _ => {
                let mut d = LinkDetails::default();
                d.extra.insert("unreadable".into(), text.into());
                d
            }
        }
    }

    /// The text stored in `integrations.details`.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).expect("string keys and JSON values always serialise")
    }

    pub fn is_jwt_bearer(&self) -> bool {
        self.flow == Some(LinkFlow::JwtBearer)
    }
}

/// The keys `LinkDetails` types (its field names).
const KNOWN: &[&str] = &[
    "flow",
    "login_url",
    "client_id",
    "org_id",
    "user_id",
    "username",
    "button_url",
];

impl From<Map<String, Value>> for LinkDetails {
    fn from(map: Map<String, Value>) -> Self {
        let mut d = LinkDetails::default();
        for (key, value) in map {
            let Value::String(s) = value else {
                // `null` on a known key is how earlier versions wrote "not
                // known"; any other value that is not text stays as it was.
                if !value.is_null() || !KNOWN.contains(&key.as_str()) {
                    d.extra.insert(key, value);
                }
                continue;
            };
            match key.as_str() {
                "flow" => d.flow = Some(s.into()),
                "login_url" => d.login_url = Some(s),
                "client_id" => d.client_id = Some(s),
                "org_id" => d.org_id = Some(s),
                "user_id" => d.user_id = Some(s),
                "username" => d.username = Some(s),
                "button_url" => d.button_url = Some(s),
                _ => {
                    d.extra.insert(key, Value::String(s));
                }
            }
        }
        d
    }
}

/// The grant a link's tokens came from (`details.flow`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum LinkFlow {
    /// OAuth authorization code (JobAdder; Salesforce's web-server flow).
    AuthorizationCode,
    /// Salesforce's device flow.
    Device,
    /// Salesforce's JWT bearer grant: no refresh token, a new assertion
    /// each time.
    JwtBearer,
    /// Flare: an API key, nothing to refresh.
    ApiKey,
    /// A flow this version does not know, kept by name.
    Other(String),
}

impl LinkFlow {
    pub fn as_str(&self) -> &str {
        match self {
            LinkFlow::AuthorizationCode => "authorization_code",
            LinkFlow::Device => "device",
            LinkFlow::JwtBearer => "jwt_bearer",
            LinkFlow::ApiKey => "api_key",
            LinkFlow::Other(s) => s,
        }
    }
}

impl From<String> for LinkFlow {
    fn from(s: String) -> Self {
        match s.as_str() {
            "authorization_code" => LinkFlow::AuthorizationCode,
            "device" => LinkFlow::Device,
            "jwt_bearer" => LinkFlow::JwtBearer,
            "api_key" => LinkFlow::ApiKey,
            _ => LinkFlow::Other(s),
        }
    }
}

impl From<LinkFlow> for String {
    fn from(f: LinkFlow) -> Self {
        match f {
            LinkFlow::Other(s) => s,
            known => known.as_str().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts exactly as earlier versions stored them (JSON built with
    /// `json!` in this key order): read and written back, byte for byte.
    #[test]
    fn stored_texts_of_earlier_versions_round_trip_unchanged() {
        for text in [
            r#"{"flow":"authorization_code"}"#,
            r#"{"flow":"api_key"}"#,
            r#"{"flow":"device","login_url":"https://login.salesforce.com","client_id":"3MVG9-app","org_id":"00D5g000004SALES","user_id":"0055g00000ABCDE","username":"ana@acme.example"}"#,
            r#"{"flow":"jwt_bearer","login_url":"https://test.salesforce.com","client_id":"3MVG9-app","org_id":"00D5g000004SALES","user_id":"0055g00000ABCDE","username":"int@acme.example"}"#,
            "{}",
        ] {
            let d = LinkDetails::from_stored(text);
            assert_eq!(d.to_stored(), text);
        }
    }

    #[test]
    fn known_keys_are_typed() {
        let d = LinkDetails::from_stored(
            r#"{"flow":"jwt_bearer","login_url":"https://login.salesforce.com","client_id":"3MVG9-app","username":"int@acme.example"}"#,
        );
        assert!(d.is_jwt_bearer());
        assert_eq!(d.login_url.as_deref(), Some("https://login.salesforce.com"));
        assert_eq!(d.client_id.as_deref(), Some("3MVG9-app"));
        assert_eq!(d.username.as_deref(), Some("int@acme.example"));
        assert!(d.extra.is_empty());
    }

    /// A newer version's keys and flows survive a save by this one (the
    /// known keys first, then the others by name).
    #[test]
    fn unknown_keys_and_flows_are_kept() {
        let text = r#"{"flow":"saml_bearer","client_id":"3MVG9-app","region":"eu","scopes_granted":["api","refresh_token"],"since":3}"#;
        let d = LinkDetails::from_stored(text);
        assert_eq!(d.flow, Some(LinkFlow::Other("saml_bearer".into())));
        assert_eq!(d.extra.len(), 3);
        assert_eq!(d.to_stored(), text);
        assert_eq!(LinkDetails::from_stored(&d.to_stored()), d);
    }

    /// `"username": null` (written when Salesforce named nobody) reads as
    /// no username, and the saved text says the same by leaving it out.
    #[test]
    fn a_null_username_reads_as_none() {
        let text = r#"{"flow":"device","login_url":"https://login.salesforce.com","client_id":"c","org_id":"o","user_id":"u","username":null}"#;
        let d = LinkDetails::from_stored(text);
        assert_eq!(d.username, None);
        assert!(d.extra.is_empty());
        let again: serde_json::Value = serde_json::from_str(&d.to_stored()).unwrap();
        let mut before: serde_json::Value = serde_json::from_str(text).unwrap();
        before.as_object_mut().unwrap().remove("username");
        assert_eq!(again, before);
    }

    /// A known key of an unexpected type is kept as it was, and the
    /// others still read; a text that is not an object is kept rather than
    /// dropped on the next save.
    #[test]
    fn what_does_not_fit_is_kept() {
        let d = LinkDetails::from_stored(r#"{"flow":"device","client_id":42}"#);
        assert_eq!(d.flow, Some(LinkFlow::Device));
        assert_eq!(d.client_id, None);
        assert_eq!(d.to_stored(), r#"{"flow":"device","client_id":42}"#);
        let d = LinkDetails::from_stored("not json");
        assert_eq!(d.flow, None);
        assert_eq!(d.extra["unreadable"], "not json");
        assert_eq!(LinkDetails::from_stored("").to_stored(), "{}");
    }
}
