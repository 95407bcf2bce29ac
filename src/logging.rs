//! The server's log (`atslink serve`): `tracing` events on stderr, one per
//! line, as text or as JSON objects (`--log-format`). The level comes from
//! `-q` (warn), nothing (info), `-v` (debug) or `-vv` (trace); `ATSLINK_LOG`
//! replaces it with `target=level` directives (tracing's EnvFilter syntax
//! without span filters: atslink logs events, not spans).
//!
//! Only atslink's own events are audited to carry no secret, so events of
//! the libraries underneath (hyper, the D-Bus client of the Secret
//! Service, ...) are shown from warn up whatever the filter says.
//!
//! Once installed, every printer in the process sends its stderr lines
//! (status, notes, warnings, `-v` diagnostics) through the same logger, so
//! with `--log-format json` every stderr line is a JSON object.

use std::sync::atomic::{AtomicBool, Ordering};

use tracing::{Level, Metadata};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::{FilterExt, LevelFilter, Targets, filter_fn};
use tracing_subscriber::layer::SubscriberExt;

use crate::error::{Error, Result};

/// The environment variable holding `target=level` directives.
pub const FILTER_ENV: &str = "ATSLINK_LOG";

/// How log events are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LogFormat {
    /// Text lines: time, level, target, message, then key=value fields
    #[default]
    Text,
    /// One JSON object per line: timestamp, level, target, message, fields
    Json,
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Whether [`init`] has installed the logger in this process.
pub fn installed() -> bool {
    INSTALLED.load(Ordering::Acquire)
}

/// The level `-q`/`-v` ask for.
fn level(quiet: bool, verbose: u8) -> LevelFilter {
    match (quiet, verbose) {
        (true, _) => LevelFilter::WARN,
        (false, 0) => LevelFilter::INFO,
        (false, 1) => LevelFilter::DEBUG,
        (false, _) => LevelFilter::TRACE,
    }
}

/// What is logged: `ATSLINK_LOG` when set and not empty, else atslink's
/// events at the `-q`/`-v` level and other targets' warnings.
pub fn filter(env: Option<&str>, quiet: bool, verbose: u8) -> Result<Targets> {
    match env.map(str::trim).filter(|s| !s.is_empty()) {
        Some(spec) => spec.parse::<Targets>().map_err(|e| {
            Error::usage(format!(
                "{FILTER_ENV}=`{}` is not a log filter: {e}",
                crate::output::sanitize(spec)
            ))
            .with_hint(format!(
                "use comma-separated target=level directives, e.g. {FILTER_ENV}=debug \
                 or {FILTER_ENV}=info,atslink::serve=trace (or unset it and use -v/-q)"
            ))
        }),
        None => Ok(Targets::new()
            .with_default(LevelFilter::WARN)
            .with_target("atslink", level(quiet, verbose))),
    }
}

/// atslink's own events at any level; other crates' from warn up.
fn audited(target: &str, level: &Level) -> bool {
    target == "atslink" || target.starts_with("atslink::") || *level <= Level::WARN
}

/// Installs the logger for this process: reads `ATSLINK_LOG`, then sends
/// events to stderr in `format`. A bad `ATSLINK_LOG` is a usage error.
pub fn init(format: LogFormat, quiet: bool, verbose: u8) -> Result<()> {
    let env = std::env::var(FILTER_ENV).ok();
    let targets = filter(env.as_deref(), quiet, verbose)?;
    let layer = match format {
        LogFormat::Text => tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_ansi(false)
            .boxed(),
        LogFormat::Json => tracing_subscriber::fmt::layer()
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(false)
            .with_writer(std::io::stderr)
            .boxed(),
    };
    let subscriber = tracing_subscriber::registry()
        .with(layer.with_filter(
            targets.and(filter_fn(|m: &Metadata<'_>| audited(m.target(), m.level()))),
        ));
    tracing::subscriber::set_global_default(subscriber)
        .map_err(|_| Error::failure("a logger is already installed in this process"))?;
    INSTALLED.store(true, Ordering::Release);
    Ok(())
}

/// One printer line as an event (target `atslink`). Callers pass no
/// secrets, as for the printer's own lines.
pub fn line(level: Level, msg: &str) {
    match level {
        Level::ERROR => tracing::error!(target: "atslink", "{msg}"),
        Level::WARN => tracing::warn!(target: "atslink", "{msg}"),
        Level::INFO => tracing::info!(target: "atslink", "{msg}"),
        Level::DEBUG => tracing::debug!(target: "atslink", "{msg}"),
        _ => tracing::trace!(target: "atslink", "{msg}"),
    }
}

/// The error a command ends with, and its hint, as one event.
pub fn failure(msg: &str, hint: Option<&str>) {
    tracing::error!(target: "atslink", hint, "{msg}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn would_log(t: &Targets, target: &str, level: Level) -> bool {
        t.would_enable(target, &level)
    }

    #[test]
    fn flags_set_atslinks_level_and_libraries_stay_at_warn() {
        let t = filter(None, false, 0).unwrap();
        assert!(would_log(&t, "atslink::serve", Level::INFO));
        assert!(!would_log(&t, "atslink::serve", Level::DEBUG));
        assert!(!would_log(&t, "hyper_util::client", Level::INFO));
        assert!(would_log(&t, "hyper_util::client", Level::WARN));
        let t = filter(None, true, 0).unwrap();
        assert!(!would_log(&t, "atslink::serve", Level::INFO));
        assert!(would_log(&t, "atslink::serve", Level::WARN));
        let t = filter(None, false, 2).unwrap();
        assert!(would_log(&t, "atslink", Level::TRACE));
        // An empty variable is no filter.
        let t = filter(Some(" "), false, 1).unwrap();
        assert!(would_log(&t, "atslink", Level::DEBUG));
    }

    #[test]
    fn the_environment_replaces_the_flags() {
        let t = filter(Some("warn,atslink::serve=trace"), true, 0).unwrap();
        assert!(would_log(&t, "atslink::serve::launch", Level::TRACE));
        assert!(!would_log(&t, "atslink::commands", Level::INFO));
        let e = filter(Some("atslink=loud"), false, 0).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hint.unwrap().contains("target=level"));
    }

    #[test]
    fn libraries_below_warn_are_never_shown() {
        assert!(audited("atslink::serve", &Level::TRACE));
        assert!(audited("atslink", &Level::DEBUG));
        assert!(!audited("zbus::connection", &Level::TRACE));
        assert!(!audited("atslinkish", &Level::INFO));
        assert!(audited("hyper", &Level::WARN));
        assert!(audited("hyper", &Level::ERROR));
    }
}
