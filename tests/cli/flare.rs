//! Flare pushes end to end against the sandbox: mapping rules, once-only,
//! write-back notes, the ledger, batches with paging and faults, a batch
//! killed half-way, diagnose and its bundle.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::SandboxServer;
use crate::integration::{FLARE_KEY, JA_ADMIN, Sandboxed};

/// `acme` linked to JobAdder (by its admin) and to Flare.
pub fn linked() -> Sandboxed {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        FLARE_KEY,
        &[],
    )
    .success();
    s
}

/// The emulator's world document, read straight from its database.
fn world(s: &Sandboxed) -> Value {
    s.home.sandbox_world()
}

/// Changes the emulator's world directly: records the CLI cannot make
/// (a person put into Flare by someone else, a candidate without email).
fn edit_world(s: &Sandboxed, f: impl FnOnce(&mut Value)) {
    s.home.edit_sandbox_world(f)
}

fn row(doc: &Value, candidate: i64) -> Value {
    doc["data"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["candidate_id"] == candidate)
        .unwrap_or_else(|| panic!("no row for {candidate}: {doc}"))
        .clone()
}

fn flare_people(s: &Sandboxed) -> Vec<Value> {
    world(s)["flare"]["people"].as_array().unwrap().clone()
}

fn notes(s: &Sandboxed) -> Vec<Value> {
    world(s)["jobadder"]["accounts"][0]["notes"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn push(s: &Sandboxed, args: &[&str]) -> crate::harness::Run {
    let mut full = vec!["flare", "push"];
    full.extend_from_slice(args);
    s.sb(&full)
}

#[test]
fn mapping_rules_in_what_would_be_sent() {
    let s = linked();
    let rows = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend_from_slice(&["--dry-run", "--json"]);
        push(&s, &a).success().json()["data"]["rows"][0].clone()
    };
    // Everything matches: location, legal entity (with its own brand), cost centre.
    let r = rows(&["--placement", "40001"]);
    assert_eq!(r["result"], "would_create");
    let sent = &r["would_send"];
    assert_eq!(sent["locationId"], "loc-syd");
    assert_eq!(sent["legalEntityId"], "le-harbour");
    assert_eq!(sent["brandId"], "br-main");
    assert_eq!(sent["costCentre"], "CC-100");
    assert_eq!(sent["status"], "candidate");
    assert_eq!(sent["jobTitle"], "Warehouse Supervisor");
    assert_eq!(sent["startDate"], "2026-04-01");
    assert_eq!(sent["mobile"], "+61 400 100 001");
    assert_eq!(r["warnings"].as_array().unwrap().len(), 0);

    // Unknown company → default legal entity, with a warning naming both.
    let r = rows(&["--placement", "40002"]);
    assert_eq!(r["would_send"]["legalEntityId"], "le-harbour");
    let w = r["warnings"][0].as_str().unwrap();
    assert!(
        w.contains("Unmatched Freight Co") && w.contains("Harbour Logistics Pty Ltd"),
        "{w}"
    );

    // Unknown workplace → default location; no cost centre → blank.
    let r = rows(&["--placement", "40003"]);
    assert_eq!(r["would_send"]["locationId"], "loc-syd");
    assert!(r["would_send"].get("costCentre").is_none());
    let ws: Vec<&str> = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(
        ws.iter()
            .any(|w| w.contains("Darwin Depot") && w.contains("Sydney Warehouse")),
        "{ws:?}"
    );
    assert!(
        ws.iter().any(|w| w.contains("cost centre left blank")),
        "{ws:?}"
    );

    // A legal entity without a brand gets the account's default brand.
    let r = rows(&["--placement", "40004"]);
    assert_eq!(r["would_send"]["legalEntityId"], "le-southern");
    assert_eq!(r["would_send"]["brandId"], "br-main");
    assert_eq!(r["mapping"]["brand"]["how"], "default");

    // A candidate with no placement carries what the candidate has.
    let r = rows(&["--candidate", "30005"]);
    assert_eq!(r["would_send"]["email"], "ava.kowalski@example.com");
    assert!(r["would_send"].get("jobTitle").is_none());
}

#[test]
fn once_only_with_notes_and_ledger() {
    let s = linked();
    let people_before = flare_people(&s).len();
    let run = push(&s, &["--placement", "40001", "--json"])
        .success()
        .json();
    let row = &run["data"]["rows"][0];
    assert_eq!(row["result"], "created");
    assert_eq!(row["note"], "written");
    let id = row["flare_person_id"].as_str().unwrap().to_string();
    assert_eq!(flare_people(&s).len(), people_before + 1);
    let n = notes(&s);
    assert_eq!(
        n.len(),
        2,
        "a note on the candidate and on the placement: {n:?}"
    );
    assert!(n[0]["text"].as_str().unwrap().contains(&id));

    // Pushed already: skipped without calling Flare (which is unreachable now).
    s.fault("/flare/api/v1", &["--drop", "--count", "50"]);
    let again = push(&s, &["--placement", "40001"]).code(5);
    assert!(
        again.stderr.contains("already pushed on"),
        "{}",
        again.stderr
    );
    assert!(again.stderr.contains(&id), "{}", again.stderr);
    s.sb(&["sandbox", "fault", "clear"]).success();

    // An email already in Flare is never transferred again (exit 5), and
    // JobAdder is told why.
    let dup = push(&s, &["--candidate", "30006"]).code(5);
    assert!(
        dup.stderr.contains("already in Flare (person fp-0001)"),
        "{}",
        dup.stderr
    );
    assert!(
        notes(&s)
            .iter()
            .any(|n| n["text"].as_str().unwrap().contains("only once"))
    );
    assert_eq!(flare_people(&s).len(), people_before + 1);

    let diag = s
        .sb(&["flare", "diagnose", "--candidate", "30001", "--json"])
        .code(5)
        .json();
    let history = diag["data"]["history"].as_array().unwrap();
    let outcomes: Vec<&str> = history
        .iter()
        .map(|h| h["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["created", "skipped"]);
}

#[test]
fn a_failing_note_does_not_undo_the_push() {
    let s = linked();
    s.fault(
        "/jobadder/api/v2/candidates/30002/notes",
        &["--status", "422", "--count", "5"],
    );
    let run = push(&s, &["--placement", "40002", "--json"]).success();
    assert!(
        run.stderr.contains("the JobAdder note was not written"),
        "{}",
        run.stderr
    );
    let row = &run.json()["data"]["rows"][0];
    assert_eq!(row["result"], "created");
    assert!(row["note"].as_str().unwrap().contains("candidates/30002"));
    let diag = s
        .sb(&["flare", "diagnose", "--candidate", "30002", "--json"])
        .code(5)
        .json();
    assert!(
        diag["data"]["history"][0]["note"]
            .as_str()
            .unwrap()
            .contains("candidates/30002")
    );
}

#[test]
fn dry_run_changes_nothing_anywhere() {
    let s = linked();
    let world_before = world(&s);
    let state_before = s.home.sandbox_state_content();
    let run = push(&s, &["--since", "2026-01-01", "--dry-run", "--json"])
        .success()
        .json();
    assert_eq!(run["data"]["summary"]["would_create"], 4);
    assert_eq!(run["data"]["summary"]["skipped"], 0);
    let world_after = world(&s);
    assert_eq!(
        world_after["flare"]["people"],
        world_before["flare"]["people"]
    );
    assert_eq!(
        world_after["jobadder"]["accounts"][0]["notes"],
        world_before["jobadder"]["accounts"][0]["notes"]
    );
    assert_eq!(
        s.home.sandbox_state_content(),
        state_before,
        "no ledger row"
    );
}

#[test]
fn batch_pages_through_placements_despite_429_and_500() {
    let s = linked();
    s.fault(
        "/jobadder/api/v2/placements",
        &["--status", "500", "--count", "1"],
    );
    s.fault(
        "/jobadder/api/v2/candidates",
        &["--status", "429", "--count", "1"],
    );
    s.fault("/flare/api/v1/people", &["--status", "429", "--count", "1"]);
    let doc = push(&s, &["--since", "2026-01-01", "--page-size", "1", "--json"])
        .success()
        .json();
    let sum = &doc["data"]["summary"];
    // Onboarding placements 40001-40004, one per page (40005 is not
    // selected for onboarding export).
    assert_eq!(sum["created"], 4, "{doc}");
    assert_eq!(sum["failed"], 0);
    let ids: Vec<i64> = doc["data"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["placement_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [40001, 40002, 40003, 40004]);

    // A second run creates nobody and reports the rest as skipped, without
    // calling Flare (which is unreachable now).
    s.fault("/flare/api/v1", &["--drop", "--count", "50"]);
    let doc = push(&s, &["--since", "2026-01-01", "--json"])
        .success()
        .json();
    assert_eq!(doc["data"]["summary"]["skipped"], 4);

    // A failure in a batch gives exit 8 with the per-row results.
    let s = linked();
    s.fault(
        "/jobadder/api/v2/candidates/30003",
        &["--status", "404", "--count", "20"],
    );
    let run = push(&s, &["--since", "2026-01-01", "--json"]).code(8);
    let doc = run.json();
    assert_eq!(doc["data"]["summary"]["created"], 3);
    assert_eq!(doc["data"]["summary"]["failed"], 1);
}

#[test]
fn a_batch_killed_half_way_creates_each_person_once() {
    let s = linked();
    // Slow Flare down so the batch can be killed in the middle.
    s.fault(
        "/flare/api/v1/people",
        &["--latency", "400ms", "--count", "100"],
    );
    let mut child = s
        .home
        .command(&["--sandbox", "flare", "push", "--since", "2026-01-01"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let baseline = 1; // the seeded Ethan Smith
    let until = Instant::now() + Duration::from_secs(60);
    while flare_people(&s).len() < baseline + 2 {
        assert!(Instant::now() < until, "the batch made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    s.sb(&["sandbox", "fault", "clear"]).success();
    // The killed batch's lock does not stand in the way (its process is
    // gone), and nothing it did is recorded as a duplicate of itself.
    let doc = push(&s, &["--since", "2026-01-01", "--json"])
        .success()
        .json();
    for r in doc["data"]["rows"].as_array().unwrap() {
        assert!(r["result"] == "created" || r["result"] == "skipped", "{r}");
        eprintln!(
            "RERUN {} {} {} {}",
            r["candidate_id"], r["result"], r["note"], r["detail"]
        );
    }
    for id in [30001, 30002, 30003, 30004] {
        let n: Vec<Value> = notes(&s)
            .into_iter()
            .filter(|n| n["candidateId"] == id)
            .collect();
        assert_eq!(n.len(), 1, "candidate {id}: {n:?}");
    }
    let people = flare_people(&s);
    let mut emails: Vec<String> = people
        .iter()
        .map(|p| p["email"].as_str().unwrap().to_lowercase())
        .collect();
    let n = emails.len();
    emails.sort();
    emails.dedup();
    assert_eq!(emails.len(), n, "nobody twice: {emails:?}");
    assert_eq!(n, baseline + 4);
}

#[test]
fn diagnose_stops_at_the_first_failing_check_and_bundles_no_secret() {
    let s = Sandboxed::new();
    // Not linked to JobAdder: exit 3 with the link command.
    let run = s.sb(&["flare", "diagnose", "--candidate", "30001"]).code(3);
    assert!(run.stdout.contains("✗ JobAdder link"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("atslink --sandbox integration link jobadder --org acme"),
        "{}",
        run.stdout
    );

    let s = linked();
    // A candidate that does not exist: exit 4.
    let run = s.sb(&["flare", "diagnose", "--candidate", "99999"]).code(4);
    assert!(run.stdout.contains("✗ candidate exists"), "{}", run.stdout);
    // Healthy and not yet pushed: exit 0 with the ticket block.
    let bundle = s.home.file("bundle.json");
    let run = s
        .sb(&[
            "flare",
            "diagnose",
            "--placement",
            "40003",
            "--bundle",
            bundle.to_str().unwrap(),
        ])
        .success();
    assert!(
        run.stdout.contains("For a Flare support ticket"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("JobAdder candidate ID: 30003"));
    assert!(
        run.stdout
            .contains("Placement made at: 2026-03-20T02:00:00Z (placement 40003)")
    );
    assert!(
        run.stdout.contains("Darwin Depot"),
        "the defaults that would apply: {}",
        run.stdout
    );
    // Already in Flare: exit 5 with the Flare id.
    let run = s.sb(&["flare", "diagnose", "--candidate", "30006"]).code(5);
    assert!(
        run.stdout.contains("Flare employee ID: fp-0001"),
        "{}",
        run.stdout
    );
    // A person atslink did not create: the support answer differs from
    // a candidate atslink pushed (the demo's case).
    assert!(
        run.stdout
            .contains("is already in Flare as person fp-0001 (not created by atslink): a person is transferred only once"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.lines().any(|l| l
            .starts_with("error: ethan.smith@example.com is already in Flare")
            && l.ends_with("(failed check: not yet in Flare)")),
        "the finding first, then the check: {}",
        run.stderr
    );

    let text = std::fs::read_to_string(&bundle).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["ticket"]["jobadder_candidate_id"], 30003);
    assert!(!text.contains(FLARE_KEY));
    for (_, v) in s.stored() {
        let stored = v.as_str().unwrap().to_string();
        let secrets: Vec<String> = match serde_json::from_str::<Value>(&stored) {
            Ok(t) => ["access_token", "refresh_token"]
                .iter()
                .filter_map(|k| t[k].as_str().map(str::to_string))
                .collect(),
            Err(_) => vec![stored],
        };
        for secret in secrets {
            assert!(!text.contains(&secret), "a secret in the bundle");
        }
    }

    // The authorising JobAdder user deactivated: the first check fails.
    s.sb(&["sandbox", "user", "deactivate", JA_ADMIN.0])
        .success();
    let run = s.sb(&["flare", "diagnose", "--candidate", "30001"]).code(3);
    assert!(run.stdout.contains("✗ JobAdder link"), "{}", run.stdout);
    assert!(run.stdout.contains("deactivated"), "{}", run.stdout);
    s.sb(&["sandbox", "user", "reactivate", JA_ADMIN.0])
        .success();

    // The Flare link gone: exit 3 naming the Flare link.
    s.sb(&["integration", "unlink", "flare", "--yes"]).success();
    let run = s.sb(&["flare", "diagnose", "--candidate", "30001"]).code(3);
    assert!(run.stdout.contains("✗ Flare link"), "{}", run.stdout);
}

#[test]
fn mapping_view_shows_matches_defaults_and_brandless_entities() {
    let s = linked();
    let doc = s
        .sb(&["flare", "mapping", "--since", "2026-01-01", "--json"])
        .success()
        .json();
    let d = &doc["data"];
    assert_eq!(d["placements"], 5);
    let loc = |name: &str| {
        d["locations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(loc("Sydney Warehouse")["how"], "matched");
    assert_eq!(loc("Sydney Warehouse")["placements"], 2);
    assert_eq!(loc("Darwin Depot")["how"], "default");
    assert_eq!(loc("Darwin Depot")["flare"], "Sydney Warehouse");
    let ent = d["legal_entities"].as_array().unwrap();
    assert!(
        ent.iter()
            .any(|e| e["name"] == "Unmatched Freight Co" && e["how"] == "default")
    );
    assert_eq!(
        d["entities_without_brand"][0],
        "Southern Cross Construction"
    );
    // The seed's 40003 has no cost centre field; the others have one.
    assert_eq!(
        d["incomplete_placements"],
        json!([{
            "placement_id": 40003, "candidate_id": 30003, "candidate": "Zoë Fischer",
            "missing": ["\"Flare \u{2013} Cost Centre\""],
        }]),
        "{d}"
    );
    let text = s
        .sb(&["flare", "mapping", "--since", "2026-01-01"])
        .success();
    assert!(
        text.stdout.contains("falls back to the default"),
        "{}",
        text.stdout
    );
}

#[test]
fn batch_notes_are_written_once_per_outcome_in_plain_words() {
    let s = linked();
    // Liam is in Flare already (put there by someone else); Noah has no email.
    edit_world(&s, |w| {
        w["flare"]["people"].as_array_mut().unwrap().push(json!({
            "personId": "fp-9001", "firstName": "Liam", "lastName": "O'Brien",
            "email": "liam.obrien@example.com", "status": "candidate",
            "locationId": "loc-syd", "legalEntityId": "le-harbour", "brandId": "br-main"
        }));
        let a = &mut w["jobadder"]["accounts"][0];
        for c in a["candidates"].as_array_mut().unwrap() {
            if c["candidateId"] == 30004 {
                c["email"] = Value::Null;
            }
        }
        for p in a["placements"].as_array_mut().unwrap() {
            if p["placementId"] == 40004 {
                p["candidate"]["email"] = Value::Null;
            }
        }
    });
    // Mia's push fails on an answer whose body is raw JSON: her note says
    // so in words, not in JSON.
    s.fault("/flare/api/v1/people", &["--status", "422", "--count", "1"]);
    push(&s, &["--candidate", "30001"]).code(1);
    let server = SandboxServer::start(&s.home);
    let mia = candidate_notes(&server, &s, 30001);
    assert_eq!(mia.len(), 1, "{mia:?}");
    assert!(
        !mia[0].contains('{') && mia[0].contains("did not accept"),
        "{mia:?}"
    );

    let first = push(&s, &["--since", "2026-01-01", "--json"])
        .code(8)
        .json();
    assert_eq!(row(&first, 30001)["result"], "skipped", "{first}");
    assert!(
        row(&first, 30001)["detail"]
            .as_str()
            .unwrap()
            .contains("--retry-failed")
    );
    assert_eq!(row(&first, 30002)["result"], "duplicate");
    assert_eq!(row(&first, 30003)["result"], "created");
    assert_eq!(row(&first, 30004)["result"], "failed");

    // Run again: nothing is pushed twice, nobody gets a second note.
    let second = push(&s, &["--since", "2026-01-01", "--json"])
        .success()
        .json();
    assert_eq!(second["data"]["summary"]["skipped"], 4, "{second}");
    let liam = row(&second, 30002);
    assert!(
        liam["detail"]
            .as_str()
            .unwrap()
            .starts_with("already in Flare"),
        "{liam}"
    );
    for id in [30001, 30002, 30003, 30004] {
        let n = candidate_notes(&server, &s, id);
        assert_eq!(n.len(), 1, "candidate {id}: {n:?}");
    }
    assert!(candidate_notes(&server, &s, 30004)[0].contains("no email address"));

    // --retry-failed retries the failures: Mia now goes through (a second,
    // different note), Noah fails the same way (no new note).
    let third = push(&s, &["--since", "2026-01-01", "--retry-failed", "--json"])
        .code(8)
        .json();
    assert_eq!(row(&third, 30001)["result"], "created", "{third}");
    assert_eq!(row(&third, 30004)["result"], "failed");
    assert_eq!(row(&third, 30004)["note"], "already written");
    assert_eq!(candidate_notes(&server, &s, 30001).len(), 2);
    assert_eq!(candidate_notes(&server, &s, 30004).len(), 1);
}

/// A loopback HTTP server on a port of its own (another origin than the
/// sandbox's) that answers an empty page and keeps every request it got.
fn trap() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let got = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = got.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { continue };
            let _ = conn.set_read_timeout(Some(Duration::from_secs(2)));
            let mut buf = [0u8; 8192];
            let n = conn.read(&mut buf).unwrap_or(0);
            keep.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&buf[..n]).to_string());
            let body = r#"{"items":[],"totalCount":0,"links":{}}"#;
            let _ = write!(
                conn,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (port, got)
}

#[test]
fn paging_links_never_take_the_token_elsewhere_nor_loop() {
    let s = linked();
    let (port, got) = trap();
    s.fault(
        "/jobadder/api/v2/placements",
        &[
            "--next-link",
            &format!("http://127.0.0.1:{port}/jobadder/api/v2/placements?Offset=1&Limit=1"),
        ],
    );
    let run = push(&s, &["--since", "2026-01-01", "--page-size", "1", "--json"]).code(7);
    let msg = run.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(msg.contains("outside the account's API"), "{msg}");
    assert!(
        got.lock().unwrap().is_empty(),
        "a request reached the foreign host: {:?}",
        got.lock().unwrap()
    );
    assert_eq!(flare_people(&s).len(), 1, "nothing pushed");

    // A next link pointing back at its own page: stopped at once, not
    // thousands of requests later.
    s.fault(
        "/jobadder/api/v2/placements",
        &["--next-link", "{self}", "--count", "5000"],
    );
    let run = push(&s, &["--since", "2026-01-01", "--json"]).code(7);
    let msg = run.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(msg.contains("repeats a page"), "{msg}");
    let left = s
        .sb(&["sandbox", "fault", "list", "--json"])
        .success()
        .json()["data"][0]["remaining"]
        .as_u64()
        .unwrap();
    assert!(left >= 4998, "{} requests made", 5000 - left);
    s.sb(&["sandbox", "fault", "clear"]).success();

    // A listing that ends before the count it promised is a warning.
    s.fault("/jobadder/api/v2/placements", &["--next-link", ""]);
    push(
        &s,
        &["--since", "2026-01-01", "--page-size", "1", "--dry-run"],
    )
    .success()
    .stderr_has("placements match but gave 1");
}

#[test]
fn a_person_created_by_a_run_killed_before_recording_it_is_its_own() {
    let s = linked();
    // What a run killed between Flare's create and the ledger write leaves:
    // the person in Flare, with atslink's reference, and nothing recorded.
    let account = world(&s)["jobadder"]["accounts"][0]["account"].clone();
    edit_world(&s, |w| {
        w["flare"]["people"].as_array_mut().unwrap().push(json!({
            "personId": "fp-7001", "firstName": "Mia", "lastName": "Nguyen",
            "email": "mia.nguyen@example.com", "status": "candidate",
            "locationId": "loc-syd", "legalEntityId": "le-harbour", "brandId": "br-main",
            "source": {"system": "jobadder", "candidateId": 30001, "placementId": 40001,
                       "reference": format!("atslink/jobadder/{account}/candidate/30001")}
        }));
    });
    let doc = push(&s, &["--since", "2026-01-01", "--json"])
        .success()
        .json();
    let mia = row(&doc, 30001);
    assert_eq!(mia["result"], "created", "{doc}");
    assert_eq!(mia["flare_person_id"], "fp-7001");
    assert_eq!(mia["note"], "written");
    let server = SandboxServer::start(&s.home);
    let n = candidate_notes(&server, &s, 30001);
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0].contains("created as person fp-7001"), "{n:?}");
    assert_eq!(
        flare_people(&s)
            .iter()
            .filter(|p| p["email"] == "mia.nguyen@example.com")
            .count(),
        1
    );
    // Every person atslink creates carries the reference.
    let zoe = flare_people(&s)
        .into_iter()
        .find(|p| p["email"] == "zoe.fischer@example.com")
        .unwrap();
    assert_eq!(
        zoe["source"]["reference"],
        format!("atslink/jobadder/{account}/candidate/30003")
    );
}

#[test]
fn a_second_batch_for_the_organisation_fails_fast() {
    let s = linked();
    s.fault(
        "/flare/api/v1/people",
        &["--latency", "300ms", "--count", "100"],
    );
    let mut first = s
        .home
        .command(&["--sandbox", "flare", "push", "--since", "2026-01-01"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(60);
    while flare_people(&s).len() < 2 {
        assert!(Instant::now() < until, "the first batch made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    let second = push(&s, &["--since", "2026-01-01", "--json"]).code(5);
    let msg = second.json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("another `flare push` batch for acme"), "{msg}");
    // A dry run and a single record do not wait for the batch.
    push(&s, &["--since", "2026-01-01", "--dry-run"]).success();
    assert!(first.wait().unwrap().success());

    // Each candidate was created once and noted once.
    let server = SandboxServer::start(&s.home);
    for id in [30001, 30002, 30003, 30004] {
        let n = candidate_notes(&server, &s, id);
        assert_eq!(n.len(), 1, "candidate {id}: {n:?}");
        assert!(n[0].contains("created as person"), "{n:?}");
    }
    // The lock went with the batch.
    push(&s, &["--since", "2026-01-01"]).success();
}

#[test]
fn batches_since_a_duration_or_the_last_batch() {
    let s = linked();
    // No batch has completed: `last` has nothing to start from.
    let run = push(&s, &["--since", "last", "--json"]).code(2);
    let hint = run.json()["error"]["hint"].as_str().unwrap().to_string();
    assert!(hint.contains("--since 30d"), "{hint}");

    // Two placements made now on the sandbox clock; the seeded ones are
    // months old.
    s.sb(&["sandbox", "generate", "2"]).success();
    let doc = push(&s, &["--since", "7d", "--json"]).success().json();
    assert_eq!(doc["data"]["summary"]["created"], 2, "{doc}");
    let now = s
        .sb(&["sandbox", "clock", "show", "--json"])
        .success()
        .json()["data"]["now"]
        .as_str()
        .unwrap()
        .to_string();
    let since = doc["data"]["since"].as_str().unwrap();
    assert!(
        since < now.as_str() && since[..4] == now[..4],
        "{since} vs {now}"
    );
    assert_eq!(doc["data"]["rows"].as_array().unwrap().len(), 2);

    // An hour later one more: `last` picks up from the previous batch.
    s.sb(&["sandbox", "clock", "advance", "1h"]).success();
    s.sb(&["sandbox", "generate", "1"]).success();
    let doc = push(&s, &["--since", "last", "--json"]).success().json();
    assert_eq!(doc["data"]["summary"]["created"], 1, "{doc}");
    assert!(
        doc["data"]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["placement_id"].as_i64().unwrap() > 40005),
        "nothing from before the last batch: {doc}"
    );
    // A failed batch does not move the checkpoint: the record it failed on
    // is still found by the next `last` an hour later.
    s.sb(&["sandbox", "clock", "advance", "1h"]).success();
    s.sb(&["sandbox", "generate", "1"]).success();
    s.sb(&["sandbox", "clock", "advance", "1h"]).success();
    s.fault(
        "/flare/api/v1/people",
        &["--status", "422", "--count", "10"],
    );
    push(&s, &["--since", "last"]).code(8);
    s.sb(&["sandbox", "fault", "clear"]).success();
    let doc = push(&s, &["--since", "last", "--retry-failed", "--json"])
        .success()
        .json();
    assert_eq!(doc["data"]["summary"]["created"], 1, "{doc}");
}

#[test]
fn require_match_refuses_what_would_fall_back_to_a_default() {
    let s = linked();
    let doc = push(&s, &["--since", "2026-01-01", "--require-match", "--json"])
        .code(8)
        .json();
    assert_eq!(row(&doc, 30001)["result"], "created", "{doc}");
    assert_eq!(row(&doc, 30004)["result"], "created");
    let liam = row(&doc, 30002);
    assert_eq!(liam["result"], "failed");
    assert!(
        liam["error"]
            .as_str()
            .unwrap()
            .contains("\"Unmatched Freight Co\" matches no Flare legal entity"),
        "{liam}"
    );
    let zoe = row(&doc, 30003);
    assert!(
        zoe["error"]
            .as_str()
            .unwrap()
            .contains("\"Darwin Depot\" matches no Flare location"),
        "{zoe}"
    );
    let emails: Vec<Value> = flare_people(&s)
        .iter()
        .map(|p| p["email"].clone())
        .collect();
    assert!(
        !emails.contains(&json!("zoe.fischer@example.com")),
        "{emails:?}"
    );
    assert!(!emails.contains(&json!("liam.obrien@example.com")));
    let server = SandboxServer::start(&s.home);
    let n = candidate_notes(&server, &s, 30003);
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(
        n[0].contains("Darwin Depot") && !n[0].contains('{'),
        "{n:?}"
    );

    // One record: refused with the reason, nothing created.
    let run = push(&s, &["--placement", "40003", "--require-match"]).code(2);
    assert!(
        run.stderr.contains("refused by --require-match"),
        "{}",
        run.stderr
    );
    // Without the flag the default applies, as before.
    push(&s, &["--placement", "40003", "--json"]).success();
}

#[test]
fn a_batch_says_what_it_waits_for_and_what_is_done() {
    let s = linked();
    for (prefix, n) in [
        // Listing, reading ahead, pushing: one rate limit in each.
        ("/jobadder/api/v2/placements", "1"),
        ("/flare/api/v1/people", "1"),
        ("/flare/api/v1/account", "1"),
    ] {
        s.fault(prefix, &["--status", "429", "--count", n]);
    }
    let run = push(&s, &["-v", "--since", "2026-01-01"]).success();
    for line in [
        "waiting 1 s for JobAdder's rate limit (listing JobAdder placements)",
        "waiting 1 s for Flare's rate limit (reading ahead: ",
        "waiting 1 s for Flare's rate limit (pushing: 0 of 4 done)",
    ] {
        assert!(run.stderr.contains(line), "no {line:?} in {}", run.stderr);
    }
}

#[test]
fn jobadder_rate_limits_are_retried_by_the_http_policy_and_shown_on_the_batch() {
    let s = linked();
    // Two 429s (each with `Retry-After: 1`) on the listing, one on the
    // read-ahead of candidates.
    for (prefix, n) in [
        ("/jobadder/api/v2/placements", "2"),
        ("/jobadder/api/v2/candidates", "1"),
    ] {
        s.fault(prefix, &["--status", "429", "--count", n]);
    }
    let run = push(&s, &["-vv", "--since", "2026-01-01"]).success();
    // Every injected 429 was met (the sandbox's fault counter ran out)…
    let faults = s
        .sb(&["sandbox", "fault", "list", "--json"])
        .success()
        .json();
    assert_eq!(faults["data"], json!([]), "{faults}");
    // …and the listing's were retried by the HTTP policy, JobAdder's
    // patience for its rate limit (six attempts), with each wait told to
    // the batch's progress through the policy's hook.
    let lines: Vec<&str> = run.stderr.lines().collect();
    let listing_429 = |l: &&str| {
        l.contains("http: ← 429 GET http://127.0.0.1:")
            && l.contains("/jobadder/api/v2/placements?")
            && l.contains("Retry-After 1 s")
    };
    let at: Vec<usize> = (0..lines.len())
        .filter(|i| listing_429(&lines[*i]))
        .collect();
    assert_eq!(at.len(), 2, "{}", run.stderr);
    for (k, i) in at.into_iter().enumerate() {
        assert_eq!(
            lines[i + 1..i + 3],
            [
                format!("debug: http: retrying in 1000 ms (attempt {} of 6)", k + 2),
                "debug: waiting 1 s for JobAdder's rate limit (listing JobAdder placements)"
                    .to_string(),
            ],
            "{}",
            run.stderr
        );
    }
    assert!(
        run.stderr
            .contains("waiting 1 s for JobAdder's rate limit (reading ahead: "),
        "{}",
        run.stderr
    );
    // The trace names no token.
    let stored = s.stored();
    let tokens: Value =
        serde_json::from_str(stored["org/acme/jobadder/tokens"].as_str().unwrap()).unwrap();
    let access = tokens["access_token"].as_str().unwrap();
    assert!(!run.stderr.contains(access), "{}", run.stderr);
}

/// `GET /candidates/{id}/notes` with the link's access token, as a
/// recruiter's JobAdder would list them.
fn candidate_notes(server: &SandboxServer, s: &Sandboxed, id: i64) -> Vec<String> {
    let stored = s.stored();
    let tokens: Value =
        serde_json::from_str(stored["org/acme/jobadder/tokens"].as_str().unwrap()).unwrap();
    let doc: Value = reqwest::blocking::Client::new()
        .get(format!(
            "{}/jobadder/api/v2/candidates/{id}/notes",
            server.url
        ))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .send()
        .unwrap()
        .json()
        .unwrap();
    doc["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no notes list: {doc}"))
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_string())
        .collect()
}
