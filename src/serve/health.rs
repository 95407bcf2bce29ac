//! `GET /healthz` (the process answers) and `GET /readyz` (it can serve:
//! the state store answers and its schema is the one this build knows;
//! 503 once draining, so a load balancer stops sending traffic).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::Shared;
use crate::error::{Error, Result};
use crate::state::LATEST_VERSION;

pub async fn healthz() -> Response {
    (StatusCode::OK, "ok\n").into_response()
}

pub async fn readyz(State(shared): State<Arc<Shared>>) -> Response {
    if shared.draining.load(Ordering::SeqCst) {
        return answer(Err(Error::unavailable("draining")));
    }
    let checked = shared
        .blocking(|svc| {
            let store = svc.state()?;
            store.read().ping()?;
            store.schema_version()
        })
        .await;
    // Draining may have begun while the store was checked.
    if shared.draining.load(Ordering::SeqCst) {
        return answer(Err(Error::unavailable("draining")));
    }
    answer(readiness(checked))
}

fn answer(ready: Result<()>) -> Response {
    match ready {
        Ok(()) => (StatusCode::OK, "ready\n").into_response(),
        Err(why) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {}\n", why.message),
        )
            .into_response(),
    }
}

fn readiness(version: Result<i64>) -> Result<()> {
    match version {
        Ok(v) if v == LATEST_VERSION => Ok(()),
        Ok(v) => Err(Error::failure(format!(
            "the state store has schema version {v}, this atslink expects {LATEST_VERSION}"
        ))),
        Err(e) => Err(Error::unavailable(format!(
            "the state store is unreachable: {}",
            e.message
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_only_on_the_current_schema() {
        assert!(readiness(Ok(LATEST_VERSION)).is_ok());
        assert!(
            readiness(Ok(LATEST_VERSION - 1))
                .unwrap_err()
                .message
                .contains("expects")
        );
        assert!(
            readiness(Err(Error::failure("disk I/O error")))
                .unwrap_err()
                .message
                .contains("unreachable")
        );
        assert_eq!(
            answer(Err(Error::unavailable("draining"))).status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
    }
}
