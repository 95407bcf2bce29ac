//! The master key of the `database` credential store: 32 random bytes,
//! written as base64. It comes from, in order, `ATSLINK_MASTER_KEY`, the
//! file named by `[secrets] master_key_file` in config.toml (mode 0600,
//! owned by the user, refused otherwise), or the OS keychain entry
//! `secrets/master_key` of the home. The first source that is set wins;
//! a set but unusable source is an error, never a reason to try the next.
//!
//! Every key problem (missing, malformed, a loose file mode, or a key that
//! is not the one the secrets were sealed with) exits 2: it is fixed by
//! correcting the configuration. It is not 7 (retrying cannot help, and a
//! keep-alive loop must not retry it), nor 3 (relinking would not help and
//! would hide the real fault), nor a refresh failure of the link.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use zeroize::Zeroizing;

use super::SecretString;
use crate::error::{Error, Result};

pub const ENV: &str = "ATSLINK_MASTER_KEY";
/// The keychain entry (in the home's namespace) holding the key.
pub fn keychain_entry() -> super::SecretKey {
    super::SecretKey::master_key()
}
pub const LEN: usize = 32;

const GENERATE: &str = "head -c 32 /dev/urandom | base64";

pub struct MasterKey {
    bytes: Zeroizing<[u8; LEN]>,
    id: String,
    origin: String,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MasterKey(id {}, from {})", self.id, self.origin)
    }
}

/// Where a key may come from, gathered by the caller so this module reads
/// no environment or config of its own (and stays testable).
pub struct Sources<'a> {
    pub env: Option<Zeroizing<String>>,
    pub file: Option<&'a Path>,
    pub keychain: &'a dyn Fn() -> Result<Option<SecretString>>,
    pub config_path: &'a Path,
    /// The key ids of the secrets already stored: with any, a missing key
    /// must be found, not made anew.
    pub stored_key_ids: &'a [String],
}

impl MasterKey {
    /// Parses base64 text (surrounding whitespace ignored) of exactly 32 bytes.
    pub fn from_base64(text: &str, origin: &str) -> Result<MasterKey> {
        let decoded = Zeroizing::new(B64.decode(text.trim()).map_err(|_| {
            key_error(format!("the master key from {origin} is not valid base64"))
                .with_hint(format!("make one with `{GENERATE}`"))
        })?);
        if decoded.len() != LEN {
            return Err(key_error(format!(
                "the master key from {origin} is {} bytes; it must be {LEN}",
                decoded.len()
            ))
            .with_hint(format!("make one with `{GENERATE}`")));
        }
        let mut bytes = Zeroizing::new([0u8; LEN]);
        bytes.copy_from_slice(&decoded);
        let id = key_id(&bytes);
        Ok(MasterKey {
            bytes,
            id,
            origin: origin.to_string(),
        })
    }

    /// Reads a key file, refusing one that others could read or that
    /// belongs to another user.
    pub fn from_file(path: &Path, what: &str) -> Result<MasterKey> {
        let meta = std::fs::metadata(path).map_err(|e| {
            key_error(format!("cannot read {what} {}: {e}", path.display())).with_hint(format!(
                "create it: `{GENERATE} > {0}; chmod 600 {0}`",
                path.display()
            ))
        })?;
        check_private(path, &meta, what)?;
        let text = Zeroizing::new(
            std::fs::read_to_string(path)
                .map_err(|e| key_error(format!("cannot read {what} {}: {e}", path.display())))?,
        );
        MasterKey::from_base64(&text, &format!("{what} {}", path.display()))
    }

    /// The configured key, from the first source that is set.
    pub fn resolve(sources: Sources<'_>) -> Result<MasterKey> {
        if let Some(text) = sources.env.filter(|t| !t.trim().is_empty()) {
            return MasterKey::from_base64(&text, ENV);
        }
        if let Some(path) = sources.file {
            return MasterKey::from_file(path, "the master key file");
        }
        let keychain = match (sources.keychain)() {
            Ok(Some(secret)) => return MasterKey::from_base64(secret.expose(), "the OS keychain"),
            Ok(None) => "has no entry".to_string(),
            Err(e) => format!("could not be read: {}", e.message),
        };
        let config = sources.config_path.display();
        let hint = if sources.stored_key_ids.is_empty() {
            format!(
                "export {ENV}=\"$({GENERATE})\" (keep a copy: it is the only way to read the \
                 secrets), or name a mode 0600 file holding it as `master_key_file` under \
                 [secrets] in {config}"
            )
        } else {
            format!(
                "the stored secrets need the key with id {}: set {ENV} to it, or name a mode \
                 0600 file holding it as `master_key_file` under [secrets] in {config} (a new \
                 key would not open them)",
                sources.stored_key_ids.join(", ")
            )
        };
        Err(key_error(format!(
            "the database credential store needs its master key, and none is set: {ENV} is \
             unset, {config} names no [secrets] master_key_file, and the OS keychain \
             {keychain}; nothing was decrypted or stored"
        ))
        .with_hint(hint))
    }

    /// A short public fingerprint of the key, stored with every ciphertext,
    /// so a wrong key is recognised before anything is decrypted.
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub(super) fn bytes(&self) -> &[u8; LEN] {
        &self.bytes
    }
}

