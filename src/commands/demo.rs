//! `atslink demo`: a guided tour that runs real atslink commands, printing
//! each before running it, in a fresh temporary home that is removed at
//! the end. Each step states the exit code it expects, so the tour is also
//! a smoke test of the installed binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::sandbox::tour;

struct Step {
    note: &'static str,
    args: &'static [&'static str],
    expect: i32,
    /// Plays the customer's JobAdder admin in the consent page.
    browser: bool,
    background: Background,
}

/// Steps that start or stop a long-running `atslink serve`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Background {
    No,
    /// Started, and left running for the steps that follow.
    Start,
    /// Stopped with SIGTERM (as a service manager would).
    Stop,
}

const fn step(note: &'static str, args: &'static [&'static str], expect: i32) -> Step {
    Step {
        note,
        args,
        expect,
        browser: false,
        background: Background::No,
    }
}

/// A link or relink, exit 0, with the demo playing the customer's JobAdder
/// admin in the consent page.
const fn consent(note: &'static str, args: &'static [&'static str]) -> Step {
    Step {
        browser: true,
        ..step(note, args, 0)
    }
}

/// `serve` started in the background or stopped with SIGTERM; exit 0.
const fn serve(note: &'static str, background: Background) -> Step {
    Step {
        background,
        ..step(note, &["--sandbox", "serve"], 0)
    }
}

/// A recruiter clicking acme's JobAdder button on a candidate (`sandbox
/// click`): exit 0 whatever page it gets; the page is the point. A macro
/// because a `const` step's arguments must be one static slice.
macro_rules! click {
    ($note:expr, $user:expr, $candidate:expr) => {
        step(
            $note,
            &[
                "--sandbox",
                "sandbox",
                "click",
                "jobadder",
                "--org",
                "acme",
                "--user",
                $user,
                "--candidate",
                $candidate,
            ],
            0,
        )
    };
}

/// JobAdder approving a placement for a candidate (`sandbox place`): the
/// webhook serve answers with an automatic push.
macro_rules! place {
    ($note:expr, $candidate:expr) => {
        step(
            $note,
            &[
                "--sandbox",
                "sandbox",
                "place",
                "--org",
                "acme",
                "--candidate",
                $candidate,
            ],
            0,
        )
    };
}

/// The Flare admin adding (`--add`) or removing (`--remove`) the planted
/// legal entity in the "JobAdder" pay group.
macro_rules! pay_group_entity {
    ($note:expr, $change:expr) => {
        step(
            $note,
            &[
                "--sandbox",
                "sandbox",
                "flare",
                "pay-group",
                "JobAdder",
                $change,
                "le-southern",
            ],
            0,
        )
    };
}

/// The one placement the demo pushes by hand, twice.
const PUSH_40003: &[&str] = &[
    "--sandbox",
    "flare",
    "push",
    "--org",
    "acme",
    "--placement",
    "40003",
];

/// The automatic export's status, waiting until serve has handled the last
/// placement.
const AUTO_STATUS_WAIT: &[&str] = &[
    "--sandbox",
    "flare",
    "auto",
    "status",
    "--org",
    "acme",
    "--wait",
    "30s",
];

const STEPS: &[Step] = &[
    step(
        "A customer signs up: create the organisation (in the sandbox, with emulated providers).",
        &[
            "--sandbox",
            "org",
            "create",
            "acme",
            "--name",
            "Acme Recruitment",
        ],
        0,
    ),
    consent(
        "Link JobAdder: atslink opens the consent page; the demo plays the customer's admin, who logs in and allows access.",
        &[
            "--sandbox",
            "integration",
            "link",
            "jobadder",
            "--org",
            "acme",
        ],
    ),
    step(
        "The link, its account and who authorised it:",
        &["--sandbox", "integration", "list"],
        0,
    ),
    step(
        "Fifteen days pass with nothing using the link (JobAdder refresh tokens die after 14 days unused).",
        &["--sandbox", "sandbox", "clock", "advance", "15d"],
        0,
    ),
    step(
        "Support looks at the tokens: broken, with the reason and the command that fixes it (exit 3 for monitoring).",
        &["--sandbox", "token", "status"],
        3,
    ),
    consent(
        "Relink: a new consent; the old tokens stay until the new ones are stored.",
        &[
            "--sandbox",
            "integration",
            "relink",
            "jobadder",
            "--org",
            "acme",
        ],
    ),
    step("Healthy again:", &["--sandbox", "integration", "list"], 0),
    step(
        "The nightly keep-alive (cron) refreshes links idle for a week, so this cannot happen again; this one was just used.",
        &["--sandbox", "token", "refresh", "--all", "--if-idle", "7d"],
        0,
    ),
    step(
        "Link Flare with the customer's API key (piped on stdin, checked before it is stored).",
        &[
            "--sandbox",
            "integration",
            "link",
            "flare",
            "--org",
            "acme",
            "--api-key-stdin",
        ],
        0,
    ),
    step(
        "Push a JobAdder placement to Flare. Its workplace matches no Flare location, so the default applies, with a warning.",
        PUSH_40003,
        0,
    ),
    step(
        "Push it again: refused, a person is transferred to Flare only once (exit 5).",
        PUSH_40003,
        5,
    ),
    step(
        "Support diagnoses it: every check, the history, the mapping, and what a Flare ticket needs (exit 5: already in Flare).",
        &[
            "--sandbox",
            "flare",
            "diagnose",
            "--org",
            "acme",
            "--placement",
            "40003",
        ],
        5,
    ),
    step(
        "They buy three licences.",
        &[
            "--sandbox",
            "licence",
            "seats",
            "3",
            "--org",
            "acme",
            "--yes",
        ],
        0,
    ),
    step(
        "Users arrive through the integration: each first access claims a free seat.",
        &[
            "--sandbox",
            "licence",
            "claim",
            "alice@acme.example",
            "--org",
            "acme",
            "--name",
            "Alice",
            "--source",
            "jobadder",
            "--external-id",
            "ja-101",
        ],
        0,
    ),
    step(
        "",
        &[
            "--sandbox",
            "licence",
            "claim",
            "bob@acme.example",
            "--org",
            "acme",
            "--name",
            "Bob",
        ],
        0,
    ),
    step(
        "",
        &[
            "--sandbox",
            "licence",
            "claim",
            "carol@acme.example",
            "--org",
            "acme",
            "--name",
            "Carol",
        ],
        0,
    ),
    step(
        "The fourth user finds the pool full (exit 6, with the way out).",
        &[
            "--sandbox",
            "licence",
            "claim",
            "dave@acme.example",
            "--org",
            "acme",
            "--name",
            "Dave",
        ],
        6,
    ),
    step(
        "An admin disables a leaver, which frees a seat and stops automatic reassignment.",
        &[
            "--sandbox",
            "licence",
            "disable",
            "bob@acme.example",
            "--org",
            "acme",
            "--yes",
        ],
        0,
    ),
    step(
        "Carol's seat moves to Dave in one step.",
        &[
            "--sandbox",
            "licence",
            "reassign",
            "carol@acme.example",
            "dave@acme.example",
            "--name",
            "Dave",
            "--org",
            "acme",
            "--yes",
        ],
        0,
    ),
    step(
        "The pool now:",
        &["--sandbox", "licence", "list", "--org", "acme"],
        0,
    ),
    step(
        "Every change is in the audit log.",
        &["--sandbox", "audit", "--org", "acme", "--limit", "8"],
        0,
    ),
    pay_group_entity!(
        "Weeks later a Flare admin adds a legal entity but leaves it out of the \"JobAdder\" pay group (planted in the sandbox):",
        "--remove"
    ),
    step(
        "The readiness report (run before the onboarding session, and first on every ticket): each check with its evidence, and the fix for what blocks; exit 1.",
        &["--sandbox", "org", "check", "--org", "acme"],
        1,
    ),
    pay_group_entity!(
        "Fix what it found: the Flare admin adds the entity to the pay group…",
        "--add"
    ),
    step(
        "…and Dave becomes acme's licence admin.",
        &[
            "--sandbox",
            "licence",
            "assign",
            "dave@acme.example",
            "--role",
            "admin",
            "--org",
            "acme",
        ],
        0,
    ),
    step(
        "Ready: nothing blocks (warnings remain, with their fixes).",
        &["--sandbox", "org", "check", "--org", "acme"],
        0,
    ),
    // The server half: JobAdder's button, answered by `atslink serve`.
    step(
        "Now the button in JobAdder. One more licence brings the pool to four: two are free.",
        &[
            "--sandbox",
            "licence",
            "seats",
            "4",
            "--org",
            "acme",
            "--yes",
        ],
        0,
    ),
    serve(
        "Start the server half, which answers Actions > Allsorter (the button was registered at its address when JobAdder was linked).",
        Background::Start,
    ),
    step(
        "Two more recruiters in the JobAdder account:",
        &[
            "--sandbox",
            "sandbox",
            "user",
            "add",
            "erin@sandbox-recruitment.example",
            "frank@sandbox-recruitment.example",
        ],
        0,
    ),
    click!(
        "Three recruiters click the button on a candidate. The first takes a seat and sees the candidate's files:",
        "recruiter@sandbox-recruitment.example",
        "30001"
    ),
    click!(
        "The second takes the last seat:",
        "erin@sandbox-recruitment.example",
        "30002"
    ),
    click!(
        "The third sees the no-licence page, naming whom to ask:",
        "frank@sandbox-recruitment.example",
        "30001"
    ),
    step(
        "An admin disables the first recruiter…",
        &[
            "--sandbox",
            "licence",
            "disable",
            "recruiter@sandbox-recruitment.example",
            "--org",
            "acme",
            "--yes",
        ],
        0,
    ),
    click!(
        "…who is refused at the next click:",
        "recruiter@sandbox-recruitment.example",
        "30001"
    ),
    step(
        "The JobAdder admin who linked the account leaves, and the access token runs out: the link is dead.",
        &[
            "--sandbox",
            "sandbox",
            "user",
            "deactivate",
            "admin@sandbox-recruitment.example",
        ],
        0,
    ),
    step("", &["--sandbox", "sandbox", "clock", "advance", "2h"], 0),
    click!(
        "A click now shows the page that sends an admin to relink:",
        "erin@sandbox-recruitment.example",
        "30002"
    ),
    step(
        "(The admin is back.)",
        &[
            "--sandbox",
            "sandbox",
            "user",
            "reactivate",
            "admin@sandbox-recruitment.example",
        ],
        0,
    ),
    consent(
        "Relink; the button stays where it is.",
        &[
            "--sandbox",
            "integration",
            "relink",
            "jobadder",
            "--org",
            "acme",
        ],
    ),
    click!(
        "The launch works again, on the seat Erin already holds:",
        "erin@sandbox-recruitment.example",
        "30002"
    ),
    step(
        "Automatic export: JobAdder calls serve when a placement is approved, and serve pushes it to Flare.",
        &["--sandbox", "flare", "auto", "on", "--org", "acme"],
        0,
    ),
    place!(
        "JobAdder approves a placement for Mia Nguyen (candidate 30001) and delivers placement_approved to serve:",
        "30001"
    ),
    step(
        "Moments later she is in Flare, with the JobAdder note written (--wait: until serve has handled it):",
        AUTO_STATUS_WAIT,
        0,
    ),
    serve(
        "Stop the server (SIGTERM): it stops accepting and finishes what is in flight.",
        Background::Stop,
    ),
    place!(
        "With serve down, JobAdder cannot deliver Liam O'Brien's placement (candidate 30002)…",
        "30002"
    ),
    step(
        "…and, retrying every 5 minutes, suspends the webhook at its 10th failure within the hour:",
        &["--sandbox", "sandbox", "clock", "advance", "45m"],
        0,
    ),
    step(
        "Suspended, JobAdder drops events: without a watchdog this placement would never reach Flare (exit 1, with the fix).",
        &["--sandbox", "flare", "auto", "status", "--org", "acme"],
        1,
    ),
    serve(
        "serve comes back; its watchdog re-enables the webhook and back-fills the placements approved since the last event it handled.",
        Background::Start,
    ),
    step(
        "Liam is in Flare too, once, with his JobAdder note:",
        AUTO_STATUS_WAIT,
        0,
    ),
    serve("Stop the server.", Background::Stop),
];

#[derive(Serialize)]
struct StepResult {
    command: String,
    exit_code: i32,
}

pub fn run(ctx: &mut Context) -> Result<Output> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::failure(format!("cannot find the atslink binary: {e}")))?;
    let home = TempHome::new()?;
    ctx.printer.status(&format!(
        "atslink demo: a tour in a temporary home ({}), removed at the end.\n",
        home.0.display()
    ));
    let port = free_port()?;
    let serve_port = free_port()?;
    prepare_sandbox(&exe, &home.0, port, serve_port)?;
    let mut tour = Tour {
        browser: format!(
            "{} sandbox browse {}",
            exe.display(),
            tour::admin_sign_in().join(" ")
        ),
        exe,
        home,
        results: Vec::new(),
        server: None,
    };
    for step in STEPS {
        if !step.note.is_empty() {
            ctx.printer.status(step.note);
        }
        match step.background {
            Background::No => tour.foreground(ctx, step)?,
            Background::Start => tour.start_server(ctx, step)?,
            Background::Stop => tour.stop_server(ctx, step)?,
        }
    }
    ctx.printer.status(
        "That was the tour. Try it yourself with --sandbox on any command, or read `man atslink`.",
    );
    Ok(Output::new(
        serde_json::json!({ "steps": tour.results }),
        Human::Nothing,
    ))
}

