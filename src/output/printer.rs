//! The one printer. Decides once, from the global flags and the terminals,
//! how everything is shown; commands never write to stdout or stderr
//! themselves.

use std::io::{self, IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::json;

use super::invocation::Invocation;
use super::layout;
use super::view::{Human, Listing, Output, Tone};
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
    /// Colour on stdout: `--color always`, or auto on a terminal.
    stdout_color: bool,
    stdout_tty: bool,
    stderr_tty: bool,
    /// The global options every printed command carries (`--sandbox`,
    /// `--home`), so a pasted hint acts on the same home.
    invocation: Invocation,
}

impl Printer {
    pub fn new(json: bool, quiet: bool, verbose: u8, color: ColorChoice) -> Self {
        let stdout_tty = io::stdout().is_terminal();
        let stderr_tty = io::stderr().is_terminal();
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let (color, stdout_color) = match color {
            ColorChoice::Always => (true, true),
            ColorChoice::Never => (false, false),
            ColorChoice::Auto => (stderr_tty && !no_color_env, stdout_tty && !no_color_env),
        };
        Printer {
            json,
            quiet,
            verbose,
            color,
            stdout_color,
            stdout_tty,
            stderr_tty,
            invocation: Invocation::default(),
        }
    }

    /// Every command shown from now on carries these global options.
    pub fn with_invocation(mut self, invocation: Invocation) -> Self {
        self.invocation = invocation;
        self
    }

    pub fn json(&self) -> bool {
        self.json
    }

