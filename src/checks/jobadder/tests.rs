use super::*;
use crate::checks::{Status, assert_blocks};

fn row(id: &str, trigger: &str) -> WebhookRow {
    WebhookRow {
        trigger: trigger.into(),
        webhook_id: id.into(),
        url: "https://ats.example/webhooks/jobadder/acme".into(),
        created_at: time::macros::datetime!(2026-03-01 00:00 UTC),
        action_id: None,
    }
}

fn hook(id: &str, status: &str) -> ClientResult<Option<Webhook>> {
    Ok(Some(Webhook {
        webhook_id: id.into(),
        name: None,
        url: None,
        events: Vec::new(),
        status: Some(status.into()),
    }))
}

fn user(admin: bool, permissions: &[&str], inactive: bool, deleted: bool) -> User {
    serde_json::from_value(serde_json::json!({
        "userId": 7, "admin": admin, "permissions": permissions,
        "inactive": inactive, "deleted": deleted,
    }))
    .unwrap()
}

#[test]
fn the_authorising_user_in_every_state() {
    let relink = "atslink integration relink jobadder --org acme";
    let verdict = |u| authorising_user("acme", "ann@acme.example", u);
    let admin = verdict(Some(Ok(user(true, &[], false, false))));
    assert_eq!(admin.status, Status::Pass, "{admin:?}");
    assert_eq!(
        admin.evidence,
        "ann@acme.example is active and an administrator"
    );
    let granted = verdict(Some(Ok(user(false, &[GRANT_API_ACCESS], false, false))));
    assert_eq!(granted.status, Status::Pass, "{granted:?}");
    assert!(granted.evidence.contains(GRANT_API_ACCESS), "{granted:?}");

    let demoted = verdict(Some(Ok(user(false, &["Edit candidates"], false, false))));
    assert_eq!(demoted.status, Status::Warn, "{demoted:?}");
    let fix = demoted.fix.unwrap();
    assert!(
        fix.contains("Settings > Users > ann@acme.example")
            && fix.ends_with(&format!("`{relink}`")),
        "{fix}"
    );
    let unrecorded = verdict(None);
    assert_eq!(unrecorded.status, Status::Warn, "{unrecorded:?}");
    assert!(unrecorded.fix.unwrap().contains(relink));

    // Deactivated or deleted: blocking, even while still an admin.
    for (u, what) in [
        (Ok(user(true, &[], true, false)), "was deactivated"),
        (Ok(user(true, &[], false, true)), "was deleted"),
        (Err(ClientError::NotFound("user 7".into())), "was deleted"),
    ] {
        assert_blocks(
            &verdict(Some(u)),
            what,
            &format!("relink as an active JobAdder administrator: `{relink}`"),
        );
    }
    let down = verdict(Some(Err(ClientError::Unavailable("503".into()))));
    assert_eq!(down.status, Status::Unknown, "{down:?}");
}

fn probe(partner_action_id: Option<&str>, shared_with: &[&str]) -> Probe {
    let now = time::macros::datetime!(2026-03-20 00:00 UTC);
    Probe {
        slug: "acme".into(),
        http: Http::default(),
        link: IntegrationRow {
            account_id: Some("48213".into()),
            partner_action_id: partner_action_id.map(str::to_string),
            ..IntegrationRow::new(Provider::JobAdder, now, Default::default())
        },
        access: Err(Error::failure("not used")),
        action_name: "Allsorter".into(),
        action_url: Some("https://ats.example/launch/jobadder/acme".into()),
        shared_with: shared_with.iter().map(|s| s.to_string()).collect(),
        now,
        warn_within: crate::health::DEFAULT_WARN_WITHIN,
        webhooks: Vec::new(),
        public_url: None,
    }
}

fn action(id: &str, name: &str, url: &str, filter: serde_json::Value) -> ListedAction {
    serde_json::from_value(serde_json::json!({
        "actionId": id, "actionName": name, "url": url, "actionFilter": filter,
    }))
    .unwrap()
}

fn of<'a>(checks: &'a [Check], id: &str) -> &'a Check {
    checks
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no {id}: {checks:?}"))
}

