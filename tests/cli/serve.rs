//! `atslink serve` over real HTTP on loopback: health, readiness, metrics,
//! limits and shutdown; the JobAdder launch against the sandbox.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};

use serde_json::{Value, json};

use crate::harness::{Home, free_port};
use crate::integration::{JA_ADMIN, JA_RECRUITER, Sandboxed};

/// `atslink [--sandbox] serve` in its own process; killed on drop.
pub struct Serve {
    child: Child,
    pub url: String,
    stderr: Option<std::thread::JoinHandle<String>>,
}

impl Serve {
    pub fn start(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Serve {
        Serve::start_at(home, args, env, "127.0.0.1:0")
    }

    pub fn start_at(home: &Home, args: &[&str], env: &[(&str, &str)], listen: &str) -> Serve {
        Serve::start_with(home, args, &[], env, listen)
    }

    /// With `serve_args` after `serve` (its own flags, e.g. `--log-format`);
    /// an empty `listen` passes no `--listen`, leaving serve to choose.
    pub fn start_with(
        home: &Home,
        args: &[&str],
        serve_args: &[&str],
        env: &[(&str, &str)],
        listen: &str,
    ) -> Serve {
        let mut full = args.to_vec();
        full.push("serve");
        if !listen.is_empty() {
            full.extend_from_slice(&["--listen", listen]);
        }
        full.extend_from_slice(serve_args);
        let mut cmd = home.command(&full);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            s
        });
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = match line.trim().strip_prefix("ATSLINK_SERVE_URL=") {
            Some(u) => u.to_string(),
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("serve printed {line:?}; stderr: {}", stderr.join().unwrap());
            }
        };
        Serve {
            child,
            url,
            stderr: Some(stderr),
        }
    }

    /// Sends SIGTERM, without waiting.
    pub fn sigterm(&self) {
        // SAFETY: signalling our own child by its pid.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
    }

    /// Ends it at once (SIGKILL): everything it wrote on stderr.
    pub fn kill(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.stderr.take().unwrap().join().unwrap()
    }

    /// Sends SIGTERM and waits: the exit code and everything on stderr.
    pub fn terminate(mut self) -> (i32, String) {
        self.sigterm();
        let status = self.child.wait().unwrap();
        let err = self.stderr.take().unwrap().join().unwrap();
        (status.code().unwrap_or(-1), err)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn get(url: &str) -> (u16, String) {
    let resp = reqwest::blocking::get(url).unwrap();
    let status = resp.status().as_u16();
    (status, resp.text().unwrap())
}

/// With no listen address given, serve listens where a public URL on this
/// machine points (the sandbox's case: the button would otherwise call a
/// port nothing answers), and warns when told to listen elsewhere.
#[test]
fn a_public_url_on_this_machine_is_where_serve_listens() {
    let s = Sandboxed::new();
    let port = public_url_on_a_free_port(&s);
    let serve = Serve::start_with(&s.home, &["--sandbox"], &[], &[], "");
    assert_eq!(serve.url, format!("http://127.0.0.1:{port}"));
    assert_eq!(get(&format!("{}/healthz", serve.url)).0, 200);
    let (_, err) = serve.terminate();
    assert!(!err.contains("will not reach it"), "{err}");

    let serve = Serve::start_at(&s.home, &["--sandbox"], &[], "127.0.0.1:0");
    let (_, err) = serve.terminate();
    assert!(
        err.contains(&format!(
            "the public URL http://127.0.0.1:{port} is on this machine at port {port}, but serve listens on 127.0.0.1:0"
        )) && err.contains(&format!("pass --listen 127.0.0.1:{port}")),
        "{err}"
    );
}

/// With a drain delay, a stopping serve keeps answering for that long with
/// readiness 503, so a load balancer polling /readyz takes the replica out
/// before connections are refused; then it stops cleanly.
#[test]
fn readiness_answers_503_during_the_drain_delay() {
    let home = Home::with_file_store();
    // A delay far longer than the test: nothing here races its end.
    let serve = Serve::start_with(&home, &[], &["--drain-delay", "10m"], &[], "127.0.0.1:0");
    let status = |path: &str| {
        reqwest::blocking::get(format!("{}{path}", serve.url))
            .map(|r| r.status().as_u16())
            .map_err(|e| e.to_string())
    };
    assert_eq!(status("/readyz"), Ok(200));
    serve.sigterm();
    // Readiness turns as soon as serve handles the signal; the wait is a
    // bound on a hung test, not a timing claim.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let mut readiness = status("/readyz");
    while readiness == Ok(200) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        readiness = status("/readyz");
    }
    assert_eq!(readiness, Ok(503), "readiness while draining");
    assert_eq!(status("/healthz"), Ok(200), "still alive and accepting");
    let log = serve.kill();
    assert!(log.contains("still accepting for the drain delay"), "{log}");
}

/// A port already taken is a local failure (exit 1) with the fix, not a
/// provider outage (exit 7) that a script would retry.
#[test]
fn a_port_in_use_is_a_local_failure_with_its_fix() {
    let home = Home::with_file_store();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    home.run(&["serve", "--listen", &addr])
        .code(1)
        .stderr_has(&format!("cannot listen on {addr}"))
        .stderr_has("pass --listen with a free one");
    // The sandbox's own server says the same, with its own flag.
    let port = taken.local_addr().unwrap().port().to_string();
    home.run(&["sandbox", "serve", "--port", &port])
        .code(1)
        .stderr_has(&format!("cannot listen on {addr}"))
        .stderr_has("pass --port with a free one");
}

#[test]
fn health_readiness_metrics_and_a_clean_stop() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &[], &[]);
    assert_eq!(get(&format!("{}/healthz", serve.url)), (200, "ok\n".into()));
    assert_eq!(
        get(&format!("{}/readyz", serve.url)),
        (200, "ready\n".into())
    );
    let (status, text) = get(&format!("{}/metrics", serve.url));
    assert_eq!(status, 200);
    assert!(
        text.contains("# TYPE atslink_seats_claimed counter"),
        "{text}"
    );
    assert!(text.ends_with("# EOF\n"), "{text}");
    assert_eq!(get(&format!("{}/nowhere", serve.url)).0, 404);
    let (code, stderr) = serve.terminate();
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("request method=GET route=/readyz status=200"),
        "{stderr}"
    );
    assert!(
        stderr.contains("stopped: every request finished"),
        "{stderr}"
    );
    // The credential store was opened (and its notice shown) at startup.
    assert_eq!(
        stderr.matches("secrets are stored in plaintext").count(),
        1,
        "{stderr}"
    );
}

