//! `state status`: the backend, the schema version, whether the store
//! answers, and its rows per table. An unreachable store is reported with
//! what is known (backend, location) and exit 7.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Listing, Output};
use crate::secrets::StoreKind;
use crate::state::{LATEST_VERSION, Store};

#[derive(Debug, Serialize)]
struct Status {
    backend: &'static str,
    location: String,
    reachable: bool,
    schema_version: Option<i64>,
    schema_latest: i64,
    credential_store: &'static str,
    tables: Vec<TableCount>,
}

#[derive(Debug, Serialize)]
struct TableCount {
    table: &'static str,
    rows: i64,
}

pub fn run(ctx: &mut Context) -> Result<Output> {
    let location = ctx.state_location()?;
    let mut status = Status {
        backend: location.engine(),
        location: location.display(),
        reachable: false,
        schema_version: None,
        schema_latest: LATEST_VERSION,
        credential_store: ctx.credential_store_kind().as_str(),
        tables: Vec::new(),
    };
    // Opened here rather than through the context, so a store that does
    // not answer still gets its report.
    let opened = Store::open_at(&location).and_then(|mut store| {
        let version = store.schema_version()?;
        let counts = store.snapshot(|read| read.table_counts())?;
        Ok((version, counts))
    });
    match opened {
        Ok((version, counts)) => {
            status.reachable = true;
            status.schema_version = Some(version);
            status.tables = counts
                .into_iter()
                .map(|(table, rows)| TableCount { table, rows })
                .collect();
        }
        Err(e) => {
            let human = human(&status);
            return Ok(Output::new(status, human).with_failure(e));
        }
    }
    if status.backend == "postgres" && ctx.config.credential_store != StoreKind::Database {
        ctx.printer.warn(&format!(
            "the state is shared but secrets stay in this machine's {} store: teammates see the \
             links and cannot refresh them; set credential_store = \"database\" in {}",
            status.credential_store,
            ctx.config_path.display()
        ));
    }
    let human = human(&status);
    Ok(Output::new(status, human))
}

fn human(s: &Status) -> Human {
    let mut rows = Listing::new(&["table", "rows"]);
    for t in &s.tables {
        rows.row(vec![t.table.to_string(), t.rows.to_string()]);
    }
    let schema = match s.schema_version {
        Some(v) if v == s.schema_latest => format!("{v} (current)"),
        Some(v) => format!("{v} (this atslink knows {})", s.schema_latest),
        None => "unknown".into(),
    };
    Human::Record {
        fields: vec![
            ("backend", s.backend.to_string()),
            ("location", s.location.clone()),
            (
                "reachable",
                if s.reachable { "yes" } else { "no" }.to_string(),
            ),
            ("schema", schema),
            ("credential store", s.credential_store.to_string()),
        ],
        sections: if s.reachable {
            vec![("Rows".to_string(), rows)]
        } else {
            Vec::new()
        },
    }
}
