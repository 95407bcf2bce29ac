//! atslink: the administration command line for a CV-reformatting
//! platform's integrations. See DESIGN.md (shared) and README.md.

pub mod assets;
pub mod auth;
pub mod bounded;
pub mod checks;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod context;
pub mod endpoints;
pub mod error;
pub mod flare;
pub mod fsutil;
pub mod health;
pub mod http;
pub mod licences;
pub mod logging;
pub mod output;
pub mod providers;
pub mod sandbox;
pub mod secrets;
pub mod serve;
pub mod services;
pub mod signals;
pub mod state;
pub mod suggest;

use std::io::Write;
use std::process::ExitCode;

use cli::{Cli, Command};
use context::Context;
use output::{Printer, is_broken_pipe};

/// Runs one parsed command line to completion and returns the exit code.
/// Every error is rendered here, once.
pub fn run(cli: Cli, command_line: String) -> ExitCode {
    if let Command::Completions(args) = &cli.command {
        let script = commands::completions::render(args);
        return match std::io::stdout().lock().write_all(&script) {
            Err(e) if !is_broken_pipe(&e) => ExitCode::from(1),
            _ => ExitCode::SUCCESS,
        };
    }
    let g = &cli.global;
    let printer = Printer::new(g.json, g.quiet, g.verbose, g.color)
        .with_invocation(output::Invocation::from_global(g));
    // The server logs through `tracing` from its first line on (the home's
    // notes included), so a JSON log is JSON throughout.
    if let Command::Serve(args) = &cli.command
        && let Err(e) = logging::init(args.log_format, g.quiet, g.verbose)
    {
        printer.error(&e);
        return ExitCode::from(e.exit_code());
    }
    let result = Context::new(g, command_line).and_then(|mut ctx| {
        let out = commands::dispatch(&mut ctx, cli.command)?;
        Ok((ctx, out))
    });
    match result {
        Ok((ctx, mut out)) => match (out.exit, ctx.printer.output(&mut out)) {
            (exit, Ok(())) => {
                // The process ends here: the command's data (still whole
                // after `--json`) is left for the system to take back at once
                // rather than freed one allocation at a time (a listing of
                // 1,000 organisations is thousands of them: 0.38M
                // instructions of `org list --json`'s 10M).
                std::mem::forget(out);
                ExitCode::from(exit.map_or(0, |k| k.exit_code()))
            }
            // The reader went away (`| head -1`): that is their choice.
            (_, Err(e)) if is_broken_pipe(&e) => ExitCode::SUCCESS,
            (_, Err(e)) => {
                printer.error(&error::Error::failure(format!("cannot write output: {e}")));
                ExitCode::from(1)
            }
        },
        Err(e) => {
            printer.error(&e);
            ExitCode::from(e.exit_code())
        }
    }
}

/// Renders a command-line parse error. Help and version go out as clap
/// prints them; with `--json` anywhere on the line, a usage error is the
/// JSON envelope like every other error.
pub fn usage_error(e: clap::Error, args: &[std::ffi::OsString]) -> ExitCode {
    use clap::error::ErrorKind as K;
    let wants_json = args.iter().any(|a| a == "--json");
    if wants_json
        && !matches!(
            e.kind(),
            K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        let printer = Printer::new(true, false, 0, output::ColorChoice::Never);
        printer.error(&usage_envelope(&e.render().to_string()));
        return ExitCode::from(2);
    }
    let code = e.exit_code();
    // clap writes help to stdout; a closed pipe there is not a failure.
    let _ = e.print();
    ExitCode::from(code as u8)
}

/// Turns clap's rendered usage error into one message and a hint. clap puts
/// the detail on indented lines after the first (the missing arguments, the
/// valid values), a `tip:` and a `Usage:` line after a blank line: the
/// detail belongs in the message, the tip and the command's help in the hint.
fn usage_envelope(rendered: &str) -> error::Error {
    let mut lines = rendered.lines();
    let mut message = lines
        .next()
        .unwrap_or("invalid command line")
        .trim_start_matches("error: ")
        .trim_end()
        .to_string();
    let mut detail = Vec::new();
    let mut tips = Vec::new();
    let mut command = "atslink".to_string();
    let mut in_detail = true;
    for line in lines {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            in_detail = false;
        } else if let Some(tip) = trimmed.strip_prefix("tip: ") {
            tips.push(tip.to_string());
        } else if let Some(usage) = trimmed.strip_prefix("Usage: ") {
            // The command path: the words before the first option or argument.
            command = usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['-', '<', '[']))
                .collect::<Vec<_>>()
                .join(" ");
        } else if in_detail && line.starts_with(' ') {
            detail.push(trimmed.to_string());
        }
    }
    if !detail.is_empty() {
        let sep = if message.ends_with(':') { " " } else { ": " };
        message = format!("{message}{sep}{}", detail.join(", "));
    }
    tips.push(format!("run `{command} --help` for the usage"));
    error::Error::usage(message).with_hint(tips.join("; "))
}

#[cfg(test)]
mod tests {
    use super::usage_envelope;

    #[test]
    fn usage_envelope_keeps_the_detail_and_the_tip() {
        let e = usage_envelope(
            "error: the following required arguments were not provided:\n  --name <NAME>\n  <SLUG>\n\n\
             Usage: atslink org create --name <NAME> <SLUG>\n\nFor more information, try '--help'.\n",
        );
        assert_eq!(
            e.message,
            "the following required arguments were not provided: --name <NAME>, <SLUG>"
        );
        assert_eq!(
            e.hint.as_deref(),
            Some("run `atslink org create --help` for the usage")
        );
        let e = usage_envelope(
            "error: unexpected argument '--nme' found\n\n  tip: a similar argument exists: '--name'\n\n\
             Usage: atslink org create --name <NAME> <SLUG>\n\nFor more information, try '--help'.\n",
        );
        assert_eq!(e.message, "unexpected argument '--nme' found");
        assert_eq!(
            e.hint.as_deref(),
            Some(
                "a similar argument exists: '--name'; run `atslink org create --help` for the usage"
            )
        );
    }
}
