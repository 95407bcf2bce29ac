//! Automatic export (`flare auto`, issue 14): the JobAdder webhook is
//! registered once and removed before its secret; `serve` refuses
//! unauthenticated deliveries, stores each event once and pushes it to
//! Flare through `flare push`'s path; the sandbox's JobAdder delivers,
//! retries and suspends as JobAdder does.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::flare::linked;
use crate::harness::free_port;
use crate::integration::Sandboxed;
use crate::serve::{Serve, get};

const AUTH_KEY: &str = "org/acme/jobadder/webhook_authorization";

fn world(s: &Sandboxed) -> Value {
    s.home.sandbox_world()
}

fn account(s: &Sandboxed) -> Value {
    world(s)["jobadder"]["accounts"][0].clone()
}

fn hooks(s: &Sandboxed) -> Vec<Value> {
    account(s)["webhooks"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn people_with(s: &Sandboxed, email: &str) -> usize {
    world(s)["flare"]["people"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p.to_string().contains(email))
        .count()
}

/// Rows in the state store's event table.
fn stored_events(s: &Sandboxed) -> i64 {
    s.home.sandbox_count("SELECT count(*) FROM webhook_events")
}

fn status(s: &Sandboxed) -> Value {
    s.sb(&["flare", "auto", "status", "--json"])
        .success()
        .json()["data"]
        .clone()
}

fn on(s: &Sandboxed, public: &str) -> Value {
    s.sb(&["flare", "auto", "on", "--public-url", public, "--json"])
        .success()
        .json()["data"]
        .clone()
}

/// Polls `check` until it holds, for at most 30 s.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn on_is_idempotent_and_off_deletes_the_webhook_before_its_secret() {
    let s = Sandboxed::new();
    // Both links are needed.
    s.sb(&["flare", "auto", "on", "--public-url", "http://127.0.0.1:9"])
        .code(3)
        .stderr_has("integration link jobadder");
    let s = {
        drop(s);
        linked()
    };
    s.sb(&["flare", "auto", "on"])
        .code(2)
        .stderr_has("--public-url");
    // JobAdder sends the authorization value: never over plain http.
    s.sb(&[
        "flare",
        "auto",
        "on",
        "--public-url",
        "http://atslink.example.com",
    ])
    .code(2)
    .stderr_has("https");
    let first = on(&s, "http://127.0.0.1:9");
    assert_eq!(first["created"], true);
    let id = first["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(s.stored().contains_key(AUTH_KEY));
    let again = on(&s, "http://127.0.0.1:9");
    assert_eq!(again["created"], false);
    assert_eq!(again["webhooks"][0]["webhook_id"], id.as_str());
    let h = hooks(&s);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0]["url"], "http://127.0.0.1:9/webhooks/jobadder/acme");
    assert_eq!(h[0]["events"], json!(["placement_approved"]));
    assert_eq!(
        h[0]["authorization"].as_str(),
        s.stored()[AUTH_KEY].as_str(),
        "JobAdder sends the value atslink stored"
    );
    let st = status(&s);
    assert_eq!(st["on"], true);
    assert_eq!(st["webhooks"][0]["status"], "Enabled");
    assert_eq!(st["backlog"], 0);

    // JobAdder cannot delete it: nothing is forgotten.
    s.fault(
        "/jobadder/api/v2/webhooks",
        &["--status", "503", "--count", "50"],
    );
    s.sb(&["flare", "auto", "off"]).code(7).stderr_has("hint:");
    assert_eq!(hooks(&s).len(), 1);
    assert!(s.stored().contains_key(AUTH_KEY));
    s.sb(&["sandbox", "fault", "clear"]).success();

    let off = s.sb(&["flare", "auto", "off", "--json"]).success().json();
    assert_eq!(off["data"]["deleted_webhooks"], json!([id]));
    assert!(hooks(&s).is_empty());
    assert!(!s.stored().contains_key(AUTH_KEY));
    assert_eq!(status(&s)["on"], false);
}

