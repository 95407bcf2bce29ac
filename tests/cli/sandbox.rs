//! The provider sandbox over real HTTP: an in-process server on a temporary
//! world, driven by real HTTP clients, the `atslink sandbox …` control
//! commands and the scripted browser (against a loopback listener opened
//! here). Time moves only through the world clock: no sleeps.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;

use atslink::sandbox::seed;
use reqwest::blocking::Client;
use serde_json::{Value, json};

use crate::harness::Home;

struct Sandbox {
    home: Home,
    server: atslink::sandbox::Running,
    http: Client,
}

fn sandbox() -> Sandbox {
    let home = Home::new();
    let world = atslink::sandbox::world_path(&atslink::sandbox::home(home.path()));
    let server = atslink::sandbox::start(&world, None).unwrap();
    let http = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Sandbox { home, server, http }
}

/// A loopback listener that answers one request (the OAuth callback) and
/// hands back its query.
struct Callback {
    uri: String,
    rx: mpsc::Receiver<Vec<(String, String)>>,
}

impl Callback {
    fn start() -> Callback {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let uri = format!(
            "http://127.0.0.1:{}/callback",
            l.local_addr().unwrap().port()
        );
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let (mut s, _) = l.accept().unwrap();
            let mut line = String::new();
            BufReader::new(s.try_clone().unwrap())
                .read_line(&mut line)
                .unwrap();
            let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            let body = "Linked: you can close this tab.";
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let q = url::Url::parse(&format!("http://x{target}")).unwrap();
            let _ = tx.send(q.query_pairs().into_owned().collect());
        });
        Callback { uri, rx }
    }

    fn params(&self) -> Vec<(String, String)> {
        self.rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("callback reached")
    }
}

fn param<'a>(p: &'a [(String, String)], k: &str) -> Option<&'a str> {
    p.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str())
}

impl Sandbox {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server.base_url)
    }

    fn ctl(&self, args: &[&str]) -> crate::harness::Run {
        self.home.run(args)
    }

    fn ja_authorize_url(&self, redirect: &str, scope: &str) -> String {
        let mut u = url::Url::parse(&self.url("/jobadder/id/connect/authorize")).unwrap();
        u.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", seed::JOBADDER_CLIENT_ID)
            .append_pair("scope", scope)
            .append_pair("redirect_uri", redirect)
            .append_pair("state", "st-123");
        u.to_string()
    }

    /// Runs the consent flow with the real `sandbox browse` command.
    fn ja_code(&self, user: &str, pw: &str, scope: &str) -> (String, String) {
        let cb = Callback::start();
        self.ctl(&["sandbox", "app", "register-redirect", "jobadder", &cb.uri])
            .success();
        let run = self
            .ctl(&[
                "sandbox",
                "browse",
                &self.ja_authorize_url(&cb.uri, scope),
                "--user",
                user,
                "--password",
                pw,
            ])
            .success();
        assert!(run.stdout.contains("result: allowed"), "{}", run.stdout);
        assert!(
            run.stdout.contains("Linked: you can close this tab."),
            "{}",
            run.stdout
        );
        let p = cb.params();
        assert_eq!(param(&p, "state"), Some("st-123"));
        (param(&p, "code").expect("a code").to_string(), cb.uri)
    }

    fn form(&self, path: &str, fields: &[(&str, &str)]) -> (u16, Value) {
        let r = self.http.post(self.url(path)).form(fields).send().unwrap();
        let s = r.status().as_u16();
        (s, r.json().unwrap_or(Value::Null))
    }

    fn ja_token(&self, fields: &[(&str, &str)]) -> (u16, Value) {
        let mut all = vec![
            ("client_id", seed::JOBADDER_CLIENT_ID),
            ("client_secret", seed::JOBADDER_CLIENT_SECRET),
        ];
        all.extend_from_slice(fields);
        self.form("/jobadder/id/connect/token", &all)
    }

    fn ja_link(&self, user: &str, pw: &str) -> Value {
        let (code, redirect) =
            self.ja_code(user, pw, "read write partner_ui_action offline_access");
        let (s, body) = self.ja_token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", &redirect),
        ]);
        assert_eq!(s, 200, "{body}");
        body
    }

    fn ja_refresh(&self, rt: &str) -> (u16, Value) {
        self.ja_token(&[("grant_type", "refresh_token"), ("refresh_token", rt)])
    }

    fn get(&self, url: &str, bearer: &str) -> reqwest::blocking::Response {
        self.http.get(url).bearer_auth(bearer).send().unwrap()
    }

    /// Moves the world clock to the start of a minute when the current one
    /// is nearly over, so a rate-limit check cannot straddle two windows.
    fn fresh_minute(&self) {
        let world = atslink::sandbox::world_path(&atslink::sandbox::home(self.home.path()));
        let second = atslink::sandbox::clock_now(&world).unwrap().second();
        if second > 45 {
            self.ctl(&["sandbox", "clock", "advance", &format!("{}s", 60 - second)])
                .success();
        }
    }

    fn grants(&self) -> Vec<Value> {
        self.ctl(&["sandbox", "grants", "--json"]).success().json()["data"]
            .as_array()
            .unwrap()
            .clone()
    }
}

