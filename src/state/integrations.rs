//! Integration links: metadata only. Tokens live in the credential store.

use super::db::{OptionalExtension, Row, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::{LinkDetails, Read, Tx};
use crate::clock;
use crate::error::{Error, Result};
use crate::providers::Provider;

#[derive(Debug, Clone, Serialize)]
pub struct IntegrationRow {
    pub provider: Provider,
    pub account_id: Option<String>,
    pub account_name: Option<String>,
    /// The API base this link uses (JobAdder `api`, Salesforce `instance_url`, Flare API URL).
    pub api_base: Option<String>,
    pub instance: Option<String>,
    pub authorised_by: Option<String>,
    pub authorised_by_id: Option<String>,
    pub authorised_by_admin: Option<bool>,
    pub scopes: Option<String>,
    #[serde(serialize_with = "clock::serialize")]
    pub linked_at: OffsetDateTime,
    #[serde(serialize_with = "clock::serialize_opt")]
    pub access_expires_at: Option<OffsetDateTime>,
    #[serde(serialize_with = "clock::serialize_opt")]
    pub last_refresh_at: Option<OffsetDateTime>,
    pub partner_action_id: Option<String>,
    pub broken_reason: Option<String>,
    #[serde(serialize_with = "clock::serialize_opt")]
    pub broken_at: Option<OffsetDateTime>,
    /// How the link was made (flow, Salesforce app and user), typed.
    pub details: LinkDetails,
    /// Refreshes that failed in a row (the provider refused, or stayed
    /// unavailable through the retries); 0 after a success or a relink.
    pub refresh_failures: i64,
    /// The last failure's error: a plain sentence, never a token.
    pub last_refresh_error: Option<String>,
    /// When the last failure happened: the cool-down before the next
    /// attempt runs from here.
    #[serde(serialize_with = "clock::serialize_opt")]
    pub last_refresh_failure_at: Option<OffsetDateTime>,
    /// Stored times of the optional columns above that did not parse (a
    /// hand edit, or another program): the field reads `None`, the text is
    /// kept here so what depends on it can name it (see `from_row_at`).
    #[serde(skip)]
    pub unreadable: Vec<UnreadableTime>,
}

/// A stored time that is not one: which column, and the text it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableTime {
    pub column: &'static str,
    pub text: String,
}

impl IntegrationRow {
    /// A new link's row for `provider`, linked (and so last refreshed) `now`:
    /// a new token family starts with no failures and nothing broken. Each
    /// provider fills in what its consent learnt.
    pub fn new(provider: Provider, now: OffsetDateTime, details: LinkDetails) -> IntegrationRow {
        IntegrationRow {
            provider,
            account_id: None,
            account_name: None,
            api_base: None,
            instance: None,
            authorised_by: None,
            authorised_by_id: None,
            authorised_by_admin: None,
            scopes: None,
            linked_at: now,
            access_expires_at: None,
            last_refresh_at: Some(now),
            partner_action_id: None,
            refresh_failures: 0,
            last_refresh_error: None,
            last_refresh_failure_at: None,
            broken_reason: None,
            broken_at: None,
            unreadable: Vec::new(),
            details,
        }
    }

    /// The text an optional time column held when it did not parse.
    pub fn unreadable(&self, column: &str) -> Option<&str> {
        self.unreadable
            .iter()
            .find(|u| u.column == column)
            .map(|u| u.text.as_str())
    }

    /// When the link's refresh token was last used: its last refresh, else
    /// the link itself. `Err` holds a stored last refresh that cannot be
    /// read (falling back to the link's time would forecast from a time
    /// that is known to be wrong).
    pub fn last_use(&self) -> std::result::Result<OffsetDateTime, &str> {
        match (self.last_refresh_at, self.unreadable("last_refresh_at")) {
            (Some(t), _) => Ok(t),
            (None, Some(text)) => Err(text),
            (None, None) => Ok(self.linked_at),
        }
    }

    /// [`Self::last_use`] for people: the time, or the stored text that
    /// cannot be read.
    pub fn last_use_text(&self) -> String {
        match self.last_use() {
            Ok(t) => clock::format(t),
            Err(text) => text.to_string(),
        }
    }

