//! Token health and the locked refresh path, against the sandbox with real
//! processes.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::SandboxServer;
use crate::integration::{JA_ADMIN, SF_ADMIN, Sandboxed};

fn grants(s: &Sandboxed, provider: &str) -> Vec<Value> {
    s.sb(&["sandbox", "grants", "--json"]).success().json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["provider"] == provider)
        .cloned()
        .collect()
}

fn status(s: &Sandboxed, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["token", "status", "--json"];
    args.extend_from_slice(extra);
    let run = s.sb(&args);
    let rows = run.json()["data"].as_array().unwrap().clone();
    (run.code, rows)
}

fn race(s: &Sandboxed, provider: &str) {
    let server = SandboxServer::start(&s.home);
    let children: Vec<Child> = (0..50)
        .map(|_| {
            s.home
                .command(&[
                    "--sandbox",
                    "token",
                    "refresh",
                    "--force",
                    "--provider",
                    provider,
                ])
                .env("ATSLINK_SANDBOX_URL", &server.url)
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
    let g = grants(s, provider);
    assert_eq!(g.len(), 1, "one token family: {g:?}");
    assert_eq!(g[0]["refreshes"], 50, "one grant per refresh made: {g:?}");
    assert_eq!(
        g[0]["failed_refreshes"], 0,
        "no dead refresh token was replayed: {g:?}"
    );
    assert_eq!(g[0]["reuse_detected"], 0);
    assert_eq!(g[0]["state"], "live");
    let later = s
        .home
        .run_env(
            &[
                "--sandbox",
                "token",
                "refresh",
                "--force",
                "--provider",
                provider,
                "--json",
            ],
            "",
            &[("ATSLINK_SANDBOX_URL", &server.url)],
        )
        .success()
        .json();
    assert_eq!(later["data"][0]["result"], "refreshed");
}

#[test]
fn fifty_refreshes_race_on_one_jobadder_link() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    race(&s, "jobadder");
}

#[test]
fn fifty_refreshes_race_on_one_salesforce_link_with_rotation() {
    let s = Sandboxed::new();
    s.sb(&["sandbox", "app", "salesforce", "--rotation", "on"])
        .success();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    race(&s, "salesforce");
}

#[test]
fn idle_expiry_is_forecast_and_refresh_moves_it() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    let (code, rows) = status(&s, &[]);
    assert_eq!(code, 0);
    assert_eq!(rows[0]["health"]["status"], "ok");
    let first_deadline = rows[0]["forecast"].as_str().unwrap().to_string();

    s.sb(&["sandbox", "clock", "advance", "10d"]).success();
    let (_, rows) = status(&s, &[]);
    assert_eq!(rows[0]["health"]["status"], "expiring");
    assert_eq!(
        rows[0]["health"]["remedy"],
        "atslink --sandbox token refresh --org acme --provider jobadder"
    );
    let refreshed = s
        .sb(&["token", "refresh", "--provider", "jobadder", "--json"])
        .success()
        .json();
    assert_eq!(refreshed["data"][0]["result"], "refreshed");
    let (_, rows) = status(&s, &[]);
    assert_eq!(rows[0]["health"]["status"], "ok");
    assert_ne!(
        rows[0]["forecast"].as_str().unwrap(),
        first_deadline,
        "the forecast moved"
    );

    // The keep-alive leaves recently used links alone.
    let keep = s
        .sb(&["token", "refresh", "--all", "--if-idle", "7d", "--json"])
        .success()
        .json();
    assert_eq!(keep["data"][0]["result"], "not_idle");

    s.sb(&["sandbox", "clock", "advance", "15d"]).success();
    let run = s
        .sb(&["token", "refresh", "--provider", "jobadder"])
        .code(3);
    assert!(
        run.stderr.contains("unused for more than 14 days"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("atslink --sandbox integration relink jobadder --org acme"),
        "{}",
        run.stderr
    );
    let (code, rows) = status(&s, &[]);
    assert_eq!(code, 3, "a broken link makes status exit 3");
    assert_eq!(rows[0]["health"]["status"], "broken");
    assert!(
        rows[0]["health"]["reason"]
            .as_str()
            .unwrap()
            .contains("unused for more than 14 days")
    );
}

/// On the 14th day exactly, the forecast (`token status`, `org check`), the
/// sandbox's JobAdder and the refresh's reason agree: the token is dead and
/// it died of idleness, not "revoked or replaced".
#[test]
fn the_idle_deadline_is_one_instant_for_the_forecast_the_provider_and_the_reason() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "clock", "advance", "14d"]).success();
    let (code, rows) = status(&s, &[]);
    assert_eq!(code, 3, "{rows:?}");
    let run = s
        .sb(&["token", "refresh", "--provider", "jobadder"])
        .code(3);
    assert!(
        run.stderr.contains("unused for more than 14 days"),
        "{}",
        run.stderr
    );
}

