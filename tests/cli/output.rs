//! The output contract: the JSON envelope, stdout for data only, exit codes,
//! and a reader that goes away.

use std::process::Stdio;

use crate::harness::Home;

#[test]
fn json_envelope_on_success_and_error() {
    let h = Home::new();
    let ok = h
        .run(&[
            "--json", "org", "create", "acme", "--name", "Acme", "--seats", "3",
        ])
        .success();
    assert!(
        ok.stderr.is_empty(),
        "--json prints no status lines: {}",
        ok.stderr
    );
    let doc = ok.json();
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["data"]["organisation"]["slug"], "acme");

    let err = h
        .run(&["--json", "org", "create", "acme", "--name", "Acme"])
        .code(5);
    let doc = err.json();
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["error"]["code"], "conflict");
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already exists")
    );
    assert!(
        doc["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("atslink org show acme")
    );

    // A usage error from the parser is an envelope too.
    let err = h.run(&["--json", "org", "frobnicate"]).code(2);
    assert_eq!(err.json()["error"]["code"], "usage");
    // So is a command group given no subcommand, wherever `--json` stands;
    // without it the group's help goes to stderr and stdout stays empty.
    for (args, group) in [
        (&["--json", "org"][..], "atslink org"),
        (
            &["integration", "link", "--json"][..],
            "atslink integration link",
        ),
    ] {
        let doc = h.run(args).code(2).json();
        assert_eq!(doc["ok"], false);
        assert_eq!(doc["error"]["code"], "usage");
        let message = doc["error"]["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("'{group}' requires a subcommand"))
                && message.contains("subcommands:"),
            "{message}"
        );
    }
    let run = h.run(&["org"]).code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("Usage: atslink org"), "{}", run.stderr);
    let err = h.run(&["org", "create", "--json"]).code(2);
    let doc = err.json();
    assert_eq!(doc["ok"], false);
    // The missing arguments are named, not lost after the colon.
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("--name <NAME>") && message.contains("<SLUG>"),
        "{message}"
    );
    assert!(
        doc["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("atslink org create --help"),
        "{doc}"
    );
    let doc = h
        .run(&["--json", "org", "create", "x", "--nme", "y"])
        .code(2)
        .json();
    assert!(
        doc["error"]["hint"].as_str().unwrap().contains("'--name'"),
        "{doc}"
    );
}

#[test]
fn data_on_stdout_status_on_stderr() {
    let h = Home::new();
    let run = h
        .run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    assert!(
        run.stdout.is_empty(),
        "status goes to stderr: {:?}",
        run.stdout
    );
    let quiet = h
        .run(&["-q", "org", "create", "beta", "--name", "Beta"])
        .success();
    assert!(
        quiet.stderr.is_empty(),
        "-q silences status: {:?}",
        quiet.stderr
    );
    let list = h.run(&["org", "list"]).success();
    assert!(list.stdout.contains("acme"));
    assert!(list.stderr.is_empty());
}