#[test]
fn readiness_fails_on_a_newer_schema() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &[], &[]);
    // Another (newer) atslink migrated the store under the running server.
    home.set_schema_version(9999);
    let (status, text) = get(&format!("{}/readyz", serve.url));
    assert_eq!(status, 503, "{text}");
    assert!(text.contains("schema version 9999"), "{text}");
    assert_eq!(get(&format!("{}/healthz", serve.url)).0, 200);
}

#[test]
fn oversized_headers_are_refused() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &[], &[]);
    let addr = serve.url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let big = "x".repeat(64 * 1024);
    let _ = write!(
        s,
        "GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: {big}\r\n\r\n"
    );
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    assert!(
        answer.starts_with("HTTP/1.1 431"),
        "a 64 KiB header is refused: {answer:?}"
    );
}

/// A webhook delivery's body is read up to 64 KiB: one byte more is
/// refused with 413 before anything checks or stores it, with or without a
/// declared length; at the limit it reaches the handler (401: a delivery
/// atslink does not know).
#[test]
fn webhook_bodies_over_64_kib_are_refused() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &[], &[]);
    let addr = serve.url.trim_start_matches("http://").to_string();
    let post = |body: &[u8], chunked: bool| {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        let framing = if chunked {
            "transfer-encoding: chunked".to_string()
        } else {
            format!("content-length: {}", body.len())
        };
        let _ = write!(
            s,
            "POST /webhooks/jobadder/acme HTTP/1.1\r\nHost: a\r\ncontent-type: application/json\r\n{framing}\r\nconnection: close\r\n\r\n"
        );
        if chunked {
            let _ = write!(s, "{:x}\r\n", body.len());
            let _ = s.write_all(body);
            let _ = write!(s, "\r\n0\r\n\r\n");
        } else {
            let _ = s.write_all(body);
        }
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        answer.lines().next().unwrap_or_default().to_string()
    };
    let limit = 64 * 1024;
    assert_eq!(
        post(&vec![b' '; limit + 1], false),
        "HTTP/1.1 413 Payload Too Large"
    );
    assert_eq!(
        post(&vec![b' '; limit + 1], true),
        "HTTP/1.1 413 Payload Too Large"
    );
    assert_eq!(post(&vec![b' '; limit], false), "HTTP/1.1 401 Unauthorized");
}

#[test]
fn a_bad_listen_address_in_config_is_a_usage_error() {
    let home = Home::with_file_store();
    home.write_config("credential_store = \"file\"\n[serve]\nlisten = \"nowhere\"\n");
    home.run(&["serve"]).code(2).stderr_has("serve.listen");
}

/// An organisation `acme` with `seats` seats, linked to the sandbox's
/// JobAdder with its button pointing at a `serve` started on a port chosen
/// beforehand (the button's URL is fixed at link time).
pub fn launchpad(seats: u32) -> (Sandboxed, Serve) {
    launchpad_linked("jobadder", JA_ADMIN, seats)
}

/// Sets the sandbox's `[serve] public_url` to a free loopback port, for a
/// `serve` started there afterwards; the port.
fn public_url_on_a_free_port(s: &Sandboxed) -> u16 {
    let port = free_port();
    s.home.append_sandbox_config(&format!(
        "\n[serve]\npublic_url = \"http://127.0.0.1:{port}\"\n"
    ));
    port
}

/// `acme` with `seats` seats, linked to `provider` by `who`, with `serve`
/// at the public URL the link registers (JobAdder's button, Salesforce's
/// Canvas app).
fn launchpad_linked(provider: &str, who: (&str, &str), seats: u32) -> (Sandboxed, Serve) {
    let s = Sandboxed::new();
    let port = public_url_on_a_free_port(&s);
    s.sb(&["licence", "seats", &seats.to_string(), "--yes"])
        .success();
    s.consent("link", provider, who, true, &[]).success();
    let serve = Serve::start_at(&s.home, &["--sandbox"], &[], &format!("127.0.0.1:{port}"));
    (s, serve)
}

/// `sandbox click jobadder`: the page's outcome as JSON data.
fn click(s: &Sandboxed, user: &str, candidate: &str) -> Value {
    s.click_jobadder(user, candidate)
}

/// The signed URL a click would open, without opening it.
pub fn signed_url(s: &Sandboxed, user: &str, candidate: &str) -> String {
    s.click("jobadder", user, candidate, &["--print-url"])
        .success()
        .stdout
        .trim()
        .to_string()
}

fn outcome(page: &str) -> String {
    let tag = "<meta name=\"atslink-outcome\" content=\"";
    let start = page
        .find(tag)
        .map(|i| i + tag.len())
        .expect("an outcome meta tag");
    page[start..start + page[start..].find('"').unwrap()].to_string()
}

