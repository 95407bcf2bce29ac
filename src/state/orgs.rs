//! Organisations and their seat pools.

use std::collections::HashMap;

use super::db::{OptionalExtension, Row, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::{Read, Tx};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize)]
pub struct Org {
    #[serde(skip)]
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub seats: i64,
    #[serde(serialize_with = "crate::clock::serialize")]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct SeatSummary {
    pub seats: i64,
    pub used: i64,
    pub available: i64,
    /// Active users beyond the pool (after `licence seats N --force`).
    pub over_allocated: i64,
}

impl Org {
    /// Slugs: lowercase letters, digits and hyphens, 2-40 characters, not
    /// starting or ending with a hyphen (they appear in URLs and file names).
    pub fn is_valid_slug(slug: &str) -> bool {
        let ok_chars = slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let ok_len = (2..=40).contains(&slug.len());
        let ok_ends = !slug.starts_with('-') && !slug.ends_with('-');
        ok_chars && ok_len && ok_ends
    }
}

impl SeatSummary {
    pub fn new(seats: i64, used: i64) -> Self {
        SeatSummary {
            seats,
            used,
            available: (seats - used).max(0),
            over_allocated: (used - seats).max(0),
        }
    }
}

pub struct NewOrg<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub seats: i64,
    pub created_at: OffsetDateTime,
}

/// One row of `org list`: the organisation, its seat use, its linked
/// providers. The pool size is the organisation's own `seats`, so only the
/// derived counts are added next to it (flattening a whole `SeatSummary`
/// would write the `seats` key twice in one JSON object). The
/// organisation's fields are the row's own rather than a `#[serde(flatten)]`
/// `Org`, so the JSON keys come in the fields' order (pinned by
/// `org::create_list_show_delete`); serialising it costs the same either way.
#[derive(Debug, Clone, Serialize)]
pub struct OrgListRow {
    pub slug: String,
    pub name: String,
    pub seats: i64,
    #[serde(serialize_with = "crate::clock::serialize")]
    pub created_at: OffsetDateTime,
    pub used: i64,
    pub available: i64,
    pub over_allocated: i64,
    pub integrations: Vec<String>,
}

impl OrgListRow {
    fn new(org: Org, used: i64, integrations: Vec<String>) -> Self {
        let s = SeatSummary::new(org.seats, used);
        OrgListRow {
            slug: org.slug,
            name: org.name,
            seats: org.seats,
            created_at: org.created_at,
            used: s.used,
            available: s.available,
            over_allocated: s.over_allocated,
            integrations,
        }
    }
}

/// Reads `id, slug, name, seats, created_at` from the first five columns.
pub(super) fn org_from_row(r: &Row) -> super::db::DbResult<Org> {
    Ok(Org {
        id: r.get(0)?,
        slug: r.get(1)?,
        name: r.get(2)?,
        seats: r.get(3)?,
        created_at: r.get(4)?,
    })
}

fn org_by_slug(conn: &super::db::Conn, slug: &str) -> Result<Option<Org>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, slug, name, seats, created_at FROM organisations WHERE slug = ?1",
    )?;
    Ok(stmt.query_row(params![slug], org_from_row).optional()?)
}

fn org_slugs(conn: &super::db::Conn) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT slug FROM organisations ORDER BY slug")?;
    let rows = stmt.query_map(params![], |r| r.get(0))?;
    Ok(rows.collect::<super::db::DbResult<_>>()?)
}

fn seat_summary(conn: &super::db::Conn, org: &Org) -> Result<SeatSummary> {
    let used: i64 = conn.query_row(
        "SELECT count(*) FROM users WHERE org_id = ?1 AND licence = 'active'",
        params![org.id],
        |r| r.get(0),
    )?;
    Ok(SeatSummary::new(org.seats, used))
}

