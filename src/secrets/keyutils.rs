//! The Linux kernel keyring, for headless servers with no Secret Service.
//!
//! Where the kernel allows it, secrets go to the per-user *persistent*
//! keyring: it survives logouts and expires only after it has gone unused
//! for `/proc/sys/kernel/keys/persistent_keyring_expiry` seconds (3 days by
//! default). Containers often refuse it; then the store falls back to the
//! *user* keyring, which lives only while the user has a process running
//! (root always does; a service account needs `loginctl enable-linger`).
//! Both are lost at reboot, after which links must be relinked: the README
//! says when this store is the right choice.
//!
//! Keys are created readable by the owning user (not only their
//! "possessor"), so a later atslink process of the same user, which does
//! not possess the key, can still read it.

use std::path::{Path, PathBuf};

use linux_keyutils::{KeyError, KeyPermissionsBuilder, KeyRing, KeyRingIdentifier, Permission};

use super::{CredentialStore, SecretString, StoreKind, unavailable};
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ring {
    Persistent,
    User,
}

pub struct KeyutilsStore {
    ring: KeyRing,
    which: Ring,
    namespace: String,
    config_path: PathBuf,
}

impl KeyutilsStore {
    pub fn open(namespace: String, config_path: &Path) -> Result<Self> {
        let candidates = [
            (
                Ring::Persistent,
                KeyRing::get_persistent(KeyRingIdentifier::Process),
            ),
            (
                Ring::User,
                KeyRing::from_special_id(KeyRingIdentifier::User, true),
            ),
        ];
        let mut last_err = None;
        for (which, ring) in candidates {
            match ring {
                Ok(ring) => {
                    let store = KeyutilsStore {
                        ring,
                        which,
                        namespace: namespace.clone(),
                        config_path: config_path.to_path_buf(),
                    };
                    // A keyring can be obtainable yet refuse writes (seen in
                    // containers), so prove it works before choosing it.
                    match store.probe() {
                        Ok(()) => return Ok(store),
                        Err(e) => last_err = Some(e),
                    }
                }
                Err(e) => last_err = Some(e),
            }
        }
        Err(unavailable(
            format!(
                "the kernel keyring refused access ({:?})",
                last_err.unwrap_or(KeyError::OperationNotSupported)
            ),
            config_path,
        ))
    }

    fn probe(&self) -> Result<(), KeyError> {
        let desc = self.description("probe");
        let key = self.ring.add_key(&desc, b"ok")?;
        let ok = self.ring.search(&desc).and_then(|k| k.read_to_vec());
        // The probe key is in the session keyring, which ends with the
        // session; a failed invalidate leaves a two-byte key until then.
        let _ = key.invalidate();
        ok.map(|_| ())
    }

    fn description(&self, key: &str) -> String {
        format!("{}:{}", self.namespace, key)
    }

    fn err(&self, what: &str, e: KeyError) -> crate::error::Error {
        unavailable(
            format!("the kernel keyring failed to {what} ({e:?})"),
            &self.config_path,
        )
    }
}

/// An invalidated key lingers until the kernel's garbage collector runs,
/// and a search that meets it in that window reports it revoked: for us it
/// is simply gone, like an expired one.
fn gone(e: &KeyError) -> bool {
    matches!(
        e,
        KeyError::KeyDoesNotExist | KeyError::KeyRevoked | KeyError::KeyExpired
    )
}

impl CredentialStore for KeyutilsStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Keyutils
    }

    fn get(&self, key: &str) -> Result<Option<SecretString>> {
        match self.ring.search(&self.description(key)) {
            Ok(k) => {
                let bytes = k.read_to_vec().map_err(|e| self.err("read", e))?;
                let value = String::from_utf8(bytes).map_err(|_| {
                    crate::error::Error::failure("a kernel keyring entry is not UTF-8")
                })?;
                Ok(Some(SecretString::new(value)))
            }
            Err(e) if gone(&e) => Ok(None),
            Err(e) => Err(self.err("search", e)),
        }
    }

    fn set(&self, key: &str, value: &SecretString) -> Result<()> {
        // add_key replaces an existing key with the same description.
        let k = self
            .ring
            .add_key(&self.description(key), value.expose().as_bytes())
            .map_err(|e| self.err("store", e))?;
        let perms = KeyPermissionsBuilder::builder()
            .posessor(Permission::ALL)
            .user(Permission::ALL)
            .build();
        k.set_perms(perms)
            .map_err(|e| self.err("set permissions on", e))?;
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<bool> {
        match self.ring.search(&self.description(key)) {
            Ok(k) => {
                k.invalidate().map_err(|e| self.err("delete", e))?;
                Ok(true)
            }
            Err(e) if gone(&e) => Ok(false),
            Err(e) => Err(self.err("search", e)),
        }
    }

    fn notice(&self) -> Option<String> {
        match self.which {
            Ring::Persistent => None,
            Ring::User => Some(
                "the kernel's persistent keyring is not available here, so secrets are kept in \
                 the user keyring: they last only while this user has a running process and are \
                 lost at reboot"
                    .to_string(),
            ),
        }
    }
}
