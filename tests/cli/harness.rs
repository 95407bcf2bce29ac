//! Runs the real binary with a sealed environment: its own home, its own
//! $HOME, no inherited ATSLINK_* variables, no colour.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_atslink");

pub struct Home {
    dir: tempfile::TempDir,
    extra_env: Vec<(String, String)>,
    /// `[state]` sections that put this home (and its sandbox home) on
    /// PostgreSQL, when the tests run on that engine; empty otherwise.
    state_section: String,
    sandbox_state_section: String,
}

/// The URL in a `[state]` section (none on SQLite).
fn url_of(section: &str) -> Option<String> {
    section.split('"').nth(1).map(str::to_string)
}

/// The database name in a test server URL.
fn database_of(url: &str) -> &str {
    url.split('/')
        .nth(3)
        .and_then(|t| t.split('?').next())
        .unwrap()
}

#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn success(self) -> Self {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "wrong exit code\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}): {:?}", self.stdout))
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}: {}",
            self.stderr
        );
        self
    }
}

impl Home {
    /// A fresh home. With `ATSLINK_TEST_ENGINE=postgres`, its state (and
    /// its sandbox home's) lives in new databases on the test server, set
    /// by `[state] url` in each config file: the test body is the same on
    /// both engines.
    pub fn new() -> Home {
        let mut h = Home {
            dir: tempfile::tempdir().expect("temp dir"),
            extra_env: Vec::new(),
            state_section: String::new(),
            sandbox_state_section: String::new(),
        };
        if crate::postgres::enabled() {
            let server = crate::postgres::server();
            let section = |db: &str| format!("\n[state]\nurl = \"{}\"\n", server.url(db));
            h.state_section = section(&server.create_database());
            h.sandbox_state_section = section(&server.create_database());
            h.write_config("");
            h.write_sandbox_config("").unwrap();
        }
        h
    }

    /// Where this home's state lives, on the engine the tests run on.
    pub fn location(&self) -> atslink::state::Location {
        self.location_of("")
    }

    fn location_of(&self, prefix: &str) -> atslink::state::Location {
        match url_of(self.section(prefix)) {
            Some(url) => atslink::state::Location::Postgres(Box::new(
                atslink::state::PgLocation::parse(&url).unwrap(),
            )),
            None => atslink::state::Location::Sqlite(self.file(&format!("{prefix}state.db"))),
        }
    }

    /// The home's state store, opened as atslink opens it.
    pub fn store(&self) -> atslink::state::Store {
        atslink::state::Store::open_at(&self.location()).unwrap()
    }

    /// [`Home::store`] of the sandbox home.
    pub fn sandbox_store(&self) -> atslink::state::Store {
        atslink::state::Store::open_at(&self.location_of("sandbox/")).unwrap()
    }

    fn section(&self, prefix: &str) -> &str {
        if prefix.is_empty() {
            &self.state_section
        } else {
            &self.sandbox_state_section
        }
    }

    /// The one integer a query of the home's state answers.
    pub fn count(&self, sql: &str) -> i64 {
        self.count_of("", sql)
    }

    /// [`Home::count`] in the sandbox home's state.
    pub fn sandbox_count(&self, sql: &str) -> i64 {
        self.count_of("sandbox/", sql)
    }

    fn count_of(&self, prefix: &str, sql: &str) -> i64 {
        match url_of(self.section(prefix)) {
            Some(url) => crate::postgres::server()
                .psql(database_of(&url), sql)
                .trim()
                .parse()
                .unwrap_or_else(|e| panic!("{sql}: not one integer ({e})")),
            None => rusqlite::Connection::open(self.file(&format!("{prefix}state.db")))
                .unwrap()
                .query_row(sql, [], |r| r.get(0))
                .unwrap(),
        }
    }

