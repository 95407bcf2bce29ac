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

struct Step {
    note: &'static str,
    args: &'static [&'static str],
    expect: i32,
    /// Plays the customer's JobAdder admin in the consent page.
    browser: bool,
}

const fn step(note: &'static str, args: &'static [&'static str], expect: i32) -> Step {
    Step {
        note,
        args,
        expect,
        browser: false,
    }
}

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
    Step {
        note: "Link JobAdder: atslink opens the consent page; the demo plays the customer's admin, who logs in and allows access.",
        args: &[
            "--sandbox",
            "integration",
            "link",
            "jobadder",
            "--org",
            "acme",
        ],
        expect: 0,
        browser: true,
    },
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
    Step {
        note: "Relink: a new consent; the old tokens stay until the new ones are stored.",
        args: &[
            "--sandbox",
            "integration",
            "relink",
            "jobadder",
            "--org",
            "acme",
        ],
        expect: 0,
        browser: true,
    },
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
        &[
            "--sandbox",
            "flare",
            "push",
            "--org",
            "acme",
            "--placement",
            "40003",
        ],
        0,
    ),
    step(
        "Push it again: refused, a person is transferred to Flare only once (exit 5).",
        &[
            "--sandbox",
            "flare",
            "push",
            "--org",
            "acme",
            "--placement",
            "40003",
        ],
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
    step(
        "Weeks later a Flare admin adds a legal entity but leaves it out of the \"JobAdder\" pay group (planted in the sandbox):",
        &[
            "--sandbox",
            "sandbox",
            "flare",
            "pay-group",
            "JobAdder",
            "--remove",
            "le-southern",
        ],
        0,
    ),
    step(
        "The readiness report (run before the onboarding session, and first on every ticket): each check with its evidence, and the fix for what blocks; exit 1.",
        &["--sandbox", "org", "check", "--org", "acme"],
        1,
    ),
    step(
        "Fix what it found: the Flare admin adds the entity to the pay group…",
        &[
            "--sandbox",
            "sandbox",
            "flare",
            "pay-group",
            "JobAdder",
            "--add",
            "le-southern",
        ],
        0,
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
    prepare_sandbox(&exe, &home.0, port)?;
    let browser = format!(
        "{} sandbox browse --user {} --password {}",
        exe.display(),
        crate::sandbox::seed::JOBADDER_ADMIN_EMAIL,
        crate::sandbox::seed::JOBADDER_ADMIN_PASSWORD
    );
    let mut results = Vec::new();
    for step in STEPS {
        if !step.note.is_empty() {
            ctx.printer.status(step.note);
        }
        let shown = format!("atslink {}", shell_words(step.args));
        ctx.printer.status(&format!("$ {shown}"));
        // The sandbox Flare's fake key, piped as a person would.
        let stdin = step
            .args
            .contains(&"--api-key-stdin")
            .then_some(crate::sandbox::seed::FLARE_API_KEY);
        let code = run_step(
            &exe,
            &home.0,
            step.args,
            ctx.printer.json(),
            step.browser.then_some(browser.as_str()),
            stdin,
        )?;
        if code != step.expect {
            return Err(Error::failure(format!(
                "demo step `{shown}` exited {code}, expected {}",
                step.expect
            )));
        }
        ctx.printer.status("");
        results.push(StepResult {
            command: shown,
            exit_code: code,
        });
    }
    ctx.printer.status(
        "That was the tour. Try it yourself with --sandbox on any command, or read `man atslink`.",
    );
    Ok(Output::new(
        serde_json::json!({ "steps": results }),
        Human::Nothing,
    ))
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
fn prepare_sandbox(exe: &Path, home: &Path, port: u16) -> Result<()> {
    let sandbox = crate::sandbox::home(home);
    crate::fsutil::ensure_private_dir(&sandbox)?;
    let redirect = format!("http://127.0.0.1:{port}/callback");
    std::fs::write(
        sandbox.join(crate::config::FILE_NAME),
        format!(
            "# Written by `atslink demo`.\n[providers.jobadder]\nredirect_uri = \"{redirect}\"\n\
             partner_action_url = \"https://cv.example/launch?candidate={{candidateId}}&user={{userId}}\"\n"
        ),
    )?;
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
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
