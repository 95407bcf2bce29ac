//! The PostgreSQL side of [`super::Conn`]: `tokio-postgres` over rustls,
//! driven by the process's one runtime, behind the same blocking API as
//! SQLite (the store is called from commands and from `serve`'s blocking
//! pool, never from inside an async task).

use std::collections::HashMap;
use std::error::Error as StdError;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::BytesMut;
use tokio_postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};
use tokio_postgres::{Client, Config, NoTls, SimpleQueryMessage, Statement};

use super::{DbError, DbResult, PgError, Row, Value};
use crate::error::{DB_BUSY, Error, Result};

/// How long a connection attempt may take before the server counts as
/// unreachable (exit 7).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Set on every session: a process that dies or hangs inside a
/// transaction gives its locks back instead of holding them until TCP
/// notices. Generous, since a refresh holds its link's lock across one
/// provider call with its retries.
const IDLE_IN_TRANSACTION: &str = "5min";

/// A PostgreSQL URL, parsed and checked, shown without its password.
#[derive(Clone)]
pub struct PgLocation {
    url: String,
    config: Config,
}

impl PgLocation {
    /// A bad URL is a usage error (exit 2). The message never repeats the
    /// URL: it may hold a password.
    pub fn parse(url: &str) -> Result<PgLocation> {
        let config = Config::from_str(url).map_err(|e| {
            Error::usage(format!("the PostgreSQL URL is not valid: {e}")).with_hint(
                "write it as postgres://USER@HOST/DATABASE?sslmode=require \
                 (or host=/path/to/socket/dir for a Unix socket)",
            )
        })?;
        if config.get_dbname().is_none() {
            return Err(Error::usage("the PostgreSQL URL names no database")
                .with_hint("end it with /DATABASE, e.g. postgres://atslink@db.internal/atslink"));
        }
        Ok(PgLocation {
            url: url.to_string(),
            config,
        })
    }

    pub fn has_password(&self) -> bool {
        self.config.get_password().is_some()
    }

    /// The password from the environment, for a URL that has none.
    pub fn with_password(mut self, password: &str) -> PgLocation {
        self.config.password(password);
        self
    }

    /// `postgres://user@host/db`: what `state status` and errors show.
    pub fn display(&self) -> String {
        let host = self
            .config
            .get_hosts()
            .first()
            .map(|h| match h {
                tokio_postgres::config::Host::Tcp(h) => h.clone(),
                #[cfg(unix)]
                tokio_postgres::config::Host::Unix(p) => p.display().to_string(),
            })
            .unwrap_or_else(|| "localhost".into());
        let port = match self.config.get_ports().first() {
            Some(p) if *p != 5432 => format!(":{p}"),
            _ => String::new(),
        };
        format!(
            "postgres://{}@{}{port}/{}",
            self.config.get_user().unwrap_or(""),
            host,
            self.config.get_dbname().unwrap_or("")
        )
    }

    /// The URL as given, for handing to a child process only.
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// One session. Statements are prepared once per session and reused.
pub struct PgConn {
    client: Client,
    statements: Mutex<HashMap<String, Statement>>,
}

fn rt() -> Result<&'static tokio::runtime::Runtime> {
    crate::providers::runtime()
}

fn tls() -> tokio_postgres_rustls::MakeRustlsConnect {
    // Explicit provider: the process has one TLS stack (rustls with ring).
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    tokio_postgres_rustls::MakeRustlsConnect::new(config)
}