    /// Runs one statement that returns no rows (an UPDATE, say) on the
    /// home's state, behind atslink's back.
    pub fn execute(&self, sql: &str) {
        match url_of(&self.state_section) {
            Some(url) => {
                crate::postgres::server().psql(database_of(&url), sql);
            }
            None => {
                rusqlite::Connection::open(self.file("state.db"))
                    .unwrap()
                    .execute(sql, [])
                    .unwrap();
            }
        }
    }

    /// The first column of every row a query of the home's state answers,
    /// as text (the column must be text, and hold no line break).
    pub fn column(&self, sql: &str) -> Vec<String> {
        self.column_of("", sql)
    }

    /// [`Home::column`] in the sandbox home's state.
    pub fn sandbox_column(&self, sql: &str) -> Vec<String> {
        self.column_of("sandbox/", sql)
    }

    fn column_of(&self, prefix: &str, sql: &str) -> Vec<String> {
        match url_of(self.section(prefix)) {
            Some(url) => crate::postgres::server()
                .psql(database_of(&url), sql)
                .lines()
                .map(str::to_string)
                .collect(),
            None => {
                let db =
                    rusqlite::Connection::open(self.file(&format!("{prefix}state.db"))).unwrap();
                let mut stmt = db.prepare(sql).unwrap();
                stmt.query_map([], |r| r.get(0))
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap()
            }
        }
    }

    /// Stamps the home's store with another schema version, as a newer
    /// atslink would.
    pub fn set_schema_version(&self, version: i64) {
        match url_of(&self.state_section) {
            Some(url) => {
                crate::postgres::server().psql(
                    database_of(&url),
                    &format!("UPDATE atslink_schema SET version = {version}"),
                );
            }
            None => rusqlite::Connection::open(self.file("state.db"))
                .unwrap()
                .pragma_update(None, "user_version", version)
                .unwrap(),
        }
    }

    /// The whole state store's content, to show a command changed nothing:
    /// `state.db`'s bytes (its WAL checkpointed at rest), or a data-only
    /// dump of the PostgreSQL database (without sequence positions, which
    /// a rolled-back insert advances although it stored nothing).
    pub fn state_content(&self) -> Vec<u8> {
        self.state_content_of("")
    }

    /// [`Home::state_content`] of the sandbox home.
    pub fn sandbox_state_content(&self) -> Vec<u8> {
        self.state_content_of("sandbox/")
    }

    fn state_content_of(&self, prefix: &str) -> Vec<u8> {
        match url_of(self.section(prefix)) {
            Some(url) => {
                crate::postgres::server()
                    .dump(database_of(&url))
                    .lines()
                    // `\restrict` lines carry a random key per dump.
                    .filter(|l| !l.contains("pg_catalog.setval") && !l.contains("restrict "))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes()
            }
            None => {
                let file = self.file(&format!("{prefix}state.db"));
                // atslink keeps the file (SQLITE_FCNTL_PERSIST_WAL), empty.
                let wal = std::fs::metadata(self.file(&format!("{prefix}state.db-wal")));
                assert!(
                    wal.map_or(true, |m| m.len() == 0),
                    "WAL checkpointed and emptied at rest"
                );
                std::fs::read(file).unwrap()
            }
        }
    }

    /// Replaces the sandbox home's config.toml (keeping the engine's
    /// `[state]` section).
    pub fn write_sandbox_config(&self, text: impl AsRef<str>) -> std::io::Result<()> {
        std::fs::create_dir_all(self.file("sandbox"))?;
        std::fs::write(
            self.file("sandbox/config.toml"),
            format!("{}{}", text.as_ref(), self.sandbox_state_section),
        )
    }

    /// Adds `text` to the end of the sandbox home's config.toml (after the
    /// engine's `[state]` section, so it starts with a table of its own).
    pub fn append_sandbox_config(&self, text: &str) {
        let path = self.file("sandbox/config.toml");
        let mut config = std::fs::read_to_string(&path).unwrap();
        config.push_str(text);
        std::fs::write(&path, config).unwrap();
    }

