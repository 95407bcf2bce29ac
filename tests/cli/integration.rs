//! Linking end to end against the sandbox: the real binary, the real
//! loopback listener, and a scripted browser (`atslink sandbox browse`,
//! through $BROWSER) submitting the login and consent forms over HTTP.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{BIN, Home, Run, free_port};

pub const JA_ADMIN: (&str, &str) = ("admin@sandbox-recruitment.example", "sandbox-admin");
pub const JA_RECRUITER: (&str, &str) =
    ("recruiter@sandbox-recruitment.example", "sandbox-recruiter");
pub const JA_TEAM_LEAD: (&str, &str) = ("lead@sandbox-recruitment.example", "sandbox-lead");
pub const JA_OTHER_ADMIN: (&str, &str) = ("admin@other-agency.example", "other-admin");
pub const SF_ADMIN: (&str, &str) = ("admin@sandbox-sf.example", "sandbox-admin");
pub const SF_OTHER_ADMIN: (&str, &str) = ("admin@other-sf.example", "other-admin");
pub const FLARE_KEY: &str = "flare-sandbox-key";

/// A home with an organisation `acme` in its sandbox, and redirect URIs on
/// ports of its own (registered with the sandbox's apps), so tests run in
/// parallel.
pub struct Sandboxed {
    pub home: Home,
    pub ja_port: u16,
    pub sf_port: u16,
}

impl Sandboxed {
    /// `sandbox fault add PATH SPEC…`: the emulator answers requests under
    /// `path` as `spec` says (`--status 503 --count 100`, `--drop`, …).
    pub fn fault(&self, path: &str, spec: &[&str]) {
        let mut args = vec!["sandbox", "fault", "add", path];
        args.extend_from_slice(spec);
        self.sb(&args).success();
    }

    /// `sandbox click jobadder` (serve must be running at the button's
    /// URL): the page's outcome as JSON data.
    pub fn click_jobadder(&self, user: &str, candidate: &str) -> Value {
        self.click("jobadder", user, candidate, &["--json"])
            .success()
            .json()["data"]
            .clone()
    }

    /// `sandbox click PROVIDER --user USER` on a JobAdder candidate or a
    /// Salesforce contact (`record`), with `extra` flags; the run, unchecked.
    pub fn click(&self, provider: &str, user: &str, record: &str, extra: &[&str]) -> Run {
        let on = if provider == "salesforce" {
            "--contact"
        } else {
            "--candidate"
        };
        let mut args = vec!["sandbox", "click", provider, "--user", user, on, record];
        args.extend_from_slice(extra);
        self.sb(&args)
    }