impl Read<'_> {
    pub fn org(&self, slug: &str) -> Result<Option<Org>> {
        org_by_slug(self.conn, slug)
    }

    /// Every organisation's slug (for "did you mean" on a mistyped one).
    pub fn org_slugs(&self) -> Result<Vec<String>> {
        org_slugs(self.conn)
    }

    pub fn seat_summary(&self, org: &Org) -> Result<SeatSummary> {
        seat_summary(self.conn, org)
    }

    /// Every organisation, by slug.
    pub fn orgs(&self) -> Result<Vec<Org>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, slug, name, seats, created_at FROM organisations ORDER BY slug")?;
        let rows = stmt.query_map(params![], org_from_row)?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }

    /// Every organisation with its seat use and linked providers (the hot
    /// path of `org list`; run it in a snapshot so the three reads agree).
    /// The seat counts and providers are read as two aggregates and put
    /// together here rather than joined in SQL: on SQLite each LEFT JOIN
    /// onto an aggregate is a probe per organisation, which cost a fifth of
    /// the whole command over 1,000 organisations (2.5M instructions),
    /// where the aggregates alone cost almost nothing; with 20 users an
    /// organisation the joined query took 35M instructions, these 26M.
    pub fn org_list(&self) -> Result<Vec<OrgListRow>> {
        let used: HashMap<i64, i64> = self
            .conn
            .prepare("SELECT org_id, count(*) FROM users WHERE licence = 'active' GROUP BY org_id")?
            .query_map(params![], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<super::db::DbResult<_>>()?;
        let mut providers: HashMap<i64, Vec<String>> = HashMap::new();
        let links = self
            .conn
            .prepare("SELECT org_id, provider FROM integrations ORDER BY org_id, provider")?
            .query_map(params![], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))?;
        for link in links {
            let (org_id, provider) = link?;
            providers.entry(org_id).or_default().push(provider);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id, slug, name, seats, created_at FROM organisations ORDER BY slug")?;
        let rows = stmt.query_map(params![], |r| {
            let org = org_from_row(r)?;
            let used = used.get(&org.id).copied().unwrap_or(0);
            let integrations = providers.remove(&org.id).unwrap_or_default();
            Ok(OrgListRow::new(org, used, integrations))
        })?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }
}

impl Tx<'_> {
    pub fn org(&self, slug: &str) -> Result<Option<Org>> {
        org_by_slug(self.conn(), slug)
    }

    pub fn org_slugs(&self) -> Result<Vec<String>> {
        org_slugs(self.conn())
    }

    /// Seats as they are now, under the write lock: the pool size is
    /// re-read too, since `licence seats` may have changed it since `org`
    /// was loaded.
    pub fn seat_summary(&self, org: &Org) -> Result<SeatSummary> {
        let seats: i64 = self.conn().query_row(
            "SELECT seats FROM organisations WHERE id = ?1",
            params![org.id],
            |r| r.get(0),
        )?;
        let current = Org {
            seats,
            ..org.clone()
        };
        seat_summary(self.conn(), &current)
    }

    /// Inserts an organisation; an existing slug is a conflict (exit 5).
    pub fn insert_org(&self, new: &NewOrg<'_>) -> Result<Org> {
        if org_by_slug(self.conn(), new.slug)?.is_some() {
            return Err(
                Error::conflict(format!("organisation `{}` already exists", new.slug))
                    .with_hint(format!("see it with `atslink org show {}`", new.slug)),
            );
        }
        // Never a deleted organisation's id (migration 4 says why).
        let id: i64 = self.conn().query_row(
            "UPDATE id_high_water SET last = last + 1 WHERE name = 'organisations' RETURNING last",
            params![],
            |r| r.get(0),
        )?;
        self.conn().execute(
            "INSERT INTO organisations (id, slug, name, seats, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, new.slug, new.name, new.seats, new.created_at],
        )?;
        Ok(Org {
            id,
            slug: new.slug.to_string(),
            name: new.name.to_string(),
            seats: new.seats,
            created_at: new.created_at,
        })
    }

    /// Deletes an organisation and its users (cascade). Callers check for
    /// linked integrations first.
    pub fn delete_org(&self, org: &Org) -> Result<()> {
        self.conn()
            .execute("DELETE FROM organisations WHERE id = ?1", params![org.id])?;
        Ok(())
    }
}
