//! `atslink serve` over real HTTP on loopback: health, readiness, metrics,
//! limits and shutdown; the JobAdder launch against the sandbox.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};

use crate::harness::Home;

/// `atslink [--sandbox] serve` in its own process; killed on drop.
pub struct Serve {
    child: Child,
    pub url: String,
    stderr: Option<std::thread::JoinHandle<String>>,
}

impl Serve {
    pub fn start(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Serve {
        let mut full = args.to_vec();
        full.extend_from_slice(&["serve", "--listen", "127.0.0.1:0"]);
        let mut cmd = home.command(&full);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            s
        });
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = match line.trim().strip_prefix("ATSLINK_SERVE_URL=") {
            Some(u) => u.to_string(),
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("serve printed {line:?}; stderr: {}", stderr.join().unwrap());
            }
        };
        Serve {
            child,
            url,
            stderr: Some(stderr),
        }
    }

    /// Sends SIGTERM and waits: the exit code and everything on stderr.
    pub fn terminate(mut self) -> (i32, String) {
        // SAFETY: signalling our own child by its pid.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        let status = self.child.wait().unwrap();
        let err = self.stderr.take().unwrap().join().unwrap();
        (status.code().unwrap_or(-1), err)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn get(url: &str) -> (u16, String) {
    let resp = reqwest::blocking::get(url).unwrap();
    let status = resp.status().as_u16();
    (status, resp.text().unwrap())
}

#[test]
fn health_readiness_metrics_and_a_clean_stop() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &[], &[]);
    assert_eq!(get(&format!("{}/healthz", serve.url)), (200, "ok\n".into()));
    assert_eq!(
        get(&format!("{}/readyz", serve.url)),
        (200, "ready\n".into())
    );
    let (status, text) = get(&format!("{}/metrics", serve.url));
    assert_eq!(status, 200);
    assert!(
        text.contains("# TYPE atslink_seats_claimed counter"),
        "{text}"
    );
    assert!(text.ends_with("# EOF\n"), "{text}");
    assert_eq!(get(&format!("{}/nowhere", serve.url)).0, 404);
    let (code, stderr) = serve.terminate();
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("path=/readyz status=200"), "{stderr}");
    assert!(
        stderr.contains("stopped: every request finished"),
        "{stderr}"
    );
}

#[test]
fn readiness_fails_on_a_newer_schema() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &[], &[]);
    // Another (newer) atslink migrated the store under the running server.
    let conn = rusqlite::Connection::open(home.file("state.db")).unwrap();
    conn.pragma_update(None, "user_version", 9999).unwrap();
    let (status, text) = get(&format!("{}/readyz", serve.url));
    assert_eq!(status, 503, "{text}");
    assert!(text.contains("schema version 9999"), "{text}");
    assert_eq!(get(&format!("{}/healthz", serve.url)).0, 200);
}

#[test]
fn oversized_headers_are_refused() {
    let home = Home::with_file_store();
    let serve = Serve::start(&home, &[], &[]);
    let addr = serve.url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let big = "x".repeat(64 * 1024);
    let _ = write!(
        s,
        "GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: {big}\r\n\r\n"
    );
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    assert!(
        answer.starts_with("HTTP/1.1 431"),
        "a 64 KiB header is refused: {answer:?}"
    );
}

#[test]
fn a_bad_listen_address_in_config_is_a_usage_error() {
    let home = Home::with_file_store();
    home.write_config("credential_store = \"file\"\n[serve]\nlisten = \"nowhere\"\n");
    home.run(&["serve"]).code(2).stderr_has("serve.listen");
}
