//! `credential_store = "database"`: secrets sealed with AES-256-GCM and kept
//! in the state database's `secrets` table, so everyone sharing the state
//! database (and the master key) shares the links, with no keychain.
//!
//! A store key such as `org/acme/jobadder/tokens` is kept as its owner
//! (`org/acme/jobadder`) and its field (`tokens`), spelled as
//! [`SecretKey`] spells them (its name split at the last `/`). Both are
//! bound into the ciphertext as associated data, so a ciphertext copied to
//! another row does not decrypt. Each row names the id of the key that
//! sealed it: a row under another key id is reported as a wrong master key
//! before anything is decrypted, and writes are refused while the table
//! holds rows under another key id, so a wrong key never overwrites
//! anything and the table never mixes keys.

use std::path::Path;
use std::sync::Mutex;

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use super::master_key::{self, MasterKey};
use super::{CredentialStore, SecretKey, SecretString, StoreKind};
use crate::error::{Error, Result};
use crate::state::{SealedSecret, Store, Tx};

pub struct DatabaseStore {
    state: Mutex<Store>,
    key: MasterKey,
}

impl DatabaseStore {
    /// Opens the store over the state database at `state_path` (its own
    /// connection: the trait's methods take `&self` and must be `Sync`).
    /// A key that is not the table's is refused here, so a command fails
    /// before it does any work whose result it could not store.
    pub fn open(state_path: &Path, key: MasterKey) -> Result<DatabaseStore> {
        DatabaseStore::over(Store::open(state_path)?, key)
    }

    /// The store over an already opened state database.
    pub fn over(state: Store, key: MasterKey) -> Result<DatabaseStore> {
        let ids = state.read().secret_key_ids()?;
        if ids.iter().any(|id| id != key.id()) {
            return Err(master_key::wrong_key(&key, &ids));
        }
        Ok(DatabaseStore {
            state: Mutex::new(state),
            key,
        })
    }

    fn with_state<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut state = self
            .state
            .lock()
            .map_err(|_| Error::failure("the database credential store is poisoned"))?;
        f(&mut state)
    }
}

/// The associated data: a label, then owner and field with their lengths,
/// so no two (owner, field) pairs give the same bytes.
fn aad(owner: &str, field: &str) -> Vec<u8> {
    let mut out = b"atslink secret v1\0".to_vec();
    for part in [owner, field] {
        out.extend_from_slice(&(part.len() as u32).to_be_bytes());
        out.extend_from_slice(part.as_bytes());
    }
    out
}

fn aead_key(key: &MasterKey) -> LessSafeKey {
    // ring keeps its own expanded key schedule, which it does not zeroize;
    // it is built per call and freed at once, so it does not linger long.
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key.bytes()).expect("a 32-byte AES-256 key"))
}

/// Encrypts one value under `key` with a fresh random nonce.
pub fn seal(
    key: &MasterKey,
    owner: &str,
    field: &str,
    value: &SecretString,
) -> Result<SealedSecret> {
    let mut nonce = [0u8; NONCE_LEN];
    SystemRandom::new()
        .fill(&mut nonce)
        .map_err(|_| Error::failure("the system random number generator failed"))?;
    // Sealed in place: the buffer holds ciphertext afterwards, no plaintext.
    let mut buf = value.expose().as_bytes().to_vec();
    aead_key(key)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad(owner, field)),
            &mut buf,
        )
        .map_err(|_| Error::failure("encrypting a secret failed"))?;
    Ok(SealedSecret {
        owner: owner.to_string(),
        field: field.to_string(),
        key_id: key.id().to_string(),
        nonce: nonce.to_vec(),
        ciphertext: buf,
    })
}