#[test]
fn jobadder_code_exchange_is_single_use_and_redirect_exact() {
    let sb = sandbox();
    // An unregistered redirect URI: an error page, never a redirect.
    let r = sb
        .http
        .get(sb.ja_authorize_url("http://127.0.0.1:8976/callback/extra", "read"))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert!(r.text().unwrap().contains("redirect_uri"));

    let (code, redirect) = sb.ja_code(
        seed::JOBADDER_ADMIN_EMAIL,
        seed::JOBADDER_ADMIN_PASSWORD,
        "read offline_access",
    );
    let (s, body) = sb.ja_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("redirect_uri", "http://localhost:8976/callback"),
    ]);
    assert_eq!((s, body["error"].as_str()), (400, Some("invalid_grant")));

    let (code, redirect2) = sb.ja_code(
        seed::JOBADDER_ADMIN_EMAIL,
        seed::JOBADDER_ADMIN_PASSWORD,
        "read offline_access",
    );
    let _ = redirect;
    let (s, body) = sb.ja_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("redirect_uri", &redirect2),
    ]);
    assert_eq!(s, 200, "{body}");
    assert_eq!(body["expires_in"], 3600);
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["account"], 48213);
    assert_eq!(body["instance"], "sandbox-au1");
    assert_eq!(body["api"], sb.url("/jobadder/api/v2"));
    assert!(body["refresh_token"].is_string());
    // Single use.
    let (s, again) = sb.ja_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("redirect_uri", &redirect2),
    ]);
    assert_eq!((s, again["error"].as_str()), (400, Some("invalid_grant")));
    // Wrong secret.
    let (s, bad) = sb.form(
        "/jobadder/id/connect/token",
        &[
            ("client_id", seed::JOBADDER_CLIENT_ID),
            ("client_secret", "nope"),
            ("grant_type", "refresh_token"),
            ("refresh_token", "x"),
        ],
    );
    assert_eq!((s, bad["error"].as_str()), (401, Some("invalid_client")));

    // The API with the access token.
    let at = body["access_token"].as_str().unwrap();
    let me: Value = sb
        .get(
            &format!("{}/users/current", body["api"].as_str().unwrap()),
            at,
        )
        .json()
        .unwrap();
    assert_eq!(me["userId"], 1001);
    assert_eq!(me["admin"], true);

    // No offline_access: no refresh token.
    let (code, redirect) = sb.ja_code(
        seed::JOBADDER_ADMIN_EMAIL,
        seed::JOBADDER_ADMIN_PASSWORD,
        "read",
    );
    let (_, body) = sb.ja_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("redirect_uri", &redirect),
    ]);
    assert!(body.get("refresh_token").is_none(), "{body}");

    // Codes die after 5 minutes of world time.
    let (code, redirect) = sb.ja_code(
        seed::JOBADDER_ADMIN_EMAIL,
        seed::JOBADDER_ADMIN_PASSWORD,
        "read",
    );
    sb.ctl(&["sandbox", "clock", "advance", "6m"]).success();
    let (s, body) = sb.ja_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("redirect_uri", &redirect),
    ]);
    assert_eq!((s, body["error"].as_str()), (400, Some("invalid_grant")));
}

#[test]
fn jobadder_refresh_rotates_reuse_fails_and_idle_tokens_die() {
    let sb = sandbox();
    let first = sb.ja_link(seed::JOBADDER_ADMIN_EMAIL, seed::JOBADDER_ADMIN_PASSWORD);
    let rt1 = first["refresh_token"].as_str().unwrap();
    let (s, second) = sb.ja_refresh(rt1);
    assert_eq!(s, 200, "{second}");
    let rt2 = second["refresh_token"].as_str().unwrap();
    assert_ne!(rt1, rt2);
    let (s, reuse) = sb.ja_refresh(rt1);
    assert_eq!((s, reuse["error"].as_str()), (400, Some("invalid_grant")));

    // Access tokens live 60 minutes of world time.
    let api = second["api"].as_str().unwrap();
    let at = second["access_token"].as_str().unwrap();
    assert_eq!(
        sb.get(&format!("{api}/users/current"), at)
            .status()
            .as_u16(),
        200
    );
    sb.ctl(&["sandbox", "clock", "advance", "61m"]).success();
    assert_eq!(
        sb.get(&format!("{api}/users/current"), at)
            .status()
            .as_u16(),
        401
    );

    let (s, third) = sb.ja_refresh(rt2);
    assert_eq!(s, 200, "{third}");
    let rt3 = third["refresh_token"].as_str().unwrap();

    // 14 days unused: dead.
    let clock = sb
        .ctl(&["sandbox", "clock", "advance", "15d", "--json"])
        .success()
        .json();
    assert!(clock["data"]["offset_seconds"].as_i64().unwrap() >= 15 * 86_400);
    let (s, dead) = sb.ja_refresh(rt3);
    assert_eq!((s, dead["error"].as_str()), (400, Some("invalid_grant")));

    let grants = sb.grants();
    assert_eq!(grants.len(), 1);
    assert_eq!(grants[0]["provider"], "jobadder");
    assert_eq!(grants[0]["refreshes"], 2);
    assert_eq!(grants[0]["failed_refreshes"], 2);
    assert_eq!(grants[0]["reuse_detected"], 1);
    // Token values never appear in control output.
    let table = sb.ctl(&["sandbox", "grants"]).success();
    for t in [rt1, rt2, rt3, at] {
        assert!(!table.stdout.contains(t) && !table.stderr.contains(t));
    }
}

