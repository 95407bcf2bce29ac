//! Names of credential-store entries, as a type: whose secret it is (the
//! owner) and which of its secrets (the field). The textual form is the name
//! every store has always used (`org/acme/jobadder/tokens`,
//! `provider/jobadder/client_secret`, …), so existing keychains, credential
//! files and `database` stores keep working; the `database` store binds the
//! owner and the field into each ciphertext as they are spelled here.

use std::fmt;
use std::str::FromStr;

use crate::providers::Provider;

/// Whose secret an entry is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Owner {
    /// One organisation's link to a provider: `org/<slug>/<provider>`.
    Link { org: String, provider: Provider },
    /// The platform's app registration at a provider: `provider/<provider>`.
    App(Provider),
    /// atslink's own (the master key's keychain entry): `secrets`.
    Atslink,
}

/// Which secret of its owner an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A link's access and refresh token, as one entry.
    Tokens,
    /// A Flare link's API key.
    ApiKey,
    /// An OAuth client secret (the platform's app, or a Salesforce link's own app).
    ClientSecret,
    /// A Salesforce link's JWT bearer signing key.
    JwtKey,
    /// The salt of the JobAdder button's hashed URLs.
    ActionSalt,
    /// The `Authorization` value JobAdder's webhooks send back.
    WebhookAuthorization,
    /// The `database` store's master key, in the keychain.
    MasterKey,
}

impl Field {
    const ALL: [Field; 7] = [
        Field::Tokens,
        Field::ApiKey,
        Field::ClientSecret,
        Field::JwtKey,
        Field::ActionSalt,
        Field::WebhookAuthorization,
        Field::MasterKey,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Field::Tokens => "tokens",
            Field::ApiKey => "api_key",
            Field::ClientSecret => "client_secret",
            Field::JwtKey => "jwt_key",
            Field::ActionSalt => "action_salt",
            Field::WebhookAuthorization => "webhook_authorization",
            Field::MasterKey => "master_key",
        }
    }
}

/// The name of one credential-store entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SecretKey {
    pub owner: Owner,
    pub field: Field,
}

impl SecretKey {
    fn link(org: &str, provider: Provider, field: Field) -> SecretKey {
        SecretKey {
            owner: Owner::Link {
                org: org.to_string(),
                provider,
            },
            field,
        }
    }

    /// A link's tokens: `org/<org>/<provider>/tokens`.
    pub fn tokens(org: &str, provider: Provider) -> SecretKey {
        SecretKey::link(org, provider, Field::Tokens)
    }

    /// A Flare link's API key: `org/<org>/flare/api_key`.
    pub fn flare_api_key(org: &str) -> SecretKey {
        SecretKey::link(org, Provider::Flare, Field::ApiKey)
    }

    /// A Salesforce link's own app secret: `org/<org>/salesforce/client_secret`.
    pub fn salesforce_client_secret(org: &str) -> SecretKey {
        SecretKey::link(org, Provider::Salesforce, Field::ClientSecret)
    }

    /// A Salesforce link's JWT key: `org/<org>/salesforce/jwt_key`.
    pub fn salesforce_jwt_key(org: &str) -> SecretKey {
        SecretKey::link(org, Provider::Salesforce, Field::JwtKey)
    }

    /// The JobAdder button's salt: `org/<org>/jobadder/action_salt`.
    pub fn action_salt(org: &str) -> SecretKey {
        SecretKey::link(org, Provider::JobAdder, Field::ActionSalt)
    }

    /// The webhooks' authorization value: `org/<org>/jobadder/webhook_authorization`.
    pub fn webhook_authorization(org: &str) -> SecretKey {
        SecretKey::link(org, Provider::JobAdder, Field::WebhookAuthorization)
    }

    /// The platform app's client secret: `provider/<provider>/client_secret`.
    pub fn client_secret(provider: Provider) -> SecretKey {
        SecretKey {
            owner: Owner::App(provider),
            field: Field::ClientSecret,
        }
    }