    pub fn new() -> Sandboxed {
        let home = Home::new().env("ATSLINK_ORG", "acme");
        let (ja_port, sf_port) = (free_port(), free_port());
        std::fs::create_dir_all(home.file("sandbox")).unwrap();
        home.write_sandbox_config(
            format!(
                "[providers.jobadder]\nredirect_uri = \"http://127.0.0.1:{ja_port}/callback\"\n\
                 partner_action_url = \"https://cv.example/launch?candidate={{candidateId}}&user={{userId}}\"\n\n\
                 [providers.salesforce]\nredirect_uri = \"http://127.0.0.1:{sf_port}/OauthRedirect\"\n"
            ),
        )
        .unwrap();
        let s = Sandboxed {
            home,
            ja_port,
            sf_port,
        };
        s.sb(&[
            "sandbox",
            "app",
            "register-redirect",
            "jobadder",
            &s.ja_redirect(),
        ])
        .success();
        s.sb(&[
            "sandbox",
            "app",
            "register-redirect",
            "salesforce",
            &s.sf_redirect(),
        ])
        .success();
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

    pub fn ja_redirect(&self) -> String {
        format!("http://127.0.0.1:{}/callback", self.ja_port)
    }

    pub fn sf_redirect(&self) -> String {
        format!("http://127.0.0.1:{}/OauthRedirect", self.sf_port)
    }

    /// Runs `atslink --sandbox ARGS`.
    pub fn sb(&self, args: &[&str]) -> Run {
        self.sb_env(args, "", &[])
    }

    pub fn sb_env(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
        let mut full = vec!["--sandbox"];
        full.extend_from_slice(args);
        self.home.run_env(&full, stdin, env)
    }

    /// `integration link|relink PROVIDER` with a scripted browser that logs
    /// in as `who` and allows (or denies).
    pub fn consent(
        &self,
        verb: &str,
        provider: &str,
        who: (&str, &str),
        allow: bool,
        extra: &[&str],
    ) -> Run {
        let browser = browser(who, allow);
        let mut args = vec!["integration", verb, provider];
        if !extra.contains(&"--timeout") {
            args.extend_from_slice(&["--timeout", "60s"]);
        }
        args.extend_from_slice(extra);
        self.sb_env(&args, "", &[("BROWSER", &browser)])
    }

    /// The links as `integration list --json` shows them (it exits 3 when
    /// one is broken).
    pub fn links(&self) -> Vec<Value> {
        let run = self.sb(&["integration", "list", "--json"]);
        assert!(matches!(run.code, 0 | 3), "{run:?}");
        run.json()["data"].as_array().unwrap().clone()
    }

    pub fn link(&self, provider: &str) -> Option<Value> {
        self.links().into_iter().find(|l| l["provider"] == provider)
    }

    /// The sandbox credential store's entries.
    pub fn stored(&self) -> serde_json::Map<String, Value> {
        std::fs::read(self.home.file("sandbox/credentials.json"))
            .ok()
            .map(|b| serde_json::from_slice(&b).unwrap())
            .unwrap_or_default()
    }
}

pub fn browser(who: (&str, &str), allow: bool) -> String {
    format!(
        "{BIN} sandbox browse --user {} --password {}{}",
        who.0,
        who.1,
        if allow { "" } else { " --deny" }
    )
}

#[test]
fn jobadder_link_list_unlink() {
    let s = Sandboxed::new();
    let run = s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    assert!(
        run.stderr.contains("Linked acme to JobAdder account 48213"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(JA_ADMIN.0));
    assert!(run.stderr.contains("Actions-menu button"), "{}", run.stderr);
    assert!(
        run.stderr.contains("note: sandbox"),
        "the sandbox banner: {}",
        run.stderr
    );

    let link = s.link("jobadder").expect("listed");
    assert_eq!(link["org"], "acme");
    assert_eq!(link["account_id"], "48213");
    assert_eq!(link["authorised_by"], JA_ADMIN.0);
    assert_eq!(link["authorised_by_admin"], true);
    assert_eq!(link["health"]["status"], "ok");
    assert!(link["partner_action_id"].is_string());
    assert!(
        link["api_base"]
            .as_str()
            .unwrap()
            .ends_with("/jobadder/api/v2")
    );
    assert!(s.stored().contains_key("org/acme/jobadder/tokens"));

    // Linking twice is a conflict with the relink hint.
    s.consent("link", "jobadder", JA_ADMIN, true, &[])
        .code(5)
        .stderr_has("already linked")
        .stderr_has("atslink --sandbox integration relink jobadder --org acme");
    // The organisation cannot be deleted while linked.
    s.sb(&["org", "delete", "acme", "--yes"]).code(5);

    s.sb(&["integration", "unlink", "jobadder"])
        .code(2)
        .stderr_has("--yes");
    let out = s
        .sb(&["integration", "unlink", "jobadder", "--yes", "--json"])
        .success()
        .json();
    assert_eq!(
        out["data"]["not_cleaned"].as_array().unwrap().len(),
        0,
        "{out}"
    );
    assert!(
        out["data"]["cleaned"][0]
            .as_str()
            .unwrap()
            .contains("Actions-menu button")
    );
    assert!(s.link("jobadder").is_none());
    assert!(!s.stored().contains_key("org/acme/jobadder/tokens"));
    let audit = s.sb(&["audit", "--org", "acme", "--json"]).success().json();
    let actions: Vec<&str> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(&actions[..2], ["integration.unlink", "integration.link"]);
}

#[test]
fn denied_and_non_admin_consent() {
    let s = Sandboxed::new();
    let denied = s
        .consent("link", "jobadder", JA_ADMIN, false, &[])
        .code(3)
        .stderr_has("did not grant access (access_denied")
        .stderr_has("choose Allow");
    assert!(
        !denied.stderr.contains("may not grant"),
        "{}",
        denied.stderr
    );
    // A non-admin is not told to click Allow again: someone else must.
    let refused = s
        .consent("link", "jobadder", JA_RECRUITER, true, &[])
        .code(3)
        .stderr_has("may not grant API access")
        .stderr_has(
            "only JobAdder administrators (or users with the \"Grant API access to Integration partners\" permission) can link",
        )
        .stderr_has("ask an administrator");
    assert!(
        !refused.stderr.contains("choose Allow"),
        "{}",
        refused.stderr
    );
    assert!(s.link("jobadder").is_none());
    assert!(s.stored().is_empty());

    // A non-admin holding the permission may link, as in JobAdder.
    s.consent("link", "jobadder", JA_TEAM_LEAD, true, &[])
        .success();
    let link = s.link("jobadder").unwrap();
    assert_eq!(link["authorised_by"], JA_TEAM_LEAD.0);
    assert_eq!(link["authorised_by_admin"], false);
}

/// Waits until something listens on the port (the link command's
/// listener), bounded.
fn wait_listening(port: u16) {
    let until = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "nothing listened on {port}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn http_get(port: u16, target: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn the_listener_ignores_strangers_and_wrong_state() {
    let s = Sandboxed::new();
    let child = s
        .home
        .command(&[
            "--sandbox",
            "integration",
            "link",
            "jobadder",
            "--timeout",
            "4s",
        ])
        .env("BROWSER", "true")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_listening(s.ja_port);
    assert!(http_get(s.ja_port, "/favicon.ico").starts_with("HTTP/1.1 404"));
    assert!(
        http_get(s.ja_port, "/callback?code=stolen&state=not-yours").starts_with("HTTP/1.1 400")
    );
    // Garbage and an oversized request are dropped without killing it.
    let mut raw = TcpStream::connect(("127.0.0.1", s.ja_port)).unwrap();
    let _ = raw.write_all(&vec![b'A'; 40_000]);
    drop(raw);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no answer from the consent page within 4 s"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 callback with a wrong state was ignored"),
        "{stderr}"
    );
    assert!(s.link("jobadder").is_none());
}