#[test]
fn jobadder_deactivated_and_deleted_users() {
    let sb = sandbox();
    let link = sb.ja_link(seed::JOBADDER_ADMIN2_EMAIL, seed::JOBADDER_ADMIN2_PASSWORD);
    let rt = link["refresh_token"].as_str().unwrap();
    sb.ctl(&["sandbox", "user", "deactivate", seed::JOBADDER_ADMIN2_EMAIL])
        .success();
    let (s, e) = sb.ja_refresh(rt);
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));
    sb.ctl(&["sandbox", "user", "reactivate", seed::JOBADDER_ADMIN2_EMAIL])
        .success();
    let (s, ok) = sb.ja_refresh(rt);
    assert_eq!(s, 200, "{ok}");
    sb.ctl(&["sandbox", "user", "delete", seed::JOBADDER_ADMIN2_EMAIL])
        .success();
    let (s, e) = sb.ja_refresh(ok["refresh_token"].as_str().unwrap());
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_request")));

    let users = sb
        .ctl(&[
            "sandbox",
            "user",
            "list",
            "--provider",
            "jobadder",
            "--json",
        ])
        .success()
        .json();
    let ops = users["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == seed::JOBADDER_ADMIN2_EMAIL)
        .unwrap()
        .clone();
    assert_eq!(ops["state"], "deleted");
    sb.ctl(&["sandbox", "user", "delete", "nobody@example.com"])
        .code(4);

    // Users: deleted ones only with Include=Deleted; paging shape.
    let admin = sb.ja_link(seed::JOBADDER_ADMIN_EMAIL, seed::JOBADDER_ADMIN_PASSWORD);
    let (api, at) = (
        admin["api"].as_str().unwrap(),
        admin["access_token"].as_str().unwrap(),
    );
    let plain: Value = sb.get(&format!("{api}/users"), at).json().unwrap();
    assert_eq!(plain["totalCount"], 3);
    let all: Value = sb
        .get(&format!("{api}/users?Include=Inactive,Deleted&Limit=2"), at)
        .json()
        .unwrap();
    assert_eq!(all["totalCount"], 4);
    assert_eq!(all["items"].as_array().unwrap().len(), 2);
    assert!(all["links"]["next"].as_str().unwrap().contains("Offset=2"));
    let by_email: Value = sb
        .get(
            &format!("{api}/candidates?Email=MIA.NGUYEN@example.com"),
            at,
        )
        .json()
        .unwrap();
    assert_eq!(by_email["totalCount"], 1);
    // Name: every word, any case; two different people share this one.
    let by_name: Value = sb
        .get(&format!("{api}/candidates?Name=noah%20PATEL"), at)
        .json()
        .unwrap();
    assert_eq!(by_name["totalCount"], 2);
    let by_name: Value = sb
        .get(
            &format!("{api}/candidates?Name=Patel&Email=noah.patel@example.org"),
            at,
        )
        .json()
        .unwrap();
    assert_eq!(by_name["items"][0]["candidateId"], 30007);
    let of_candidate: Value = sb
        .get(&format!("{api}/placements?CandidateId=30005"), at)
        .json()
        .unwrap();
    assert_eq!(of_candidate["totalCount"], 1);
    assert_eq!(of_candidate["items"][0]["placementId"], 40005);
    let r = sb.get(&format!("{api}/candidates?Limit=1001"), at);
    assert_eq!(r.status().as_u16(), 422);
}

