use super::*;
use crate::checks::{Status, assert_blocks};
use crate::config::defaults::{FLARE_COST_CENTRE_FIELD, FLARE_PAY_GROUP};
use crate::providers::flare::{AccountDetail, Defaults, LegalEntity, Location};

/// The sandbox's Flare, in short: two locations, two legal entities,
/// the defaults Sydney and Harbour; brands as given.
fn reference(brands: [Option<&str>; 2]) -> Reference {
    let entity = |id: &str, name: &str, brand: Option<&str>| LegalEntity {
        legal_entity_id: id.into(),
        name: name.into(),
        brand_id: brand.map(str::to_string),
    };
    Reference {
        account: AccountDetail {
            account_id: "fl-1".into(),
            name: "Acme".into(),
            defaults: Defaults {
                location_id: Some("loc-syd".into()),
                legal_entity_id: Some("le-harbour".into()),
                brand_id: None,
            },
        },
        locations: ["Sydney Warehouse", "Melbourne Office"]
            .iter()
            .zip(["loc-syd", "loc-mel"])
            .map(|(name, id)| Location {
                location_id: id.into(),
                name: name.to_string(),
            })
            .collect(),
        legal_entities: vec![
            entity("le-harbour", "Harbour Logistics Pty Ltd", brands[0]),
            entity("le-southern", "Southern Cross Construction", brands[1]),
        ],
        brands: Vec::new(),
        cost_centres: Vec::new(),
    }
}

fn members(id: &str, name: &str, entities: &[&str]) -> LocationMembers {
    LocationMembers {
        location_id: id.into(),
        name: name.into(),
        legal_entity_ids: entities.iter().map(|e| e.to_string()).collect(),
    }
}

fn group(name: &str, entities: &[&str]) -> PayGroup {
    PayGroup {
        pay_group_id: "pg-1".into(),
        name: name.into(),
        legal_entity_ids: entities.iter().map(|e| e.to_string()).collect(),
    }
}

const BOTH: &[&str] = &["le-harbour", "le-southern"];

#[test]
fn account_defaults_exist_or_block() {
    let r = reference([None, Some("br-1")]);
    let ok = account_defaults(&r);
    assert_eq!(ok.status, Status::Pass, "{ok:?}");
    assert_eq!(
        ok.evidence,
        "location \"Sydney Warehouse\", legal entity \"Harbour Logistics Pty Ltd\""
    );
    let mut gone = r.clone();
    gone.account.defaults.location_id = Some("loc-gone".into());
    gone.account.defaults.legal_entity_id = None;
    let c = account_defaults(&gone);
    assert_eq!(c.status, Status::Fail, "{c:?}");
    assert!(
        c.evidence.starts_with(
            "the default location loc-gone does not exist; no default legal entity is set"
        ),
        "{c:?}"
    );
    assert!(c.fix.unwrap().contains("Settings > Account"));
}

#[test]
fn every_entity_in_the_default_location() {
    let r = reference([None, Some("br-1")]);
    let all = [members("loc-syd", "Sydney Warehouse", BOTH)];
    let ok = in_default_location(&r, &all);
    assert_eq!(ok.status, Status::Pass, "{ok:?}");
    assert_eq!(
        ok.evidence,
        "all 2 legal entities are in \"Sydney Warehouse\""
    );
    // Southern is in another location, not the default one.
    let some = [
        members("loc-syd", "Sydney Warehouse", &["le-harbour"]),
        members("loc-mel", "Melbourne Office", &["le-southern"]),
    ];
    assert_blocks(
        &in_default_location(&r, &some),
        "\"Southern Cross Construction\" not in \"Sydney Warehouse\": their people get wrong role information",
        "in Flare, add \"Southern Cross Construction\" to the location \"Sydney Warehouse\"",
    );
    // The default location is gone: nothing holds the entities.
    let c = in_default_location(&r, &[members("loc-mel", "Melbourne Office", BOTH)]);
    assert_eq!(c.status, Status::Fail, "{c:?}");
    assert!(c.evidence.contains("see flare.account_defaults"), "{c:?}");
}

#[test]
fn every_entity_in_the_pay_group_named_in_the_settings() {
    let r = reference([None, Some("br-1")]);
    // Flare's names are matched without regard to case.
    let ok = in_pay_group(&r, &[group("jobadder", BOTH)], FLARE_PAY_GROUP);
    assert_eq!(ok.status, Status::Pass, "{ok:?}");
    assert_blocks(
        &in_pay_group(&r, &[group("JobAdder", &["le-southern"])], FLARE_PAY_GROUP),
        "\"Harbour Logistics Pty Ltd\" not in the pay group \"JobAdder\"",
        "in Flare, add \"Harbour Logistics Pty Ltd\" to the pay group \"JobAdder\"",
    );
    let none = in_pay_group(&r, &[group("Casuals", BOTH)], FLARE_PAY_GROUP);
    assert_eq!(none.status, Status::Fail, "{none:?}");
    assert_eq!(
        none.evidence,
        "no pay group \"JobAdder\" (there are: Casuals)"
    );
    assert!(none.fix.unwrap().contains("pay_group = "));
    let empty = in_pay_group(&r, &[], "Casuals");
    assert!(empty.evidence.ends_with("(there are: none)"), "{empty:?}");
}

