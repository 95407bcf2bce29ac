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
    a.sb(&[
        "sandbox",
        "fault",
        "add",
        "/salesforce/login/services/oauth2/token",
        "--latency",
        "60s",
        "--count",
        "1",
    ])
    .success();
    let mut held = refresh(&a.home, &server);
    // The fault is used up when the request reaches the emulator: by then
    // the refresh holds the link's lock.
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        let faults = a
            .sb(&["sandbox", "fault", "list", "--json"])
            .success()
            .json();
        if faults["data"].as_array().unwrap().is_empty() {
            break;
        }
        assert!(
            Instant::now() < until,
            "the refresh never reached the sandbox"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
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
