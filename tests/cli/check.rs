//! `org check` against the sandbox: every check in each state it can take
//! (pass, warn, fail, unknown), planted by `sandbox` commands the way a
//! customer's admin would misconfigure JobAdder or Flare; the exit codes
//! (0, 1 blocking, 7 unknown), the human report within 80 columns, and
//! `--all-orgs` over 200 organisations.

use serde_json::Value;

use crate::harness::{Run, free_port};
use crate::integration::{FLARE_KEY, JA_ADMIN, JA_RECRUITER, SF_ADMIN, Sandboxed};

/// acme with an admin user, linked to JobAdder (by the sandbox admin) and
/// Flare.
fn linked() -> Sandboxed {
    let s = Sandboxed::new();
    s.sb(&["licence", "assign", "boss@acme.example", "--role", "admin"])
        .success();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    s.sb_env(
        &["integration", "link", "flare", "--api-key-stdin"],
        FLARE_KEY,
        &[],
    )
    .success();
    s
}

fn check(s: &Sandboxed, extra: &[&str]) -> Run {
    let mut args = vec!["org", "check", "--json"];
    args.extend_from_slice(extra);
    s.sb(&args)
}

/// The check with this id, or panic naming what there is.
fn find<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["data"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id}: {doc}"))
}

/// The check's evidence line says `needle`.
#[track_caller]
fn assert_evidence(doc: &Value, id: &str, needle: &str) {
    let c = find(doc, id);
    assert!(
        c["evidence"].as_str().is_some_and(|e| e.contains(needle)),
        "{id}'s evidence lacks {needle:?}: {c}"
    );
}

/// Each of `ids` is unknown (a provider could not be asked), and, when
/// given, says why in those words.
#[track_caller]
fn assert_unknown(doc: &Value, ids: &[&str], evidence: Option<&str>) {
    for id in ids {
        assert_status(doc, id, "unknown");
        if let Some(e) = evidence {
            assert_eq!(find(doc, id)["evidence"], e, "{doc}");
        }
    }
}

#[track_caller]
fn assert_status(doc: &Value, id: &str, status: &str) {
    let c = find(doc, id);
    assert_eq!(c["status"], status, "{id}: {c}");
    if status == "pass" {
        assert!(c.get("fix").is_none(), "a pass has no fix: {c}");
    } else if status != "unknown" {
        assert!(
            c["fix"].as_str().is_some_and(|f| !f.is_empty()),
            "{id} says how to fix it: {c}"
        );
    }
}

/// The id of acme's Actions-menu button.
fn action_id(s: &Sandboxed) -> String {
    s.link("jobadder").unwrap()["partner_action_id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_ready_organisation_passes_and_the_seeded_brand_rule_warns() {
    let s = linked();
    // Two fresh placements whose names all match Flare, with cost centres.
    s.sb(&["sandbox", "generate", "2"]).success();
    let doc = check(&s, &[]).success().json();
    assert_eq!(doc["ok"], true);
    for id in [
        "licences.managers",
        "licences.seats",
        "licences.pool",
        "licences.waiting",
        "jobadder.link",
        "jobadder.idle_deadline",
        "jobadder.authorising_user",
        "jobadder.account_shared",
        "jobadder.partner_action",
        "jobadder.partner_action_name",
        "jobadder.partner_action_url",
        "jobadder.partner_action_visibility",
        "jobadder.button_count",
        "jobadder.webhooks",
        "flare.link",
        "flare.account_defaults",
        "flare.entities_in_default_location",
        "flare.entities_in_pay_group",
        "flare.mapping_coverage",
        "flare.ledger",
    ] {
        assert_status(&doc, id, "pass");
    }
    assert_eq!(
        find(&doc, "jobadder.webhooks")["evidence"],
        "automatic export is off"
    );
    // The seed brands the default entity and leaves the other without one.
    assert_status(&doc, "flare.brands", "warn");
    let brands = find(&doc, "flare.brands")["evidence"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(brands.contains("Southern Cross Construction"), "{brands}");
    assert_eq!(doc["data"]["warnings"], 1);
    assert_eq!(doc["data"]["blocking"], 0);
    assert_eq!(doc["data"]["not_linked"], serde_json::json!(["salesforce"]));

    // Dynamic branding, as the FAQ asks: no brand on the default entity,
    // one on every other.
    s.sb(&[
        "sandbox",
        "flare",
        "entity",
        "le-harbour",
        "--brand",
        "none",
    ])
    .success();
    s.sb(&[
        "sandbox",
        "flare",
        "entity",
        "le-southern",
        "--brand",
        "br-trades",
    ])
    .success();
    let doc = check(&s, &["--only", "flare"]).success().json();
    assert_status(&doc, "flare.brands", "pass");
    assert!(
        doc["data"]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["group"] == "flare"),
        "--only flare: {doc}"
    );

    // The human report: grouped, marked, within 80 columns, summed up.
    let run = s.sb(&["org", "check"]).success();
    for line in run.stdout.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
    for expected in [
        "JobAdder\n",
        "Flare\n",
        "  ✓ link healthy: ",
        "Not linked: salesforce",
    ] {
        assert!(
            run.stdout.contains(expected),
            "{expected:?}: {}",
            run.stdout
        );
    }
    assert!(
        run.stdout
            .trim_end()
            .ends_with("21 passed, 0 warnings, 0 blocking"),
        "{}",
        run.stdout
    );
}

#[test]
fn licences_block_without_a_manager_or_seats_and_warn_when_the_pool_is_full() {
    let s = Sandboxed::new();
    let doc = check(&s, &["--only", "licences"]).code(1).json();
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["error"]["code"], "failure");
    assert_status(&doc, "licences.managers", "fail");
    assert!(
        doc["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("--role admin"),
        "the first blocker's fix is the hint: {doc}"
    );
    assert_status(&doc, "licences.seats", "pass");
    assert_status(&doc, "licences.pool", "pass");

    s.sb(&[
        "licence",
        "assign",
        "a@acme.example",
        "b@acme.example",
        "--role",
        "manager",
    ])
    .success();
    s.sb(&["licence", "seats", "2", "--yes"]).success();
    let doc = check(&s, &["--only", "licences"]).success().json();
    assert_status(&doc, "licences.managers", "pass");
    assert_status(&doc, "licences.pool", "warn");

    s.sb(&["licence", "seats", "1", "--force", "--yes"])
        .success();
    let doc = check(&s, &["--only", "licences"]).success().json();
    assert_status(&doc, "licences.pool", "warn");
    assert_evidence(&doc, "licences.pool", "1 over");

    s.sb(&["licence", "seats", "0", "--force", "--yes"])
        .success();
    let doc = check(&s, &["--only", "licences"]).code(1).json();
    assert_status(&doc, "licences.seats", "fail");
}

#[test]
fn the_authorising_user_demoted_granted_and_deactivated() {
    let s = linked();
    s.sb(&["sandbox", "user", "set", JA_ADMIN.0, "--admin", "off"])
        .success();
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, "jobadder.authorising_user", "warn");

    s.sb(&["sandbox", "user", "set", JA_ADMIN.0, "--api-access", "on"])
        .success();
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, "jobadder.authorising_user", "pass");
    assert!(
        find(&doc, "jobadder.authorising_user")["evidence"]
            .as_str()
            .unwrap()
            .contains("Grant API access to Integration partners")
    );

    s.sb(&["sandbox", "user", "deactivate", JA_ADMIN.0])
        .success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.authorising_user", "fail");
    // The access token still works until its next refresh.
    assert_status(&doc, "jobadder.link", "pass");
}