#[test]
fn unlink_deletes_the_webhooks_before_the_tokens() {
    let s = linked();
    // Both triggers: the placement webhook, and the candidate webhook with
    // its "Send to Flare" partner action.
    s.sb(&[
        "flare",
        "auto",
        "on",
        "--public-url",
        "http://127.0.0.1:9",
        "--trigger",
        "placement",
        "--trigger",
        "candidate",
    ])
    .success();
    assert_eq!(hooks(&s).len(), 2);
    let send_to_flare = |s: &Sandboxed| {
        account(s)["partner_actions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["reference"] == "atslink:acme:flare")
            .count()
    };
    assert_eq!(send_to_flare(&s), 1);
    let out = s
        .sb(&["integration", "unlink", "jobadder", "--yes", "--json"])
        .success()
        .json();
    // Deleted at JobAdder: only possible while the tokens still existed.
    assert!(hooks(&s).is_empty());
    assert_eq!(send_to_flare(&s), 0, "the Send to Flare button goes too");
    let cleaned = out["data"]["cleaned"].to_string();
    assert!(cleaned.contains("webhook"), "{cleaned}");
    assert!(!s.stored().contains_key(AUTH_KEY));
    assert!(!s.stored().contains_key("org/acme/jobadder/tokens"));
}

fn deliver(url: &str, webhook: Option<&str>, auth: Option<&str>, body: &Value) -> u16 {
    let mut req = reqwest::blocking::Client::new().post(url).json(body);
    if let Some(w) = webhook {
        req = req.header("x-jobadder-webhookid", w);
    }
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    req.send().unwrap().status().as_u16()
}

fn event(id: &str, placement: i64) -> Value {
    json!({
        "apiVersion": 2, "event": "placement_approved", "eventId": id,
        "eventDate": "2026-03-11T03:00:00Z",
        "eventData": {"placementId": placement},
    })
}

#[test]
fn duplicate_and_reordered_deliveries_make_one_person_and_bad_ones_are_refused() {
    let s = linked();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    let hook = on(&s, &serve.url)["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    let auth = s.stored()[AUTH_KEY].as_str().unwrap().to_string();
    let url = format!("{}/webhooks/jobadder/acme", serve.url);

    // Unauthenticated or unknown: 401, counted, nothing stored.
    let e = event("evt-a", 40001);
    assert_eq!(deliver(&url, Some(&hook), Some("wrong"), &e), 401);
    assert_eq!(deliver(&url, Some(&hook), None, &e), 401);
    assert_eq!(deliver(&url, Some("wh-999"), Some(&auth), &e), 401);
    let other = format!("{}/webhooks/jobadder/nobody", serve.url);
    assert_eq!(deliver(&other, Some(&hook), Some(&auth), &e), 401);
    assert_eq!(stored_events(&s), 0);
    let (_, metrics) = get(&format!("{}/metrics", serve.url));
    assert!(
        metrics.contains(
            "atslink_webhook_deliveries_total{provider=\"jobadder\",outcome=\"unauthorized\"} 4"
        ),
        "{metrics}"
    );

    // Two events for one placement, the later first, one of them twice.
    assert_eq!(
        deliver(&url, Some(&hook), Some(&auth), &event("evt-2", 40001)),
        202
    );
    assert_eq!(
        deliver(&url, Some(&hook), Some(&auth), &event("evt-1", 40001)),
        202
    );
    assert_eq!(
        deliver(&url, Some(&hook), Some(&auth), &event("evt-1", 40001)),
        202
    );
    assert_eq!(stored_events(&s), 2);
    eventually("both events handled", || status(&s)["backlog"] == 0);
    assert_eq!(people_with(&s, "mia.nguyen@example.com"), 1);
    let st = status(&s);
    assert!(st["last_push"].is_string(), "{st}");
    assert_eq!(st["failures_last_day"], 0);
    // The success note, once, on the candidate and on the placement.
    let notes = account(&s)["notes"].as_array().cloned().unwrap_or_default();
    for (key, id) in [("candidateId", 30001), ("placementId", 40001)] {
        let on: Vec<&Value> = notes.iter().filter(|n| n[key] == id).collect();
        assert_eq!(on.len(), 1, "{notes:?}");
        let text = on[0]["text"].as_str().unwrap();
        assert!(text.starts_with("Flare: created as person"), "{text}");
    }
    let (_, metrics) = get(&format!("{}/metrics", serve.url));
    assert!(
        metrics.contains(
            "atslink_webhook_deliveries_total{provider=\"jobadder\",outcome=\"duplicate\"} 1"
        ),
        "{metrics}"
    );

    // A placement JobAdder does not have: a permanent failure, not retried,
    // counted by `flare auto status`.
    assert_eq!(
        deliver(&url, Some(&hook), Some(&auth), &event("evt-3", 999_999)),
        202
    );
    eventually("the failure recorded", || {
        status(&s)["failures_last_day"] == 1
    });
    assert_eq!(status(&s)["backlog"], 0);
}

/// The acknowledgement does not wait on the credential store once it
/// knows the webhook's authorization value: a delivery is stored and
/// answered while another holder (a push reading tokens, a refresh
/// writing them) has the store's lock. Before, every delivery read the
/// store, and this one waited for the lock until the request timed out.
#[test]
fn a_delivery_is_stored_and_acknowledged_while_the_credential_store_is_busy() {
    let s = linked();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    let hook = on(&s, &serve.url)["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    let auth = s.stored()[AUTH_KEY].as_str().unwrap().to_string();
    let url = format!("{}/webhooks/jobadder/acme", serve.url);
    let ignored = |id: &str| json!({"apiVersion": 2, "event": "job_created", "eventId": id});
    assert_eq!(
        deliver(&url, Some(&hook), Some(&auth), &ignored("evt-1")),
        202
    );

    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(s.home.file("sandbox/credentials.lock"))
        .unwrap();
    lock.lock().unwrap();
    assert_eq!(
        deliver(&url, Some(&hook), Some(&auth), &ignored("evt-2")),
        202
    );
    assert_eq!(
        s.home
            .sandbox_count("SELECT count(*) FROM webhook_events WHERE event_id = 'evt-2'"),
        1
    );
    // Still checked: the webhook id against the state store, the value
    // against the one known.
    assert_eq!(
        deliver(&url, Some("wh-999"), Some(&auth), &ignored("evt-3")),
        401
    );
    drop(lock);
    assert_eq!(
        deliver(&url, Some(&hook), Some("wrong"), &ignored("evt-3")),
        401
    );
    assert_eq!(stored_events(&s), 2);
}

/// Deliveries arriving together are checked and stored together (one
/// transaction per batch): each is still answered as if alone, a
/// duplicate within the burst is stored once, a refused one is refused
/// without failing its neighbours.
#[test]
fn a_burst_of_deliveries_is_answered_one_by_one() {
    let s = linked();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    let hook = on(&s, &serve.url)["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    let auth = s.stored()[AUTH_KEY].as_str().unwrap().to_string();
    let url = format!("{}/webhooks/jobadder/acme", serve.url);
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let sends: Vec<_> = (0..48)
            .map(|i| {
                let (url, hook, auth) = (&url, &hook, &auth);
                scope.spawn(move || {
                    // 32 events, every third of them twice; 8 unauthenticated.
                    let e = json!({"apiVersion": 2, "event": "job_created",
                                   "eventId": format!("burst-{}", i % 32)});
                    let auth = if i >= 40 { "wrong" } else { auth.as_str() };
                    deliver(url, Some(hook), Some(auth), &e)
                })
            })
            .collect();
        sends.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(statuses.iter().filter(|s| **s == 202).count(), 40);
    assert_eq!(statuses.iter().filter(|s| **s == 401).count(), 8);
    assert_eq!(stored_events(&s), 32);
    let (_, metrics) = get(&format!("{}/metrics", serve.url));
    for (outcome, n) in [("accepted", 32), ("duplicate", 8), ("unauthorized", 8)] {
        let line = format!(
            "atslink_webhook_deliveries_total{{provider=\"jobadder\",outcome=\"{outcome}\"}} {n}"
        );
        assert!(metrics.contains(&line), "{line}\n{metrics}");
    }
}

#[test]
fn sandbox_place_reaches_flare_through_serve() {
    let s = linked();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    on(&s, &serve.url);
    let placed = s
        .sb(&["sandbox", "place", "--candidate", "30002", "--json"])
        .success()
        .json();
    let d = &placed["data"]["deliveries"];
    assert_eq!(d.as_array().unwrap().len(), 1, "{placed}");
    assert_eq!(d[0]["status"], 202, "{placed}");
    eventually("the person in Flare", || {
        people_with(&s, "liam.obrien@example.com") == 1
    });
    let st = s
        .sb(&["flare", "auto", "status", "--wait", "30s", "--json"])
        .success()
        .json()["data"]
        .clone();
    assert_eq!(st["backlog"], 0, "{st}");
    assert!(st["last_event_received"].is_string(), "{st}");
    assert!(st["last_push"].is_string(), "{st}");
}

#[test]
fn the_sandbox_retries_every_5_minutes_and_suspends_after_10_failures() {
    let s = linked();
    // Nothing listens there: every delivery fails.
    let dead = format!("http://127.0.0.1:{}", free_port());
    on(&s, &dead);
    let placed = s
        .sb(&["sandbox", "place", "--candidate", "30002", "--json"])
        .success()
        .json();
    assert_eq!(placed["data"]["deliveries"][0]["delivered"], false);
    // Not due again before 5 minutes of sandbox clock.
    s.sb(&["sandbox", "clock", "advance", "4m"]).success();
    assert_eq!(hooks(&s)[0]["status"], "Enabled");
    for _ in 0..9 {
        s.sb(&["sandbox", "clock", "advance", "5m"]).success();
    }
    let h = &hooks(&s)[0];
    assert_eq!(h["status"], "Suspended", "{h}");
    // `flare auto status` says so with the fix, and fails (1), in the list
    // and for a script alike.
    let run = s.sb(&["flare", "auto", "status"]).code(1);
    assert!(run.stdout.contains("Suspended"), "{}", run.stdout);
    assert!(
        run.stderr.contains("JobAdder drops its events")
            && run
                .stderr
                .contains("atslink --sandbox flare auto on --org acme"),
        "{}",
        run.stderr
    );
    let doc = s.sb(&["flare", "auto", "status", "--json"]).code(1).json();
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["data"]["webhooks"][0]["status"], "Suspended");
    assert!(
        doc["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("re-enable it now"),
        "{doc}"
    );
    // Events while suspended are dropped.
    let again = s
        .sb(&["sandbox", "place", "--candidate", "30001", "--json"])
        .success()
        .json();
    assert_eq!(again["data"]["deliveries"], json!([]));
    assert_eq!(account(&s)["webhook_queue"], json!([]));
    // `flare auto on` updates the webhook, which re-enables it.
    on(&s, &dead);
    assert_eq!(hooks(&s)[0]["status"], "Enabled");
}

#[test]
fn a_transient_failure_is_retried_with_backoff() {
    let s = linked();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    on(&s, &serve.url);
    s.fault("/flare/api/v1", &["--status", "503", "--count", "1000"]);
    s.sb(&["sandbox", "place", "--candidate", "30001"])
        .success();
    let retried = || {
        let (_, m) = get(&format!("{}/metrics", serve.url));
        m.contains("atslink_webhook_pushes_total{reason=\"retry\"} 1")
    };
    eventually("a retry scheduled", retried);
    // Still in the backlog, not a failure, and not retried before its time.
    s.sb(&["flare", "auto", "status", "--wait", "1s"])
        .code(7)
        .stderr_has("1 event of acme is still waiting");
    let st = status(&s);
    assert_eq!(st["backlog"], 1, "{st}");
    assert_eq!(st["failures_last_day"], 0, "{st}");
    s.sb(&["sandbox", "fault", "clear"]).success();
    assert_eq!(people_with(&s, "mia.nguyen@example.com"), 0);
    // The backoff runs on the sandbox clock.
    s.sb(&["sandbox", "clock", "advance", "1m"]).success();
    eventually("the retried push", || {
        people_with(&s, "mia.nguyen@example.com") == 1
    });
    eventually("the backlog empty", || status(&s)["backlog"] == 0);
}

#[test]
fn two_serve_processes_on_one_store_push_each_placement_once() {
    let s = linked();
    s.sb(&["sandbox", "generate", "12"]).success();
    let a = Serve::start(&s.home, &["--sandbox"], &[]);
    let b = Serve::start(&s.home, &["--sandbox"], &[]);
    let hook = on(&s, &a.url)["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    let auth = s.stored()[AUTH_KEY].as_str().unwrap().to_string();
    let placements: Vec<i64> = account(&s)["placements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["jobTitle"] == "Generated Role")
        .map(|p| p["placementId"].as_i64().unwrap())
        .collect();
    assert_eq!(placements.len(), 12);
    // Each event delivered to both processes, and a second event id for
    // every third placement (JobAdder may raise one twice).
    for (i, p) in placements.iter().enumerate() {
        for serve in [&a, &b] {
            let url = format!("{}/webhooks/jobadder/acme", serve.url);
            let e = event(&format!("evt-{p}"), *p);
            assert_eq!(deliver(&url, Some(&hook), Some(&auth), &e), 202);
        }
        if i % 3 == 0 {
            let url = format!("{}/webhooks/jobadder/acme", b.url);
            let e = event(&format!("evt-{p}-again"), *p);
            assert_eq!(deliver(&url, Some(&hook), Some(&auth), &e), 202);
        }
    }
    assert_eq!(stored_events(&s), 16);
    eventually("every event handled", || status(&s)["backlog"] == 0);
    for p in account(&s)["placements"].as_array().unwrap() {
        if p["jobTitle"] == "Generated Role" {
            let email = p["candidate"]["email"].as_str().unwrap();
            assert_eq!(people_with(&s, email), 1, "{email}");
        }
    }
    assert_eq!(status(&s)["failures_last_day"], 0);
}

#[test]
fn the_watchdog_re_enables_a_suspended_webhook_and_back_fills_the_gap() {
    let s = linked();
    // serve is not running yet at the URL the webhook points at.
    let port = free_port();
    on(&s, &format!("http://127.0.0.1:{port}"));
    s.sb(&["sandbox", "place", "--candidate", "30001"])
        .success();
    // 45 minutes pass: JobAdder retries every 5 minutes on the way, and
    // its 10th failure within the hour suspends the webhook.
    s.sb(&["sandbox", "clock", "advance", "45m"]).success();
    assert_eq!(hooks(&s)[0]["status"], "Suspended");
    // Dropped by JobAdder while suspended.
    s.sb(&["sandbox", "place", "--candidate", "30002"])
        .success();
    assert_eq!(people_with(&s, "mia.nguyen@example.com"), 0);

    let serve = Serve::start_at(&s.home, &["--sandbox"], &[], &format!("127.0.0.1:{port}"));
    eventually("both placements in Flare", || {
        people_with(&s, "mia.nguyen@example.com") == 1
            && people_with(&s, "liam.obrien@example.com") == 1
    });
    assert_eq!(hooks(&s)[0]["status"], "Enabled");
    eventually("the backlog empty", || status(&s)["backlog"] == 0);
    // Seeded placements approved long before are not back-filled.
    assert_eq!(people_with(&s, "zoe.fischer@example.com"), 0);
    // A later delivery still arrives, and nothing is doubled.
    s.sb(&["sandbox", "place", "--candidate", "30001"])
        .success();
    eventually("the backlog empty", || status(&s)["backlog"] == 0);
    assert_eq!(people_with(&s, "mia.nguyen@example.com"), 1);
    let (code, log) = serve.terminate();
    assert_eq!(code, 0, "{log}");
    assert!(
        log.contains("watchdog re-enabled a webhook org=acme")
            && log.contains("was=Suspended backfilled=2"),
        "{log}"
    );
}

/// JobAdder marks a webhook `Failed` too (not only `Suspended`): the
/// watchdog re-enables it and back-fills what it missed, once.
#[test]
fn the_watchdog_re_enables_a_failed_webhook() {
    let s = linked();
    let port = free_port();
    on(&s, &format!("http://127.0.0.1:{port}"));
    let id = hooks(&s)[0]["webhookId"].as_str().unwrap().to_string();
    s.sb(&["sandbox", "webhook", "set", &id, "--status", "Failed"])
        .success();
    // Approved while the webhook is Failed: JobAdder does not deliver it.
    s.sb(&["sandbox", "place", "--candidate", "30001"])
        .success();
    let serve = Serve::start_at(&s.home, &["--sandbox"], &[], &format!("127.0.0.1:{port}"));
    eventually("the placement in Flare", || {
        people_with(&s, "mia.nguyen@example.com") == 1
    });
    assert_eq!(hooks(&s)[0]["status"], "Enabled");
    eventually("the backlog empty", || status(&s)["backlog"] == 0);
    let (code, log) = serve.terminate();
    assert_eq!(code, 0, "{log}");
    assert!(
        log.contains(&format!(
            "watchdog re-enabled a webhook org=acme webhook={id} was=Failed"
        )),
        "{log}"
    );
    assert_eq!(people_with(&s, "mia.nguyen@example.com"), 1);
}

fn jobadder_grant(s: &Sandboxed) -> Value {
    s.sb(&["sandbox", "grants", "--json"]).success().json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["provider"] == "jobadder")
        .unwrap()
        .clone()
}

fn jobadder_health(s: &Sandboxed) -> Value {
    let run = s.sb(&["token", "status", "--json"]);
    run.json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r.to_string().contains("jobadder"))
        .unwrap()["health"]
        .clone()
}

#[test]
fn serve_keeps_links_alive_once_across_two_processes() {
    let s = linked();
    assert_eq!(jobadder_grant(&s)["refreshes"], 0);
    // A day later, two processes start at once: the link is refreshed once.
    s.sb(&["sandbox", "clock", "advance", "1d"]).success();
    let a = Serve::start(&s.home, &["--sandbox"], &[]);
    let b = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the refresh", || jobadder_grant(&s)["refreshes"] == 1);
    let (_, la) = a.terminate();
    let (_, lb) = b.terminate();
    let both = format!("{la}{lb}");
    // (A log line may be cut off by the stop; the provider's count is the proof.)
    assert!(
        both.matches("keepalive org=acme provider=jobadder result=refreshed")
            .count()
            <= 1,
        "{both}"
    );
    let g = jobadder_grant(&s);
    assert_eq!(
        (&g["refreshes"], &g["reuse_detected"]),
        (&json!(1), &json!(0)),
        "{g}"
    );
    assert_eq!(jobadder_health(&s)["status"], "ok");
}

#[test]
fn serve_detects_a_deactivated_authorising_user_within_a_day() {
    let s = linked();
    s.sb(&[
        "sandbox",
        "user",
        "deactivate",
        crate::integration::JA_ADMIN.0,
    ])
    .success();
    s.sb(&["sandbox", "clock", "advance", "1d"]).success();
    assert_ne!(jobadder_health(&s)["status"], "broken", "not known yet");
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the link marked broken", || {
        jobadder_health(&s)["status"] == "broken"
    });
    // Nothing else refreshed the link: serve's keep-alive found it.
    drop(serve);
}

/// Adds a `[notify]` target to the sandbox home's configuration.
fn notify_to(s: &Sandboxed, url: &str) {
    s.home
        .append_sandbox_config(&format!("\n[notify]\nwebhook_urls = [\"{url}\"]\n"));
}

/// JobAdder may go on accepting a deactivated user's refresh token (its
/// documentation promises the refusal only for deleted users): the
/// keep-alive asks JobAdder about the authorising user after refreshing,
/// so the link is still marked broken within the day, and told once.
#[test]
fn serve_detects_a_deactivated_authorising_user_whose_refresh_still_works() {
    let s = linked();
    let (url, got) = flaky_receiver(0);
    notify_to(&s, &url);
    let deactivate = |who: &str| {
        s.sb(&[
            "sandbox",
            "user",
            "deactivate",
            who,
            "--refresh-still-works",
        ])
    };
    // Salesforce documents the refusal: the sandbox never pretends otherwise.
    deactivate(crate::integration::SF_ADMIN.0)
        .code(2)
        .stderr_has("always refuses");
    deactivate(crate::integration::JA_ADMIN.0).success();
    s.sb(&["sandbox", "clock", "advance", "1d"]).success();
    let refreshes = jobadder_grant(&s)["refreshes"].as_u64().unwrap();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the link marked broken", || {
        jobadder_health(&s)["status"] == "broken"
    });
    eventually("the notification marked sent", || {
        s.link("jobadder").unwrap()["notified"]["sent_at"].is_string()
    });
    drop(serve);
    // JobAdder accepted the refresh: the user was found out by asking.
    let g = jobadder_grant(&s);
    assert_eq!(g["failed_refreshes"], 0, "{g}");
    assert!(g["refreshes"].as_u64().unwrap() > refreshes, "{g}");
    let health = jobadder_health(&s);
    let reason = health["reason"].as_str().unwrap();
    assert!(
        reason.contains(crate::integration::JA_ADMIN.0) && reason.contains("was deactivated"),
        "{health}"
    );
    assert!(
        health["remedy"]
            .as_str()
            .unwrap()
            .ends_with("integration relink jobadder --org acme"),
        "{health}"
    );
    assert_eq!(audit_actions(&s, "integration.broken"), 1);
    let sent = bodies(&got);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0]["state"], "broken");
    assert_eq!(sent[0]["reason"], reason);

    // Relinked by another administrator: the recovery is told once.
    s.consent(
        "relink",
        "jobadder",
        crate::integration::JA_TEAM_LEAD,
        true,
        &["--yes"],
    )
    .success();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the recovery", || got.lock().unwrap().len() >= 2);
    eventually("the recovery marked sent", || {
        s.link("jobadder").unwrap()["notified"]["state"] == "ok"
    });
    drop(serve);
    let sent = bodies(&got);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[1]["state"], "recovered");
    assert_eq!(jobadder_health(&s)["status"], "ok");
    assert_eq!(audit_actions(&s, "link.broken"), 1);
    assert_eq!(audit_actions(&s, "link.recovered"), 1);
}

