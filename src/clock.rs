//! Time: one clock for the whole process, timestamps in one format, and the
//! one duration syntax (`90s`, `5m`, `12h`, `7d`, `2w`) used everywhere.
//!
//! Timestamps are stored as RFC 3339 UTC with second precision
//! (`2026-11-22T07:39:00Z`), which sorts correctly as text in SQLite.

use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, UtcOffset};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// Added to the system time; the sandbox moves this to make "15 days
    /// later" one command.
    offset: time::Duration,
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl Clock {
    pub fn system() -> Self {
        Clock {
            offset: time::Duration::ZERO,
        }
    }

    /// A clock that reads `now` where the system reads its own now (the
    /// sandbox world's clock).
    pub fn at(now: OffsetDateTime) -> Self {
        Clock {
            offset: now - OffsetDateTime::now_utc(),
        }
    }

    pub fn now(&self) -> OffsetDateTime {
        let t = OffsetDateTime::now_utc() + self.offset;
        t.replace_nanosecond(0).expect("0 ns is valid")
    }
}

pub fn format(t: OffsetDateTime) -> String {
    format_in(t, &mut [0; 32]).to_string()
}

/// [`format`] into `buf`, without an allocation: output formats a time per
/// row of a listing.
fn format_in(t: OffsetDateTime, buf: &mut [u8; 32]) -> &str {
    let t = t
        .to_offset(UtcOffset::UTC)
        .replace_nanosecond(0)
        .expect("0 ns is valid");
    let len = t
        .format_into(&mut &mut buf[..], &Rfc3339)
        .expect("RFC 3339 formats any UTC time, in 20 bytes");
    std::str::from_utf8(&buf[..len]).expect("RFC 3339 is ASCII")
}

pub fn parse(s: &str) -> Result<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339)
        .map_err(|e| Error::failure(format!("bad timestamp `{s}` in the state database: {e}")))
}

/// `#[serde(serialize_with = "clock::serialize")]`: a time in output, in
/// the one format (the output edge formats, the domain keeps the time).
pub fn serialize<S: serde::Serializer>(
    t: &OffsetDateTime,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(format_in(*t, &mut [0; 32]))
}

/// [`serialize`] for an optional time (`null` when there is none).
pub fn serialize_opt<S: serde::Serializer>(
    t: &Option<OffsetDateTime>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    match t {
        Some(t) => serialize(t, s),
        None => s.serialize_none(),
    }
}

/// `--since` values: a date (`2026-11-01`, midnight UTC) or an RFC 3339 time.
pub fn parse_since(s: &str) -> Result<OffsetDateTime> {
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Ok(t);
    }
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &fmt)
        .map(|d| d.midnight().assume_utc())
        .map_err(|_| {
            Error::usage(format!(
                "`{s}` is not a date: use YYYY-MM-DD or an RFC 3339 time"
            ))
        })
}

/// A batch's `--since`: a date or time, a duration before now (`7d`), or
/// `last` (where the previous successful batch started).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    At(OffsetDateTime),
    Ago(time::Duration),
    Last,
}

/// `--since` for batches: what `parse_since` takes, a duration (`7d`,
/// meaning that long before now on the command's clock), or `last`.
pub fn parse_batch_since(s: &str) -> Result<Since> {
    if s.trim().eq_ignore_ascii_case("last") {
        return Ok(Since::Last);
    }
    if let Ok(t) = parse_since(s) {
        return Ok(Since::At(t));
    }
    match parse_duration(s) {
        Ok(d) if !d.is_negative() => Ok(Since::Ago(d)),
        _ => Err(Error::usage(format!(
            "`{s}` is not a date, a duration or `last`: use YYYY-MM-DD, an RFC 3339 time, 7d (a duration before now) or last"
        ))),
    }
}

/// The longest duration any flag accepts: 100 years. Far beyond any real
/// use, yet small enough that adding it to any timestamp this program sees
/// stays inside the calendar (`time` panics on overflowing arithmetic).
pub const MAX_DURATION_SECS: i64 = 36_525 * 86_400;

