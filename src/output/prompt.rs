//! Confirmation for destructive commands: `--yes` skips it; on a terminal it
//! asks; otherwise (a script, CI, `--no-input`, `--json`) it refuses with a
//! hint rather than guessing.

use std::io::IsTerminal;

use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct ConfirmPolicy {
    pub yes: bool,
    pub no_input: bool,
    pub json: bool,
}

impl ConfirmPolicy {
    pub fn interactive(&self) -> bool {
        self.why_not_interactive().is_none()
    }

    /// Why no prompt may be shown, in the user's terms: a flag they gave
    /// is named as such, and terminals are blamed only when they are the
    /// reason.
    pub fn why_not_interactive(&self) -> Option<&'static str> {
        reason(
            self,
            std::io::stdin().is_terminal(),
            std::io::stderr().is_terminal(),
        )
    }
}

fn reason(policy: &ConfirmPolicy, stdin_tty: bool, stderr_tty: bool) -> Option<&'static str> {
    if policy.no_input {
        Some("--no-input forbids asking")
    } else if policy.json {
        Some("--json never asks")
    } else if !stdin_tty {
        Some("stdin is not a terminal to answer on")
    } else if !stderr_tty {
        Some("stderr is not a terminal to ask on")
    } else {
        None
    }
}

/// Asks `question`; `retry` is the command line to run with `--yes`.
pub fn confirm(policy: &ConfirmPolicy, question: &str, retry: &str) -> Result<()> {
    if policy.yes {
        return Ok(());
    }
    if let Some(why) = policy.why_not_interactive() {
        return Err(Error::usage(format!(
            "confirmation needed (\"{question}\") and {why}; nothing was changed"
        ))
        .with_hint(format!("run `{retry} --yes` to confirm")));
    }
    let answer = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| Error::failure(format!("cannot read the answer: {e}")))?;
    if answer {
        Ok(())
    } else {
        Err(Error::failure("cancelled; nothing was changed"))
    }
}

#[cfg(test)]
mod tests {
    use super::{ConfirmPolicy, reason};

    #[test]
    fn the_reason_names_what_forbids_the_prompt() {
        let p = |no_input, json| ConfirmPolicy {
            yes: false,
            no_input,
            json,
        };
        assert_eq!(
            reason(&p(true, false), true, true),
            Some("--no-input forbids asking")
        );
        assert_eq!(
            reason(&p(false, true), true, true),
            Some("--json never asks")
        );
        assert!(
            reason(&p(false, false), false, true)
                .unwrap()
                .contains("stdin")
        );
        assert!(
            reason(&p(false, false), true, false)
                .unwrap()
                .contains("stderr")
        );
        assert_eq!(reason(&p(false, false), true, true), None);
    }
}