/// The bodies a notification target got, in order.
fn bodies(got: &std::sync::Mutex<Vec<(u16, Value)>>) -> Vec<Value> {
    got.lock().unwrap().iter().map(|(_, v)| v.clone()).collect()
}

/// A notification target on loopback that answers 500 to its first
/// `failures` requests, then 200 (`0`: a target that always takes it):
/// every body it got, with the status given.
#[allow(clippy::type_complexity)]
fn flaky_receiver(
    failures: usize,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<(u16, Value)>>>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let got = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let store = got.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut len = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; len];
            let _ = reader.read_exact(&mut body);
            let mut got = store.lock().unwrap();
            let status = if got.len() < failures { 500 } else { 200 };
            got.push((status, serde_json::from_slice(&body).unwrap_or(Value::Null)));
            drop(got);
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            );
        }
    });
    (url, got)
}

/// A target that fails does not hold the keep-alive up, and the
/// notification is sent again on the next pass (here: the next serve's
/// first pass), with the same id, until the target takes it.
#[test]
fn a_failed_notification_is_retried_on_the_next_pass() {
    let s = linked();
    let (url, got) = flaky_receiver(1);
    notify_to(&s, &url);
    s.sb(&[
        "sandbox",
        "user",
        "deactivate",
        crate::integration::JA_ADMIN.0,
    ])
    .success();
    s.sb(&["sandbox", "clock", "advance", "1d"]).success();
    let a = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the first attempt", || got.lock().unwrap().len() == 1);
    // Still serving while its target fails.
    assert_eq!(get(&format!("{}/healthz", a.url)).0, 200);
    let (code, log) = a.terminate();
    assert_eq!(code, 0, "{log}");
    assert!(
        log.contains("notify: notification failed; retried next pass"),
        "{log}"
    );
    assert!(!log.contains("keepalive pass failed"), "{log}");
    let notified = s.link("jobadder").unwrap()["notified"].clone();
    assert_eq!(notified["state"], "broken", "{notified}");
    assert!(notified["sent_at"].is_null(), "not sent yet: {notified}");

    let b = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the notification marked sent", || {
        s.link("jobadder").unwrap()["notified"]["sent_at"].is_string()
    });
    drop(b);
    let all = got.lock().unwrap().clone();
    assert_eq!(all.len(), 2, "one failure, one retry: {all:?}");
    assert_eq!((all[0].0, all[1].0), (500, 200));
    assert_eq!(all[0].1["id"], all[1].1["id"], "the same transition");
    assert_eq!(all[1].1["state"], "broken");
    assert_eq!(audit_actions(&s, "link.broken"), 1);
}