#[test]
fn port_in_use_and_redirect_mismatch() {
    let s = Sandboxed::new();
    let _busy = TcpListener::bind(("127.0.0.1", s.ja_port)).unwrap();
    s.consent("link", "jobadder", JA_ADMIN, true, &[])
        .code(7)
        .stderr_has(&format!("port {} is in use", s.ja_port))
        .stderr_has("providers.jobadder.redirect_uri");
    drop(_busy);

    // A redirect URI the app never registered: the provider shows an error
    // page and never redirects, so the link waits and gives up.
    let other = free_port();
    s.home
        .write_sandbox_config(format!(
            "[providers.jobadder]\nredirect_uri = \"http://127.0.0.1:{other}/callback\"\n"
        ))
        .unwrap();
    s.consent("link", "jobadder", JA_ADMIN, true, &["--timeout", "3s"])
        .code(1)
        .stderr_has("no answer from the consent page");
    assert!(s.link("jobadder").is_none());
}

/// A browser command that fails is said at once, while the wait goes on
/// (the page may be open anyway, or the URL opened by hand).
#[test]
fn a_failing_browser_command_is_reported_while_the_link_waits() {
    let s = Sandboxed::new();
    let run = s
        .sb_env(
            &["integration", "link", "jobadder", "--timeout", "1s"],
            "",
            &[("BROWSER", "false")],
        )
        .code(1)
        .stderr_has("no answer from the consent page");
    let failed = run
        .stderr
        .find("the browser command `false` failed")
        .unwrap_or_else(|| panic!("not reported: {}", run.stderr));
    assert!(
        failed < run.stderr.find("no answer").unwrap(),
        "reported only after the wait: {}",
        run.stderr
    );
    assert!(s.link("jobadder").is_none());
}