fn active_users(s: &Sandboxed) -> Vec<String> {
    s.sb(&["licence", "list", "--state", "active", "--json"])
        .success()
        .json()["data"]["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_string())
        .collect()
}

fn count(s: &Sandboxed, sql: &str) -> i64 {
    s.home.sandbox_count(sql)
}

fn add_users(s: &Sandboxed, emails: &[String]) {
    let mut args = vec!["sandbox", "user", "add"];
    args.extend(emails.iter().map(String::as_str));
    s.sb(&args).success();
}

#[test]
fn admitted_users_see_the_candidates_files_and_keep_one_seat() {
    let (s, serve) = launchpad(3);
    let page = click(&s, JA_RECRUITER.0, "30001");
    assert_eq!(page["status"], 200, "{page}");
    assert_eq!(page["outcome"], "admitted", "{page}");
    let files = page["files"].as_array().unwrap();
    let names: Vec<&str> = files.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Mia_Nguyen_CV.pdf", "Mia_Nguyen_cover_letter.docx"]);
    // Each file hands off to the sandbox's stand-in app with what it needs.
    let (status, handoff) = get(files[0]["href"].as_str().unwrap());
    assert_eq!(status, 200);
    for (k, v) in [
        ("org", "acme"),
        ("user", JA_RECRUITER.0),
        ("candidate", "30001"),
        ("file", "70001"),
    ] {
        assert!(
            handoff.contains(&format!("<dd id=\"{k}\">{v}</dd>")),
            "{k}: {handoff}"
        );
    }
    assert_eq!(active_users(&s), [JA_RECRUITER.0]);
    // Again, on another candidate: let in on the same seat.
    let again = click(&s, JA_RECRUITER.0, "30003");
    assert_eq!(again["outcome"], "admitted", "{again}");
    assert!(
        again["notice"].as_str().unwrap().contains("no files yet"),
        "{again}"
    );
    assert_eq!(active_users(&s), [JA_RECRUITER.0]);
    let user = &s.sb(&["licence", "list", "--json"]).success().json()["data"]["users"][0];
    assert_eq!(user["source"], "jobadder");
    assert_eq!(user["external_id"], "1002");
    assert_eq!(user["name"], "Riley Recruiter");
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM launches WHERE outcome = 'admitted' AND provider_user_id = '1002'"
        ),
        2
    );
    // A file name with markup is shown as text, never as markup.
    let (status, raw) = get(&signed_url(&s, JA_RECRUITER.0, "30002"));
    assert_eq!(status, 200);
    assert!(
        raw.contains("Liam O&#39;Brien &lt;b&gt;CV&lt;/b&gt; &amp; notes.docx"),
        "{raw}"
    );
    assert!(!raw.contains("<b>CV"), "{raw}");
    assert!(!raw.contains("<script"), "no script on launch pages");
    let (_, metrics) = get(&format!("{}/metrics", serve.url));
    assert!(
        metrics.contains(r#"atslink_launches_total{provider="jobadder",outcome="admitted"} 3"#),
        "{metrics}"
    );
    assert!(
        metrics.contains("atslink_seats_claimed_total 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains(
            r#"atslink_provider_call_duration_seconds_count{provider="jobadder",call="user"} 3"#
        ),
        "{metrics}"
    );
}

#[test]
fn refusals_disabled_no_licence_and_inactive() {
    let (s, _serve) = launchpad(2);
    s.sb(&[
        "licence",
        "assign",
        "boss@acme.example",
        "--role",
        "admin",
        "--name",
        "Bea Boss",
    ])
    .success();
    assert_eq!(click(&s, JA_RECRUITER.0, "30001")["outcome"], "admitted");
    add_users(&s, &["late@sandbox-recruitment.example".into()]);
    let full = click(&s, "late@sandbox-recruitment.example", "30001");
    assert_eq!(full["status"], 403, "{full}");
    assert_eq!(full["outcome"], "no_licence", "{full}");
    assert!(
        full["message"].as_str().unwrap().contains("All 2"),
        "{full}"
    );
    assert_eq!(full["admins"][0], "Bea Boss boss@acme.example", "{full}");
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM users WHERE email = 'late@sandbox-recruitment.example'"
        ),
        0,
        "a refused launch creates no user"
    );
    s.sb(&["licence", "disable", JA_RECRUITER.0, "--yes"])
        .success();
    let off = click(&s, JA_RECRUITER.0, "30001");
    assert_eq!(off["status"], 403, "{off}");
    assert_eq!(off["outcome"], "disabled", "{off}");
    assert!(
        off["message"]
            .as_str()
            .unwrap()
            .contains("An administrator of Acme Recruitment disabled"),
        "{off}"
    );
    // The freed seat goes to the next user; the disabled one stays out.
    assert_eq!(
        click(&s, "late@sandbox-recruitment.example", "30001")["outcome"],
        "admitted"
    );
    assert_eq!(click(&s, JA_RECRUITER.0, "30001")["outcome"], "disabled");
    s.sb(&[
        "sandbox",
        "user",
        "deactivate",
        "late@sandbox-recruitment.example",
    ])
    .success();
    let gone = click(&s, "late@sandbox-recruitment.example", "30001");
    assert_eq!(gone["outcome"], "inactive_user", "{gone}");
    assert_eq!(gone["status"], 403);
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM launches WHERE outcome = 'no_licence' AND user_id IS NULL"
        ),
        1
    );
}

#[test]
fn tampered_expired_and_unsigned_links_claim_nothing() {
    let (s, serve) = launchpad(5);
    let url = signed_url(&s, JA_RECRUITER.0, "30001");
    // Another candidate, another user, a forged hash: all refused.
    for forged in [
        url.replace("candidate=30001", "candidate=30002"),
        url.replace("user=1002", "user=1001"),
        format!("{}A", url),
        url.split("&_exp").next().unwrap().to_string(),
    ] {
        let (status, page) = get(&forged);
        assert_eq!(status, 403, "{forged}: {page}");
        assert_eq!(outcome(&page), "stale_link", "{forged}");
        assert!(
            page.contains("choose Actions &gt; Allsorter again"),
            "{page}"
        );
    }
    // The same parameters in another order still verify.
    let (base, query) = url.split_once('?').unwrap();
    let mut params: Vec<&str> = query.split('&').collect();
    params.reverse();
    let (status, page) = get(&format!("{base}?{}", params.join("&")));
    assert_eq!(
        (status, outcome(&page).as_str()),
        (200, "admitted"),
        "{page}"
    );
    // Five minutes later (on the sandbox's clock) the link is stale.
    let later = signed_url(&s, JA_RECRUITER.0, "30003");
    s.sb(&["sandbox", "clock", "advance", "6m"]).success();
    let (status, page) = get(&later);
    assert_eq!(
        (status, outcome(&page).as_str()),
        (403, "stale_link"),
        "{page}"
    );
    let (status, page) = get(&url.replace("/acme?", "/nobody?"));
    assert_eq!(
        (status, outcome(&page).as_str()),
        (404, "unknown_org"),
        "{page}"
    );
    assert_eq!(
        active_users(&s),
        [JA_RECRUITER.0],
        "only the good link took a seat"
    );
    assert_eq!(count(&s, "SELECT count(*) FROM launches"), 1);
    let (_, metrics) = get(&format!("{}/metrics", serve.url));
    for line in [
        r#"atslink_launch_verification_failures_total{reason="mismatch"} 3"#,
        r#"atslink_launch_verification_failures_total{reason="unsigned"} 1"#,
        r#"atslink_launch_verification_failures_total{reason="expired"} 1"#,
    ] {
        assert!(metrics.contains(line), "{line}: {metrics}");
    }
}

