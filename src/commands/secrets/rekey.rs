//! `secrets rekey`: re-encrypts every secret of the `database` store under
//! a new master key in one transaction with its audit row. Any row that
//! does not open under the current key aborts the whole rekey, so a wrong
//! key or a damaged row leaves every row as it was.

use serde::Serialize;

use crate::cli::SecretsRekeyArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::secrets::{self, MasterKey, StoreKind};
use crate::state::NewAudit;

#[derive(Debug, Serialize)]
struct Rekeyed {
    key_id_before: String,
    key_id_after: String,
    secrets: usize,
}

pub fn run(ctx: &mut Context, args: SecretsRekeyArgs) -> Result<Output> {
    if ctx.config.credential_store != StoreKind::Database {
        return Err(Error::usage(format!(
            "`secrets rekey` re-encrypts the database credential store, and this home uses \
             credential_store = \"{}\"",
            ctx.config.credential_store.as_str()
        ))
        .with_hint(format!(
            "nothing to rekey; the database store is chosen with `credential_store = \"database\"` in {}",
            ctx.config_path.display()
        )));
    }
    // The new key is read first: a bad new key costs nothing.
    let new = new_key(ctx, &args)?;
    let stored = ctx.state()?.read().secret_key_ids()?;
    let old = secrets::resolve_master_key(&ctx.home, &ctx.config_path, &stored)?;
    if new.id() == old.id() {
        return Err(Error::usage(format!(
            "the new key is the current key (key id {}); nothing was changed",
            old.id()
        ))
        .with_hint("make a new one with `head -c 32 /dev/urandom | base64`"));
    }
    let stamp = ctx.stamp();
    let count = ctx.state()?.write(|tx| {
        let count = secrets::database::rekey(tx, &old, &new)?;
        stamp.record(
            tx,
            NewAudit {
                org_slug: None,
                action: "secrets.rekey".into(),
                subject: Some(secrets_word(count)),
                before: Some(format!("key_id={}", old.id())),
                after: Some(format!("key_id={}", new.id())),
            },
        )?;
        Ok(count)
    })?;
    ctx.printer.note(&format!(
        "now point {} (or [secrets] master_key_file) at the new key: the old one no longer opens the secrets",
        secrets::master_key::ENV
    ));
    let data = Rekeyed {
        key_id_before: old.id().to_string(),
        key_id_after: new.id().to_string(),
        secrets: count,
    };
    let status = format!(
        "Re-encrypted {}: key id {} -> {}",
        secrets_word(count),
        data.key_id_before,
        data.key_id_after
    );
    Ok(Output::new(data, Human::Nothing).with_status(status))
}

fn new_key(ctx: &Context, args: &SecretsRekeyArgs) -> Result<MasterKey> {
    match &args.new_key_file {
        Some(path) => MasterKey::from_file(path, "the new key file"),
        None => {
            let text = ctx.read_secret(
                "new master key (base64)",
                "atslink secrets rekey --new-key-stdin",
            )?;
            MasterKey::from_base64(text.expose(), "stdin")
        }
    }
}

fn secrets_word(n: usize) -> String {
    format!("{n} secret{}", if n == 1 { "" } else { "s" })
}