#[test]
fn no_browser_with_a_pasted_url() {
    let s = Sandboxed::new();
    // The admin is elsewhere: the local port is taken (by something else),
    // so only the pasted address can finish the link.
    let _busy = TcpListener::bind(("127.0.0.1", s.ja_port)).unwrap();
    let mut child = s
        .home
        .command(&[
            "--sandbox",
            "integration",
            "link",
            "jobadder",
            "--no-browser",
            "--timeout",
            "60s",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = String::new();
    let url = loop {
        let mut buf = [0u8; 4096];
        let n = stderr.read(&mut buf).unwrap();
        assert!(n > 0, "link exited early: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        if let Some(line) = seen
            .lines()
            .find(|l| l.trim_start().starts_with("http") && l.contains("authorize"))
            && seen.contains("paste that whole address")
        {
            break line.trim().to_string();
        }
    };
    // The admin's browser, which stops at the final redirect.
    let admin = Home::new();
    let redirect = admin
        .run(&[
            "sandbox",
            "browse",
            &url,
            "--user",
            JA_ADMIN.0,
            "--password",
            JA_ADMIN.1,
            "--no-follow",
        ])
        .success()
        .stdout
        .trim()
        .to_string();
    assert!(redirect.contains("code="), "{redirect}");
    let mut stdin = child.stdin.take().unwrap();
    // Junk gets an answer (and the wait goes on), before anything else is
    // pasted.
    writeln!(stdin, "not a url").unwrap();
    let mut answer = String::new();
    while !answer.contains("not the redirect URL") {
        let mut buf = [0u8; 4096];
        let n = stderr.read(&mut buf).unwrap();
        assert!(n > 0, "link exited after junk: {answer}");
        answer.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(answer.contains("paste the address"), "{answer}");
    writeln!(stdin, "{redirect}").unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{seen}{rest}");
    assert!(rest.contains("Linked acme to JobAdder"), "{rest}");
}

#[test]
fn no_browser_stops_at_the_end_of_stdin() {
    let s = Sandboxed::new();
    let started = Instant::now();
    let run = s
        .sb_env(
            &[
                "integration",
                "link",
                "jobadder",
                "--no-browser",
                "--timeout",
                "5m",
            ],
            "http://127.0.0.1:1/elsewhere?code=x&state=y\n",
            &[],
        )
        .code(1)
        .stderr_has("callback path")
        .stderr_has("stdin ended before the redirect URL was pasted");
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "waited out the timeout: {run:?}"
    );
    assert!(s.link("jobadder").is_none());
}

#[test]
fn relink_keeps_the_old_link_until_the_new_one_is_stored() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    let before = s.stored()["org/acme/jobadder/tokens"].clone();
    let link_before = s.link("jobadder").unwrap();

    // A failed relink (denied) changes nothing.
    s.consent("relink", "jobadder", JA_ADMIN, false, &[])
        .code(3);
    assert_eq!(s.stored()["org/acme/jobadder/tokens"], before);
    assert_eq!(
        s.link("jobadder").unwrap()["linked_at"],
        link_before["linked_at"]
    );

    // A consent from another JobAdder account is refused…
    s.consent("relink", "jobadder", JA_OTHER_ADMIN, true, &[])
        .code(5)
        .stderr_has("account 51877")
        .stderr_has("--allow-account-change");
    assert_eq!(s.stored()["org/acme/jobadder/tokens"], before);
    assert_eq!(s.link("jobadder").unwrap()["account_id"], "48213");

    // …unless confirmed.
    s.consent(
        "relink",
        "jobadder",
        JA_OTHER_ADMIN,
        true,
        &["--allow-account-change"],
    )
    .success();
    let after = s.link("jobadder").unwrap();
    assert_eq!(after["account_id"], "51877");
    assert_ne!(s.stored()["org/acme/jobadder/tokens"], before);

    // Relinking what is not linked is "not linked" (3), as everywhere.
    s.consent("relink", "salesforce", SF_ADMIN, true, &[])
        .code(3)
        .stderr_has("atslink --sandbox integration link salesforce --org acme");
}

/// An organisation without the link a command needs fails the same way
/// whichever command found out: exit 3 (DESIGN: "no link"), JSON code
/// `auth`, the same message and the same `integration link` hint.
#[test]
fn not_linked_is_one_error_whichever_command_meets_it() {
    let s = Sandboxed::new();
    let cases: &[(&[&str], &str)] = &[
        (&["integration", "unlink", "jobadder", "--yes"], "jobadder"),
        (&["integration", "unlink", "flare", "--yes"], "flare"),
        (&["integration", "relink", "jobadder"], "jobadder"),
        (&["integration", "button"], "jobadder"),
        (&["token", "refresh", "--provider", "jobadder"], "jobadder"),
        (
            &["token", "refresh", "--provider", "salesforce"],
            "salesforce",
        ),
        (&["flare", "push", "--candidate", "30001"], "jobadder"),
        (
            &["flare", "auto", "on", "--public-url", "https://a.example"],
            "jobadder",
        ),
        (&["flare", "auto", "off", "--yes"], "jobadder"),
        (&["flare", "mapping"], "jobadder"),
        (&["org", "check", "--only", "jobadder"], "jobadder"),
        (&["org", "check", "--only", "flare"], "flare"),
        (
            &[
                "sandbox",
                "click",
                "salesforce",
                "--user",
                "u",
                "--contact",
                "c",
            ],
            "salesforce",
        ),
    ];
    for (args, provider) in cases {
        let label = match *provider {
            "jobadder" => "JobAdder",
            "salesforce" => "Salesforce",
            _ => "Flare",
        };
        let hint = format!("atslink --sandbox integration link {provider} --org acme");
        let run = s.sb(args).code(3);
        assert!(
            run.stderr
                .contains(&format!("acme is not linked to {label}")),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(&hint), "{args:?}: {}", run.stderr);
        let mut json = args.to_vec();
        json.push("--json");
        let doc = s.sb(&json).code(3).json();
        assert_eq!(doc["ok"], false, "{args:?}: {doc}");
        assert_eq!(doc["error"]["code"], "auth", "{args:?}: {doc}");
        assert!(
            doc["error"]["hint"].as_str().unwrap().contains(&hint),
            "{args:?}: {doc}"
        );
    }
    // An organisation with no link at all: the same exit code and kind.
    let doc = s.sb(&["token", "refresh", "--json"]).code(3).json();
    assert_eq!(doc["error"]["code"], "auth", "{doc}");
    assert!(
        doc["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("atslink --sandbox integration link jobadder --org acme"),
        "{doc}"
    );
    // A diagnosis carries it as its failing check, with the same fix.
    let run = s.sb(&["flare", "diagnose", "--candidate", "30001"]).code(3);
    assert!(
        run.stdout.contains("acme is not linked to JobAdder"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("atslink --sandbox integration link jobadder --org acme"),
        "{}",
        run.stdout
    );
    // With only Flare linked, the JobAdder side still says so.
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        FLARE_KEY,
        &[],
    )
    .success();
    s.sb(&["flare", "push", "--candidate", "30001"])
        .code(3)
        .stderr_has("acme is not linked to JobAdder")
        .stderr_has("atslink --sandbox integration link jobadder --org acme");
}

#[test]
fn expired_link_shows_broken_then_relink_fixes_it() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "clock", "advance", "10d"]).success();
    assert_eq!(s.link("jobadder").unwrap()["health"]["status"], "expiring");
    s.sb(&["sandbox", "clock", "advance", "5d"]).success();
    let link = s.link("jobadder").unwrap();
    assert_eq!(link["health"]["status"], "broken");
    assert!(
        link["health"]["reason"]
            .as_str()
            .unwrap()
            .contains("unused for more than 14 days")
    );
    assert_eq!(
        link["health"]["remedy"],
        "atslink --sandbox integration relink jobadder --org acme"
    );
    // Listing a broken link is a failure for scripts, as `token status`.
    let table = s.sb(&["integration", "list"]).code(3);
    assert!(
        table.stdout.contains("broken: refresh token unused"),
        "{}",
        table.stdout
    );
    s.sb(&["integration", "list", "--json"]).code(3);

    s.consent("relink", "jobadder", JA_ADMIN, true, &[])
        .success();
    assert_eq!(s.link("jobadder").unwrap()["health"]["status"], "ok");
}

