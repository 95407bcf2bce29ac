//! `SecretString`: the only way a token, client secret or API key moves
//! through atslink. It has no `Display`, its `Debug` is redacted, it does not
//! implement `Serialize`, and reading it takes an explicit `expose()`, so a
//! secret cannot reach output, logs or a panic message by accident.

use std::fmt;

use zeroize::Zeroize;

#[derive(Clone, PartialEq, Eq)]
pub struct SecretString(String);

impl SecretString {
    pub fn new(value: impl Into<String>) -> Self {
        SecretString(value.into())
    }

    /// The secret's value. Every call site is a place a secret leaves the
    /// wrapper: keep them few and never hand the result to the printer.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Secrets arrive in provider JSON (token responses), so they can be read
/// straight into the wrapper. There is deliberately no `Serialize`.
impl<'de> serde::Deserialize<'de> for SecretString {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(SecretString)
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

impl Drop for SecretString {
    fn drop(&mut self) {
        // Best effort: overwrite the bytes so a freed secret does not linger
        // in the heap. `zeroize` writes volatile zeros the optimiser cannot
        // drop, over the whole capacity, without `unsafe` here.
        self.0.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let s = SecretString::new("hunter2-very-secret");
        let shown = format!("{s:?} {:?}", Some(&s));
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("redacted"));
        assert_eq!(s.expose(), "hunter2-very-secret");
    }
}