impl PgConn {
    pub fn connect(location: &PgLocation) -> Result<PgConn> {
        let mut config = location.config.clone();
        config
            .connect_timeout(CONNECT_TIMEOUT)
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(60))
            .application_name("atslink");
        let rt = rt()?;
        let ssl_disabled = matches!(
            config.get_ssl_mode(),
            tokio_postgres::config::SslMode::Disable
        );
        let client = rt.block_on(async {
            if ssl_disabled {
                let (client, conn) = config.connect(NoTls).await?;
                tokio::spawn(conn);
                Ok(client)
            } else {
                let (client, conn) = config.connect(tls()).await?;
                tokio::spawn(conn);
                Ok::<_, tokio_postgres::Error>(client)
            }
        });
        let client = client.map_err(|e| connect_error(location, e))?;
        Ok(PgConn {
            client,
            statements: Mutex::new(HashMap::new()),
        })
    }

    /// The session's settings, sent with the session's first statement
    /// (not in the startup packet's `options`, which PgBouncer refuses, and
    /// not as a round trip of their own: a command's start-up time is
    /// mostly round trips).
    pub fn session_settings() -> String {
        format!(
            "SET idle_in_transaction_session_timeout = '{IDLE_IN_TRANSACTION}'; \
             SET lock_timeout = '30s'; "
        )
    }

    fn cached(&self, sql: &str) -> bool {
        self.statements
            .lock()
            .expect("not poisoned")
            .contains_key(sql)
    }

    fn statement(&self, sql: &str) -> DbResult<Statement> {
        if let Some(s) = self.statements.lock().expect("not poisoned").get(sql) {
            return Ok(s.clone());
        }
        let text = placeholders(sql);
        let stmt = rt()
            .map_err(|e| DbError::Conversion(e.message))?
            .block_on(self.client.prepare(&text))
            .map_err(|e| match pg_error(e) {
                // A statement the server cannot prepare is a bug in atslink:
                // name it (its text, never its values) for the report.
                DbError::Postgres(mut pe) => {
                    let head: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
                    let head: String = head.chars().take(120).collect();
                    pe.message = format!("{} (in `{head}`)", pe.message);
                    DbError::Postgres(pe)
                }
                other => other,
            })?;
        self.statements
            .lock()
            .expect("not poisoned")
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    pub fn execute(&self, sql: &str, values: &[Value]) -> DbResult<usize> {
        let stmt = self.statement(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        let n = rt()
            .map_err(|e| DbError::Conversion(e.message))?
            .block_on(self.client.execute(&stmt, &params))
            .map_err(pg_error)?;
        Ok(n as usize)
    }

    pub fn query(&self, sql: &str, values: &[Value]) -> DbResult<Vec<Row<'static>>> {
        let rt = rt().map_err(|e| DbError::Conversion(e.message))?;
        let rows = if values.is_empty() && !self.cached(sql) {
            // Nothing to bind: parse, bind and run in one round trip
            // rather than preparing first (a listing's whole cost in a
            // one-shot command is round trips).
            rt.block_on(self.client.query_typed(&placeholders(sql), &[]))
                .map_err(pg_error)?
        } else {
            let stmt = self.statement(sql)?;
            let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
            rt.block_on(self.client.query(&stmt, &params))
                .map_err(pg_error)?
        };
        rows.iter()
            .map(|r| {
                let values = (0..r.len())
                    .map(|i| r.try_get::<_, Value>(i).map_err(pg_error))
                    .collect::<DbResult<Vec<_>>>()?;
                Ok(Row::values(values))
            })
            .collect()
    }

    /// Statements without parameters, in one round trip.
    pub fn batch(&self, sql: &str) -> DbResult<()> {
        rt().map_err(|e| DbError::Conversion(e.message))?
            .block_on(self.client.batch_execute(sql))
            .map_err(pg_error)
    }

    /// The first column of each row of a parameterless query, as text
    /// (the simple protocol), for catalogue look-ups.
    pub fn simple_column(&self, sql: &str) -> DbResult<Vec<Option<String>>> {
        let messages = rt()
            .map_err(|e| DbError::Conversion(e.message))?
            .block_on(self.client.simple_query(sql))
            .map_err(pg_error)?;
        Ok(messages
            .iter()
            .filter_map(|m| match m {
                SimpleQueryMessage::Row(r) => Some(r.get(0).map(str::to_string)),
                _ => None,
            })
            .collect())
    }
}

/// SQLite's `?1` and `?` placeholders as PostgreSQL's `$1`, outside
/// quoted text. The store's SQL uses no `?` inside literals, but a
/// literal is still skipped so a future one cannot be corrupted.
fn placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 0u32;
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            // A `--` comment runs to the end of its line, apostrophes and
            // all: "JobAdder's" in a comment must not open a literal.
            '-' if !quoted && chars.peek() == Some(&'-') => {
                out.push(c);
                for c in chars.by_ref() {
                    out.push(c);
                    if c == '\n' {
                        break;
                    }
                }
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    next += 1;
                    digits = next.to_string();
                } else {
                    next = digits.parse().unwrap_or(next);
                }
                out.push('$');
                out.push_str(&digits);
            }
            c => out.push(c),
        }
    }
    out
}

fn pg_error(e: tokio_postgres::Error) -> DbError {
    let code = e.code().map(|c| c.code().to_string());
    let closed = e.is_closed();
    // The server's own message (and detail) when there is one; the
    // client's description otherwise (a closed connection, a timeout).
    let message = match e.as_db_error() {
        Some(db) => match db.detail() {
            Some(d) => format!("{}: {}", db.message(), d),
            None => db.message().to_string(),
        },
        None => match e.source() {
            Some(s) => format!("{e}: {s}"),
            None => e.to_string(),
        },
    };
    DbError::Postgres(PgError {
        code,
        message,
        closed,
    })
}

