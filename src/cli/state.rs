use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct StateArgs {
    #[command(subcommand)]
    pub command: StateCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum StateCommand {
    /// Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table
    Status,
    /// Copy this home's SQLite state and its secrets into an empty PostgreSQL database (a team's shared store)
    #[command(
        after_help = "The target must be empty (a new database, or one a failed migrate left): the \
                      copy is one transaction, so a failure leaves it empty and the command can be \
                      run again. Secrets move from this home's credential store into the target's \
                      encrypted `database` store, sealed with the master key (ATSLINK_MASTER_KEY, \
                      [secrets] master_key_file or the keychain). Nothing in this home is changed.\n\
                      Then set `[state] url` and `credential_store = \"database\"` in config.toml \
                      (the command prints both)."
    )]
    Migrate(StateMigrateArgs),
}

#[derive(Debug, Args)]
pub struct StateMigrateArgs {
    /// The target database, postgres://USER@HOST/DATABASE[?sslmode=require]; default: ATSLINK_DATABASE_URL, then [state] url. Keep a password out of the command line (ATSLINK_DATABASE_PASSWORD)
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,
}