#[test]
fn unlink_with_a_dead_token_still_unlinks() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    // The authorising user is deleted and the access token has expired:
    // nothing can be done at JobAdder any more.
    s.sb(&["sandbox", "user", "delete", JA_ADMIN.0]).success();
    s.sb(&["sandbox", "clock", "advance", "2h"]).success();
    let out = s
        .sb(&["integration", "unlink", "jobadder", "--yes", "--json"])
        .success();
    assert!(out.stderr.contains("left behind"), "{}", out.stderr);
    let doc = out.json();
    let left = doc["data"]["not_cleaned"][0].as_str().unwrap();
    assert!(left.contains("Actions-menu button"), "{left}");
    assert!(s.link("jobadder").is_none());
    assert!(!s.stored().contains_key("org/acme/jobadder/tokens"));
}

#[test]
fn salesforce_web_flow_with_pkce() {
    let s = Sandboxed::new();
    let run = s
        .consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    assert!(
        run.stderr
            .contains("Linked acme to Salesforce account 00D000000000SBX"),
        "{}",
        run.stderr
    );
    let link = s.link("salesforce").unwrap();
    assert_eq!(link["details"]["flow"], "authorization_code");
    assert_eq!(link["authorised_by"], SF_ADMIN.0);
    assert!(
        link["api_base"]
            .as_str()
            .unwrap()
            .ends_with("/salesforce/instance")
    );

    s.consent("relink", "salesforce", SF_OTHER_ADMIN, true, &[])
        .code(5)
        .stderr_has("--allow-account-change");
    assert_eq!(
        s.link("salesforce").unwrap()["account_id"],
        "00D000000000SBX"
    );

    let out = s
        .sb(&["integration", "unlink", "salesforce", "--yes", "--json"])
        .success()
        .json();
    assert_eq!(out["data"]["cleaned"][0], "Salesforce grant revoked");
}

#[test]
fn salesforce_device_and_jwt_flows() {
    let s = Sandboxed::new();
    let run = s
        .consent("link", "salesforce", SF_ADMIN, true, &["--device"])
        .success();
    assert!(run.stderr.contains("enter the code"), "{}", run.stderr);
    assert_eq!(s.link("salesforce").unwrap()["details"]["flow"], "device");
    s.sb(&["integration", "unlink", "salesforce", "--yes"])
        .success();

    let key = s.home.file("sf-key.pem");
    s.sb(&["sandbox", "jwt-key", "--out", key.to_str().unwrap()])
        .success();
    s.sb(&[
        "integration",
        "link",
        "salesforce",
        "--jwt-key",
        key.to_str().unwrap(),
        "--username",
        SF_ADMIN.0,
    ])
    .success();
    let link = s.link("salesforce").unwrap();
    assert_eq!(link["details"]["flow"], "jwt_bearer");
    assert!(s.stored().contains_key("org/acme/salesforce/jwt_key"));
    s.sb(&[
        "integration",
        "link",
        "salesforce",
        "--jwt-key",
        "/nonexistent.pem",
        "--username",
        "x",
    ])
    .code(5);
}

#[test]
fn flare_links_with_a_verified_key() {
    let s = Sandboxed::new();
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        "wrong-key\n",
        &[],
    )
    .code(3)
    .stderr_has("checking the Flare API key");
    assert!(s.stored().is_empty());
    s.sb(&["integration", "link", "flare"])
        .code(2)
        .stderr_has("--api-key-stdin");
    let run = s
        .sb_env(
            &["integration", "link", "flare", "--api-key-stdin"],
            &format!("{FLARE_KEY}\n"),
            &[],
        )
        .success();
    assert!(
        run.stderr.contains("Linked acme to Flare"),
        "{}",
        run.stderr
    );
    assert!(s.stored().contains_key("org/acme/flare/api_key"));
    assert_eq!(s.link("flare").unwrap()["health"]["status"], "ok");
    // The same Flare account for a second organisation: refused in Flare's
    // own terms (no Actions menu, no sign-in).
    s.sb(&["org", "create", "beta", "--name", "Beta Staffing"])
        .success();
    s.sb_env(
        &[
            "integration",
            "link",
            "flare",
            "--org",
            "beta",
            "--api-key-stdin",
        ],
        &format!("{FLARE_KEY}\n"),
        &[],
    )
    .code(5)
    .stderr_has("already linked to organisation acme")
    .stderr_has("into one Flare account")
    .stderr_has("use another Flare account's API key");
    s.sb(&["integration", "unlink", "flare", "--yes"]).success();
    assert!(!s.stored().contains_key("org/acme/flare/api_key"));
}

