//! Two agents' homes (two machines) on one PostgreSQL store: links made on
//! one are refreshed from the other, and the locks and seat counts hold
//! across them. Needs the test server: run with
//! `ATSLINK_TEST_ENGINE=postgres cargo test --test cli -- --ignored team::`
//! (`.ci/run` does).

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Home, SandboxServer};
use crate::integration::{SF_ADMIN, Sandboxed};

const KEY: &str = "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM=";

fn require_postgres() {
    assert!(
        crate::postgres::enabled(),
        "these tests share one PostgreSQL store between homes; set ATSLINK_TEST_ENGINE=postgres"
    );
}

/// The `[state]` section of a config file.
fn state_section(config: &std::path::Path) -> String {
    let text = std::fs::read_to_string(config).unwrap();
    let at = text.find("[state]").expect("a [state] section");
    text[at..].to_string()
}

/// A team's config: the shared store, the encrypted database credential
/// store, and the master key in a 0600 file beside the config.
fn team_config(dir: &std::path::Path, state: &str, extra: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir).unwrap();
    let key = dir.join("master.key");
    std::fs::write(&key, KEY).unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "credential_store = \"database\"\n{extra}\n[secrets]\nmaster_key_file = \"master.key\"\n\n{state}"
        ),
    )
    .unwrap();
}

/// Agent A (with the sandbox's providers) and agent B, whose sandbox home
/// shares A's store, credential store and emulated providers.
fn two_agents() -> (Sandboxed, Home) {
    require_postgres();
    let a = Sandboxed::new();
    let a_sandbox = a.home.file("sandbox");
    let config = a_sandbox.join("config.toml");
    let shared = state_section(&config);
    let own = std::fs::read_to_string(&config).unwrap();
    let own = own[..own.find("[state]").unwrap()].to_string();
    team_config(&a_sandbox, &shared, &own);
    let b = Home::new();
    team_config(&b.file("sandbox"), &shared, "");
    (a, b)
}

fn grants(s: &Sandboxed, provider: &str) -> Vec<Value> {
    s.sb(&["sandbox", "grants", "--json"]).success().json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["provider"] == provider)
        .cloned()
        .collect()
}

fn refresh(home: &Home, server: &SandboxServer) -> Child {
    home.command(&[
        "--sandbox",
        "token",
        "refresh",
        "--force",
        "--provider",
        "salesforce",
        "--org",
        "acme",
    ])
    .env("ATSLINK_SANDBOX_URL", &server.url)
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap()
}

#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn two_machines_refresh_one_rotating_link_without_reusing_a_token() {
    let (a, b) = two_agents();
    a.sb(&["sandbox", "app", "salesforce", "--rotation", "on"])
        .success();
    a.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let server = SandboxServer::start(&a.home);
    // Agent B sees A's link: same store, same encrypted credentials.
    let list = b
        .run_env(
            &["--sandbox", "integration", "list", "--json"],
            "",
            &[("ATSLINK_SANDBOX_URL", &server.url)],
        )
        .success()
        .json();
    assert_eq!(list["data"][0]["provider"], "salesforce", "{list}");
    let children: Vec<Child> = (0..24)
        .map(|i| refresh(if i % 2 == 0 { &a.home } else { &b }, &server))
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let g = grants(&a, "salesforce");
    assert_eq!(g.len(), 1, "one token family: {g:?}");
    assert_eq!(g[0]["refreshes"], 24, "one grant per refresh: {g:?}");
    assert_eq!(g[0]["failed_refreshes"], 0, "no dead token replayed: {g:?}");
    assert_eq!(g[0]["reuse_detected"], 0);
    assert_eq!(g[0]["state"], "live");
}

