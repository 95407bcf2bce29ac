//! Obtaining a link: the consent (or key check) for each provider, without
//! storing anything. `link` and `relink` decide what to keep.

pub mod flare;
pub mod jobadder;
pub mod salesforce;

use std::time::Duration;

use crate::auth::{browser, loopback};
use crate::cli::ConnectArgs;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

/// A link ready to be stored.
pub struct Connected {
    pub row: IntegrationRow,
    /// Credential-store entries to write, by key.
    pub secrets: Vec<(String, SecretString)>,
}

/// The link being replaced by a relink, and whether its account may change.
#[derive(Clone, Copy)]
pub struct Replacing<'a> {
    pub row: &'a IntegrationRow,
    pub allow_account_change: bool,
}

impl Replacing<'_> {
    /// Refuses a consent from another account unless allowed. Checked as
    /// soon as the account is known, before anything is created there.
    pub fn check_account(&self, provider: &str, org: &str, account: Option<&str>) -> Result<()> {
        let old = self.row.account_id.as_deref();
        if self.allow_account_change || old.is_none() || old == account {
            return Ok(());
        }
        Err(Error::conflict(format!(
            "the consent came from {provider} account {}, but {org} is linked to account {}; nothing was changed",
            account.unwrap_or("(unknown)"),
            old.unwrap_or("(unknown)")
        ))
        .with_hint(format!(
            "sign in to the right account, or confirm the move with `atslink integration relink {provider} --org {org} --allow-account-change`"
        )))
    }
}

pub fn connect(
    ctx: &mut Context,
    org: &str,
    args: &ConnectArgs,
    replacing: Option<Replacing<'_>>,
) -> Result<Connected> {
    match args.provider {
        crate::cli::ProviderName::Jobadder => jobadder::connect(ctx, org, args, replacing),
        crate::cli::ProviderName::Salesforce => salesforce::connect(ctx, org, args, replacing),
        crate::cli::ProviderName::Flare => flare::connect(ctx, org, args, replacing),
    }
}

/// One browser consent: bind the callback listener first (so a taken port
/// fails before anyone is sent to a browser), show and open the URL, wait.
pub async fn consent(
    ctx: &Context,
    provider: &str,
    authorize_url: &str,
    redirect_uri: &str,
    config_key: &str,
    state: &str,
    args: &ConnectArgs,
) -> Result<String> {
    let listener = loopback::bind(redirect_uri, config_key, !args.no_browser).await?;
    ctx.printer.note(&format!(
        "open this URL to grant access to {provider}:\n  {authorize_url}"
    ));
    if args.no_browser {
        if !listener.is_listening() {
            ctx.printer
                .warn("the local callback port is taken, so only a pasted URL will do");
        }
        ctx.printer.note(&format!(
            "after the admin allows access, their browser ends on {redirect_uri}?code=…: paste that whole address here"
        ));
    } else {
        match browser::open(authorize_url) {
            Ok(program) => ctx
                .printer
                .debug(1, &format!("opened the consent page with {program}")),
            Err(e) => ctx.printer.warn(&format!(
                "could not open a browser ({e}); open the URL above by hand"
            )),
        }
        ctx.printer.note(&format!(
            "waiting up to {} for the consent…",
            human_duration(args.timeout)
        ));
    }
    let timeout = Duration::from_secs(args.timeout.whole_seconds().max(1) as u64);
    match listener.wait(state, timeout, args.no_browser).await? {
        loopback::Callback::Code(code) => Ok(code),
        loopback::Callback::Refused { error, description } => {
            Err(refusal(provider, &error, description.as_deref()))
        }
    }
}

/// Who may consent, as the provider documents it.
fn who_may_grant(provider: &str) -> String {
    match provider {
        "JobAdder" => "only JobAdder administrators (or users with the \"Grant API access to \
                       Integration partners\" permission) can link"
            .into(),
        _ => format!("only a {provider} administrator can link"),
    }
}

/// The error for a consent that came back without a code. A user who may
/// not grant API access is told so, rather than being treated like someone
/// who clicked Deny: the fix is another person, not another click.
fn refusal(provider: &str, error: &str, description: Option<&str>) -> Error {
    let detail = description.map(|d| format!(": {d}")).unwrap_or_default();
    let not_permitted = error == "access_denied"
        && description.is_some_and(|d| {
            let d = d.to_ascii_lowercase();
            d.contains("grant api access") || d.contains("not permitted")
        });
    if not_permitted {
        return Error::new(
            ErrorKind::Auth,
            format!(
                "the {provider} user who signed in may not grant API access: {}; nothing was changed",
                who_may_grant(provider)
            ),
        )
        .with_hint(format!(
            "ask an administrator of the {provider} account to sign in when the consent page opens, and run the command again"
        ));
    }
    Error::new(
        ErrorKind::Auth,
        format!("{provider} did not grant access ({error}{detail}); nothing was changed"),
    )
    .with_hint(if error == "access_denied" {
        format!(
            "run the command again and choose Allow ({})",
            who_may_grant(provider)
        )
    } else {
        "run the command again".to_string()
    })
}

pub fn human_duration(d: time::Duration) -> String {
    let s = d.whole_seconds();
    if s % 3600 == 0 && s >= 3600 {
        format!("{} h", s / 3600)
    } else if s % 60 == 0 && s >= 60 {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}

/// A refusal for flags that belong to another provider.
pub fn reject_flags(provider: &str, flags: &[(&str, bool)]) -> Result<()> {
    if let Some((flag, _)) = flags.iter().find(|(_, given)| *given) {
        return Err(Error::usage(format!(
            "--{flag} does not apply to {provider}"
        )));
    }
    Ok(())
}
