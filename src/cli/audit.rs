use clap::Args;

use super::FormatArgs;

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only entries on or after this date (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE", value_parser = crate::clock::parse_since)]
    pub since: Option<time::OffsetDateTime>,

    /// At most this many entries, newest first
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u32,

    #[command(flatten)]
    pub format: FormatArgs,
}
