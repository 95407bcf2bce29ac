//! One connection type for the two engines the state store runs on: SQLite
//! (embedded, the default) and PostgreSQL (a team's shared store).
//!
//! The table modules are written once, against this API, in the SQL both
//! engines understand. The API deliberately mirrors rusqlite's
//! (`execute`, `query_row`, `prepare(..).query_map`, `params!`,
//! `.optional()`), so the table modules read like ordinary rusqlite code
//! and a reader needs no second vocabulary. Placeholders are written
//! SQLite's way (`?1`, `?`) and rewritten to `$1` for PostgreSQL.
//!
//! Values cross the boundary as [`Value`] (the five SQLite storage classes),
//! which each engine binds and reads with its own type rules: PostgreSQL is
//! strict (an `int8` column takes no text), so [`Value`] converts to the
//! type the server asks for.

mod pg;
mod sqlite;

use std::fmt;

pub use pg::{PgConn, PgLocation};

/// Rows per statement of [`Conn::insert_many`]: well under both engines'
/// limits on placeholders (SQLite 32,766; PostgreSQL 65,535) for the
/// widest table.
pub const ROWS_PER_INSERT: usize = 500;

/// A connection to one of the two engines.
pub enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(PgConn),
}

/// What a database call can fail with. `NoRows` is what `.optional()`
/// turns into `None`; everything else becomes a crate error by `?`.
#[derive(Debug)]
pub enum DbError {
    NoRows,
    Sqlite(rusqlite::Error),
    Postgres(PgError),
    /// A value that does not fit the Rust type asked for.
    Conversion(String),
}

/// A PostgreSQL error, with its SQLSTATE kept for the callers that must
/// tell a lock timeout from a real failure.
#[derive(Debug)]
pub struct PgError {
    pub code: Option<String>,
    pub message: String,
    /// The connection is gone (the server went away, or the network did):
    /// transient, unlike a client-side error such as a value that does not
    /// fit its column's type.
    pub closed: bool,
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::NoRows => f.write_str("query returned no rows"),
            DbError::Sqlite(e) => e.fmt(f),
            DbError::Postgres(e) => f.write_str(&e.message),
            DbError::Conversion(m) => f.write_str(m),
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => DbError::NoRows,
            e => DbError::Sqlite(e),
        }
    }
}

impl From<DbError> for crate::error::Error {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Sqlite(e) => e.into(),
            DbError::Postgres(e) => pg::to_crate_error(e),
            other => crate::error::Error::failure(format!("state database error: {other}")),
        }
    }
}

pub type DbResult<T> = std::result::Result<T, DbError>;

/// rusqlite's `OptionalExtension`, for our result type.
pub trait OptionalExtension<T> {
    fn optional(self) -> DbResult<Option<T>>;
}

impl<T> OptionalExtension<T> for DbResult<T> {
    fn optional(self) -> DbResult<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(DbError::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// One SQL value, as SQLite stores it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A Rust value that can be bound to a placeholder.
pub trait ToValue {
    fn to_value(&self) -> Value;
}

macro_rules! integer_to_value {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value {
                Value::Integer(*self as i64)
            }
        }
    )*};
}
integer_to_value!(i64, i32, u32, u16, u8, usize, u64);

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}
impl ToValue for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}
impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}
impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}

/// Placeholder values, in order: `params![a, b]` or a slice built at run time.
pub trait Params {
    fn values(&self) -> Vec<Value>;
}

impl Params for &[&dyn ToValue] {
    fn values(&self) -> Vec<Value> {
        self.iter().map(|v| v.to_value()).collect()
    }
}

impl<const N: usize> Params for &[&dyn ToValue; N] {
    fn values(&self) -> Vec<Value> {
        self.iter().map(|v| v.to_value()).collect()
    }
}

impl<T: ToValue, const N: usize> Params for [T; N] {
    fn values(&self) -> Vec<Value> {
        self.iter().map(ToValue::to_value).collect()
    }
}

/// `params![a, b, c]`, as in rusqlite.
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::state::db::ToValue]
    };
    ($($v:expr),+ $(,)?) => {
        &[$(&$v as &dyn $crate::state::db::ToValue),+] as &[&dyn $crate::state::db::ToValue]
    };
}
pub(crate) use params;

