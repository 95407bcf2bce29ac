//! Snapshots (insta) of what people see: terminal tables at 80 and 120
//! columns, errors with their hints, and the demo's tour, so a layout
//! change shows up in review as a diff. Update with `INSTA_UPDATE=always
//! cargo test --test cli snapshots` (or `cargo insta review`) and commit
//! the files under tests/cli/snapshots/.
//!
//! Values that differ between runs (times, temporary paths) are replaced
//! by placeholders of the same width, so column layout is still checked.

use crate::harness::{Home, on_terminal};
use crate::integration::{JA_ADMIN, Sandboxed};

/// `2026-12-02T12:00:00Z` → `YYYY-MM-DDTHH:MM:SSZ` (same width), the
/// home's path → `<home>`, the demo's temporary home → `<demo>`, loopback
/// ports → `PORT`, and an OAuth `state=` value → `STATE`.
fn stable(text: &str, home: &std::path::Path) -> String {
    let mut text = text.replace(&home.display().to_string(), "<home>");
    for (start, stop, placeholder) in [
        ("/atslink-demo-", &['/', ')', ' ', '\n'][..], "<demo>"),
        ("127.0.0.1:", &['/', ' ', '\n', '%', '"'][..], "PORT"),
        ("127.0.0.1%3A", &['%', '&', ' ', '\n'][..], "PORT"),
        ("state=", &['&', ' ', '\n'][..], "STATE"),
    ] {
        text = replace_runs(&text, start, stop, placeholder);
    }
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let shape = "dddd-dd-ddTdd:dd:ddZ";
    while i < chars.len() {
        let fits = chars.len() - i >= shape.len()
            && shape.chars().zip(&chars[i..]).all(|(s, c)| match s {
                'd' => c.is_ascii_digit(),
                s => s == *c,
            });
        if fits {
            out.push_str("YYYY-MM-DDTHH:MM:SSZ");
            i += shape.len();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Replaces what follows each `start` up to the next `stop` character.
fn replace_runs(text: &str, start: &str, stop: &[char], placeholder: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(start) {
        out.push_str(&rest[..at + start.len()]);
        let after = &rest[at + start.len()..];
        let end = after.find(stop).unwrap_or(after.len());
        out.push_str(placeholder);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn licences() -> Home {
    let h = Home::new();
    h.run(&[
        "org",
        "create",
        "acme",
        "--name",
        "Acme Recruitment Pty Ltd",
        "--seats",
        "3",
    ])
    .success();
    for (email, name, role) in [
        (
            "alexandra.k@acme-recruitment.example",
            "Alexandra Konstantinopoulou-Featherstonehaugh",
            "admin",
        ),
        ("bo@acme.example", "Bo", "manager"),
        ("carol.nguyen@acme.example", "Carol Nguyen", "member"),
    ] {
        h.run(&[
            "licence", "assign", email, "--name", name, "--role", role, "--org", "acme",
        ])
        .success();
    }
    h.run(&[
        "licence",
        "disable",
        "bo@acme.example",
        "--org",
        "acme",
        "--yes",
    ])
    .success();
    h
}

#[test]
fn licence_list_at_80_and_120_columns() {
    let h = licences();
    for width in [80, 120] {
        let screen = stable(&on_terminal(&h, "licence list --org acme", width), h.path());
        insta::assert_snapshot!(format!("licence_list_{width}"), screen);
    }
}

#[test]
fn org_list_at_80_columns() {
    let h = licences();
    h.run(&[
        "org",
        "create",
        "globex",
        "--name",
        "Globex Staffing Solutions International",
        "--seats",
        "250",
    ])
    .success();
    let screen = stable(&on_terminal(&h, "org list", 80), h.path());
    insta::assert_snapshot!(screen);
}

#[test]
fn errors_with_hints() {
    let h = licences();
    let mistyped = h.run(&["org", "show", "amce"]).code(4);
    let seats = h
        .run(&[
            "licence",
            "assign",
            "dan@acme.example",
            "erin@acme.example",
            "--org",
            "acme",
        ])
        .code(6);
    let sandbox = h
        .run(&[
            "--sandbox",
            "integration",
            "relink",
            "jobadder",
            "--org",
            "acme",
        ])
        .code(4);
    let text = format!(
        "$ atslink org show amce\n{}\n$ atslink licence assign dan@acme.example erin@acme.example --org acme\n{}\n\
         $ atslink --sandbox integration relink jobadder --org acme\n{}",
        mistyped.stderr, seats.stderr, sandbox.stderr
    );
    insta::assert_snapshot!(stable(&text, h.path()));
}

#[test]
fn token_status_of_a_broken_link_at_80_and_120_columns() {
    let s = Sandboxed::new();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb(&["sandbox", "clock", "advance", "15d"]).success();
    for width in [80, 120] {
        let screen = stable(
            &on_terminal(&s.home, "--sandbox token status", width),
            s.home.path(),
        );
        insta::assert_snapshot!(format!("token_status_{width}"), screen);
    }
}

/// The tour as a person reads it (plain output: the demo's own stderr and
/// its steps' tables).
#[test]
fn demo_chapters() {
    let h = Home::new();
    let run = h.run(&["demo"]).success();
    let text = format!("{}\n--- stdout ---\n{}", run.stderr, run.stdout);
    insta::assert_snapshot!(stable(&text, h.path()));
}
