//! The policy, tested once against a scripted server on loopback.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::*;

/// Serves `script` (raw HTTP responses), one per connection, and records
/// each request's head.
pub(crate) async fn server(script: Vec<String>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        for answer in script {
            let (mut sock, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 16 * 1024];
            let n = sock.read(&mut buf).await.unwrap();
            log.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&buf[..n]).into_owned());
            sock.write_all(answer.as_bytes()).await.unwrap();
            sock.shutdown().await.ok();
        }
    });
    (base, seen)
}

pub(crate) fn answer(status: &str, extra: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status}\r\nconnection: close\r\ncontent-length: {}\r\n{extra}\r\n{body}",
        body.len()
    )
}

/// The policy with waits short enough for a test.
pub(crate) fn quick() -> Http {
    Http::new(Policy {
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
        ..Policy::default()
    })
}

/// Sends one GET (or POST) of `http` to a server answering with `script`:
/// the reply the policy ends with, and how many requests reached the server.
async fn through(http: &Http, post: bool, script: Vec<String>) -> (Reply, usize) {
    let (base, seen) = server(script).await;
    let url = format!("{base}/x");
    let request = if post {
        http.post(&url)
    } else {
        http.get(&url)
    };
    let reply = request.send().await.unwrap();
    let attempts = seen.lock().unwrap().len();
    (reply, attempts)
}

pub(crate) fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn transient_answers_are_retried_until_success() {
    rt().block_on(async {
        let script = vec![
            answer("503 Service Unavailable", "", ""),
            answer("429 Too Many Requests", "retry-after: 0\r\n", ""),
            answer("200 OK", "", "{\"n\":1}"),
        ];
        let (reply, attempts) = through(&quick(), false, script).await;
        assert_eq!(reply.status, 200);
        assert_eq!(attempts, 3);
    });
}

#[test]
fn retries_stop_at_the_attempt_limit_and_keep_retry_after() {
    rt().block_on(async {
        let limited = answer("429 Too Many Requests", "retry-after: 0\r\n", "");
        let (reply, attempts) = through(&quick(), false, vec![limited; 4]).await;
        assert_eq!(reply.status, 429);
        assert_eq!(reply.retry_after(), Some(0));
        assert_eq!(attempts, 4);
    });
}

#[test]
fn a_post_is_repeated_only_after_a_rate_limit() {
    rt().block_on(async {
        let script = vec![
            answer("429 Too Many Requests", "", ""),
            answer("503 Service Unavailable", "", ""),
            answer("200 OK", "", "{}"),
        ];
        let (reply, attempts) = through(&quick(), true, script).await;
        assert_eq!(reply.status, 503, "a 5xx to a POST may have acted");
        assert_eq!(attempts, 2);
    });
}

#[test]
fn bodies_over_the_cap_are_refused() {
    rt().block_on(async {
        let (base, _) = server(vec![answer("200 OK", "", &"x".repeat(2048))]).await;
        let http = Http::new(Policy {
            max_body: 1024,
            ..Policy::default()
        });
        let err = http.get(&format!("{base}/big")).send().await.unwrap_err();
        assert!(matches!(err, ClientError::Invalid(m) if m.contains("larger")));
    });
}

#[test]
fn the_bearer_goes_only_to_the_api_origin_and_tracing_hides_secrets() {
    rt().block_on(async {
        let (base, seen) = server(vec![answer("200 OK", "", "{}")]).await;
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = lines.clone();
        let http = quick().with_trace(Arc::new(move |l: &str| {
            sink.lock().unwrap().push(l.to_string())
        }));
        let token = SecretString::new("tok-SECRET".to_string());
        // Another origin: refused before anything is sent.
        let err = http
            .get("http://127.0.0.2:9/steal")
            .bearer(&token, &base)
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, ClientError::Invalid(m) if m.contains("refusing")));
        assert!(seen.lock().unwrap().is_empty());
        // The link's own origin: sent, with the header.
        http.get(&format!("{base}/me?code=abc123"))
            .bearer(&token, &base)
            .send()
            .await
            .unwrap();
        assert!(seen.lock().unwrap()[0].contains("Bearer tok-SECRET"));
        let trace = lines.lock().unwrap().join("\n");
        assert!(
            trace.contains("GET") && trace.contains("/me?code=…"),
            "{trace}"
        );
        assert!(
            !trace.contains("tok-SECRET") && !trace.contains("abc123"),
            "{trace}"
        );
    });
}

