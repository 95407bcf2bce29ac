//! The OS keychain through the keyring crate: macOS Keychain, Windows
//! Credential Manager, or the Linux Secret Service (gnome-keyring, KWallet).
//!
//! Every call runs on a helper thread with a deadline: a Secret Service that
//! is not running, or a locked keyring waiting for a prompt nobody will
//! answer, must not hang the CLI.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use super::{CredentialStore, SecretString, StoreKind, unavailable};
use crate::error::{Error, Result};

const TIMEOUT: Duration = Duration::from_secs(3);

pub struct KeychainStore {
    service: String,
    config_path: PathBuf,
}

impl KeychainStore {
    pub fn new(service: String, config_path: &Path) -> Self {
        KeychainStore {
            service,
            config_path: config_path.to_path_buf(),
        }
    }

    fn call<T: Send + 'static>(
        &self,
        key: &str,
        op: impl FnOnce(keyring::Entry) -> keyring::Result<T> + Send + 'static,
    ) -> Result<T> {
        let (tx, rx) = mpsc::channel();
        let service = self.service.clone();
        let key = key.to_string();
        // The thread is detached on timeout; it dies with the process.
        std::thread::spawn(move || {
            let result = keyring::Entry::new(&service, &key).and_then(op);
            // Fails only when the caller timed out and left: nobody to tell.
            let _ = tx.send(result);
        });
        match rx.recv_timeout(TIMEOUT) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(self.map_err(e)),
            Err(_) => Err(unavailable(
                format!(
                    "the OS keychain did not answer within {} s (is the keyring daemon running and unlocked?)",
                    TIMEOUT.as_secs()
                ),
                &self.config_path,
            )),
        }
    }

    fn map_err(&self, e: keyring::Error) -> Error {
        match e {
            keyring::Error::NoStorageAccess(inner) | keyring::Error::PlatformFailure(inner) => {
                unavailable(
                    format!("the OS keychain refused: {inner}"),
                    &self.config_path,
                )
            }
            other => unavailable(
                format!("the OS keychain failed: {other}"),
                &self.config_path,
            ),
        }
    }
}

impl CredentialStore for KeychainStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Keychain
    }

    fn get(&self, key: &str) -> Result<Option<SecretString>> {
        self.call(key, |entry| match entry.get_password() {
            Ok(v) => Ok(Some(SecretString::new(v))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        })
    }

    fn set(&self, key: &str, value: &SecretString) -> Result<()> {
        let value = value.clone();
        self.call(key, move |entry| entry.set_password(value.expose()))
    }

    fn delete(&self, key: &str) -> Result<bool> {
        self.call(key, |entry| match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(e),
        })
    }
}
