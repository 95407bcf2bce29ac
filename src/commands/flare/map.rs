//! The JobAdder → Flare mapping rules, exactly as Flare's JobAdder FAQ
//! states them. Pure functions: no network, easy to test.
//!
//! - Location: the placement's workplace address name matched to a Flare
//!   location name (trimmed, case-insensitive); no match → the account's
//!   default location, with a warning naming both.
//! - Legal entity: the placement's company name matched to a Flare legal
//!   entity; no match → the account default, with a warning.
//! - Cost centre: the placement custom field "Flare – Cost Centre" (name
//!   configurable; hyphen and en dash alike); absent → blank, with a warning.
//! - Brand: the legal entity's own brand when it has one, otherwise the
//!   account's default brand.
//! - Names, email, mobile, job title and start date from the candidate and
//!   placement; a candidate without a placement carries what it has.

use serde::Serialize;

use crate::providers::flare::{NewPerson, Reference, Source};
use crate::providers::jobadder::{Candidate, Placement};

/// How one Flare field was decided.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    /// The JobAdder value looked up (workplace name, company name, …).
    pub from: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    /// `matched`, `default`, `legal_entity` (brand), or `blank`.
    pub how: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Mapped {
    #[serde(skip)]
    pub person: NewPerson,
    pub location: Choice,
    pub legal_entity: Choice,
    pub brand: Choice,
    pub cost_centre: Choice,
    pub warnings: Vec<String>,
}