#[test]
fn dynamic_branding_passes_and_each_fallback_warns() {
    let dynamic = brands(&reference([None, Some("br-1")]));
    assert_eq!(dynamic.status, Status::Pass, "{dynamic:?}");
    // The seed's way round: the default entity branded, the other not.
    let seeded = brands(&reference([Some("br-1"), None]));
    assert_eq!(seeded.status, Status::Warn, "{seeded:?}");
    assert_eq!(
        seeded.evidence,
        "\"Southern Cross Construction\" has no brand and gets the default brand; \
         the default entity \"Harbour Logistics Pty Ltd\" has a brand of its own"
    );
    assert!(seeded.fix.unwrap().contains("Enterprise > Entities"));
    let unbranded = brands(&reference([None, None]));
    assert_eq!(unbranded.status, Status::Warn, "{unbranded:?}");
    let all = brands(&reference([Some("br-1"), Some("br-2")]));
    assert_eq!(all.status, Status::Warn, "{all:?}");
    assert!(all.evidence.starts_with("the default entity"), "{all:?}");
    let mut one = reference([Some("br-1"), None]);
    one.legal_entities.truncate(1);
    assert_eq!(brands(&one).status, Status::Pass);
}

fn probe(ledger: LedgerSummary) -> Probe {
    Probe {
        slug: "acme".into(),
        http: Http::default(),
        access: Err(Error::failure("not used")),
        pay_group: FLARE_PAY_GROUP.into(),
        cost_centre_field: FLARE_COST_CENTRE_FIELD.into(),
        jobadder: None,
        since: "2026-03-01T00:00:00Z".into(),
        ledger,
    }
}

fn placement(id: i64, site: &str, company: &str, cost_centre: Option<&str>) -> Placement {
    let custom: Vec<serde_json::Value> = cost_centre
        .map(|c| vec![serde_json::json!({"name": FLARE_COST_CENTRE_FIELD, "value": c})])
        .unwrap_or_default();
    serde_json::from_value(serde_json::json!({
        "placementId": id,
        "candidate": {"candidateId": id},
        "company": {"name": company},
        "workplaceAddress": {"name": site},
        "custom": custom,
    }))
    .unwrap()
}

#[test]
fn mapping_coverage_names_fallbacks_and_placements_without_a_cost_centre() {
    let p = probe(LedgerSummary::default());
    let r = reference([None, Some("br-1")]);
    let cover = |list: Vec<Placement>| mapping_coverage(&p, &r, Some(Ok(list))).unwrap();
    const HARBOUR: &str = "Harbour Logistics Pty Ltd";

    // No JobAdder link: nothing to cover, no check.
    assert!(mapping_coverage(&p, &r, None).is_none());
    let none = cover(Vec::new());
    assert_eq!(none.status, Status::Pass, "{none:?}");

    let ok = cover(vec![
        placement(1, "Sydney Warehouse", HARBOUR, Some("CC-100")),
        placement(2, "Melbourne Office", HARBOUR, Some("CC-200")),
    ]);
    assert_eq!(ok.status, Status::Pass, "{ok:?}");
    assert_eq!(
        ok.evidence,
        "all 2 placements of the last 30 days map without a default"
    );

    // Names that all match, but one placement without a cost centre
    // and one with an empty one: the cost centre alone warns.
    let blank = cover(vec![
        placement(1, "Sydney Warehouse", HARBOUR, Some("CC-100")),
        placement(2, "Sydney Warehouse", HARBOUR, None),
        placement(3, "Sydney Warehouse", HARBOUR, Some("  ")),
    ]);
    assert_eq!(blank.status, Status::Warn, "{blank:?}");
    assert_eq!(
        blank.evidence,
        "3 placements in 30 days: 2 without \"Flare \u{2013} Cost Centre\""
    );
    let fix = blank.fix.unwrap();
    assert!(
        fix.starts_with(
            "`atslink flare mapping --org acme --since 2026-03-01T00:00:00Z` lists every name"
        ) && fix.contains("a company or \"Flare \u{2013} Cost Centre\"")
            && fix.ends_with("fill in what is missing on those placements in JobAdder"),
        "{fix}"
    );

    // A workplace and a company that match nothing fall back.
    let fallback = cover(vec![
        placement(1, "Perth Depot", "Generated Labour Hire", Some("CC-100")),
        placement(2, "Sydney Warehouse", HARBOUR, None),
    ]);
    assert_eq!(fallback.status, Status::Warn, "{fallback:?}");
    assert_eq!(
        fallback.evidence,
        "2 placements in 30 days: workplaces \"Perth Depot\" fall back; \
         companies \"Generated Labour Hire\" fall back; 1 without \"Flare \u{2013} Cost Centre\""
    );

    // JobAdder could not list them: unknown, never a pass.
    let down = mapping_coverage(
        &p,
        &r,
        Some(Err(Error::unavailable("JobAdder could not be reached"))),
    )
    .unwrap();
    assert_eq!(down.status, Status::Unknown, "{down:?}");
    assert_eq!(down.evidence, "JobAdder could not be reached");
}

