//! Credential stores. Secrets (tokens, client secrets, API keys) live only
//! here, never in the state database or the config file.
//!
//! Entries are addressed by a [`SecretKey`] such as `provider/jobadder/client_secret`
//! or `org/acme/jobadder/tokens`, and namespaced by the atslink home,
//! so two homes (a real one and the sandbox, or two test homes) never see
//! each other's secrets.

pub mod database;
mod file;
mod key;
mod keychain;
#[cfg(target_os = "linux")]
mod keyutils;
pub mod master_key;
mod memory;
mod secret;

use std::path::Path;

use serde::{Deserialize, Serialize};

pub use database::DatabaseStore;
pub use file::FileStore;
pub use key::{Field, Owner, SecretKey, UnknownSecretKey};
pub use keychain::KeychainStore;
#[cfg(target_os = "linux")]
pub use keyutils::KeyutilsStore;
pub use master_key::MasterKey;
pub use memory::MemoryStore;
pub use secret::SecretString;

use crate::error::{Error, ErrorKind, Result};

/// Which backend holds the secrets, as chosen by `credential_store` in
/// config.toml. `Memory` exists for unit tests and cannot be configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    #[default]
    Keychain,
    Keyutils,
    File,
    /// AES-256-GCM ciphertexts in the state database (see `database`).
    Database,
    #[serde(skip)]
    Memory,
}

impl StoreKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StoreKind::Keychain => "keychain",
            StoreKind::Keyutils => "keyutils",
            StoreKind::File => "file",
            StoreKind::Database => "database",
            StoreKind::Memory => "memory",
        }
    }
}

pub trait CredentialStore: Send + Sync {
    fn kind(&self) -> StoreKind;
    fn get(&self, key: &SecretKey) -> Result<Option<SecretString>>;
    fn set(&self, key: &SecretKey, value: &SecretString) -> Result<()>;
    /// Returns whether an entry existed.
    fn delete(&self, key: &SecretKey) -> Result<bool>;
    /// Something the person should know every time this store is used
    /// (the plaintext file, or a kernel keyring with a shorter lifetime).
    fn notice(&self) -> Option<String> {
        None
    }
}

/// The namespace every entry of one home lives under. The canonical path
/// keeps `./home` and `/abs/home` the same namespace.
pub fn namespace(home: &Path) -> String {
    let canonical = home.canonicalize().unwrap_or_else(|_| home.to_path_buf());
    format!("atslink:{}", canonical.display())
}

/// Opens the configured store. Fails closed: if it is unavailable the error
/// says so and names the alternatives; there is no silent fallback to
/// plaintext.
pub fn open(kind: StoreKind, home: &Path, config_path: &Path) -> Result<Box<dyn CredentialStore>> {
    let config = crate::config::Config::load(config_path)?;
    let location = crate::state::Location::resolve(home, &config, true)?;
    open_at(kind, home, config_path, &location)
}

/// [`open`], with the state store (where the `database` store keeps its
/// ciphertexts) already resolved.
pub fn open_at(
    kind: StoreKind,
    home: &Path,
    config_path: &Path,
    state: &crate::state::Location,
) -> Result<Box<dyn CredentialStore>> {
    let ns = namespace(home);
    match kind {
        StoreKind::Keychain => Ok(Box::new(KeychainStore::new(ns, config_path))),
        #[cfg(target_os = "linux")]
        StoreKind::Keyutils => Ok(Box::new(KeyutilsStore::open(ns, config_path)?)),
        #[cfg(not(target_os = "linux"))]
        StoreKind::Keyutils => Err(unavailable(
            "the kernel keyring (keyutils) exists only on Linux",
            config_path,
        )),
        StoreKind::File => Ok(Box::new(FileStore::new(home.join("credentials.json")))),
        StoreKind::Database => Ok(Box::new(open_database(home, config_path, state)?)),
        StoreKind::Memory => Ok(Box::new(MemoryStore::default())),
    }
}

/// The `database` store of a home, with its master key resolved from
/// `ATSLINK_MASTER_KEY`, `[secrets] master_key_file` or the keychain.
pub fn open_database(
    home: &Path,
    config_path: &Path,
    location: &crate::state::Location,
) -> Result<DatabaseStore> {
    let state = crate::state::Store::open_at(location)?;
    let stored = state.read().secret_key_ids()?;
    let key = resolve_master_key(home, config_path, &stored)?;
    DatabaseStore::over(state, key)
}

/// The home's master key (see `master_key` for the order of sources);
/// `stored_key_ids` (of the secrets already stored) shapes the hint when
/// no key is set.
pub fn resolve_master_key(
    home: &Path,
    config_path: &Path,
    stored_key_ids: &[String],
) -> Result<MasterKey> {
    let config = crate::config::Config::load(config_path)?;
    let file = config.secrets.master_key_file(config_path);
    let keychain =
        || KeychainStore::new(namespace(home), config_path).get(&master_key::keychain_entry());
    MasterKey::resolve(master_key::Sources {
        env: std::env::var(master_key::ENV)
            .ok()
            .map(zeroize::Zeroizing::new),
        file: file.as_deref(),
        keychain: &keychain,
        config_path,
        stored_key_ids,
    })
}

/// The error for a store that cannot be used, with the way out.
pub(crate) fn unavailable(what: impl std::fmt::Display, config_path: &Path) -> Error {
    Error::new(
        ErrorKind::Unavailable,
        format!("the credential store is unavailable: {what}"),
    )
    .with_hint(format!(
        "start and unlock a keyring (Secret Service, macOS Keychain, Windows Credential Manager), \
         or choose another store in {}: `credential_store = \"keyutils\"` (Linux kernel keyring, \
         for headless servers), `credential_store = \"database\"` (encrypted in the state \
         database under a master key) or `credential_store = \"file\"` (plaintext, mode 0600)",
        config_path.display()
    ))
}