#[test]
fn deactivated_user_breaks_the_link_alike_for_both_providers() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    s.sb(&["sandbox", "user", "deactivate", JA_ADMIN.0])
        .success();
    s.sb(&["sandbox", "user", "deactivate", SF_ADMIN.0])
        .success();
    // The JobAdder access token still answers for its last minutes, but the
    // refresh token died with the user: broken, as for Salesforce.
    let (code, rows) = status(&s, &["--check"]);
    assert_eq!(code, 3, "{rows:?}");
    for provider in ["jobadder", "salesforce"] {
        let row = rows.iter().find(|r| r["provider"] == provider).unwrap();
        assert_eq!(row["health"]["status"], "broken", "{row}");
        let reason = row["health"]["reason"].as_str().unwrap();
        assert!(reason.contains("was deactivated"), "{reason}");
        assert!(reason.contains("another active"), "{reason}");
        assert_eq!(
            row["health"]["remedy"],
            format!("atslink --sandbox integration relink {provider} --org acme")
        );
    }
    // The person sees what was checked, not only the JSON.
    let table = s.sb(&["token", "status", "--check"]).code(3);
    assert!(table.stdout.contains("CHECKS"), "{}", table.stdout);
    assert!(
        table
            .stdout
            .contains("token accepted: ok; authorising user active: failed"),
        "{}",
        table.stdout
    );
    let refresh = s
        .sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .code(3);
    assert!(refresh.stderr.contains("deactivated"), "{}", refresh.stderr);

    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "user", "delete", JA_ADMIN.0]).success();
    let refresh = s
        .sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .code(3);
    assert!(refresh.stderr.contains("was deleted"), "{}", refresh.stderr);
    let (code, rows) = status(&s, &["--check"]);
    assert_eq!(code, 3);
    assert!(
        rows[0]["health"]["reason"]
            .as_str()
            .unwrap()
            .contains("was deleted")
    );
}

#[test]
fn transient_failures_are_retried_and_never_break_the_link() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    let token_path = "/jobadder/id/connect/token";
    s.fault(token_path, &["--status", "500", "--count", "2"]);
    s.sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .success();

    s.fault(token_path, &["--status", "429", "--count", "1"]);
    let run = s
        .sb(&[
            "-v",
            "token",
            "refresh",
            "--provider",
            "jobadder",
            "--force",
        ])
        .success();
    assert!(
        run.stderr.contains("rate limited (retry after 1 s)"),
        "Retry-After was read: {}",
        run.stderr
    );

    s.fault(token_path, &["--drop", "--count", "10"]);
    let run = s
        .sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .code(7);
    assert!(
        run.stderr.contains("nothing was marked broken"),
        "{}",
        run.stderr
    );
    s.sb(&["sandbox", "fault", "clear"]).success();
    let (_, rows) = status(&s, &[]);
    assert_eq!(rows[0]["health"]["status"], "ok");
    s.sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .success();
}

