use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut parsed = args.clone();
    atslink::cli::compat::provider_first(&mut parsed);
    let cli = match atslink::cli::Cli::try_parse_from(&parsed) {
        Ok(cli) => cli,
        Err(e) => return atslink::usage_error(e, &parsed),
    };
    let command_line = args
        .iter()
        .skip(1)
        .map(|a| atslink::output::shell_quote(&a.to_string_lossy()))
        .collect::<Vec<_>>()
        .join(" ");
    atslink::run(cli, command_line)
}
