//! The pieces of the HTTP policy the JobAdder client still calls directly.
//! The policy itself lives in `crate::http`; this shim goes away when the
//! JobAdder client moves onto `crate::http::Http` like Salesforce and Flare
//! (left for after the paging work in `providers/jobadder` lands).

use reqwest::{Response, StatusCode};

use crate::http::Policy;
pub use crate::http::{decode, snippet, transport};

use super::{ClientError, ClientResult};

pub fn client() -> reqwest::Client {
    let p = Policy::default();
    reqwest::Client::builder()
        .connect_timeout(p.connect_timeout)
        .timeout(p.total_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("atslink/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("a client with static settings builds")
}

/// Reads a body up to the policy's cap.
pub async fn body(mut resp: Response) -> ClientResult<Vec<u8>> {
    let max = Policy::default().max_body;
    let mut out = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(transport)? {
        if out.len() + chunk.len() > max {
            return Err(ClientError::Invalid(format!(
                "response larger than {} MiB",
                max / (1024 * 1024)
            )));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

pub fn retry_after(resp: &Response) -> Option<u64> {
    crate::http::policy::retry_after(resp.headers())
}

pub fn status_error(status: StatusCode, message: String) -> ClientError {
    crate::http::status_error(status, message, None)
}