#[test]
fn the_button_never_registered_crowded_and_refused() {
    let url = "https://ats.example/launch/jobadder/acme";
    let ours = || action("a-1", "Allsorter", url, serde_json::Value::Null);
    let others = |n: usize| -> Vec<ListedAction> {
        (0..n)
            .map(|i| {
                action(
                    &format!("x-{i}"),
                    "Other",
                    "https://x.example",
                    serde_json::Value::Null,
                )
            })
            .collect()
    };

    // Linked while no button URL was configured: no way in for recruiters.
    let none = partner_action(&probe(None, &[]), Ok(vec![ours()]));
    let c = of(&none, "jobadder.partner_action");
    assert_eq!(c.status, Status::Fail, "{c:?}");
    assert!(
        c.evidence.contains("no Actions-menu button was registered"),
        "{c:?}"
    );
    let fix = c.fix.as_deref().unwrap();
    assert!(
        fix.starts_with("set the URL (`atslink provider set jobadder --partner-action-url URL`)")
            && fix.ends_with("then `atslink integration relink jobadder --org acme`"),
        "{fix}"
    );
    assert_eq!(of(&none, "jobadder.button_count").status, Status::Pass);
    assert!(none.iter().all(|c| c.id != "jobadder.partner_action_name"));

    // Ten buttons are JobAdder's recommended most; eleven warn.
    let mut ten = others(9);
    ten.push(ours());
    let at_most = partner_action(&probe(Some("a-1"), &[]), Ok(ten.clone()));
    for id in [
        "jobadder.partner_action",
        "jobadder.partner_action_name",
        "jobadder.partner_action_url",
        "jobadder.partner_action_visibility",
        "jobadder.button_count",
    ] {
        assert_eq!(of(&at_most, id).status, Status::Pass, "{at_most:?}");
    }
    ten.extend(others(1));
    let crowded = partner_action(&probe(Some("a-1"), &[]), Ok(ten));
    let c = of(&crowded, "jobadder.button_count");
    assert_eq!(c.status, Status::Warn, "{c:?}");
    assert!(
        c.fix
            .as_deref()
            .unwrap()
            .contains("Settings > Partner Actions")
    );

    // JobAdder refuses the listing: the button check blocks with the
    // relink; the rest is not guessed at.
    let refused = partner_action(
        &probe(Some("a-1"), &[]),
        Err(ClientError::Api {
            status: 403,
            message: "forbidden".into(),
        }),
    );
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].status, Status::Fail);
    assert_eq!(
        refused[0].fix.as_deref(),
        Some("atslink integration relink jobadder --org acme")
    );
}

#[test]
fn one_account_linked_once_or_shared() {
    let once = account_shared(&probe(None, &[]));
    assert_eq!(once.status, Status::Pass, "{once:?}");
    assert_eq!(
        once.evidence,
        "account 48213 is linked to this organisation only"
    );
    let shared = account_shared(&probe(None, &["beta", "gamma"]));
    assert_eq!(shared.status, Status::Fail, "{shared:?}");
    assert!(
        shared.evidence.contains("also linked to beta, gamma"),
        "{shared:?}"
    );
    assert!(
        shared
            .fix
            .unwrap()
            .contains("`atslink integration unlink jobadder --org beta --yes`")
    );
}

#[test]
fn webhook_states() {
    let rows = [
        row("wh-1", "placement_approved"),
        row("wh-2", CANDIDATE_EVENT),
    ];
    let on = "atslink flare auto on --org acme --public-url https://ats.example \
              --trigger placement --trigger candidate";
    let ok = webhooks(
        "acme",
        None,
        &rows,
        vec![hook("wh-1", "Enabled"), hook("wh-2", "Enabled")],
    );
    assert_eq!(ok.status, Status::Pass, "{ok:?}");

    let failed = webhooks(
        "acme",
        None,
        &rows,
        vec![hook("wh-1", "Failed"), hook("wh-2", "Enabled")],
    );
    assert_eq!(failed.status, Status::Fail);
    assert!(
        failed
            .evidence
            .contains("wh-1 (placement_approved) is Failed")
    );
    let fix = failed.fix.unwrap();
    assert!(fix.contains(on) && fix.contains("atslink serve"), "{fix}");

    // Disabled by hand or deleted: the watchdog does not put it right.
    let gone = webhooks(
        "acme",
        None,
        &rows,
        vec![hook("wh-1", "Disabled"), Ok(None)],
    );
    assert_eq!(gone.status, Status::Fail);
    assert!(
        gone.evidence
            .contains("wh-2 (candidate_partner_action) is gone")
    );
    assert_eq!(
        gone.fix.as_deref(),
        Some(format!("re-enable or register it again: `{on}`").as_str())
    );

    // Never a pass on what could not be asked; a known blocker wins.
    let down = || Err(ClientError::Unavailable("503".into()));
    let unknown = webhooks("acme", None, &rows, vec![hook("wh-1", "Enabled"), down()]);
    assert_eq!(unknown.status, Status::Unknown);
    let both = webhooks("acme", None, &rows, vec![hook("wh-1", "Suspended"), down()]);
    assert_eq!(both.status, Status::Fail);
}

/// The public URL changed since `flare auto on`: JobAdder still
/// delivers to the old one, where nothing listens.
#[test]
fn a_webhook_left_at_an_old_public_url_blocks() {
    let rows = [row("wh-1", "placement_approved")];
    let at = |url: &str| {
        hook("wh-1", "Enabled").map(|h| {
            h.map(|mut w| {
                w.url = Some(url.into());
                w
            })
        })
    };
    let moved = webhooks(
        "acme",
        Some("https://new.example"),
        &rows,
        vec![at("https://ats.example/webhooks/jobadder/acme")],
    );
    assert_blocks(
        &moved,
        "delivers to https://ats.example/webhooks/jobadder/acme, not to https://new.example/webhooks/jobadder/acme",
        "re-enable or register it again: `atslink flare auto on --org acme --public-url https://new.example --trigger placement`",
    );
    let here = webhooks(
        "acme",
        Some("https://new.example/"),
        &rows,
        vec![at("https://new.example/webhooks/jobadder/acme")],
    );
    assert_eq!(here.status, Status::Pass, "{here:?}");
}