/// The demo under way: its binary and home, the steps run so far, and the
/// server started in the background, if any.
/// Fields drop in order: the server is stopped before its home is removed.
struct Tour {
    server: Option<Server>,
    exe: std::path::PathBuf,
    home: TempHome,
    browser: String,
    results: Vec<StepResult>,
}

impl Tour {
    /// An ordinary step: shown, run as a child, its exit code checked.
    fn foreground(&mut self, ctx: &Context, step: &Step) -> Result<()> {
        let shown = format!("atslink {}", shell_words(step.args));
        ctx.printer.status(&format!("$ {shown}"));
        // The sandbox Flare's fake key, piped as a person would.
        let stdin = step
            .args
            .contains(&"--api-key-stdin")
            .then_some(tour::FLARE_API_KEY);
        let code = run_step(
            &self.exe,
            &self.home.0,
            step.args,
            ctx.printer.json(),
            step.browser.then_some(self.browser.as_str()),
            stdin,
        )?;
        self.record(ctx, step, shown, code, "demo step ", "")
    }

    /// `serve`, started in the background as a shell's `&` would.
    fn start_server(&mut self, ctx: &Context, step: &Step) -> Result<()> {
        ctx.printer
            .status(&format!("$ atslink {} &", shell_words(step.args)));
        self.server = Some(Server::start(&self.exe, &self.home.0, step.args)?);
        ctx.printer.status("");
        Ok(())
    }

