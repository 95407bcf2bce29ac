//! `state migrate`: this home's SQLite state, and its secrets, copied into
//! an empty PostgreSQL database in one transaction on the target.
//!
//! Everything is read and sealed before the target is touched, so a
//! missing master key or an unreadable secret costs nothing; the copy is
//! one transaction, so an interrupted run leaves the target empty and a
//! rerun starts clean (nothing is duplicated); the row counts are compared
//! inside that transaction, so a copy that does not match is never
//! committed. The home itself is only read.

use serde::Serialize;

use crate::cli::StateMigrateArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Listing, Output};
use crate::secrets::{self, SecretKey, SecretString, StoreKind};
use crate::state::db::Value;
use crate::state::{self, Location, NewAudit, PgLocation, SealedSecret, Store, TableRows};

#[derive(Debug, Serialize)]
struct Migrated {
    from: String,
    to: String,
    tables: Vec<Copied>,
    secrets_moved: usize,
    secrets_missing: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Copied {
    table: &'static str,
    rows: i64,
}

pub fn run(ctx: &mut Context, args: StateMigrateArgs) -> Result<Output> {
    let target = target(ctx, args.to.as_deref())?;
    let source_path = ctx.home.join(state::FILE_NAME);
    if !source_path.exists() {
        return Err(Error::not_found(format!(
            "nothing to migrate: {} does not exist",
            source_path.display()
        ))
        .with_hint("run this on the machine (or --home) that holds the SQLite state"));
    }
    let mut source = Store::open(&source_path)?;
    // One snapshot of every table: a command running meanwhile cannot make
    // the copy disagree with itself.
    let tables: Vec<(&'static str, TableRows)> = source.snapshot(|read| {
        state::TABLES
            .iter()
            .map(|t| Ok((*t, read.table_rows(t)?)))
            .collect()
    })?;
    let (sealed, missing) = seal_secrets(ctx, &tables)?;

    let target_location = Location::Postgres(Box::new(target.clone()));
    let mut store = Store::open_at(&target_location)?;
    let stamp = ctx.stamp();
    let from = source_path.display().to_string();
    let to = target.display();
    let copied = store.write(|tx| {
        refuse_non_empty(tx, &to)?;
        // The target's own seed row (the id high-water mark) gives way to
        // the source's.
        tx.clear_table("id_high_water")?;
        for (table, rows) in &tables {
            tx.insert_rows(table, rows)?;
        }
        for s in &sealed {
            tx.put_sealed_secret(s)?;
        }
        tx.advance_identities()?;
        tx.mark_credentials_in_database()?;
        let counts = tx.table_counts()?;
        verify(&tables, &counts)?;
        stamp.record(
            tx,
            NewAudit {
                org_slug: None,
                action: "state.migrate".into(),
                subject: Some(to.clone()),
                before: Some(from.clone()),
                after: Some(format!("{} secrets moved", sealed.len())),
            },
        )?;
        Ok(counts)
    })?;
    let data = Migrated {
        from,
        to,
        tables: copied
            .into_iter()
            .map(|(table, rows)| Copied { table, rows })
            .collect(),
        secrets_moved: sealed.len(),
        secrets_missing: missing,
    };
    for name in &data.secrets_missing {
        ctx.printer.warn(&format!(
            "{name} is recorded but was not in the credential store; its link needs a relink on the new store"
        ));
    }
    next_steps(ctx, &target);
    Ok(report(data))
}

/// The copy's row counts against the source's, inside the transaction:
/// a mismatch is never committed. Secrets moved out of a keychain add
/// rows; every other table must match exactly.
fn verify(tables: &[(&'static str, TableRows)], counts: &[(&'static str, i64)]) -> Result<()> {
    for ((table, rows), (_, copied)) in tables.iter().zip(counts) {
        let expected = rows.rows.len() as i64;
        let ok = if *table == "secrets" {
            *copied >= expected
        } else {
            *copied == expected
        };
        if !ok {
            return Err(Error::failure(format!(
                "the copy of {table} has {copied} rows, the source {expected}; nothing was committed"
            )));
        }
    }
    Ok(())
}

