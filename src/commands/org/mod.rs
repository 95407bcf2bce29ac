pub mod check;
pub mod create;
pub mod delete;
pub mod list;
pub mod show;

use crate::error::{Error, Result};
use crate::state::Org;

/// A slug [`Org::is_valid_slug`] accepts; else a usage error, with a
/// well-formed suggestion when one can be made.
pub fn validate_slug(slug: &str) -> Result<()> {
    if Org::is_valid_slug(slug) {
        Ok(())
    } else {
        let suggestion: String = slug
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .trim_matches('-')
            .chars()
            .take(40)
            .collect();
        let mut err = Error::usage(format!(
            "{} is not a valid organisation slug: use 2-40 lowercase letters, digits and \
             hyphens, not starting or ending with a hyphen",
            crate::error::quote(slug)
        ));
        if Org::is_valid_slug(&suggestion) {
            err = err.with_hint(format!("try `{suggestion}`"));
        }
        Err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::validate_slug;

    #[test]
    fn slugs() {
        for ok in ["ab", "acme", "acme-recruitment", "a1", &"a".repeat(40)] {
            assert!(validate_slug(ok).is_ok(), "{ok}");
        }
        for bad in [
            "a",
            "Acme",
            "acme_rec",
            "-acme",
            "acme-",
            "",
            &"a".repeat(41),
            "ac me",
        ] {
            assert!(validate_slug(bad).is_err(), "{bad}");
        }
        let hint = validate_slug("Acme Rec").unwrap_err().hint.unwrap();
        assert!(hint.contains("acme-rec"), "{hint}");
    }
}