/// A Rust type a column can be read into.
pub trait FromValue: Sized {
    fn from_value(v: Value) -> DbResult<Self>;

    /// From a SQLite column read in place. A type that only looks at the
    /// text (a time) reads it there rather than from a copy.
    fn from_sqlite(v: rusqlite::types::ValueRef<'_>) -> DbResult<Self> {
        Self::from_value(sqlite::read(v))
    }
}

fn wrong(v: &Value, want: &str) -> DbError {
    DbError::Conversion(format!("cannot read {v:?} as {want}"))
}

impl FromValue for i64 {
    fn from_value(v: Value) -> DbResult<Self> {
        match v {
            Value::Integer(i) => Ok(i),
            other => Err(wrong(&other, "an integer")),
        }
    }
}
macro_rules! narrow_from_value {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(v: Value) -> DbResult<Self> {
                let i = i64::from_value(v)?;
                <$t>::try_from(i).map_err(|_| wrong(&Value::Integer(i), stringify!($t)))
            }
        }
    )*};
}
narrow_from_value!(i32, u32, u16, u8, usize, u64);

impl FromValue for bool {
    fn from_value(v: Value) -> DbResult<Self> {
        Ok(i64::from_value(v)? != 0)
    }
}
impl FromValue for f64 {
    fn from_value(v: Value) -> DbResult<Self> {
        match v {
            Value::Real(f) => Ok(f),
            Value::Integer(i) => Ok(i as f64),
            other => Err(wrong(&other, "a number")),
        }
    }
}
impl FromValue for String {
    fn from_value(v: Value) -> DbResult<Self> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(wrong(&other, "text")),
        }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(v: Value) -> DbResult<Self> {
        match v {
            Value::Blob(b) => Ok(b),
            Value::Text(s) => Ok(s.into_bytes()),
            other => Err(wrong(&other, "bytes")),
        }
    }
}
impl FromValue for Value {
    fn from_value(v: Value) -> DbResult<Self> {
        Ok(v)
    }
}
/// A provider column holds the provider's stable name; any other text
/// (a row written by something else, or by a later version) is an error
/// that names it, not a guess.
impl ToValue for crate::providers::Provider {
    fn to_value(&self) -> Value {
        Value::Text(self.as_str().to_string())
    }
}
impl FromValue for crate::providers::Provider {
    fn from_value(v: Value) -> DbResult<Self> {
        String::from_value(v)?
            .parse()
            .map_err(|e: crate::providers::UnknownProvider| DbError::Conversion(e.to_string()))
    }
}

/// A credential name is stored as the text every store knows it by; a name
/// atslink does not write is an error that names it.
impl ToValue for crate::secrets::SecretKey {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl FromValue for crate::secrets::SecretKey {
    fn from_value(v: Value) -> DbResult<Self> {
        String::from_value(v)?
            .parse()
            .map_err(|e: crate::secrets::UnknownSecretKey| DbError::Conversion(e.to_string()))
    }
}

/// A time is stored as the one text format of `crate::clock` (RFC 3339,
/// UTC, whole seconds), which sorts as text on both engines; it is
/// formatted here, at the write, and nowhere before.
impl ToValue for time::OffsetDateTime {
    fn to_value(&self) -> Value {
        Value::Text(crate::clock::format(*self))
    }
}
/// Reading one is strict: a text that is not a time is an error that names
/// it (a column that must tolerate hand edits reads text and decides).
impl FromValue for time::OffsetDateTime {
    fn from_value(v: Value) -> DbResult<Self> {
        let text = String::from_value(v)?;
        crate::clock::parse(&text).map_err(|e| DbError::Conversion(e.message))
    }

    fn from_sqlite(v: rusqlite::types::ValueRef<'_>) -> DbResult<Self> {
        let text = match v {
            rusqlite::types::ValueRef::Text(t) => std::str::from_utf8(t).ok(),
            _ => None,
        };
        match text {
            Some(text) => crate::clock::parse(text).map_err(|e| DbError::Conversion(e.message)),
            // Not text, or not UTF-8: the owned path says what it found.
            None => Self::from_value(sqlite::read(v)),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> DbResult<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }

    fn from_sqlite(v: rusqlite::types::ValueRef<'_>) -> DbResult<Self> {
        match v {
            rusqlite::types::ValueRef::Null => Ok(None),
            v => T::from_sqlite(v).map(Some),
        }
    }
}

/// One result row. On SQLite it is rusqlite's row itself, read column by
/// column as the caller asks (no copy of the whole result set first: a
/// listing of 1,000 organisations spent a fifth of its instructions on
/// that copy); PostgreSQL's rows arrive whole, so they are values.
pub struct Row<'r> {
    inner: RowInner<'r>,
}

enum RowInner<'r> {
    Values(Vec<Value>),
    Sqlite(&'r rusqlite::Row<'r>),
}

