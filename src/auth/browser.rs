//! Opening the consent page. `$BROWSER` wins when set (as with gh, so a
//! script or a test can play the browser); otherwise the platform opener.
//! The URL is always printed too, so a person can copy it.

use std::process::{Command, Stdio};

use crate::error::{Error, Result};

/// A browser started on the consent page.
pub struct Opened {
    /// The program started.
    pub program: String,
    /// Its exit status, once it ends (a platform opener ends at once; a
    /// browser named in `$BROWSER` may run until closed).
    pub exited: tokio::sync::oneshot::Receiver<std::process::ExitStatus>,
}

/// Starts the browser on `url` and returns without waiting for it.
pub fn open(url: &str) -> Result<Opened> {
    let browser = std::env::var("BROWSER").ok();
    let (program, args) = command_line(url, browser.as_deref(), Platform::current());
    let mut child = Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Error::failure(format!("cannot start `{program}`: {e}")))?;
    // Reap it whenever it exits, so no zombie outlives the wait, and say
    // how it ended to whoever still listens.
    let (tell, exited) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        if let Ok(status) = child.wait() {
            let _ = tell.send(status);
        }
    });
    Ok(Opened { program, exited })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Platform {
    MacOs,
    Windows,
    Other,
}

impl Platform {
    fn current() -> Platform {
        if cfg!(target_os = "macos") {
            Platform::MacOs
        } else if cfg!(target_os = "windows") {
            Platform::Windows
        } else {
            Platform::Other
        }
    }
}

/// The program and its arguments; the URL is always exactly one argument,
/// untouched.
fn command_line(url: &str, browser: Option<&str>, platform: Platform) -> (String, Vec<String>) {
    let (program, mut args) = match browser {
        Some(b) if !b.trim().is_empty() => {
            let mut words = b.split_whitespace().map(str::to_string);
            let program = words.next().expect("non-empty");
            (program, words.collect::<Vec<_>>())
        }
        _ => platform_opener(platform),
    };
    args.push(url.to_string());
    (program, args)
}

fn platform_opener(platform: Platform) -> (String, Vec<String>) {
    match platform {
        Platform::MacOs => ("open".into(), vec![]),
        // Not `cmd /C start "" URL`: cmd re-parses its command line, so the
        // `&` between query parameters ends the command there and the
        // browser gets a truncated URL (and `%…%` may be expanded). The URL
        // handler is reached without any shell in between.
        Platform::Windows => (
            "rundll32.exe".into(),
            vec!["url.dll,FileProtocolHandler".into()],
        ),
        Platform::Other => ("xdg-open".into(), vec![]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://id.jobadder.com/connect/authorize?response_type=code&client_id=abc&scope=read%20write&state=x%PATH%y";

    #[test]
    fn windows_passes_the_whole_url_to_no_shell() {
        let (program, args) = command_line(URL, None, Platform::Windows);
        assert_eq!(program, "rundll32.exe");
        assert_eq!(args, ["url.dll,FileProtocolHandler", URL]);
        assert!(!program.eq_ignore_ascii_case("cmd") && !program.eq_ignore_ascii_case("cmd.exe"));
    }

    #[test]
    fn other_platforms_and_browser_variable() {
        assert_eq!(
            command_line(URL, None, Platform::MacOs),
            ("open".to_string(), vec![URL.to_string()])
        );
        assert_eq!(
            command_line(URL, Some("  "), Platform::Other),
            ("xdg-open".to_string(), vec![URL.to_string()])
        );
        assert_eq!(
            command_line(URL, Some("firefox --new-window"), Platform::Windows),
            (
                "firefox".to_string(),
                vec!["--new-window".to_string(), URL.to_string()]
            )
        );
    }
}
