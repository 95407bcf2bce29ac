use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

#[derive(Debug, Args)]
pub struct SecretsArgs {
    #[command(subcommand)]
    pub command: SecretsCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SecretsCommand {
    /// Re-encrypt every secret of the database credential store under a new master key, in one transaction
    #[command(
        after_help = "The current key comes from ATSLINK_MASTER_KEY, [secrets] master_key_file or the \
                      OS keychain, as for every command. Afterwards, point that source at the new \
                      key: the old one no longer opens the secrets.\n\
                      Make a key with `head -c 32 /dev/urandom | base64`."
    )]
    Rekey(SecretsRekeyArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("new_key").required(true).args(["new_key_file", "new_key_stdin"])))]
pub struct SecretsRekeyArgs {
    /// Read the new master key (base64 of 32 bytes) from this file; it must be mode 0600
    #[arg(long, value_name = "PATH")]
    pub new_key_file: Option<PathBuf>,

    /// Read the new master key (base64 of 32 bytes) from stdin
    #[arg(long)]
    pub new_key_stdin: bool,
}