#[test]
fn a_process_killed_while_waiting_on_the_token_endpoint_loses_nothing() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.fault(
        "/jobadder/id/connect/token",
        &["--latency", "30s", "--count", "1"],
    );
    let mut child = s
        .home
        .command(&[
            "--sandbox",
            "token",
            "refresh",
            "--provider",
            "jobadder",
            "--force",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    until_faults_used(&s);
    child.kill().unwrap();
    child.wait().unwrap();
    s.sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .success();
    let (_, rows) = status(&s, &[]);
    assert_eq!(rows[0]["health"]["status"], "ok");
}

#[test]
fn check_reports_unreachable_providers_as_unknown_not_broken() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.fault(
        "/jobadder/api/v2/users/current",
        &["--drop", "--count", "5"],
    );
    let (code, rows) = status(&s, &["--check"]);
    assert_eq!(code, 7, "{rows:?}");
    assert_eq!(rows[0]["health"]["status"], "unknown");
    let text = s.sb(&["token", "status"]).success();
    assert!(text.stdout.contains("jobadder"));
}

#[test]
fn token_commands_never_print_secrets() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        crate::integration::FLARE_KEY,
        &[],
    )
    .success();
    let mut out = String::new();
    for args in [
        &["-vv", "token", "refresh", "--all", "--force", "--json"][..],
        &["-vv", "token", "status", "--check", "--json"][..],
        &["-vv", "token", "status", "--check"][..],
    ] {
        let run = s.sb(args);
        out.push_str(&run.stdout);
        out.push_str(&run.stderr);
    }
    for (_, v) in s.stored() {
        let text = v.as_str().unwrap().to_string();
        let values: Vec<String> = match serde_json::from_str::<Value>(&text) {
            Ok(doc) => ["access_token", "refresh_token"]
                .iter()
                .filter_map(|k| doc[k].as_str().map(str::to_string))
                .collect(),
            Err(_) => vec![text],
        };
        for t in values {
            assert!(!out.contains(&t), "a secret reached the output");
        }
    }
}

#[test]
fn quiet_keep_alive_is_silent_on_success_and_loud_on_failure() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    let run = s
        .sb(&["token", "refresh", "--all", "--force", "-q"])
        .success();
    assert_eq!(run.stdout, "", "cron would mail this");
    assert_eq!(run.stderr, "");
    // Without -q the person sees the table.
    let loud = s.sb(&["token", "refresh", "--all", "--force"]).success();
    assert!(loud.stdout.contains("refreshed"), "{}", loud.stdout);

    s.sb(&["sandbox", "user", "delete", JA_ADMIN.0]).success();
    let run = s
        .sb(&["token", "refresh", "--all", "--force", "-q"])
        .code(3);
    assert!(run.stdout.contains("broken"), "{}", run.stdout);
    assert!(run.stderr.contains("was deleted"), "{}", run.stderr);
}

