//! The one printer. Decides once, from the global flags and the terminals,
//! how everything is shown; commands never write to stdout or stderr
//! themselves.

use std::io::{self, IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::json;

use super::view::{Human, Listing, Output};
use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Output format for list commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone)]
pub struct Printer {
    json: bool,
    quiet: bool,
    verbose: u8,
    color: bool,
    stdout_tty: bool,
    stderr_tty: bool,
}

impl Printer {
    pub fn new(json: bool, quiet: bool, verbose: u8, color: ColorChoice) -> Self {
        let stdout_tty = io::stdout().is_terminal();
        let stderr_tty = io::stderr().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stderr_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Printer {
            json,
            quiet,
            verbose,
            color,
            stdout_tty,
            stderr_tty,
        }
    }

    pub fn json(&self) -> bool {
        self.json
    }

    /// `-q`: the person wants silence unless something is wrong.
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    pub fn stderr_is_terminal(&self) -> bool {
        self.stderr_tty
    }

    /// Progress bars only for a person watching: never with --json or -q,
    /// never when stderr is piped.
    pub fn show_progress(&self) -> bool {
        self.stderr_tty && !self.json && !self.quiet
    }

    fn paint(&self, text: &str, code: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn err_line(&self, line: &str) {
        // A closed stderr is not worth failing over.
        let _ = writeln!(io::stderr().lock(), "{line}");
    }

    /// Messages can carry provider text (account names, error
    /// descriptions): strip control characters except line breaks before
    /// they reach a terminal.
    fn clean(msg: &str) -> String {
        msg.chars()
            .map(|c| {
                if c.is_control() && c != '\n' {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    }

    /// A status line ("Created organisation acme"). Hidden by -q and --json.
    pub fn status(&self, msg: &str) {
        if !self.quiet && !self.json {
            self.err_line(&Self::clean(msg));
        }
    }

    /// A note the person should see even with --json (it goes to stderr),
    /// such as the sandbox banner. Hidden by -q.
    pub fn note(&self, msg: &str) {
        if !self.quiet {
            let label = self.paint("note:", "1;34");
            self.err_line(&format!("{label} {}", Self::clean(msg)));
        }
    }

    /// A warning: always shown (also with -q and --json), since it is about
    /// something the person must know, such as plaintext secrets.
    pub fn warn(&self, msg: &str) {
        let label = self.paint("warning:", "1;33");
        self.err_line(&format!("{label} {}", Self::clean(msg)));
    }

    /// Diagnostics for -v (level 1) and -vv (level 2). Never given secrets.
    pub fn debug(&self, level: u8, msg: &str) {
        if self.verbose >= level {
            let label = self.paint("debug:", "2");
            self.err_line(&format!("{label} {msg}"));
        }
    }

    /// Renders a failure, once, at the edge.
    pub fn error(&self, err: &Error) {
        if self.json {
            let doc = json!({
                "ok": false,
                "error": {
                    "code": err.kind.code(),
                    "message": err.message,
                    "hint": err.hint,
                }
            });
            // The envelope goes to stdout so scripts read one stream.
            let _ = write_stdout(&format!("{doc}\n"));
            return;
        }
        let label = self.paint("error:", "1;31");
        self.err_line(&format!("{label} {}", Self::clean(&err.message)));
        if let Some(hint) = &err.hint {
            let label = self.paint("hint:", "1;36");
            self.err_line(&format!("{label} {}", Self::clean(hint)));
        }
    }

    /// Renders a command's result.
    pub fn output(&self, out: Output) -> io::Result<()> {
        if out.printed {
            return Ok(());
        }
        let format = out.format;
        if let Some(status) = &out.status {
            self.status(status);
        }
        if self.json || format == Format::Json {
            let mut doc = String::with_capacity(out.data.get().len() + 24);
            doc.push_str("{\"ok\":true,\"data\":");
            doc.push_str(out.data.get());
            doc.push_str("}\n");
            return write_stdout(&doc);
        }
        let mut text = String::new();
        match &out.into_human() {
            Human::Nothing => {}
            Human::Lines(lines) => {
                for l in lines {
                    text.push_str(&sanitize(l));
                    text.push('\n');
                }
            }
            Human::Table { summary, listing } => {
                if format == Format::Csv {
                    text = csv(listing);
                } else {
                    for l in summary {
                        text.push_str(l);
                        text.push('\n');
                    }
                    text.push_str(&self.table(listing));
                }
            }
            Human::Record { fields, sections } => {
                let width = fields.iter().map(|(k, _)| k.len() + 1).max().unwrap_or(0);
                for (k, v) in fields {
                    text.push_str(&format!("{:width$}  {}\n", format!("{k}:"), sanitize(v)));
                }
                for (title, listing) in sections {
                    text.push('\n');
                    text.push_str(title);
                    text.push('\n');
                    if listing.rows.is_empty() {
                        text.push_str("  (none)\n");
                    } else {
                        text.push_str(&self.table(listing));
                    }
                }
            }
        }
        write_stdout(&text)
    }

    /// A boxed table on a terminal; aligned plain columns otherwise, which
    /// keep `grep`/`awk` pipelines simple.
    fn table(&self, listing: &Listing) -> String {
        if listing.rows.is_empty() {
            return String::new();
        }
        let mut t = Table::new();
        if self.stdout_tty {
            t.load_preset(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            t.load_preset(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Disabled);
        }
        t.set_header(listing.columns.iter().map(|c| c.to_uppercase()));
        for r in &listing.rows {
            t.add_row(r.iter().map(|c| sanitize(c)));
        }
        let mut s = t.to_string();
        if !self.stdout_tty {
            // The NOTHING preset pads every line with a leading space and
            // trailing blanks; strip them for clean plain text.
            s = s
                .lines()
                .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
                .collect::<Vec<_>>()
                .join("\n");
        }
        s.push('\n');
        s
    }
}

fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Text from providers or users may hold control characters; never let
/// them reach a terminal.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

/// RFC 4180 CSV with a header row.
fn csv(listing: &Listing) -> String {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut out = listing
        .columns
        .iter()
        .map(|c| field(c))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for r in &listing.rows {
        out.push_str(&r.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// Whether an I/O error is the reader going away (`| head -1`): not a failure.
pub fn is_broken_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes() {
        let mut l = Listing::new(&["a", "b"]);
        l.row(vec!["x,y".into(), "say \"hi\"".into()]);
        assert_eq!(csv(&l), "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
    }

    #[test]
    fn sanitize_strips_controls() {
        assert_eq!(sanitize("a\x1b[31mb"), "a\u{FFFD}[31mb");
    }
}