#[test]
fn the_actions_menu_button_hidden_renamed_repointed_crowded_and_deleted() {
    let s = linked();
    let id = action_id(&s);
    s.sb(&["sandbox", "action", "set", &id, "--admin-only", "on"])
        .success();
    s.sb(&["sandbox", "action", "set", &id, "--name", "CV Tool"])
        .success();
    s.sb(&["sandbox", "action", "add", "--count", "10"])
        .success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.partner_action", "pass");
    assert_status(&doc, "jobadder.partner_action_visibility", "fail");
    assert_status(&doc, "jobadder.partner_action_name", "warn");
    assert_status(&doc, "jobadder.partner_action_url", "pass");
    assert_status(&doc, "jobadder.button_count", "warn");
    assert!(
        find(&doc, "jobadder.button_count")["evidence"]
            .as_str()
            .unwrap()
            .starts_with("11 partner buttons")
    );

    s.sb(&[
        "sandbox",
        "action",
        "set",
        &id,
        "--url",
        "https://elsewhere.example/x",
    ])
    .success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.partner_action_url", "fail");
    // The fix it gives, followed, puts name and URL right in place.
    let fix = find(&doc, "jobadder.partner_action_url")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        fix.contains("atslink --sandbox integration button --org acme --update"),
        "{fix}"
    );
    s.sb(&["integration", "button", "--update"]).success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.partner_action_url", "pass");
    assert_status(&doc, "jobadder.partner_action_name", "pass");

    s.sb(&["sandbox", "action", "delete", &id]).success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.partner_action", "fail");
    assert!(
        doc["data"]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != "jobadder.partner_action_url"),
        "nothing to compare without a button: {doc}"
    );
    // The fix it gives, followed, brings the button back.
    let fix = find(&doc, "jobadder.partner_action")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        fix.contains("integration unlink jobadder --org acme --yes`"),
        "{fix}"
    );
    s.sb(&["integration", "unlink", "jobadder", "--yes"])
        .success();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, "jobadder.partner_action", "pass");
    assert_status(&doc, "jobadder.partner_action_name", "pass");
}

#[test]
fn the_idle_deadline_warns_then_fails_and_an_unreachable_jobadder_is_unknown() {
    let s = linked();
    // JobAdder unreachable: every check that needs it is unknown (exit 7),
    // none passes; what atslink knows locally is still reported.
    s.fault("/jobadder/api", &["--status", "503", "--count", "100"]);
    let doc = check(&s, &["--only", "jobadder"]).code(7).json();
    assert_eq!(doc["error"]["code"], "unavailable");
    assert_unknown(
        &doc,
        &[
            "jobadder.link",
            "jobadder.authorising_user",
            "jobadder.partner_action",
            "jobadder.button_count",
        ],
        None,
    );
    assert_status(&doc, "jobadder.idle_deadline", "pass");
    assert_status(&doc, "jobadder.account_shared", "pass");
    s.sb(&["sandbox", "fault", "clear"]).success();

    // Ten days unused, and the token endpoint down: the refresh that would
    // renew it cannot happen, so the deadline four days out is a warning.
    s.sb(&["sandbox", "clock", "advance", "10d"]).success();
    s.fault(
        "/jobadder/id/connect/token",
        &["--status", "503", "--count", "100"],
    );
    let doc = check(&s, &["--only", "jobadder"]).code(7).json();
    assert_status(&doc, "jobadder.idle_deadline", "warn");
    assert_status(&doc, "jobadder.link", "unknown");
    s.sb(&["sandbox", "fault", "clear"]).success();

    // Fifteen days: the refresh token is dead; the link is broken.
    s.sb(&["sandbox", "clock", "advance", "5d"]).success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.idle_deadline", "fail");
    assert_status(&doc, "jobadder.link", "fail");
    assert!(
        find(&doc, "jobadder.link")["fix"]
            .as_str()
            .unwrap()
            .contains("integration relink jobadder --org acme"),
        "{doc}"
    );
}

#[test]
fn one_jobadder_account_linked_to_two_organisations() {
    let s = linked();
    s.sb(&["org", "create", "beta", "--name", "Beta"]).success();
    s.consent(
        "link",
        "jobadder",
        JA_ADMIN,
        true,
        &["--org", "beta", "--allow-shared-account"],
    )
    .success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.account_shared", "fail");
    assert_evidence(&doc, "jobadder.account_shared", "beta");
}

#[test]
fn flare_set_up_mistakes_of_the_faq() {
    let s = linked();
    s.sb(&[
        "sandbox",
        "flare",
        "location",
        "loc-syd",
        "--remove",
        "le-southern",
    ])
    .success();
    s.sb(&[
        "sandbox",
        "flare",
        "pay-group",
        "JobAdder",
        "--remove",
        "le-harbour",
    ])
    .success();
    // Four generated placements: "Perth Depot" and "Generated Labour Hire"
    // match nothing in Flare.
    s.sb(&["sandbox", "generate", "4"]).success();
    let doc = check(&s, &["--only", "flare"]).code(1).json();
    assert_status(&doc, "flare.entities_in_default_location", "fail");
    assert!(
        find(&doc, "flare.entities_in_default_location")["evidence"]
            .as_str()
            .unwrap()
            .contains("Southern Cross Construction")
    );
    assert_status(&doc, "flare.entities_in_pay_group", "fail");
    assert!(
        find(&doc, "flare.entities_in_pay_group")["fix"]
            .as_str()
            .unwrap()
            .contains("Harbour Logistics Pty Ltd")
    );
    assert_status(&doc, "flare.mapping_coverage", "warn");
    let coverage = find(&doc, "flare.mapping_coverage")["evidence"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        coverage.contains("Perth Depot") && coverage.contains("Generated Labour Hire"),
        "{coverage}"
    );

    // The pay group's name is a setting.
    s.home
        .append_sandbox_config("\n[providers.flare]\npay_group = \"Casuals\"\n");
    let doc = check(&s, &["--only", "flare"]).code(1).json();
    assert_evidence(
        &doc,
        "flare.entities_in_pay_group",
        "no pay group \"Casuals\"",
    );

    s.sb(&["sandbox", "flare", "defaults", "--location", "loc-gone"])
        .success();
    let doc = check(&s, &["--only", "flare"]).code(1).json();
    assert_status(&doc, "flare.account_defaults", "fail");
}

#[test]
fn the_ledger_reports_failures_and_when_candidates_last_arrived() {
    let s = linked();
    s.sb(&["flare", "push", "--placement", "40001"]).success();
    let doc = check(&s, &["--only", "flare"]).success().json();
    assert_status(&doc, "flare.ledger", "pass");
    assert_evidence(&doc, "flare.ledger", "a candidate last arrived in Flare at");
    // Flare refuses the next person: the failure is in the ledger.
    s.fault(
        "/flare/api/v1/people",
        &["--status", "400", "--count", "20"],
    );
    s.sb(&["flare", "push", "--placement", "40002"]);
    s.sb(&["sandbox", "fault", "clear"]).success();
    let doc = check(&s, &["--only", "flare"]).success().json();
    assert_status(&doc, "flare.ledger", "warn");
    assert!(
        find(&doc, "flare.ledger")["fix"]
            .as_str()
            .unwrap()
            .contains("flare diagnose --org acme --candidate"),
        "{doc}"
    );

    // Flare unreachable: unknown, exit 7, never a pass.
    s.fault("/flare/api", &["--status", "503", "--count", "100"]);
    let doc = check(&s, &["--only", "flare"]).code(7).json();
    assert_unknown(
        &doc,
        &["flare.link", "flare.entities_in_pay_group", "flare.brands"],
        None,
    );
}

#[test]
fn salesforce_checks_pass_fail_and_unknown() {
    let s = Sandboxed::new();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let doc = check(&s, &["--only", "salesforce"]).success().json();
    for id in [
        "salesforce.link",
        "salesforce.org_match",
        "salesforce.authorising_user",
        "salesforce.contact_query",
    ] {
        assert_status(&doc, id, "pass");
    }
    // No serve.public_url: where the tab is served is not known; the fix
    // says where to set it.
    assert_status(&doc, "salesforce.canvas", "warn");
    let fix = find(&doc, "salesforce.canvas")["fix"].as_str().unwrap();
    assert!(
        fix.contains("under [serve] in ") && fix.contains("sandbox/config.toml"),
        "{fix}"
    );
    // The org and the instance Salesforce names for the user are the link's.
    let evidence = find(&doc, "salesforce.org_match")["evidence"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        evidence.starts_with("org 00D000000000SBX on http://127.0.0.1:")
            && evidence.ends_with("/salesforce/instance"),
        "{evidence}"
    );

    s.fault(
        "/salesforce/instance/services/data/v60.0/query",
        &["--status", "403"],
    );
    let doc = check(&s, &["--only", "salesforce"]).code(1).json();
    assert_status(&doc, "salesforce.contact_query", "fail");
    s.sb(&["sandbox", "fault", "clear"]).success();

    // Deactivating the user ends their sessions (as Salesforce does): the
    // link fails with the relink fix, and what needs it is unknown.
    s.sb(&["sandbox", "user", "deactivate", SF_ADMIN.0])
        .success();
    let doc = check(&s, &["--only", "salesforce"]).code(1).json();
    assert_status(&doc, "salesforce.link", "fail");
    assert_status(&doc, "salesforce.authorising_user", "unknown");
    // The refresh tried after the refusal was refused too, naming why.
    assert_evidence(&doc, "salesforce.link", "was deactivated");
    // Reactivated, the link stays broken for atslink until relinked (see
    // a_link_whose_refresh_was_refused_blocks_while_its_access_token_still_works).
    s.sb(&["sandbox", "user", "reactivate", SF_ADMIN.0])
        .success();
    s.consent("relink", "salesforce", SF_ADMIN, true, &[])
        .success();

    s.fault("/salesforce", &["--status", "503", "--count", "100"]);
    let doc = check(&s, &["--only", "salesforce"]).code(7).json();
    assert_status(&doc, "salesforce.link", "unknown");
    assert_status(&doc, "salesforce.contact_query", "unknown");

    // Asked for by name but not linked: that is the finding, and the exit
    // is "no link" (3), as in every command.
    let doc = check(&s, &["--only", "jobadder"]).code(3).json();
    assert_status(&doc, "jobadder.link", "fail");
    assert_eq!(doc["error"]["code"], "auth", "{doc}");
}

