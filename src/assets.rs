//! Man pages and shell completions, generated from the clap tree. The
//! committed copies under `man/` and `completions/` are checked against
//! these by `tests/assets.rs`; `ATSLINK_UPDATE_ASSETS=1 cargo test --test
//! assets` rewrites them.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

pub const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "atslink.bash"),
    (Shell::Zsh, "_atslink"),
    (Shell::Fish, "atslink.fish"),
    (Shell::PowerShell, "_atslink.ps1"),
    (Shell::Elvish, "atslink.elv"),
];

pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = whole_tree();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "atslink", &mut buf);
    buf
}

/// The command tree with every deferred subcommand built (see `Cli`).
fn whole_tree() -> clap::Command {
    let mut cmd = Cli::command();
    cmd.build();
    deepen_help(&mut cmd);
    cmd
}

/// clap copies a command's subcommands under its `help` while building that
/// command, and a deferred subcommand has no subcommands of its own until it
/// is built in turn; so `help integration link <TAB>` would offer nothing.
/// This fills in the copies as clap makes them (name, about, hidden; no
/// options), once the whole tree is built.
fn deepen_help(cmd: &mut clap::Command) {
    let real: Vec<clap::Command> = cmd
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .cloned()
        .collect();
    if let Some(help) = cmd.find_subcommand_mut("help") {
        for sub in &real {
            if let Some(copy) = help.find_subcommand_mut(sub.get_name()) {
                fill_help_copy(copy, sub);
            }
        }
    }
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() != "help" {
            deepen_help(sub);
        }
    }
}

fn fill_help_copy(copy: &mut clap::Command, real: &clap::Command) {
    let bin = copy.get_bin_name().unwrap_or(copy.get_name()).to_string();
    let display = copy
        .get_display_name()
        .unwrap_or(copy.get_name())
        .to_string();
    for sub in real.get_subcommands().filter(|c| c.get_name() != "help") {
        if copy.find_subcommand(sub.get_name()).is_some() {
            continue;
        }
        // clap takes a command's name as `&'static str` (without its
        // `string` feature, which every command line would pay for); only
        // generating completions and man pages comes here, in a process
        // that ends soon after.
        let name: &'static str = String::leak(sub.get_name().to_string());
        let mut node = clap::Command::new(name)
            .hide(sub.is_hide_set())
            .disable_help_flag(true)
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .bin_name(format!("{bin} {}", sub.get_name()))
            .display_name(format!("{display}-{}", sub.get_name()));
        if let Some(about) = sub.get_about() {
            node = node.about(about.clone());
        }
        fill_help_copy(&mut node, sub);
        *copy = std::mem::take(copy).subcommand(node);
    }
}

/// Every generated file, as (path relative to the repository root, bytes).
pub fn render_all() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in SHELLS {
        files.push((format!("completions/{name}"), completion(shell)));
    }
    man_pages(&whole_tree(), &mut files);
    files
}

fn man_pages(cmd: &clap::Command, files: &mut Vec<(String, Vec<u8>)>) {
    let name = cmd
        .get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .title(name.to_uppercase())
        .manual("atslink manual")
        .render(&mut buf)
        .expect("rendering to memory cannot fail");
    buf.extend_from_slice(exit_status_section().as_bytes());
    buf.extend_from_slice(COMMON_SECTIONS.as_bytes());
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        man_pages(sub, files);
    }
}

/// Sections every page carries: the contracts that hold for every command.
/// EXIT STATUS, from the one exit-code table in `error.rs`.
fn exit_status_section() -> String {
    let mut s = String::from(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in crate::error::EXIT_CODES {
        s.push_str(&format!(".TP\n\\fB{code}\\fR\n{meaning}\n"));
    }
    s
}

const COMMON_SECTIONS: &str = r#".SH ENVIRONMENT
.TP
\fBATSLINK_HOME\fR
directory holding config.toml and state.db (same as \fB\-\-home\fR)
.TP
\fBATSLINK_ORG\fR
default organisation slug (same as \fB\-\-org\fR)
.TP
\fBATSLINK_DATABASE_URL\fR
a team's PostgreSQL state store, postgres://USER[:PASSWORD]@HOST/DATABASE (overrides [state] url; ignored by \fB\-\-sandbox\fR)
.TP
\fBATSLINK_DATABASE_PASSWORD\fR
the password for [state] url, which may not hold one
.TP
\fBATSLINK_MASTER_KEY\fR
the database credential store's 32\-byte key, base64
.TP
\fBNO_COLOR\fR
when set and not empty, no colour with \fB\-\-color auto\fR
.SH FILES
.TP
\fI$ATSLINK_HOME/config.toml\fR
settings: credential_store and [providers.*] endpoints and client ids; never secrets
.TP
\fI$ATSLINK_HOME/state.db\fR
SQLite state: organisations, users, licences, integration metadata, audit log (mode 0600); unused when [state] url names a PostgreSQL store
.TP
\fI$ATSLINK_HOME/credentials.json\fR
plaintext secrets, only with credential_store = "file" (mode 0600)
.SH "SEE ALSO"
\fBatslink\fR(1), and the README for the JSON schema of each command
"#;

#[cfg(test)]
mod tests {
    use super::whole_tree;

    /// Subcommands are deferred (see `Cli`), so `help`'s copy of the tree
    /// needs filling in at every depth, as clap fills it for a tree built
    /// whole.
    #[test]
    fn help_knows_every_command_at_every_depth() {
        let tree = whole_tree();
        let path = |names: &[&str]| {
            let mut at = &tree;
            for name in names {
                at = at
                    .find_subcommand(name)
                    .unwrap_or_else(|| panic!("no {name} in {names:?}"));
            }
            at.get_bin_name().map(str::to_string)
        };
        assert_eq!(
            path(&["help", "integration", "link", "jobadder"]).as_deref(),
            Some("atslink help integration link jobadder")
        );
        assert!(path(&["help", "sandbox", "salesforce", "move-instance"]).is_some());
        assert!(path(&["integration", "help", "link", "salesforce"]).is_some());
        // The copies take no options, as clap's own copies do not.
        let copy = tree
            .find_subcommand("help")
            .and_then(|h| h.find_subcommand("org"))
            .and_then(|o| o.find_subcommand("create"))
            .unwrap();
        assert_eq!(copy.get_arguments().count(), 0);
    }
}
