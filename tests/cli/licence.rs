//! Licence seats end to end: claims, explicit changes, bulk files, the
//! claims race.

use std::process::Stdio;

use serde_json::Value;

use crate::harness::{Home, Run};

fn org(seats: u32) -> Home {
    let h = Home::new().env("ATSLINK_ORG", "acme");
    h.run(&[
        "org",
        "create",
        "acme",
        "--name",
        "Acme",
        "--seats",
        &seats.to_string(),
    ])
    .success();
    h
}

fn users(h: &Home) -> Vec<Value> {
    h.run(&["licence", "list", "--json"]).success().json()["data"]["users"]
        .as_array()
        .unwrap()
        .clone()
}

fn state_of(h: &Home, email: &str) -> String {
    users(h)
        .iter()
        .find(|u| u["email"].as_str().unwrap().eq_ignore_ascii_case(email))
        .map(|u| u["licence"].as_str().unwrap().to_string())
        .unwrap_or_else(|| "missing".into())
}

fn db_bytes(h: &Home) -> Vec<u8> {
    h.state_content()
}

fn audit_actions(h: &Home) -> Vec<String> {
    h.run(&["audit", "--json", "--limit", "100000"])
        .success()
        .json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn claims_take_free_seats_then_fail_clearly() {
    let h = org(3);
    for e in ["a@x.co", "b@x.co", "c@x.co"] {
        h.run(&["licence", "claim", e])
            .success()
            .stderr_has("took a licence");
    }
    let run = h.run(&["licence", "claim", "d@x.co"]).code(6);
    assert!(
        run.stderr
            .contains("no licences available for acme: 3 of 3 in use"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("atslink licence seats"),
        "{}",
        run.stderr
    );
    let json = h
        .run(&["licence", "claim", "d@x.co", "--json"])
        .code(6)
        .json();
    assert_eq!(json["error"]["code"], "no_licence");

    // Idempotent, and case-insensitive on the email.
    let again = h
        .run(&["licence", "claim", "A@X.CO", "--json"])
        .success()
        .json();
    assert_eq!(again["data"]["result"], "already_active");
    assert_eq!(again["data"]["email"], "a@x.co");
    assert_eq!(users(&h).len(), 3);

    // A disabled user is refused, not silently re-licensed.
    h.run(&["licence", "disable", "b@x.co", "--yes"]).success();
    h.run(&["licence", "claim", "b@x.co"])
        .code(1)
        .stderr_has("disabled by an administrator")
        .stderr_has("atslink licence enable b@x.co --org acme");
    assert_eq!(state_of(&h, "b@x.co"), "disabled");
    // The freed seat goes to the next newcomer.
    h.run(&[
        "licence",
        "claim",
        "d@x.co",
        "--source",
        "jobadder",
        "--external-id",
        "ja-42",
        "--name",
        "Dee",
    ])
    .success();
    let d = users(&h)
        .into_iter()
        .find(|u| u["email"] == "d@x.co")
        .unwrap();
    assert_eq!(d["source"], "jobadder");
    assert_eq!(d["external_id"], "ja-42");
    assert_eq!(d["name"], "Dee");
    assert!(d["first_access"].is_string());

    h.run(&["licence", "claim", "not-an-email"]).code(2);
    h.run(&["licence", "claim", "e@x.co", "--source", "jobadder"])
        .code(2);
    h.run(&["licence", "claim", "e@x.co", "--org", "ghost"])
        .code(4);
}

#[test]
fn explicit_changes_and_their_errors() {
    let h = org(2);
    h.run(&["licence", "assign", "a@x.co", "b@x.co", "--role", "manager"])
        .success()
        .stderr_has("2 created and assigned");
    let list = h.run(&["licence", "list", "--json"]).success().json();
    assert_eq!(list["data"]["seats"]["used"], 2);
    assert_eq!(list["data"]["users"][0]["role"], "manager");

    h.run(&["licence", "assign", "c@x.co"])
        .code(6)
        .stderr_has("over the seat limit by 1");
    assert_eq!(state_of(&h, "c@x.co"), "missing");
    h.run(&["licence", "assign", "A@x.co"])
        .success()
        .stderr_has("1 already active");

    h.run(&["licence", "disable", "ghost@x.co", "--yes"])
        .code(4)
        .stderr_has("no user ghost@x.co");
    h.run(&["licence", "disable", "a@x.co"])
        .code(2)
        .stderr_has("--yes");
    assert_eq!(state_of(&h, "a@x.co"), "active");
    h.run(&["licence", "disable", "a@x.co", "--yes"]).success();
    h.run(&["licence", "disable", "a@x.co", "--yes"])
        .success()
        .stderr_has("1 already disabled");
    h.run(&["licence", "enable", "ghost@x.co"]).code(4);
    h.run(&["licence", "enable", "a@x.co"])
        .success()
        .stderr_has("1 assigned");
    assert_eq!(state_of(&h, "a@x.co"), "active");
    h.run(&["licence", "enable", "a@x.co", "a@x.co"])
        .code(2)
        .stderr_has("twice");

    let filtered = h
        .run(&[
            "licence", "list", "--state", "active", "--role", "manager", "--json",
        ])
        .success()
        .json();
    assert_eq!(filtered["data"]["users"].as_array().unwrap().len(), 2);
    let csv = h.run(&["licence", "list", "--format", "csv"]).success();
    assert!(
        csv.stdout.starts_with("email,name,role,licence"),
        "{}",
        csv.stdout
    );
    assert_eq!(csv.stdout.lines().count(), 3);
    let table = h.run(&["licence", "list"]).success();
    assert!(
        table
            .stdout
            .starts_with("acme: 2 seats, 2 used, 0 available"),
        "{}",
        table.stdout
    );
}

/// Making an active user a manager (the fix `org check` gives for an
/// organisation without one) says so and is audited, rather than
/// reporting "already active" while changing the role unseen.
#[test]
fn a_role_change_of_an_active_user_is_reported_and_audited() {
    let h = org(2);
    h.run(&["licence", "assign", "a@x.co"]).success();
    h.run(&[
        "licence",
        "assign",
        "a@x.co",
        "--role",
        "manager",
        "--dry-run",
    ])
    .success()
    .stderr_has("Dry run, nothing changed: 1 to update");
    let run = h
        .run(&["licence", "assign", "a@x.co", "--role", "manager", "--json"])
        .success()
        .json();
    assert_eq!(run["data"]["summary"]["updated"], 1);
    assert_eq!(run["data"]["summary"]["already_active"], 0);
    assert_eq!(run["data"]["rows"][0]["result"], "updated");
    let list = h.run(&["licence", "list", "--json"]).success().json();
    assert_eq!(list["data"]["users"][0]["role"], "manager");
    assert_eq!(list["data"]["seats"]["used"], 1);
    let audit = h.run(&["audit", "--json"]).success().json();
    let updates: Vec<_> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "user.update")
        .collect();
    assert_eq!(updates.len(), 1, "{audit}");
    assert_eq!(updates[0]["subject"], "a@x.co");
    assert_eq!(updates[0]["before"], "role member");
    assert_eq!(updates[0]["after"], "role manager");
    // The same again changes nothing and says so.
    h.run(&["licence", "assign", "a@x.co", "--role", "manager"])
        .success()
        .stderr_has("1 already active");
}

#[test]
fn reassign_moves_the_seat_in_one_step() {
    let h = org(1);
    h.run(&["licence", "claim", "a@x.co"]).success();
    h.run(&["licence", "reassign", "a@x.co", "b@x.co"])
        .code(2)
        .stderr_has("--yes");
    h.run(&[
        "licence", "reassign", "a@x.co", "b@x.co", "--yes", "--name", "Bee",
    ])
    .success()
    .stderr_has("Moved the licence of a@x.co to b@x.co");
    assert_eq!(state_of(&h, "a@x.co"), "disabled");
    assert_eq!(state_of(&h, "b@x.co"), "active");
    h.run(&["licence", "reassign", "a@x.co", "c@x.co", "--yes"])
        .code(5)
        .stderr_has("holds no licence");
    h.run(&["licence", "claim", "c@x.co"]).code(6);
    h.run(&["licence", "reassign", "b@x.co", "ghost@x.co", "--yes"])
        .success();
    h.run(&["licence", "reassign", "nobody@x.co", "b@x.co", "--yes"])
        .code(4);
    // Onto someone who already holds one: refused, with the way to free a seat.
    h.run(&["licence", "claim", "d@x.co"]).code(6);
    h.run(&["licence", "seats", "2", "--yes"]).success();
    h.run(&["licence", "claim", "d@x.co"]).success();
    h.run(&["licence", "reassign", "ghost@x.co", "d@x.co", "--yes"])
        .code(5)
        .stderr_has("d@x.co already holds a licence; nothing was changed")
        .stderr_has("atslink licence disable <email> --org");
    h.run(&["licence", "reassign", "b@x.co", "B@X.CO", "--yes"])
        .code(2);
    let actions = audit_actions(&h);
    assert_eq!(
        actions.iter().filter(|a| *a == "licence.reassign").count(),
        4
    );
}

#[test]
fn seats_never_silently_disable_anyone() {
    let h = org(3);
    for e in ["a@x.co", "b@x.co", "c@x.co"] {
        h.run(&["licence", "claim", e]).success();
    }
    h.run(&["licence", "seats", "5"])
        .code(2)
        .stderr_has("--yes");
    h.run(&["licence", "seats", "2", "--yes"])
        .code(5)
        .stderr_has("3 active users")
        .stderr_has("--force");
    let out = h
        .run(&["licence", "seats", "2", "--yes", "--force", "--json"])
        .success();
    assert!(out.stderr.contains("over-allocated"), "{}", out.stderr);
    let doc = out.json();
    assert_eq!(doc["data"]["seats"]["over_allocated"], 1);
    assert_eq!(
        doc["data"]["over_allocated_users"][0], "c@x.co",
        "the latest to join is listed"
    );
    assert_eq!(
        users(&h)
            .iter()
            .filter(|u| u["licence"] == "active")
            .count(),
        3
    );
    assert!(
        h.run(&["licence", "list"])
            .success()
            .stdout
            .contains("1 over-allocated")
    );
    h.run(&["licence", "claim", "d@x.co"]).code(6);
    h.run(&["licence", "seats", "10", "--yes"])
        .success()
        .stderr_has("7 available");
    let audit = h.run(&["audit", "--json"]).success().json();
    assert_eq!(audit["data"][0]["before"], "seats=2");
    assert_eq!(audit["data"][0]["after"], "seats=10");
}

fn assign_file(h: &Home, csv: &str, extra: &[&str]) -> Run {
    std::fs::write(h.file("users.csv"), csv).unwrap();
    let path = h.file("users.csv");
    let mut args = vec!["licence", "assign", "--file", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    h.run(&args)
}

#[test]
fn bulk_file_formats() {
    let h = org(10);
    let csv = "\u{feff}Email,Name,Role,Department\r\n\"a@x.co\",\"Smith, Ann\",admin,Sales\r\nB@x.co,Bob,,Ops\r\n\r\n";
    let run = assign_file(&h, csv, &["--json"]).success();
    assert!(
        run.stderr.contains("ignoring unknown column `department`"),
        "{}",
        run.stderr
    );
    let doc = run.json();
    assert_eq!(doc["data"]["summary"]["created"], 2);
    assert_eq!(doc["data"]["rows"][0]["line"], 2);
    assert_eq!(doc["data"]["rows"][1]["line"], 3);
    let a = users(&h)
        .into_iter()
        .find(|u| u["email"] == "a@x.co")
        .unwrap();
    assert_eq!(a["name"], "Smith, Ann");
    assert_eq!(a["role"], "admin");

    // The same people in another case are the same users.
    let again = assign_file(&h, "email\nA@X.CO\nb@x.co\n", &["--json"])
        .success()
        .json();
    assert_eq!(again["data"]["summary"]["already_active"], 2);
    assert_eq!(users(&h).len(), 2);

    // From stdin.
    let run = h
        .run_stdin(&["licence", "assign", "--file", "-"], "email\nc@x.co\n")
        .success();
    assert!(run.stdout.contains("c@x.co"), "{}", run.stdout);
}

#[test]
fn bad_files_change_nothing() {
    let h = org(10);
    h.run(&["licence", "claim", "keep@x.co"]).success();
    let before = db_bytes(&h);
    let run = assign_file(
        &h,
        "email,role\nok@x.co,member\nbroken,member\nOK@x.co,member\nz@x.co,boss\n",
        &[],
    )
    .code(2);
    for needle in [
        "3 invalid rows",
        "line 3",
        "line 4: OK@x.co repeats line 2",
        "line 5: unknown role `boss`",
        "nothing was changed",
    ] {
        assert!(run.stderr.contains(needle), "{needle}: {}", run.stderr);
    }
    assign_file(&h, "name\nAnn\n", &[])
        .code(2)
        .stderr_has("no `email` column");
    h.run(&["licence", "assign", "--file", "/nonexistent/users.csv"])
        .code(2)
        .stderr_has("cannot read /nonexistent/users.csv")
        .stderr_has("a CSV with a header row (`email` required");
    // disable/enable: unknown users are row errors too.
    std::fs::write(h.file("off.csv"), "email\nkeep@x.co\nghost@x.co\n").unwrap();
    let off = h.file("off.csv");
    h.run(&[
        "licence",
        "disable",
        "--yes",
        "--file",
        off.to_str().unwrap(),
    ])
    .code(2)
    .stderr_has("off.csv: 1 invalid row")
    .stderr_has("line 3: no user ghost@x.co");
    assert_eq!(db_bytes(&h), before, "no byte of the database changed");
    assert_eq!(state_of(&h, "keep@x.co"), "active");
}

#[test]
fn dry_run_and_the_seat_limit() {
    let h = org(3);
    h.run(&["licence", "claim", "a@x.co"]).success();
    let before = db_bytes(&h);
    let csv = "email\na@x.co\nb@x.co\nc@x.co\nd@x.co\n";
    // A dry run exits as the real run would: 6, over the limit.
    let plan = assign_file(&h, csv, &["--dry-run", "--json"]).code(6);
    assert!(
        plan.stderr.contains("over the seat limit by 1"),
        "{}",
        plan.stderr
    );
    let doc = plan.json();
    assert_eq!(doc["data"]["dry_run"], true);
    assert_eq!(doc["data"]["summary"]["created"], 2);
    assert_eq!(doc["data"]["summary"]["already_active"], 1);
    assert_eq!(doc["data"]["summary"]["over_limit_by"], 1);
    let text = assign_file(&h, csv, &["--dry-run"]).code(6);
    assert!(
        text.stderr.contains("Dry run, nothing changed"),
        "{}",
        text.stderr
    );
    assert!(text.stdout.contains("would be created"), "{}", text.stdout);
    // With --partial the real run would leave one row without a seat: 8.
    let plan = assign_file(&h, csv, &["--dry-run", "--partial", "--json"]).code(8);
    assert_eq!(plan.json()["data"]["summary"]["no_seat"], 1);
    // Within the limit: 0.
    assign_file(&h, "email\nb@x.co\n", &["--dry-run"]).success();
    assert_eq!(db_bytes(&h), before);

    // Over the limit: refused whole.
    assign_file(&h, csv, &[])
        .code(6)
        .stderr_has("users.csv needs 3 seats")
        .stderr_has("over the seat limit by 1");
    assert_eq!(db_bytes(&h), before);

    // --partial: in file order up to the limit, the rest reported, exit 8.
    let run = assign_file(&h, csv, &["--partial", "--json"]).code(8);
    let doc = run.json();
    let results: Vec<&str> = doc["data"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["result"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["already_active", "created", "created", "no_seat"]);
    assert_eq!(state_of(&h, "d@x.co"), "missing");
    let actions = audit_actions(&h);
    assert_eq!(actions.iter().filter(|a| *a == "licence.assign").count(), 2);
    assert_eq!(actions.iter().filter(|a| *a == "licence.claim").count(), 1);
}

#[test]
fn ten_thousand_row_file() {
    let h = org(10_000);
    let mut csv = String::from("email,name,role\n");
    for i in 0..10_000 {
        csv.push_str(&format!("user{i:05}@example.com,User {i},member\n"));
    }
    let doc = assign_file(&h, &csv, &["--json", "-q"]).success().json();
    assert_eq!(doc["data"]["summary"]["created"], 10_000);
    assert_eq!(doc["data"]["seats"]["available"], 0);
    let list = h.run(&["licence", "list", "--json"]).success().json();
    assert_eq!(list["data"]["users"].as_array().unwrap().len(), 10_000);
    let audit = h
        .run(&["audit", "--json", "--limit", "20000"])
        .success()
        .json();
    assert_eq!(
        audit["data"].as_array().unwrap().len(),
        10_001,
        "one row per change plus org.create"
    );
}

#[test]
fn claims_race_gives_exactly_the_free_seats() {
    let h = org(50);
    let children: Vec<_> = (0..200)
        .map(|i| {
            h.command(&["licence", "claim", &format!("racer{i:03}@x.co")])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut codes = std::collections::BTreeMap::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("locked") && !stderr.contains("busy"),
            "{stderr}"
        );
        *codes.entry(out.status.code().unwrap()).or_insert(0) += 1;
    }
    assert_eq!(codes.get(&0), Some(&50), "{codes:?}");
    assert_eq!(codes.get(&6), Some(&150), "{codes:?}");
    let list = h.run(&["licence", "list", "--json"]).success().json();
    assert_eq!(list["data"]["seats"]["used"], 50);
    assert_eq!(list["data"]["users"].as_array().unwrap().len(), 50);
    let claims = audit_actions(&h)
        .iter()
        .filter(|a| *a == "licence.claim")
        .count();
    assert_eq!(claims, 50);
}

/// `licence assign --file FIFO`: the file arrives only after the
/// organisation is deleted and another created (SQLite reuses the row id).
/// The users must not land in the other organisation: exit 4, nothing written.
#[cfg(unix)]
#[test]
fn organisation_deleted_while_the_file_arrives() {
    use std::io::Write;
    for recreate in [true, false] {
        let h = org(10);
        let fifo = h.file("users.fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let child = h
            .command(&[
                "licence",
                "assign",
                "--file",
                fifo.to_str().unwrap(),
                "--json",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Opening the write end waits until atslink opens the read end,
        // i.e. until it has looked the organisation up and is reading.
        let mut writer = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
        h.run(&["org", "delete", "acme", "--yes"]).success();
        if recreate {
            h.run(&["org", "create", "other", "--name", "Other", "--seats", "10"])
                .success();
        }
        writer.write_all(b"email\nalice@x.co\nbob@x.co\n").unwrap();
        drop(writer);
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(4), "{stdout}");
        let doc: Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(doc["error"]["code"], "not_found", "{doc}");
        assert!(
            doc["error"]["message"].as_str().unwrap().contains("acme"),
            "{doc}"
        );
        if recreate {
            let other = h
                .run(&["licence", "list", "--org", "other", "--json"])
                .success()
                .json();
            assert_eq!(other["data"]["users"], serde_json::json!([]), "{other}");
        }
        assert!(
            !audit_actions(&h).iter().any(|a| a == "licence.assign"),
            "nothing was assigned anywhere"
        );
    }
}

/// The file: a stray quote on line 2, then 999 rows.
#[test]
fn a_stray_quote_refuses_the_file_naming_its_line() {
    let h = org(2000);
    h.run(&["licence", "claim", "keep@x.co"]).success();
    let before = db_bytes(&h);
    let mut csv = String::from("email,name\nfirst@x.co,\"Ann Smith\n");
    for i in 0..999 {
        csv.push_str(&format!("user{i:03}@x.co,User {i}\n"));
    }
    std::fs::write(h.file("users.csv"), &csv).unwrap();
    let path = h.file("users.csv");
    let path = path.to_str().unwrap();
    for args in [
        &["licence", "assign", "--file", path][..],
        &["licence", "disable", "--yes", "--file", path],
        &["licence", "enable", "--file", path],
    ] {
        let run = h.run(args).code(2);
        assert!(
            run.stderr
                .contains("users.csv: line 2: a quoted field is not closed"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("nothing was changed"), "{}", run.stderr);
    }
    assert_eq!(db_bytes(&h), before, "nothing changed");
}

#[test]
fn sizes_are_bounded_and_headers_unique() {
    let h = org(10);
    let before = db_bytes(&h);
    // An endless file is refused at the limit, not read until memory runs out.
    #[cfg(unix)]
    h.run(&["licence", "assign", "--file", "/dev/zero"])
        .code(2)
        .stderr_has("/dev/zero is larger than 16 MiB");
    let big = format!("email,name\na@x.co,{}\n", "n".repeat(2_000_000));
    let run = assign_file(&h, &big, &[]).code(2);
    assert!(
        run.stderr.contains("line 2: the name `nnn"),
        "{}",
        &run.stderr[..300.min(run.stderr.len())]
    );
    assert!(
        run.stderr.len() < 1000,
        "the bad value is quoted short: {} bytes",
        run.stderr.len()
    );
    let bad_email = format!("email\n{}\n", "e".repeat(100_000));
    let run = assign_file(&h, &bad_email, &[]).code(2);
    assert!(
        run.stderr.contains("100000 characters"),
        "{}",
        &run.stderr[..300.min(run.stderr.len())]
    );
    assert!(run.stderr.len() < 1000, "{} bytes", run.stderr.len());
    assign_file(&h, "email,email\na@x.co,b@x.co\n", &[])
        .code(2)
        .stderr_has("`email` twice (columns 1 and 2)");
    // The same limits hold for values given as arguments.
    let long_name = "n".repeat(1000);
    h.run(&["licence", "assign", "a@x.co", "--name", &long_name])
        .code(2)
        .stderr_has("longer than 200 characters");
    h.run(&["licence", "claim", "a@x.co", "--name", &long_name])
        .code(2)
        .stderr_has("longer than 200 characters");
    h.run(&["licence", "claim", "a@x.co", "--name", "Ann\nSmith"])
        .code(2)
        .stderr_has("line break");
    h.run(&[
        "licence",
        "claim",
        "a@x.co",
        "--source",
        "jobadder",
        "--external-id",
        &long_name,
    ])
    .code(2)
    .stderr_has("--external-id");
    let long_email = format!("{}@x.co", "e".repeat(100_000));
    let run = h.run(&["licence", "claim", &long_email]).code(2);
    assert!(run.stderr.len() < 1000, "{} bytes", run.stderr.len());
    assert_eq!(db_bytes(&h), before, "nothing changed");
}

#[test]
fn skip_unknown_reports_each_unknown_row_and_changes_the_rest() {
    let h = org(5);
    for e in ["a@x.co", "b@x.co"] {
        h.run(&["licence", "claim", e]).success();
    }
    std::fs::write(h.file("off.csv"), "email\na@x.co\nghost@x.co\nb@x.co\n").unwrap();
    let off = h.file("off.csv");
    let off = off.to_str().unwrap();
    // Without the flag the whole file is refused, and the hint offers it.
    h.run(&["licence", "disable", "--yes", "--file", off])
        .code(2)
        .stderr_has("line 3: no user ghost@x.co")
        .stderr_has("--skip-unknown");
    h.run(&["licence", "disable", "--yes", "a@x.co", "ghost@x.co"])
        .code(4)
        .stderr_has("--skip-unknown");
    assert_eq!(state_of(&h, "a@x.co"), "active");
    // The confirmation's retry command keeps the flag.
    h.run(&["licence", "disable", "--skip-unknown", "--file", off])
        .code(2)
        .stderr_has("--skip-unknown --yes");

    // A dry run says the same as the real run, exit 8 included.
    let plan = h
        .run(&[
            "licence",
            "disable",
            "--skip-unknown",
            "--dry-run",
            "--json",
            "--file",
            off,
        ])
        .code(8)
        .json();
    assert_eq!(plan["data"]["summary"]["unknown"], 1);
    assert_eq!(state_of(&h, "a@x.co"), "active");
    let run = h
        .run(&[
            "licence",
            "disable",
            "--yes",
            "--skip-unknown",
            "--json",
            "--file",
            off,
        ])
        .code(8);
    let doc = run.json();
    let rows: Vec<(u64, &str)> = doc["data"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["result"].as_str().unwrap()))
        .collect();
    assert_eq!(rows, [(2, "disabled"), (3, "unknown"), (4, "disabled")]);
    assert_eq!(doc["data"]["summary"]["disabled"], 2);
    assert_eq!(state_of(&h, "a@x.co"), "disabled");
    assert_eq!(state_of(&h, "ghost@x.co"), "missing", "no user is created");

    // enable too, with emails on the command line; the table says "skipped".
    let run = h
        .run(&[
            "licence",
            "enable",
            "--skip-unknown",
            "a@x.co",
            "nobody@x.co",
        ])
        .code(8);
    assert!(run.stdout.contains("unknown, skipped"), "{}", run.stdout);
    assert!(
        run.stderr.contains("1 unknown and skipped"),
        "{}",
        run.stderr
    );
    assert_eq!(state_of(&h, "a@x.co"), "active");
    assert_eq!(users(&h).len(), 2);
}
