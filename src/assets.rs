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
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "atslink", &mut buf);
    buf
}

/// Every generated file, as (path relative to the repository root, bytes).
pub fn render_all() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in SHELLS {
        files.push((format!("completions/{name}"), completion(shell)));
    }
    let mut root = Cli::command();
    root.build();
    man_pages(&root, &mut files);
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
