//! File helpers for the home directory: private permissions and atomic
//! replacement, so nothing is lost or half-written on a crash.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Creates the home directory (mode 0700 on Unix) if it is missing.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::failure(format!("cannot create {}: {e}", dir.display())))
}

fn private_options() -> OpenOptions {
    let mut opts = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts
}

/// Opens (creating if needed) a file readable only by its owner.
pub fn open_private(path: &Path) -> Result<File> {
    private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| Error::failure(format!("cannot open {}: {e}", path.display())))
}

/// Replaces `path` with `bytes` atomically: write a sibling temp file, fsync,
/// rename. Readers see the old or the new content, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8], private: bool) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let wrap = |e: std::io::Error| Error::failure(format!("cannot write {}: {e}", path.display()));
    let mut opts = if private {
        private_options()
    } else {
        OpenOptions::new()
    };
    let mut f = opts
        .write(true)
        .create(true)
        .truncate(true)
        .open(&tmp)
        .map_err(wrap)?;
    f.write_all(bytes).map_err(wrap)?;
    f.sync_all().map_err(wrap)?;
    drop(f);
    fs::rename(&tmp, path).map_err(|e| {
        // The rename's error is the one reported; a temporary file that
        // cannot be removed either is left beside the target, never in its
        // place.
        let _ = fs::remove_file(&tmp);
        wrap(e)
    })
}

pub fn write_atomic_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, true)
}