#[test]
fn jobadder_non_admin_is_refused_and_deny_returns_access_denied() {
    let sb = sandbox();
    let cb = Callback::start();
    sb.ctl(&["sandbox", "app", "register-redirect", "jobadder", &cb.uri])
        .success();
    let run = sb
        .ctl(&[
            "sandbox",
            "browse",
            &sb.ja_authorize_url(&cb.uri, "read offline_access"),
            "--user",
            seed::JOBADDER_RECRUITER_EMAIL,
            "--password",
            seed::JOBADDER_RECRUITER_PASSWORD,
        ])
        .success();
    assert!(run.stdout.contains("result: refused"), "{}", run.stdout);
    let p = cb.params();
    assert_eq!(param(&p, "error"), Some("access_denied"));
    // Unlike a Deny, the refusal says why.
    assert!(
        param(&p, "error_description").is_some_and(|d| d.contains("Grant API access")),
        "{p:?}"
    );
    assert_eq!(param(&p, "state"), Some("st-123"));
    assert!(param(&p, "code").is_none());

    let cb = Callback::start();
    sb.ctl(&["sandbox", "app", "register-redirect", "jobadder", &cb.uri])
        .success();
    sb.ctl(&[
        "sandbox",
        "browse",
        &sb.ja_authorize_url(&cb.uri, "read"),
        "--user",
        seed::JOBADDER_ADMIN_EMAIL,
        "--password",
        seed::JOBADDER_ADMIN_PASSWORD,
        "--deny",
    ])
    .success();
    assert_eq!(param(&cb.params(), "error"), Some("access_denied"));

    // A wrong password: browse fails clearly.
    sb.ctl(&[
        "sandbox",
        "browse",
        &sb.ja_authorize_url("http://localhost:8976/callback", "read"),
        "--user",
        seed::JOBADDER_ADMIN_EMAIL,
        "--password",
        "wrong",
    ])
    .code(1)
    .stderr_has("refused");
    // An unregistered redirect: not the login page.
    sb.ctl(&[
        "sandbox",
        "browse",
        &sb.ja_authorize_url("http://localhost:9999/cb", "read"),
        "--user",
        seed::JOBADDER_ADMIN_EMAIL,
        "--password",
        seed::JOBADDER_ADMIN_PASSWORD,
    ])
    .code(1)
    .stderr_has("expected the login page");
}

#[test]
fn jobadder_partner_actions_and_rate_limit() {
    let sb = sandbox();
    let link = sb.ja_link(seed::JOBADDER_ADMIN_EMAIL, seed::JOBADDER_ADMIN_PASSWORD);
    let (api, at) = (
        link["api"].as_str().unwrap(),
        link["access_token"].as_str().unwrap(),
    );
    let r = sb.http.post(format!("{api}/partners/actions/Candidate")).bearer_auth(at)
        .json(&json!({"actionName": "Allsorter", "url": "https://x.example/{candidateId}", "urlType": "Popup"}))
        .send().unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let action: Value = r.json().unwrap();
    let list: Value = sb
        .get(&format!("{api}/partners/actions"), at)
        .json()
        .unwrap();
    assert_eq!(list["totalCount"], 1);
    let r = sb
        .http
        .post(format!("{api}/partners/actions/Candidate"))
        .bearer_auth(at)
        .json(&json!({}))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let r = sb
        .http
        .delete(format!("{api}/partners/actions/{}", action["actionId"]))
        .bearer_auth(at)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 204);

    sb.ctl(&["sandbox", "rate", "jobadder", "2"]).success();
    sb.fresh_minute();
    assert_eq!(
        sb.get(&format!("{api}/users/current"), at)
            .status()
            .as_u16(),
        200
    );
    assert_eq!(
        sb.get(&format!("{api}/users/current"), at)
            .status()
            .as_u16(),
        200
    );
    let r = sb.get(&format!("{api}/users/current"), at);
    assert_eq!(r.status().as_u16(), 429);
    let retry: i64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    // The next world minute has a fresh allowance.
    sb.ctl(&["sandbox", "clock", "advance", "60s"]).success();
    assert_eq!(
        sb.get(&format!("{api}/users/current"), at)
            .status()
            .as_u16(),
        200
    );
    sb.ctl(&["sandbox", "rate", "salesforce", "5"]).code(2);
}

fn pkce() -> (String, String) {
    use base64::Engine;
    let verifier = "sandbox-test-verifier-0123456789-abcdefghijklmnop".to_string();
    let d = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    (
        verifier,
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(d.as_ref()),
    )
}

impl Sandbox {
    fn sf_code(&self, challenge: &str) -> (String, String) {
        let cb = Callback::start();
        self.ctl(&["sandbox", "app", "register-redirect", "salesforce", &cb.uri])
            .success();
        let mut u =
            url::Url::parse(&self.url("/salesforce/login/services/oauth2/authorize")).unwrap();
        u.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", seed::SALESFORCE_CLIENT_ID)
            .append_pair("redirect_uri", &cb.uri)
            .append_pair("scope", "api refresh_token")
            .append_pair("code_challenge", challenge)
            .append_pair("code_challenge_method", "S256")
            .append_pair("state", "sf");
        let o = atslink::sandbox::browse(
            u.as_str(),
            seed::SALESFORCE_ADMIN_USERNAME,
            seed::SALESFORCE_ADMIN_PASSWORD,
            false,
            false,
        )
        .unwrap();
        assert_eq!(o.result, "allowed");
        (param(&cb.params(), "code").unwrap().to_string(), cb.uri)
    }

