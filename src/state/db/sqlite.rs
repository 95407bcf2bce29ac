//! The SQLite side of [`super::Conn`]: values bound and read through
//! rusqlite, statements cached per connection.

use rusqlite::types::{ToSqlOutput, ValueRef};

use super::{DbResult, Row, Value};

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

fn read(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

pub(super) fn execute(c: &rusqlite::Connection, sql: &str, values: &[Value]) -> DbResult<usize> {
    let mut stmt = c.prepare_cached(sql)?;
    Ok(stmt.execute(rusqlite::params_from_iter(values))?)
}

pub(super) fn query(c: &rusqlite::Connection, sql: &str, values: &[Value]) -> DbResult<Vec<Row>> {
    let mut stmt = c.prepare_cached(sql)?;
    let width = stmt.column_count();
    let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let values = (0..width)
            .map(|i| r.get_ref(i).map(read))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        out.push(Row { values });
    }
    Ok(out)
}
