//! A real PostgreSQL server for the tests that run on the team store: the
//! Debian `postgresql` binaries, a cluster in a temporary directory,
//! listening only on a Unix socket there. Started once per test process,
//! on first use; it dies with the test process (parent-death signal), so
//! an aborted run leaves no server behind. A static is never dropped, so
//! the directory outlives the process; the next start removes every such
//! directory whose process has ended (its lock is free). Without that,
//! each run left its cluster in /tmp (up to 4 GB before the tests dropped
//! their databases) and the disk filled over a day of runs.
//!
//! The same test bodies run on both engines: with `ATSLINK_TEST_ENGINE=postgres`
//! every CLI test `Home` gets its own database on this server (see
//! `harness::Home::new`), and so does every state-module unit test
//! (`state::test_store`). `.ci/run` runs the CLI suite (less the tests of
//! SQLite's own file) and the state module's tests that way.
//!
//! One file for both test crates: the library's unit tests include it as a
//! module, the CLI tests by path (`tests/cli/main.rs`); each uses part of it.
#![allow(dead_code)]

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

pub const ENGINE_ENV: &str = "ATSLINK_TEST_ENGINE";

/// Whether this test process runs its homes on PostgreSQL.
pub fn enabled() -> bool {
    std::env::var(ENGINE_ENV).is_ok_and(|v| v == "postgres")
}

pub struct Server {
    /// Holds the cluster and the socket.
    _dir: tempfile::TempDir,
    /// Locked for the life of the process: marks the directory in use.
    _lock: std::fs::File,
    socket_dir: PathBuf,
}

const DIR_PREFIX: &str = "atslink-pg-";
const LOCK_FILE: &str = "in-use.lock";

/// Takes `file`'s exclusive lock without waiting; false if another
/// process holds it. The kernel releases it when the holder dies, however
/// it dies.
fn try_lock(file: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

/// Removes the clusters of test processes that have ended. A directory
/// whose lock file is not there yet may be one another process is making
/// this instant, so only one older than a minute is taken for stale.
fn remove_stale_clusters() {
    let Ok(entries) = std::fs::read_dir("/tmp") else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let ours = entry.file_name().to_string_lossy().starts_with(DIR_PREFIX);
        if !ours || !path.is_dir() {
            continue;
        }
        let stale = match std::fs::File::open(path.join(LOCK_FILE)) {
            Ok(lock) => try_lock(&lock),
            Err(_) => entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() > 60)),
        };
        // A stale cluster that cannot be removed would fill the disk run
        // after run, as it once did: stop here, naming it. (Gone already:
        // another test process starting at once removed it.)
        if stale
            && let Err(e) = std::fs::remove_dir_all(&path)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            panic!(
                "could not remove the stale test cluster {} ({e}); remove it by hand",
                path.display()
            );
        }
    }
}

fn bin_dir() -> PathBuf {
    // The newest installed major version.
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect(
            "PostgreSQL is not installed (/usr/lib/postgresql is missing): \
             apt-get install postgresql, or run without ATSLINK_TEST_ENGINE=postgres",
        )
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|p| p.join("postgres").exists())
        .collect();
    versions.sort();
    versions.pop().expect("a PostgreSQL server binary")
}

/// The `postgres` account's ids: as root, the cluster must belong to it
/// (the server refuses to run as root).
fn postgres_ids() -> Option<(u32, u32)> {
    if unsafe { libc::geteuid() } != 0 {
        return None;
    }
    let out = Command::new("id").args(["-u", "postgres"]).output().ok()?;
    let uid = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    let out = Command::new("id").args(["-g", "postgres"]).output().ok()?;
    let gid = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    Some((uid, gid))
}

fn as_owner(cmd: &mut Command, ids: Option<(u32, u32)>) -> &mut Command {
    if let Some((uid, gid)) = ids {
        cmd.uid(uid).gid(gid);
    }
    cmd
}

pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(start)
}

/// Creates a cluster in a fresh temporary directory, starts a server on
/// a Unix socket there, and waits until it accepts connections.
fn start() -> Server {
    let bin = bin_dir();
    let ids = postgres_ids();
    remove_stale_clusters();
    // Short path: a Unix socket path is limited to about 100 bytes.
    let dir = tempfile::Builder::new()
        .prefix(DIR_PREFIX)
        .tempdir_in("/tmp")
        .unwrap();
    let lock = std::fs::File::create(dir.path().join(LOCK_FILE)).unwrap();
    assert!(try_lock(&lock), "a new directory's lock is free");
    if let Some((uid, gid)) = ids {
        std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid)).unwrap();
    }
    let data = dir.path().join("data");
    init_cluster(&bin, ids, &data);
    spawn_server(server_command(&bin, ids, &data, dir.path()));
    wait_until_ready(&bin, dir.path());
    Server {
        socket_dir: dir.path().to_path_buf(),
        _dir: dir,
        _lock: lock,
    }
}