/// The partner actions (Actions-menu buttons) in a sandbox JobAdder account.
fn buttons(s: &Sandboxed, account: u64) -> Vec<Value> {
    s.sb(&["sandbox", "partner-actions", "--json"])
        .success()
        .json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["account"] == account)
        .cloned()
        .collect()
}

#[test]
fn one_account_is_not_silently_linked_to_two_organisations() {
    let s = Sandboxed::new();
    s.sb(&["org", "create", "beta", "--name", "Beta Staffing"])
        .success();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.consent("link", "jobadder", JA_ADMIN, true, &["--org", "beta"])
        .code(5)
        .stderr_has("account 48213 is already linked to organisation acme")
        .stderr_has("two buttons in the Actions menu")
        .stderr_has("sign in to another account")
        .stderr_has("--allow-shared-account");
    assert_eq!(buttons(&s, 48213).len(), 1, "no second button");
    let beta = |s: &Sandboxed| -> Vec<Value> {
        s.sb(&["integration", "list", "--org", "beta", "--json"])
            .success()
            .json()["data"]
            .as_array()
            .unwrap()
            .clone()
    };
    assert_eq!(beta(&s), Vec::<Value>::new());

    // Beta links another account; acme cannot move onto it silently either.
    s.consent("link", "jobadder", JA_OTHER_ADMIN, true, &["--org", "beta"])
        .success();
    s.consent(
        "relink",
        "jobadder",
        JA_OTHER_ADMIN,
        true,
        &["--allow-account-change"],
    )
    .code(5)
    .stderr_has("already linked to organisation beta");
    assert_eq!(
        s.link("jobadder").unwrap()["account_id"],
        "48213",
        "acme unchanged"
    );
    assert_eq!(buttons(&s, 51877).len(), 1);

    // Shared on purpose.
    s.sb(&[
        "integration",
        "unlink",
        "jobadder",
        "--org",
        "beta",
        "--yes",
    ])
    .success();
    s.consent(
        "link",
        "jobadder",
        JA_ADMIN,
        true,
        &["--org", "beta", "--allow-shared-account"],
    )
    .success();
    assert_eq!(beta(&s)[0]["account_id"], "48213");
    assert_eq!(s.link("jobadder").unwrap()["account_id"], "48213");
}

#[test]
fn the_button_lives_and_dies_with_the_link() {
    let s = Sandboxed::new();
    // The link cannot be stored (its credential store cannot be written)
    // after the button was registered: the button goes too.
    std::fs::create_dir_all(s.home.file("sandbox/credentials.json/blocked")).unwrap();
    s.consent("link", "jobadder", JA_ADMIN, true, &[])
        .code(1)
        .stderr_has("was removed again");
    assert_eq!(buttons(&s, 48213), Vec::<Value>::new());
    std::fs::remove_dir_all(s.home.file("sandbox/credentials.json")).unwrap();

    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    assert_eq!(buttons(&s, 48213).len(), 1);
    // A move to another account takes the button along, even once the old
    // access token has expired.
    s.sb(&["sandbox", "clock", "advance", "2h"]).success();
    s.consent(
        "relink",
        "jobadder",
        JA_OTHER_ADMIN,
        true,
        &["--allow-account-change"],
    )
    .success()
    .stderr_has("Removed from JobAdder account 48213: the Actions-menu button");
    assert_eq!(buttons(&s, 48213), Vec::<Value>::new());
    let moved = buttons(&s, 51877);
    assert_eq!(moved.len(), 1);
    assert_eq!(
        s.link("jobadder").unwrap()["partner_action_id"],
        moved[0]["action_id"].to_string()
    );
    // A relink within the account keeps its one button.
    s.consent("relink", "jobadder", JA_OTHER_ADMIN, true, &[])
        .success();
    assert_eq!(buttons(&s, 51877).len(), 1);
    s.sb(&["integration", "unlink", "jobadder", "--yes"])
        .success();
    assert_eq!(buttons(&s, 51877), Vec::<Value>::new());
}

