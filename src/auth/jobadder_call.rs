//! A JobAdder API call made with the link's access token from the locked
//! refresh path: refreshed first if close to expiry, and once more (then
//! the call retried) if JobAdder answers 401 anyway.

use crate::auth::refresh::{self, Mode};
use crate::error::{Error, Result};
use crate::providers::jobadder;
use crate::providers::{ClientError, ClientResult, Provider};
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::Org;

/// Runs `f` with a client, the account's API base and an access token.
/// The outer error is getting a token; the inner result is the call's last
/// answer, for the caller to read (a 404 may be fine) and word.
pub fn with_access<T>(
    svc: &mut Services,
    org: &Org,
    f: impl Fn(&jobadder::Client, &str, &SecretString) -> ClientResult<T>,
) -> Result<ClientResult<T>> {
    let client = jobadder::Client::new(svc.http());
    let mut mode = Mode::IfNeeded;
    loop {
        let access = refresh::access(svc, org, Provider::JobAdder, mode)?;
        let api = access
            .api_base
            .ok_or_else(|| Error::failure("the JobAdder link has no API base"))?;
        match f(&client, &api, &access.token) {
            Err(ClientError::Unauthorized(_)) if mode == Mode::IfNeeded => mode = Mode::Expired,
            other => return Ok(other),
        }
    }
}
