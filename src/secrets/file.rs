//! The plaintext file store: `credentials.json` in the home, mode 0600.
//! Used only when `credential_store = "file"` is set explicitly, and every
//! command that touches it warns (see `notice`). Writes are atomic (temp
//! file + rename) under an exclusive lock, so concurrent processes never
//! lose each other's entries and a crash never leaves a torn file.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use super::{CredentialStore, SecretKey, SecretString, StoreKind};
use crate::error::{Error, Result};
use crate::fsutil;

pub struct FileStore {
    path: PathBuf,
    warn: bool,
}

impl FileStore {
    pub fn new(path: PathBuf) -> Self {
        FileStore { path, warn: true }
    }

    /// The sandbox's store: its tokens are the emulator's fakes and live in
    /// the sandbox home, so they stay out of the real keychain and need no
    /// plaintext warning.
    pub fn for_sandbox(path: PathBuf) -> Self {
        FileStore { path, warn: false }
    }

    fn lock(&self) -> Result<File> {
        let lock_path = self.path.with_extension("lock");
        let f = fsutil::open_private(&lock_path)?;
        f.lock()?;
        Ok(f)
    }

    fn read_map(&self) -> Result<BTreeMap<String, String>> {
        match fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Error::failure(format!(
                    "the credential file {} is corrupt: {e}",
                    self.path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(Error::failure(format!(
                "cannot read {}: {e}",
                self.path.display()
            ))),
        }
    }

    fn write_map(&self, map: &BTreeMap<String, String>) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(map).expect("a string map serialises");
        fsutil::write_atomic_private(&self.path, &bytes)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl CredentialStore for FileStore {
    fn kind(&self) -> StoreKind {
        StoreKind::File
    }

    fn get(&self, key: &SecretKey) -> Result<Option<SecretString>> {
        let _lock = self.lock()?;
        Ok(self
            .read_map()?
            .remove(&key.to_string())
            .map(SecretString::new))
    }

    fn set(&self, key: &SecretKey, value: &SecretString) -> Result<()> {
        let _lock = self.lock()?;
        let mut map = self.read_map()?;
        map.insert(key.to_string(), value.expose().to_string());
        self.write_map(&map)
    }

    fn delete(&self, key: &SecretKey) -> Result<bool> {
        let _lock = self.lock()?;
        let mut map = self.read_map()?;
        let existed = map.remove(&key.to_string()).is_some();
        if existed {
            self.write_map(&map)?;
        }
        Ok(existed)
    }

    fn notice(&self) -> Option<String> {
        self.warn.then(|| {
            format!(
                "secrets are stored in plaintext in {} (credential_store = \"file\")",
                self.path.display()
            )
        })
    }
}
