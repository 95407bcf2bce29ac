use crate::harness::{Home, entry};

#[test]
fn create_list_show_delete() {
    let h = Home::new();
    h.run(&[
        "org",
        "create",
        "acme",
        "--name",
        "Acme Recruitment",
        "--seats",
        "5",
    ])
    .success()
    .stderr_has("Created organisation acme");
    h.run(&["org", "create", "beta", "--name", "Beta"])
        .success();

    let run = h.run(&["org", "list", "--json"]).success();
    // Each key once per object (a JSON parser would silently keep the last).
    assert_eq!(
        run.stdout.matches("\"seats\":").count(),
        2,
        "one `seats` per organisation: {}",
        run.stdout
    );
    // The keys in the order scripts and people have seen them since the
    // first release (the row is its own struct, so a field moved there
    // moves the key).
    let first = &run.stdout[..run.stdout.find('}').unwrap()];
    let at = |key: &str| {
        first
            .find(&format!("\"{key}\":"))
            .unwrap_or_else(|| panic!("no {key}: {first}"))
    };
    let order = [
        "slug",
        "name",
        "seats",
        "created_at",
        "used",
        "available",
        "over_allocated",
        "integrations",
    ];
    assert!(
        order.windows(2).all(|w| at(w[0]) < at(w[1])),
        "keys out of order: {first}"
    );
    let list = run.json();
    assert_eq!(list["ok"], true);
    let rows = list["data"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["slug"], "acme");
    assert_eq!(rows[0]["seats"], 5);
    assert_eq!(rows[0]["available"], 5);
    assert_eq!(rows[0]["used"], 0);
    assert_eq!(rows[0]["over_allocated"], 0);
    assert_eq!(rows[1]["slug"], "beta");

    let text = h.run(&["org", "list"]).success();
    assert!(text.stdout.starts_with("SLUG"), "{}", text.stdout);
    assert!(text.stdout.contains("Acme Recruitment"));
    assert!(
        !text.stdout.contains('│'),
        "no box drawing when not a terminal"
    );

    let csv = h.run(&["org", "list", "--format", "csv"]).success();
    assert_eq!(
        csv.stdout.lines().next().unwrap(),
        "slug,name,seats,used,available,integrations"
    );
    assert_eq!(csv.stdout.lines().count(), 3);

    let show = h.run(&["org", "show", "acme", "--json"]).success().json();
    assert_eq!(show["data"]["organisation"]["name"], "Acme Recruitment");
    assert_eq!(show["data"]["seats"]["used"], 0);
    assert_eq!(show["data"]["audit"][0]["action"], "org.create");
    let show = h.run(&["org", "show", "acme"]).success();
    assert!(show.stdout.contains("0 of 5 in use"), "{}", show.stdout);

    // --org / ATSLINK_ORG stand in for the positional slug.
    h.run(&["org", "show", "--org", "beta"]).success();
    let run = h
        .command(&["org", "show", "--json"])
        .env("ATSLINK_ORG", "beta")
        .output()
        .unwrap();
    assert!(run.status.success());

    h.run(&["org", "delete", "beta", "--yes"])
        .success()
        .stderr_has("Deleted organisation beta");
    let list = h.run(&["org", "list", "--json"]).success().json();
    assert_eq!(list["data"].as_array().unwrap().len(), 1);

    // The trail outlives the organisation.
    let audit = h
        .run(&["audit", "--org", "beta", "--json"])
        .success()
        .json();
    let actions: Vec<&str> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["org.delete", "org.create"]);
}

#[test]
fn create_errors() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    h.run(&["org", "create", "acme", "--name", "Again"])
        .code(5)
        .stderr_has("already exists")
        .stderr_has("hint: see it with `atslink org show acme`");
    h.run(&["org", "create", "Acme Rec", "--name", "X"])
        .code(2)
        .stderr_has("not a valid organisation slug")
        .stderr_has("try `acme-rec`");
    h.run(&["org", "create", "a", "--name", "X"]).code(2);
    h.run(&["org", "create", &"a".repeat(41), "--name", "X"])
        .code(2);
    h.run(&["org", "create", "ok-slug", "--name", "  "]).code(2);
    h.run(&["org", "create", "ok-slug", "--name", &"n".repeat(201)])
        .code(2)
        .stderr_has("at most 200 characters");
    h.run(&["org", "create", "ok-slug", "--name", "X", "--seats", "-1"])
        .code(2);
    h.run(&["org", "create", "ok-slug"]).code(2);
    // Nothing but the first organisation was created.
    let list = h.run(&["org", "list", "--json"]).success().json();
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
}

#[test]
fn not_found_and_missing_org() {
    let h = Home::new();
    h.run(&["org", "show", "ghost"])
        .code(4)
        .stderr_has("no organisation `ghost`")
        .stderr_has("atslink org list");
    h.run(&["org", "delete", "ghost", "--yes"]).code(4);
    h.run(&["org", "show"]).code(2).stderr_has("--org");
    h.run(&["audit", "--org", "ghost"]).code(4);
}