    /// Puts `text` at the start of the sandbox home's config.toml: where
    /// top-level keys must go, before the first table.
    pub fn prepend_sandbox_config(&self, text: &str) {
        let path = self.file("sandbox/config.toml");
        let config = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}{config}")).unwrap();
    }

    /// A home whose config selects the plaintext file store, so tests need
    /// no keyring daemon.
    pub fn with_file_store() -> Home {
        let h = Home::new();
        h.write_config("credential_store = \"file\"\n");
        h
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The sandbox emulator's world, as JSON, read as the emulator reads it.
    pub fn sandbox_world(&self) -> Value {
        let path = self.file("sandbox/world.db");
        atslink::sandbox::world::read_world(&path, |w| Ok(serde_json::to_value(w).unwrap()))
            .unwrap()
    }

    /// Changes the emulator's world directly (records the CLI cannot make),
    /// in one transaction of the emulator's own.
    pub fn edit_sandbox_world(&self, f: impl FnOnce(&mut Value)) {
        let path = self.file("sandbox/world.db");
        atslink::sandbox::world::with_world(&path, |w| {
            let mut v = serde_json::to_value(&*w).unwrap();
            f(&mut v);
            *w = serde_json::from_value(v).unwrap();
            Ok(())
        })
        .unwrap();
    }

    pub fn write_config(&self, text: &str) {
        std::fs::write(
            self.file("config.toml"),
            format!("{text}{}", self.state_section),
        )
        .unwrap();
    }

    pub fn env(mut self, key: &str, value: &str) -> Home {
        self.extra_env.push((key.into(), value.into()));
        self
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("ATSLINK_HOME", self.dir.path())
            .env("NO_COLOR", "1");
        for (k, v) in &self.extra_env {
            c.env(k, v);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, "")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_env(args, stdin, &[])
    }

    pub fn run_env(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
        let mut cmd = self.command(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn atslink");
        // A command that never reads stdin may exit before we write.
        let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        let out = child.wait_with_output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}

/// Every file under a directory, recursively, with its bytes.
pub fn all_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            out.extend(all_files(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `atslink sandbox serve` in its own process for a home, killed on drop:
/// for asking the emulated APIs directly, or sharing one emulator between
/// many processes (`ATSLINK_SANDBOX_URL`).
pub struct SandboxServer {
    child: Child,
    pub url: String,
}

impl SandboxServer {
    pub fn start(home: &Home) -> SandboxServer {
        let mut child = home
            .command(&["sandbox", "serve", "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim()
            .strip_prefix("ATSLINK_SANDBOX_URL=")
            .unwrap_or_else(|| panic!("serve printed {line:?}"))
            .to_string();
        SandboxServer { child, url }
    }
}

/// Drops the home's databases on the PostgreSQL test server (nothing to
/// do on SQLite: the temporary directory holds the state).
impl Drop for Home {
    fn drop(&mut self) {
        for section in [&self.state_section, &self.sandbox_state_section] {
            let Some(url) = url_of(section) else {
                continue;
            };
            // A test that already failed keeps its own message; one that
            // passed fails here, as a database left behind adds up to a
            // full disk over runs.
            if let Err(e) = crate::postgres::server().drop_database(database_of(&url))
                && !std::thread::panicking()
            {
                panic!("{e}");
            }
        }
    }
}

impl Drop for SandboxServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs atslink on a pseudo-terminal (util-linux `script`) `columns`
/// wide, as a person at a terminal sees it; returns what was shown.
pub fn on_terminal(h: &Home, args: &str, columns: u16) -> String {
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &format!("{BIN} {args}"), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", h.path())
        .env("ATSLINK_HOME", h.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", columns.to_string());
    for (k, v) in &h.extra_env {
        cmd.env(k, v);
    }
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .expect("util-linux script runs");
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

/// A credential-store entry by the name stores have always used for it.
pub fn entry(name: &str) -> atslink::secrets::SecretKey {
    name.parse().expect("a credential name atslink writes")
}