    /// An optional time column for output: the time, or the stored text
    /// when it cannot be read (shown as it is rather than hidden).
    pub fn time_text(&self, column: &str, t: Option<OffsetDateTime>) -> Option<String> {
        t.map(clock::format)
            .or_else(|| self.unreadable(column).map(str::to_string))
    }
}

/// A link with its organisation's slug, for listings across organisations.
#[derive(Debug, Clone, Serialize)]
pub struct OrgIntegration {
    pub org: String,
    /// The whole organisation, read in the same query.
    #[serde(skip)]
    pub organisation: super::Org,
    #[serde(flatten)]
    pub link: IntegrationRow,
}

const COLUMNS: &str = "provider, account_id, account_name, api_base, instance, authorised_by, \
    authorised_by_id, authorised_by_admin, scopes, linked_at, access_expires_at, last_refresh_at, \
    partner_action_id, broken_reason, broken_at, details, refresh_failures, last_refresh_error, \
    last_refresh_failure_at";

/// Reads the columns in `COLUMNS` order, starting at `at` (positional
/// access: looking columns up by name costs more than the query itself on
/// a thousand links).
///
/// Times are parsed here, once. `linked_at` is required and written once,
/// by atslink, when the link is made: no other time can stand in for it,
/// so one that does not parse is an error naming it (the row cannot be
/// represented). The optional times are not read so strictly: one that
/// does not parse reads as `None` with its text kept in `unreadable`, never
/// as "now" and never a panic, because what depends on them already has
/// an honest answer for "not known": the idle forecast warns that the last
/// refresh `cannot be read` (and a refresh writes a readable time), an
/// unreadable failure time imposes no cool-down, and the listings show the
/// rest of the link rather than failing every organisation's.
fn from_row_at(r: &Row, at: usize) -> super::db::DbResult<IntegrationRow> {
    let details: String = r.get(at + 15)?;
    let mut unreadable = Vec::new();
    let mut time = |i: usize, column: &'static str| -> super::db::DbResult<_> {
        Ok(optional_time(r.get(at + i)?, column, &mut unreadable))
    };
    let access_expires_at = time(10, "access_expires_at")?;
    let last_refresh_at = time(11, "last_refresh_at")?;
    let broken_at = time(14, "broken_at")?;
    let last_refresh_failure_at = time(18, "last_refresh_failure_at")?;
    Ok(IntegrationRow {
        provider: r.get(at)?,
        account_id: r.get(at + 1)?,
        account_name: r.get(at + 2)?,
        api_base: r.get(at + 3)?,
        instance: r.get(at + 4)?,
        authorised_by: r.get(at + 5)?,
        authorised_by_id: r.get(at + 6)?,
        authorised_by_admin: r.get(at + 7)?,
        scopes: r.get(at + 8)?,
        linked_at: clock::parse(&r.get::<_, String>(at + 9)?).map_err(|e| {
            super::db::DbError::Conversion(format!("integrations.linked_at: {}", e.message))
        })?,
        access_expires_at,
        last_refresh_at,
        partner_action_id: r.get(at + 12)?,
        broken_reason: r.get(at + 13)?,
        broken_at,
        details: LinkDetails::from_stored(&details),
        refresh_failures: r.get(at + 16)?,
        last_refresh_error: r.get(at + 17)?,
        last_refresh_failure_at,
        unreadable,
    })
}

/// An optional time column as stored: `None` for NULL, and for a text that
/// is not a time, whose text then goes to `unreadable` (see `from_row_at`).
pub(crate) fn optional_time(
    text: Option<String>,
    column: &'static str,
    unreadable: &mut Vec<UnreadableTime>,
) -> Option<OffsetDateTime> {
    let text = text?;
    match clock::parse(&text) {
        Ok(t) => Some(t),
        Err(_) => {
            unreadable.push(UnreadableTime { column, text });
            None
        }
    }
}

fn from_row(r: &Row) -> super::db::DbResult<IntegrationRow> {
    from_row_at(r, 0)
}