#[test]
fn a_broken_link_shows_the_relink_page_until_an_admin_relinks() {
    let (s, serve) = launchpad(5);
    assert_eq!(click(&s, JA_RECRUITER.0, "30001")["outcome"], "admitted");
    // The authorising admin leaves and the access token runs out.
    s.sb(&["sandbox", "user", "deactivate", JA_ADMIN.0])
        .success();
    s.sb(&["sandbox", "clock", "advance", "2h"]).success();
    let broken = click(&s, JA_RECRUITER.0, "30001");
    assert_eq!(broken["outcome"], "relink_needed", "{broken}");
    assert_eq!(broken["status"], 403);
    assert!(
        broken["remedy"]
            .as_str()
            .unwrap()
            .contains("integration relink jobadder --org acme"),
        "{broken}"
    );
    let links = |health: &str| {
        let (_, metrics) = get(&format!("{}/metrics", serve.url));
        let series = format!(r#"atslink_links{{provider="jobadder",health="{health}"}} "#);
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(series.as_str()))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("{metrics}"))
    };
    assert_eq!(links("broken"), "1");
    s.sb(&["sandbox", "user", "reactivate", JA_ADMIN.0])
        .success();
    s.consent("relink", "jobadder", JA_ADMIN, true, &[])
        .success();
    assert_eq!(links("broken"), "0");
    assert_eq!(links("ok"), "1");
    let back = click(&s, JA_RECRUITER.0, "30001");
    assert_eq!(back["outcome"], "admitted", "{back}");
    assert_eq!(active_users(&s), [JA_RECRUITER.0]);
}

#[test]
fn two_hundred_launches_on_fifty_seats() {
    let (s, serve) = launchpad(50);
    let emails: Vec<String> = (0..200)
        .map(|i| format!("load{i:03}@sandbox-recruitment.example"))
        .collect();
    add_users(&s, &emails);
    let urls: Vec<String> = emails.iter().map(|e| signed_url(&s, e, "30001")).collect();
    let fire = |urls: Vec<String>| -> Vec<(String, u16, String)> {
        let handles: Vec<_> = urls
            .into_iter()
            .map(|u| {
                std::thread::spawn(move || {
                    let (status, page) = get(&u);
                    (u, status, outcome(&page))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    };
    let results = fire(urls.clone());
    let admitted: Vec<&(String, u16, String)> =
        results.iter().filter(|r| r.2 == "admitted").collect();
    let refused = results.iter().filter(|r| r.2 == "no_licence").count();
    assert_eq!(admitted.len(), 50, "{results:?}");
    assert_eq!(refused, 150, "{results:?}");
    assert!(admitted.iter().all(|r| r.1 == 200));
    assert_eq!(active_users(&s).len(), 50);
    // The admitted users again, all at once: never a second seat.
    let again = fire(admitted.iter().map(|r| r.0.clone()).collect());
    assert!(again.iter().all(|r| r.2 == "admitted"), "{again:?}");
    assert_eq!(active_users(&s).len(), 50);
    assert_eq!(count(&s, "SELECT count(*) FROM users"), 50);
    assert_eq!(count(&s, "SELECT count(*) FROM launches"), 250);
    let (_, metrics) = get(&format!("{}/metrics", serve.url));
    assert!(
        metrics.contains("atslink_seats_claimed_total 50"),
        "{metrics}"
    );
}

/// Two replicas on one store (as behind a load balancer: one public URL),
/// with seat holders launching again while newcomers claim the rest, all
/// at once. Relaunches take the shared write lock on PostgreSQL, claims
/// the whole one; seats are still taken exactly, and every launch is
/// recorded once.
#[test]
fn two_replicas_relaunching_and_claiming_at_once_take_exactly_the_free_seats() {
    let (s, a) = launchpad(30);
    let b = Serve::start(&s.home, &["--sandbox"], &[]);
    let emails: Vec<String> = (0..60)
        .map(|i| format!("rep{i:02}@sandbox-recruitment.example"))
        .collect();
    add_users(&s, &emails);
    let urls: Vec<String> = emails.iter().map(|e| signed_url(&s, e, "30001")).collect();
    for u in &urls[..10] {
        assert_eq!(outcome(&get(u).1), "admitted");
    }
    // Holders three times each, newcomers once, alternating replicas.
    let mut wave: Vec<(bool, String)> = Vec::new();
    for round in 0..3 {
        wave.extend(urls[..10].iter().map(|u| (true, u.clone())));
        if round == 0 {
            wave.extend(urls[10..].iter().map(|u| (false, u.clone())));
        }
    }
    let handles: Vec<_> = wave
        .into_iter()
        .enumerate()
        .map(|(i, (holder, u))| {
            let u = if i % 2 == 0 {
                u
            } else {
                u.replace(&a.url, &b.url)
            };
            std::thread::spawn(move || (holder, outcome(&get(&u).1)))
        })
        .collect();
    let results: Vec<(bool, String)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let holders: Vec<&String> = results.iter().filter(|r| r.0).map(|r| &r.1).collect();
    assert_eq!(holders.len(), 30);
    assert!(holders.iter().all(|o| *o == "admitted"), "{results:?}");
    let newcomers = |want: &str| results.iter().filter(|r| !r.0 && r.1 == want).count();
    assert_eq!(
        (newcomers("admitted"), newcomers("no_licence")),
        (20, 30),
        "{results:?}"
    );
    assert_eq!(active_users(&s).len(), 30);
    assert_eq!(count(&s, "SELECT count(*) FROM users"), 30);
    assert_eq!(count(&s, "SELECT count(*) FROM launches"), 10 + 30 + 50);
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM audit_log WHERE action = 'licence.claim'"
        ),
        30
    );
}

#[test]
fn sigterm_during_load_loses_no_seat_and_leaves_no_half_created_user() {
    let (s, serve) = launchpad(40);
    let emails: Vec<String> = (0..80)
        .map(|i| format!("term{i:02}@sandbox-recruitment.example"))
        .collect();
    add_users(&s, &emails);
    let urls: Vec<String> = emails.iter().map(|e| signed_url(&s, e, "30001")).collect();
    // The first 70 user lookups take 2 s in JobAdder: the last 10 launches
    // answer first, and the stop comes while the 70 are in flight.
    s.fault(
        "/jobadder/api/v2/users",
        &["--latency", "2s", "--count", "70"],
    );
    let (tx, rx) = std::sync::mpsc::channel();
    let handles: Vec<_> = urls
        .into_iter()
        .zip(emails.clone())
        .map(|(u, e)| {
            let tx = tx.clone();
            std::thread::spawn(move || {
                // A refused connection after the stop is no answer at all.
                let got = reqwest::blocking::get(&u)
                    .ok()
                    .and_then(|r| r.text().ok())
                    .map(|page| outcome(&page));
                let _ = tx.send(());
                (e, got)
            })
        })
        .collect();
    // Stop the server while launches are in flight.
    for _ in 0..10 {
        rx.recv().unwrap();
    }
    let (code, stderr) = serve.terminate();
    assert_eq!(code, 0, "{stderr}");
    let (_, drained) = stderr
        .split_once("stopping: no new connections")
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(
        drained.contains("route=/launch/jobadder/{org} status=") && drained.contains("org=acme"),
        "launches in flight at the stop were answered: {stderr}"
    );
    assert!(
        drained.contains("stopped: every request finished"),
        "{stderr}"
    );
    let results: Vec<(String, Option<String>)> =
        handles.into_iter().map(|h| h.join().unwrap()).collect();
    let active = active_users(&s);
    for (email, got) in &results {
        if got.as_deref() == Some("admitted") {
            assert!(
                active.contains(email),
                "{email} was admitted but holds no seat"
            );
        }
    }
    assert!(active.len() <= 40);
    // Every user row holds its seat and has the launch that created it.
    assert_eq!(count(&s, "SELECT count(*) FROM users"), active.len() as i64);
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM users u WHERE NOT EXISTS
               (SELECT 1 FROM launches l WHERE l.user_id = u.id AND l.outcome = 'admitted')"
        ),
        0
    );
}

