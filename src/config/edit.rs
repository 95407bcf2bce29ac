//! Edits of config.toml through `toml_edit`, so comments and order survive.

use std::path::Path;

use super::{Config, read_text};
use crate::error::{Error, Result};
use crate::fsutil;

/// Applies an edit to config.toml, keeping comments and order. The result is
/// validated before it replaces the file, so an edit never leaves a config
/// that the next command would reject.
pub fn edit(
    path: &Path,
    apply: impl FnOnce(&mut toml_edit::DocumentMut) -> Result<()>,
) -> Result<()> {
    let text = read_text(path)?.unwrap_or_default();
    // Validate through the loading path first, so an error never quotes
    // the file's lines.
    Config::parse(&text, path)?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|_| Error::usage(format!("invalid config file {}", path.display())))?;
    apply(&mut doc)?;
    let new_text = doc.to_string();
    Config::parse(&new_text, path)?;
    if let Some(dir) = path.parent() {
        fsutil::ensure_private_dir(dir)?;
    }
    fsutil::write_atomic(path, new_text.as_bytes(), false)
}

/// Sets `[providers.<provider>] <key> = value` in a document.
pub fn set_provider_value(
    doc: &mut toml_edit::DocumentMut,
    provider: &str,
    key: &str,
    value: toml_edit::Value,
) -> Result<()> {
    // Inline tables (`jobadder = { client_id = "x" }`) are valid TOML but
    // would need rewriting in another style; ask for the plain form.
    let inline = || {
        Error::usage(format!(
            "config.toml writes [providers] or [providers.{provider}] as an inline table; atslink edits only the [providers.{provider}] table form"
        ))
        .with_hint(format!("rewrite it as a [providers.{provider}] section and run the command again"))
    };
    let providers = doc
        .entry("providers")
        .or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(inline)?;
    let table = providers
        .entry(provider)
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
        .as_table_mut()
        .ok_or_else(inline)?;
    // Replace the value in place when the key exists, so the comments
    // around it (the key's and the value's decor) stay where they were.
    match table.get_mut(key).and_then(toml_edit::Item::as_value_mut) {
        Some(existing) => {
            let decor = existing.decor().clone();
            *existing = value;
            *existing.decor_mut() = decor;
        }
        None => {
            table.insert(key, toml_edit::Item::Value(value));
        }
    }
    Ok(())
}