#[test]
fn a_post_that_never_connected_is_tried_again() {
    rt().block_on(async {
        // A port nothing listens on: every attempt is refused.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = lines.clone();
        let http = quick().with_trace(Arc::new(move |l: &str| {
            sink.lock().unwrap().push(l.to_string())
        }));
        let err = http
            .post(&format!("http://127.0.0.1:{port}/token"))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, ClientError::Unavailable(_)), "{err}");
        let tries = lines
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains("→ POST"))
            .count();
        assert_eq!(tries, 4);
        // Never retried when the caller owns the decision.
        lines.lock().unwrap().clear();
        let _ = http
            .post(&format!("http://127.0.0.1:{port}/token"))
            .retry(Retry::Never)
            .send()
            .await;
        let tries = lines
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains("→ POST"))
            .count();
        assert_eq!(tries, 1);
    });
}

#[test]
fn jobadder_waits_out_more_rate_limits_but_not_more_outages() {
    rt().block_on(async {
        let limited = answer("429 Too Many Requests", "retry-after: 0\r\n", "");
        let mut script = vec![limited.clone(); 5];
        script.push(answer("200 OK", "", "{}"));
        let (base, seen) = server(script).await;
        let waits = Arc::new(Mutex::new(Vec::<Wait>::new()));
        let sink = waits.clone();
        let http = quick()
            .retrying(Policy::jobadder)
            .with_on_wait(Arc::new(move |w: Wait| sink.lock().unwrap().push(w)));
        let reply = http.get(&format!("{base}/x")).send().await.unwrap();
        assert_eq!(reply.status, 200, "the sixth attempt gets through");
        assert_eq!(seen.lock().unwrap().len(), 6);
        let waits = waits.lock().unwrap().clone();
        assert_eq!(waits.len(), 5);
        assert!(waits.iter().all(|w| w.rate_limited && w.delay.is_zero()));

        // A seventh 429 is not waited for.
        let (reply, attempts) = through(&http, false, vec![limited; 7]).await;
        assert_eq!(reply.status, 429);
        assert_eq!(attempts, 6);

        // Outages keep the common limit.
        let down = answer("503 Service Unavailable", "", "");
        let (reply, attempts) = through(&http, false, vec![down; 6]).await;
        assert_eq!(reply.status, 503);
        assert_eq!(attempts, 4);
    });
}

#[test]
fn jobadder_honours_a_retry_after_of_a_whole_minute_and_some() {
    let mut p = Policy::default();
    assert_eq!(
        p.delay(1, Some(Duration::from_secs(65))),
        Duration::from_secs(60)
    );
    Policy::jobadder(&mut p);
    assert_eq!(
        p.delay(1, Some(Duration::from_secs(65))),
        Duration::from_secs(65)
    );
    assert_eq!(
        p.delay(1, Some(Duration::from_secs(600))),
        Duration::from_secs(65)
    );
}

#[test]
fn once_means_one_attempt_whatever_the_answer() {
    rt().block_on(async {
        let limited = answer("429 Too Many Requests", "retry-after: 0\r\n", "");
        let http = quick().retrying(Policy::jobadder).retrying(Policy::once);
        let (reply, attempts) = through(&http, false, vec![limited; 2]).await;
        assert_eq!(reply.status, 429);
        assert_eq!(attempts, 1);
    });
}
