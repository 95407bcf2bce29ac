//! Obtaining a link: the consent (or key check) for each provider, without
//! storing anything. `link` and `relink` decide what to keep.

pub mod flare;
pub mod jobadder;
pub mod salesforce;

use std::time::Duration;

use crate::auth::pkce::random_token;
use crate::auth::{browser, loopback};
use crate::cli::LinkProvider;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::providers::Provider;
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

/// The options of one consent, from whichever provider's subcommand gave
/// them (clap already refused options that do not apply to it).
#[derive(Debug)]
pub struct ConnectArgs {
    pub provider: Provider,
    pub no_browser: bool,
    pub timeout: time::Duration,
    pub client_id: Option<String>,
    pub client_secret_stdin: bool,
    pub login_url: Option<String>,
    pub device: bool,
    pub jwt_key: Option<std::path::PathBuf>,
    pub username: Option<String>,
    pub allow_shared_account: bool,
    pub api_key_stdin: bool,
    pub api_url: Option<String>,
}

impl ConnectArgs {
    pub fn from_cli(p: LinkProvider) -> Self {
        let none = ConnectArgs {
            provider: Provider::Flare,
            no_browser: false,
            timeout: time::Duration::minutes(5),
            client_id: None,
            client_secret_stdin: false,
            login_url: None,
            device: false,
            jwt_key: None,
            username: None,
            allow_shared_account: false,
            api_key_stdin: false,
            api_url: None,
        };
        match p {
            LinkProvider::Jobadder(a) => ConnectArgs {
                provider: Provider::JobAdder,
                no_browser: a.consent.no_browser,
                timeout: a.consent.timeout,
                allow_shared_account: a.allow_shared_account,
                ..none
            },
            LinkProvider::Salesforce(a) => ConnectArgs {
                provider: Provider::Salesforce,
                no_browser: a.consent.no_browser,
                timeout: a.consent.timeout,
                client_id: a.client_id,
                client_secret_stdin: a.client_secret_stdin,
                login_url: a.login_url,
                device: a.device,
                jwt_key: a.jwt_key,
                username: a.username,
                allow_shared_account: a.allow_shared_account,
                ..none
            },
            LinkProvider::Flare(a) => ConnectArgs {
                api_key_stdin: a.api_key_stdin,
                api_url: a.api_url,
                allow_shared_account: a.allow_shared_account,
                ..none
            },
        }
    }
}

/// A link ready to be stored.
pub struct Connected {
    pub row: IntegrationRow,
    /// Credential-store entries to write, by key.
    pub secrets: Vec<(crate::secrets::SecretKey, SecretString)>,
    /// A JobAdder button this consent registered, to remove again if the
    /// link is not stored after all: the button's life follows the link's.
    pub new_button: Option<NewButton>,
}

/// A partner action registered moments ago, with the access token that
/// can remove it.
pub struct NewButton {
    pub api: String,
    pub access: SecretString,
    pub action_id: String,
}

/// Another organisation's link to the same provider.
pub struct OtherLink {
    pub org: String,
    pub account_id: String,
}

/// What a new consent must respect: the link it replaces (relink) and the
/// other organisations' links to the same provider account.
#[derive(Clone, Copy)]
pub struct Guard<'a> {
    /// `link` or `relink`, for the hints.
    pub verb: &'static str,
    pub replacing: Option<&'a IntegrationRow>,
    pub allow_account_change: bool,
    pub allow_shared_account: bool,
    pub others: &'a [OtherLink],
}

impl Guard<'_> {
    /// Refuses a consent from another account than the one being relinked
    /// unless allowed, and an account already linked to another
    /// organisation unless shared on purpose. Checked as soon as the
    /// account is known, before anything is created there.
    pub fn check_account(&self, p: Provider, org: &str, account: Option<&str>) -> Result<()> {
        let provider = p.as_str();
        if let Some(row) = self.replacing {
            let old = row.account_id.as_deref();
            if !self.allow_account_change && old.is_some() && old != account {
                return Err(Error::conflict(format!(
                    "the consent came from {provider} account {}, but {org} is linked to account {}; nothing was changed",
                    account.unwrap_or("(unknown)"),
                    old.unwrap_or("(unknown)")
                ))
                .with_hint(format!(
                    "sign in to the right account, or confirm the move with `atslink integration relink {provider} --org {org} --allow-account-change`"
                )));
            }
        }
        if self.allow_shared_account {
            return Ok(());
        }
        match account.and_then(|a| self.others.iter().find(|o| o.account_id == a)) {
            Some(other) => Err(shared_account(
                p,
                org,
                &other.account_id,
                &other.org,
                self.verb,
            )),
            None => Ok(()),
        }
    }
}

/// One provider account linked to two organisations, which each provider
/// makes a different mess of: JobAdder's users see two buttons in the
/// Actions menu, one Salesforce org's users can take seats in both
/// organisations, and both organisations' placements land in one Flare
/// account.
pub fn shared_account(p: Provider, org: &str, account: &str, other: &str, verb: &str) -> Error {
    let provider = p.as_str();
    let (consequence, instead) = match p {
        Provider::JobAdder => (
            "would give its users two buttons in the Actions menu",
            "sign in to another account",
        ),
        Provider::Salesforce => (
            "would let its users take seats in both organisations",
            "sign in to another Salesforce org",
        ),
        Provider::Flare => (
            "would send both organisations' placements into one Flare account",
            "use another Flare account's API key",
        ),
    };
    Error::conflict(format!(
        "{} account {account} is already linked to organisation {other}; linking it to {org} too \
         {consequence}; nothing was changed",
        p.label()
    ))
    .with_hint(format!(
        "{instead}, unlink it from {other} (`atslink integration unlink {provider} --org {other}`), \
         or share it on purpose with `atslink integration {verb} {provider} --org {org} --allow-shared-account`"
    ))
}

