//! One run through a real browser: headless Chromium, driven over
//! WebDriver (chromedriver), through the sandbox's JobAdder login and
//! consent pages, ending in a stored link. Ignored by plain `cargo test`
//! (it needs Debian's `chromium` and `chromium-driver`); `.ci/run`
//! installs them and runs it with `--ignored`.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::free_port;
use crate::integration::{JA_ADMIN, Sandboxed};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

struct Driver {
    base: String,
    session: String,
    http: reqwest::Client,
    rt: tokio::runtime::Runtime,
    process: Child,
}

impl Driver {
    fn start() -> Driver {
        let port = free_port();
        let process = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (apt-get install chromium-driver)");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let http = reqwest::Client::new();
        let base = format!("http://127.0.0.1:{port}");
        let until = Instant::now() + Duration::from_secs(30);
        while rt
            .block_on(http.get(format!("{base}/status")).send())
            .is_err()
        {
            assert!(Instant::now() < until, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap().keep();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                         "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync",
                         format!("--user-data-dir={}", profile.display())]
            }
        }}});
        let mut d = Driver {
            base,
            session: String::new(),
            http,
            rt,
            process,
        };
        let v = d.call("POST", "/session", caps);
        d.session = v["sessionId"].as_str().expect("a session").to_string();
        d
    }

    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.base);
        let req = match method {
            "POST" => self.http.post(url).json(&body),
            "DELETE" => self.http.delete(url),
            _ => self.http.get(url),
        };
        let resp = self.rt.block_on(req.send()).expect("webdriver call");
        let v: Value = self.rt.block_on(resp.json()).expect("webdriver JSON");
        v["value"].clone()
    }

    fn go(&self, url: &str) {
        self.call(
            "POST",
            &format!("/session/{}/url", self.session),
            json!({"url": url}),
        );
    }

    /// Finds an element, retrying while the next page loads (bounded).
    fn find(&self, css: &str) -> String {
        let until = Instant::now() + Duration::from_secs(20);
        loop {
            let v = self.call(
                "POST",
                &format!("/session/{}/element", self.session),
                json!({"using": "css selector", "value": css}),
            );
            if let Some(id) = v[ELEMENT].as_str() {
                return id.to_string();
            }
            assert!(Instant::now() < until, "no element {css}: {v}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css);
        self.call(
            "POST",
            &format!("/session/{}/element/{el}/value", self.session),
            json!({"text": text}),
        );
    }

    fn click(&self, css: &str) {
        let el = self.find(css);
        self.call(
            "POST",
            &format!("/session/{}/element/{el}/click", self.session),
            json!({}),
        );
    }
}

impl Driver {
    fn text(&self, css: &str) -> String {
        let el = self.find(css);
        self.call(
            "GET",
            &format!("/session/{}/element/{el}/text", self.session),
            Value::Null,
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), Value::Null);
        }
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

#[test]
#[ignore = "needs chromium and chromium-driver; .ci/run runs it"]
fn chromium_consent_links_jobadder() {
    let s = Sandboxed::new();
    // The browser is driven by this test, so $BROWSER does nothing.
    let mut link = s
        .home
        .command(&[
            "--sandbox",
            "integration",
            "link",
            "jobadder",
            "--timeout",
            "120s",
        ])
        .env("BROWSER", "true")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = link.stderr.take().unwrap();
    let mut seen = String::new();
    let url = loop {
        let mut buf = [0u8; 4096];
        let n = stderr.read(&mut buf).unwrap();
        assert!(n > 0, "link exited early: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        if let Some(line) = seen.lines().find(|l| l.contains("/connect/authorize?"))
            && seen.contains("waiting up to")
        {
            break line.trim().to_string();
        }
    };
    let driver = Driver::start();
    driver.go(&url);
    driver.type_into("#username", JA_ADMIN.0);
    driver.type_into("#password", JA_ADMIN.1);
    driver.click("#login");
    driver.click("#allow");
    // Chromium follows the redirect to atslink's loopback listener.
    driver.find("#atslink-result");
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let status = link.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{seen}{rest}");
    let l = s.link("jobadder").expect("a stored link");
    assert_eq!(l["authorised_by"], JA_ADMIN.0);
}

#[test]
#[ignore = "needs chromium and chromium-driver; .ci/run runs it"]
fn chromium_follows_a_button_click_to_the_file_hand_off() {
    use crate::integration::JA_RECRUITER;
    let (s, _serve) = crate::serve::launchpad(2);
    let url = crate::serve::signed_url(&s, JA_RECRUITER.0, "30001");
    let driver = Driver::start();
    driver.go(&url);
    assert_eq!(driver.text("#title"), "Choose a file");
    assert!(driver.text("#files").contains("Mia_Nguyen_CV.pdf"));
    driver.click("#files li:first-child a");
    assert_eq!(driver.text("#file"), "70001");
    assert_eq!(driver.text("#user"), JA_RECRUITER.0);
    assert_eq!(driver.text("#candidate"), "30001");
}