/// The first 8 bytes of SHA-256 over a label and the key, in hex. The label
/// keeps the fingerprint from matching any other use of the same bytes.
fn key_id(bytes: &[u8; LEN]) -> String {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(b"atslink master key id v1\0");
    ctx.update(bytes);
    let digest = ctx.finish();
    digest.as_ref()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every master-key problem: see the module comment for why it is exit 2.
pub fn key_error(message: impl Into<String>) -> Error {
    Error::usage(message)
}

/// The error for a key that is not the one the secrets were sealed with.
pub fn wrong_key(key: &MasterKey, stored: &[String]) -> Error {
    key_error(format!(
        "the master key from {} (key id {}) is not the key the stored secrets are encrypted \
         with (key id {}); nothing was decrypted or changed",
        key.origin(),
        key.id(),
        stored.join(", ")
    ))
    .with_hint(format!(
        "set {ENV} (or [secrets] master_key_file) to the key with id {}; after a \
         `atslink secrets rekey`, that is the new key",
        stored.join(", ")
    ))
}

#[cfg(unix)]
fn check_private(path: &Path, meta: &std::fs::Metadata, what: &str) -> Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let mode = meta.permissions().mode() & 0o777;
    if mode != 0o600 {
        return Err(key_error(format!(
            "{what} {} has mode {mode:04o}; it must be 0600 (read and write by its owner only), \
             so it was not used",
            path.display()
        ))
        .with_hint(format!("run `chmod 600 {}`", path.display())));
    }
    // SAFETY: getuid cannot fail and touches no memory.
    let me = unsafe { libc::getuid() };
    if meta.uid() != me {
        return Err(key_error(format!(
            "{what} {} belongs to another user (uid {}), so it was not used",
            path.display(),
            meta.uid()
        ))
        .with_hint("copy it to a file of your own with mode 0600 and name that in the config"));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_path: &Path, _meta: &std::fs::Metadata, _what: &str) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const K1: &str = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

    fn none() -> Result<Option<SecretString>> {
        Ok(None)
    }

    #[test]
    fn parses_and_fingerprints() {
        let a = MasterKey::from_base64(&format!(" {K1}\n"), "test").unwrap();
        let b = MasterKey::from_base64(K1, "test").unwrap();
        assert_eq!(a.id(), b.id());
        assert_eq!(a.id().len(), 16);
        let other = MasterKey::from_base64(&B64.encode([2u8; 32]), "test").unwrap();
        assert_ne!(a.id(), other.id());
        assert!(!format!("{a:?}").contains(K1));
    }

    #[test]
    fn bad_keys_are_usage_errors() {
        let short = MasterKey::from_base64(&B64.encode([1u8; 16]), "X").unwrap_err();
        assert_eq!(short.exit_code(), 2);
        assert!(short.message.contains("16 bytes"), "{}", short.message);
        let garbage = MasterKey::from_base64("not base64!", "X").unwrap_err();
        assert_eq!(garbage.exit_code(), 2);
    }

    #[test]
    fn missing_everywhere_says_so() {
        let err = MasterKey::resolve(Sources {
            env: Some(Zeroizing::new("  ".into())),
            file: None,
            keychain: &none,
            config_path: Path::new("/h/config.toml"),
            stored_key_ids: &[],
        })
        .unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(
            err.message.contains("ATSLINK_MASTER_KEY is unset"),
            "{}",
            err.message
        );
        assert!(err.hint.unwrap().contains("/dev/urandom"));
        // With secrets already stored, the hint asks for their key instead
        // of suggesting a new one.
        let err = MasterKey::resolve(Sources {
            env: None,
            file: None,
            keychain: &none,
            config_path: Path::new("/h/config.toml"),
            stored_key_ids: &["00112233aabbccdd".into()],
        })
        .unwrap_err();
        let hint = err.hint.unwrap();
        assert!(hint.contains("key with id 00112233aabbccdd"), "{hint}");
        assert!(!hint.contains("/dev/urandom"), "{hint}");
    }

    #[test]
    fn the_env_wins_and_the_keychain_is_last() {
        let from_keychain = || Ok(Some(SecretString::new(K1)));
        let k = MasterKey::resolve(Sources {
            env: None,
            file: None,
            keychain: &from_keychain,
            config_path: Path::new("c"),
            stored_key_ids: &[],
        })
        .unwrap();
        assert_eq!(k.origin(), "the OS keychain");
        let other = B64.encode([3u8; 32]);
        let k = MasterKey::resolve(Sources {
            env: Some(Zeroizing::new(other)),
            file: Some(Path::new("/nonexistent/key")),
            keychain: &from_keychain,
            config_path: Path::new("c"),
            stored_key_ids: &[],
        })
        .unwrap();
        assert_eq!(k.origin(), ENV);
    }

    #[cfg(unix)]
    #[test]
    fn key_files_must_be_0600() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        std::fs::write(&path, K1).unwrap();
        for mode in [0o644, 0o640, 0o400, 0o700] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            let err = MasterKey::from_file(&path, "the master key file").unwrap_err();
            assert_eq!(err.exit_code(), 2);
            assert!(err.message.contains("must be 0600"), "{}", err.message);
            assert!(err.hint.unwrap().contains("chmod 600"));
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let k = MasterKey::from_file(&path, "the master key file").unwrap();
        assert_eq!(k.id(), MasterKey::from_base64(K1, "t").unwrap().id());
    }
}