    /// The background server stopped with SIGTERM; it must drain and exit
    /// with the step's code.
    fn stop_server(&mut self, ctx: &Context, step: &Step) -> Result<()> {
        let shown = format!("atslink {}", shell_words(step.args));
        ctx.printer.status("$ kill -TERM %1");
        let code = self
            .server
            .take()
            .map(Server::stop)
            .transpose()?
            .unwrap_or(-1);
        self.record(ctx, step, shown, code, "", " on SIGTERM")
    }

    /// A finished step: its exit code must be the one it expects (else the
    /// tour stops, the error naming the command between `prefix` and
    /// `suffix`); it is then kept for the JSON result.
    fn record(
        &mut self,
        ctx: &Context,
        step: &Step,
        shown: String,
        code: i32,
        prefix: &str,
        suffix: &str,
    ) -> Result<()> {
        if code != step.expect {
            return Err(Error::failure(format!(
                "{prefix}`{shown}` exited {code}{suffix}, expected {}",
                step.expect
            )));
        }
        ctx.printer.status("");
        self.results.push(StepResult {
            command: shown,
            exit_code: code,
        });
        Ok(())
    }
}

/// Runs one step as a real child process. With `--json` the children's
/// stdout goes to stderr, so stdout keeps exactly one JSON document.
fn run_step(
    exe: &Path,
    home: &Path,
    args: &[&str],
    json: bool,
    browser: Option<&str>,
    stdin: Option<&str>,
) -> Result<i32> {
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .env("ATSLINK_HOME", home)
        .env_remove("ATSLINK_ORG")
        .env_remove("ATSLINK_SANDBOX_URL")
        .stdin(Stdio::null());
    match browser {
        Some(b) => cmd.env("BROWSER", b),
        None => cmd.env_remove("BROWSER"),
    };
    if json {
        cmd.stdout(std::io::stderr());
    }
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| Error::failure(format!("cannot run {}: {e}", exe.display())))?;
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        use std::io::Write;
        // The demo's own fake key for the sandbox's Flare.
        pipe.write_all(text.as_bytes())?;
    }
    let status = child
        .wait()
        .map_err(|e| Error::failure(format!("cannot run {}: {e}", exe.display())))?;
    Ok(status.code().unwrap_or(-1))
}