/// Decrypts one row. A row sealed under another key id is a wrong key
/// (nothing is tried); one that fails authentication under the right key
/// was altered or moved from another owner or field.
pub fn open(key: &MasterKey, sealed: &SealedSecret) -> Result<SecretString> {
    if sealed.key_id != key.id() {
        return Err(master_key::wrong_key(
            key,
            std::slice::from_ref(&sealed.key_id),
        ));
    }
    let name = format!("{}/{}", sealed.owner, sealed.field);
    let tampered = || {
        Error::failure(format!(
            "the stored secret `{name}` does not decrypt under its key (id {}): it was altered or \
             copied from another entry, so it was not used",
            key.id()
        ))
        .with_hint(
            "store it again: relink the integration, or `atslink provider set` for a client secret",
        )
    };
    let nonce: [u8; NONCE_LEN] = sealed.nonce.as_slice().try_into().map_err(|_| tampered())?;
    // Wiped on drop: after a failed open ring leaves the buffer unspecified.
    let mut buf = Zeroizing::new(sealed.ciphertext.clone());
    let plain = aead_key(key)
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad(&sealed.owner, &sealed.field)),
            &mut buf,
        )
        .map_err(|_| tampered())?;
    let text = std::str::from_utf8(plain).map_err(|_| tampered())?;
    Ok(SecretString::new(text))
}

/// Refuses to write while the table holds secrets under another key id.
fn check_table(tx: &Tx<'_>, key: &MasterKey) -> Result<()> {
    let ids = tx.secret_key_ids()?;
    if ids.iter().any(|id| id != key.id()) {
        return Err(master_key::wrong_key(key, &ids));
    }
    Ok(())
}

/// Re-encrypts every row from `old` to `new` inside the caller's
/// transaction: every row must open under `old`, or the error rolls the
/// whole transaction back and nothing is changed. Returns the row count.
pub fn rekey(tx: &Tx<'_>, old: &MasterKey, new: &MasterKey) -> Result<usize> {
    check_table(tx, old)?;
    let rows = tx.sealed_secrets()?;
    for row in &rows {
        let value = open(old, row)?;
        tx.put_sealed_secret(&seal(new, &row.owner, &row.field, &value)?)?;
    }
    Ok(rows.len())
}

