//! `flare diagnose` (and how `flare push` finds a single record) against the
//! sandbox: every check runs whatever link is broken, the candidate's
//! onboarding placement, the onboarding-export check, finding the candidate
//! by email or name, and `ok` matching the exit code.

use serde_json::Value;

use crate::flare::linked;
use crate::integration::Sandboxed;

fn diagnose(s: &Sandboxed, args: &[&str]) -> crate::harness::Run {
    let mut full = vec!["flare", "diagnose"];
    full.extend_from_slice(args);
    s.sb(&full)
}

fn push(s: &Sandboxed, args: &[&str]) -> crate::harness::Run {
    let mut full = vec!["flare", "push"];
    full.extend_from_slice(args);
    s.sb(&full)
}

/// The named check of a diagnose document.
fn check<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["data"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == name)
        .unwrap_or_else(|| panic!("no check {name:?}: {doc}"))
}

#[test]
fn a_broken_jobadder_link_still_runs_every_check_that_does_not_need_it() {
    let s = linked();
    push(&s, &["--placement", "40001"]).success();
    // 15 days unused: the refresh token dies and the link breaks.
    s.sb(&["sandbox", "clock", "advance", "15d"]).success();

    let run = diagnose(&s, &["--candidate", "30001", "--json"]).code(3);
    let doc = run.json();
    assert_eq!(check(&doc, "JobAdder link")["ok"], false, "{doc}");
    for unknown in [
        "candidate exists",
        "selected for onboarding export",
        "candidate has an email",
        "mapping",
    ] {
        let c = check(&doc, unknown);
        assert_eq!(c["ok"], Value::Null, "{unknown} is unknown: {doc}");
        assert!(
            c["detail"].as_str().unwrap().contains("JobAdder"),
            "{unknown} says why: {c}"
        );
    }
    assert_eq!(check(&doc, "Flare link")["ok"], true, "{doc}");
    // The email comes from the ledger, so the Flare look-up still runs.
    let in_flare = check(&doc, "not yet in Flare");
    assert_eq!(in_flare["ok"], false, "{doc}");
    // atslink's own push: support can tell the customer it arrived.
    assert!(
        in_flare["detail"]
            .as_str()
            .unwrap()
            .contains("created by atslink on "),
        "{in_flare}"
    );
    let t = &doc["data"]["ticket"];
    assert_eq!(t["jobadder_candidate_id"], 30001);
    assert_eq!(t["candidate_email"], "mia.nguyen@example.com");
    assert!(t["flare_employee_id"].is_string(), "{t}");
    assert_eq!(doc["data"]["history"].as_array().unwrap().len(), 1);

    // The human view names the candidate, not `-`.
    let run = diagnose(&s, &["--candidate", "30001"]).code(3);
    assert!(
        run.stdout.contains("JobAdder candidate ID: 30001"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("? candidate exists: unknown:"),
        "{}",
        run.stdout
    );

    // With only --email (never pushed): the Flare look-up still answers.
    let doc = diagnose(&s, &["--email", "ethan.smith@example.com", "--json"])
        .code(3)
        .json();
    assert_eq!(check(&doc, "candidate found")["ok"], Value::Null);
    assert_eq!(doc["data"]["ticket"]["flare_employee_id"], "fp-0001");
}

#[test]
fn a_candidate_is_taken_with_their_latest_onboarding_placement() {
    let s = linked();
    let doc = diagnose(&s, &["--candidate", "30001", "--json"])
        .success()
        .json();
    let d = &doc["data"];
    assert_eq!(d["placement"]["placement_id"], 40001, "{d}");
    assert_eq!(d["placement"]["how"], "latest_onboarding");
    assert_eq!(d["mapping"]["location"]["how"], "matched", "{d}");
    assert_eq!(d["ticket"]["placement_id"], 40001);
    assert_eq!(d["ticket"]["placement_made_at"], "2026-03-10T02:00:00Z");
    let mapping = check(&doc, "mapping")["detail"].as_str().unwrap();
    assert!(mapping.contains("placement 40001, the latest"), "{mapping}");
    assert!(!mapping.contains("no placement"), "{mapping}");

    // Push by candidate maps through the same placement: no default warnings.
    let row = push(&s, &["--candidate", "30001", "--dry-run", "--json"])
        .success()
        .json()["data"]["rows"][0]
        .clone();
    assert_eq!(row["placement_id"], 40001, "{row}");
    assert_eq!(row["warnings"].as_array().unwrap().len(), 0, "{row}");
    assert_eq!(row["would_send"]["jobTitle"], "Warehouse Supervisor");

    // Placements exist but none is selected: pushed without one, and said so.
    let row = push(&s, &["--candidate", "30005", "--dry-run", "--json"])
        .success()
        .json()["data"]["rows"][0]
        .clone();
    assert!(row["placement_id"].is_null(), "{row}");
    assert!(
        row["warnings"][0]
            .as_str()
            .unwrap()
            .contains("none of candidate 30005's 1 placement(s) is selected for onboarding export (latest: 40005)"),
        "{row}"
    );

    // No placement at all: the ticket never calls a push time "placement made".
    push(&s, &["--candidate", "30007"]).success();
    let run = diagnose(&s, &["--candidate", "30007"]).code(5);
    assert!(!run.stdout.contains("Placement made"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("Button pressed / push attempted at: 20"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("(no placement;"), "{}", run.stdout);
}

#[test]
fn diagnose_checks_the_onboarding_export_selection() {
    let s = linked();
    let doc = diagnose(&s, &["--placement", "40005", "--json"])
        .code(1)
        .json();
    let c = check(&doc, "selected for onboarding export");
    assert_eq!(c["ok"], false, "{doc}");
    assert!(
        c["detail"]
            .as_str()
            .unwrap()
            .contains("placement 40005 is not selected for onboarding export"),
        "{c}"
    );
    assert!(
        c["fix"]
            .as_str()
            .unwrap()
            .contains("atslink --sandbox flare push --org acme --placement 40005"),
        "{c}"
    );
    // By candidate: their only placement is not selected.
    let doc = diagnose(&s, &["--candidate", "30005", "--json"])
        .code(1)
        .json();
    let c = check(&doc, "selected for onboarding export");
    assert_eq!(c["ok"], false, "{doc}");
    assert!(
        c["detail"].as_str().unwrap().contains("latest: 40005"),
        "{c}"
    );
    let doc = diagnose(&s, &["--placement", "40001", "--json"])
        .success()
        .json();
    assert_eq!(check(&doc, "selected for onboarding export")["ok"], true);
}

#[test]
fn the_candidate_is_found_by_email_or_an_unambiguous_name() {
    let s = linked();
    let doc = diagnose(&s, &["--email", "MIA.NGUYEN@example.com", "--json"])
        .success()
        .json();
    assert_eq!(check(&doc, "candidate found")["ok"], true);
    assert_eq!(doc["data"]["ticket"]["jobadder_candidate_id"], 30001);
    assert_eq!(doc["data"]["ticket"]["placement_id"], 40001);
    let doc = diagnose(&s, &["--name", "liam o'brien", "--json"])
        .success()
        .json();
    assert_eq!(doc["data"]["ticket"]["jobadder_candidate_id"], 30002);

    // Two Noah Patels: exit 5, listing both with their ids.
    let doc = diagnose(&s, &["--name", "Noah Patel", "--json"])
        .code(5)
        .json();
    let c = check(&doc, "candidate found");
    let detail = c["detail"].as_str().unwrap();
    assert!(
        detail.contains("30004") && detail.contains("30007"),
        "{detail}"
    );
    let run = push(&s, &["--name", "Noah Patel"]).code(5);
    assert!(
        run.stderr.contains("30004") && run.stderr.contains("30007"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("atslink --sandbox flare push --org acme --candidate"),
        "{}",
        run.stderr
    );

    // Nobody: exit 4 with a hint.
    let run = push(&s, &["--email", "nobody@example.com"]).code(4);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
    diagnose(&s, &["--email", "nobody@example.com"]).code(4);

    // Push by email: the candidate and their onboarding placement.
    let row = push(
        &s,
        &["--email", "zoe.fischer@example.com", "--dry-run", "--json"],
    )
    .success()
    .json()["data"]["rows"][0]
        .clone();
    assert_eq!(row["candidate_id"], 30003);
    assert_eq!(row["placement_id"], 40003);
}

#[test]
fn ok_is_true_exactly_when_the_exit_code_is_0() {
    let s = linked();
    let doc = diagnose(&s, &["--candidate", "99999", "--json"])
        .code(4)
        .json();
    assert_eq!(doc["ok"], false, "{doc}");
    assert_eq!(doc["error"]["code"], "not_found");
    assert!(
        !doc["data"]["checks"].as_array().unwrap().is_empty(),
        "{doc}"
    );
    let doc = diagnose(&s, &["--candidate", "30006", "--json"])
        .code(5)
        .json();
    assert_eq!(doc["ok"], false, "{doc}");
    assert_eq!(doc["error"]["code"], "conflict");
    assert_eq!(doc["data"]["ticket"]["flare_employee_id"], "fp-0001");
    let doc = diagnose(&s, &["--placement", "40003", "--json"])
        .success()
        .json();
    assert_eq!(doc["ok"], true, "{doc}");
}

#[test]
fn without_a_progress_bar_a_wait_on_a_provider_is_said_with_v() {
    let s = linked();
    for prefix in ["/jobadder/api/v2/candidates", "/flare/api/v1/people"] {
        s.fault(prefix, &["--status", "429", "--count", "1"]);
    }
    let run = diagnose(&s, &["-v", "--candidate", "30001"]);
    for line in [
        "debug: waiting 1 s for JobAdder's rate limit",
        "debug: waiting 1 s for Flare's rate limit",
    ] {
        assert!(
            run.stderr.lines().any(|l| l == line),
            "no {line:?} in {}",
            run.stderr
        );
    }
    let faults = s
        .sb(&["sandbox", "fault", "list", "--json"])
        .success()
        .json();
    assert_eq!(faults["data"], serde_json::json!([]), "{faults}");
}

/// The token that could not be had is judged as `org check` judges it: an
/// unreachable JobAdder is "could not be asked" (exit 7), not a broken
/// link, and the checks that need it say why in those words.
#[test]
fn an_unreachable_jobadder_is_not_called_a_broken_link() {
    let s = linked();
    // The access token has expired and the token endpoint is down.
    s.sb(&["sandbox", "clock", "advance", "2h"]).success();
    s.fault(
        "/jobadder/id/connect/token",
        &["--status", "503", "--count", "100"],
    );
    let doc = diagnose(&s, &["--candidate", "30001", "--json"])
        .code(7)
        .json();
    let link = check(&doc, "JobAdder link");
    assert_eq!(link["ok"], false, "{doc}");
    assert!(
        link["detail"]
            .as_str()
            .unwrap()
            .starts_with("JobAdder could not be asked"),
        "{link}"
    );
    let c = check(&doc, "candidate exists");
    assert_eq!(c["ok"], Value::Null, "{doc}");
    assert!(
        c["detail"]
            .as_str()
            .unwrap()
            .contains("could not be reached"),
        "{c}"
    );
}

/// `serve` records each press of the Allsorter button; diagnose shows the
/// candidate's latest presses (issue 13): when, by whom, what they got.
#[test]
fn diagnose_shows_when_the_allsorter_button_was_pressed_on_the_candidate() {
    use crate::integration::{FLARE_KEY, JA_RECRUITER};
    let (s, serve) = crate::serve::launchpad(1);
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        FLARE_KEY,
        &[],
    )
    .success();
    let press = |user: &str, candidate: &str| s.click_jobadder(user, candidate)["outcome"].clone();
    let late = "late@sandbox-recruitment.example";
    s.sb(&["sandbox", "user", "add", late]).success();
    assert_eq!(press(JA_RECRUITER.0, "30001"), "admitted");
    s.sb(&["sandbox", "clock", "advance", "1h"]).success();
    assert_eq!(press(late, "30001"), "no_licence");
    assert_eq!(press(JA_RECRUITER.0, "30002"), "admitted");
    drop(serve);

    let doc = diagnose(&s, &["--candidate", "30001", "--json"]).json();
    let launches = doc["data"]["launches"].as_array().unwrap();
    assert_eq!(launches.len(), 2, "only candidate 30001's: {doc}");
    assert_eq!(launches[0]["email"], late, "newest first: {doc}");
    assert_eq!(launches[0]["outcome"], "no_licence");
    assert_eq!(launches[0]["provider"], "jobadder");
    assert_eq!(launches[1]["email"], JA_RECRUITER.0);
    assert_eq!(launches[1]["outcome"], "admitted");
    let (last, first) = (
        launches[0]["at"].as_str().unwrap().to_string(),
        launches[1]["at"].as_str().unwrap().to_string(),
    );
    assert!(last > first, "{doc}");

    let human = diagnose(&s, &["--candidate", "30001"]).stdout;
    let at = human
        .find("Allsorter button pressed (newest first):")
        .unwrap_or_else(|| panic!("{human}"));
    let section: Vec<&str> = human[at..].lines().take(3).collect();
    assert_eq!(section[1].trim(), format!("{last}  no_licence by {late}"));
    assert_eq!(
        section[2].trim(),
        format!("{first}  admitted by {}", JA_RECRUITER.0)
    );

    // A candidate nobody pressed the button on says so.
    let none = diagnose(&s, &["--candidate", "30003", "--json"]).json();
    assert_eq!(none["data"]["launches"], serde_json::json!([]), "{none}");
}
