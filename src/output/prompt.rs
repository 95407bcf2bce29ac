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
        !self.no_input
            && !self.json
            && std::io::stdin().is_terminal()
            && std::io::stderr().is_terminal()
    }
}

/// Asks `question`; `retry` is the command line to run with `--yes`.
pub fn confirm(policy: &ConfirmPolicy, question: &str, retry: &str) -> Result<()> {
    if policy.yes {
        return Ok(());
    }
    if !policy.interactive() {
        return Err(Error::usage(format!(
            "confirmation needed (\"{question}\") and there is no terminal to ask on; nothing was changed"
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
