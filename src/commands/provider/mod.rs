pub mod set;
pub mod show;

use crate::providers::Provider;

/// The credential-store entry of a provider's platform-wide client secret.
pub fn client_secret_key(provider: Provider) -> crate::secrets::SecretKey {
    crate::secrets::SecretKey::client_secret(provider)
}

/// Which `provider set` flags apply to which provider.
pub fn applicable_flags(provider: Provider) -> &'static [&'static str] {
    match provider {
        Provider::JobAdder => &[
            "client-id",
            "client-secret-stdin",
            "authorize-url",
            "token-url",
            "api-url",
            "redirect-uri",
            "partner-action-url",
            "partner-action-name",
        ],
        Provider::Salesforce => &[
            "client-id",
            "client-secret-stdin",
            "login-url",
            "redirect-uri",
        ],
        Provider::Flare => &["api-url"],
    }
}

pub fn has_client_secret(provider: Provider) -> bool {
    applicable_flags(provider).contains(&"client-secret-stdin")
}