#[test]
fn sandbox_user_add_is_all_or_nothing() {
    let s = Sandboxed::new();
    let added = s
        .sb(&[
            "sandbox",
            "user",
            "add",
            "a1@sandbox-recruitment.example",
            "a2@sandbox-recruitment.example",
            "--json",
        ])
        .success()
        .json();
    assert_eq!(added["data"].as_array().unwrap().len(), 2, "{added}");
    s.sb(&[
        "sandbox",
        "user",
        "add",
        "a3@sandbox-recruitment.example",
        "A1@sandbox-recruitment.example",
    ])
    .code(5)
    .stderr_has("already exists");
    let list = s
        .sb(&[
            "sandbox",
            "user",
            "list",
            "--provider",
            "jobadder",
            "--json",
        ])
        .success()
        .json();
    let emails: Vec<&str> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert!(emails.contains(&"a2@sandbox-recruitment.example"));
    assert!(
        !emails.contains(&"a3@sandbox-recruitment.example"),
        "nothing added on a conflict"
    );
}

/// The sandbox's Salesforce users carry no administrator flag: the list
/// does not claim one, and `--admin` is refused rather than ignored.
#[test]
fn sandbox_salesforce_users_claim_no_administrator_flag() {
    let s = Sandboxed::new();
    s.sb(&[
        "sandbox",
        "user",
        "add",
        "--provider",
        "salesforce",
        "--admin",
        "x@sf.example",
    ])
    .code(2)
    .stderr_has("--admin is for JobAdder users");
    let list = s
        .sb(&[
            "sandbox",
            "user",
            "list",
            "--provider",
            "salesforce",
            "--json",
        ])
        .success()
        .json();
    let users = list["data"].as_array().unwrap();
    assert!(!users.is_empty(), "{list}");
    assert!(users.iter().all(|u| u["admin"].is_null()), "{list}");
    assert!(
        !users.iter().any(|u| u["email"] == "x@sf.example"),
        "{list}"
    );
    let human = s
        .sb(&["sandbox", "user", "list", "--provider", "salesforce"])
        .success();
    assert!(!human.stdout.contains(" yes "), "{}", human.stdout);
}

#[test]
fn linking_points_the_button_at_serve_with_a_salt_that_unlink_forgets() {
    let (s, serve) = launchpad(1);
    let world = s.home.sandbox_world();
    let action = &world["jobadder"]["accounts"][0]["partner_actions"][0];
    assert_eq!(
        action["url"],
        format!(
            "{}/launch/jobadder/acme?candidate={{candidateId}}&user={{userId}}",
            serve.url
        )
    );
    let salt = action["salt"].as_str().unwrap();
    assert_eq!(salt.len(), 20, "{salt}");
    let creds = || std::fs::read_to_string(s.home.file("sandbox/credentials.json")).unwrap();
    assert!(creds().contains("org/acme/jobadder/action_salt"));
    assert!(
        creds().contains(salt),
        "the salt is kept in the credential store"
    );
    s.sb(&["integration", "unlink", "jobadder", "--yes"])
        .success();
    assert!(!creds().contains("action_salt"), "{}", creds());
}

fn world_salt(s: &Sandboxed) -> String {
    let world = s.home.sandbox_world();
    world["jobadder"]["accounts"][0]["partner_actions"][0]["salt"]
        .as_str()
        .unwrap()
        .to_string()
}

fn stored_salt(s: &Sandboxed) -> Option<String> {
    s.stored()
        .get("org/acme/jobadder/action_salt")
        .and_then(|v| v.as_str().map(str::to_string))
}

#[test]
fn a_kept_or_adopted_button_without_a_stored_salt_gets_a_new_one() {
    let (s, _serve) = launchpad(5);
    // A link from before salts: the button is there, no salt is stored.
    let path = s.home.file("sandbox/credentials.json");
    let mut creds: serde_json::Map<String, Value> =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    creds.remove("org/acme/jobadder/action_salt");
    std::fs::write(&path, serde_json::to_vec(&creds).unwrap()).unwrap();
    assert_eq!(click(&s, JA_RECRUITER.0, "30001")["outcome"], "stale_link");
    // A relink keeps the button and gives it a salt.
    s.consent("relink", "jobadder", JA_ADMIN, true, &[])
        .success();
    assert_eq!(stored_salt(&s).as_deref(), Some(world_salt(&s).as_str()));
    assert_eq!(click(&s, JA_RECRUITER.0, "30001")["outcome"], "admitted");
    // A button left behind by an unlink (its salt forgotten) is adopted by
    // the next link with a new salt.
    let action = s.link("jobadder").unwrap()["partner_action_id"]
        .as_str()
        .unwrap()
        .to_string();
    s.fault(
        &format!("/jobadder/api/v2/partners/actions/{action}"),
        &["--status", "403"],
    );
    s.sb(&["integration", "unlink", "jobadder", "--yes"])
        .success();
    assert_eq!(stored_salt(&s), None);
    let before = world_salt(&s);
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    assert_eq!(s.link("jobadder").unwrap()["partner_action_id"], action);
    let after = world_salt(&s);
    assert_ne!(after, before);
    assert_eq!(stored_salt(&s), Some(after));
    assert_eq!(click(&s, JA_RECRUITER.0, "30001")["outcome"], "admitted");
}

