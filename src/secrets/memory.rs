//! In-memory credential store, for unit tests of code that needs a store.

use std::collections::HashMap;
use std::sync::Mutex;

use super::{CredentialStore, SecretString, StoreKind};
use crate::error::Result;

#[derive(Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<String, SecretString>>,
}

impl CredentialStore for MemoryStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Memory
    }

    fn get(&self, key: &str) -> Result<Option<SecretString>> {
        Ok(self.entries.lock().unwrap().get(key).cloned())
    }

    fn set(&self, key: &str, value: &SecretString) -> Result<()> {
        self.entries
            .lock()
            .unwrap()
            .insert(key.to_string(), value.clone());
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<bool> {
        Ok(self.entries.lock().unwrap().remove(key).is_some())
    }
}