/// The other organisations' links to `provider`, for [`Guard::others`].
pub fn other_links(
    ctx: &mut crate::services::Services,
    org: &str,
    provider: Provider,
) -> Result<Vec<OtherLink>> {
    Ok(ctx
        .state()?
        .read()
        .all_integrations()?
        .into_iter()
        .filter(|l| l.org != org && l.link.provider == provider)
        .filter_map(|l| {
            Some(OtherLink {
                account_id: l.link.account_id?,
                org: l.org,
            })
        })
        .collect())
}

/// Removes a button this consent registered, when its link could not be
/// stored. Returns why it could not be removed, if so.
pub fn remove_new_button(ctx: &crate::services::Services, button: &NewButton) -> Result<()> {
    let rt = crate::providers::runtime()?;
    match rt.block_on(
        crate::providers::jobadder::Client::new(ctx.http()).delete_partner_action(
            &button.api,
            &button.access,
            &button.action_id,
        ),
    ) {
        Ok(()) | Err(crate::providers::ClientError::NotFound(_)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// What one consent is for: the organisation, the options it was given,
/// and what it must respect. Every provider's `connect` takes it.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    pub org: &'a str,
    pub args: &'a ConnectArgs,
    pub guard: Guard<'a>,
}

pub fn connect(ctx: &mut Context, req: Request<'_>) -> Result<Connected> {
    // Open the credential store before anyone is asked for consent: a store
    // that could not take the result (a missing or wrong master key) must
    // fail before a grant is spent or a partner action is created.
    ctx.creds()?;
    match req.args.provider {
        Provider::JobAdder => jobadder::connect(ctx, req),
        Provider::Salesforce => salesforce::connect(ctx, req),
        Provider::Flare => flare::connect(ctx, req),
    }
}

/// A consent's answer: the code, and the redirect URI it came back on
/// (the token exchange must name the same one).
pub struct Consented {
    pub code: String,
    pub redirect_uri: String,
}

/// One browser consent: bind the callback listener first, on the first of
/// the registered redirect URIs whose port is free (so a taken port fails
/// before anyone is sent to a browser), build the authorize URL for that
/// URI (`authorize_url(redirect_uri, state)`) with a fresh `state` that
/// the callback must return, show and open it, wait.
pub async fn consent(
    ctx: &Context,
    provider: Provider,
    redirect_uris: &[String],
    authorize_url: &dyn Fn(&str, &str) -> Result<String>,
    args: &ConnectArgs,
) -> Result<Consented> {
    let config_key = format!("providers.{}.redirect_uri", provider.as_str());
    let listener = loopback::bind(redirect_uris, &config_key, !args.no_browser).await?;
    let redirect_uri = listener.redirect_uri().to_string();
    let state = random_token();
    let authorize_url = authorize_url(&redirect_uri, &state)?;
    let mut browser_exit = None;
    ctx.printer.note(&format!(
        "open this URL to grant access to {}:\n  {authorize_url}",
        provider.label()
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
        ctx.printer
            .debug(1, &format!("listening for the callback on {redirect_uri}"));
        match browser::open(&authorize_url) {
            Ok(opened) => {
                ctx.printer.debug(
                    1,
                    &format!("opened the consent page with {}", opened.program),
                );
                browser_exit = Some(opened);
            }
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
    let rejected = |why: &str| ctx.printer.warn(why);
    let wait = listener.wait(&state, timeout, args.no_browser, &rejected);
    match wait_telling_browser_failure(ctx, wait, browser_exit).await? {
        loopback::Callback::Code(code) => Ok(Consented { code, redirect_uri }),
        loopback::Callback::Refused { error, description } => {
            Err(refusal(provider, &error, description.as_deref()))
        }
    }
}

/// Waits for the consent, saying so at once if the browser command fails:
/// it may still have shown the page (a person can go on in it, or open the
/// URL by hand), so the wait goes on, but nobody waits out the timeout
/// without a clue (a `$BROWSER` script that could not sign in, say).
async fn wait_telling_browser_failure<T>(
    ctx: &Context,
    wait: impl std::future::Future<Output = Result<T>>,
    browser: Option<browser::Opened>,
) -> Result<T> {
    let Some(browser::Opened { program, exited }) = browser else {
        return wait.await;
    };
    tokio::pin!(wait);
    tokio::select! {
        done = &mut wait => return done,
        status = exited => {
            if let Ok(status) = status
                && !status.success()
            {
                ctx.printer.warn(&format!(
                    "the browser command `{program}` failed ({status}); if no consent page \
                     opened, open the URL above by hand"
                ));
            }
        }
    }
    wait.await
}

/// Who may consent, as the provider documents it.
fn who_may_grant(provider: Provider) -> String {
    match provider {
        Provider::JobAdder => {
            "only JobAdder administrators (or users with the \"Grant API access to \
                       Integration partners\" permission) can link"
                .into()
        }
        _ => format!("only a {} administrator can link", provider.label()),
    }
}

/// The error for a consent that came back without a code. A user who may
/// not grant API access is told so, rather than being treated like someone
/// who clicked Deny: the fix is another person, not another click.
fn refusal(p: Provider, error: &str, description: Option<&str>) -> Error {
    let provider = p.label();
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
                who_may_grant(p)
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
            who_may_grant(p)
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
