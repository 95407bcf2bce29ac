//! The state database on disk: migrations and the newer-schema guard.

use rusqlite::Connection;

use crate::harness::Home;

#[test]
fn existing_database_is_kept_across_opens() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    let conn = Connection::open(h.file("state.db")).unwrap();
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, atslink::state::LATEST_VERSION);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    h.run(&["org", "create", "beta", "--name", "Beta"])
        .success();
    let list = h.run(&["org", "list", "--json"]).success().json();
    assert_eq!(list["data"].as_array().unwrap().len(), 2);
}

/// state.db can hold the database credential store's ciphertexts and the
/// links' metadata: only its owner may read it.
#[cfg(unix)]
#[test]
fn state_db_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let h = Home::with_file_store();
    h.run_stdin(
        &["provider", "set", "jobadder", "--client-secret-stdin"],
        "file-secret-1",
    )
    .success();
    let mode = std::fs::metadata(h.file("state.db"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "state.db mode {mode:o}");
}

#[test]
fn version_zero_database_is_migrated() {
    // A database file that exists but predates every migration (e.g. made
    // by hand or by a crashed first run) is migrated, not rejected.
    let h = Home::new();
    let conn = Connection::open(h.file("state.db")).unwrap();
    conn.execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('kept');")
        .unwrap();
    drop(conn);
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    let conn = Connection::open(h.file("state.db")).unwrap();
    let kept: String = conn
        .query_row("SELECT x FROM notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, "kept");
}

#[test]
fn newer_schema_is_refused_untouched() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    let conn = Connection::open(h.file("state.db")).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    let before = std::fs::read(h.file("state.db")).unwrap();
    let run = h
        .run(&["org", "create", "beta", "--name", "Beta"])
        .code(1)
        .stderr_has("newer atslink")
        .stderr_has("999");
    assert!(run.stderr.contains("upgrade atslink"));
    let json = h.run(&["org", "list", "--json"]).code(1).json();
    assert_eq!(json["error"]["code"], "failure");
    assert_eq!(
        std::fs::read(h.file("state.db")).unwrap(),
        before,
        "not one byte changed"
    );
    assert!(!h.file("state.db-wal").exists());
}

#[test]
fn concurrent_first_opens_migrate_once() {
    // Many processes on a fresh home race to create and migrate it.
    let h = Home::new();
    let children: Vec<_> = (0..16)
        .map(|i| {
            h.command(&["org", "create", &format!("org-{i}"), "--name", "X"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list = h.run(&["org", "list", "--json"]).success().json();
    assert_eq!(list["data"].as_array().unwrap().len(), 16);
}

#[test]
fn status_names_the_backend_the_schema_and_the_rows() {
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    let json = h.run(&["state", "status", "--json"]).success().json();
    let d = &json["data"];
    assert_eq!(d["backend"], "sqlite");
    assert_eq!(d["reachable"], true);
    assert_eq!(d["schema_version"], atslink::state::LATEST_VERSION);
    let orgs = d["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "organisations")
        .unwrap();
    assert_eq!(orgs["rows"], 1);
    let human = h.run(&["state", "status"]).success();
    assert!(human.stdout.contains("sqlite"), "{}", human.stdout);
    // The sandbox keeps its fake tokens in its own file, whatever the
    // keychain setting: the store it names is the one it uses.
    let sandbox = h
        .run(&["--sandbox", "state", "status", "--json"])
        .success()
        .json();
    assert_eq!(sandbox["data"]["credential_store"], "file", "{sandbox}");
}

#[test]
fn a_team_store_that_cannot_be_used_gets_its_exit_code_and_never_its_password() {
    let h = Home::new();
    // Unreachable: exit 7, with what is known.
    h.write_config("[state]\nurl = \"postgres://cs@127.0.0.1:1/atslink?sslmode=disable\"\n");
    let json = h.run(&["state", "status", "--json"]).code(7).json();
    assert_eq!(json["ok"], false);
    assert_eq!(json["data"]["backend"], "postgres");
    assert_eq!(json["data"]["reachable"], false);
    h.run(&["org", "list"])
        .code(7)
        .stderr_has("cannot reach the PostgreSQL state database");
    // A URL that is not one: exit 2.
    h.write_config("[state]\nurl = \"postgres://cs@db/atslink?sslmode=bogus\"\n");
    h.run(&["org", "list"]).code(2).stderr_has("state.url");
    // A password in the config file is refused: the file holds no secret.
    h.write_config("[state]\nurl = \"postgres://cs:hunter2@db/atslink\"\n");
    let run = h
        .run(&["org", "list"])
        .code(2)
        .stderr_has("ATSLINK_DATABASE_PASSWORD");
    assert!(!run.stderr.contains("hunter2"));
    // From the environment it is allowed, and never shown.
    h.write_config("");
    let run = h.run_env(
        &["org", "list"],
        "",
        &[(
            "ATSLINK_DATABASE_URL",
            "postgres://cs:hunter2@127.0.0.1:1/atslink?sslmode=disable",
        )],
    );
    assert_eq!(run.code, 7, "{run:?}");
    assert!(!run.stderr.contains("hunter2"), "{}", run.stderr);
    assert!(
        run.stderr.contains("postgres://cs@127.0.0.1:1/atslink"),
        "{}",
        run.stderr
    );
}