#[test]
fn salesforce_check_introspects_with_the_app_secret_under_the_http_policy() {
    use atslink::sandbox::seed;
    let s = Sandboxed::new();
    let browser = crate::integration::browser(SF_ADMIN, true);
    s.sb_env(
        &[
            "integration",
            "link",
            "salesforce",
            "--timeout",
            "60s",
            "--client-id",
            seed::SALESFORCE_CLIENT_ID,
            "--client-secret-stdin",
        ],
        seed::SALESFORCE_CLIENT_SECRET,
        &[("BROWSER", &browser)],
    )
    .success();
    let run = s.sb(&["-vv", "token", "status", "--check", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let row = run.json()["data"][0].clone();
    let expiry = row["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "access token expiry")
        .unwrap_or_else(|| panic!("no introspection check: {row}"))
        .clone();
    assert_eq!(expiry["ok"], true, "{expiry}");
    assert!(expiry["detail"].as_str().unwrap().starts_with("expires "));
    // Traced at -vv like every other call, without the app's secret.
    assert!(
        run.stderr.contains("http: → POST") && run.stderr.contains("/services/oauth2/introspect"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains(seed::SALESFORCE_CLIENT_SECRET));
}

const JA_TOKEN_PATH: &str = "/jobadder/id/connect/token";

/// The faults still pending on a path prefix: each request that reaches
/// the sandbox's token endpoint uses one up.
fn faults_left(s: &Sandboxed, path: &str) -> i64 {
    s.sb(&["sandbox", "fault", "list", "--json"])
        .success()
        .json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["prefix"] == path)
        .map(|f| f["remaining"].as_i64().unwrap_or_else(|| panic!("{f}")))
        .sum()
}

/// Puts `top` at the head of the sandbox home's config, keeping what
/// `Sandboxed` wrote (the harness adds its own `[state]` section again).
fn sandbox_config(s: &Sandboxed, top: &str) {
    let config = std::fs::read_to_string(s.home.file("sandbox/config.toml")).unwrap();
    let own = config.split("\n[state]").next().unwrap().to_string();
    s.home
        .write_sandbox_config(format!("{top}\n{own}"))
        .unwrap();
}

fn jobadder_row(s: &Sandboxed) -> Value {
    let (_, rows) = status(s, &[]);
    rows.into_iter()
        .find(|r| r["provider"] == "jobadder")
        .unwrap()
}

fn at(v: &Value) -> time::OffsetDateTime {
    time::OffsetDateTime::parse(
        v.as_str().unwrap_or_else(|| panic!("not a time: {v}")),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap()
}

#[test]
fn a_failed_refresh_is_counted_and_cools_the_link_down() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    // The link's tokens are new: a plain refresh leaves them, saying why
    // (the link renewed them, not some other process).
    let doc = s
        .sb(&["token", "refresh", "--provider", "jobadder", "--json"])
        .success()
        .json();
    assert_eq!(doc["data"][0]["result"], "skipped", "{doc}");
    assert!(
        doc["data"][0]["detail"]
            .as_str()
            .unwrap()
            .starts_with("its tokens were renewed moments ago, by a link, relink or refresh"),
        "{doc}"
    );
    // Past "just renewed", so a plain refresh asks.
    s.sb(&["sandbox", "clock", "advance", "5m"]).success();
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 0, "{row}");
    assert_eq!(row["last_refresh_error"], Value::Null);
    assert_eq!(row["cool_down_until"], Value::Null);

    // The token endpoint keeps answering 503: the retries run out.
    s.fault(JA_TOKEN_PATH, &["--status", "503", "--count", "100"]);
    let first = s
        .sb(&["token", "refresh", "--provider", "jobadder"])
        .code(7);
    assert!(first.stderr.contains("cool-down"), "{}", first.stderr);
    let left = faults_left(&s, JA_TOKEN_PATH);
    assert!(left < 100, "the provider was asked");
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 1, "{row}");
    let error = row["last_refresh_error"].as_str().unwrap();
    assert!(error.contains("HTTP 503"), "{error}");
    assert!(!error.contains('\n'), "{error}");
    assert_eq!(
        at(&row["cool_down_until"]) - at(&row["last_refresh_failure_at"]),
        time::Duration::seconds(30),
        "{row}"
    );
    assert_eq!(
        row["health"]["status"], "ok",
        "a transient failure breaks nothing"
    );
    // The person sees it in the table too.
    let table = s.sb(&["token", "status"]).success();
    assert!(
        table.stdout.contains("REFRESH FAILURES"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("HTTP 503"), "{}", table.stdout);
    assert!(table.stdout.contains("cool-down until"), "{}", table.stdout);

    // Within the cool-down a refresh fails fast, without asking.
    let again = s
        .sb(&["--json", "token", "refresh", "--provider", "jobadder"])
        .code(7);
    let envelope = again.json();
    assert_eq!(envelope["ok"], false);
    assert_eq!(envelope["error"]["code"], "unavailable");
    let message = envelope["error"]["message"].as_str().unwrap();
    assert!(message.contains("1 failure in a row"), "{message}");
    assert!(message.contains("HTTP 503"), "{message}");
    let hint = envelope["error"]["hint"].as_str().unwrap();
    assert!(
        hint.contains(row["cool_down_until"].as_str().unwrap()),
        "says when: {hint}"
    );
    assert!(
        hint.contains("atslink --sandbox token refresh --org acme --provider jobadder --force"),
        "{hint}"
    );
    assert_eq!(
        faults_left(&s, JA_TOKEN_PATH),
        left,
        "no token request reached the sandbox"
    );
    assert_eq!(jobadder_row(&s)["refresh_failures"], 1, "not counted again");

    // --force asks anyway (and fails again: counted).
    s.sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .code(7);
    assert!(
        faults_left(&s, JA_TOKEN_PATH) < left,
        "the provider was asked"
    );
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 2, "{row}");

    // Once the cool-down is over a plain refresh asks again, and its
    // success clears the book.
    s.sb(&["sandbox", "fault", "clear"]).success();
    s.sb(&["sandbox", "clock", "advance", "31s"]).success();
    let done = s
        .sb(&["token", "refresh", "--provider", "jobadder", "--json"])
        .success()
        .json();
    assert_eq!(done["data"][0]["result"], "refreshed");
    assert_eq!(grants(&s, "jobadder")[0]["refreshes"], 1);
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 0, "{row}");
    assert_eq!(row["last_refresh_error"], Value::Null);
    assert_eq!(row["last_refresh_failure_at"], Value::Null);
    assert_eq!(row["cool_down_until"], Value::Null);
    let table = s.sb(&["token", "status"]).success();
    assert!(
        !table.stdout.contains("REFRESH FAILURES"),
        "{}",
        table.stdout
    );
}