impl<'r> Row<'r> {
    pub(super) fn values(values: Vec<Value>) -> Self {
        Row {
            inner: RowInner::Values(values),
        }
    }

    pub(super) fn sqlite(row: &'r rusqlite::Row<'r>) -> Self {
        Row {
            inner: RowInner::Sqlite(row),
        }
    }
}

/// Column positions: only numbers, as in every query of the store.
pub trait RowIndex {
    fn index(&self) -> usize;
}
impl RowIndex for usize {
    fn index(&self) -> usize {
        *self
    }
}

impl Row<'_> {
    /// Column `idx`, converted: `r.get(0)?` or `r.get::<_, String>(1)?`.
    pub fn get<I: RowIndex, T: FromValue>(&self, idx: I) -> DbResult<T> {
        let i = idx.index();
        let missing = || DbError::Conversion(format!("no column {i}"));
        match &self.inner {
            RowInner::Values(values) => T::from_value(values.get(i).cloned().ok_or_else(missing)?),
            RowInner::Sqlite(r) => T::from_sqlite(r.get_ref(i).map_err(|_| missing())?),
        }
    }
}

/// What a transaction is for, which decides how it starts on each engine.
#[derive(Clone, Copy, Debug)]
pub enum TxKind {
    /// Excludes every other writer for its whole length: SQLite's
    /// immediate transaction, PostgreSQL's transaction-scoped write lock
    /// ([`crate::state::WRITE_LOCK_KEY`]).
    Write,
    /// Reads that see one snapshot: SQLite's deferred transaction (one WAL
    /// snapshot), PostgreSQL's repeatable read, read only.
    Snapshot,
}

/// An open transaction. `commit` ends it; dropped without a commit (an
/// early `?`, a panic) it rolls back, so no path leaves it open.
pub struct Transaction<'c> {
    inner: TxInner<'c>,
}

enum TxInner<'c> {
    /// rusqlite's own transaction, which rolls back when dropped.
    Sqlite(rusqlite::Transaction<'c>),
    Postgres(PgTransaction<'c>),
}

/// tokio-postgres's transaction borrows its client mutably and is async,
/// so the synchronous connection keeps the same guard itself.
struct PgTransaction<'c> {
    conn: &'c PgConn,
    open: bool,
}

impl Transaction<'_> {
    pub fn commit(self) -> DbResult<()> {
        match self.inner {
            TxInner::Sqlite(tx) => Ok(tx.commit()?),
            TxInner::Postgres(mut tx) => {
                // Left open on failure, so the drop below still rolls back.
                tx.conn.batch("COMMIT")?;
                tx.open = false;
                Ok(())
            }
        }
    }
}

impl Drop for PgTransaction<'_> {
    fn drop(&mut self) {
        if self.open {
            // Safe to ignore: the error that got us here is the one the
            // caller reports, and a rollback fails only when the connection
            // is gone, which ends the transaction on the server anyway.
            let _ = self.conn.batch("ROLLBACK");
        }
    }
}

/// A statement to run once or many times (`prepare`/`prepare_cached`).
pub struct Statement<'c> {
    conn: &'c Conn,
    sql: String,
}

impl Statement<'_> {
    /// Every row mapped by `f`; collected eagerly (the store's result sets
    /// are small, and both engines then behave alike).
    pub fn query_map<T>(
        &mut self,
        params: impl Params,
        f: impl FnMut(&Row) -> DbResult<T>,
    ) -> DbResult<std::vec::IntoIter<DbResult<T>>> {
        let mapped = self.conn.map_rows(&self.sql, &params.values(), f)?;
        Ok(mapped.into_iter())
    }

    pub fn execute(&mut self, params: impl Params) -> DbResult<usize> {
        self.conn.execute(&self.sql, params)
    }

    pub fn query_row<T>(
        &mut self,
        params: impl Params,
        f: impl FnOnce(&Row) -> DbResult<T>,
    ) -> DbResult<T> {
        self.conn.query_row(&self.sql, params, f)
    }
}

