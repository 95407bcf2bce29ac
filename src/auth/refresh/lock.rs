//! The per-link lock of the refresh protocol's steps 1 and 5.

use super::LOCK_WAIT;
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::services::Services;
use crate::state::Org;
use std::fs::File;
use std::time::{Duration, Instant};

/// A held per-link lock: a lock file in the home, or, on a shared
/// PostgreSQL store, a transaction-scoped advisory lock that every machine
/// of the team sees.
pub enum LinkLock {
    File(File),
    /// Boxed: the held connection is large next to a file handle.
    Database(Box<crate::state::HeldLinkLock>),
}

/// The per-link lock, held until dropped. Waits (bounded) for another
/// process. Relink and unlink hold it too, so a refresh in flight cannot
/// write the old family's tokens over new ones (or after their removal).
pub fn lock(svc: &Services, org: &Org, provider: Provider) -> Result<LinkLock> {
    if let Some(held) =
        crate::state::lock_link(&svc.state_location()?, org.id, provider, LOCK_WAIT)?
    {
        return Ok(LinkLock::Database(Box::new(held)));
    }
    lock_file(svc, org, provider).map(LinkLock::File)
}

pub(super) fn lock_file(svc: &Services, org: &Org, provider: Provider) -> Result<File> {
    let dir = svc.home.join("locks");
    crate::fsutil::ensure_private_dir(&dir)?;
    let provider = provider.as_str();
    let path = dir.join(format!("{}.{provider}.lock", org.slug));
    let file = crate::fsutil::open_private(&path)?;
    let deadline = Instant::now() + LOCK_WAIT;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::unavailable(format!(
                    "another atslink process has been refreshing the {provider} link of {} for over {} s",
                    org.slug,
                    LOCK_WAIT.as_secs()
                ))
                .with_hint(format!("try again; the lock file is {}", path.display())));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::failure(format!(
                    "cannot lock {}: {e}",
                    path.display()
                )));
            }
        }
    }
}
