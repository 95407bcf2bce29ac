//! Opening the consent page. `$BROWSER` wins when set (as with gh, so a
//! script or a test can play the browser); otherwise the platform opener.
//! The URL is always printed too, so a person can copy it.

use std::process::{Command, Stdio};

/// Starts the browser on `url` and returns without waiting for it.
pub fn open(url: &str) -> Result<String, String> {
    let (program, mut args) = match std::env::var("BROWSER") {
        Ok(b) if !b.trim().is_empty() => {
            let mut words = b.split_whitespace().map(str::to_string);
            let program = words.next().expect("non-empty");
            (program, words.collect::<Vec<_>>())
        }
        _ => platform_opener(),
    };
    args.push(url.to_string());
    let mut child = Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start `{program}`: {e}"))?;
    // Reap it whenever it exits, so no zombie outlives the wait.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(program)
}

fn platform_opener() -> (String, Vec<String>) {
    if cfg!(target_os = "macos") {
        ("open".into(), vec![])
    } else if cfg!(target_os = "windows") {
        (
            "cmd".into(),
            vec!["/C".into(), "start".into(), String::new()],
        )
    } else {
        ("xdg-open".into(), vec![])
    }
}
