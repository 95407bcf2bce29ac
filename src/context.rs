//! The command line's shell: the printer, the prompt policy and the global
//! flags, around the domain's [`Services`] (home, config, clock, stores,
//! endpoints, HTTP), which it dereferences to. Commands take a `Context`;
//! the domain code they call takes the services.

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::output::{ConfirmPolicy, Printer};
use crate::secrets::SecretString;
use crate::services::{Notice, Notices, Services};
use crate::state::Org;

pub use crate::services::{Stamp, org_from, org_in, org_not_found, org_unchanged};

pub struct Context {
    pub printer: Printer,
    org_flag: Option<String>,
    confirm_policy: ConfirmPolicy,
    services: Services,
}

impl Deref for Context {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.services
    }
}

impl DerefMut for Context {
    fn deref_mut(&mut self) -> &mut Services {
        &mut self.services
    }
}

impl Context {
    pub fn new(global: &GlobalArgs, command_line: String) -> Result<Context> {
        let printer = Printer::new(global.json, global.quiet, global.verbose, global.color)
            .with_invocation(crate::output::Invocation::from_global(global));
        let base_home = resolve_home(global.home.as_deref())?;
        let services = Services::build(base_home, global.sandbox, command_line, notices(&printer))?;
        Ok(Context {
            printer,
            org_flag: global.org.clone(),
            confirm_policy: ConfirmPolicy {
                yes: global.yes,
                no_input: global.no_input,
                json: global.json,
            },
            services,
        })
    }

    /// The organisation slug from the positional argument, else `--org` /
    /// `ATSLINK_ORG`.
    pub fn org_slug(&self, positional: Option<&str>) -> Result<String> {
        positional
            .map(str::to_string)
            .or_else(|| self.org_flag.clone())
            .ok_or_else(|| {
                Error::usage("no organisation given").with_hint(
                    "pass --org SLUG (or set ATSLINK_ORG); `atslink org list` shows them",
                )
            })
    }

    /// Looks an organisation up; a missing one is exit 4 with the way to
    /// find the right slug.
    ///
    /// A command that writes must resolve the organisation again inside its
    /// write transaction ([`org_in`]): between this look-up and the write,
    /// the organisation may be deleted and its row id reused by another.
    pub fn require_org(&mut self, slug: &str) -> Result<Org> {
        org_from(&self.state()?.read(), slug)
    }

    /// Whether a prompt may be shown: a person at a terminal, not a script.
    pub fn can_prompt(&self) -> bool {
        self.confirm_policy.interactive()
    }

    /// Reads a secret for a `--…-stdin` flag: piped stdin (without its
    /// trailing newline), or a hidden prompt when a person is at a terminal
    /// and prompts are allowed. `example` is the command line to show.
    pub fn read_secret(&self, what: &str, example: &str) -> Result<SecretString> {
        use std::io::{IsTerminal, Read};
        let stdin = std::io::stdin();
        let piped_hint = || format!("pipe it in: `printf %s \"$VALUE\" | {example}`");
        if stdin.is_terminal() {
            if let Some(why) = self.confirm_policy.why_not_interactive() {
                return Err(Error::usage(format!(
                    "cannot ask for the {what} ({why}): pipe it on stdin"
                ))
                .with_hint(piped_hint()));
            }
            let value = dialoguer::Password::new()
                .with_prompt(what)
                .interact()
                .map_err(|e| Error::failure(format!("cannot read the {what}: {e}")))?;
            return Ok(SecretString::new(value));
        }
        let mut buf = String::new();
        stdin
            .lock()
            .read_to_string(&mut buf)
            .map_err(|e| Error::usage(format!("cannot read the {what} from stdin: {e}")))?;
        let secret = SecretString::new(buf.trim_end_matches(['\r', '\n']));
        // Only the SecretString keeps the value.
        buf.clear();
        if secret.is_empty() {
            return Err(
                Error::usage(format!("the {what} on stdin is empty")).with_hint(piped_hint())
            );
        }
        Ok(secret)
    }

    pub fn confirm(&self, question: &str, retry: &str) -> Result<()> {
        crate::output::confirm(&self.confirm_policy, question, retry)
    }
}

/// The domain's notices as the printer's lines: notes and warnings on
/// stderr, `debug:` lines at `-v`/`-vv` (or `serve`'s log, once installed).
fn notices(printer: &Printer) -> Notices {
    let printer = printer.clone();
    Notices::new(move |n| match n {
        Notice::Note(m) => printer.note(m),
        Notice::Warn(m) => printer.warn(m),
        Notice::Debug(level, m) => printer.debug(level, m),
    })
}

fn resolve_home(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(h) = flag {
        if h.as_os_str().is_empty() {
            return Err(Error::usage("--home / ATSLINK_HOME is empty"));
        }
        return Ok(h.to_path_buf());
    }
    dirs::config_dir()
        .map(|d| d.join("atslink"))
        .ok_or_else(|| {
            Error::usage("cannot find a configuration directory for this user")
                .with_hint("set ATSLINK_HOME or pass --home DIR")
        })
}
