//! The committed man pages and completions match the clap tree. Run
//! `ATSLINK_UPDATE_ASSETS=1 cargo test --test cli assets` to rewrite them.

use std::collections::BTreeSet;
use std::path::Path;

use clap::CommandFactory;

#[test]
fn clap_tree_is_valid() {
    atslink::cli::Cli::command().debug_assert();
}

#[test]
fn committed_assets_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = atslink::assets::render_all();
    let update = std::env::var_os("ATSLINK_UPDATE_ASSETS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (rel, bytes) in &generated {
        let path = root.join(rel);
        let current = std::fs::read(&path).unwrap_or_default();
        if current != *bytes {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, bytes).unwrap();
            } else {
                stale.push(format!("{rel}\n{}", first_difference(&current, bytes)));
            }
        }
    }
    // Pages for commands that no longer exist are stale too.
    let expected: BTreeSet<&str> = generated.iter().map(|(r, _)| r.as_str()).collect();
    for dir in ["man", "completions"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let rel = format!("{dir}/{name}");
            if !expected.contains(rel.as_str()) {
                if update {
                    std::fs::remove_file(root.join(&rel)).unwrap();
                } else {
                    stale.push(format!("{rel} is no longer generated"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated assets are stale; run `ATSLINK_UPDATE_ASSETS=1 cargo test --test cli assets` \
         and commit:\n{}",
        stale.join("\n")
    );
}

fn first_difference(old: &[u8], new: &[u8]) -> String {
    let old = String::from_utf8_lossy(old);
    let new = String::from_utf8_lossy(new);
    for (i, (o, n)) in old.lines().zip(new.lines()).enumerate() {
        if o != n {
            return format!("  line {}:\n  - {o}\n  + {n}", i + 1);
        }
    }
    format!(
        "  length differs: {} lines committed, {} generated",
        old.lines().count(),
        new.lines().count()
    )
}

/// Reads the committed pages (not freshly generated ones, which carry the
/// sections by construction): every page a person installs has the
/// contract sections, and its exit codes are the table's.
#[test]
fn committed_man_pages_have_the_contract_sections() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = 0;
    for entry in std::fs::read_dir(root.join("man")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        pages += 1;
        for section in [
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
            ".SH NAME",
            ".SH SYNOPSIS",
        ] {
            assert!(text.contains(section), "{} lacks {section}", path.display());
        }
        for (code, meaning) in atslink::error::EXIT_CODES {
            assert!(
                text.contains(&format!("\\fB{code}\\fR\n{meaning}\n")),
                "{} lacks exit code {code}",
                path.display()
            );
        }
    }
    assert!(pages > 10, "only {pages} man pages");
}

/// The README's exit-code table is the code's, row for row.
#[test]
fn readme_exit_codes_match_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let rows: Vec<(u8, String)> = readme
        .lines()
        .skip_while(|l| *l != "| code | meaning |")
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            (cells[0].parse().unwrap(), cells[1].to_string())
        })
        .collect();
    let expected: Vec<(u8, String)> = atslink::error::EXIT_CODES
        .iter()
        .map(|(c, m)| (*c, m.to_string()))
        .collect();
    assert_eq!(rows, expected);
}