impl CredentialStore for DatabaseStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Database
    }

    fn get(&self, key: &SecretKey) -> Result<Option<SecretString>> {
        let (owner, field) = (key.owner_text(), key.field.as_str());
        let sealed = self.with_state(|s| s.read().sealed_secret(&owner, field))?;
        sealed.map(|s| open(&self.key, &s)).transpose()
    }

    fn set(&self, key: &SecretKey, value: &SecretString) -> Result<()> {
        let sealed = seal(&self.key, &key.owner_text(), key.field.as_str(), value)?;
        // The check and the write share one transaction, so a concurrent
        // rekey cannot slip between them and leave a row under the old key.
        self.with_state(|s| {
            s.write(|tx| {
                check_table(tx, &self.key)?;
                tx.put_sealed_secret(&sealed)
            })
        })
    }

    fn delete(&self, key: &SecretKey) -> Result<bool> {
        let (owner, field) = (key.owner_text(), key.field.as_str());
        self.with_state(|s| {
            s.write(|tx| {
                check_table(tx, &self.key)?;
                tx.delete_sealed_secret(&owner, field)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn key(byte: u8) -> MasterKey {
        let text = base64::engine::general_purpose::STANDARD.encode([byte; 32]);
        MasterKey::from_base64(&text, "test").unwrap()
    }

    fn store(dir: &Path, k: u8) -> DatabaseStore {
        DatabaseStore::open(&dir.join("state.db"), key(k)).unwrap()
    }

    /// The name written out as rows were sealed before the key was a type:
    /// owner and field are the name split at its last `/`.
    fn name(text: &str) -> SecretKey {
        text.parse().unwrap()
    }

    #[test]
    fn a_row_sealed_under_the_split_name_is_read_by_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path(), 1);
        for (owner, field, entry) in [
            (
                "org/acme/jobadder",
                "tokens",
                SecretKey::tokens("acme", crate::providers::Provider::JobAdder),
            ),
            (
                "provider/jobadder",
                "client_secret",
                SecretKey::client_secret(crate::providers::Provider::JobAdder),
            ),
        ] {
            let v = SecretString::new(format!("{owner}-{field}"));
            let sealed = seal(&key(1), owner, field, &v).unwrap();
            s.with_state(|st| st.write(|tx| tx.put_sealed_secret(&sealed)))
                .unwrap();
            assert_eq!(s.get(&entry).unwrap().unwrap(), v);
        }
    }

    #[test]
    fn round_trip_and_no_plaintext_in_the_row() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path(), 1);
        let v = SecretString::new("round-trip-secret-value");
        s.set(&name("org/acme/jobadder/tokens"), &v).unwrap();
        assert_eq!(
            s.get(&name("org/acme/jobadder/tokens")).unwrap().unwrap(),
            v
        );
        assert!(
            s.get(&name("org/acme/salesforce/tokens"))
                .unwrap()
                .is_none()
        );
        let row = s
            .with_state(|st| st.read().sealed_secret("org/acme/jobadder", "tokens"))
            .unwrap()
            .unwrap();
        assert!(!row.ciphertext.windows(5).any(|w| w == b"round"));
        // Two seals of one value differ (fresh nonces).
        let again = seal(&key(1), "org/acme/jobadder", "tokens", &v).unwrap();
        assert_ne!(again.nonce, row.nonce);
        assert!(s.delete(&name("org/acme/jobadder/tokens")).unwrap());
        assert!(s.get(&name("org/acme/jobadder/tokens")).unwrap().is_none());
    }

    #[test]
    fn a_ciphertext_moved_to_another_owner_or_field_fails() {
        let k = key(1);
        let v = SecretString::new("moved-secret");
        let sealed = seal(&k, "org/acme/jobadder", "tokens", &v).unwrap();
        for (owner, field) in [
            ("org/evil/jobadder", "tokens"),
            ("org/acme/jobadder", "api_key"),
        ] {
            let moved = SealedSecret {
                owner: owner.into(),
                field: field.into(),
                ..sealed.clone()
            };
            let err = open(&k, &moved).unwrap_err();
            assert_eq!(err.exit_code(), 1);
            assert!(
                err.message.contains("copied from another entry"),
                "{}",
                err.message
            );
        }
        assert_eq!(open(&k, &sealed).unwrap(), v);
    }

    #[test]
    fn a_wrong_key_reads_nothing_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        store(dir.path(), 1)
            .set(&name("org/a/jobadder/tokens"), &SecretString::new("kept"))
            .unwrap();
        let open_err = DatabaseStore::open(&dir.path().join("state.db"), key(2))
            .err()
            .expect("a wrong key is refused at open");
        // A store opened before the table changed key (another process
        // wrote or rekeyed since) still refuses on every call.
        let wrong = DatabaseStore {
            state: Mutex::new(Store::open(&dir.path().join("state.db")).unwrap()),
            key: key(2),
        };
        for err in [
            open_err,
            wrong.get(&name("org/a/jobadder/tokens")).unwrap_err(),
            wrong
                .set(&name("org/b/jobadder/tokens"), &SecretString::new("x"))
                .unwrap_err(),
            wrong.delete(&name("org/a/jobadder/tokens")).unwrap_err(),
        ] {
            assert_eq!(err.exit_code(), 2);
            assert!(err.message.contains("is not the key"), "{}", err.message);
        }
        let right = store(dir.path(), 1);
        assert_eq!(
            right
                .get(&name("org/a/jobadder/tokens"))
                .unwrap()
                .unwrap()
                .expose(),
            "kept"
        );
        assert!(right.get(&name("org/b/jobadder/tokens")).unwrap().is_none());
    }

    #[test]
    fn rekey_is_all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(dir.path(), 1);
        s.set(&name("org/a/jobadder/tokens"), &SecretString::new("a"))
            .unwrap();
        s.set(
            &name("provider/jobadder/client_secret"),
            &SecretString::new("b"),
        )
        .unwrap();
        // Corrupt one row: the rekey must fail and leave both rows as they were.
        s.with_state(|st| {
            st.write(|tx| {
                let mut row = tx.sealed_secrets()?.pop().unwrap();
                row.ciphertext[0] ^= 1;
                tx.put_sealed_secret(&row)
            })
        })
        .unwrap();
        let before = s
            .with_state(|st| st.write(|tx| tx.sealed_secrets()))
            .unwrap();
        let err = s
            .with_state(|st| st.write(|tx| rekey(tx, &key(1), &key(3))))
            .unwrap_err();
        assert_eq!(err.exit_code(), 1);
        let after = s
            .with_state(|st| st.write(|tx| tx.sealed_secrets()))
            .unwrap();
        assert_eq!(before, after);
    }
}
