//! What `atslink demo` needs from the sandbox: the sandbox home set up for
//! a tour on the ports it was given, and what a person would type into the
//! sandbox along the way (the seeded administrator's sign-in, the Flare
//! account's key). These are the sandbox's public test data; they live
//! here so that the tour, like the rest of the product, never reads the
//! seed itself nor knows where the sandbox keeps its home.

use std::path::Path;

use super::seed;
use crate::error::Result;

/// The arguments that sign `sandbox browse` in as the seeded JobAdder
/// administrator, who may consent for the account.
pub fn admin_sign_in() -> [&'static str; 4] {
    [
        "--user",
        seed::JOBADDER_ADMIN_EMAIL,
        "--password",
        seed::JOBADDER_ADMIN_PASSWORD,
    ]
}

/// The sandbox Flare account's API key, as an administrator pastes it.
pub const FLARE_API_KEY: &str = seed::FLARE_API_KEY;

/// Writes the sandbox home's configuration for a tour: the consent's
/// callback on `callback_port` (a free port, so the tour runs where the
/// default one is taken; the caller registers it with the sandbox's app),
/// and `serve` on `serve_port`, where the button's launch URL points.
pub fn configure(base_home: &Path, callback_port: u16, serve_port: u16) -> Result<String> {
    let sandbox = super::home(base_home);
    crate::fsutil::ensure_private_dir(&sandbox)?;
    let redirect = format!("http://127.0.0.1:{callback_port}/callback");
    std::fs::write(
        sandbox.join(crate::config::FILE_NAME),
        format!(
            "# Written by `atslink demo`.\n[providers.jobadder]\nredirect_uri = \"{redirect}\"\n\
             partner_action_url = \"https://cv.example/launch?candidate={{candidateId}}&user={{userId}}\"\n\n\
             [serve]\nlisten = \"127.0.0.1:{serve_port}\"\npublic_url = \"http://127.0.0.1:{serve_port}\"\n"
        ),
    )?;
    Ok(redirect)
}