#[test]
fn all_orgs_one_line_each_over_200_organisations_exits_with_the_worst() {
    let s = linked();
    // 199 more organisations (acme is the 200th), created in parallel.
    std::thread::scope(|scope| {
        for t in 0..8 {
            let s = &s;
            scope.spawn(move || {
                for i in (t..199).step_by(8) {
                    let slug = format!("org-{i:03}");
                    s.sb(&["org", "create", &slug, "--name", &slug, "--seats", "3"])
                        .success();
                }
            });
        }
    });
    let doc = s
        .sb(&["org", "check", "--all-orgs", "--json"])
        .code(1)
        .json();
    let orgs = doc["data"]["organisations"].as_array().unwrap();
    assert_eq!(orgs.len(), 200);
    // acme is ready; the new ones have no admin or manager: blocking.
    let acme = orgs.iter().find(|o| o["organisation"] == "acme").unwrap();
    assert_eq!(acme["blocking"], 0, "{acme}");
    assert_eq!(doc["data"]["blocking"], 199);
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("199 organisation")
    );

    let run = s.sb(&["org", "check", "--all-orgs"]).code(1);
    assert_eq!(run.stdout.lines().count(), 202, "summary, header, 200 rows");
    assert!(
        run.stdout.lines().any(|l| l.starts_with("org-042 ")),
        "{}",
        run.stdout
    );

    // Only their licences block: the JobAdder group skips organisations
    // without a JobAdder link, and acme's passes.
    let doc = s
        .sb(&["org", "check", "--all-orgs", "--only", "jobadder", "--json"])
        .success()
        .json();
    assert_eq!(doc["data"]["blocking"], 0, "{doc}");
}

/// `sandbox account add`: organisations linked to JobAdder accounts and
/// Salesforce orgs of their own (as each customer has), by the new
/// accounts' admins; no account is shared, and each link answers as its
/// own account.
#[test]
fn organisations_on_sandbox_accounts_of_their_own() {
    let s = linked();
    let added = |provider: &str| {
        let doc = s
            .sb(&["sandbox", "account", "add", provider, "--json"])
            .success()
            .json();
        let a = &doc["data"][0];
        let field = |k: &str| a[k].as_str().unwrap().to_string();
        (field("account"), field("admin"))
    };
    let (account, admin) = added("jobadder");
    assert_ne!(account, "48213");
    s.sb(&["org", "create", "beta", "--name", "Beta", "--seats", "2"])
        .success();
    s.consent(
        "link",
        "jobadder",
        (&admin, "sandbox-admin"),
        true,
        &["--org", "beta"],
    )
    .success();
    let doc = check(&s, &["--org", "beta", "--only", "jobadder"])
        .success()
        .json();
    assert_status(&doc, "jobadder.account_shared", "pass");
    assert_evidence(&doc, "jobadder.link", &format!("account {account} answers"));
    assert_status(&doc, "jobadder.partner_action", "pass");
    let acme = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&acme, "jobadder.account_shared", "pass");

    let (org_id, sf_admin) = added("salesforce");
    s.consent(
        "link",
        "salesforce",
        (&sf_admin, "sandbox-admin"),
        true,
        &["--org", "beta"],
    )
    .success();
    let doc = check(&s, &["--org", "beta", "--only", "salesforce"])
        .success()
        .json();
    assert_evidence(&doc, "salesforce.org_match", &format!("org {org_id} on "));
    assert_status(&doc, "salesforce.authorising_user", "pass");
}