fn init_cluster(bin: &Path, ids: Option<(u32, u32)>, data: &Path) {
    let status = as_owner(&mut Command::new(bin.join("initdb")), ids)
        .args(["-D"])
        .arg(data)
        .args([
            "-U",
            "atslink",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        ])
        .stdout(Stdio::null())
        .status()
        .expect("run initdb");
    assert!(status.success(), "initdb failed");
}

fn server_command(bin: &Path, ids: Option<(u32, u32)>, data: &Path, dir: &Path) -> Command {
    let mut server = Command::new(bin.join("postgres"));
    as_owner(&mut server, ids)
        .arg("-D")
        .arg(data)
        .arg("-k")
        .arg(dir)
        .args(["-c", "listen_addresses=", "-c", "fsync=off"])
        .args(["-c", "max_connections=300", "-c", "shared_buffers=64MB"])
        // Each CREATE DATABASE copies the template through the WAL; a
        // small ceiling recycles it instead of letting it grow to 1 GB.
        .args(["-c", "max_wal_size=64MB", "-c", "min_wal_size=32MB"])
        .stdout(Stdio::null())
        .stderr(Stdio::from(
            std::fs::File::create(dir.join("server.log")).unwrap(),
        ));
    // Runs in the child after the uid change: the server gets SIGQUIT
    // (immediate shutdown) when the test process exits, however it exits.
    unsafe {
        server.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGQUIT) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    server
}

/// The parent-death signal follows the spawning *thread*, and test
/// threads end with their test: spawn from a thread that waits on the
/// server for the life of the process.
fn spawn_server(mut server: Command) {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || match server.spawn() {
        Ok(mut child) => {
            tx.send(Ok(())).unwrap();
            let _ = child.wait();
        }
        Err(e) => tx.send(Err(e)).unwrap(),
    });
    rx.recv().unwrap().expect("start postgres");
}

/// Readiness, not timing: polls until the server accepts connections.
fn wait_until_ready(bin: &Path, dir: &Path) {
    for _ in 0..600 {
        let ready = Command::new(bin.join("pg_isready"))
            .arg("-h")
            .arg(dir)
            .arg("-q")
            .status()
            .is_ok_and(|s| s.success());
        if ready {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!(
        "PostgreSQL did not start; its log:\n{}",
        std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
    );
}

impl Server {
    /// The URL of a database on this server (it need not exist yet).
    pub fn url(&self, database: &str) -> String {
        format!(
            "postgres://atslink@/{database}?host={}&sslmode=disable",
            self.socket_dir.display()
        )
    }

    /// Runs SQL as the superuser through `psql`, returning its output.
    pub fn psql(&self, database: &str, sql: &str) -> String {
        let out = Command::new(bin_dir().join("psql"))
            .arg("-h")
            .arg(&self.socket_dir)
            .args([
                "-U",
                "atslink",
                "-d",
                database,
                "-XAtq",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql,
            ])
            .output()
            .expect("run psql");
        assert!(
            out.status.success(),
            "psql failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A data-only dump of a database, for comparing its content.
    pub fn dump(&self, database: &str) -> String {
        let out = Command::new(bin_dir().join("pg_dump"))
            .arg("-h")
            .arg(&self.socket_dir)
            .args(["-U", "atslink", "--data-only", "--no-owner", database])
            .output()
            .expect("run pg_dump");
        assert!(
            out.status.success(),
            "pg_dump failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A new, empty database with a name unique to this test process.
    pub fn create_database(&self) -> String {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "t{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        self.psql("postgres", &format!("CREATE DATABASE {name}"));
        name
    }

    /// Drops a database made by [`Server::create_database`], ending any
    /// session still on it (a `serve` the test left running). Every
    /// database is a copy of the template (about 7.5 MB): the CLI suite
    /// makes two per test, over 3 GB if none were dropped, which can fill
    /// a CI machine's disk half-way through the run.
    ///
    /// Called from `Drop`, maybe while a failed test unwinds, so it returns
    /// the failure rather than raising it (a second panic would abort the
    /// whole test process); the caller decides.
    pub fn drop_database(&self, database: &str) -> std::io::Result<()> {
        let out = Command::new(bin_dir().join("psql"))
            .arg("-h")
            .arg(&self.socket_dir)
            .args(["-U", "atslink", "-d", "postgres", "-XAtq", "-c"])
            .arg(format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            .output()
            .map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("could not run psql to drop {database}: {e}"),
                )
            })?;
        if out.status.success() {
            return Ok(());
        }
        Err(std::io::Error::other(format!(
            "could not drop the test database {database}: {}",
            String::from_utf8_lossy(&out.stderr)
        )))
    }
}