fn for_org(conn: &super::db::Conn, org_id: i64) -> Result<Vec<IntegrationRow>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM integrations WHERE org_id = ?1 ORDER BY provider"
    ))?;
    let rows = stmt.query_map(params![org_id], from_row)?;
    Ok(rows.collect::<super::db::DbResult<_>>()?)
}

fn one(conn: &super::db::Conn, org_id: i64, provider: Provider) -> Result<Option<IntegrationRow>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM integrations WHERE org_id = ?1 AND provider = ?2"),
            params![org_id, provider],
            from_row,
        )
        .optional()?)
}

impl Read<'_> {
    pub fn integrations(&self, org_id: i64) -> Result<Vec<IntegrationRow>> {
        for_org(self.conn, org_id)
    }

    pub fn integration(&self, org_id: i64, provider: Provider) -> Result<Option<IntegrationRow>> {
        one(self.conn, org_id, provider)
    }

    /// The link a command needs, or DESIGN's "no link" error (exit 3, with
    /// the `integration link` hint): every command that cannot go on
    /// without a link asks here, so all of them say it the same way.
    pub fn require_link(&self, org: &super::Org, provider: Provider) -> Result<IntegrationRow> {
        one(self.conn, org.id, provider)?.ok_or_else(|| Error::not_linked(&org.slug, provider))
    }

    /// Every link of every organisation, by organisation then provider.
    pub fn all_integrations(&self) -> Result<Vec<OrgIntegration>> {
        let cols = COLUMNS
            .split(", ")
            .map(|c| format!("i.{}", c.trim()))
            .collect::<Vec<_>>()
            .join(", ");
        let mut stmt = self.conn.prepare(&format!(
            "SELECT o.id, o.slug, o.name, o.seats, o.created_at, {cols}
             FROM integrations i JOIN organisations o ON o.id = i.org_id
             ORDER BY o.slug, i.provider"
        ))?;
        let rows = stmt.query_map(params![], |r| {
            let organisation = super::orgs::org_from_row(r)?;
            Ok(OrgIntegration {
                org: organisation.slug.clone(),
                organisation,
                link: from_row_at(r, 5)?,
            })
        })?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }
}

impl Tx<'_> {
    pub fn integrations(&self, org_id: i64) -> Result<Vec<IntegrationRow>> {
        for_org(self.conn(), org_id)
    }

    pub fn integration(&self, org_id: i64, provider: Provider) -> Result<Option<IntegrationRow>> {
        one(self.conn(), org_id, provider)
    }

    /// Records a new link's row with no details yet. Returns the row id.
    pub fn insert_integration(
        &self,
        org_id: i64,
        provider: Provider,
        linked_at: OffsetDateTime,
    ) -> Result<i64> {
        Ok(self.conn().query_row(
            "INSERT INTO integrations (org_id, provider, linked_at) VALUES (?1, ?2, ?3) RETURNING id",
            params![org_id, provider, linked_at],
            |r| r.get(0),
        )?)
    }

    /// Creates or replaces a link's metadata (link and relink). A relink
    /// clears the broken mark and the refresh failures (they were the old
    /// token family's).
    pub fn save_integration(&self, org_id: i64, row: &IntegrationRow) -> Result<()> {
        self.conn().execute(
            "INSERT INTO integrations (org_id, provider, account_id, account_name, api_base, instance,
                 authorised_by, authorised_by_id, authorised_by_admin, scopes, linked_at,
                 access_expires_at, last_refresh_at, partner_action_id, broken_reason, broken_at, details,
                 refresh_failures, last_refresh_error, last_refresh_failure_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20)
             ON CONFLICT (org_id, provider) DO UPDATE SET
                 account_id = excluded.account_id, account_name = excluded.account_name,
                 api_base = excluded.api_base, instance = excluded.instance,
                 authorised_by = excluded.authorised_by, authorised_by_id = excluded.authorised_by_id,
                 authorised_by_admin = excluded.authorised_by_admin, scopes = excluded.scopes,
                 linked_at = excluded.linked_at, access_expires_at = excluded.access_expires_at,
                 last_refresh_at = excluded.last_refresh_at,
                 partner_action_id = excluded.partner_action_id,
                 broken_reason = excluded.broken_reason, broken_at = excluded.broken_at,
                 details = excluded.details,
                 refresh_failures = excluded.refresh_failures,
                 last_refresh_error = excluded.last_refresh_error,
                 last_refresh_failure_at = excluded.last_refresh_failure_at",
            params![
                org_id,
                row.provider,
                row.account_id,
                row.account_name,
                row.api_base,
                row.instance,
                row.authorised_by,
                row.authorised_by_id,
                row.authorised_by_admin,
                row.scopes,
                row.linked_at,
                row.access_expires_at,
                row.last_refresh_at,
                row.partner_action_id,
                row.broken_reason,
                row.broken_at,
                row.details.to_stored(),
                row.refresh_failures,
                row.last_refresh_error,
                row.last_refresh_failure_at
            ],
        )?;
        Ok(())
    }

    /// The organisations (slugs) linked to this provider account.
    pub fn orgs_linked_to(&self, provider: Provider, account_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare(
            "SELECT o.slug FROM integrations i JOIN organisations o ON o.id = i.org_id
             WHERE i.provider = ?1 AND i.account_id = ?2 ORDER BY o.slug",
        )?;
        let rows = stmt.query_map(params![provider, account_id], |r| r.get(0))?;
        Ok(rows.collect::<super::db::DbResult<_>>()?)
    }

    pub fn delete_integration(&self, org_id: i64, provider: Provider) -> Result<bool> {
        let n = self.conn().execute(
            "DELETE FROM integrations WHERE org_id = ?1 AND provider = ?2",
            params![org_id, provider],
        )?;
        Ok(n > 0)
    }
}

