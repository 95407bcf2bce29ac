//! Fitting a table to the terminal without breaking the values people copy.
//!
//! comfy-table's dynamic arrangement wraps any cell, so at 120 columns an
//! email, a timestamp or a suggested command came out split across lines
//! and could no longer be copied. Here the rule is the other way round:
//! identifiers, emails, timestamps and commands are never wrapped or cut;
//! to fit, free text (names, details, reasons) is shortened with `…`, and
//! low-value columns are dropped, in a fixed order. The full data is always
//! in `--json` and `--format csv`, which never pass through here.
//!
//! The policy is by column name, in one place, so every table follows it
//! and a new table gets it without code of its own.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::view::Listing;

/// Columns dropped first when a table is too wide, lowest value first.
const DROP_ORDER: &[&str] = &[
    "command",
    "source",
    "first access",
    "last access",
    "last refresh",
    "access expires",
    "linked at",
    "button",
    "actor",
    "authorised by",
    "account",
    "user id",
    "refreshes",
    "failed",
    "reuse",
    "before",
    "remaining",
    "flare id",
    "warnings",
    "subject",
    "refresh token dies",
    "refresh failures",
    "note",
];

/// Free-text columns that may be shortened with `…`. Everything else
/// (ids, emails, timestamps, commands, slugs) is shown whole.
const SHORTEN: &[&str] = &[
    "name",
    "change",
    "detail",
    "note",
    "warnings",
    "account",
    "authorised by",
    "subject",
    "value",
    "health",
    "result",
    "integrations",
    "jobadder name",
    "legal entity",
    "flare",
    "outcome",
    "fault",
    "path prefix",
    "grant",
    "state",
    "refresh failures",
];

/// Columns whose values are commands to copy: when the table cannot hold
/// them whole they move under it as numbered notes (`[1]` in the cell),
/// still whole and still copyable.
const FOOTNOTE: &[&str] = &["remedy", "fix"];

/// Free text is first capped at this width, before any column is dropped:
/// a 60-character company name is worth less than the link's timestamp.
const COMFORTABLE: usize = 28;
/// Never shortened below this (or its header).
const NARROWEST: usize = 8;

/// Which columns to show and how wide free-text columns may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    /// Indices of the visible columns, in order.
    pub visible: Vec<usize>,
    /// Per column (all of them): the maximum width of a cell, if capped.
    pub caps: Vec<Option<usize>>,
    /// The names of the dropped columns, in drop order.
    pub hidden: Vec<&'static str>,
    /// Visible columns shown as `[n]` with their values under the table.
    pub footnoted: Vec<usize>,
}

/// The width of a boxed table (one space of padding each side of a cell,
/// one border between and around columns).
fn table_width(widths: impl Iterator<Item = usize>) -> usize {
    let (sum, n) = widths.fold((0, 0), |(s, n), w| (s + w + 2, n + 1));
    sum + n + 1
}

/// Fits a table into `width` columns in five steps, each only while the
/// table is still too wide (the last gives back what the others freed).
pub fn fit(listing: &Listing, width: usize) -> Fit {
    let mut s = Sizing::new(listing);
    s.shorten_free_text(width);
    let footnoted = s.footnote_commands(width);
    let hidden = s.drop_low_value(width);
    s.narrow_widest(width);
    s.give_back(width, &footnoted);
    let n = s.widths.len();
    Fit {
        visible: (0..n).filter(|&i| s.visible[i]).collect(),
        caps: (0..n)
            .map(|i| (s.widths[i] < s.natural[i] && !footnoted.contains(&i)).then_some(s.widths[i]))
            .collect(),
        hidden,
        footnoted,
    }
}

/// What `fit` works on: each column's natural and current width, whether
/// it is still shown, and whether it is free text that may be cut.
struct Sizing<'a> {
    listing: &'a Listing,
    natural: Vec<usize>,
    widths: Vec<usize>,
    visible: Vec<bool>,
    shortenable: Vec<bool>,
}

impl<'a> Sizing<'a> {
    fn new(listing: &'a Listing) -> Self {
        let n = listing.columns.len();
        let mut natural: Vec<usize> = listing.columns.iter().map(|c| c.width()).collect();
        for row in &listing.rows {
            for (i, cell) in row.iter().enumerate() {
                natural[i] = natural[i].max(cell.lines().map(|l| l.width()).max().unwrap_or(0));
            }
        }
        Sizing {
            listing,
            widths: natural.clone(),
            natural,
            visible: vec![true; n],
            shortenable: listing
                .columns
                .iter()
                .map(|c| SHORTEN.contains(c))
                .collect(),
        }
    }

    fn header(&self, i: usize) -> usize {
        self.listing.columns[i].width()
    }

    /// Free text is never cut narrower than its header or `NARROWEST`.
    fn floor(&self, i: usize) -> usize {
        self.header(i).max(NARROWEST)
    }

    fn total(&self) -> usize {
        table_width(
            (0..self.widths.len())
                .filter(|&i| self.visible[i])
                .map(|i| self.widths[i]),
        )
    }

    fn columns(&self) -> std::ops::Range<usize> {
        0..self.widths.len()
    }

    /// 1. Free text to a comfortable width.
    fn shorten_free_text(&mut self, width: usize) {
        if self.total() <= width {
            return;
        }
        for i in self.columns().filter(|&i| self.shortenable[i]) {
            self.widths[i] = self.widths[i].min(COMFORTABLE.max(self.floor(i)));
        }
    }