#[test]
fn closed_stdout_pipe_exits_quietly() {
    let h = Home::new();
    // Enough organisations that the listing overflows a pipe buffer, so the
    // write fails whether or not the reader closed before it started.
    let mut store = h.store();
    store
        .write(|tx| {
            for i in 0..3000 {
                tx.insert_org(&atslink::state::NewOrg {
                    slug: &format!("org-{i:05}"),
                    name: "An organisation with a long enough display name to fill pipes",
                    seats: 10,
                    created_at: time::macros::datetime!(2026-11-01 00:00 UTC),
                })?;
            }
            Ok(())
        })
        .unwrap();
    drop(store);
    for args in [&["org", "list"][..], &["org", "list", "--json"][..]] {
        let mut child = h
            .command(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn version_and_help() {
    let h = Home::new();
    let v = h.run(&["--version"]).success();
    assert!(v.stdout.starts_with("atslink "), "{}", v.stdout);
    let help = h.run(&["--help"]).success();
    for group in ["org", "provider", "audit", "completions"] {
        assert!(help.stdout.contains(group), "{group} missing from --help");
    }
    // Neither touched the home.
    assert!(!h.file("state.db").exists());
}

#[test]
fn completions_print_a_script() {
    let h = Home::new();
    let bash = h.run(&["completions", "bash"]).success();
    assert!(
        bash.stdout.contains("_atslink()"),
        "{}",
        &bash.stdout[..200.min(bash.stdout.len())]
    );
    let fish = h.run(&["completions", "fish"]).success();
    assert!(fish.stdout.contains("complete -c atslink"));
    h.run(&["completions", "tcsh"]).code(2);
}

#[test]
fn json_ok_is_false_whenever_the_exit_code_is_not_zero() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme", "--seats", "1"])
        .success();
    let run = h
        .run(&[
            "--json",
            "licence",
            "assign",
            "a@x.co",
            "b@x.co",
            "--org",
            "acme",
            "--partial",
        ])
        .code(8);
    let doc = run.json();
    assert_eq!(doc["ok"], false, "{doc}");
    assert_eq!(doc["error"]["code"], "partial");
    // The per-row results are still in the document.
    assert_eq!(doc["data"]["rows"].as_array().unwrap().len(), 2, "{doc}");
}

#[test]
fn printed_commands_carry_sandbox_and_home() {
    let h = Home::new();
    // Under --sandbox every suggested command keeps --sandbox, so pasting
    // it never touches the real home.
    let run = h
        .run(&[
            "--sandbox",
            "integration",
            "relink",
            "jobadder",
            "--org",
            "nope",
        ])
        .code(4);
    assert!(
        run.stderr.contains("`atslink --sandbox org list`"),
        "{}",
        run.stderr
    );
    assert!(
        !h.file("state.db").exists(),
        "the real home stays untouched"
    );

    // An explicit --home is carried too (one from ATSLINK_HOME is inherited
    // by a pasted command anyway).
    let other = tempfile::tempdir().unwrap();
    let other_home = other.path().to_str().unwrap();
    let run = h
        .run(&["--json", "--home", other_home, "org", "show", "nope"])
        .code(4);
    let hint = run.json()["error"]["hint"].as_str().unwrap().to_string();
    assert!(
        hint.contains(&format!("`atslink --home {other_home} org list`")),
        "{hint}"
    );
    let run = h.run(&["org", "show", "nope"]).code(4);
    assert!(run.stderr.contains("`atslink org list`"), "{}", run.stderr);
}

#[test]
fn terminal_tables_fit_80_columns_without_breaking_values() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme", "--seats", "5"])
        .success();
    let long_name = "Alexandra Konstantinopoulou-Featherstonehaugh of the Antipodes";
    let email = "alexandra.k@acme-recruitment.example";
    h.run(&[
        "licence", "assign", email, "--name", long_name, "--org", "acme",
    ])
    .success();
    let screen = crate::harness::on_terminal(&h, "licence list --org acme", 80);
    let table: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '├', '└', '╞', '╭']))
        .collect();
    assert!(!table.is_empty(), "{screen}");
    for line in &table {
        assert!(
            line.chars().count() <= 80,
            "line wider than 80: {line:?}\n{screen}"
        );
    }
    // The email is whole on one line; the free-text name is shortened.
    assert!(table.iter().any(|l| l.contains(email)), "{screen}");
    assert!(!screen.contains(long_name), "{screen}");
    assert!(screen.contains('…'), "{screen}");
    assert!(
        screen.contains("hidden to fit 80 columns: source, first access, last access"),
        "{screen}"
    );
    // Piped output stays complete for scripts.
    let piped = h.run(&["licence", "list", "--org", "acme"]).success();
    assert!(piped.stdout.contains(long_name), "{}", piped.stdout);
}

#[test]
fn out_of_range_durations_are_usage_errors_not_panics() {
    let h = Home::new();
    let run = h
        .run(&["sandbox", "clock", "advance", "99999999999d", "--json"])
        .code(2);
    assert_eq!(run.json()["error"]["code"], "usage");
    assert!(run.stderr.is_empty(), "no panic message: {}", run.stderr);
    h.run(&["token", "refresh", "--all", "--if-idle", "99999999999d"])
        .code(2)
        .stderr_has("too long");
    // Advances add up; the total is bounded as well.
    for _ in 0..10 {
        h.run(&["sandbox", "clock", "advance", "36525d"]).success();
    }
    h.run(&["sandbox", "clock", "advance", "1d"])
        .code(2)
        .stderr_has("1000 years");
    h.run(&["sandbox", "clock", "show"]).success();
}
