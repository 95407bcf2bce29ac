//! atslink: the administration command line for a CV-reformatting
//! platform's integrations. See DESIGN.md (shared) and README.md.

pub mod assets;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod context;
pub mod endpoints;
pub mod error;
pub mod fsutil;
pub mod health;
pub mod output;
pub mod providers;
pub mod sandbox;
pub mod secrets;
pub mod serve;
pub mod state;

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
    let result = Context::new(g, command_line).and_then(|mut ctx| {
        let out = commands::dispatch(&mut ctx, cli.command)?;
        Ok((ctx, out))
    });
    match result {
        Ok((ctx, out)) => match (out.exit, ctx.printer.output(out)) {
            (exit, Ok(())) => ExitCode::from(exit.map_or(0, |k| k.exit_code())),
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
        let message = e
            .render()
            .to_string()
            .lines()
            .next()
            .unwrap_or("invalid command line")
            .trim_start_matches("error: ")
            .to_string();
        printer
            .error(&error::Error::usage(message).with_hint("run `atslink --help` for the usage"));
        return ExitCode::from(2);
    }
    let code = e.exit_code();
    // clap writes help to stdout; a closed pipe there is not a failure.
    let _ = e.print();
    ExitCode::from(code as u8)
}