/// `acme` linked to the sandbox's Salesforce org, with `serve` at the
/// address the Canvas app posts to.
pub fn sf_launchpad(seats: u32) -> (Sandboxed, Serve) {
    launchpad_linked("salesforce", crate::integration::SF_ADMIN, seats)
}

fn tab(s: &Sandboxed, user: &str, contact: &str) -> Value {
    s.click("salesforce", user, contact, &["--json"])
        .success()
        .json()["data"]
        .clone()
}

/// A Canvas request signed as Salesforce would, for requests the sandbox
/// would never make (another org, an old one).
fn canvas(org_id: &str, issued_at: &str, secret: &str) -> String {
    let user =
        serde_json::json!({"userId": "005000000000ADM", "email": "admin@sandbox-sf.example"});
    canvas_as(user, org_id, issued_at, secret)
}

/// [`canvas`] for the Salesforce user `user` (the context's `user`).
fn canvas_as(user: Value, org_id: &str, issued_at: &str, secret: &str) -> String {
    use base64::Engine;
    let context = serde_json::json!({
        "algorithm": "HMACSHA256",
        "issuedAt": issued_at,
        "context": {
            "user": user,
            "organization": {"organizationId": org_id},
            "environment": {"record": {"Id": "003000000000C01"}},
        },
    });
    let b64 = base64::engine::general_purpose::STANDARD;
    let encoded = b64.encode(context.to_string());
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes());
    format!(
        "{}.{encoded}",
        b64.encode(ring::hmac::sign(&key, encoded.as_bytes()))
    )
}

fn post(url: &str, signed: &str) -> (u16, String) {
    let resp = reqwest::blocking::Client::new()
        .post(url)
        .form(&[("signed_request", signed)])
        .send()
        .unwrap();
    (resp.status().as_u16(), resp.text().unwrap())
}

#[test]
fn the_salesforce_tab_claims_a_seat_and_lists_the_contacts_files() {
    let (s, serve) = sf_launchpad(2);
    let admin = "admin@sandbox-sf.example";
    let page = tab(&s, admin, "003000000000C01");
    assert_eq!(page["outcome"], "admitted", "{page}");
    assert_eq!(page["files"].as_array().unwrap().len(), 2, "{page}");
    let href = page["files"][0]["href"].as_str().unwrap();
    assert!(href.contains("candidate=003000000000C01"), "{href}");
    // No files on the contact: the seed's precondition.
    let empty = tab(&s, admin, "003000000000C03");
    assert_eq!(empty["outcome"], "admitted", "{empty}");
    assert!(
        empty["notice"]
            .as_str()
            .unwrap()
            .contains("Upload a CV to the contact"),
        "{empty}"
    );
    let user = &s.sb(&["licence", "list", "--json"]).success().json()["data"]["users"][0];
    assert_eq!(user["source"], "salesforce");
    assert_eq!(user["external_id"], "005000000000ADM");
    // Same seat rules as JobAdder's button.
    s.sb(&[
        "sandbox",
        "user",
        "add",
        "--provider",
        "salesforce",
        "two@sandbox-sf.example",
        "three@sandbox-sf.example",
    ])
    .success();
    assert_eq!(
        tab(&s, "two@sandbox-sf.example", "003000000000C02")["outcome"],
        "admitted"
    );
    assert_eq!(
        tab(&s, "three@sandbox-sf.example", "003000000000C02")["outcome"],
        "no_licence"
    );
    assert_eq!(active_users(&s).len(), 2);
    // Forged, foreign and old requests claim nothing.
    let url = format!("{}/launch/salesforce/acme", serve.url);
    let secret = atslink::sandbox::seed::SALESFORCE_CLIENT_SECRET;
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    for (why, signed) in [
        (
            "wrong key",
            canvas("00D000000000SBX", &now, "not-the-secret"),
        ),
        ("other org", canvas("00D000000000OTH", &now, secret)),
        (
            "old",
            canvas("00D000000000SBX", "2020-01-01T00:00:00.000+0000", secret),
        ),
        ("garbage", "abc".to_string()),
    ] {
        let (status, page) = post(&url, &signed);
        assert_eq!(
            (status, outcome(&page).as_str()),
            (403, "stale_link"),
            "{why}: {page}"
        );
    }
    let (status, page) = post(&url, &canvas("00D000000000SBX", &now, secret));
    assert_eq!(
        (status, outcome(&page).as_str()),
        (200, "admitted"),
        "{page}"
    );
    assert_eq!(active_users(&s).len(), 2);
    let (_, metrics) = get(&format!("{}/metrics", serve.url));
    assert!(
        metrics.contains(r#"atslink_launch_verification_failures_total{reason="other_org"} 1"#),
        "{metrics}"
    );
    assert!(
        metrics.contains(r#"atslink_launches_total{provider="salesforce",outcome="admitted"} 4"#),
        "{metrics}"
    );
}

/// The refusal names the provider the user came through: a Salesforce
/// user without an email is told about their Salesforce user, not a
/// JobAdder one.
#[test]
fn the_salesforce_tab_refuses_a_user_without_an_email_naming_salesforce() {
    let (s, serve) = sf_launchpad(2);
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let signed = canvas_as(
        serde_json::json!({"userId": "005000000000NOE"}),
        "00D000000000SBX",
        &now,
        atslink::sandbox::seed::SALESFORCE_CLIENT_SECRET,
    );
    let (status, page) = post(&format!("{}/launch/salesforce/acme", serve.url), &signed);
    assert_eq!(
        (status, outcome(&page).as_str()),
        (403, "inactive_user"),
        "{page}"
    );
    assert!(
        page.contains("Your Salesforce user cannot use Allsorter"),
        "{page}"
    );
    assert!(!page.contains("JobAdder"), "{page}");
    assert!(active_users(&s).is_empty());
}

#[test]
fn the_salesforce_tab_refuses_a_disabled_user_and_frees_no_second_seat() {
    let (s, _serve) = sf_launchpad(2);
    let admin = "admin@sandbox-sf.example";
    assert_eq!(tab(&s, admin, "003000000000C01")["outcome"], "admitted");
    s.sb(&["licence", "disable", admin, "--yes"]).success();
    let off = tab(&s, admin, "003000000000C01");
    assert_eq!(off["status"], 403, "{off}");
    assert_eq!(off["outcome"], "disabled", "{off}");
    assert!(
        off["message"]
            .as_str()
            .unwrap()
            .contains(&format!("disabled the licence of {admin}")),
        "{off}"
    );
    assert!(
        off["files"].as_array().is_none_or(Vec::is_empty),
        "a refused user sees no files: {off}"
    );
    // The disabled user stays out and holds no active seat; the freed seat
    // goes to the next user.
    assert!(active_users(&s).is_empty(), "{:?}", active_users(&s));
    s.sb(&[
        "sandbox",
        "user",
        "add",
        "--provider",
        "salesforce",
        "two@sandbox-sf.example",
    ])
    .success();
    assert_eq!(
        tab(&s, "two@sandbox-sf.example", "003000000000C02")["outcome"],
        "admitted"
    );
    assert_eq!(tab(&s, admin, "003000000000C01")["outcome"], "disabled");
    assert_eq!(active_users(&s), ["two@sandbox-sf.example"]);
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM launches WHERE provider = 'salesforce' AND outcome = 'disabled'"
        ),
        2
    );
}