/// The exit code a PostgreSQL failure deserves: a lock wait that ran out
/// or a lost connection is transient (7); anything else, a client-side
/// error without a SQLSTATE included, is a failure (1).
pub(super) fn to_crate_error(e: PgError) -> Error {
    if e.closed {
        return Error::unavailable(format!(
            "the PostgreSQL state database is unavailable: {}",
            e.message
        ))
        .with_hint("check the server is up, then run the command again");
    }
    match e.code.as_deref() {
        // lock_not_available: the lock_timeout ran out.
        Some("55P03") => Error::unavailable(format!("{DB_BUSY}: {}", e.message))
            .with_hint("another atslink held a lock for too long; run the command again"),
        // admin shutdown, crash shutdown, cannot connect now.
        Some("57P01" | "57P02" | "57P03") => Error::unavailable(format!(
            "the PostgreSQL state database is unavailable: {}",
            e.message
        ))
        .with_hint("check the server is up, then run the command again"),
        Some(code) => Error::failure(format!("state database error ({code}): {}", e.message)),
        None => Error::failure(format!("state database error: {}", e.message)),
    }
}

fn connect_error(location: &PgLocation, e: tokio_postgres::Error) -> Error {
    let where_ = location.display();
    let code = e.code().map(|c| c.code().to_string());
    let DbError::Postgres(pe) = pg_error(e) else {
        unreachable!("pg_error makes Postgres errors")
    };
    match code.as_deref() {
        // invalid_password, invalid_authorization_specification
        Some("28P01" | "28000") => Error::usage(format!(
            "PostgreSQL refused the credentials for {where_}: {}",
            pe.message
        ))
        .with_hint("check the user and password in [state] url or ATSLINK_DATABASE_URL"),
        // invalid_catalog_name: the database does not exist.
        Some("3D000") => Error::usage(format!("{where_}: {}", pe.message)).with_hint(format!(
            "create it first: createdb {}",
            location.config.get_dbname().unwrap_or("atslink")
        )),
        _ => Error::unavailable(format!(
            "cannot reach the PostgreSQL state database {where_}: {}",
            pe.message
        ))
        .with_hint("check the host is up and reachable, then run the command again"),
    }
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn StdError + Sync + Send>> {
        // The server decides each placeholder's type from the statement;
        // the value is converted to it, as SQLite's affinity would.
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::FLOAT4 => (*i as f32).to_sql(ty, out),
                _ => i.to_string().to_sql(ty, out),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                _ => f.to_string().to_sql(ty, out),
            },
            Value::Text(s) => match *ty {
                Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => s.parse::<i32>()?.to_sql(ty, out),
                Type::FLOAT8 => s.parse::<f64>()?.to_sql(ty, out),
                Type::BYTEA => s.as_bytes().to_sql(ty, out),
                _ => s.as_str().to_sql(ty, out),
            },
            Value::Blob(b) => b.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

impl<'a> FromSql<'a> for Value {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> std::result::Result<Value, Box<dyn StdError + Sync + Send>> {
        Ok(match *ty {
            Type::INT8 => Value::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Integer(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Value::Integer(i16::from_sql(ty, raw)?.into()),
            Type::BOOL => Value::Integer(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)?.into()),
            Type::BYTEA => Value::Blob(raw.to_vec()),
            _ => Value::Text(String::from_sql(ty, raw)?),
        })
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Value, Box<dyn StdError + Sync + Send>> {
        Ok(Value::Null)
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT8
                | Type::INT4
                | Type::INT2
                | Type::BOOL
                | Type::FLOAT8
                | Type::FLOAT4
                | Type::BYTEA
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
        )
    }
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn placeholders_are_numbered_outside_literals() {
        assert_eq!(
            placeholders("SELECT ?1, ?2 WHERE a = '?' AND b = ?2"),
            "SELECT $1, $2 WHERE a = '?' AND b = $2"
        );
        assert_eq!(placeholders("VALUES (?, ?, ?)"), "VALUES ($1, $2, $3)");
        assert_eq!(
            placeholders("SELECT ?1 -- JobAdder's ids\n WHERE b = ?2"),
            "SELECT $1 -- JobAdder's ids\n WHERE b = $2",
            "an apostrophe in a comment opens no literal"
        );
    }

    #[test]
    fn a_url_with_a_password_is_shown_without_it() {
        let l = super::PgLocation::parse("postgres://cs:hunter2@db.internal:5433/atslink").unwrap();
        assert_eq!(l.display(), "postgres://cs@db.internal:5433/atslink");
        let err = super::PgLocation::parse("postgres://cs:hunter2@db/x?sslmode=bogus")
            .err()
            .unwrap();
        assert!(!err.message.contains("hunter2"), "{}", err.message);
        assert_eq!(err.kind.exit_code(), 2);
    }

    #[test]
    fn a_lost_connection_is_transient_and_a_client_side_error_is_not() {
        use super::super::PgError;
        let lost = super::to_crate_error(PgError {
            code: None,
            message: "connection closed".into(),
            closed: true,
        });
        assert_eq!(lost.kind.exit_code(), 7);
        let conversion = super::to_crate_error(PgError {
            code: None,
            message: "error serializing parameter 1".into(),
            closed: false,
        });
        assert_eq!(conversion.kind.exit_code(), 1, "{}", conversion.message);
    }
}
