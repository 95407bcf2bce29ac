//! A link's tokens as one credential-store entry, so the access token and
//! the (rotating) refresh token always change together.

use serde_json::json;
use time::OffsetDateTime;

use crate::clock;
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::secrets::{SecretKey, SecretString};

pub struct TokenSet {
    pub access_token: SecretString,
    pub refresh_token: Option<SecretString>,
    pub access_expires_at: Option<OffsetDateTime>,
}

/// The credential-store key of a link's tokens.
pub fn key(org: &str, provider: Provider) -> SecretKey {
    SecretKey::tokens(org, provider)
}

impl TokenSet {
    pub fn to_secret(&self) -> SecretString {
        let doc = json!({
            "access_token": self.access_token.expose(),
            "refresh_token": self.refresh_token.as_ref().map(SecretString::expose),
            "access_expires_at": self.access_expires_at.map(clock::format),
        });
        SecretString::new(doc.to_string())
    }

    pub fn from_secret(secret: &SecretString) -> Result<TokenSet> {
        #[derive(serde::Deserialize)]
        struct Stored {
            access_token: SecretString,
            refresh_token: Option<SecretString>,
            access_expires_at: Option<String>,
        }
        let s: Stored = serde_json::from_str(secret.expose())
            .map_err(|_| Error::failure("a stored token entry is unreadable"))?;
        Ok(TokenSet {
            access_token: s.access_token,
            refresh_token: s.refresh_token,
            access_expires_at: s
                .access_expires_at
                .as_deref()
                .map(clock::parse)
                .transpose()?,
        })
    }
}