    /// 2. Commands move under the table (whole, numbered) before any column
    ///    is dropped: the fix stays on screen and the table keeps its facts.
    fn footnote_commands(&mut self, width: usize) -> Vec<usize> {
        let mut footnoted = Vec::new();
        let commands: Vec<usize> = self
            .columns()
            .filter(|&i| self.visible[i] && FOOTNOTE.contains(&self.listing.columns[i]))
            .collect();
        for i in commands {
            if self.total() <= width {
                break;
            }
            let marks = self.listing.rows.len().to_string().len() + 2;
            self.widths[i] = self.header(i).max(marks);
            footnoted.push(i);
        }
        footnoted
    }

    /// 3. Low-value columns go, in the fixed order; never the only one left.
    fn drop_low_value(&mut self, width: usize) -> Vec<&'static str> {
        let mut hidden = Vec::new();
        for name in DROP_ORDER {
            if self.total() <= width {
                break;
            }
            if let Some(i) = self.listing.columns.iter().position(|c| c == name)
                && self.visible.iter().filter(|v| **v).count() > 1
            {
                self.visible[i] = false;
                hidden.push(self.listing.columns[i]);
            }
        }
        hidden
    }

    /// 4. Free text narrower still, the widest first. What is left after
    ///    that is values that must stay whole: the terminal wraps the line,
    ///    but no value is broken.
    fn narrow_widest(&mut self, width: usize) {
        while self.total() > width {
            let widest = self
                .columns()
                .filter(|&i| {
                    self.visible[i] && self.shortenable[i] && self.widths[i] > self.floor(i)
                })
                .max_by_key(|&i| self.widths[i]);
            match widest {
                Some(i) => self.widths[i] -= 1,
                None => break,
            }
        }
    }

    /// 5. Room left after the drops goes back to shortened free text, the
    ///    most cut first, so a reason is not cut when the terminal has space.
    fn give_back(&mut self, width: usize, footnoted: &[usize]) {
        loop {
            let spare = width.saturating_sub(self.total());
            let grow = self
                .columns()
                .filter(|&i| {
                    self.visible[i]
                        && self.shortenable[i]
                        && !footnoted.contains(&i)
                        && self.widths[i] < self.natural[i]
                })
                .max_by_key(|&i| self.natural[i] - self.widths[i]);
            match grow {
                Some(i) if spare > 0 => {
                    self.widths[i] += spare.min(self.natural[i] - self.widths[i])
                }
                _ => break,
            }
        }
    }
}

/// Cuts text to a display width, ending in `…` when anything was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token_status() -> Listing {
        let mut l = Listing::new(crate::commands::token::status::COLUMNS);
        l.row(vec![
            "acme".into(),
            "jobadder".into(),
            "Acme Recruitment Pty Ltd (Sydney)".into(),
            "alice.admin@acme-recruitment.example".into(),
            "2026-12-02T13:00:00Z".into(),
            "2026-12-02T12:00:00Z".into(),
            "2026-12-16T12:00:00Z".into(),
            "broken: the authorising user was deactivated in JobAdder".into(),
            "atslink integration relink jobadder --org acme".into(),
        ]);
        l
    }

    #[test]
    fn wide_enough_changes_nothing() {
        let l = token_status();
        let f = fit(&l, 1000);
        assert_eq!(f.visible, (0..9).collect::<Vec<_>>());
        assert!(f.caps.iter().all(Option::is_none));
        assert!(f.hidden.is_empty());
    }

    #[test]
    fn eighty_columns_keep_commands_and_emails_whole() {
        let l = token_status();
        for width in [80, 120] {
            let f = fit(&l, width);
            let names: Vec<_> = f.visible.iter().map(|&i| l.columns[i]).collect();
            // The remedy (a command) and the org are never cut or dropped.
            assert!(
                names.contains(&"remedy") && names.contains(&"org"),
                "{names:?}"
            );
            assert_eq!(f.caps[8], None);
            assert_eq!(f.caps[0], None);
            // Timestamps that stay are never cut either.
            for i in [4, 5, 6] {
                assert_eq!(f.caps[i], None, "{width}: column {i} was cut");
            }
            let shown = table_width(f.visible.iter().map(|&i| {
                if f.footnoted.contains(&i) {
                    l.columns[i].len()
                } else {
                    f.caps[i].unwrap_or_else(|| natural(&l, i))
                }
            }));
            assert!(shown <= width, "{width}: table is {shown} wide ({names:?})");
        }
        // At 80 the low-value columns went first, in order.
        let f = fit(&l, 80);
        assert_eq!(f.hidden[..2], ["last refresh", "access expires"]);
    }

    #[test]
    fn a_command_too_long_for_the_terminal_is_still_whole() {
        let mut l = token_status();
        l.rows[0][8] = format!(
            "atslink --sandbox --home /tmp/{} token refresh --org acme",
            "x".repeat(60)
        );
        let f = fit(&l, 80);
        assert!(f.visible.contains(&8));
        assert_eq!(f.caps[8], None);
        // Too long for any column: it moves under the table, whole.
        assert_eq!(f.footnoted, [8]);
        // Which leaves room for the health text (before, it was squeezed
        // to "broken:…").
        assert!(f.caps[7].is_none_or(|w| w >= 20), "{:?}", f.caps);
    }

    fn natural(l: &Listing, i: usize) -> usize {
        l.rows
            .iter()
            .map(|r| r[i].width())
            .chain([l.columns[i].width()])
            .max()
            .unwrap()
    }

    #[test]
    fn shorten_marks_the_cut() {
        assert_eq!(shorten("Acme Recruitment", 8), "Acme Re…");
        assert_eq!(shorten("Acme", 8), "Acme");
        assert_eq!(shorten("日本語テキスト", 7), "日本語…");
    }
}
