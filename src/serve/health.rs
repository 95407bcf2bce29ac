//! `GET /healthz` (the process answers) and `GET /readyz` (it can serve:
//! the state store answers and its schema is the one this build knows;
//! 503 once draining, so a load balancer stops sending traffic).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::Shared;
use crate::state::LATEST_VERSION;

pub async fn healthz() -> Response {
    (StatusCode::OK, "ok\n").into_response()
}

pub async fn readyz(State(shared): State<Arc<Shared>>) -> Response {
    if shared.draining.load(Ordering::SeqCst) {
        return answer(Err("draining".into()));
    }
    let checked = shared
        .blocking(|ctx| {
            let store = ctx.state()?;
            store.read().ping()?;
            store.schema_version()
        })
        .await;
    // Draining may have begun while the store was checked.
    if shared.draining.load(Ordering::SeqCst) {
        return answer(Err("draining".into()));
    }
    answer(readiness(checked))
}

fn answer(ready: Result<(), String>) -> Response {
    match ready {
        Ok(()) => (StatusCode::OK, "ready\n").into_response(),
        Err(why) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {why}\n"),
        )
            .into_response(),
    }
}

fn readiness(version: crate::error::Result<i64>) -> Result<(), String> {
    match version {
        Ok(v) if v == LATEST_VERSION => Ok(()),
        Ok(v) => Err(format!(
            "the state store has schema version {v}, this atslink expects {LATEST_VERSION}"
        )),
        Err(e) => Err(format!("the state store is unreachable: {}", e.message)),
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
                .contains("expects")
        );
        assert!(
            readiness(Err(crate::error::Error::failure("disk I/O error")))
                .unwrap_err()
                .contains("unreachable")
        );
        assert_eq!(
            answer(Err("draining".into())).status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
    }
}