#[test]
fn a_refused_refresh_is_counted_and_a_relink_clears_it() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "user", "deactivate", JA_ADMIN.0])
        .success();
    s.sb(&["token", "refresh", "--provider", "jobadder", "--force"])
        .code(3);
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 1, "{row}");
    assert!(
        row["last_refresh_error"]
            .as_str()
            .unwrap()
            .contains("deactivated"),
        "{row}"
    );
    assert_eq!(s.link("jobadder").unwrap()["refresh_failures"], 1);

    s.sb(&["sandbox", "user", "reactivate", JA_ADMIN.0])
        .success();
    s.consent("relink", "jobadder", JA_ADMIN, true, &[])
        .success();
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 0, "{row}");
    assert_eq!(row["last_refresh_error"], Value::Null);
    assert_eq!(row["cool_down_until"], Value::Null);
    // No cool-down carried over from the old token family.
    s.sb(&["sandbox", "clock", "advance", "5m"]).success();
    s.sb(&["token", "refresh", "--provider", "jobadder"])
        .success();
}

#[test]
fn a_failure_on_this_side_is_not_counted_against_the_link() {
    // A database credential store whose master key has gone missing.
    let s = Sandboxed::new();
    sandbox_config(
        &s,
        "credential_store = \"database\"\n\n[secrets]\nmaster_key_file = \"master.key\"\n",
    );
    let key = s.home.file("sandbox/master.key");
    std::fs::write(&key, "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "clock", "advance", "5m"]).success();
    let kept = std::fs::read(&key).unwrap();
    std::fs::remove_file(&key).unwrap();
    for args in [
        &["token", "refresh", "--provider", "jobadder"][..],
        &["integration", "button"][..],
    ] {
        let run = s.sb(args).code(2);
        assert!(run.stderr.contains("master key"), "{}", run.stderr);
    }
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 0, "{row}");
    assert_eq!(row["last_refresh_error"], Value::Null);
    std::fs::write(&key, kept).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    s.sb(&["token", "refresh", "--provider", "jobadder"])
        .success();

    // A stored token set without its refresh token: the credential store's
    // content, not the provider, is at fault.
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "clock", "advance", "5m"]).success();
    let path = s.home.file("sandbox/credentials.json");
    let mut store: serde_json::Map<String, Value> =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let name = "org/acme/jobadder/tokens";
    let mut tokens: Value = serde_json::from_str(store[name].as_str().unwrap()).unwrap();
    tokens.as_object_mut().unwrap().remove("refresh_token");
    store.insert(name.into(), Value::String(tokens.to_string()));
    std::fs::write(&path, serde_json::to_vec(&store).unwrap()).unwrap();
    for _ in 0..2 {
        let run = s
            .sb(&["token", "refresh", "--provider", "jobadder"])
            .code(3);
        assert!(run.stderr.contains("no refresh token"), "{}", run.stderr);
        assert!(!run.stderr.contains("cool-down"), "{}", run.stderr);
    }
    let row = jobadder_row(&s);
    assert_eq!(row["refresh_failures"], 0, "{row}");
    assert_eq!(row["last_refresh_error"], Value::Null);
    assert_eq!(row["last_refresh_failure_at"], Value::Null);
}

