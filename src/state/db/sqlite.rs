//! The SQLite side of [`super::Conn`]: values bound and read through
//! rusqlite, statements cached per connection.

use rusqlite::types::{ToSqlOutput, ValueRef};

use super::{DbError, DbResult, Row, Value};

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Integer(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Value::Real(f) => ToSqlOutput::Borrowed(ValueRef::Real(*f)),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Blob(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        })
    }
}

pub(super) fn read(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        // SQLite stores whatever bytes it is given as text, so a row some
        // other program wrote may not be UTF-8; it is read with U+FFFD in
        // place of the bad bytes. The check comes first because the lossy
        // reader is several times slower on the valid text every row holds.
        ValueRef::Text(t) => Value::Text(match std::str::from_utf8(t) {
            Ok(s) => s.to_owned(),
            Err(_) => String::from_utf8_lossy(t).into_owned(),
        }),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

pub(super) fn execute(c: &rusqlite::Connection, sql: &str, values: &[Value]) -> DbResult<usize> {
    let mut stmt = c.prepare_cached(sql)?;
    Ok(stmt.execute(rusqlite::params_from_iter(values))?)
}

/// Every row mapped by `f` as the cursor reaches it.
pub(super) fn map_rows<T>(
    c: &rusqlite::Connection,
    sql: &str,
    values: &[Value],
    mut f: impl FnMut(&Row) -> DbResult<T>,
) -> DbResult<Vec<DbResult<T>>> {
    let mut stmt = c.prepare_cached(sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(f(&Row::sqlite(r)));
    }
    Ok(out)
}

/// The first row mapped by `f`; the rest are not read.
pub(super) fn first_row<T>(
    c: &rusqlite::Connection,
    sql: &str,
    values: &[Value],
    f: impl FnOnce(&Row) -> DbResult<T>,
) -> DbResult<T> {
    let mut stmt = c.prepare_cached(sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
    match rows.next()? {
        Some(r) => f(&Row::sqlite(r)),
        None => Err(DbError::NoRows),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_read_as_is_and_bytes_that_are_not_utf8_as_replacement_characters() {
        let text = |bytes: &'static [u8]| match read(ValueRef::Text(bytes)) {
            Value::Text(s) => s,
            other => panic!("text read as {other:?}"),
        };
        assert_eq!(
            text("Organisation 1 · Zürich".as_bytes()),
            "Organisation 1 · Zürich"
        );
        assert_eq!(text(b"org-\xff1"), "org-\u{FFFD}1");
    }
}
