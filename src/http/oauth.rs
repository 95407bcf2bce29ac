//! The `oauth2` crate's HTTP client: every OAuth request the crate builds
//! is sent through the same policy as API calls (timeouts, body cap,
//! retries, `Retry-After`, `-vv` tracing), over the same connection pool.

use std::future::Future;
use std::pin::Pin;

use oauth2::{AsyncHttpClient, HttpRequest, HttpResponse};

use super::{Http, Retry, oauth_error};
use crate::providers::ClientError;

/// `Http` as the crate's client, with the retry rule for this grant.
pub struct OAuthHttp<'a> {
    http: &'a Http,
    retry: Retry,
}

impl Http {
    /// The crate's view of this client; `retry` is the grant's retry rule
    /// (a refresh is `Retry::Never`: the locked refresh owns its retries).
    pub fn oauth(&self, retry: Retry) -> OAuthHttp<'_> {
        OAuthHttp { http: self, retry }
    }
}

impl<'c> AsyncHttpClient<'c> for OAuthHttp<'_> {
    type Error = ClientError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, ClientError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let req = self
                .http
                .client
                .request(parts.method, parts.uri.to_string())
                .headers(parts.headers)
                .body(body)
                .build()
                .map_err(|e| ClientError::Invalid(format!("cannot build the request: {e}")))?;
            let reply = self.http.execute(req, self.retry).await?;
            if !reply.status.is_success() {
                // Rate limits, outages and unreadable error bodies keep the
                // meaning the rest of atslink gives them (retryable, or not
                // echoed); only a proper OAuth error goes to the crate to read.
                let mapped = oauth_error(reply.status, &reply.body, reply.retry_after());
                if !matches!(mapped, ClientError::OAuth { .. }) {
                    return Err(mapped);
                }
            }
            let mut resp = HttpResponse::new(reply.body);
            *resp.status_mut() = reply.status;
            *resp.headers_mut() = reply.headers;
            Ok(resp)
        })
    }
}