/// Names compare trimmed, case-insensitively, with any dash as a hyphen and
/// runs of spaces as one.
pub fn normalise(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The cost centre custom field's value, if the placement has it.
pub fn cost_centre_value(placement: &Placement, field: &str) -> Option<String> {
    let want = normalise(field);
    placement
        .custom
        .iter()
        .find(|c| c.name.as_deref().is_some_and(|n| normalise(n) == want))
        .and_then(|c| match &c.value {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => {
                Some(s.trim().to_string())
            }
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
}

pub fn map(
    candidate: &Candidate,
    placement: Option<&Placement>,
    reference: &Reference,
    cost_centre_field: &str,
) -> Mapped {
    let defaults = &reference.account.defaults;
    let mut warnings = Vec::new();
    let location_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| reference.locations.iter().find(|l| &l.location_id == id))
            .map(|l| l.name.clone())
    };
    let entity_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| {
                reference
                    .legal_entities
                    .iter()
                    .find(|l| &l.legal_entity_id == id)
            })
            .map(|l| l.name.clone())
    };

    let workplace = placement
        .and_then(|p| p.workplace_address.as_ref())
        .and_then(|a| a.name.clone())
        .filter(|n| !n.trim().is_empty());
    let location = match workplace.as_deref().and_then(|w| {
        reference
            .locations
            .iter()
            .find(|l| normalise(&l.name) == normalise(w))
    }) {
        Some(l) => Choice {
            from: workplace.clone(),
            id: Some(l.location_id.clone()),
            name: Some(l.name.clone()),
            how: "matched",
        },
        None => {
            let name = location_name(&defaults.location_id);
            warnings.push(match &workplace {
                Some(w) => format!(
                    "workplace \"{w}\" matches no Flare location; using the default location \"{}\"",
                    name.as_deref().unwrap_or("(none set)")
                ),
                None => format!(
                    "no workplace address{}; using the default location \"{}\"",
                    if placement.is_none() { " (no placement)" } else { "" },
                    name.as_deref().unwrap_or("(none set)")
                ),
            });
            Choice {
                from: workplace.clone(),
                id: defaults.location_id.clone(),
                name,
                how: "default",
            }
        }
    };

    let company = placement
        .and_then(|p| p.company.as_ref())
        .and_then(|c| c.name.clone())
        .filter(|n| !n.trim().is_empty());
    let matched_entity = company.as_deref().and_then(|c| {
        reference
            .legal_entities
            .iter()
            .find(|e| normalise(&e.name) == normalise(c))
    });
    let legal_entity = match matched_entity {
        Some(e) => Choice {
            from: company.clone(),
            id: Some(e.legal_entity_id.clone()),
            name: Some(e.name.clone()),
            how: "matched",
        },
        None => {
            let name = entity_name(&defaults.legal_entity_id);
            warnings.push(match &company {
                Some(c) => format!(
                    "company \"{c}\" matches no Flare legal entity; using the default legal entity \"{}\"",
                    name.as_deref().unwrap_or("(none set)")
                ),
                None => format!(
                    "no company{}; using the default legal entity \"{}\"",
                    if placement.is_none() { " (no placement)" } else { "" },
                    name.as_deref().unwrap_or("(none set)")
                ),
            });
            Choice {
                from: company.clone(),
                id: defaults.legal_entity_id.clone(),
                name,
                how: "default",
            }
        }
    };

    let entity_brand = legal_entity.id.as_ref().and_then(|id| {
        reference
            .legal_entities
            .iter()
            .find(|e| &e.legal_entity_id == id)
            .and_then(|e| e.brand_id.clone())
    });
    let brand_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| reference.brands.iter().find(|b| &b.brand_id == id))
            .map(|b| b.name.clone())
    };
    let brand = match entity_brand {
        Some(b) => Choice {
            from: legal_entity.name.clone(),
            name: brand_name(&Some(b.clone())),
            id: Some(b),
            how: "legal_entity",
        },
        None => Choice {
            from: legal_entity.name.clone(),
            id: defaults.brand_id.clone(),
            name: brand_name(&defaults.brand_id),
            how: "default",
        },
    };

    let cc = placement.and_then(|p| cost_centre_value(p, cost_centre_field));
    let cost_centre = match &cc {
        Some(v) => {
            if !reference
                .cost_centres
                .iter()
                .any(|c| normalise(&c.code) == normalise(v))
            {
                warnings.push(format!(
                    "cost centre \"{v}\" is not one of Flare's cost centres; sent as given"
                ));
            }
            Choice {
                from: Some(v.clone()),
                id: Some(v.clone()),
                name: None,
                how: "matched",
            }
        }
        None => {
            warnings.push(format!(
                "no \"{cost_centre_field}\" value{}; cost centre left blank",
                placement
                    .map(|p| format!(" on placement {}", p.placement_id))
                    .unwrap_or_else(|| " (no placement)".into())
            ));
            Choice {
                from: None,
                id: None,
                name: None,
                how: "blank",
            }
        }
    };

    let person = NewPerson {
        first_name: candidate
            .first_name
            .clone()
            .or_else(|| placement.and_then(|p| p.candidate.first_name.clone()))
            .unwrap_or_default(),
        last_name: candidate
            .last_name
            .clone()
            .or_else(|| placement.and_then(|p| p.candidate.last_name.clone()))
            .unwrap_or_default(),
        email: candidate
            .email
            .clone()
            .or_else(|| placement.and_then(|p| p.candidate.email.clone()))
            .unwrap_or_default(),
        mobile: candidate.mobile.clone().or(candidate.phone.clone()),
        job_title: placement.and_then(|p| p.job_title.clone()),
        start_date: placement.and_then(|p| p.start_date.clone()),
        status: "candidate",
        location_id: location.id.clone(),
        legal_entity_id: legal_entity.id.clone(),
        brand_id: brand.id.clone(),
        cost_centre: cc,
        source: Source {
            system: "jobadder",
            candidate_id: candidate.candidate_id,
            placement_id: placement.map(|p| p.placement_id),
            reference: None,
        },
    };
    Mapped {
        person,
        location,
        legal_entity,
        brand,
        cost_centre,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::flare::{
        AccountDetail, Brand, CostCentre, Defaults, LegalEntity, Location,
    };

    fn reference() -> Reference {
        Reference {
            account: AccountDetail {
                account_id: "a".into(),
                name: "A".into(),
                defaults: Defaults {
                    location_id: Some("loc-syd".into()),
                    legal_entity_id: Some("le-h".into()),
                    brand_id: Some("br-main".into()),
                },
            },
            locations: vec![
                Location {
                    location_id: "loc-syd".into(),
                    name: "Sydney Warehouse".into(),
                },
                Location {
                    location_id: "loc-mel".into(),
                    name: "Melbourne Office".into(),
                },
            ],
            legal_entities: vec![
                LegalEntity {
                    legal_entity_id: "le-h".into(),
                    name: "Harbour Pty Ltd".into(),
                    brand_id: None,
                },
                LegalEntity {
                    legal_entity_id: "le-s".into(),
                    name: "Southern Cross".into(),
                    brand_id: Some("br-trades".into()),
                },
            ],
            brands: vec![
                Brand {
                    brand_id: "br-main".into(),
                    name: "Main".into(),
                },
                Brand {
                    brand_id: "br-trades".into(),
                    name: "Trades".into(),
                },
            ],
            cost_centres: vec![CostCentre {
                cost_centre_id: "cc1".into(),
                code: "CC-100".into(),
                name: None,
            }],
        }
    }

    fn candidate() -> Candidate {
        serde_json::from_value(serde_json::json!({
            "candidateId": 1, "firstName": "Mia", "lastName": "Nguyen",
            "email": "mia@example.com", "mobile": "+61 400"
        }))
        .unwrap()
    }

    fn placement(site: &str, company: &str, field: Option<(&str, &str)>) -> Placement {
        let custom: Vec<serde_json::Value> = field
            .map(|(n, v)| vec![serde_json::json!({"name": n, "value": v})])
            .unwrap_or_default();
        serde_json::from_value(serde_json::json!({
            "placementId": 9, "jobTitle": "Supervisor",
            "candidate": {"candidateId": 1, "firstName": "Mia", "lastName": "Nguyen", "email": "mia@example.com"},
            "company": {"name": company}, "workplaceAddress": {"name": site},
            "startDate": "2026-04-01", "custom": custom
        }))
        .unwrap()
    }

    const FIELD: &str = "Flare \u{2013} Cost Centre";

    #[test]
    fn everything_matches() {
        let p = placement(
            "  sydney WAREHOUSE ",
            "Southern  Cross",
            Some(("Flare - Cost Centre", "CC-100")),
        );
        let m = map(&candidate(), Some(&p), &reference(), FIELD);
        assert_eq!(m.location.id.as_deref(), Some("loc-syd"));
        assert_eq!(m.location.how, "matched");
        assert_eq!(m.legal_entity.id.as_deref(), Some("le-s"));
        assert_eq!(
            m.brand.id.as_deref(),
            Some("br-trades"),
            "the entity's own brand"
        );
        assert_eq!(m.brand.how, "legal_entity");
        assert_eq!(
            m.person.cost_centre.as_deref(),
            Some("CC-100"),
            "hyphen matches en dash"
        );
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        assert_eq!(m.person.job_title.as_deref(), Some("Supervisor"));
        assert_eq!(m.person.start_date.as_deref(), Some("2026-04-01"));
        assert_eq!(m.person.status, "candidate");
    }

    #[test]
    fn misses_fall_back_with_warnings() {
        let p = placement("Darwin Depot", "Unknown Co", None);
        let m = map(&candidate(), Some(&p), &reference(), FIELD);
        assert_eq!(m.location.id.as_deref(), Some("loc-syd"));
        assert_eq!(m.location.how, "default");
        assert!(
            m.warnings[0].contains("\"Darwin Depot\"")
                && m.warnings[0].contains("\"Sydney Warehouse\"")
        );
        assert_eq!(m.legal_entity.id.as_deref(), Some("le-h"));
        assert!(
            m.warnings[1].contains("\"Unknown Co\"")
                && m.warnings[1].contains("\"Harbour Pty Ltd\"")
        );
        assert_eq!(
            m.brand.id.as_deref(),
            Some("br-main"),
            "the default brand for an entity without one"
        );
        assert_eq!(m.person.cost_centre, None);
        assert!(m.warnings[2].contains("cost centre left blank"));
    }

    #[test]
    fn a_candidate_without_a_placement() {
        let m = map(&candidate(), None, &reference(), FIELD);
        assert_eq!(m.person.email, "mia@example.com");
        assert_eq!(m.person.mobile.as_deref(), Some("+61 400"));
        assert_eq!(m.person.job_title, None);
        assert_eq!(m.location.how, "default");
        assert_eq!(m.warnings.len(), 3);
    }

    #[test]
    fn unknown_cost_centre_is_sent_with_a_warning() {
        let p = placement(
            "Sydney Warehouse",
            "Harbour Pty Ltd",
            Some((FIELD, "CC-999")),
        );
        let m = map(&candidate(), Some(&p), &reference(), FIELD);
        assert_eq!(m.person.cost_centre.as_deref(), Some("CC-999"));
        assert_eq!(m.warnings.len(), 1);
        assert!(m.warnings[0].contains("CC-999"));
    }
}