    /// The master key's keychain entry: `secrets/master_key`.
    pub fn master_key() -> SecretKey {
        SecretKey {
            owner: Owner::Atslink,
            field: Field::MasterKey,
        }
    }

    /// The owner as the `database` store spells it (its associated data).
    pub fn owner_text(&self) -> String {
        match &self.owner {
            Owner::Link { org, provider } => format!("org/{org}/{}", provider.as_str()),
            Owner::App(provider) => format!("provider/{}", provider.as_str()),
            Owner::Atslink => "secrets".to_string(),
        }
    }
}

impl fmt::Display for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.owner_text(), self.field.as_str())
    }
}

/// A stored entry name that is none of the names atslink writes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown credential name {0:?}")]
pub struct UnknownSecretKey(pub String);

impl FromStr for SecretKey {
    type Err = UnknownSecretKey;

    /// Reads a name back (from `credential_refs`): the inverse of `Display`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let unknown = || UnknownSecretKey(s.to_string());
        let (owner, field) = s.rsplit_once('/').ok_or_else(unknown)?;
        let field = Field::ALL
            .into_iter()
            .find(|f| f.as_str() == field)
            .ok_or_else(unknown)?;
        let provider = |p: &str| p.parse::<Provider>().map_err(|_| unknown());
        let owner = match owner.split('/').collect::<Vec<_>>().as_slice() {
            ["org", org, p] if !org.is_empty() => Owner::Link {
                org: org.to_string(),
                provider: provider(p)?,
            },
            ["provider", p] => Owner::App(provider(p)?),
            ["secrets"] => Owner::Atslink,
            _ => return Err(unknown()),
        };
        Ok(SecretKey { owner, field })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Today's names, written out: a store holding entries under these
    /// must keep finding them.
    #[test]
    fn the_textual_forms_are_the_names_stores_already_hold() {
        let cases = [
            (
                SecretKey::tokens("acme", Provider::JobAdder),
                "org/acme/jobadder/tokens",
            ),
            (
                SecretKey::tokens("acme", Provider::Salesforce),
                "org/acme/salesforce/tokens",
            ),
            (SecretKey::flare_api_key("acme"), "org/acme/flare/api_key"),
            (
                SecretKey::salesforce_client_secret("acme"),
                "org/acme/salesforce/client_secret",
            ),
            (
                SecretKey::salesforce_jwt_key("acme"),
                "org/acme/salesforce/jwt_key",
            ),
            (
                SecretKey::action_salt("acme"),
                "org/acme/jobadder/action_salt",
            ),
            (
                SecretKey::webhook_authorization("acme"),
                "org/acme/jobadder/webhook_authorization",
            ),
            (
                SecretKey::client_secret(Provider::JobAdder),
                "provider/jobadder/client_secret",
            ),
            (
                SecretKey::client_secret(Provider::Salesforce),
                "provider/salesforce/client_secret",
            ),
            (SecretKey::master_key(), "secrets/master_key"),
        ];
        for (key, name) in cases {
            assert_eq!(key.to_string(), name);
            assert_eq!(name.parse::<SecretKey>(), Ok(key.clone()), "{name}");
            // The `database` store's owner and field: the name split at its
            // last `/`, as the rows already stored were sealed.
            let (owner, field) = name.rsplit_once('/').unwrap();
            assert_eq!(
                (key.owner_text().as_str(), key.field.as_str()),
                (owner, field)
            );
        }
    }

    #[test]
    fn a_name_atslink_does_not_write_is_refused_with_the_name() {
        for name in [
            "plain",
            "org/acme/bullhorn/tokens",
            "org/acme/jobadder/password",
            "org//jobadder/tokens",
            "provider/jobadder/extra/client_secret",
        ] {
            let e = name.parse::<SecretKey>().unwrap_err();
            assert_eq!(e.to_string(), format!("unknown credential name {name:?}"));
        }
    }
}