/// The consent's callback uses a free port, so the demo runs even where
/// the default one (8976) is taken; the sandbox's app registers it.
fn prepare_sandbox(exe: &Path, home: &Path, port: u16, serve_port: u16) -> Result<()> {
    let redirect = tour::configure(home, port, serve_port)?;
    let status = Command::new(exe)
        .args([
            "-q",
            "sandbox",
            "app",
            "register-redirect",
            "jobadder",
            &redirect,
        ])
        .env("ATSLINK_HOME", home)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .map_err(|e| Error::failure(format!("cannot run {}: {e}", exe.display())))?;
    if !status.success() {
        return Err(Error::failure("preparing the demo's sandbox failed"));
    }
    Ok(())
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            if a.contains(' ') {
                format!("\"{a}\"")
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `atslink serve` running in the background for the steps that need it;
/// stopped (SIGTERM, then killed) when the demo ends or fails.
struct Server(Option<std::process::Child>);

impl Server {
    fn start(exe: &Path, home: &Path, args: &[&str]) -> Result<Server> {
        use std::io::BufRead;
        let mut child = Command::new(exe)
            .args(args)
            .arg("-q")
            .env("ATSLINK_HOME", home)
            .env_remove("ATSLINK_ORG")
            .env_remove("ATSLINK_SANDBOX_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| Error::failure(format!("cannot run {}: {e}", exe.display())))?;
        // Listening once it prints its address.
        let mut line = String::new();
        if let Some(out) = child.stdout.take() {
            std::io::BufReader::new(out).read_line(&mut line)?;
        }
        let server = Server(Some(child));
        if !line.starts_with("ATSLINK_SERVE_URL=") {
            return Err(Error::failure("the demo's `atslink serve` did not start"));
        }
        Ok(server)
    }

    fn stop(mut self) -> Result<i32> {
        let Some(mut child) = self.0.take() else {
            return Ok(-1);
        };
        terminate(&child);
        Ok(child.wait()?.code().unwrap_or(-1))
    }
}

fn terminate(child: &std::process::Child) {
    #[cfg(unix)]
    // SAFETY: signalling our own child by its pid.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
    }
    #[cfg(not(unix))]
    let _ = child;
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            terminate(&child);
            // Best effort on the way out: a kill that fails means it has
            // already exited, and `wait` only reaps it.
            if !matches!(child.try_wait(), Ok(Some(_))) {
                let _ = child.kill();
            }
            let _ = child.wait();
        }
    }
}

/// A private temporary directory, removed on drop (also when a step fails).
struct TempHome(PathBuf);

impl TempHome {
    fn new() -> Result<Self> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!("atslink-demo-{}-{nanos}", std::process::id()));
        crate::fsutil::ensure_private_dir(&dir)?;
        Ok(TempHome(dir))
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        // Private (0700) and under the temp directory, which the system
        // cleans: a failed removal leaves no secret readable by others.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