fn audit_actions(s: &Sandboxed, action: &str) -> usize {
    s.sb(&["audit", "--org", "acme", "--json"]).success().json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .count()
}

#[test]
fn a_broken_link_and_its_recovery_are_each_notified_once() {
    let s = linked();
    let (url, got) = flaky_receiver(0);
    notify_to(&s, &url);

    s.sb(&[
        "sandbox",
        "user",
        "deactivate",
        crate::integration::JA_ADMIN.0,
    ])
    .success();
    s.sb(&["sandbox", "clock", "advance", "1d"]).success();
    let a = Serve::start(&s.home, &["--sandbox"], &[]);
    let b = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the notification", || !got.lock().unwrap().is_empty());
    eventually("the audit row", || audit_actions(&s, "link.broken") == 1);
    eventually("the notification marked sent", || {
        s.link("jobadder").unwrap()["notified"]["sent_at"].is_string()
    });
    drop((a, b));
    let first = got.lock().unwrap()[0].1.clone();
    assert_eq!(first["org"], "acme");
    assert_eq!(first["provider"], "jobadder");
    assert_eq!(first["state"], "broken");
    assert_eq!(
        first["remedy"],
        "atslink integration relink jobadder --org acme"
    );
    assert!(
        first["text"].as_str().unwrap().contains("broken"),
        "{first}"
    );
    assert!(
        first["since"].is_string() && first["reason"].is_string(),
        "{first}"
    );
    // The transition's identity, for a receiver to drop a repeat.
    assert_eq!(
        first["id"],
        format!("acme/jobadder/broken/{}", first["since"].as_str().unwrap())
    );
    let shown = s.link("jobadder").unwrap()["notified"].clone();
    assert_eq!(shown["state"], "broken", "{shown}");

    // Relinked: the recovery is told once, and the breakage not again.
    s.sb(&[
        "sandbox",
        "user",
        "reactivate",
        crate::integration::JA_ADMIN.0,
    ])
    .success();
    s.consent(
        "relink",
        "jobadder",
        crate::integration::JA_ADMIN,
        true,
        &["--yes"],
    )
    .success();
    let c = Serve::start(&s.home, &["--sandbox"], &[]);
    eventually("the recovery", || got.lock().unwrap().len() >= 2);
    drop(c);
    let all = bodies(&got);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(all[1]["state"], "recovered");
    assert_eq!(audit_actions(&s, "link.broken"), 1);
    assert_eq!(audit_actions(&s, "link.recovered"), 1);
    assert_eq!(s.link("jobadder").unwrap()["notified"]["state"], "ok");
}