fn report(data: Migrated) -> Output {
    let mut listing = Listing::new(&["table", "rows"]);
    for t in &data.tables {
        listing.row(vec![t.table.to_string(), t.rows.to_string()]);
    }
    let status = format!(
        "Copied {} into {}: every row count matches; {} secrets moved into the encrypted store",
        data.from, data.to, data.secrets_moved
    );
    Output::new(
        data,
        Human::Table {
            summary: Vec::new(),
            listing,
        },
    )
    .with_status(status)
}

/// `--to`, else the URL the home is configured with.
fn target(ctx: &Context, to: Option<&str>) -> Result<PgLocation> {
    if let Some(url) = to {
        let mut pg = PgLocation::parse(url)?;
        if !pg.has_password()
            && let Ok(p) = std::env::var(state::DATABASE_PASSWORD_ENV)
        {
            pg = pg.with_password(&p);
        }
        return Ok(pg);
    }
    match ctx.state_location()? {
        Location::Postgres(pg) => Ok(*pg),
        Location::Sqlite(_) => Err(Error::usage("say where to migrate to").with_hint(format!(
            "atslink state migrate --to postgres://USER@HOST/DATABASE (or set {})",
            state::DATABASE_URL_ENV
        ))),
    }
}

/// The secrets to move, sealed under the master key, and the names the
/// credential store did not have. A home already on the `database` store
/// brings its ciphertexts in the copied `secrets` table, as they are.
fn seal_secrets(
    ctx: &mut Context,
    tables: &[(&'static str, TableRows)],
) -> Result<(Vec<SealedSecret>, Vec<String>)> {
    if ctx.config.credential_store == StoreKind::Database {
        return Ok((Vec::new(), Vec::new()));
    }
    let names = credential_names(tables);
    if names.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let key = secrets::resolve_master_key(&ctx.home, &ctx.config_path, &[])?;
    let mut sealed = Vec::new();
    let mut missing = Vec::new();
    for name in names {
        // The names come from the copied `credential_refs` rows.
        let name: SecretKey = name
            .parse()
            .map_err(|e: secrets::UnknownSecretKey| Error::failure(e.to_string()))?;
        let value: Option<SecretString> = ctx.creds()?.get(&name)?;
        match value {
            Some(v) => {
                let (owner, field) = (name.owner_text(), name.field.as_str());
                sealed.push(secrets::database::seal(&key, &owner, field, &v)?);
            }
            None => missing.push(name.to_string()),
        }
    }
    Ok((sealed, missing))
}

fn credential_names(tables: &[(&'static str, TableRows)]) -> Vec<String> {
    let Some((_, refs)) = tables.iter().find(|(t, _)| *t == "credential_refs") else {
        return Vec::new();
    };
    let Some(at) = refs.columns.iter().position(|c| c == "name") else {
        return Vec::new();
    };
    refs.rows
        .iter()
        .filter_map(|r| match &r[at] {
            Value::Text(name) => Some(name.clone()),
            _ => None,
        })
        .collect()
}

fn refuse_non_empty(tx: &state::Tx<'_>, to: &str) -> Result<()> {
    let filled: Vec<String> = tx
        .table_counts()?
        .into_iter()
        .filter(|(t, n)| *t != "id_high_water" && *n > 0)
        .map(|(t, n)| format!("{t} ({n})"))
        .collect();
    if filled.is_empty() {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "{to} is not empty: {}; nothing was copied",
        filled.join(", ")
    ))
    .with_hint("migrate into a new database (createdb atslink_new), or inspect this one with `atslink state status`"))
}

fn next_steps(ctx: &Context, target: &PgLocation) {
    // The URL as typed: a password from ATSLINK_DATABASE_PASSWORD is fine
    // to leave out of the config, one inside the URL is not.
    let typed_password = PgLocation::parse(target.url()).is_ok_and(|p| p.has_password());
    let url = if typed_password {
        format!(
            "(the URL holds a password: put it in {} instead)",
            state::DATABASE_URL_ENV
        )
    } else {
        format!("url = \"{}\"", target.url())
    };
    ctx.printer.note(&format!(
        "next, in {} on every machine of the team: `credential_store = \"database\"` and \
         [state] {url}; with the same master key ({}, or [secrets] master_key_file)",
        ctx.config_path.display(),
        secrets::master_key::ENV
    ));
}