#[test]
fn a_button_left_behind_is_adopted_not_duplicated() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    let first = buttons(&s, 48213);
    assert_eq!(first.len(), 1);
    // JobAdder refuses the delete, so unlink leaves the button behind…
    s.fault(
        &format!(
            "/jobadder/api/v2/partners/actions/{}",
            first[0]["action_id"]
        ),
        &["--status", "403"],
    );
    s.sb(&["integration", "unlink", "jobadder", "--yes"])
        .success()
        .stderr_has("left behind");
    assert_eq!(buttons(&s, 48213).len(), 1);
    // …and the next link takes it over instead of failing on its reference
    // or adding a second one.
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    assert_eq!(buttons(&s, 48213), first);
    assert_eq!(
        s.link("jobadder").unwrap()["partner_action_id"],
        first[0]["action_id"].to_string()
    );
}

#[test]
fn two_links_on_one_host_take_the_registered_callback_ports_in_turn() {
    let s = Sandboxed::new();
    s.sb(&["org", "create", "beta", "--name", "Beta Staffing"])
        .success();
    let second = free_port();
    let second_uri = format!("http://127.0.0.1:{second}/callback");
    s.sb(&[
        "sandbox",
        "app",
        "register-redirect",
        "jobadder",
        &second_uri,
    ])
    .success();
    s.home
        .write_sandbox_config(format!(
            "[providers.jobadder]\nredirect_uri = [\"{}\", \"{second_uri}\"]\n",
            s.ja_redirect()
        ))
        .unwrap();
    // The first agent's link waits on the first port (its admin is slow)…
    let mut first = s
        .home
        .command(&[
            "--sandbox",
            "integration",
            "link",
            "jobadder",
            "--timeout",
            "60s",
        ])
        .env("BROWSER", "true")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_listening(s.ja_port);
    // …so the second one listens on the next registered URI and finishes.
    let run = s
        .consent("link", "jobadder", JA_ADMIN, true, &["--org", "beta", "-v"])
        .success();
    assert!(
        run.stderr
            .contains(&format!("listening for the callback on {second_uri}")),
        "{}",
        run.stderr
    );
    let _ = first.kill();
    let _ = first.wait();
    let beta = s
        .sb(&["integration", "list", "--org", "beta", "--json"])
        .success()
        .json();
    assert_eq!(beta["data"][0]["account_id"], "48213");

    // With every listed port taken the link fails at once, naming them.
    let _a = TcpListener::bind(("127.0.0.1", s.ja_port)).unwrap();
    let _b = TcpListener::bind(("127.0.0.1", second)).unwrap();
    s.consent(
        "link",
        "jobadder",
        JA_ADMIN,
        true,
        &["--allow-shared-account"],
    )
    .code(7)
    .stderr_has(&format!("ports {}, {second} are all in use", s.ja_port));
}

/// The organisation is deleted, and another one created, while the admin is
/// still on the consent page: the link must not land in the newcomer (an
/// organisation id is never reused) and the command says what happened.
#[test]
fn an_organisation_deleted_during_the_consent_gets_nothing() {
    let s = Sandboxed::new();
    let script = s.home.file("browser.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n{BIN} --sandbox org delete acme --yes >/dev/null 2>&1 || exit 9\n\
             {BIN} --sandbox org create other --name Other >/dev/null 2>&1 || exit 9\n\
             exec {}  \"$1\"\n",
            browser(JA_ADMIN, true)
        ),
    )
    .unwrap();
    let run = s
        .sb_env(
            &["integration", "link", "jobadder", "--timeout", "60s"],
            "",
            &[("BROWSER", &format!("sh {}", script.display()))],
        )
        .code(4);
    assert!(
        run.stderr
            .contains("was deleted while the link was under way"),
        "{}",
        run.stderr
    );
    let other = s.sb(&["integration", "list", "--org", "other", "--json"]);
    assert_eq!(other.json()["data"], serde_json::json!([]), "{other:?}");
    assert!(
        s.stored().keys().all(|k| !k.contains("refresh_token")),
        "no token kept: {:?}",
        s.stored().keys()
    );
}

#[test]
fn each_provider_link_subcommand_shows_only_its_options() {
    let s = Sandboxed::new();
    let help = |verb: &str, provider: &str| {
        s.sb(&["integration", verb, provider, "--help"])
            .success()
            .stdout
    };
    for verb in ["link", "relink"] {
        let ja = help(verb, "jobadder");
        assert!(
            ja.contains("--no-browser") && ja.contains("--timeout"),
            "{ja}"
        );
        for other in [
            "--client-id",
            "--device",
            "--jwt-key",
            "--api-key-stdin",
            "--api-url",
        ] {
            assert!(!ja.contains(other), "jobadder {verb} shows {other}: {ja}");
        }
        let sf = help(verb, "salesforce");
        for own in [
            "--client-id",
            "--client-secret-stdin",
            "--login-url",
            "--device",
            "--jwt-key",
        ] {
            assert!(sf.contains(own), "salesforce {verb} lacks {own}: {sf}");
        }
        assert!(
            !sf.contains("--api-key-stdin") && !sf.contains("--api-url"),
            "{sf}"
        );
        let fl = help(verb, "flare");
        assert!(
            fl.contains("--api-key-stdin") && fl.contains("--api-url"),
            "{fl}"
        );
        for other in ["--client-id", "--no-browser", "--timeout", "--device"] {
            assert!(!fl.contains(other), "flare {verb} shows {other}: {fl}");
        }
    }
    assert!(help("relink", "jobadder").contains("--allow-account-change"));
    // Another provider's option is a usage error, before anything happens.
    s.sb(&["integration", "link", "jobadder", "--client-id", "x"])
        .code(2);
    s.sb(&["integration", "link", "flare", "--no-browser"])
        .code(2);
    assert!(s.link("jobadder").is_none());
}

