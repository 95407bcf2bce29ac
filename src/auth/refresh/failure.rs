//! A refresh the provider failed: counted on the link with its error,
//! and the cool-down that follows (see the module comment of `refresh`).

use crate::auth::tokens::TokenSet;
use crate::clock;
use crate::error::{Error, ErrorKind};
use crate::providers::Provider;
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::{IntegrationRow, Org};
use time::OffsetDateTime;

/// The longest last-error sentence kept on a link.
const ERROR_CHARS: usize = 300;

/// When the link's cool-down after a failed refresh ends, if it has not
/// yet. `token status` shows it.
pub fn cool_down_until(
    link: &IntegrationRow,
    now: OffsetDateTime,
    cool_down: time::Duration,
) -> Option<OffsetDateTime> {
    if link.refresh_failures == 0 {
        return None;
    }
    // An unreadable failure time imposes no cool-down: the refresh is tried,
    // and a new failure writes a readable time.
    let failed = link.last_refresh_failure_at?;
    Some(failed + cool_down).filter(|until| *until > now)
}

pub(super) fn cooling_down(
    org: &Org,
    link: &IntegrationRow,
    until: OffsetDateTime,
    cool_down: time::Duration,
) -> Error {
    let provider = link.provider.as_str();
    let failures = link.refresh_failures;
    Error::unavailable(format!(
        "not asking {} again yet: the last refresh of the {provider} link of {} failed at {} \
         ({failures} failure{} in a row: {})",
        link.provider.label(),
        org.slug,
        link.time_text("last_refresh_failure_at", link.last_refresh_failure_at)
            .unwrap_or_else(|| "?".into()),
        if failures == 1 { "" } else { "s" },
        link.last_refresh_error.as_deref().unwrap_or("no error recorded"),
    ))
    .with_hint(format!(
        "it can be retried after {} ({} s cool-down); `atslink token refresh --org {} --provider {provider} --force` tries now",
        clock::format(until),
        cool_down.whole_seconds(),
        org.slug
    ))
}

/// A provider's error text as a plain one-line sentence to keep on the
/// link: control characters and runs of blanks folded, bounded in length,
/// and the link's own token values cut out should a provider echo one.
pub(super) fn plain_sentence(message: &str, stored: &TokenSet) -> String {
    let mut text = message.to_string();
    for secret in [Some(&stored.access_token), stored.refresh_token.as_ref()]
        .into_iter()
        .flatten()
        .map(SecretString::expose)
        .filter(|s| !s.is_empty())
    {
        text = text.replace(secret, "[redacted]");
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let line = words.join(" ");
    if line.chars().count() > ERROR_CHARS {
        format!("{}…", line.chars().take(ERROR_CHARS).collect::<String>())
    } else {
        line
    }
}

/// Counts a failure the provider gave (it stayed unavailable through the
/// retries, or answered with an error that breaks nothing) and returns
/// the error for the person, whose hint now names the cool-down.
pub(super) fn record_failure(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    stored: &TokenSet,
    mut e: Error,
    cool_down: time::Duration,
) -> Error {
    e.message = plain_sentence(&e.message, stored);
    let now = svc.clock.now();
    let recorded = svc.state().and_then(|state| {
        state.write(|tx| tx.record_refresh_failure(org.id, provider, &e.message, now))
    });
    match recorded {
        Ok(()) if cool_down.is_positive() => {
            let retry = format!(
                "it can be retried after {} ({} s cool-down; --force tries sooner)",
                clock::format(now + cool_down),
                cool_down.whole_seconds()
            );
            e.hint = Some(match e.hint.take() {
                Some(h) => format!("{h}; {retry}"),
                None => retry,
            });
        }
        // No cool-down to name (none configured, or the book-keeping
        // failed: the provider's error is what the person needs).
        recorded => {
            if let Err(why) = recorded {
                svc.notices.warn(&format!(
                    "could not record the failed refresh on the link: {}",
                    why.message
                ));
            }
            if e.kind == ErrorKind::Unavailable {
                e.hint = Some(match e.hint.take() {
                    Some(h) => format!("{h}; try again later"),
                    None => "try again later".into(),
                });
            }
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_error_is_one_bounded_line_without_the_links_tokens() {
        let stored = TokenSet {
            access_token: SecretString::new("ACCESS-abc"),
            refresh_token: Some(SecretString::new("REFRESH-xyz")),
            access_expires_at: None,
        };
        let said = plain_sentence(
            "invalid_grant:  token REFRESH-xyz\n\tunknown\r\n(ACCESS-abc)",
            &stored,
        );
        assert_eq!(said, "invalid_grant: token [redacted] unknown ([redacted])");
        let long = plain_sentence(&"word ".repeat(200), &stored);
        assert_eq!(long.chars().count(), ERROR_CHARS + 1);
        assert!(long.ends_with('…'));
    }
}
