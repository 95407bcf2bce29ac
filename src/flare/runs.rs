//! Who a run is (`host:pid`) and whether it is gone: how a claim left by a
//! run that died (a batch lock, a note being written, an event being
//! handled) is taken over at once on the machine that made it.

/// This run, as `host:pid`, for claims that others may need to take over.
pub fn me() -> String {
    format!("{}:{}", hostname(), std::process::id())
}

/// Whether the run `host:pid` is known to be gone: on this machine, with
/// no such process.
pub fn gone(run: &str) -> bool {
    run.rsplit_once(':').is_some_and(|(host, pid)| {
        host == hostname() && pid.parse().is_ok_and(|pid: i64| !process_alive(pid))
    })
}

pub fn hostname() -> String {
    #[cfg(unix)]
    {
        let mut buf = [0u8; 256];
        // SAFETY: the buffer is valid for its length; gethostname writes at
        // most that many bytes.
        if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0 {
            let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
            let name = String::from_utf8_lossy(&buf[..end]).to_string();
            if !name.is_empty() {
                return name;
            }
        }
    }
    std::env::var("COMPUTERNAME")
        .or_else(|_| std::env::var("HOSTNAME"))
        .unwrap_or_else(|_| "unknown-host".into())
}

/// Whether a process with this id exists on this machine. Without a way
/// to tell, it is assumed alive and the lease decides.
pub fn process_alive(pid: i64) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 only checks for the process; nothing is sent.
        let rc = unsafe { libc::kill(pid, 0) };
        rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}