    fn sf_token(&self, fields: &[(&str, &str)]) -> (u16, Value) {
        self.form("/salesforce/login/services/oauth2/token", fields)
    }
}

#[test]
fn salesforce_pkce_rotation_and_family_revocation() {
    let sb = sandbox();
    let (verifier, challenge) = pkce();
    let (code, redirect) = sb.sf_code(&challenge);
    let wrong = "wrong-verifier-wrong-verifier-wrong-verifier-00";
    let (s, e) = sb.sf_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("redirect_uri", &redirect),
        ("code_verifier", wrong),
    ]);
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));

    sb.ctl(&["sandbox", "app", "salesforce", "--rotation", "on"])
        .success();
    let (code, redirect) = sb.sf_code(&challenge);
    let (s, tok) = sb.sf_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("client_secret", seed::SALESFORCE_CLIENT_SECRET),
        ("redirect_uri", &redirect),
        ("code_verifier", &verifier),
    ]);
    assert_eq!(s, 200, "{tok}");
    assert!(tok.get("expires_in").is_none());
    assert_eq!(tok["instance_url"], sb.url("/salesforce/instance"));
    assert!(
        tok["id"]
            .as_str()
            .unwrap()
            .ends_with("/00D000000000SBX/005000000000ADM")
    );
    let rt1 = tok["refresh_token"].as_str().unwrap();
    let refresh = |rt: &str| {
        sb.sf_token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", rt),
            ("client_id", seed::SALESFORCE_CLIENT_ID),
        ])
    };
    let (s, t2) = refresh(rt1);
    assert_eq!(s, 200, "{t2}");
    let rt2 = t2["refresh_token"].as_str().unwrap();
    assert_ne!(rt1, rt2);
    // Reusing the rotated token revokes the whole family, rt2 included.
    let (s, e) = refresh(rt1);
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));
    let (s, e) = refresh(rt2);
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));
    let at = t2["access_token"].as_str().unwrap();
    let r = sb.get(
        &sb.url("/salesforce/instance/services/data/v60.0/sobjects/User/005000000000ADM"),
        at,
    );
    assert_eq!(r.status().as_u16(), 401);
    let body: Value = r.json().unwrap();
    assert_eq!(body[0]["errorCode"], "INVALID_SESSION_ID");
    let g = sb.grants();
    let fam = g.iter().find(|f| f["provider"] == "salesforce").unwrap();
    assert_eq!(fam["refreshes"], 1);
    assert_eq!(fam["reuse_detected"], 1);
    assert_ne!(fam["state"], "live");

    // Without rotation the refresh token stays; an idle limit kills it.
    sb.ctl(&[
        "sandbox",
        "app",
        "salesforce",
        "--rotation",
        "off",
        "--idle-limit",
        "30d",
    ])
    .success();
    let (code, redirect) = sb.sf_code(&challenge);
    let (_, tok) = sb.sf_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("redirect_uri", &redirect),
        ("code_verifier", &verifier),
    ]);
    let rt = tok["refresh_token"].as_str().unwrap();
    let (s, t) = refresh(rt);
    assert_eq!(s, 200);
    assert!(t.get("refresh_token").is_none());
    let at = t["access_token"].as_str().unwrap();
    let user: Value = sb
        .get(
            &sb.url("/salesforce/instance/services/data/v60.0/sobjects/User/005000000000ADM"),
            at,
        )
        .json()
        .unwrap();
    assert_eq!(user["IsActive"], true);
    let q = sb.get(&sb.url("/salesforce/instance/services/data/v60.0/query?q=SELECT+ContentDocumentId,ContentDocument.Title+FROM+ContentDocumentLink+WHERE+LinkedEntityId+=+'003000000000C01'"), at);
    let q: Value = q.json().unwrap();
    assert_eq!(q["totalSize"], 2);
    assert_eq!(
        q["records"][0]["ContentDocument"]["Title"],
        "Grace Hopper CV"
    );
    let bad = sb.get(
        &sb.url(
            "/salesforce/instance/services/data/v60.0/query?q=SELECT+Id+FROM+ContentDocumentLink",
        ),
        at,
    );
    assert_eq!(bad.status().as_u16(), 400);
    assert_eq!(
        bad.json::<Value>().unwrap()[0]["errorCode"],
        "MALFORMED_QUERY"
    );
    let info: Value = sb
        .get(&sb.url("/salesforce/login/services/oauth2/userinfo"), at)
        .json()
        .unwrap();
    assert_eq!(info["organization_id"], "00D000000000SBX");
    sb.ctl(&["sandbox", "clock", "advance", "31d"]).success();
    let (s, e) = refresh(rt);
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));
}