#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn a_refresh_killed_holding_the_lock_does_not_block_the_other_machine() {
    let (a, b) = two_agents();
    a.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let server = SandboxServer::start(&a.home);
    a.fault(
        "/salesforce/login/services/oauth2/token",
        &["--latency", "60s", "--count", "1"],
    );
    let mut held = refresh(&a.home, &server);
    // The fault is used up when the request reaches the emulator: by then
    // the refresh holds the link's lock.
    crate::token::until_faults_used(&a);
    held.kill().unwrap();
    held.wait().unwrap();
    // The killed process's connection closed and its lock went with it:
    // agent B refreshes at once rather than after the 120 s lock wait.
    let started = Instant::now();
    let out = refresh(&b, &server).wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "B waited {:?} for a dead process's lock",
        started.elapsed()
    );
}

#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn one_hundred_twenty_claims_from_two_machines_take_exactly_fifty_seats() {
    require_postgres();
    let a = Home::new();
    let b = Home::new();
    // B's home uses A's store.
    let shared = state_section(&a.file("config.toml"));
    std::fs::write(b.file("config.toml"), &shared).unwrap();
    a.run(&["org", "create", "acme", "--name", "Acme", "--seats", "50"])
        .success();
    let children: Vec<Child> = (0..120)
        .map(|i| {
            let home = if i % 2 == 0 { &a } else { &b };
            home.command(&["licence", "claim", &format!("u{i}@x.co"), "--org", "acme"])
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
        *codes.entry(out.status.code().unwrap()).or_insert(0) += 1;
    }
    assert_eq!(codes.get(&0), Some(&50), "{codes:?}");
    assert_eq!(codes.get(&6), Some(&70), "{codes:?}");
    let list = b
        .run(&["licence", "list", "--org", "acme", "--json"])
        .success()
        .json();
    assert_eq!(list["data"]["seats"]["used"], 50);
    assert_eq!(
        a.count("SELECT count(*) FROM audit_log WHERE action = 'licence.claim'"),
        50
    );
}