#[test]
fn a_mistyped_slug_gets_a_did_you_mean() {
    let h = Home::new().env("ATSLINK_ORG", "acme-recruitmnet");
    for slug in ["acme-recruitment", "beta"] {
        h.run(&["org", "create", slug, "--name", "X", "--seats", "1"])
            .success();
    }
    let doc = h
        .run(&["org", "show", "amce-recruitment", "--json"])
        .code(4)
        .json();
    let hint = doc["error"]["hint"].as_str().unwrap();
    assert!(hint.contains("did you mean `acme-recruitment`?"), "{hint}");
    assert!(hint.contains("atslink org list"), "{hint}");
    // Every command that looks an organisation up, including the ones that
    // resolve it inside their write transaction.
    for args in [
        &["licence", "claim", "a@x.co"][..],
        &["licence", "assign", "a@x.co"],
        &["licence", "seats", "3", "--yes"],
        &["licence", "list"],
        &["integration", "list"],
        &["audit"],
    ] {
        h.run(args)
            .code(4)
            .stderr_has("did you mean `acme-recruitment`?");
    }
    // Nothing near: no guess.
    let run = h.run(&["org", "show", "globex"]).code(4);
    assert!(!run.stderr.contains("did you mean"), "{}", run.stderr);
}

#[test]
fn delete_needs_confirmation_without_a_terminal() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    h.run(&["org", "delete", "acme"])
        .code(2)
        .stderr_has("stdin is not a terminal")
        .stderr_has("atslink org delete acme --yes");
    h.run(&["org", "delete", "acme", "--no-input"]).code(2);
    // Still there.
    h.run(&["org", "show", "acme"]).success();
    let json = h.run(&["org", "delete", "acme", "--json"]).code(2).json();
    assert_eq!(json["ok"], false);
    assert_eq!(json["error"]["code"], "usage");
}

#[test]
fn delete_refuses_while_linked() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    // Plant a link row the way linking does, through the state store.
    let link = |slug: &str, provider| {
        h.store()
            .write(|tx| {
                let org = tx.org(slug)?.unwrap();
                let at = time::macros::datetime!(2026-11-01 00:00 UTC);
                tx.insert_integration(org.id, provider, at).map(|_| ())
            })
            .unwrap();
    };
    link("acme", atslink::providers::Provider::JobAdder);
    h.run(&["org", "delete", "acme", "--yes"])
        .code(5)
        .stderr_has("still has linked integrations: jobadder")
        .stderr_has("atslink integration unlink jobadder --org acme");
    let list = h.run(&["org", "list", "--json"]).success().json();
    assert_eq!(list["data"][0]["integrations"][0], "jobadder");

    // Every provider linked, by name, and only on its own organisation.
    h.run(&["org", "create", "beta", "--name", "Beta"])
        .success();
    link("acme", atslink::providers::Provider::Flare);
    let list = h.run(&["org", "list", "--json"]).success().json();
    assert_eq!(
        list["data"][0]["integrations"],
        serde_json::json!(["flare", "jobadder"])
    );
    assert_eq!(list["data"][1]["slug"], "beta");
    assert_eq!(list["data"][1]["integrations"], serde_json::json!([]));
}

#[test]
fn delete_removes_the_organisations_secrets() {
    let h = Home::with_file_store();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    let mut store = h.store();
    let creds = atslink::secrets::FileStore::new(h.file("credentials.json"));
    use atslink::secrets::CredentialStore;
    creds
        .set(
            &entry("org/acme/salesforce/client_secret"),
            &atslink::secrets::SecretString::new("s3cr3t-value"),
        )
        .unwrap();
    store
        .write(|tx| {
            let org = tx.org("acme")?.unwrap();
            tx.put_credential_ref(
                &entry("org/acme/salesforce/client_secret"),
                Some(org.id),
                "file",
                time::macros::datetime!(2026-11-01 00:00 UTC),
            )
        })
        .unwrap();
    drop(store);
    let out = h
        .run(&["org", "delete", "acme", "--yes", "--json"])
        .success()
        .json();
    assert_eq!(out["data"]["secrets_removed"], 1);
    assert!(
        creds
            .get(&entry("org/acme/salesforce/client_secret"))
            .unwrap()
            .is_none()
    );
}

/// Runs atslink with stdin and stderr on a pseudo-terminal (as a person at
/// a terminal would); returns the exit code and what reached the terminal.
#[cfg(target_os = "linux")]
fn run_on_terminal(h: &Home, args: &[&str]) -> (i32, String) {
    use std::io::Read;
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::process::Stdio;
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty writes two new descriptors, which are owned below.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned by nobody else.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut cmd = h.command(args);
    cmd.stdin(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave))
        .stdout(Stdio::piped());
    let child = cmd.spawn().unwrap();
    drop(cmd); // the parent's copies of the terminal side
    let out = child.wait_with_output().unwrap();
    let mut seen = Vec::new();
    // Reading ends with EIO once the terminal side is closed; what was read stays.
    let _ = std::fs::File::from(master).read_to_end(&mut seen);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&seen).into_owned(),
    )
}

#[cfg(target_os = "linux")]
#[test]
fn no_input_on_a_terminal_names_the_flag_not_the_terminal() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    let (code, terminal) = run_on_terminal(&h, &["org", "delete", "acme", "--no-input"]);
    assert_eq!(code, 2, "{terminal}");
    assert!(terminal.contains("--no-input forbids asking"), "{terminal}");
    assert!(!terminal.contains("terminal"), "{terminal}");
    assert!(
        terminal.contains("atslink org delete acme --yes"),
        "{terminal}"
    );
    h.run(&["org", "show", "acme"]).success();
}

/// SQLite reuses the highest deleted rowid; an organisation id never is.
#[test]
fn organisation_ids_are_never_reused() {
    let h = crate::harness::Home::new();
    let id_of = |slug: &str| -> i64 {
        h.count(&format!(
            "SELECT id FROM organisations WHERE slug = '{slug}'"
        ))
    };
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    let acme = id_of("acme");
    h.run(&["org", "delete", "acme", "--yes"]).success();
    h.run(&["org", "create", "other", "--name", "Other"])
        .success();
    assert_ne!(id_of("other"), acme);
}