#[test]
fn a_broken_salesforce_link_shows_the_relink_page_until_an_admin_relinks() {
    let (s, _serve) = sf_launchpad(5);
    let user = "two@sandbox-sf.example";
    s.sb(&["sandbox", "user", "add", "--provider", "salesforce", user])
        .success();
    assert_eq!(tab(&s, user, "003000000000C01")["outcome"], "admitted");
    // The admin who authorised the link leaves: Salesforce ends the link's
    // sessions and refuses its refresh token.
    s.sb(&[
        "sandbox",
        "user",
        "deactivate",
        crate::integration::SF_ADMIN.0,
    ])
    .success();
    s.sb(&["sandbox", "clock", "advance", "3h"]).success();
    let broken = tab(&s, user, "003000000000C01");
    assert_eq!(broken["status"], 403, "{broken}");
    assert_eq!(broken["outcome"], "relink_needed", "{broken}");
    assert!(
        broken["remedy"]
            .as_str()
            .unwrap()
            .contains("integration relink salesforce --org acme"),
        "{broken}"
    );
    assert!(
        broken["message"].as_str().unwrap().contains("Salesforce"),
        "{broken}"
    );
    assert!(
        broken["files"].as_array().is_none_or(Vec::is_empty),
        "{broken}"
    );
    s.sb(&[
        "sandbox",
        "user",
        "reactivate",
        crate::integration::SF_ADMIN.0,
    ])
    .success();
    s.consent(
        "relink",
        "salesforce",
        crate::integration::SF_ADMIN,
        true,
        &[],
    )
    .success();
    let back = tab(&s, user, "003000000000C01");
    assert_eq!(back["outcome"], "admitted", "{back}");
    assert_eq!(back["files"].as_array().unwrap().len(), 2, "{back}");
    assert_eq!(
        active_users(&s),
        [user],
        "the relink page took no second seat"
    );
}

/// Every value a secret scan looks for in what `serve` printed: the
/// credential store's secrets and tokens (JSON token sets opened up).
fn stored_secrets(s: &Sandboxed) -> Vec<String> {
    let mut out = Vec::new();
    for (key, v) in s.stored() {
        let text = v.as_str().unwrap_or_default().to_string();
        match serde_json::from_str::<Value>(&text) {
            Ok(doc) if doc.is_object() => {
                for k in ["access_token", "refresh_token"] {
                    if let Some(t) = doc[k].as_str() {
                        out.push(t.to_string());
                    }
                }
            }
            _ => {
                assert!(text.len() >= 8, "{key} is too short to scan for");
                out.push(text);
            }
        }
    }
    out
}

fn query_param(url: &str, name: &str) -> String {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("{url} has no {name}"))
}

/// The request events of `route` in a JSON log.
fn requests<'a>(events: &'a [Value], route: &str) -> Vec<&'a Value> {
    events
        .iter()
        .filter(|e| e["message"] == "request" && e["route"] == route)
        .collect()
}