#[test]
fn the_cool_down_is_configurable() {
    let s = Sandboxed::new();
    sandbox_config(&s, "[refresh]\ncool_down = \"2m\"\n");
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "clock", "advance", "5m"]).success();
    s.fault(JA_TOKEN_PATH, &["--status", "503", "--count", "100"]);
    s.sb(&["token", "refresh", "--provider", "jobadder"])
        .code(7);
    s.sb(&["sandbox", "fault", "clear"]).success();
    let row = jobadder_row(&s);
    assert_eq!(
        at(&row["cool_down_until"]) - at(&row["last_refresh_failure_at"]),
        time::Duration::minutes(2),
        "{row}"
    );
    s.sb(&["sandbox", "clock", "advance", "31s"]).success();
    s.sb(&["token", "refresh", "--provider", "jobadder"])
        .code(7)
        .stderr_has("120 s cool-down");
    s.sb(&["sandbox", "clock", "advance", "90s"]).success();
    s.sb(&["token", "refresh", "--provider", "jobadder"])
        .success();
    assert_eq!(jobadder_row(&s)["refresh_failures"], 0);
}

/// Waits until every injected fault is used up: a fault is used the moment
/// its request reaches the sandbox, so a refresh is then in flight.
pub fn until_faults_used(s: &Sandboxed) {
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        let faults = s
            .sb(&["sandbox", "fault", "list", "--json"])
            .success()
            .json();
        if faults["data"].as_array().unwrap().is_empty() {
            return;
        }
        assert!(
            Instant::now() < until,
            "the refresh never reached the sandbox"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A new server's nightly keep-alive runs before anything is linked:
/// nothing to keep alive is success, silent under `-q` (cron mails
/// nothing), and an empty list for a script. A named organisation without
/// links is still "not linked" (3).
#[test]
fn the_keep_alive_with_nothing_linked_yet_succeeds() {
    let h = crate::harness::Home::new();
    h.run(&["token", "refresh", "--all"])
        .success()
        .stderr_has("No links to refresh yet");
    let quiet = h
        .run(&["token", "refresh", "--all", "--if-idle", "7d", "-q"])
        .success();
    assert!(quiet.stderr.is_empty(), "{}", quiet.stderr);
    assert!(quiet.stdout.is_empty(), "{}", quiet.stdout);
    let doc = h
        .run(&["token", "refresh", "--all", "--json"])
        .success()
        .json();
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["data"], serde_json::json!([]));
    h.run(&["org", "create", "acme", "--name", "Acme"])
        .success();
    h.run(&["token", "refresh", "--org", "acme"])
        .code(3)
        .stderr_has("acme is not linked to any provider");
}