/// A sandbox home kept on SQLite whatever engine the tests run on: the
/// single agent's laptop before the team store exists.
fn sqlite_agent() -> Sandboxed {
    let s = Sandboxed::new();
    let config = s.home.file("sandbox/config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = match text.find("[state]") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    std::fs::write(&config, text).unwrap();
    // `Sandboxed::new` made its organisation on the engine under test.
    s.sb(&[
        "org",
        "create",
        "acme",
        "--name",
        "Acme Recruitment",
        "--seats",
        "5",
    ])
    .success();
    s
}

fn table_rows(status: &Value) -> std::collections::BTreeMap<String, i64> {
    status["data"]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["table"].as_str().unwrap().to_string(),
                t["rows"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn state_migrate_moves_a_laptop_onto_the_team_store() {
    require_postgres();
    let s = sqlite_agent();
    // Organisations, users, licences, links to both providers and Flare,
    // ledger rows and the audit trail, all on the laptop's state.db.
    s.consent("link", "jobadder", crate::integration::JA_ADMIN, true, &[])
        .success();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        crate::integration::FLARE_KEY,
        &[],
    )
    .success();
    s.sb(&["licence", "claim", "kim@x.co"]).success();
    s.sb(&["flare", "push", "--since", "2026-01-01"]).success();
    let before = s.sb(&["state", "status", "--json"]).success().json();
    assert_eq!(before["data"]["backend"], "sqlite");
    let before = table_rows(&before);
    assert!(
        before["flare_pushes"] > 0 && before["users"] > 0,
        "{before:?}"
    );
    let stored: Vec<String> = s
        .stored()
        .values()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(stored.len() >= 3, "tokens of both links and the Flare key");

    let server = crate::postgres::server();
    let db = server.create_database();
    let url = server.url(&db);
    let key = [("ATSLINK_MASTER_KEY", KEY)];
    // A migrate that fails half-way (here: the target refuses secrets)
    // leaves the target empty, and the rerun finishes cleanly.
    s.sb_env(&["state", "migrate", "--to", &url], "", &[])
        .code(2)
        .stderr_has("master key");
    // The schema exists once any atslink has opened the database.
    atslink::state::Store::open_at(&atslink::state::Location::Postgres(Box::new(
        atslink::state::PgLocation::parse(&url).unwrap(),
    )))
    .unwrap();
    server.psql(
        &db,
        "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ \
         LANGUAGE plpgsql; CREATE TRIGGER refuse BEFORE INSERT ON secrets \
         FOR EACH ROW EXECUTE FUNCTION refuse();",
    );
    s.sb_env(&["state", "migrate", "--to", &url], "", &key)
        .code(1)
        .stderr_has("disk full");
    assert_eq!(
        server
            .psql(&db, "SELECT count(*) FROM organisations")
            .trim(),
        "0",
        "an interrupted migrate leaves nothing behind"
    );
    server.psql(&db, "DROP TRIGGER refuse ON secrets");
    let run = s
        .sb_env(&["state", "migrate", "--to", &url, "--json"], "", &key)
        .success()
        .json();
    let copied = table_rows(&run);
    for (table, n) in &before {
        if table == "secrets" {
            assert_eq!(copied[table], stored.len() as i64, "every secret moved");
        } else {
            assert_eq!(copied[table], *n, "{table}");
        }
    }
    // A second run refuses the now non-empty target.
    s.sb_env(&["state", "migrate", "--to", &url], "", &key)
        .code(5)
        .stderr_has("not empty");
    // No token or key in plaintext anywhere in the team store.
    let dump = server.dump(&db);
    for secret in &stored {
        assert!(!dump.contains(secret.as_str()), "a secret in the dump");
        // A token set is a JSON document: each token on its own.
        if let Ok(doc) = serde_json::from_str::<Value>(secret) {
            for field in ["access_token", "refresh_token"] {
                if let Some(token) = doc[field].as_str() {
                    assert!(!dump.contains(token), "the {field} is in the dump");
                }
            }
        }
    }
    // The laptop switches to the team store: its links still refresh.
    s.home
        .prepend_sandbox_config("credential_store = \"database\"\n");
    s.home
        .append_sandbox_config(&format!("\n[state]\nurl = \"{url}\"\n"));
    let after = s
        .sb_env(&["state", "status", "--json"], "", &key)
        .success()
        .json();
    assert_eq!(after["data"]["backend"], "postgres");
    assert_eq!(table_rows(&after)["users"], before["users"]);
    for provider in ["jobadder", "salesforce"] {
        s.sb_env(
            &["token", "refresh", "--force", "--provider", provider],
            "",
            &key,
        )
        .success();
    }
}

#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn a_newer_schema_on_the_team_store_is_refused_untouched() {
    require_postgres();
    let h = Home::new();
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    h.set_schema_version(999);
    let before = h.state_content();
    h.run(&["org", "create", "beta", "--name", "Beta"])
        .code(1)
        .stderr_has("newer atslink")
        .stderr_has("999");
    let status = h.run(&["state", "status", "--json"]).code(1).json();
    assert_eq!(status["data"]["reachable"], false, "{status}");
    assert_eq!(h.state_content(), before, "nothing written");
}

#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn twenty_first_opens_of_an_empty_team_store_migrate_it_once() {
    require_postgres();
    let h = Home::new();
    let children: Vec<Child> = (0..20)
        .map(|i| {
            h.command(&["org", "create", &format!("o{i}"), "--name", "O"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
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
    assert_eq!(h.count("SELECT count(*) FROM organisations"), 20);
    assert_eq!(
        h.count("SELECT version FROM atslink_schema"),
        atslink::state::LATEST_VERSION
    );
    assert_eq!(h.count("SELECT count(*) FROM atslink_schema"), 1);
}

#[test]
#[ignore = "needs PostgreSQL: ATSLINK_TEST_ENGINE=postgres, run by .ci/run"]
fn a_missing_team_database_is_named_with_the_command_that_creates_it() {
    require_postgres();
    let h = Home::new();
    let url = crate::postgres::server().url("nobody_made_this");
    std::fs::write(h.file("config.toml"), format!("[state]\nurl = \"{url}\"\n")).unwrap();
    h.run(&["org", "list"])
        .code(2)
        .stderr_has("nobody_made_this")
        .stderr_has("createdb nobody_made_this");
}
