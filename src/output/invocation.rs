//! The global options a printed command needs so that, pasted back into a
//! shell, it acts on the same home as the command that printed it.
//!
//! Hints, remedies and suggested commands are written by the commands as
//! plain `atslink <group> …`. Rather than have every one of them remember
//! `--sandbox` and `--home` (and miss one, so that a pasted hint quietly
//! creates a real `state.db`), the printer rewrites every command it shows,
//! on every channel (status, hints, tables, JSON), at the edge. A command is
//! recognised as `atslink` followed by one of the top-level commands, so
//! prose such as "another atslink process" is left alone, and the rewrite
//! is idempotent (options already present follow `atslink` as `--…`).

use std::borrow::Cow;
use std::path::Path;

use crate::cli::GlobalArgs;

/// The top-level commands, kept equal to clap's by a unit test.
pub const TOP_LEVEL_COMMANDS: &[&str] = &[
    "org",
    "provider",
    "integration",
    "flare",
    "licence",
    "token",
    "audit",
    "serve",
    "secrets",
    "state",
    "sandbox",
    "demo",
    "completions",
];

#[derive(Debug, Clone, Default)]
pub struct Invocation {
    /// The options to insert after `atslink`, shell-quoted, e.g.
    /// `--sandbox --home '/tmp/my home'`; empty when none are needed.
    options: String,
    /// The same text escaped for the inside of a JSON string.
    options_json: String,
}

impl Invocation {
    /// `--sandbox` when it is in effect; `--home DIR` when the home came
    /// from the flag. A home from `ATSLINK_HOME` is left out: a command
    /// pasted into the same shell inherits the variable.
    pub fn from_global(global: &GlobalArgs) -> Self {
        let from_env = std::env::var_os("ATSLINK_HOME");
        let home = global
            .home
            .as_deref()
            .filter(|h| from_env.as_deref() != Some(h.as_os_str()));
        Self::new(global.sandbox, home)
    }

    pub fn new(sandbox: bool, home: Option<&Path>) -> Self {
        let mut parts = Vec::new();
        if sandbox {
            parts.push("--sandbox".to_string());
        }
        if let Some(home) = home {
            parts.push("--home".to_string());
            parts.push(shell_quote(&home.to_string_lossy()));
        }
        let options = parts.join(" ");
        let quoted = serde_json::to_string(&options).expect("a string serialises");
        let options_json = quoted[1..quoted.len() - 1].to_string();
        Invocation {
            options,
            options_json,
        }
    }

    /// Rewrites the commands in text meant for a person.
    pub fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        rewrite(text, &self.options)
    }

    /// Whether `apply_json` changes anything: only then does the JSON
    /// need to be whole before it is written.
    pub fn rewrites_json(&self) -> bool {
        !self.options_json.is_empty()
    }

    /// Rewrites the commands inside a serialised JSON document: the options
    /// are inserted JSON-escaped (a home path may hold `"` or `\`).
    pub fn apply_json<'a>(&self, json: &'a str) -> Cow<'a, str> {
        rewrite(json, &self.options_json)
    }
}

fn rewrite<'a>(text: &'a str, options: &str) -> Cow<'a, str> {
    const WORD: &str = "atslink ";
    if options.is_empty() || !text.contains(WORD) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(at) = rest.find(WORD) {
        let after = &rest[at + WORD.len()..];
        let standalone = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '/'));
        out.push_str(&rest[..at + WORD.len()]);
        if standalone && starts_with_command(after) {
            out.push_str(options);
            out.push(' ');
        }
        rest = after;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn starts_with_command(text: &str) -> bool {
    let word_end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(text.len());
    TOP_LEVEL_COMMANDS.contains(&&text[..word_end])
}

/// Quotes an argument so a printed command line can be pasted (and the
/// audit log's recorded command read back) unambiguously.
pub fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_commands_match_clap() {
        use clap::CommandFactory;
        let mut clap: Vec<String> = crate::cli::Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .filter(|n| n != "help")
            .collect();
        clap.sort();
        let mut ours: Vec<String> = TOP_LEVEL_COMMANDS.iter().map(|s| s.to_string()).collect();
        ours.sort();
        assert_eq!(clap, ours);
    }

    #[test]
    fn commands_gain_the_options_prose_does_not() {
        let inv = Invocation::new(true, Some(Path::new("/tmp/my home")));
        let text = "run `atslink integration relink jobadder --org acme`; another atslink process; \
                    printf %s \"$K\" | atslink provider set flare";
        assert_eq!(
            inv.apply(text),
            "run `atslink --sandbox --home '/tmp/my home' integration relink jobadder --org acme`; \
             another atslink process; printf %s \"$K\" | atslink --sandbox --home '/tmp/my home' provider set flare"
        );
    }

    #[test]
    fn rewriting_is_idempotent_and_free_when_nothing_applies() {
        let inv = Invocation::new(true, None);
        let once = inv.apply("atslink org list").into_owned();
        assert_eq!(once, "atslink --sandbox org list");
        assert_eq!(inv.apply(&once), once);
        assert!(matches!(
            Invocation::default().apply("atslink org list"),
            Cow::Borrowed(_)
        ));
        // Not a command: a longer word, or a binary path's tail.
        assert_eq!(inv.apply("atslink orgs"), "atslink orgs");
        assert_eq!(inv.apply("my-atslink org"), "my-atslink org");
    }

    #[test]
    fn json_gets_escaped_options() {
        let inv = Invocation::new(false, Some(Path::new("/tmp/a\"b")));
        let doc = serde_json::json!({ "remedy": "atslink token refresh --org acme" }).to_string();
        let rewritten = inv.apply_json(&doc);
        let back: serde_json::Value = serde_json::from_str(&rewritten).unwrap();
        assert_eq!(
            back["remedy"],
            "atslink --home '/tmp/a\"b' token refresh --org acme"
        );
    }
}
