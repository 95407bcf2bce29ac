//! "Did you mean …?" for a mistyped organisation slug, which the services
//! offer when they refuse an unknown organisation. Domain code: it lives
//! here rather than under `commands` so the domain imports no command.

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

#[cfg(test)]
mod tests {
    use super::{closest_slug, edit_distance};

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
}
