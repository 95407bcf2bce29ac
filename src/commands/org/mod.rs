pub mod check;
pub mod create;
pub mod delete;
pub mod list;
pub mod show;

use crate::error::{Error, Result};

/// Slugs: lowercase letters, digits and hyphens, 2-40 characters, not
/// starting or ending with a hyphen (they appear in URLs and file names).
pub fn validate_slug(slug: &str) -> Result<()> {
    if is_valid_slug(slug) {
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
        if is_valid_slug(&suggestion) {
            err = err.with_hint(format!("try `{suggestion}`"));
        }
        Err(err)
    }
}

pub fn is_valid_slug(slug: &str) -> bool {
    let ok_chars = slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let ok_len = (2..=40).contains(&slug.len());
    let ok_ends = !slug.starts_with('-') && !slug.ends_with('-');
    ok_chars && ok_len && ok_ends
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
