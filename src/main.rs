use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match atslink::cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return atslink::usage_error(e, &args),
    };
    let command_line = args
        .iter()
        .skip(1)
        .map(|a| atslink::output::shell_quote(&a.to_string_lossy()))
        .collect::<Vec<_>>()
        .join(" ");
    atslink::run(cli, command_line)
}