/// At the most verbose level, with a JSON log: a JobAdder launch with its
/// `_h`, a Salesforce Canvas launch, a webhook delivery with its
/// authorization header, its push to Flare and a token refresh each leave
/// structured events, and no secret value anywhere on stdout or stderr.
#[test]
fn the_most_verbose_log_is_structured_and_holds_no_secret() {
    use crate::integration::{FLARE_KEY, SF_ADMIN};
    let s = Sandboxed::new();
    let port = public_url_on_a_free_port(&s);
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        FLARE_KEY,
        &[],
    )
    .success();
    let mut secrets = stored_secrets(&s);
    let serve = Serve::start_with(
        &s.home,
        &["--sandbox", "-vv"],
        &["--log-format", "json"],
        &[("ATSLINK_LOG", "trace")],
        &format!("127.0.0.1:{port}"),
    );

    // The JobAdder button, with its signature.
    let url = signed_url(&s, JA_RECRUITER.0, "30001");
    secrets.push(query_param(&url, "_h"));
    let (status, page) = get(&url);
    assert_eq!(
        (status, outcome(&page).as_str()),
        (200, "admitted"),
        "{page}"
    );

    // The Salesforce tab: a signed request carrying a session token.
    let tab = s
        .click("salesforce", SF_ADMIN.0, "003000000000C01", &["--json"])
        .success()
        .json();
    assert_eq!(tab["data"]["outcome"], "admitted", "{tab}");
    secrets.push("sandbox-canvas-session-token".into());
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let signed = canvas(
        "00D000000000SBX",
        &now,
        atslink::sandbox::seed::SALESFORCE_CLIENT_SECRET,
    );
    secrets.push(signed.split('.').next().unwrap().to_string());
    let (status, page) = post(&format!("{}/launch/salesforce/acme", serve.url), &signed);
    assert_eq!(
        (status, outcome(&page).as_str()),
        (200, "admitted"),
        "{page}"
    );

    // A webhook delivery with its authorization header, pushed to Flare.
    let on = s
        .sb(&["flare", "auto", "on", "--public-url", &serve.url, "--json"])
        .success()
        .json();
    let hook = on["data"]["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    let auth = s.stored()["org/acme/jobadder/webhook_authorization"]
        .as_str()
        .unwrap()
        .to_string();
    let delivered = reqwest::blocking::Client::new()
        .post(format!("{}/webhooks/jobadder/acme?token={auth}", serve.url))
        .header("x-jobadder-webhookid", &hook)
        .header("authorization", &auth)
        .json(&serde_json::json!({
            "apiVersion": 2, "event": "placement_approved", "eventId": "evt-scan",
            "eventDate": "2026-03-11T03:00:00Z", "eventData": {"placementId": 40001},
        }))
        .send()
        .unwrap();
    assert_eq!(delivered.status().as_u16(), 202);
    s.sb(&["flare", "auto", "status", "--wait", "30s"])
        .success();

    // An hour and more later the access token has expired: the next
    // launch refreshes it through the locked path.
    s.sb(&["sandbox", "clock", "advance", "2h"]).success();
    let url = signed_url(&s, JA_RECRUITER.0, "30002");
    secrets.push(query_param(&url, "_h"));
    assert_eq!(get(&url).0, 200);
    secrets.extend(stored_secrets(&s));
    secrets.extend(
        [
            FLARE_KEY,
            atslink::sandbox::seed::JOBADDER_CLIENT_SECRET,
            atslink::sandbox::seed::SALESFORCE_CLIENT_SECRET,
        ]
        .map(String::from),
    );

    let log = {
        let (code, log) = serve.terminate();
        assert_eq!(code, 0, "{log}");
        log
    };
    for secret in &secrets {
        assert!(
            !log.contains(secret.as_str()),
            "a secret ({} chars) reached the log:\n{log}",
            secret.len()
        );
    }

    // One JSON object per line, each with its time, level and target.
    let events: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
        .collect();
    for e in &events {
        assert!(
            e["timestamp"].is_string() && e["level"].is_string() && e["target"].is_string(),
            "{e}"
        );
    }
    let launches = requests(&events, "/launch/jobadder/{org}");
    assert_eq!(launches.len(), 2, "{launches:?}");
    for l in &launches {
        assert_eq!(
            (&l["method"], &l["status"], &l["org"], &l["outcome"]),
            (
                &json!("GET"),
                &json!(200),
                &json!("acme"),
                &json!("admitted")
            ),
            "{l}"
        );
        assert_eq!(l["query"], "candidate,user,_exp,_h", "{l}");
        assert!(l["latency_ms"].is_u64(), "{l}");
    }
    let tabs = requests(&events, "/launch/salesforce/{org}");
    assert_eq!(tabs.len(), 2, "{tabs:?}");
    assert!(
        tabs.iter()
            .all(|t| t["method"] == "POST" && t["outcome"] == "admitted")
    );
    let hooks = requests(&events, "/webhooks/jobadder/{org}");
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(
        (&hooks[0]["status"], &hooks[0]["outcome"], &hooks[0]["org"]),
        (&json!(202), &json!("accepted"), &json!("acme")),
        "{}",
        hooks[0]
    );
    // A query key atslink does not read is counted, not named.
    assert_eq!(hooks[0]["query"], "+1", "{}", hooks[0]);
    let handled: Vec<&Value> = events
        .iter()
        .filter(|e| e["message"] == "webhook event handled")
        .collect();
    assert_eq!(handled.len(), 1, "{handled:?}");
    assert_eq!(
        (
            &handled[0]["org"],
            &handled[0]["event_id"],
            &handled[0]["outcome"]
        ),
        (&json!("acme"), &json!("evt-scan"), &json!("created")),
        "{}",
        handled[0]
    );
    assert_eq!(handled[0]["placement"], 40001, "{}", handled[0]);
    assert!(
        events.iter().any(|e| e["message"]
            .as_str()
            .is_some_and(|m| m.contains("refreshed the jobadder token of acme"))),
        "the refresh is logged"
    );
    for job in ["keepalive pass", "watchdog pass"] {
        assert!(
            events.iter().any(|e| e["message"] == job),
            "{job} is logged"
        );
    }
    // -vv's HTTP exchanges are in the log too, as events.
    assert!(
        events.iter().any(|e| e["level"] == "TRACE"
            && e["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("http: "))),
        "the HTTP trace is logged"
    );
}

#[test]
fn a_bad_log_filter_is_a_usage_error_with_the_syntax() {
    let home = Home::with_file_store();
    home.run_env(&["serve"], "", &[("ATSLINK_LOG", "atslink=loud")])
        .code(2)
        .stderr_has("ATSLINK_LOG")
        .stderr_has("target=level");
}

/// The text log: `-q` leaves warnings only, so a request is not logged.
#[test]
fn quiet_serve_logs_warnings_only() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &["-q"], &[]);
    assert_eq!(get(&format!("{}/healthz", serve.url)).0, 200);
    let (code, log) = serve.terminate();
    assert_eq!(code, 0, "{log}");
    assert!(log.contains("WARN"), "{log}");
    assert!(!log.contains("route=/healthz"), "{log}");
    assert!(!log.contains(" INFO "), "{log}");
}

/// A JSON log stays JSON to the end: the error serve stops with is an
/// event, its hint a field.
#[test]
fn a_json_log_ends_with_the_error_as_an_event() {
    let home = Home::with_file_store();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let run = home
        .run(&["serve", "--listen", &addr, "--log-format", "json"])
        .code(1);
    let events: Vec<Value> = run
        .stderr
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
        .collect();
    let last = events.last().unwrap();
    assert_eq!(last["level"], "ERROR", "{last}");
    assert!(
        last["message"].as_str().unwrap().contains("cannot listen"),
        "{last}"
    );
    assert!(
        last["hint"].as_str().unwrap().contains("--listen"),
        "{last}"
    );
}