#[test]
fn salesforce_requires_pkce_and_revokes() {
    let sb = sandbox();
    let cb = Callback::start();
    sb.ctl(&["sandbox", "app", "register-redirect", "salesforce", &cb.uri])
        .success();
    let mut u = url::Url::parse(&sb.url("/salesforce/login/services/oauth2/authorize")).unwrap();
    u.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", seed::SALESFORCE_CLIENT_ID)
        .append_pair("redirect_uri", &cb.uri);
    let r = sb.http.get(u.as_str()).send().unwrap();
    assert_eq!(r.status().as_u16(), 302);
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .contains("error=invalid_request")
    );

    let (verifier, challenge) = pkce();
    let (code, redirect) = sb.sf_code(&challenge);
    let (_, tok) = sb.sf_token(&[
        ("grant_type", "authorization_code"),
        ("code", &code),
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("redirect_uri", &redirect),
        ("code_verifier", &verifier),
    ]);
    let rt = tok["refresh_token"].as_str().unwrap();
    let auth = [
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("client_secret", seed::SALESFORCE_CLIENT_SECRET),
    ];
    let mut f = auth.to_vec();
    f.push(("token", rt));
    let (_, i) = sb.form("/salesforce/login/services/oauth2/introspect", &f);
    assert_eq!(i["active"], true);
    let (s, _) = sb.form("/salesforce/login/services/oauth2/revoke", &[("token", rt)]);
    assert_eq!(s, 200);
    let (_, i) = sb.form("/salesforce/login/services/oauth2/introspect", &f);
    assert_eq!(i["active"], false);
    let (s, e) = sb.form(
        "/salesforce/login/services/oauth2/revoke",
        &[("token", "unknown")],
    );
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_token")));
}

#[test]
fn salesforce_device_flow_and_jwt_bearer() {
    let sb = sandbox();
    let (s, d) = sb.sf_token(&[
        ("response_type", "device_code"),
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("scope", "api refresh_token"),
    ]);
    assert_eq!(s, 200, "{d}");
    let device = d["device_code"].as_str().unwrap();
    let poll = || {
        sb.sf_token(&[
            ("grant_type", "device"),
            ("client_id", seed::SALESFORCE_CLIENT_ID),
            ("code", device),
        ])
    };
    let (s, e) = poll();
    assert_eq!(
        (s, e["error"].as_str()),
        (400, Some("authorization_pending"))
    );
    // RFC 8628's poll is not Salesforce's: refused, as Salesforce does.
    let (s, e) = sb.sf_token(&[
        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("device_code", device),
    ]);
    assert_eq!(
        (s, e["error"].as_str()),
        (400, Some("unsupported_grant_type"))
    );
    let (s, e) = sb.sf_token(&[
        ("grant_type", "device"),
        ("client_id", seed::SALESFORCE_CLIENT_ID),
        ("device_code", device),
    ]);
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_request")));
    let verify = format!(
        "{}?user_code={}",
        d["verification_uri"].as_str().unwrap(),
        d["user_code"].as_str().unwrap()
    );
    let run = sb
        .ctl(&[
            "sandbox",
            "browse",
            &verify,
            "--user",
            seed::SALESFORCE_ADMIN_USERNAME,
            "--password",
            seed::SALESFORCE_ADMIN_PASSWORD,
        ])
        .success();
    assert!(run.stdout.contains("device-approved"), "{}", run.stdout);
    let (s, tok) = poll();
    assert_eq!(s, 200, "{tok}");
    assert!(tok["refresh_token"].is_string());
    let (s, e) = poll();
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));

    // JWT bearer with the key from `sandbox jwt-key`.
    let key = sb.home.file("sf.pem");
    sb.ctl(&["sandbox", "jwt-key", "--out", key.to_str().unwrap()])
        .success();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let pem = std::fs::read_to_string(&key).unwrap();
    let now = atslink::sandbox::clock_now(&atslink::sandbox::world_path(&atslink::sandbox::home(
        sb.home.path(),
    )))
    .unwrap()
    .unix_timestamp();
    let claims = |sub: &str, aud: &str, exp: i64| json!({"iss": seed::SALESFORCE_CLIENT_ID, "sub": sub, "aud": aud, "exp": exp});
    let bearer = |jwt: &str| {
        sb.sf_token(&[
            ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
            ("assertion", jwt),
        ])
    };
    let aud = sb.url("/salesforce/login");
    let (s, tok) = bearer(&sign(
        &pem,
        &claims(seed::SALESFORCE_ADMIN_USERNAME, &aud, now + 180),
    ));
    assert_eq!(s, 200, "{tok}");
    assert!(tok.get("refresh_token").is_none());
    let (s, _) = bearer(&sign(
        &pem,
        &claims(
            seed::SALESFORCE_ADMIN_USERNAME,
            "https://login.salesforce.com",
            now + 180,
        ),
    ));
    assert_eq!(s, 200);
    for bad in [
        claims(seed::SALESFORCE_ADMIN_USERNAME, &aud, now - 10),
        claims("nobody@sandbox-sf.example", &aud, now + 180),
        claims(
            seed::SALESFORCE_ADMIN_USERNAME,
            "https://evil.example",
            now + 180,
        ),
    ] {
        let (s, e) = bearer(&sign(&pem, &bad));
        assert_eq!(
            (s, e["error"].as_str()),
            (400, Some("invalid_grant")),
            "{bad}"
        );
    }
    let signed = sign(
        &pem,
        &claims(seed::SALESFORCE_ADMIN_USERNAME, &aud, now + 180),
    );
    // Change one signature character well inside the encoding.
    let at = signed.len() - 20;
    let flipped = if &signed[at..=at] == "A" { "B" } else { "A" };
    let forged = format!("{}{flipped}{}", &signed[..at], &signed[at + 1..]);
    let (s, _) = bearer(&forged);
    assert_eq!(s, 400);
}

