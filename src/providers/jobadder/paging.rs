//! Following JobAdder's `links.next` safely. The link comes from the
//! response body, so it is untrusted: the bearer token is sent only to the
//! account's own API (same scheme, host and port, under the API path), a
//! link already visited ends the walk, and so does a walk far longer than
//! `totalCount` said it would be.

use std::collections::HashSet;

/// Pages beyond what `totalCount` implies that are tolerated (records
/// added while paging), and the ceiling when no count was given.
const SLACK_PAGES: u64 = 2;
const MAX_PAGES: u64 = 100_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PagingError {
    /// The link leaves the account's API (another host, port or scheme).
    Foreign(String),
    /// The link was already followed: it would loop for ever.
    Repeated(String),
    /// More pages than the count allows.
    TooMany(u64),
}

impl std::fmt::Display for PagingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PagingError::Foreign(link) => write!(
                f,
                "JobAdder's next-page link points outside the account's API ({link}); the token is never sent there"
            ),
            PagingError::Repeated(link) => write!(
                f,
                "JobAdder's next-page link repeats a page already read ({link}); following it would never end"
            ),
            PagingError::TooMany(n) => write!(
                f,
                "JobAdder kept offering further pages past {n}, more than its record count allows"
            ),
        }
    }
}

/// The state of one walk through a listing.
pub struct Pager {
    api: Option<url::Url>,
    seen: HashSet<String>,
    pages: u64,
    cap: Option<u64>,
    /// `totalCount` of the first page.
    pub promised: Option<u64>,
    pub received: u64,
}

impl Pager {
    /// `api` is the account's API base; `first` the first page's path
    /// relative to it.
    pub fn new(api: &str, first: &str) -> Pager {
        let api = url::Url::parse(&format!("{}/", api.trim_end_matches('/'))).ok();
        let mut seen = HashSet::new();
        if let Some(u) = api.as_ref().and_then(|a| a.join(first).ok()) {
            seen.insert(u.to_string());
        }
        Pager {
            api,
            seen,
            pages: 0,
            cap: None,
            promised: None,
            received: 0,
        }
    }

    /// Takes a page in; returns the next link to follow (absolute, checked)
    /// or `None` at the end.
    pub fn advance(
        &mut self,
        items: usize,
        total_count: Option<i64>,
        next: Option<&str>,
    ) -> Result<Option<String>, PagingError> {
        self.pages += 1;
        self.received += items as u64;
        if self.pages == 1 {
            self.promised = total_count.and_then(|t| u64::try_from(t).ok());
            let per_page = (items as u64).max(1);
            self.cap = Some(match self.promised {
                Some(t) => t.div_ceil(per_page) + SLACK_PAGES,
                None => MAX_PAGES,
            });
        }
        let Some(next) = next.filter(|n| !n.trim().is_empty()) else {
            return Ok(None);
        };
        let link = self.check(next)?;
        if !self.seen.insert(link.clone()) {
            return Err(PagingError::Repeated(link));
        }
        if self.pages >= self.cap.unwrap_or(MAX_PAGES).min(MAX_PAGES) {
            return Err(PagingError::TooMany(self.pages));
        }
        Ok(Some(link))
    }

    /// The link resolved against the API base, if it stays inside it.
    fn check(&self, next: &str) -> Result<String, PagingError> {
        let foreign = || PagingError::Foreign(redact(next));
        let api = self.api.as_ref().ok_or_else(foreign)?;
        let link = api.join(next).map_err(|_| foreign())?;
        let inside = link.scheme() == api.scheme()
            && link.host_str() == api.host_str()
            && link.port_or_known_default() == api.port_or_known_default()
            && link.path().starts_with(api.path())
            && link.username().is_empty()
            && link.password().is_none();
        if inside {
            Ok(link.to_string())
        } else {
            Err(foreign())
        }
    }

    /// Fewer records arrived than the first page promised.
    pub fn shortfall(&self) -> Option<(u64, u64)> {
        self.promised
            .filter(|p| self.received < *p)
            .map(|p| (self.received, p))
    }
}

/// A link for a message: its origin and path, without query or userinfo.
fn redact(link: &str) -> String {
    match url::Url::parse(link) {
        Ok(u) => format!(
            "{}://{}{}{}",
            u.scheme(),
            u.host_str().unwrap_or(""),
            u.port().map(|p| format!(":{p}")).unwrap_or_default(),
            u.path()
        ),
        Err(_) => "an unreadable link".into(),
    }
}

/// Whether `url` is inside the API base `api` (what `placements_page`
/// checks before sending the token anywhere).
pub fn inside(api: &str, url: &str) -> bool {
    Pager::new(api, "").check(url).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const API: &str = "https://api.jobadder.com/v2";

    #[test]
    fn follows_links_inside_the_api_only() {
        let mut p = Pager::new(API, "placements?Offset=0&Limit=2");
        assert_eq!(
            p.advance(
                2,
                Some(5),
                Some("https://api.jobadder.com/v2/placements?Offset=2&Limit=2")
            ),
            Ok(Some(
                "https://api.jobadder.com/v2/placements?Offset=2&Limit=2".into()
            ))
        );
        for bad in [
            "http://api.jobadder.com/v2/placements?Offset=4",
            "https://evil.example/v2/placements?Offset=4",
            "https://api.jobadder.com:8443/v2/placements?Offset=4",
            "https://api.jobadder.com/other/placements",
            "https://user@api.jobadder.com/v2/placements?Offset=4",
        ] {
            let mut q = Pager::new(API, "placements");
            assert!(
                matches!(
                    q.advance(2, Some(5), Some(bad)),
                    Err(PagingError::Foreign(_))
                ),
                "{bad}"
            );
        }
        assert!(!inside(API, "http://127.0.0.1:9/v2/placements"));
        assert!(inside(
            API,
            "https://api.jobadder.com/v2/placements?Offset=2"
        ));
    }

    #[test]
    fn stops_on_a_loop_or_an_endless_walk() {
        let mut p = Pager::new(API, "placements?Offset=0&Limit=2");
        let first = "https://api.jobadder.com/v2/placements?Offset=0&Limit=2";
        assert!(matches!(
            p.advance(2, Some(5), Some(first)),
            Err(PagingError::Repeated(_))
        ));

        let mut p = Pager::new(API, "placements?Offset=0&Limit=2");
        let mut n = 0;
        let err = loop {
            n += 1;
            let link = format!("{API}/placements?Offset={}&Limit=2", n * 2);
            match p.advance(2, Some(5), Some(&link)) {
                Ok(_) => {}
                Err(e) => break e,
            }
        };
        assert_eq!(err, PagingError::TooMany(5), "3 pages promised, 2 of slack");
    }

    #[test]
    fn counts_a_shortfall() {
        let mut p = Pager::new(API, "placements");
        assert_eq!(p.advance(2, Some(5), None), Ok(None));
        assert_eq!(p.shortfall(), Some((2, 5)));
    }
}
