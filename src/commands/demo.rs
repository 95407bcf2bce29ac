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
}

const STEPS: &[Step] = &[
    Step {
        note: "A customer signs up: create the organisation.",
        args: &["org", "create", "acme", "--name", "Acme Recruitment"],
        expect: 0,
    },
    Step {
        note: "They buy three licences.",
        args: &["licence", "seats", "3", "--org", "acme", "--yes"],
        expect: 0,
    },
    Step {
        note: "Users arrive through the integration: each first access claims a free seat.",
        args: &[
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
        expect: 0,
    },
    Step {
        note: "",
        args: &[
            "licence",
            "claim",
            "bob@acme.example",
            "--org",
            "acme",
            "--name",
            "Bob",
        ],
        expect: 0,
    },
    Step {
        note: "",
        args: &[
            "licence",
            "claim",
            "carol@acme.example",
            "--org",
            "acme",
            "--name",
            "Carol",
        ],
        expect: 0,
    },
    Step {
        note: "The fourth user finds the pool full (exit 6, with the way out).",
        args: &[
            "licence",
            "claim",
            "dave@acme.example",
            "--org",
            "acme",
            "--name",
            "Dave",
        ],
        expect: 6,
    },
    Step {
        note: "An admin disables a leaver, which frees a seat and stops automatic reassignment.",
        args: &[
            "licence",
            "disable",
            "bob@acme.example",
            "--org",
            "acme",
            "--yes",
        ],
        expect: 0,
    },
    Step {
        note: "Carol's seat moves to Dave in one step.",
        args: &[
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
        expect: 0,
    },
    Step {
        note: "The pool now:",
        args: &["licence", "list", "--org", "acme"],
        expect: 0,
    },
    Step {
        note: "Every change is in the audit log.",
        args: &["audit", "--org", "acme", "--limit", "6"],
        expect: 0,
    },
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
    let mut results = Vec::new();
    for step in STEPS {
        if !step.note.is_empty() {
            ctx.printer.status(step.note);
        }
        let shown = format!("atslink {}", shell_words(step.args));
        ctx.printer.status(&format!("$ {shown}"));
        let code = run_step(&exe, &home.0, step.args, ctx.printer.json())?;
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
    ctx.printer
        .status("That was the licence pool. Try any command with --help, or read `man atslink`.");
    Ok(Output::new(
        serde_json::json!({ "steps": results }),
        Human::Nothing,
    ))
}

/// Runs one step as a real child process. With `--json` the children's
/// stdout goes to stderr, so stdout keeps exactly one JSON document.
fn run_step(exe: &Path, home: &Path, args: &[&str], json: bool) -> Result<i32> {
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .env("ATSLINK_HOME", home)
        .env_remove("ATSLINK_ORG")
        .stdin(Stdio::null());
    if json {
        cmd.stdout(std::io::stderr());
    }
    let status = cmd
        .status()
        .map_err(|e| Error::failure(format!("cannot run {}: {e}", exe.display())))?;
    Ok(status.code().unwrap_or(-1))
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
