pub mod register_redirect;
pub mod salesforce;
pub mod show;

use crate::output::{Human, Listing, Output};
use crate::sandbox::control::AppView;

pub fn output(apps: Vec<AppView>) -> Output {
    Output::lazy(apps, |apps| {
        let mut listing = Listing::new(&["provider", "setting", "value"]);
        for a in apps {
            let p = a.provider.to_string();
            let mut row = |k: &str, v: String| listing.row(vec![p.clone(), k.to_string(), v]);
            row("client_id", a.client_id.clone());
            for u in &a.redirect_uris {
                row("redirect_uri", u.clone());
            }
            if let Some(r) = a.rotation {
                row(
                    "refresh_token_rotation",
                    if r { "on".into() } else { "off".into() },
                );
            }
            if a.provider == "salesforce" {
                row(
                    "idle_limit",
                    a.idle_limit_seconds
                        .map_or("none (valid until revoked)".into(), super::human_duration),
                );
            }
            if let Some(d) = a.device_flow {
                row(
                    "device_flow",
                    if d {
                        "enabled".into()
                    } else {
                        "disabled".into()
                    },
                );
            }
            if let Some(j) = a.jwt_bearer {
                row(
                    "jwt_bearer",
                    if j {
                        "enabled".into()
                    } else {
                        "disabled".into()
                    },
                );
            }
            if a.provider != "salesforce" {
                row(
                    "rate_per_minute",
                    a.rate_per_minute
                        .map_or("unlimited".into(), |r| r.to_string()),
                );
            }
        }
        Human::Table {
            summary: Vec::new(),
            listing,
        }
    })
}
