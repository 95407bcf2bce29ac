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

/// The known slug nearest to a mistyped one by edit distance, if it is
/// close enough to be a typo (at most a third of the longer slug's length,
/// and at least one edit). Ties go to the first in `known` (sorted by slug).
pub fn closest_slug<'a>(slug: &str, known: &'a [String]) -> Option<&'a str> {
    let typed = slug.to_lowercase();
    if typed.chars().count() > 80 {
        return None; // no slug is that long, and the distance costs len × len
    }
    known
        .iter()
        .map(|k| (edit_distance(&typed, k), k))
        .filter(|(d, k)| *d <= (typed.chars().count().max(k.chars().count()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.as_str())
}

/// Edit distance counting an insert, a delete, a substitution or a swap of
/// two neighbouring characters as one edit (optimal string alignment), so
/// `amce` is one typo away from `acme`.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // d[i][j]: distance between the first i chars of a and first j of b.
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
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
    use super::{closest_slug, edit_distance, validate_slug};

    #[test]
    fn closest_slug_suggests_only_near_misses() {
        let known: Vec<String> = ["acme", "acme-recruitment", "beta", "zeta-corp"]
            .map(String::from)
            .to_vec();
        assert_eq!(edit_distance("acme", "acme"), 0);
        assert_eq!(edit_distance("acme", "amce"), 1);
        assert_eq!(closest_slug("amce", &known), Some("acme"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(closest_slug("acmee", &known), Some("acme"));
        assert_eq!(closest_slug("ACME", &known), Some("acme"));
        assert_eq!(
            closest_slug("acme-recruitmnet", &known),
            Some("acme-recruitment")
        );
        assert_eq!(closest_slug("bta", &known), Some("beta"));
        assert_eq!(closest_slug("globex", &known), None);
        assert_eq!(closest_slug("x", &[]), None);
    }

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
