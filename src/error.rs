//! One error type for the whole tool. Every failure carries a kind (which
//! decides the exit code and the JSON `code`), a message, and optionally a
//! hint with the command that fixes it. Errors are rendered once, in `main`.

use std::fmt;

use crate::providers::Provider;

/// The exit-code table of DESIGN.md, as a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: failure not covered below.
    Failure,
    /// 2: bad flags, bad input file, bad config.
    Usage,
    /// 3: authentication broken; relink needed.
    Auth,
    /// 4: organisation, user, candidate or placement not found.
    NotFound,
    /// 5: already exists, already linked, duplicate.
    Conflict,
    /// 6: no licence available.
    NoLicence,
    /// 7: provider or store unavailable, rate-limited, network (retryable).
    Unavailable,
    /// 8: partial success in a batch.
    Partial,
}

/// The exit-code table, in one place: the man pages' EXIT STATUS section
/// is generated from it and the README's table is checked against it.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success"),
    (1, "failure not covered below"),
    (
        2,
        "usage error (bad flags, bad input file, bad config, a missing or wrong master key)",
    ),
    (
        3,
        "authentication broken: no link, refresh rejected, relink needed",
    ),
    (4, "not found (organisation, user, candidate, placement)"),
    (
        5,
        "conflict (already exists, already linked, already in Flare, duplicate)",
    ),
    (6, "no licence available"),
    (
        7,
        "provider or credential store unavailable, rate-limited, network (retryable)",
    ),
    (
        8,
        "partial success in a batch (per-row results in the output)",
    ),
];

impl ErrorKind {
    pub const ALL: [ErrorKind; 8] = [
        ErrorKind::Failure,
        ErrorKind::Usage,
        ErrorKind::Auth,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::NoLicence,
        ErrorKind::Unavailable,
        ErrorKind::Partial,
    ];

    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Failure => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Auth => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::NoLicence => 6,
            ErrorKind::Unavailable => 7,
            ErrorKind::Partial => 8,
        }
    }

    /// A sentence for a command that returns data with this exit code but
    /// no message of its own (the data holds the details).
    pub fn summary(self) -> &'static str {
        match self {
            ErrorKind::Failure => "the command failed; the data holds the details",
            ErrorKind::Usage => "the input was not usable; the data holds the details",
            ErrorKind::Auth => {
                "a link needs attention (authentication broken); the data holds the details"
            }
            ErrorKind::NotFound => "something was not found; the data holds the details",
            ErrorKind::Conflict => {
                "a conflict stopped part of the work; the data holds the details"
            }
            ErrorKind::NoLicence => "no licence was available; the data holds the details",
            ErrorKind::Unavailable => "a provider could not be reached; the data holds the details",
            ErrorKind::Partial => "the batch partly succeeded; the per-row results are in the data",
        }
    }

    /// The stable machine-readable code in the JSON envelope.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Failure => "failure",
            ErrorKind::Usage => "usage",
            ErrorKind::Auth => "auth",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::NoLicence => "no_licence",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::Partial => "partial",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
        }
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failure, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unavailable, message)
    }

    /// `org` has no link to `provider`, wherever that is found. DESIGN's
    /// table puts "no link" under 3 (authentication broken, relink needed),
    /// not 4: the organisation exists, and what is missing is an
    /// authorisation that only linking gives, the same remedy as a link
    /// whose refresh was refused. 4 is for a named thing that does not
    /// exist. Every command says it the same way, with the same fix.
    pub fn not_linked(org: &str, provider: Provider) -> Self {
        Self::new(ErrorKind::Auth, not_linked_message(org, provider))
            .with_hint(format!("link it with `{}`", link_command(provider, org)))
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The start of the message of a busy/locked database error; the state
/// store retries on it.
pub const DB_BUSY: &str = "the state database is busy";

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        // Busy/locked errors should be absorbed by the busy timeout; if one
        // still escapes it is transient, so it gets the retryable exit code.
        if let rusqlite::Error::SqliteFailure(code, _) = &e
            && matches!(
                code.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            )
        {
            return Error::unavailable(format!("{DB_BUSY}: {e}"))
                .with_hint("another atslink process held it for too long; run the command again");
        }
        Error::failure(format!("state database error: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::failure(format!("I/O error: {e}"))
    }
}

/// The message of [`Error::not_linked`], for reports that carry it as a
/// finding rather than fail with it (`org check`, `flare diagnose`).
pub fn not_linked_message(org: &str, provider: Provider) -> String {
    format!("{org} is not linked to {}", provider.label())
}

/// The command that links `org` to `provider`: the fix for "not linked".
pub fn link_command(provider: Provider, org: &str) -> String {
    format!("atslink integration link {} --org {org}", provider.as_str())
}

/// How much of a rejected value an error message quotes.
const QUOTE_CHARS: usize = 60;

/// A rejected value for an error message, in backticks: whole when short,
/// else its start and its length, so a 100,000-character mistake does not
/// flood the screen (or the JSON envelope).
pub fn quote(value: &str) -> String {
    let n = value.chars().count();
    if n <= QUOTE_CHARS {
        format!("`{value}`")
    } else {
        let head: String = value.chars().take(QUOTE_CHARS).collect();
        format!("`{head}…` ({n} characters)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_row_in_the_table() {
        let codes: Vec<u8> = EXIT_CODES.iter().map(|(c, _)| *c).collect();
        let mut kinds: Vec<u8> = ErrorKind::ALL.iter().map(|k| k.exit_code()).collect();
        kinds.insert(0, 0);
        assert_eq!(codes, kinds);
    }
}