/// Parses `90s`, `5m`, `12h`, `7d`, `2w` (and `250ms`, for latencies), at
/// most [`MAX_DURATION_SECS`].
pub fn parse_duration(s: &str) -> Result<time::Duration> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(|| Error::usage(format!("`{s}` needs a unit: s, m, h, d or w (e.g. 7d)")))?;
    let (num, unit) = s.split_at(split);
    let n: i64 = num.parse().map_err(|_| {
        Error::usage(format!(
            "`{s}` is not a duration (e.g. 90s, 5m, 12h, 7d, 2w)"
        ))
    })?;
    if unit == "ms" {
        return n
            .checked_div(1000)
            .filter(|secs| *secs <= MAX_DURATION_SECS)
            .map(|_| time::Duration::milliseconds(n))
            .ok_or_else(|| too_long(s));
    }
    let secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => {
            return Err(Error::usage(format!(
                "`{s}` has an unknown unit `{unit}`: use s, m, h, d or w"
            )));
        }
    };
    n.checked_mul(secs)
        .filter(|total| *total <= MAX_DURATION_SECS)
        .map(time::Duration::seconds)
        .ok_or_else(|| too_long(s))
}

fn too_long(s: &str) -> Error {
    Error::usage(format!("`{s}` is too long: at most 36525d (100 years)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_the_one_format_utc_whole_seconds() {
        let t = time::macros::datetime!(2026-11-22 09:39:00.75 +02:00);
        assert_eq!(format(t), "2026-11-22T07:39:00Z");
        assert_eq!(parse(&format(t)).unwrap(), t.replace_nanosecond(0).unwrap());
        let json = serde_json::to_string(&serde_json::json!({ "at": Wrapped(t) })).unwrap();
        assert_eq!(json, r#"{"at":"2026-11-22T07:39:00Z"}"#);

        #[derive(serde::Serialize)]
        struct Wrapped(#[serde(serialize_with = "serialize")] OffsetDateTime);
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s").unwrap(), time::Duration::seconds(90));
        assert_eq!(parse_duration("5m").unwrap(), time::Duration::minutes(5));
        assert_eq!(parse_duration("12h").unwrap(), time::Duration::hours(12));
        assert_eq!(parse_duration("7d").unwrap(), time::Duration::days(7));
        assert_eq!(parse_duration("2w").unwrap(), time::Duration::weeks(2));
        assert!(parse_duration("7").is_err());
        assert!(parse_duration("d").is_err());
        assert!(parse_duration("7y").is_err());
        assert_eq!(
            parse_duration("250ms").unwrap(),
            time::Duration::milliseconds(250)
        );
    }

    #[test]
    fn durations_are_bounded_so_time_arithmetic_cannot_overflow() {
        assert!(parse_duration("36525d").is_ok());
        for huge in [
            "36526d",
            "99999999999d",
            "9223372036854775807s",
            "99999999999999ms",
        ] {
            let err = parse_duration(huge).unwrap_err();
            assert!(err.message.contains("too long"), "{huge}: {err}");
        }
        // The bound keeps `now + d` representable.
        let d = parse_duration("36525d").unwrap();
        assert!(Clock::system().now().checked_add(d).is_some());
    }

    #[test]
    fn timestamps_round_trip() {
        let t = Clock::system().now();
        assert_eq!(parse(&format(t)).unwrap(), t);
        assert!(format(t).ends_with('Z'));
        assert!(parse_since("2026-11-01").is_ok());
        assert!(parse_since("yesterday").is_err());
    }

    #[test]
    fn batch_since() {
        assert_eq!(
            parse_batch_since("7d").unwrap(),
            Since::Ago(time::Duration::days(7))
        );
        assert_eq!(parse_batch_since("last").unwrap(), Since::Last);
        assert!(matches!(
            parse_batch_since("2026-11-01").unwrap(),
            Since::At(_)
        ));
        assert!(parse_batch_since("yesterday").is_err());
    }
}
