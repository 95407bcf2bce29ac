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

/// Sends one GET (or POST) of `http` to a server answering
/// with `script` (status, extra headers, body): the reply the policy ends
/// with, and how many requests reached the server.
fn through(http: &Http, post: bool, script: &[(&str, &str, &str)]) -> (Reply, usize) {
    let script = script.iter().map(|(s, h, b)| answer(s, h, b)).collect();
    rt().block_on(async {
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
    })
}

pub(crate) fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

const LIMITED: (&str, &str, &str) = ("429 Too Many Requests", "retry-after: 0\r\n", "");

#[test]
fn transient_answers_are_retried_until_success() {
    let script = [
        ("503 Service Unavailable", "", ""),
        LIMITED,
        ("200 OK", "", "{\"n\":1}"),
    ];
    let (reply, attempts) = through(&quick(), false, &script);
    assert_eq!((reply.status.as_u16(), attempts), (200, 3));
}

#[test]
fn retries_stop_at_the_attempt_limit_and_keep_retry_after() {
    let (reply, attempts) = through(&quick(), false, &[LIMITED; 4]);
    assert_eq!((reply.status.as_u16(), attempts), (429, 4));
    assert_eq!(reply.retry_after(), Some(0));
}

#[test]
fn a_post_is_repeated_only_after_a_rate_limit() {
    let script = [
        ("429 Too Many Requests", "", ""),
        ("503 Service Unavailable", "", ""),
        ("200 OK", "", "{}"),
    ];
    let (reply, attempts) = through(&quick(), true, &script);
    assert_eq!(reply.status, 503, "a 5xx to a POST may have acted");
    assert_eq!(attempts, 2);
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
        // Attempts traced since the trace was last cleared.
        let tries = || {
            let mut lines = lines.lock().unwrap();
            let n = lines.iter().filter(|l| l.contains("→ POST")).count();
            lines.clear();
            n
        };
        assert_eq!(tries(), 4);
        // Never retried when the caller owns the decision.
        let _ = http
            .post(&format!("http://127.0.0.1:{port}/token"))
            .retry(Retry::Never)
            .send()
            .await;
        assert_eq!(tries(), 1);
    });
}

#[test]
fn jobadder_waits_out_more_rate_limits_but_not_more_outages() {
    let waits = Arc::new(Mutex::new(Vec::<Wait>::new()));
    let sink = waits.clone();
    let http = quick()
        .retrying(Policy::jobadder)
        .with_on_wait(Arc::new(move |w: Wait| sink.lock().unwrap().push(w)));
    let mut script = vec![LIMITED; 5];
    script.push(("200 OK", "", "{}"));
    let (reply, attempts) = through(&http, false, &script);
    assert_eq!(reply.status, 200, "the sixth attempt gets through");
    assert_eq!(attempts, 6);
    let waits = waits.lock().unwrap().clone();
    assert_eq!(waits.len(), 5);
    assert!(waits.iter().all(|w| w.rate_limited && w.delay.is_zero()));

    // A seventh 429 is not waited for.
    let (reply, attempts) = through(&http, false, &[LIMITED; 7]);
    assert_eq!((reply.status.as_u16(), attempts), (429, 6));

    // Outages keep the common limit.
    let down = ("503 Service Unavailable", "", "");
    let (reply, attempts) = through(&http, false, &[down; 6]);
    assert_eq!((reply.status.as_u16(), attempts), (503, 4));
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
    let http = quick().retrying(Policy::jobadder).retrying(Policy::once);
    let (reply, attempts) = through(&http, false, &[LIMITED; 2]);
    assert_eq!((reply.status.as_u16(), attempts), (429, 1));
}
