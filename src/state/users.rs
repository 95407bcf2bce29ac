//! Users and their licence state. A user's email is their identity within
//! an organisation, compared case-insensitively (the column is NOCASE).

use super::db::{DbError, FromValue, OptionalExtension, Row, Value, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::{Read, Tx};
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LicenceState {
    /// Holds a seat.
    Active,
    /// Holds none and is not given one automatically again.
    Disabled,
    /// Never had one (or had it reassigned).
    None,
}

impl LicenceState {
    pub fn as_str(self) -> &'static str {
        match self {
            LicenceState::Active => "active",
            LicenceState::Disabled => "disabled",
            LicenceState::None => "none",
        }
    }

    fn parse(s: &str) -> Option<LicenceState> {
        match s {
            "active" => Some(LicenceState::Active),
            "disabled" => Some(LicenceState::Disabled),
            "none" => Some(LicenceState::None),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Manager,
    Member,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Member => "member",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_ascii_lowercase().as_str() {
            "admin" => Some(Role::Admin),
            "manager" => Some(Role::Manager),
            "member" => Some(Role::Member),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Jobadder,
    Salesforce,
    Manual,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Jobadder => "jobadder",
            Source::Salesforce => "salesforce",
            Source::Manual => "manual",
        }
    }

    fn parse(s: &str) -> Option<Source> {
        [Source::Jobadder, Source::Salesforce, Source::Manual]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// Reads a column holding one of an enum's names. The tables' CHECK
/// constraints allow only those names, so another value means a damaged
/// or foreign database: an error naming it, never a silent default (a
/// licence read as `none` would free a seat nobody gave back).
fn read_name<T>(v: Value, what: &str, parse: fn(&str) -> Option<T>) -> super::db::DbResult<T> {
    let text = String::from_value(v)?;
    parse(&text).ok_or_else(|| DbError::Conversion(format!("unknown {what} {text:?}")))
}

impl FromValue for LicenceState {
    fn from_value(v: Value) -> super::db::DbResult<Self> {
        read_name(v, "licence state", LicenceState::parse)
    }
}

impl FromValue for Role {
    fn from_value(v: Value) -> super::db::DbResult<Self> {
        // Exact names only: `Role::parse` forgives case for files people type.
        read_name(v, "role", |s| {
            [Role::Admin, Role::Manager, Role::Member]
                .into_iter()
                .find(|r| r.as_str() == s)
        })
    }
}

impl FromValue for Source {
    fn from_value(v: Value) -> super::db::DbResult<Self> {
        read_name(v, "user source", Source::parse)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct User {
    #[serde(skip)]
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub role: Role,
    pub source: Source,
    pub external_id: Option<String>,
    pub licence: LicenceState,
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    pub first_access: Option<OffsetDateTime>,
    #[serde(serialize_with = "crate::clock::serialize_opt")]
    pub last_access: Option<OffsetDateTime>,
    #[serde(serialize_with = "crate::clock::serialize")]
    pub created_at: OffsetDateTime,
}

const COLUMNS: &str = "id, email, name, role, source, external_id, licence, first_access, \
                       last_access, created_at";

fn from_row(r: &Row) -> super::db::DbResult<User> {
    Ok(User {
        id: r.get(0)?,
        email: r.get(1)?,
        name: r.get(2)?,
        role: r.get(3)?,
        source: r.get(4)?,
        external_id: r.get(5)?,
        licence: r.get(6)?,
        first_access: r.get(7)?,
        last_access: r.get(8)?,
        created_at: r.get(9)?,
    })
}

fn user(conn: &super::db::Conn, org_id: i64, email: &str) -> Result<Option<User>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM users WHERE org_id = ?1 AND email = ?2"
    ))?;
    Ok(stmt
        .query_row(params![org_id, email], from_row)
        .optional()?)
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: Option<&'a str>,
    pub role: Role,
    pub source: Source,
    pub external_id: Option<&'a str>,
    pub licence: LicenceState,
    pub access_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub licence: Option<LicenceState>,
    pub role: Option<Role>,
}

impl Read<'_> {
    pub fn user(&self, org_id: i64, email: &str) -> Result<Option<User>> {
        user(self.conn, org_id, email)
    }

    /// Users of an organisation, ordered by email.
    pub fn users(&self, org_id: i64, filter: &UserFilter) -> Result<Vec<User>> {
        users(self.conn, org_id, filter)
    }
}

fn users(conn: &super::db::Conn, org_id: i64, filter: &UserFilter) -> Result<Vec<User>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM users WHERE org_id = ?1
           AND (CAST(?2 AS TEXT) IS NULL OR licence = ?2)
           AND (CAST(?3 AS TEXT) IS NULL OR role = ?3)
         ORDER BY email"
    ))?;
    let rows = stmt.query_map(
        params![
            org_id,
            filter.licence.map(LicenceState::as_str),
            filter.role.map(Role::as_str)
        ],
        from_row,
    )?;
    Ok(rows.collect::<super::db::DbResult<_>>()?)
}