#[test]
fn the_send_to_flare_button_pushes_the_candidate() {
    let s = linked();
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    let args = [
        "flare",
        "auto",
        "on",
        "--public-url",
        &serve.url,
        "--trigger",
        "placement",
        "--trigger",
        "candidate",
        "--json",
    ];
    let first = s.sb(&args).success().json()["data"].clone();
    let again = s.sb(&args).success().json()["data"].clone();
    assert_eq!(first["webhooks"], again["webhooks"], "idempotent");
    assert_eq!(again["created"], false);
    let hooks = first["webhooks"].as_array().unwrap();
    assert_eq!(hooks.len(), 2, "{first}");
    let button = hooks[1]["action_id"].as_str().unwrap().to_string();
    assert_eq!(hooks[1]["trigger"], "candidate_partner_action");
    let buttons: Vec<Value> = account(&s)["partner_actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["reference"] == "atslink:acme:flare")
        .cloned()
        .collect();
    assert_eq!(buttons.len(), 1, "{buttons:?}");
    assert_eq!(buttons[0]["actionName"], "Send to Flare");
    let st = status(&s);
    let shown = st["webhooks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["trigger"] == "candidate_partner_action")
        .unwrap()
        .clone();
    assert_eq!(shown["action_id"], button.as_str(), "{st}");

    let pressed = s
        .click(
            "jobadder",
            crate::integration::JA_RECRUITER.0,
            "30001",
            &["--send-to-flare", "--json"],
        )
        .success()
        .json();
    assert_eq!(pressed["data"]["deliveries"][0]["status"], 202, "{pressed}");
    s.sb(&["flare", "auto", "status", "--wait", "30s"])
        .success();
    assert_eq!(people_with(&s, "mia.nguyen@example.com"), 1);

    // Off: the button and both webhooks go, then the secret.
    s.sb(&["flare", "auto", "off"]).success();
    assert!(self::hooks(&s).is_empty());
    assert!(
        !account(&s)["partner_actions"]
            .to_string()
            .contains("atslink:acme:flare")
    );
    assert!(!s.stored().contains_key(AUTH_KEY));
}

#[test]
fn a_permanent_failure_is_noted_on_the_candidate_and_not_retried() {
    let s = linked();
    // Candidate 30002 loses their email address in JobAdder.
    s.home.edit_sandbox_world(|w| {
        for c in w["jobadder"]["accounts"][0]["candidates"]
            .as_array_mut()
            .unwrap()
        {
            if c["candidateId"] == 30002 {
                c["email"] = Value::Null;
            }
        }
        for p in w["jobadder"]["accounts"][0]["placements"]
            .as_array_mut()
            .unwrap()
        {
            if p["candidate"]["candidateId"] == 30002 {
                p["candidate"]["email"] = Value::Null;
            }
        }
    });
    let serve = Serve::start(&s.home, &["--sandbox"], &[]);
    on(&s, &serve.url);
    s.sb(&["sandbox", "place", "--candidate", "30002"])
        .success();
    s.sb(&["flare", "auto", "status", "--wait", "30s"])
        .success();
    let st = status(&s);
    assert_eq!(st["failures_last_day"], 1, "{st}");
    assert!(st["last_push"].is_null(), "{st}");
    let notes = account(&s)["notes"].as_array().cloned().unwrap_or_default();
    let on_candidate: Vec<&Value> = notes.iter().filter(|n| n["candidateId"] == 30002).collect();
    assert_eq!(on_candidate.len(), 1, "{notes:?}");
    assert!(
        on_candidate[0]["text"]
            .as_str()
            .unwrap()
            .contains("has no email address"),
        "{on_candidate:?}"
    );
    // `flare diagnose` shows it in the candidate's history.
    let d = s.sb(&["flare", "diagnose", "--candidate", "30002", "--json"]);
    let history = d.json()["data"]["history"].clone();
    assert_eq!(history.as_array().map(Vec::len), Some(1), "{}", d.stdout);
    assert_eq!(history[0]["outcome"], "failed", "{history}");
}

/// A relink that moves to another JobAdder account removes the old
/// account's webhooks (they would go on delivering its events) with the old
/// tokens, forgets them, and says how to turn export on again.
#[test]
fn a_relink_to_another_account_removes_the_old_accounts_webhooks() {
    let s = linked();
    on(&s, "http://127.0.0.1:9");
    assert_eq!(hooks(&s).len(), 1);
    let run = s
        .consent(
            "relink",
            "jobadder",
            crate::integration::JA_OTHER_ADMIN,
            true,
            &["--allow-account-change"],
        )
        .success();
    assert!(hooks(&s).is_empty(), "{:?}", hooks(&s));
    assert!(
        run.stderr.contains("flare auto on --org acme"),
        "{}",
        run.stderr
    );
    let st = status(&s);
    assert_eq!(
        st["webhooks"].as_array().map_or(0, |w| w.len()),
        0,
        "forgotten: {st}"
    );
}

/// The burst's size: `ATSLINK_BURST_EVENTS` deliveries (the issue's
/// 10,000 by default; `.ci/run` sets what CI can afford).
fn burst_events() -> usize {
    std::env::var("ATSLINK_BURST_EVENTS")
        .ok()
        .map(|v| v.parse().expect("ATSLINK_BURST_EVENTS is a number"))
        .unwrap_or(10_000)
}

/// Issue 14's burst on the team store: two `serve` processes on one
/// PostgreSQL store, `burst_events()` deliveries of which 10 % are
/// duplicates (half redelivered under the same eventId, half raised again
/// under a second one), spread over both replicas, one replica SIGKILLed
/// half-way through. Its claimed events are taken over when their lease
/// runs out (sandbox clock), so every placement reaches Flare exactly
/// once and every event is processed. Both replicas start a day after the
/// link was made, and the link is refreshed once for that day, not once
/// per replica.
#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn burst_on_two_replicas_with_one_killed_pushes_every_placement_once() {
    assert!(
        crate::postgres::enabled(),
        "two replicas share a PostgreSQL store: set ATSLINK_TEST_ENGINE=postgres"
    );
    let events = burst_events();
    let duplicates = events / 10;
    let unique = events - duplicates;
    let s = linked();
    s.sb(&["sandbox", "generate", &unique.to_string()])
        .success();
    s.sb(&["sandbox", "clock", "advance", "1d"]).success();
    let a = Serve::start(&s.home, &["--sandbox"], &[]);
    let b = Serve::start(&s.home, &["--sandbox"], &[]);
    let hook = on(&s, &a.url)["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    let auth = s.stored()[AUTH_KEY].as_str().unwrap().to_string();
    let placements: Vec<(i64, String)> = account(&s)["placements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["jobTitle"] == "Generated Role")
        .map(|p| {
            (
                p["placementId"].as_i64().unwrap(),
                p["candidate"]["email"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(placements.len(), unique);
    let (a_url, b_url) = (
        format!("{}/webhooks/jobadder/acme", a.url),
        format!("{}/webhooks/jobadder/acme", b.url),
    );
    // Each half's deliveries, in order: (to replica a?, body). Every 9th
    // placement has a duplicate, 10 % of all deliveries: JobAdder's
    // redelivery of one eventId (stored once), or the placement raised
    // again under a second eventId.
    let mut halves: [Vec<(bool, Value)>; 2] = Default::default();
    let (mut sent, mut distinct) = (0, 0);
    for (i, (p, _)) in placements.iter().enumerate() {
        let half = &mut halves[usize::from(i >= unique / 2)];
        let first = event(&format!("evt-{p}"), *p);
        half.push((i % 2 == 0, first.clone()));
        (sent, distinct) = (sent + 1, distinct + 1);
        if i % 9 == 0 && sent < events {
            if i % 18 == 0 {
                half.push((false, first));
            } else {
                half.push((false, event(&format!("evt-{p}-again"), *p)));
                distinct += 1;
            }
            sent += 1;
        }
    }
    let client = reqwest::blocking::Client::new();
    // Eight deliveries at a time, as JobAdder sends them in parallel.
    let deliver_all = |batch: &[(bool, Value)], a_alive: bool| {
        std::thread::scope(|scope| {
            for chunk in batch.chunks(batch.len().div_ceil(8).max(1)) {
                let (client, hook, auth) = (&client, &hook, &auth);
                let (a_url, b_url) = (&a_url, &b_url);
                scope.spawn(move || {
                    for (to_a, body) in chunk {
                        let url = if *to_a && a_alive { a_url } else { b_url };
                        let resp = client
                            .post(url)
                            .header("x-jobadder-webhookid", hook)
                            .header("authorization", auth)
                            .json(body)
                            .send()
                            .unwrap();
                        assert_eq!(resp.status().as_u16(), 202, "{body}");
                    }
                });
            }
        });
    };
    let started = Instant::now();
    deliver_all(&halves[0], true);
    drop(a); // SIGKILL, whatever it holds
    deliver_all(&halves[1], false);
    let delivered = started.elapsed();
    assert_eq!(stored_events(&s), distinct as i64);
    // The dead replica's leases run out; the living one takes them over.
    s.sb(&["sandbox", "clock", "advance", "11m"]).success();
    let deadline = Instant::now() + Duration::from_secs(60 * 60);
    while status(&s)["backlog"] != 0 {
        assert!(Instant::now() < deadline, "backlog left: {}", status(&s));
        std::thread::sleep(Duration::from_millis(500));
    }
    eprintln!(
        "burst: {sent} deliveries ({distinct} distinct events, {unique} placements) \
         acknowledged in {:.1} s, all pushed in {:.1} s",
        delivered.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    let people: std::collections::HashMap<String, usize> = world(&s)["flare"]["people"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["email"].as_str().map(str::to_string))
        .fold(Default::default(), |mut m, e| {
            *m.entry(e).or_default() += 1;
            m
        });
    for (_, email) in &placements {
        let n = people.get(email).copied().unwrap_or(0);
        assert_eq!(n, 1, "{email} is in Flare {n} times");
    }
    // Every event processed: each settled for good, as the creation of
    // its person, or as a duplicate of one (found by email: e.g. a push
    // the killed replica made but could not record) or one the ledger
    // already settled (skipped).
    let count = |cond: &str| {
        s.home
            .sandbox_count(&format!("SELECT count(*) FROM webhook_events WHERE {cond}"))
    };
    assert_eq!(count("status = 'done'"), distinct as i64);
    assert_eq!(
        count("outcome NOT IN ('created', 'duplicate', 'skipped')"),
        0
    );
    assert_eq!(status(&s)["failures_last_day"], 0);
    // One refresh of the link for the day, by one replica.
    let g = jobadder_grant(&s);
    assert_eq!(
        (&g["refreshes"], &g["reuse_detected"]),
        (&json!(1), &json!(0)),
        "{g}"
    );
    let (code, log) = b.terminate();
    assert_eq!(code, 0, "{log}");
}