impl Conn {
    pub fn engine(&self) -> &'static str {
        match self {
            Conn::Sqlite(_) => "sqlite",
            Conn::Postgres(_) => "postgres",
        }
    }

    pub fn execute(&self, sql: &str, params: impl Params) -> DbResult<usize> {
        let values = params.values();
        match self {
            Conn::Sqlite(c) => sqlite::execute(c, sql, &values),
            Conn::Postgres(c) => c.execute(sql, &values),
        }
    }

    /// Several statements without parameters (DDL, transaction control).
    pub fn execute_batch(&self, sql: &str) -> DbResult<()> {
        match self {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Postgres(c) => c.batch(sql),
        }
    }

    pub fn query_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> DbResult<T>,
    ) -> DbResult<T> {
        let values = params.values();
        match self {
            Conn::Sqlite(c) => sqlite::first_row(c, sql, &values, f),
            Conn::Postgres(c) => match c.query(sql, &values)?.first() {
                Some(r) => f(r),
                None => Err(DbError::NoRows),
            },
        }
    }

    pub fn prepare(&self, sql: &str) -> DbResult<Statement<'_>> {
        Ok(Statement {
            conn: self,
            sql: sql.to_string(),
        })
    }

    /// Inserts many rows with multi-row `INSERT … VALUES (…), (…)`
    /// statements of up to [`ROWS_PER_INSERT`] rows: one round trip per
    /// chunk instead of one per row, which is what a bulk file costs on a
    /// database across a network. `rows` are `columns.len()` values each.
    pub fn insert_many(&self, table: &str, columns: &[&str], rows: &[Vec<Value>]) -> DbResult<()> {
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
            let mut n = 0;
            for (i, row) in chunk.iter().enumerate() {
                debug_assert_eq!(row.len(), columns.len());
                sql.push_str(if i == 0 { "(" } else { ", (" });
                for j in 0..row.len() {
                    n += 1;
                    sql.push_str(&format!("{}?{n}", if j == 0 { "" } else { ", " }));
                }
                sql.push(')');
            }
            let values: Vec<Value> = chunk.iter().flatten().cloned().collect();
            let refs: Vec<&dyn ToValue> = values.iter().map(|v| v as &dyn ToValue).collect();
            self.execute(&sql, refs.as_slice())?;
        }
        Ok(())
    }

    /// Starts a transaction of `kind`; see [`Transaction`] for how it ends.
    pub fn begin(&self, kind: TxKind) -> DbResult<Transaction<'_>> {
        let inner = match self {
            Conn::Sqlite(c) => {
                let behavior = match kind {
                    TxKind::Write => rusqlite::TransactionBehavior::Immediate,
                    TxKind::Snapshot => rusqlite::TransactionBehavior::Deferred,
                };
                // `new_unchecked` takes `&Connection`: the store shares its
                // connection by reference while the transaction is open.
                TxInner::Sqlite(rusqlite::Transaction::new_unchecked(c, behavior)?)
            }
            Conn::Postgres(c) => {
                c.batch(&match kind {
                    TxKind::Write => format!(
                        "BEGIN; SELECT pg_advisory_xact_lock({})",
                        crate::state::WRITE_LOCK_KEY
                    ),
                    TxKind::Snapshot => {
                        "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY".to_string()
                    }
                })?;
                TxInner::Postgres(PgTransaction {
                    conn: c,
                    open: true,
                })
            }
        };
        Ok(Transaction { inner })
    }

    /// Both engines cache prepared statements per connection anyway.
    pub fn prepare_cached(&self, sql: &str) -> DbResult<Statement<'_>> {
        self.prepare(sql)
    }

    /// Every row of `sql` mapped by `f`, in order.
    fn map_rows<T>(
        &self,
        sql: &str,
        values: &[Value],
        f: impl FnMut(&Row) -> DbResult<T>,
    ) -> DbResult<Vec<DbResult<T>>> {
        match self {
            Conn::Sqlite(c) => sqlite::map_rows(c, sql, values, f),
            Conn::Postgres(c) => Ok(c.query(sql, values)?.iter().map(f).collect()),
        }
    }
}