/// Active users beyond the first `seats` by when they joined: the ones a
/// shrunk pool leaves over-allocated. (The largest LIMIT, not SQLite's
/// `LIMIT -1`: SQLite needs a LIMIT before OFFSET, PostgreSQL refuses -1.)
fn over_allocated(conn: &super::db::Conn, org_id: i64, seats: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT email FROM users WHERE org_id = ?1 AND licence = 'active'
         ORDER BY created_at, id LIMIT 9223372036854775807 OFFSET ?2",
    )?;
    let rows = stmt.query_map(params![org_id, seats], |r| r.get(0))?;
    Ok(rows.collect::<super::db::DbResult<_>>()?)
}

impl Tx<'_> {
    pub fn over_allocated(&self, org_id: i64, seats: i64) -> Result<Vec<String>> {
        over_allocated(self.conn(), org_id, seats)
    }

    pub fn user(&self, org_id: i64, email: &str) -> Result<Option<User>> {
        user(self.conn(), org_id, email)
    }

    /// [`Read::users`], inside the write transaction.
    pub fn users(&self, org_id: i64, filter: &UserFilter) -> Result<Vec<User>> {
        users(self.conn(), org_id, filter)
    }

    /// Many new users in a few statements (a bulk file); their ids are
    /// not needed by the caller.
    pub fn insert_users(&self, org_id: i64, new: &[NewUser<'_>]) -> Result<()> {
        use super::db::ToValue;
        let rows: Vec<Vec<super::db::Value>> = new
            .iter()
            .map(|u| {
                vec![
                    org_id.to_value(),
                    u.email.to_value(),
                    u.name.to_value(),
                    u.role.as_str().to_value(),
                    u.source.as_str().to_value(),
                    u.external_id.to_value(),
                    u.licence.as_str().to_value(),
                    u.access_at.to_value(),
                    u.access_at.to_value(),
                    u.created_at.to_value(),
                ]
            })
            .collect();
        self.conn().insert_many(
            "users",
            &[
                "org_id",
                "email",
                "name",
                "role",
                "source",
                "external_id",
                "licence",
                "first_access",
                "last_access",
                "created_at",
            ],
            &rows,
        )?;
        Ok(())
    }

    pub fn insert_user(&self, org_id: i64, new: &NewUser<'_>) -> Result<i64> {
        Ok(self.conn().query_row(
            "INSERT INTO users (org_id, email, name, role, source, external_id, licence,
                                first_access, last_access, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9) RETURNING id",
            params![
                org_id,
                new.email,
                new.name,
                new.role.as_str(),
                new.source.as_str(),
                new.external_id,
                new.licence.as_str(),
                new.access_at,
                new.created_at
            ],
            |r| r.get(0),
        )?)
    }

    pub fn set_licence(&self, user_id: i64, state: LicenceState) -> Result<()> {
        let mut stmt = self
            .conn()
            .prepare_cached("UPDATE users SET licence = ?2 WHERE id = ?1")?;
        stmt.execute(params![user_id, state.as_str()])?;
        Ok(())
    }

    /// Updates the optional details a bulk row or a claim may bring.
    pub fn update_user_details(
        &self,
        user_id: i64,
        name: Option<&str>,
        role: Option<Role>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(
            "UPDATE users SET name = coalesce(?2, name), role = coalesce(?3, role) WHERE id = ?1",
        )?;
        stmt.execute(params![user_id, name, role.map(Role::as_str)])?;
        Ok(())
    }

    /// Records an access (a claim): first access is kept, last moves.
    pub fn touch_user(&self, user_id: i64, at: OffsetDateTime) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(
            "UPDATE users SET first_access = coalesce(first_access, ?2), last_access = ?2
             WHERE id = ?1",
        )?;
        stmt.execute(params![user_id, at])?;
        Ok(())
    }

    pub fn set_seats(&self, org_id: i64, seats: i64) -> Result<()> {
        self.conn().execute(
            "UPDATE organisations SET seats = ?2 WHERE id = ?1",
            params![org_id, seats],
        )?;
        Ok(())
    }

    pub fn active_count(&self, org_id: i64) -> Result<i64> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM users WHERE org_id = ?1 AND licence = 'active'",
            params![org_id],
            |r| r.get(0),
        )?)
    }
}
