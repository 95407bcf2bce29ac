use serde_json::json;

use super::{applicable_flags, client_secret_key};
use crate::cli::ProviderSetArgs;
use crate::config;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::NewAudit;

/// A flag, the config key it sets, and its value when given.
type Setting<'a> = (&'static str, &'static str, Option<&'a String>);

pub fn run(ctx: &mut Context, args: ProviderSetArgs) -> Result<Output> {
    let provider = args.provider;
    let name = provider.as_str();
    let values = settings(&args);
    validate(&args, &values)?;
    let redirects: Vec<String> = args
        .redirect_uri
        .iter()
        .map(|u| u.trim().to_string())
        .collect();

    // Read and store the secret before touching config.toml: if the
    // credential store refuses, nothing has changed.
    let secret_stored = if args.client_secret_stdin {
        let secret = ctx.read_secret(
            &format!("{name} client secret"),
            &format!("atslink provider set {name} --client-secret-stdin"),
        )?;
        ctx.store_secret(&client_secret_key(provider), None, &secret)?;
        true
    } else {
        false
    };

    let mut set: Vec<(&str, String)> = values
        .iter()
        .filter_map(|(_, key, v)| v.map(|v| (*key, v.trim().to_string())))
        .collect();
    if !redirects.is_empty() {
        set.push(("redirect_uri", redirects.join(" ")));
    }
    write_config(ctx, name, &set, &redirects)?;

    let mut after: Vec<String> = set.iter().map(|(k, v)| format!("{k}={v}")).collect();
    if secret_stored {
        after.push("client_secret=<stored>".into());
    }
    ctx.record_audit(NewAudit {
        org_slug: None,
        action: "provider.set".into(),
        subject: Some(name.to_string()),
        before: None,
        after: Some(after.join(" ")),
    })?;

    let updated: serde_json::Map<String, serde_json::Value> = set
        .iter()
        .map(|(k, v)| match *k {
            "redirect_uri" => (k.to_string(), json!(redirects)),
            _ => (k.to_string(), json!(v)),
        })
        .collect();
    Ok(Output::new(
        json!({
            "provider": name,
            "updated": updated,
            "client_secret_stored": secret_stored,
            "config": ctx.config_path,
        }),
        Human::Nothing,
    )
    .with_status(format!("Updated {name}: {}", after.join(", "))))
}

fn settings(args: &ProviderSetArgs) -> Vec<Setting<'_>> {
    vec![
        ("client-id", "client_id", args.client_id.as_ref()),
        (
            "authorize-url",
            "authorize_url",
            args.authorize_url.as_ref(),
        ),
        ("token-url", "token_url", args.token_url.as_ref()),
        ("api-url", "api_url", args.api_url.as_ref()),
        ("login-url", "login_url", args.login_url.as_ref()),
        (
            "partner-action-url",
            "partner_action_url",
            args.partner_action_url.as_ref(),
        ),
        (
            "partner-action-name",
            "partner_action_name",
            args.partner_action_name.as_ref(),
        ),
    ]
}

/// Something to set, every flag applying to this provider, and every value
/// passing the same checks as loading config.toml (so what is set here is
/// never refused later).
fn validate(args: &ProviderSetArgs, values: &[Setting<'_>]) -> Result<()> {
    let name = args.provider.as_str();
    let allowed = applicable_flags(args.provider);
    let given: Vec<&str> = values
        .iter()
        .filter(|(_, _, v)| v.is_some())
        .map(|(flag, _, _)| *flag)
        .chain(args.client_secret_stdin.then_some("client-secret-stdin"))
        .chain((!args.redirect_uri.is_empty()).then_some("redirect-uri"))
        .collect();
    if given.is_empty() {
        return Err(Error::usage(format!("nothing to set for {name}"))
            .with_hint(format!("pass one or more of: {}", flag_list(allowed))));
    }
    if let Some(bad) = given.iter().find(|f| !allowed.contains(f)) {
        return Err(Error::usage(format!("--{bad} does not apply to {name}"))
            .with_hint(format!("{name} takes: {}", flag_list(allowed))));
    }
    for (flag, key, value) in values {
        if let Some(v) = value {
            if v.trim().is_empty() {
                return Err(Error::usage(format!("--{flag} must not be empty")));
            }
            let checked = match *key {
                "partner_action_url" => config::validate_partner_action_url(v.trim()),
                "partner_action_name" => config::validate_partner_action_name(v),
                k if k.ends_with("_url") || k.ends_with("_uri") => config::validate_url(v),
                _ => Ok(()),
            };
            checked.map_err(|why| Error::usage(format!("--{flag}: {why}")))?;
        }
    }
    for uri in &args.redirect_uri {
        config::validate_url(uri.trim())
            .map_err(|why| Error::usage(format!("--redirect-uri: {why}")))?;
    }
    Ok(())
}

/// Edits config.toml in place (comments and order kept). One redirect URI
/// stays a plain string; several are a list.
fn write_config(
    ctx: &Context,
    name: &str,
    set: &[(&str, String)],
    redirects: &[String],
) -> Result<()> {
    if set.is_empty() {
        return Ok(());
    }
    config::edit(&ctx.config_path, |doc| {
        for (key, value) in set {
            let value: toml_edit::Value = match (*key, redirects) {
                ("redirect_uri", [one]) => one.as_str().into(),
                ("redirect_uri", many) => many
                    .iter()
                    .map(String::as_str)
                    .collect::<toml_edit::Array>()
                    .into(),
                _ => value.as_str().into(),
            };
            config::set_provider_value(doc, name, key, value)?;
        }
        Ok(())
    })
}

fn flag_list(flags: &[&str]) -> String {
    flags
        .iter()
        .map(|f| format!("--{f}"))
        .collect::<Vec<_>>()
        .join(", ")
}