/// `--all-orgs` plans several organisations at once, each worker
/// refreshing expired tokens through the per-link lock: every link is
/// refreshed once (no family spent twice, none skipped), every
/// organisation passes and the report keeps the organisations' order.
#[test]
fn all_orgs_refreshes_each_expired_link_once_and_keeps_the_order() {
    let s = linked();
    let added = s
        .sb(&[
            "sandbox", "account", "add", "jobadder", "--count", "5", "--json",
        ])
        .success()
        .json();
    let mut slugs = vec!["acme".to_string()];
    for (i, a) in added["data"].as_array().unwrap().iter().enumerate() {
        let slug = format!("org-{i}");
        s.sb(&["org", "create", &slug, "--name", &slug, "--seats", "2"])
            .success();
        let boss = format!("boss@{slug}.example");
        s.sb(&[
            "licence", "assign", &boss, "--role", "admin", "--org", &slug,
        ])
        .success();
        let admin = (a["admin"].as_str().unwrap(), "sandbox-admin");
        s.consent("link", "jobadder", admin, true, &["--org", &slug])
            .success();
        slugs.push(slug);
    }
    // Every access token (1 hour) has expired.
    s.sb(&["sandbox", "clock", "advance", "2h"]).success();
    let doc = s
        .sb(&["org", "check", "--all-orgs", "--json"])
        .success()
        .json();
    let orgs: Vec<&str> = doc["data"]["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["organisation"].as_str().unwrap())
        .collect();
    assert_eq!(orgs, slugs);
    assert_eq!(doc["data"]["blocking"], 0, "{doc}");
    assert_eq!(doc["data"]["unknown"], 0, "{doc}");
    let grants = s.sb(&["sandbox", "grants", "--json"]).success().json();
    let refreshes: Vec<&Value> = grants["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| &g["refreshes"])
        .collect();
    assert_eq!(refreshes.len(), 6, "{grants}");
    assert!(refreshes.iter().all(|r| **r == 1), "{grants}");
}

#[test]
fn flare_diagnose_gives_the_same_verdict_on_the_authorising_user() {
    let s = linked();
    s.sb(&["sandbox", "user", "set", JA_ADMIN.0, "--admin", "off"])
        .success();
    let org = check(&s, &["--only", "jobadder"]).success().json();
    let shared = find(&org, "jobadder.authorising_user");
    let doc = s
        .sb(&["flare", "diagnose", "--candidate", "30001", "--json"])
        .json();
    let link = doc["data"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "JobAdder link")
        .unwrap()
        .clone();
    // Still works, so not a failure; but the same evidence and fix.
    assert_eq!(link["ok"], true, "{doc}");
    assert!(
        link["detail"]
            .as_str()
            .unwrap()
            .ends_with(shared["evidence"].as_str().unwrap()),
        "{link} vs {shared}"
    );
    assert_eq!(link["fix"], shared["fix"], "{link}");
}

#[test]
fn token_status_gives_the_same_verdict_on_the_authorising_user() {
    let s = linked();
    s.sb(&["sandbox", "user", "set", JA_ADMIN.0, "--admin", "off"])
        .success();
    let org = check(&s, &["--only", "jobadder"]).success().json();
    let shared = find(&org, "jobadder.authorising_user")["evidence"].clone();
    let rows = s
        .sb(&["token", "status", "--check", "--json"])
        .success()
        .json();
    let ja = rows["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["provider"] == "jobadder")
        .unwrap()
        .clone();
    let user = ja["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "authorising user active")
        .unwrap()
        .clone();
    // Still active, so the token is healthy; the detail is org check's.
    assert_eq!(user["ok"], true, "{ja}");
    assert_eq!(user["detail"], shared, "{ja}");
    assert_eq!(ja["health"]["status"], "ok", "{ja}");
}

#[test]
fn states_the_other_tests_leave_out() {
    let s = linked();
    // The Connected App's credentials: introspection answers, then refuses.
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let doc = check(&s, &["--only", "salesforce"]).success().json();
    assert_status(&doc, "salesforce.app_credentials", "pass");
    s.fault(
        "/salesforce/login/services/oauth2/introspect",
        &["--status", "401", "--count", "10"],
    );
    let doc = check(&s, &["--only", "salesforce"]).code(1).json();
    assert_status(&doc, "salesforce.app_credentials", "fail");
    assert!(
        find(&doc, "salesforce.app_credentials")["fix"]
            .as_str()
            .unwrap()
            .contains("--client-secret-stdin")
    );
    s.sb(&["sandbox", "fault", "clear"]).success();

    // Flare refuses the key: blocking, with the relink fix.
    s.fault("/flare/api", &["--status", "401", "--count", "10"]);
    let doc = check(&s, &["--only", "flare"]).code(1).json();
    assert_status(&doc, "flare.link", "fail");
    assert!(
        find(&doc, "flare.link")["fix"]
            .as_str()
            .unwrap()
            .contains("integration relink flare --org acme --api-key-stdin")
    );
    s.sb(&["sandbox", "fault", "clear"]).success();

    // JobAdder down while Flare answers: coverage is unknown, the rest of
    // Flare is checked.
    s.fault("/jobadder/api", &["--status", "503", "--count", "100"]);
    let doc = check(&s, &["--only", "flare"]).code(7).json();
    assert_status(&doc, "flare.mapping_coverage", "unknown");
    assert_status(&doc, "flare.link", "pass");
    s.sb(&["sandbox", "fault", "clear"]).success();

    // The authorising JobAdder user deleted.
    s.sb(&["sandbox", "user", "delete", JA_ADMIN.0]).success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.authorising_user", "fail");
    assert!(
        find(&doc, "jobadder.authorising_user")["evidence"]
            .as_str()
            .unwrap()
            .contains("was deleted")
    );
    s.sb(&["sandbox", "user", "reactivate", JA_ADMIN.0])
        .success();

    // No button URL configured any more: nothing to compare the button with.
    s.home
        .write_sandbox_config(format!(
            "[providers.jobadder]\nredirect_uri = \"{}\"\n",
            s.ja_redirect()
        ))
        .unwrap();
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, "jobadder.partner_action_url", "warn");
}

/// A click on acme's JobAdder button through `serve`: the page's outcome.
fn click(s: &Sandboxed, user: &str, candidate: &str) -> String {
    s.click_jobadder(user, candidate)["outcome"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn users_refused_a_seat_by_serve_in_the_last_7_days_are_waiting() {
    const LATE: &str = "late@sandbox-recruitment.example";
    const LATER: &str = "Later@sandbox-recruitment.example";
    let (s, _serve) = crate::serve::launchpad(2);
    s.sb(&["licence", "assign", "boss@acme.example", "--role", "admin"])
        .success();
    let licences = |s: &Sandboxed| check(s, &["--only", "licences"]).success().json();
    let doc = licences(&s);
    assert_status(&doc, "licences.waiting", "pass");

    // The second seat goes to the recruiter; two more users are refused,
    // one of them twice.
    s.sb(&["sandbox", "user", "add", LATE, LATER]).success();
    assert_eq!(click(&s, JA_RECRUITER.0, "30001"), "admitted");
    for (user, candidate) in [(LATE, "30001"), (LATE, "30002"), (LATER, "30001")] {
        assert_eq!(click(&s, user, candidate), "no_licence");
    }
    let doc = licences(&s);
    assert_status(&doc, "licences.waiting", "warn");
    let c = find(&doc, "licences.waiting");
    let evidence = c["evidence"].as_str().unwrap();
    assert!(
        evidence.contains("3 launches refused for no licence in the last 7 days")
            && evidence.contains("by 2 users"),
        "{c}"
    );
    // 2 in use + 2 waiting.
    assert!(
        c["fix"]
            .as_str()
            .unwrap()
            .ends_with("licence seats 4 --org acme"),
        "{c}"
    );

    // One more seat: the next to click takes it and waits no more.
    s.sb(&["licence", "seats", "3", "--yes"]).success();
    assert_eq!(click(&s, LATE, "30001"), "admitted");
    let doc = licences(&s);
    let c = find(&doc, "licences.waiting");
    assert_eq!(c["status"], "warn", "{c}");
    assert!(
        c["evidence"]
            .as_str()
            .unwrap()
            .starts_with("1 launch refused")
            && c["evidence"].as_str().unwrap().contains("by 1 user "),
        "{c}"
    );
    assert!(
        c["fix"]
            .as_str()
            .unwrap()
            .ends_with("licence seats 4 --org acme"),
        "{c}"
    );

    // The fix, run: a seat is free for the one still waiting.
    s.sb(&["licence", "seats", "4", "--yes"]).success();
    let doc = licences(&s);
    assert_status(&doc, "licences.waiting", "pass");
    let c = find(&doc, "licences.waiting");
    assert!(
        c["evidence"]
            .as_str()
            .unwrap()
            .ends_with("1 seat is free now: they get one at their next click"),
        "{c}"
    );

    // A refusal more than 7 days ago is no longer counted.
    s.sb(&["sandbox", "clock", "advance", "8d"]).success();
    let doc = licences(&s);
    assert_status(&doc, "licences.waiting", "pass");
    assert_eq!(
        find(&doc, "licences.waiting")["evidence"],
        "no launch refused for no licence in 7 days"
    );
}

#[test]
fn automatic_export_webhooks_suspended_gone_and_unreachable() {
    let s = linked();
    // Nothing listens there: every delivery fails.
    let dead = format!("http://127.0.0.1:{}", free_port());
    let on = ["flare", "auto", "on", "--public-url", &dead, "--json"];
    let id = s.sb(&on).success().json()["data"]["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    let jobadder = |s: &Sandboxed| check(s, &["--only", "jobadder"]);
    let doc = jobadder(&s).success().json();
    assert_status(&doc, "jobadder.webhooks", "pass");
    assert_eq!(
        find(&doc, "jobadder.webhooks")["evidence"],
        format!("webhook {id} (placement_approved) Enabled")
    );

    // JobAdder suspends it after 10 failed deliveries within an hour.
    s.sb(&["sandbox", "place", "--candidate", "30002"])
        .success();
    for _ in 0..9 {
        s.sb(&["sandbox", "clock", "advance", "5m"]).success();
    }
    let doc = jobadder(&s).code(1).json();
    assert_status(&doc, "jobadder.webhooks", "fail");
    let c = find(&doc, "jobadder.webhooks");
    assert!(
        c["evidence"].as_str().unwrap().contains("is Suspended"),
        "{c}"
    );
    let fix = c["fix"].as_str().unwrap();
    let exact = format!("flare auto on --org acme --public-url {dead} --trigger placement`");
    assert!(
        fix.contains(&exact) && fix.contains("serve` re-enables it"),
        "{c}"
    );
    // In the human report: blocking, its fix within 80 columns.
    let human = s.sb(&["org", "check", "--only", "jobadder"]).code(1);
    assert!(
        human
            .stdout
            .contains("  ✗ automatic export webhooks: webhook"),
        "{}",
        human.stdout
    );
    for line in human.stdout.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
    // The fix, run as given, re-enables it.
    let given: Vec<&str> = exact.trim_end_matches('`').split(' ').collect();
    s.sb(&given).success();
    assert_status(&jobadder(&s).success().json(), "jobadder.webhooks", "pass");

    // JobAdder cannot be asked: unknown (exit 7), never a pass.
    s.fault(
        "/jobadder/api/v2/webhooks",
        &["--status", "503", "--count", "50"],
    );
    let doc = jobadder(&s).code(7).json();
    assert_status(&doc, "jobadder.webhooks", "unknown");
    assert_status(&doc, "jobadder.link", "pass");
    s.sb(&["sandbox", "fault", "clear"]).success();

    // Failed, then disabled by an operator, on JobAdder's side: blocking;
    // only a suspended or failed one is serve's watchdog's to re-enable.
    s.sb(&["sandbox", "webhook", "set", &id, "--status", "Failed"])
        .success();
    let doc = jobadder(&s).code(1).json();
    let c = find(&doc, "jobadder.webhooks");
    assert_eq!(c["status"], "fail", "{c}");
    assert!(c["evidence"].as_str().unwrap().contains("is Failed"), "{c}");
    assert!(
        c["fix"].as_str().unwrap().contains("serve` re-enables it"),
        "{c}"
    );
    s.sb(&["sandbox", "webhook", "set", &id, "--status", "Disabled"])
        .success();
    let doc = jobadder(&s).code(1).json();
    let c = find(&doc, "jobadder.webhooks");
    assert_eq!(c["status"], "fail", "{c}");
    assert!(
        c["evidence"].as_str().unwrap().contains("is Disabled"),
        "{c}"
    );
    let fix = c["fix"].as_str().unwrap();
    assert!(fix.contains(&exact) && !fix.contains("serve`"), "{c}");
    s.sb(&given).success();
    assert_status(&jobadder(&s).success().json(), "jobadder.webhooks", "pass");

    // Gone from JobAdder: no event arrives; the same command registers it
    // again.
    s.sb(&["sandbox", "webhook", "delete", &id]).success();
    s.sb(&["sandbox", "webhook", "delete", &id]).code(4);
    let doc = jobadder(&s).code(1).json();
    assert_status(&doc, "jobadder.webhooks", "fail");
    let c = find(&doc, "jobadder.webhooks");
    assert!(
        c["evidence"]
            .as_str()
            .unwrap()
            .contains(&format!("webhook {id} (placement_approved) is gone")),
        "{c}"
    );
    assert!(c["fix"].as_str().unwrap().contains(&exact), "{c}");
    s.sb(&given).success();
    assert_status(&jobadder(&s).success().json(), "jobadder.webhooks", "pass");

    // serve moved (a new public URL in the config) but the webhook still
    // delivers to the old one: blocking, and the fix re-points it.
    let moved = format!("http://127.0.0.1:{}", free_port());
    s.home
        .append_sandbox_config(&format!("\n[serve]\npublic_url = \"{moved}\"\n"));
    let doc = jobadder(&s).code(1).json();
    let c = find(&doc, "jobadder.webhooks");
    assert_eq!(c["status"], "fail", "{c}");
    assert!(
        c["evidence"].as_str().unwrap().contains(&format!(
            "delivers to {dead}/webhooks/jobadder/acme, not to {moved}/webhooks/jobadder/acme"
        )),
        "{c}"
    );
    let fix = c["fix"].as_str().unwrap();
    let repoint = format!("flare auto on --org acme --public-url {moved} --trigger placement");
    assert!(fix.contains(&repoint), "{c}");
    s.sb(&repoint.split(' ').collect::<Vec<_>>()).success();
    // (The button moves with serve too: its own check and fix.)
    assert_status(&jobadder(&s).code(1).json(), "jobadder.webhooks", "pass");
    s.sb(&["integration", "button", "--org", "acme", "--update"])
        .success();
    assert_status(&jobadder(&s).success().json(), "jobadder.webhooks", "pass");

    // Off again: nothing to check.
    s.sb(&["flare", "auto", "off"]).success();
    let doc = jobadder(&s).success().json();
    assert_eq!(
        find(&doc, "jobadder.webhooks")["evidence"],
        "automatic export is off"
    );
}

/// Every string in a JSON value (the credential store's secrets).
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn verbose_traces_the_checks_jobadder_calls_through_the_one_http_policy() {
    let s = linked();
    // One 429 on the current-user call: the HTTP policy retries it (no
    // retry of the checks' own on top) and says so at -vv.
    s.fault(
        "/jobadder/api/v2/users/current",
        &["--status", "429", "--count", "1"],
    );
    let run = s
        .sb(&["-vv", "org", "check", "--only", "jobadder"])
        .success();
    let err = &run.stderr;
    let current: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("/jobadder/api/v2/users/current"))
        .collect();
    assert!(
        current.len() == 4
            && current[0].contains("http: → GET http://127.0.0.1:")
            && current[1].contains("http: ← 429 GET http://127.0.0.1:")
            && current[2].contains("http: → GET")
            && current[3].contains("http: ← 200 GET"),
        "{err}"
    );
    assert_eq!(
        err.matches("debug: http: retrying in 1000 ms (attempt 2 of 6)")
            .count(),
        1,
        "{err}"
    );
    // Query values are elided; no token, header or secret is shown.
    assert!(
        err.contains("/jobadder/api/v2/partners/actions/Candidate?Offset=…&Limit=…"),
        "{err}"
    );
    let mut secrets = Vec::new();
    for v in s.stored().values() {
        strings(v, &mut secrets);
    }
    assert!(!secrets.is_empty());
    for secret in secrets.iter().filter(|x| x.len() >= 8) {
        assert!(!err.contains(secret.as_str()), "a secret in: {err}");
    }
    assert!(!err.to_lowercase().contains("bearer"), "{err}");
}

/// Every command in a fix: its backticked spans, or the whole fix when it
/// is a bare command.
fn commands_in(fix: &str) -> Vec<String> {
    if fix.starts_with("atslink ") && !fix.contains('`') {
        return vec![fix.to_string()];
    }
    fix.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn fixes_on_an_80_column_terminal_keep_every_command_whole() {
    let s = linked();
    // Long commands in fixes: the webhooks' (two triggers and a URL) and
    // the deleted button's (unlink, then link).
    let dead = format!("http://127.0.0.1:{}", free_port());
    let on = [
        "flare",
        "auto",
        "on",
        "--public-url",
        &dead,
        "--trigger",
        "placement",
        "--trigger",
        "candidate",
        "--json",
    ];
    let id = s.sb(&on).success().json()["data"]["webhooks"][0]["webhook_id"]
        .as_str()
        .unwrap()
        .to_string();
    s.sb(&["sandbox", "webhook", "set", &id, "--status", "Disabled"])
        .success();
    s.sb(&["sandbox", "action", "delete", &action_id(&s)])
        .success();
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    // Also with an explicit `--home` (a spelling other than ATSLINK_HOME,
    // so the printer adds it to every command): the layout measures the
    // commands as printed, options included.
    let home_flag = format!("--home {}/.", s.home.path().display());
    for args in [
        "--sandbox org check --only jobadder".to_string(),
        format!("--sandbox {home_flag} org check --only jobadder"),
    ] {
        let screen = crate::harness::on_terminal(&s.home, &args, 80);
        // The report, after the progress bar has cleared its line.
        let screen = screen.rsplit("\u{1b}[2K").next().unwrap();
        // Without the error and hint on stderr, which follow it.
        let screen = screen.split("\nerror: ").next().unwrap();
        for line in screen.lines() {
            assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
        }
        // Read as a shell reads it: a line ending in ` \` goes on.
        let shown = screen
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("\n")
            .replace(" \\\n", " ");
        let mut seen = 0;
        for c in doc["data"]["checks"].as_array().unwrap() {
            let Some(fix) = c["fix"].as_str() else {
                continue;
            };
            for command in commands_in(fix) {
                let command = match args.contains("--home") {
                    true => command.replacen(
                        "atslink --sandbox ",
                        &format!("atslink --sandbox {home_flag} "),
                        1,
                    ),
                    false => command,
                };
                seen += 1;
                assert!(
                    shown.lines().any(|l| l.contains(&command)),
                    "{command:?} is broken on the screen:\n{screen}"
                );
            }
        }
        assert!(seen >= 3, "{doc}");
        assert!(
            shown.contains(&format!("--public-url {dead} --trigger")),
            "{screen}"
        );
        assert!(!screen.lines().any(|l| l.ends_with(' ')), "{screen}");
        if args.contains("--home") {
            assert!(shown.contains(&home_flag), "{screen}");
        }
    }
}

/// `flare diagnose`'s check of this name.
fn diagnosed(doc: &Value, name: &str) -> Value {
    doc["data"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == name)
        .unwrap_or_else(|| panic!("no {name}: {doc}"))
        .clone()
}

/// `token status --check`'s check of this name on the provider's row.
fn token_checked(s: &Sandboxed, provider: &str, name: &str) -> Value {
    let rows = s.sb(&["token", "status", "--check", "--json"]).json();
    let row = rows["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["provider"] == provider)
        .unwrap_or_else(|| panic!("no {provider} row: {rows}"))
        .clone();
    row["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == name)
        .unwrap_or_else(|| panic!("no {name}: {row}"))
        .clone()
}

#[test]
fn flare_diagnose_and_token_status_give_the_same_verdict_on_the_flare_link() {
    let s = linked();
    let diagnose = ["flare", "diagnose", "--candidate", "30001", "--json"];
    // Accepted, refused (the key revoked: 401), and not answered (503).
    for (status, verdict, ok) in [
        (None, "pass", Some(true)),
        (Some("401"), "fail", Some(false)),
        (Some("503"), "unknown", None),
    ] {
        s.sb(&["sandbox", "fault", "clear"]).success();
        if let Some(code) = status {
            s.fault("/flare/api", &["--status", code, "--count", "1000"]);
        }
        let org = check(&s, &["--only", "flare"]).json();
        let shared = find(&org, "flare.link").clone();
        assert_eq!(shared["status"], verdict, "{shared}");

        let link = diagnosed(&s.sb(&diagnose).json(), "Flare link");
        assert_eq!(link["detail"], shared["evidence"], "{link} vs {shared}");
        assert_eq!(link["ok"], verdict == "pass", "{link}");
        if verdict == "fail" {
            assert_eq!(link["fix"], shared["fix"], "{link} vs {shared}");
        }

        let key = token_checked(&s, "flare", "API key accepted");
        assert_eq!(key["detail"], shared["evidence"], "{key} vs {shared}");
        assert_eq!(key["ok"], serde_json::json!(ok), "{key}");
    }
}

#[test]
fn token_status_gives_the_same_verdict_on_the_jobadder_link() {
    let s = linked();
    // Answered, then not answered (503): the same evidence either way.
    for (fault, verdict, ok) in [(false, "pass", Some(true)), (true, "unknown", None)] {
        if fault {
            s.fault(
                "/jobadder/api/v2/users/current",
                &["--status", "503", "--count", "1000"],
            );
        }
        let org = check(&s, &["--only", "jobadder"]).json();
        let shared = find(&org, "jobadder.link").clone();
        assert_eq!(shared["status"], verdict, "{shared}");
        let accepted = token_checked(&s, "jobadder", "token accepted");
        assert_eq!(
            accepted["detail"], shared["evidence"],
            "{accepted} vs {shared}"
        );
        assert_eq!(accepted["ok"], serde_json::json!(ok), "{accepted}");
    }
}

/// Points the sandbox's `serve.public_url` at `url`.
fn set_public_url(s: &Sandboxed, url: &str) {
    let path = s.home.file("sandbox/config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("public_url = ") {
                format!("public_url = \"{url}\"")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(&path, text.join("\n") + "\n").unwrap();
}

#[test]
fn the_salesforce_tab_reached_misrouted_on_another_store_and_unreachable() {
    let (s, serve) = crate::serve::sf_launchpad(2);
    // The canvas row of a check run that exits `code`, with its status
    // and a line of its evidence.
    let canvas = |s: &Sandboxed, code: i32, status: &str, evidence: &str| {
        let doc = check(s, &["--only", "salesforce"]).code(code).json();
        assert_status(&doc, "salesforce.canvas", status);
        assert_evidence(&doc, "salesforce.canvas", evidence);
        find(&doc, "salesforce.canvas").clone()
    };
    // serve at the public URL answers the probe with its own refusal.
    let answered = format!("{}/launch/salesforce/acme is answered", serve.url);
    let c = canvas(&s, 0, "pass", &answered);
    assert!(
        c["evidence"].as_str().unwrap().starts_with(&answered),
        "{c}"
    );
    // The probe claimed nothing.
    let users = s.sb(&["licence", "list", "--json"]).success().json();
    assert_eq!(users["data"]["seats"]["used"], 0, "{users}");

    // A proxy routing elsewhere: a 404 that is not atslink's page.
    set_public_url(&s, &format!("{}/atslink", serve.url));
    let c = canvas(&s, 1, "fail", "answered HTTP 404, not atslink's page");
    assert!(c["fix"].as_str().unwrap().contains("reverse proxy"), "{c}");

    // A serve on another state store: it does not know acme.
    let other = crate::harness::Home::with_file_store();
    let elsewhere = crate::serve::Serve::start(&other, &[], &[]);
    set_public_url(&s, &elsewhere.url);
    canvas(&s, 1, "fail", "does not know acme's Salesforce link");

    // Nothing listens: unknown (exit 7), never a pass.
    set_public_url(&s, &format!("http://127.0.0.1:{}", free_port()));
    canvas(&s, 7, "unknown", "could not reach");
}

#[test]
fn the_button_filtered_by_candidate_status_warns_and_admin_only_blocks() {
    let s = linked();
    let id = action_id(&s);
    let set = |args: &[&str]| {
        let mut all = vec!["sandbox", "action", "set", &id];
        all.extend_from_slice(args);
        s.sb(&all).success();
    };
    const ID: &str = "jobadder.partner_action_visibility";
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, ID, "pass");
    assert_evidence(&doc, ID, "shown to every user on every candidate");

    // Shown only on some candidates: it works, but not everywhere.
    set(&["--active-only", "on"]);
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, ID, "warn");
    assert_evidence(&doc, ID, "shown only on active candidates:");
    set(&["--statuses", "3,7"]);
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, ID, "warn");
    assert_evidence(
        &doc,
        ID,
        "shown only on active candidates and candidates in status 3, 7",
    );
    assert!(
        find(&doc, ID)["fix"]
            .as_str()
            .unwrap()
            .contains("clear the status filter"),
        "{doc}"
    );

    // Hidden from recruiters altogether: blocking, and the filter said too.
    set(&["--admin-only", "on"]);
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, ID, "fail");
    assert_evidence(&doc, ID, "administrators only");
    assert_evidence(&doc, ID, "and shown only on active candidates");

    // JobAdder cannot list the buttons: unknown, not left out.
    s.fault(
        "/jobadder/api/v2/partners/actions",
        &["--status", "503", "--count", "100"],
    );
    let doc = check(&s, &["--only", "jobadder"]).code(7).json();
    assert_unknown(
        &doc,
        &[
            "jobadder.partner_action",
            "jobadder.partner_action_name",
            "jobadder.partner_action_url",
            ID,
        ],
        None,
    );
    s.sb(&["sandbox", "fault", "clear"]).success();

    set(&[
        "--admin-only",
        "off",
        "--active-only",
        "off",
        "--statuses",
        "none",
    ]);
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    assert_status(&doc, ID, "pass");
}

/// An RFC 3339 time of the CLI's.
fn at(text: &str) -> time::OffsetDateTime {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// `token status` and `org check` computed apart from the code they share:
/// the deadline from the link's last use plus JobAdder's 14 days, the
/// verdict from the sandbox clock against it and the 5-day window, on both
/// sides of each edge (an hour off it: the clock runs between commands).
/// Either command drifting from that, or from the other, fails here.
#[test]
fn token_status_and_org_check_agree_with_the_idle_deadline_worked_out_by_hand() {
    let s = linked();
    // Nothing renews the refresh token meanwhile.
    s.fault(
        "/jobadder/id/connect/token",
        &["--status", "503", "--count", "1000"],
    );
    let link = s.link("jobadder").unwrap();
    let last_use = link["last_refresh_at"]
        .as_str()
        .or(link["linked_at"].as_str())
        .unwrap()
        .to_string();
    let deadline = at(&last_use) + time::Duration::days(14);
    let now = |s: &Sandboxed| {
        at(s.sb(&["sandbox", "clock", "show", "--json"])
            .success()
            .json()["data"]["now"]
            .as_str()
            .unwrap())
    };
    let hour = time::Duration::hours(1);
    for left in [
        time::Duration::days(5) + hour,
        time::Duration::days(5) - hour,
        hour,
        -hour,
    ] {
        let by = (deadline - left - now(&s)).whole_seconds();
        assert!(by > 0, "the steps go forward: {by}");
        s.sb(&["sandbox", "clock", "advance", &format!("{by}s")])
            .success();
        let left = deadline - now(&s);
        let (verdict, health) = if left <= time::Duration::ZERO {
            ("fail", "broken")
        } else if left <= time::Duration::days(5) {
            ("warn", "expiring")
        } else {
            ("pass", "ok")
        };
        let doc = check(&s, &["--only", "jobadder"]).json();
        let c = find(&doc, "jobadder.idle_deadline").clone();
        assert_eq!(c["status"], verdict, "{} left: {c}", left);
        assert!(
            c["evidence"].as_str().unwrap().contains(&rfc3339(deadline)),
            "{c} vs {deadline}"
        );
        let rows = s.sb(&["token", "status", "--json"]).json();
        let ja = rows["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["provider"] == "jobadder")
            .unwrap()
            .clone();
        assert_eq!(ja["health"]["status"], health, "{} left: {ja}", left);
        assert_eq!(ja["health"]["refresh_deadline"], rfc3339(deadline), "{ja}");
        assert_eq!(ja["health"]["remedy"], c["fix"].clone(), "{ja} vs {c}");
        // The link's last use did not move (no refresh got through).
        let link = s.link("jobadder").unwrap();
        assert_eq!(
            link["last_refresh_at"]
                .as_str()
                .or(link["linked_at"].as_str()),
            Some(last_use.as_str())
        );
    }
}

#[test]
fn token_status_gives_the_same_verdict_on_the_salesforce_link_and_app() {
    let s = Sandboxed::new();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let fault = |path: &str, code: &str| {
        s.sb(&["sandbox", "fault", "clear"]).success();
        if !code.is_empty() {
            s.fault(path, &["--status", code, "--count", "1000"]);
        }
    };
    // userinfo answers, refuses (403: before, token status called that
    // "could not tell"), and does not answer.
    let userinfo = "/salesforce/login/services/oauth2/userinfo";
    for (code, verdict, ok) in [
        ("", "pass", Some(true)),
        ("403", "fail", Some(false)),
        ("503", "unknown", None),
    ] {
        fault(userinfo, code);
        let org = check(&s, &["--only", "salesforce"]).json();
        let shared = find(&org, "salesforce.link").clone();
        assert_eq!(shared["status"], verdict, "{shared}");
        let accepted = token_checked(&s, "salesforce", "token accepted");
        // Each process serves the in-process sandbox on a port of its own.
        assert_eq!(
            without_port(&accepted["detail"]),
            without_port(&shared["evidence"]),
            "{accepted} vs {shared}"
        );
        assert_eq!(accepted["ok"], serde_json::json!(ok), "{accepted}");
    }
    // Introspection refuses the Connected App's credentials: blocking in
    // both (before, token status could not tell).
    fault("/salesforce/login/services/oauth2/introspect", "401");
    let org = check(&s, &["--only", "salesforce"]).code(1).json();
    let shared = find(&org, "salesforce.app_credentials").clone();
    assert_eq!(shared["status"], "fail", "{shared}");
    let app = token_checked(&s, "salesforce", "Connected App credentials");
    assert_eq!(
        without_port(&app["detail"]),
        without_port(&shared["evidence"]),
        "{app} vs {shared}"
    );
    assert_eq!(app["ok"], false, "{app}");
}

/// The text with every loopback port made `PORT`.
fn without_port(v: &Value) -> String {
    let text = v.as_str().unwrap_or_else(|| panic!("not text: {v}"));
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("127.0.0.1:") {
        out.push_str(&rest[..i + 10]);
        out.push_str("PORT");
        rest = rest[i + 10..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

/// The evidence of the check with this id.
fn evidence(doc: &Value, id: &str) -> String {
    find(doc, id)["evidence"].as_str().unwrap().to_string()
}

#[test]
fn a_salesforce_org_moved_to_another_instance_blocks_until_relinked() {
    let s = Sandboxed::new();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let salesforce = |s: &Sandboxed| check(s, &["--only", "salesforce"]);
    let doc = salesforce(&s).success().json();
    assert_status(&doc, "salesforce.org_match", "pass");
    assert!(
        evidence(&doc, "salesforce.org_match").ends_with("/salesforce/instance"),
        "{doc}"
    );

    // An org migration: Salesforce serves the org from another instance;
    // the link still calls the old one, which answers for now.
    s.sb(&["sandbox", "salesforce", "move-instance", "na2"])
        .success();
    let doc = salesforce(&s).code(1).json();
    assert_status(&doc, "salesforce.org_match", "fail");
    let moved = without_port(&find(&doc, "salesforce.org_match")["evidence"]);
    assert_eq!(
        moved,
        "org 00D000000000SBX is served from http://127.0.0.1:PORT/salesforce/instance/na2, \
         the link calls http://127.0.0.1:PORT/salesforce/instance",
    );
    let fix = find(&doc, "salesforce.org_match")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        fix.ends_with("integration relink salesforce --org acme"),
        "{fix}"
    );
    for id in [
        "salesforce.link",
        "salesforce.authorising_user",
        "salesforce.contact_query",
    ] {
        assert_status(&doc, id, "pass");
    }
    assert_eq!(doc["data"]["blocking"], 1, "{doc}");

    // The fix, followed: the new link calls the new instance.
    s.consent("relink", "salesforce", SF_ADMIN, true, &[])
        .success();
    let doc = salesforce(&s).success().json();
    assert_status(&doc, "salesforce.org_match", "pass");
    assert!(
        evidence(&doc, "salesforce.org_match").ends_with("/salesforce/instance/na2"),
        "{doc}"
    );
    assert_status(&doc, "salesforce.contact_query", "pass");

    // Salesforce cannot be asked who the token is: neither the org nor the
    // user is passed, each is unknown (exit 7).
    s.fault(
        "/salesforce/login/services/oauth2/userinfo",
        &["--status", "503", "--count", "100"],
    );
    let doc = salesforce(&s).code(7).json();
    assert_unknown(
        &doc,
        &["salesforce.org_match", "salesforce.authorising_user"],
        Some("Salesforce could not be reached"),
    );
}

#[test]
fn placements_without_a_cost_centre_warn_on_mapping_coverage() {
    let s = linked();
    // Names that all match Flare, each with its cost centre.
    s.sb(&["sandbox", "generate", "2"]).success();
    let flare = |s: &Sandboxed| check(s, &["--only", "flare"]);
    let doc = flare(&s).success().json();
    assert_status(&doc, "flare.mapping_coverage", "pass");
    assert_eq!(
        evidence(&doc, "flare.mapping_coverage"),
        "all 2 placements of the last 30 days map without a default"
    );

    // One more whose names match, but whose recruiter left the cost
    // centre out: a warning of its own, not a blocker.
    let generated = s
        .sb(&[
            "sandbox",
            "generate",
            "1",
            "--without-cost-centre",
            "--json",
        ])
        .success()
        .json();
    let id = generated["data"]["first_placement_id"].clone();
    let doc = flare(&s).success().json();
    assert_status(&doc, "flare.mapping_coverage", "warn");
    assert_eq!(
        evidence(&doc, "flare.mapping_coverage"),
        "3 placements in 30 days: 1 without \"Flare \u{2013} Cost Centre\""
    );
    let fix = find(&doc, "flare.mapping_coverage")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        fix.contains("flare mapping --org acme --since ")
            && fix.contains("` lists every name and each placement missing")
            && fix.ends_with("fill in what is missing on those placements in JobAdder"),
        "{fix}"
    );
    // The command in the fix, run as given (`atslink --sandbox` left to
    // the harness): the check's window, so the same placements; it names
    // the one without a cost centre (and only it), in JSON and on screen.
    let given = fix.split('`').nth(1).unwrap().to_string();
    assert!(given.contains(" --since "), "{given}");
    let mut args: Vec<&str> = given.split(' ').skip(2).collect();
    args.push("--json");
    let mapping = s.sb(&args).success().json();
    assert_eq!(mapping["data"]["placements"], 3, "{mapping}");
    let incomplete = mapping["data"]["incomplete_placements"].as_array().unwrap();
    assert_eq!(incomplete.len(), 1, "{mapping}");
    assert_eq!(incomplete[0]["placement_id"], id, "{mapping}");
    assert_eq!(
        incomplete[0]["missing"],
        serde_json::json!(["\"Flare \u{2013} Cost Centre\""]),
        "{mapping}"
    );
    let screen = s.sb(&["flare", "mapping"]).success().stdout;
    let row = screen
        .lines()
        .find(|l| l.starts_with(&id.to_string()))
        .unwrap_or_else(|| panic!("no row for {id}: {screen}"));
    assert!(row.ends_with("\"Flare \u{2013} Cost Centre\""), "{screen}");
    // The human report keeps the longer fix within 80 columns.
    let human = s.sb(&["org", "check", "--only", "flare"]).success().stdout;
    assert!(human.contains("! mapping coverage (30 days): "), "{human}");
    for line in human.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
}

/// The unknown and refused states no other test asks for by id: each check
/// that needs a provider that cannot be reached is unknown (exit 7), never
/// passed; a refusal is blocking with the fix.
#[test]
fn every_check_that_needs_an_unreachable_provider_is_unknown() {
    let s = linked();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let fault = |path: &str, status: &str| {
        s.sb(&["sandbox", "fault", "clear"]).success();
        s.fault(path, &["--status", status, "--count", "1000"]);
    };

    // Flare down: every Flare check is unknown (coverage too: it needs
    // Flare's names); what atslink knows locally, the ledger, is not.
    fault("/flare/api", "503");
    let doc = check(&s, &["--only", "flare"]).code(7).json();
    assert_unknown(
        &doc,
        &[
            "flare.link",
            "flare.account_defaults",
            "flare.entities_in_default_location",
            "flare.entities_in_pay_group",
            "flare.brands",
            "flare.mapping_coverage",
        ],
        None,
    );
    assert_evidence(&doc, "flare.account_defaults", "Flare could not be reached");
    assert_status(&doc, "flare.ledger", "pass");
    assert_eq!(doc["error"]["code"], "unavailable", "{doc}");

    // Token introspection does not answer: the Connected App's credentials
    // are unknown, not passed; the rest of Salesforce is checked.
    fault("/salesforce/login/services/oauth2/introspect", "503");
    let doc = check(&s, &["--only", "salesforce"]).code(7).json();
    assert_status(&doc, "salesforce.app_credentials", "unknown");
    assert_evidence(&doc, "salesforce.app_credentials", "could not ask");
    assert_status(&doc, "salesforce.link", "pass");
    assert_status(&doc, "salesforce.org_match", "pass");

    // JobAdder refuses the token (403): the link blocks with the relink,
    // and what needs JobAdder is unknown for that reason, not passed.
    fault("/jobadder/api/v2/users/current", "403");
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.link", "fail");
    assert_evidence(&doc, "jobadder.link", "refused");
    assert!(
        find(&doc, "jobadder.link")["fix"]
            .as_str()
            .unwrap()
            .ends_with("integration relink jobadder --org acme"),
        "{doc}"
    );
    assert_unknown(
        &doc,
        &[
            "jobadder.authorising_user",
            "jobadder.partner_action",
            "jobadder.partner_action_name",
            "jobadder.partner_action_url",
            "jobadder.partner_action_visibility",
            "jobadder.button_count",
        ],
        Some("the JobAdder link does not work"),
    );
}

/// An access token the provider stopped accepting before atslink expected
/// (Salesforce ends sessions by the org's timeout, which atslink cannot
/// see; JobAdder may revoke one early): one 401 is answered with a refresh
/// and the group checked again, as every other caller does, not reported
/// as a broken link with "relink" as the fix and exit 1.
#[test]
fn an_access_token_refused_once_is_refreshed_not_reported_broken() {
    let s = linked();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    for (path, group, link) in [
        (
            "/salesforce/login/services/oauth2/userinfo",
            "salesforce",
            "salesforce.link",
        ),
        (
            "/jobadder/api/v2/users/current",
            "jobadder",
            "jobadder.link",
        ),
    ] {
        // A minute on, so the refresh's time differs from the link's.
        s.sb(&["sandbox", "clock", "advance", "1m"]).success();
        let before = s.link(group).unwrap()["last_refresh_at"].clone();
        s.fault(path, &["--status", "401", "--count", "1"]);
        let doc = check(&s, &["--only", group]).success().json();
        assert_status(&doc, link, "pass");
        assert_eq!(doc["data"]["blocking"], 0, "{doc}");
        assert_ne!(
            s.link(group).unwrap()["last_refresh_at"],
            before,
            "{group}: refreshed"
        );
    }
    // Refused again after the refresh: that is a broken link.
    s.fault(
        "/salesforce/login/services/oauth2/userinfo",
        &["--status", "401", "--count", "2"],
    );
    let doc = check(&s, &["--only", "salesforce"]).code(1).json();
    assert_status(&doc, "salesforce.link", "fail");
    assert!(
        find(&doc, "salesforce.link")["fix"]
            .as_str()
            .unwrap()
            .ends_with("integration relink salesforce --org acme"),
        "{doc}"
    );
}

#[test]
fn a_link_made_without_a_button_url_has_no_button_and_the_fix_brings_it() {
    const URL: &str = "https://cv.example/launch?candidate={candidateId}&user={userId}";
    let s = linked();
    // No button URL configured when JobAdder is linked: no button.
    s.home
        .write_sandbox_config(format!(
            "[providers.jobadder]\nredirect_uri = \"{}\"\n",
            s.ja_redirect()
        ))
        .unwrap();
    s.sb(&["integration", "unlink", "jobadder", "--yes"])
        .success();
    s.consent("link", "jobadder", JA_ADMIN, true, &[]).success();
    assert!(
        s.link("jobadder").unwrap()["partner_action_id"].is_null(),
        "no button registered"
    );
    let doc = check(&s, &["--only", "jobadder"]).code(1).json();
    assert_status(&doc, "jobadder.partner_action", "fail");
    assert_evidence(
        &doc,
        "jobadder.partner_action",
        "no Actions-menu button was registered: recruiters have no way in",
    );
    let fix = find(&doc, "jobadder.partner_action")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    for step in [
        "provider set jobadder --partner-action-url URL`",
        "integration relink jobadder --org acme`",
    ] {
        assert!(fix.contains(step), "{step:?} in {fix}");
    }
    s.sb(&["integration", "button", "--update"])
        .code(4)
        .stderr_has("no button was registered when it was linked")
        .stderr_has("atslink --sandbox integration relink jobadder --org acme");
    // Nothing to compare a missing button's name, URL or filter with.
    for id in [
        "jobadder.partner_action_name",
        "jobadder.partner_action_url",
        "jobadder.partner_action_visibility",
    ] {
        assert!(
            doc["data"]["checks"]
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c["id"] != id),
            "{id}: {doc}"
        );
    }
    assert_status(&doc, "jobadder.button_count", "pass");

    // The fix, followed: the URL set, the link made again.
    s.sb(&["provider", "set", "jobadder", "--partner-action-url", URL])
        .success();
    s.consent("relink", "jobadder", JA_ADMIN, true, &[])
        .success();
    let doc = check(&s, &["--only", "jobadder"]).success().json();
    for id in [
        "jobadder.partner_action",
        "jobadder.partner_action_url",
        "jobadder.partner_action_visibility",
    ] {
        assert_status(&doc, id, "pass");
    }
    assert_evidence(
        &doc,
        "jobadder.partner_action_url",
        "https://cv.example/launch?",
    );
}

/// Salesforce refused the refresh (the user was deactivated): atslink
/// marks the link broken and asks no more. The access token it holds is
/// still accepted for a while (more so once the user is reactivated), but
/// the link is dead for atslink until relinked: org check says so, as
/// `integration list` does, rather than pass it on borrowed time.
#[test]
fn a_link_whose_refresh_was_refused_blocks_while_its_access_token_still_works() {
    let s = Sandboxed::new();
    s.consent("link", "salesforce", SF_ADMIN, true, &[])
        .success();
    let salesforce = |s: &Sandboxed| check(s, &["--only", "salesforce"]);
    s.sb(&["sandbox", "user", "deactivate", SF_ADMIN.0])
        .success();
    let doc = salesforce(&s).code(1).json();
    assert_status(&doc, "salesforce.link", "fail");
    assert_evidence(&doc, "salesforce.link", "was deactivated");
    assert!(s.link("salesforce").unwrap()["broken_reason"].is_string());

    // Reactivated: the old access token is accepted again, the link is
    // still broken.
    s.sb(&["sandbox", "user", "reactivate", SF_ADMIN.0])
        .success();
    let doc = salesforce(&s).code(1).json();
    assert_status(&doc, "salesforce.link", "fail");
    assert_evidence(&doc, "salesforce.link", "is broken: refresh rejected");
    assert!(
        find(&doc, "salesforce.link")["fix"]
            .as_str()
            .unwrap()
            .contains("integration relink salesforce --org acme"),
        "{doc}"
    );
    assert_status(&doc, "salesforce.authorising_user", "unknown");

    // The fix, followed.
    s.consent("relink", "salesforce", SF_ADMIN, true, &[])
        .success();
    let doc = salesforce(&s).success().json();
    assert_status(&doc, "salesforce.link", "pass");
    assert_status(&doc, "salesforce.authorising_user", "pass");
}