#[test]
fn the_old_spelling_with_options_before_the_provider_still_links() {
    let s = Sandboxed::new();
    let browser = browser(JA_ADMIN, true);
    s.sb_env(
        &["integration", "link", "--timeout", "60s", "jobadder"],
        "",
        &[("BROWSER", &browser)],
    )
    .success();
    assert!(s.link("jobadder").is_some());
    s.sb_env(
        &["integration", "link", "--api-key-stdin", "flare"],
        FLARE_KEY,
        &[],
    )
    .success();
    assert!(s.link("flare").is_some());
    // And the relink's old order.
    s.sb_env(
        &["integration", "relink", "--timeout", "60s", "jobadder"],
        "",
        &[("BROWSER", &browser)],
    )
    .success();
}

/// `integration button`: the button as JobAdder has it next to where linking
/// points it now; `--update` moves it to serve's launch route once a public
/// URL is configured, without a relink; a deleted button is said to be gone.
#[test]
fn the_button_is_shown_as_jobadder_has_it_and_updated_in_place() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    let template = "https://cv.example/launch?candidate={candidateId}&user={userId}";
    let shown = s.sb(&["integration", "button", "--json"]).success().json();
    let b = &shown["data"];
    assert_eq!(b["exists"], true, "{b}");
    assert_eq!(b["url"], template);
    assert_eq!(b["expected_url"], template);
    let id = b["action_id"].as_str().unwrap().to_string();

    // The team puts `atslink serve` behind a public URL.
    s.home
        .append_sandbox_config("\n[serve]\npublic_url = \"https://atslink.example.com\"\n");
    let launch =
        "https://atslink.example.com/launch/jobadder/acme?candidate={candidateId}&user={userId}";
    let stale = s.sb(&["integration", "button"]).success();
    assert!(
        stale.stdout.contains("not as configured"),
        "{}",
        stale.stdout
    );
    // The listing says where the button really points (where it was
    // registered), and where the configuration would move it.
    let listed = s.link("jobadder").unwrap();
    assert_eq!(listed["button"]["url"], template, "{listed}");
    assert_eq!(listed["button"]["configured_url"], launch, "{listed}");
    let table = s.sb(&["integration", "list"]).success();
    assert!(
        table.stdout.contains(
            "(not the configured URL: `atslink --sandbox integration button --org acme --update`)"
        ),
        "{}",
        table.stdout
    );

    let updated = s
        .sb(&["integration", "button", "--update", "--json"])
        .success()
        .json();
    assert_eq!(updated["data"]["updated"], true);
    assert_eq!(
        updated["data"]["action_id"],
        id.as_str(),
        "the same button, not a new one"
    );
    let in_jobadder = s
        .sb(&["sandbox", "partner-actions", "--json"])
        .success()
        .json();
    let ours: Vec<&serde_json::Value> = in_jobadder["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action_id"].to_string().trim_matches('"') == id)
        .collect();
    assert_eq!(ours.len(), 1);
    assert_eq!(ours[0]["url"], launch);
    let listed = s.link("jobadder").unwrap();
    assert_eq!(listed["button"]["url"], launch, "{listed}");
    assert!(listed["button"]["configured_url"].is_null(), "{listed}");
    let audit = s.sb(&["audit", "--json"]).success().json();
    assert!(
        audit["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "integration.button"),
        "{audit}"
    );

    // Removed in JobAdder by an admin: shown as gone; --update says how to
    // register it again.
    s.sb(&["sandbox", "action", "delete", &id]).success();
    let gone = s.sb(&["integration", "button", "--json"]).success().json();
    assert_eq!(gone["data"]["exists"], false);
    s.sb(&["integration", "button", "--update"])
        .code(4)
        .stderr_has("the button is gone from JobAdder")
        .stderr_has("integration unlink jobadder --org acme --yes`, then `atslink --sandbox integration link jobadder --org acme");
    // (A relink keeps the stored id, so the button stays gone: the hint
    // does not send anyone there.)
    s.consent("relink", "jobadder", JA_ADMIN, true, &[])
        .success();
    let after = s.sb(&["integration", "button", "--json"]).success().json();
    assert_eq!(after["data"]["exists"], false, "{after}");
}