impl Tx<'_> {
    /// Records a successful refresh: the refresh token was just used, and
    /// the failures before it are over.
    pub fn record_refresh(
        &self,
        org_id: i64,
        provider: Provider,
        at: OffsetDateTime,
        access_expires_at: Option<OffsetDateTime>,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE integrations
             SET last_refresh_at = ?3, access_expires_at = ?4,
                 broken_reason = NULL, broken_at = NULL,
                 refresh_failures = 0, last_refresh_error = NULL, last_refresh_failure_at = NULL
             WHERE org_id = ?1 AND provider = ?2",
            params![org_id, provider, at, access_expires_at],
        )?;
        Ok(())
    }

    /// Counts a failed refresh (the provider refused, or could not be
    /// reached through the retries): `error` is a plain sentence, never a
    /// token; `at` starts the cool-down before the next attempt.
    pub fn record_refresh_failure(
        &self,
        org_id: i64,
        provider: Provider,
        error: &str,
        at: OffsetDateTime,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE integrations
             SET refresh_failures = refresh_failures + 1,
                 last_refresh_error = ?3, last_refresh_failure_at = ?4
             WHERE org_id = ?1 AND provider = ?2",
            params![org_id, provider, error, at],
        )?;
        Ok(())
    }

    /// Marks a link broken: the provider refused its refresh token. The
    /// first reason is kept; returns whether the mark is new.
    pub fn mark_broken(
        &self,
        org_id: i64,
        provider: Provider,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<bool> {
        let n = self.conn().execute(
            "UPDATE integrations SET broken_reason = ?3, broken_at = ?4
             WHERE org_id = ?1 AND provider = ?2 AND broken_reason IS NULL",
            params![org_id, provider, reason, at],
        )?;
        Ok(n > 0)
    }

    /// Records the URL the JobAdder button was just registered at
    /// (`details.button_url`), keeping every other detail as it was.
    pub fn set_button_url(&self, org_id: i64, url: &str) -> Result<()> {
        let Some(mut row) = self.integration(org_id, Provider::JobAdder)? else {
            return Ok(());
        };
        row.details.button_url = Some(url.to_string());
        self.conn().execute(
            "UPDATE integrations SET details = ?3 WHERE org_id = ?1 AND provider = ?2",
            params![org_id, Provider::JobAdder, row.details.to_stored()],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::Store;
    use super::*;
    use time::macros::datetime;

    fn stored_details(tx: &Tx<'_>, org_id: i64) -> String {
        tx.conn()
            .query_row(
                "SELECT details FROM integrations WHERE org_id = ?1",
                params![org_id],
                |r| r.get(0),
            )
            .unwrap()
    }

    /// A row whose details another atslink wrote (an older one's
    /// `"username": null` aside, a newer one's keys) reads typed and is
    /// saved back with nothing lost, on either engine.
    #[test]
    fn details_written_elsewhere_survive_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let text = r#"{"flow":"jwt_bearer","login_url":"https://login.salesforce.com","client_id":"3MVG9-app","org_id":"00D5g000004SALES","user_id":"0055g00000ABCDE","username":"int@acme.example","region":"eu"}"#;
        let org = crate::state::test_org(&mut store);
        store
            .write(|tx| {
                tx.insert_integration(
                    org.id,
                    Provider::Salesforce,
                    datetime!(2026-03-01 00:00 UTC),
                )?;
                tx.conn().execute(
                    "UPDATE integrations SET details = ?2 WHERE org_id = ?1",
                    params![org.id, text],
                )?;
                Ok(())
            })
            .unwrap();
        store
            .write(|tx| {
                let row = tx.integration(org.id, Provider::Salesforce)?.unwrap();
                assert!(row.details.is_jwt_bearer());
                assert_eq!(row.details.username.as_deref(), Some("int@acme.example"));
                assert_eq!(row.details.extra["region"], "eu");
                tx.save_integration(org.id, &row)?;
                assert_eq!(stored_details(tx, org.id), text);
                Ok(())
            })
            .unwrap();
    }

    /// A store with one JobAdder link whose columns `set` assigns from
    /// `values` as stored text; the directory holds SQLite's file.
    fn with_times(set: &str, values: (&str, &str)) -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::state::test_store(dir.path());
        let org = crate::state::test_org(&mut store);
        store
            .write(|tx| {
                tx.insert_integration(org.id, Provider::JobAdder, datetime!(2026-03-01 00:00 UTC))?;
                tx.conn().execute(
                    &format!("UPDATE integrations SET {set} WHERE org_id = ?1"),
                    params![org.id, values.0, values.1],
                )?;
                Ok(())
            })
            .unwrap();
        (dir, store, org.id)
    }

    /// Times are parsed once, here; an optional one that does not parse
    /// reads as not known with its text kept (neither a panic nor "now"),
    /// and the last use says it cannot be read instead of falling back to
    /// the link's time.
    #[test]
    fn an_unreadable_optional_time_is_none_with_its_text_kept() {
        let (_dir, store, org_id) = with_times(
            "last_refresh_at = ?2, access_expires_at = ?3",
            ("yesterday-ish", "2026-03-02T10:00:00Z"),
        );
        let row = store
            .read()
            .integration(org_id, Provider::JobAdder)
            .unwrap()
            .unwrap();
        assert_eq!(row.linked_at, datetime!(2026-03-01 00:00 UTC));
        assert_eq!(row.access_expires_at, Some(datetime!(2026-03-02 10:00 UTC)));
        assert_eq!(row.last_refresh_at, None);
        assert_eq!(row.unreadable("last_refresh_at"), Some("yesterday-ish"));
        assert_eq!(row.last_use(), Err("yesterday-ish"));
        assert_eq!(row.last_use_text(), "yesterday-ish");
        let json = serde_json::to_value(&row).unwrap();
        assert_eq!(json["linked_at"], "2026-03-01T00:00:00Z");
        assert_eq!(json["access_expires_at"], "2026-03-02T10:00:00Z");
        assert!(json["last_refresh_at"].is_null());
    }

    /// The link's own time has no stand-in: reading the row fails and
    /// names the column and the text.
    #[test]
    fn an_unreadable_link_time_is_an_error_that_names_it() {
        let (_dir, store, org_id) = with_times("linked_at = ?2, scopes = ?3", ("last week", "x"));
        let e = store
            .read()
            .integration(org_id, Provider::JobAdder)
            .unwrap_err();
        assert!(
            e.message.contains("integrations.linked_at"),
            "{}",
            e.message
        );
        assert!(e.message.contains("`last week`"), "{}", e.message);
    }
}