    /// The global options printed commands carry, for a layout that must
    /// measure a command as it will be shown (see `org check`'s fixes).
    pub fn invocation(&self) -> &Invocation {
        &self.invocation
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
    fn clean(&self, msg: &str) -> String {
        self.invocation
            .apply(msg)
            .chars()
            .map(|c| {
                if c.is_control() && c != '\n' {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    }

    /// Once `serve` has installed its logger, stderr lines are its events
    /// and its filter (from -q/-v or ATSLINK_LOG) decides what is shown.
    fn logged(&self, level: tracing::Level, msg: &str) -> bool {
        if !crate::logging::installed() {
            return false;
        }
        crate::logging::line(level, &self.clean(msg));
        true
    }

    /// A status line ("Created organisation acme"). Hidden by -q and --json.
    pub fn status(&self, msg: &str) {
        if self.json || self.logged(tracing::Level::INFO, msg) {
            return;
        }
        if !self.quiet {
            self.err_line(&self.clean(msg));
        }
    }

    /// A note the person should see even with --json (it goes to stderr),
    /// such as the sandbox banner. Hidden by -q.
    pub fn note(&self, msg: &str) {
        if self.logged(tracing::Level::INFO, msg) {
            return;
        }
        if !self.quiet {
            let label = self.paint("note:", "1;34");
            self.err_line(&format!("{label} {}", self.clean(msg)));
        }
    }

    /// A warning: always shown (also with -q and --json), since it is about
    /// something the person must know, such as plaintext secrets.
    pub fn warn(&self, msg: &str) {
        if self.logged(tracing::Level::WARN, msg) {
            return;
        }
        let label = self.paint("warning:", "1;33");
        self.err_line(&format!("{label} {}", self.clean(msg)));
    }

    /// Diagnostics for -v (level 1) and -vv (level 2). Never given secrets.
    pub fn debug(&self, level: u8, msg: &str) {
        let as_event = if level <= 1 {
            tracing::Level::DEBUG
        } else {
            tracing::Level::TRACE
        };
        if self.logged(as_event, msg) {
            return;
        }
        if self.verbose >= level {
            let label = self.paint("debug:", "2");
            self.err_line(&format!("{label} {msg}"));
        }
    }

    /// Renders a failure, once, at the edge.
    pub fn error(&self, err: &Error) {
        if self.json {
            let doc = json!({ "ok": false, "error": self.error_json(err) });
            // The envelope goes to stdout so scripts read one stream. If
            // stdout is closed there is nowhere left to report; the exit
            // code still tells.
            let _ = write_stdout(&format!("{doc}\n"));
            return;
        }
        if crate::logging::installed() {
            let hint = err.hint.as_deref().map(|h| self.clean(h));
            crate::logging::failure(&self.clean(&err.message), hint.as_deref());
            return;
        }
        let label = self.paint("error:", "1;31");
        self.err_line(&format!("{label} {}", self.clean(&err.message)));
        if let Some(hint) = &err.hint {
            let label = self.paint("hint:", "1;36");
            self.err_line(&format!("{label} {}", self.clean(hint)));
        }
    }

    /// Renders a command's result.
    pub fn output(&self, out: &mut Output) -> io::Result<()> {
        if out.printed {
            return Ok(());
        }
        // Once, even if writing failed part-way: a second call prints nothing.
        out.printed = true;
        let format = out.format;
        if let Some(status) = &out.status {
            self.status(status);
        }
        if self.json || format == Format::Json {
            let head = match out.envelope_error() {
                None => "{\"ok\":true,\"data\":".to_string(),
                // `ok` is true exactly when the exit code is 0; a failing
                // command that gathered results still carries them.
                Some(err) => format!(
                    "{{\"ok\":false,\"error\":{},\"data\":",
                    self.error_json(&err)
                ),
            };
            return self.write_envelope(&head, out);
        }
        if let Some(err) = &out.failure {
            // Shown after the data so it is the last thing a person reads.
            let failure = err.clone();
            self.write_human(out)?;
            self.error(&failure);
            return Ok(());
        }
        self.write_human(out)
    }

    /// `head`, the data and the envelope's end. The data goes straight to
    /// stdout as it is serialised, unless commands inside it must gain the
    /// invocation's options (`--sandbox`, `--home`), which needs it whole.
    fn write_envelope(&self, head: &str, out: &Output) -> io::Result<()> {
        if self.invocation.rewrites_json() {
            let mut json = Vec::new();
            let mut w = io::BufWriter::new(&mut json as &mut dyn Write);
            out.write_json(&mut w)?;
            w.flush()?;
            drop(w);
            let json = String::from_utf8(json).expect("serde_json writes UTF-8");
            let data = self.invocation.apply_json(&json);
            return write_stdout_parts(&[head, &data, "}\n"]);
        }
        let mut stdout = io::stdout().lock();
        let mut w = io::BufWriter::with_capacity(64 * 1024, &mut stdout as &mut dyn Write);
        w.write_all(head.as_bytes())?;
        out.write_json(&mut w)?;
        w.write_all(b"}\n")?;
        w.flush()
    }

    fn write_human(&self, out: &mut Output) -> io::Result<()> {
        let format = out.format;
        let mut text = String::new();
        match &out.take_human() {
            Human::Nothing => {}
            Human::Lines(lines) => {
                for l in lines {
                    text.push_str(&self.cell(l));
                    text.push('\n');
                }
            }
            Human::Toned(lines) => {
                for (tone, l) in lines {
                    let l = self.cell(l);
                    let code = match tone {
                        Tone::Plain => None,
                        Tone::Heading => Some("1"),
                        Tone::Good => Some("32"),
                        Tone::Warn => Some("33"),
                        Tone::Bad => Some("31"),
                        Tone::Unknown => Some("35"),
                    };
                    match code {
                        // Painted after cleaning: the escapes are ours.
                        Some(c) if self.stdout_color => {
                            text.push_str(&format!("\x1b[{c}m{l}\x1b[0m"))
                        }
                        _ => text.push_str(&l),
                    }
                    text.push('\n');
                }
            }
            Human::Table { summary, listing } => {
                if format == Format::Csv {
                    text = self.invocation.apply(&csv(listing)).into_owned();
                } else {
                    for l in summary {
                        text.push_str(&self.cell(l));
                        text.push('\n');
                    }
                    text.push_str(&self.table(listing));
                }
            }
            Human::Record { fields, sections } => {
                let width = fields.iter().map(|(k, _)| k.len() + 1).max().unwrap_or(0);
                for (k, v) in fields {
                    text.push_str(&format!("{:width$}  {}\n", format!("{k}:"), self.cell(v)));
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

    fn error_json(&self, err: &Error) -> serde_json::Value {
        json!({
            "code": err.kind.code(),
            "message": self.invocation.apply(&err.message),
            "hint": err.hint.as_deref().map(|h| self.invocation.apply(h)),
        })
    }

    /// Cell and line text: control characters stripped, commands carrying
    /// the global options in effect.
    fn cell(&self, s: &str) -> String {
        sanitize(&self.invocation.apply(s))
    }

    /// A boxed table on a terminal, fitted to its width by dropping and
    /// shortening low-value columns (never wrapping a value: see
    /// `layout`); aligned plain columns otherwise, which keep `grep`/`awk`
    /// pipelines simple and complete.
    fn table(&self, listing: &Listing) -> String {
        if listing.rows.is_empty() {
            return String::new();
        }
        let mut t = Table::new();
        t.set_content_arrangement(ContentArrangement::Disabled);
        // Cells are cleaned first so widths are measured on what is shown.
        let rows: Vec<Vec<String>> = listing
            .rows
            .iter()
            .map(|r| r.iter().map(|c| self.cell(c)).collect())
            .collect();
        let shown = Listing {
            columns: listing.columns.clone(),
            rows,
        };
        if self.stdout_tty {
            t.load_preset(presets::UTF8_FULL_CONDENSED);
            let width = terminal_width(&t);
            let fit = layout::fit(&shown, width);
            t.set_header(fit.visible.iter().map(|&i| shown.columns[i].to_uppercase()));
            // Commands moved under the table, numbered once each.
            let mut notes: Vec<String> = Vec::new();
            for r in &shown.rows {
                t.add_row(fit.visible.iter().map(|&i| {
                    let cell = &r[i];
                    if fit.footnoted.contains(&i) && cell != "-" && !cell.is_empty() {
                        let n = match notes.iter().position(|c| c == cell) {
                            Some(at) => at + 1,
                            None => {
                                notes.push(cell.clone());
                                notes.len()
                            }
                        };
                        return format!("[{n}]");
                    }
                    match fit.caps[i] {
                        Some(max) => layout::shorten(cell, max),
                        None => cell.clone(),
                    }
                }));
            }
            if !fit.hidden.is_empty() {
                self.status(&format!(
                    "hidden to fit {width} columns: {} (--json shows all)",
                    fit.hidden.join(", ")
                ));
            }
            let mut s = t.to_string();
            s.push('\n');
            for (n, note) in notes.iter().enumerate() {
                s.push_str(&format!("[{}] {note}\n", n + 1));
            }
            return s;
        }
        t.load_preset(presets::NOTHING);
        t.set_header(shown.columns.iter().map(|c| c.to_uppercase()));
        for r in shown.rows {
            t.add_row(r);
        }
        // The NOTHING preset pads every line with a leading space and
        // trailing blanks; strip them for clean plain text.
        let mut s = t
            .to_string()
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
            .collect::<Vec<_>>()
            .join("\n");
        s.push('\n');
        s
    }
}

/// The terminal's width: `COLUMNS` when set (as `ls` and most tools honour
/// it), else what the terminal reports, else 80.
fn terminal_width(t: &Table) -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w >= 20)
        .or_else(|| t.width().map(usize::from))
        .unwrap_or(80)
}

fn write_stdout(text: &str) -> io::Result<()> {
    write_stdout_parts(&[text])
}

fn write_stdout_parts(parts: &[&str]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    for part in parts {
        out.write_all(part.as_bytes())?;
    }
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
