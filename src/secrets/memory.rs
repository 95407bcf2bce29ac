//! In-memory credential store, for unit tests of code that needs a store.

use std::collections::HashMap;
use std::sync::Mutex;

use super::{CredentialStore, SecretKey, SecretString, StoreKind};
use crate::error::Result;

#[derive(Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<String, SecretString>>,
}

impl CredentialStore for MemoryStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Memory
    }

    fn get(&self, key: &SecretKey) -> Result<Option<SecretString>> {
        Ok(self.entries.lock().unwrap().get(&key.to_string()).cloned())
    }

    fn set(&self, key: &SecretKey, value: &SecretString) -> Result<()> {
        self.entries
            .lock()
            .unwrap()
            .insert(key.to_string(), value.clone());
        Ok(())
    }

    fn delete(&self, key: &SecretKey) -> Result<bool> {
        Ok(self
            .entries
            .lock()
            .unwrap()
            .remove(&key.to_string())
            .is_some())
    }
}