/// A placement with no workplace address, or no company, takes the
/// account default as surely as one whose name matches nothing: not
/// "maps without a default".
#[test]
fn a_placement_without_a_workplace_or_company_falls_back_too() {
    let p = probe(LedgerSummary::default());
    let r = reference([None, Some("br-1")]);
    let mut bare = placement(1, "", "", Some("CC-100"));
    bare.workplace_address = None;
    bare.company = None;
    let alone = mapping_coverage(&p, &r, Some(Ok(vec![bare.clone()]))).unwrap();
    assert_eq!(alone.status, Status::Warn, "{alone:?}");
    assert_eq!(
        alone.evidence,
        "1 placement in 30 days: 1 without a workplace address falls back to \"Sydney Warehouse\"; \
         1 without a company falls back to \"Harbour Logistics Pty Ltd\""
    );
    let blank = placement(2, " ", "Harbour Logistics Pty Ltd", Some("CC-100"));
    let c = mapping_coverage(&p, &r, Some(Ok(vec![bare, blank]))).unwrap();
    assert_eq!(c.status, Status::Warn, "{c:?}");
    assert_eq!(
        c.evidence,
        "2 placements in 30 days: 2 without a workplace address fall back to \"Sydney Warehouse\"; \
         1 without a company falls back to \"Harbour Logistics Pty Ltd\""
    );
    assert!(c.fix.unwrap().contains("atslink flare mapping --org acme"));
}

#[test]
fn the_ledger_passes_without_failures_and_warns_with_the_diagnose_command() {
    let quiet = ledger(&probe(LedgerSummary::default()));
    assert_eq!(quiet.status, Status::Pass, "{quiet:?}");
    assert!(
        quiet
            .evidence
            .ends_with("no candidate has arrived in Flare through atslink yet"),
        "{quiet:?}"
    );
    let failing = LedgerSummary {
        attempts: 3,
        failures: 1,
        last_failure_at: Some(time::macros::datetime!(2026-03-20 01:00 UTC)),
        last_failure: Some("Flare refused the person (400)".into()),
        last_failure_candidate: Some(30002),
        last_created_at: Some(time::macros::datetime!(2026-03-19 01:00 UTC)),
    };
    let c = ledger(&probe(failing.clone()));
    assert_eq!(c.status, Status::Warn, "{c:?}");
    assert_eq!(
        c.evidence,
        "1 of 3 pushes failed in 30 days, latest at 2026-03-20T01:00:00Z: \
         Flare refused the person (400); a candidate last arrived in Flare at 2026-03-19T01:00:00Z"
    );
    assert_eq!(
        c.fix.as_deref(),
        Some("atslink flare diagnose --org acme --candidate 30002")
    );
    let anonymous = LedgerSummary {
        last_failure_candidate: None,
        ..failing
    };
    assert_eq!(
        ledger(&probe(anonymous)).fix.as_deref(),
        Some("atslink flare diagnose --org acme")
    );
}

#[test]
fn the_link_passes_fails_with_the_relink_and_is_unknown_when_unreachable() {
    assert_eq!(
        link("acme", Ok(("fl-1", "Acme"))).evidence,
        "account fl-1 (Acme)"
    );
    let refused = link("acme", Err(&ClientError::Unauthorized("key".into())));
    assert_eq!(refused.status, Status::Fail, "{refused:?}");
    assert_eq!(
        refused.fix.as_deref(),
        Some("check the key: `atslink integration relink flare --org acme --api-key-stdin`")
    );
    let down = link("acme", Err(&ClientError::Unavailable("503".into())));
    assert_eq!(down.status, Status::Unknown, "{down:?}");
    let locked = link_access_failed("acme", &Error::unavailable("store busy"));
    assert_eq!(locked.status, Status::Unknown, "{locked:?}");
    let broken = link_access_failed("acme", &Error::failure("the link is broken"));
    assert_eq!(broken.status, Status::Fail, "{broken:?}");
    assert_eq!(
        broken.fix.as_deref(),
        Some("atslink integration relink flare --org acme")
    );
}
