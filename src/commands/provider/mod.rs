pub mod set;
pub mod show;

use crate::cli::ProviderName;

/// The credential-store entry of a provider's platform-wide client secret.
pub fn client_secret_key(provider: ProviderName) -> String {
    format!("provider/{}/client_secret", provider.as_str())
}

/// Which `provider set` flags apply to which provider.
pub fn applicable_flags(provider: ProviderName) -> &'static [&'static str] {
    match provider {
        ProviderName::Jobadder => &[
            "client-id",
            "client-secret-stdin",
            "authorize-url",
            "token-url",
            "api-url",
            "redirect-uri",
            "partner-action-url",
            "partner-action-name",
        ],
        ProviderName::Salesforce => &[
            "client-id",
            "client-secret-stdin",
            "login-url",
            "redirect-uri",
        ],
        ProviderName::Flare => &["api-url"],
    }
}

pub fn has_client_secret(provider: ProviderName) -> bool {
    applicable_flags(provider).contains(&"client-secret-stdin")
}