fn sign(pem: &str, claims: &Value) -> String {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let key = ring::signature::RsaKeyPair::from_pkcs8(&STANDARD.decode(b64).unwrap()).unwrap();
    let h = URL_SAFE_NO_PAD.encode(r#"{"alg":"RS256","typ":"JWT"}"#);
    let p = URL_SAFE_NO_PAD.encode(claims.to_string());
    let mut sig = vec![0; key.public().modulus_len()];
    key.sign(
        &ring::signature::RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        format!("{h}.{p}").as_bytes(),
        &mut sig,
    )
    .unwrap();
    format!("{h}.{p}.{}", URL_SAFE_NO_PAD.encode(sig))
}

#[test]
fn flare_contract_duplicates_and_faults() {
    let sb = sandbox();
    let key = seed::FLARE_API_KEY;
    let r = sb.get(&sb.url("/flare/api/v1/account"), "wrong");
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(r.json::<Value>().unwrap()["error"]["code"], "unauthorized");
    let acc: Value = sb
        .get(&sb.url("/flare/api/v1/account"), key)
        .json()
        .unwrap();
    assert_eq!(acc["name"], seed::FLARE_ACCOUNT_NAME);
    assert!(acc["defaults"]["locationId"].is_string());
    let person = json!({
        "firstName": "Mia", "lastName": "Nguyen", "email": "mia.nguyen@example.com", "status": "candidate",
        "locationId": "loc-syd", "legalEntityId": "le-harbour", "brandId": "br-main",
        "source": {"system": "jobadder", "candidateId": 30001, "placementId": 40001}
    });
    let post = |b: &Value| {
        sb.http
            .post(sb.url("/flare/api/v1/people"))
            .bearer_auth(key)
            .json(b)
            .send()
            .unwrap()
    };
    let r = post(&person);
    assert_eq!(r.status().as_u16(), 201);
    assert!(r.json::<Value>().unwrap()["personId"].is_string());
    let mut dup = person.clone();
    dup["email"] = json!("MIA.Nguyen@Example.com");
    let r = post(&dup);
    assert_eq!(r.status().as_u16(), 409);
    assert_eq!(
        r.json::<Value>().unwrap()["error"]["code"],
        "duplicate_email"
    );
    let mut missing = person.clone();
    missing["email"] = json!("new@example.com");
    missing.as_object_mut().unwrap().remove("locationId");
    assert_eq!(post(&missing).status().as_u16(), 422);
    let found: Value = sb
        .get(
            &sb.url("/flare/api/v1/people?email=MIA.NGUYEN@EXAMPLE.COM"),
            key,
        )
        .json()
        .unwrap();
    assert_eq!(found["items"].as_array().unwrap().len(), 1);

    // A status fault for the next two requests, then normal service.
    sb.ctl(&[
        "sandbox",
        "fault",
        "add",
        "/flare/api/v1/account",
        "--status",
        "503",
        "--count",
        "2",
    ])
    .success();
    let listed = sb
        .ctl(&["sandbox", "fault", "list", "--json"])
        .success()
        .json();
    assert_eq!(listed["data"][0]["remaining"], 2);
    assert_eq!(
        sb.get(&sb.url("/flare/api/v1/account"), key)
            .status()
            .as_u16(),
        503
    );
    assert_eq!(
        sb.get(&sb.url("/flare/api/v1/locations"), key)
            .status()
            .as_u16(),
        200
    );
    assert_eq!(
        sb.get(&sb.url("/flare/api/v1/account"), key)
            .status()
            .as_u16(),
        503
    );
    assert_eq!(
        sb.get(&sb.url("/flare/api/v1/account"), key)
            .status()
            .as_u16(),
        200
    );
    // A dropped connection: no response at all.
    sb.ctl(&["sandbox", "fault", "add", "/flare", "--drop"])
        .success();
    assert!(
        sb.http
            .get(sb.url("/flare/api/v1/account"))
            .bearer_auth(key)
            .send()
            .is_err()
    );
    assert_eq!(
        sb.get(&sb.url("/flare/api/v1/account"), key)
            .status()
            .as_u16(),
        200
    );
    sb.ctl(&[
        "sandbox", "fault", "add", "/flare", "--status", "500", "--count", "5",
    ])
    .success();
    sb.ctl(&["sandbox", "fault", "clear"]).success();
    assert_eq!(
        sb.get(&sb.url("/flare/api/v1/account"), key)
            .status()
            .as_u16(),
        200
    );
    // Flare rate.
    sb.ctl(&["sandbox", "rate", "flare", "1"]).success();
    sb.fresh_minute();
    assert_eq!(
        sb.get(&sb.url("/flare/api/v1/brands"), key)
            .status()
            .as_u16(),
        200
    );
    let r = sb.get(&sb.url("/flare/api/v1/brands"), key);
    assert_eq!(r.status().as_u16(), 429);
    assert!(r.headers().contains_key("retry-after"));

    // Bodies over 1 MiB are refused.
    let big = vec![b'x'; atslink::sandbox::MAX_BODY + 1];
    let r = sb
        .http
        .post(sb.url("/flare/api/v1/people"))
        .bearer_auth(key)
        .body(big)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
}

#[test]
fn serve_prints_its_url_and_reset_reseeds() {
    let h = Home::new();
    let mut child = h
        .command(&["sandbox", "serve", "--port", "0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("ATSLINK_SANDBOX_URL=")
        .expect("the URL line")
        .to_string();
    let health: Value = reqwest::blocking::get(format!("{url}/_sandbox/health"))
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(health["ok"], true);
    let world = health["world"].as_str().unwrap().to_string();
    h.run(&["sandbox", "reset"]).code(2).stderr_has("--yes");
    h.run(&["sandbox", "reset", "--yes"]).success();
    let again: Value = reqwest::blocking::get(format!("{url}/_sandbox/health"))
        .unwrap()
        .json()
        .unwrap();
    assert_ne!(again["world"].as_str().unwrap(), world);
    child.kill().unwrap();
    let mut rest = String::new();
    let _ = child.stderr.take().unwrap().read_to_string(&mut rest);
    child.wait().unwrap();
    assert!(rest.contains("export ATSLINK_SANDBOX_URL="), "{rest}");
}

/// The control commands' tables: one line of column names, then a line a
/// row, each cell under its column (cells are split at runs of spaces).
#[test]
fn control_tables_show_a_line_per_row_under_their_columns() {
    let h = crate::harness::Home::new();
    let cells = |line: &str| -> Vec<String> {
        line.split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    };
    let added = h.run(&["sandbox", "account", "add", "jobadder"]).success();
    let lines: Vec<&str> = added.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", added.stdout);
    assert_eq!(
        cells(lines[0]),
        ["PROVIDER", "ACCOUNT", "NAME", "ADMIN", "ADMIN USER ID"]
    );
    let row = cells(lines[1]);
    assert_eq!((row.len(), row[0].as_str()), (5, "jobadder"), "{row:?}");
    assert!(row[3].starts_with("admin@agency-"), "{row:?}");

    h.run(&[
        "sandbox",
        "user",
        "deactivate",
        seed::JOBADDER_RECRUITER_EMAIL,
    ])
    .success();
    let users = h.run(&["sandbox", "user", "list"]).success();
    let lines: Vec<&str> = users.stdout.lines().collect();
    assert_eq!(
        cells(lines[0]),
        ["PROVIDER", "ACCOUNT", "USER ID", "EMAIL", "ADMIN", "STATE"]
    );
    let recruiter = lines
        .iter()
        .map(|l| cells(l))
        .find(|c| c[3] == seed::JOBADDER_RECRUITER_EMAIL)
        .expect("the recruiter's line");
    assert_eq!(
        (
            recruiter[0].as_str(),
            recruiter[4].as_str(),
            recruiter[5].as_str()
        ),
        ("jobadder", "no", "deactivated")
    );

    h.run(&[
        "sandbox",
        "fault",
        "add",
        "/jobadder/api",
        "--status",
        "503",
    ])
    .success();
    let faults = h.run(&["sandbox", "fault", "list"]).success();
    let lines: Vec<Vec<String>> = faults.stdout.lines().map(cells).collect();
    assert_eq!(
        lines,
        [
            vec!["ID", "PATH PREFIX", "FAULT", "REMAINING"],
            vec!["1", "/jobadder/api", "status 503", "1"]
        ]
    );
}
