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

/// The FAQ's rules, one step per Flare field; each step may add a warning.
pub fn map(
    candidate: &Candidate,
    placement: Option<&Placement>,
    reference: &Reference,
    cost_centre_field: &str,
) -> Mapped {
    let mut warnings = Vec::new();
    let location = match_by_name(
        ByName::location(placement, reference),
        placement,
        &mut warnings,
    );
    let legal_entity = match_by_name(
        ByName::legal_entity(placement, reference),
        placement,
        &mut warnings,
    );
    let brand = map_brand(&legal_entity, reference);
    let cc = placement.and_then(|p| cost_centre_value(p, cost_centre_field));
    let cost_centre = map_cost_centre(
        cc.as_deref(),
        placement,
        reference,
        cost_centre_field,
        &mut warnings,
    );
    let person = person(candidate, placement, &location, &legal_entity, &brand, cc);
    Mapped {
        person,
        location,
        legal_entity,
        brand,
        cost_centre,
        warnings,
    }
}

/// A JobAdder name looked up among Flare's (location or legal entity):
/// `(id, name)` pairs, the account default's id, and how to say what it is.
struct ByName<'a> {
    from: Option<String>,
    options: Vec<(&'a str, &'a str)>,
    default_id: &'a Option<String>,
    /// "workplace" / "company".
    source: &'static str,
    /// "location" / "legal entity".
    target: &'static str,
}

impl<'a> ByName<'a> {
    /// The placement's workplace among Flare's locations.
    fn location(placement: Option<&Placement>, reference: &'a Reference) -> Self {
        let workplace = placement
            .and_then(|p| p.workplace_address.as_ref())
            .and_then(|a| a.name.clone());
        let options = reference.locations.iter();
        ByName {
            from: workplace,
            options: options
                .map(|l| (l.location_id.as_str(), l.name.as_str()))
                .collect(),
            default_id: &reference.account.defaults.location_id,
            source: "workplace",
            target: "location",
        }
    }

    /// The placement's company among Flare's legal entities.
    fn legal_entity(placement: Option<&Placement>, reference: &'a Reference) -> Self {
        let company = placement
            .and_then(|p| p.company.as_ref())
            .and_then(|c| c.name.clone());
        let options = reference.legal_entities.iter();
        ByName {
            from: company,
            options: options
                .map(|e| (e.legal_entity_id.as_str(), e.name.as_str()))
                .collect(),
            default_id: &reference.account.defaults.legal_entity_id,
            source: "company",
            target: "legal entity",
        }
    }
}

/// The rule location and legal entity share: an exact (normalised) name
/// match, else the account default, with a warning naming both.
fn match_by_name(
    by: ByName<'_>,
    placement: Option<&Placement>,
    warnings: &mut Vec<String>,
) -> Choice {
    let from = by.from.filter(|n| !n.trim().is_empty());
    if let Some((id, name)) = from.as_deref().and_then(|w| {
        by.options
            .iter()
            .find(|(_, n)| normalise(n) == normalise(w))
    }) {
        return Choice {
            from: from.clone(),
            id: Some(id.to_string()),
            name: Some(name.to_string()),
            how: "matched",
        };
    }
    let default_name = by.default_id.as_deref().and_then(|d| {
        by.options
            .iter()
            .find(|(id, _)| *id == d)
            .map(|(_, n)| n.to_string())
    });
    let shown = default_name.as_deref().unwrap_or("(none set)");
    warnings.push(match &from {
        Some(w) => format!(
            "{} \"{w}\" matches no Flare {}; using the default {} \"{shown}\"",
            by.source, by.target, by.target
        ),
        None => format!(
            "no {}{}; using the default {} \"{shown}\"",
            if by.source == "workplace" {
                "workplace address"
            } else {
                by.source
            },
            if placement.is_none() {
                " (no placement)"
            } else {
                ""
            },
            by.target
        ),
    });
    Choice {
        from,
        id: by.default_id.clone(),
        name: default_name,
        how: "default",
    }
}

/// The legal entity's own brand when it has one, else the account's.
fn map_brand(legal_entity: &Choice, reference: &Reference) -> Choice {
    let brand_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| reference.brands.iter().find(|b| &b.brand_id == id))
            .map(|b| b.name.clone())
    };
    let entity_brand = legal_entity.id.as_ref().and_then(|id| {
        reference
            .legal_entities
            .iter()
            .find(|e| &e.legal_entity_id == id)
            .and_then(|e| e.brand_id.clone())
    });
    match entity_brand {
        Some(b) => Choice {
            from: legal_entity.name.clone(),
            name: brand_name(&Some(b.clone())),
            id: Some(b),
            how: "legal_entity",
        },
        None => {
            let defaults = &reference.account.defaults;
            Choice {
                from: legal_entity.name.clone(),
                id: defaults.brand_id.clone(),
                name: brand_name(&defaults.brand_id),
                how: "default",
            }
        }
    }
}

/// The custom field's value, sent as given (with a warning when Flare does
/// not list it); blank, with a warning, when the placement has none.
fn map_cost_centre(
    value: Option<&str>,
    placement: Option<&Placement>,
    reference: &Reference,
    field: &str,
    warnings: &mut Vec<String>,
) -> Choice {
    let Some(v) = value else {
        warnings.push(format!(
            "no \"{field}\" value{}; cost centre left blank",
            placement
                .map(|p| format!(" on placement {}", p.placement_id))
                .unwrap_or_else(|| " (no placement)".into())
        ));
        return Choice {
            from: None,
            id: None,
            name: None,
            how: "blank",
        };
    };
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
        from: Some(v.to_string()),
        id: Some(v.to_string()),
        name: None,
        how: "matched",
    }
}

/// The person Flare is asked to create: the candidate's details (the
/// placement's copy where the candidate lacks one) and the choices made.
fn person(
    candidate: &Candidate,
    placement: Option<&Placement>,
    location: &Choice,
    legal_entity: &Choice,
    brand: &Choice,
    cost_centre: Option<String>,
) -> NewPerson {
    let from_placement = |f: fn(&Placement) -> Option<String>| placement.and_then(f);
    NewPerson {
        first_name: candidate
            .first_name
            .clone()
            .or_else(|| from_placement(|p| p.candidate.first_name.clone()))
            .unwrap_or_default(),
        last_name: candidate
            .last_name
            .clone()
            .or_else(|| from_placement(|p| p.candidate.last_name.clone()))
            .unwrap_or_default(),
        email: candidate
            .email
            .clone()
            .or_else(|| from_placement(|p| p.candidate.email.clone()))
            .unwrap_or_default(),
        mobile: candidate.mobile.clone().or(candidate.phone.clone()),
        job_title: from_placement(|p| p.job_title.clone()),
        start_date: from_placement(|p| p.start_date.clone()),
        status: "candidate",
        location_id: location.id.clone(),
        legal_entity_id: legal_entity.id.clone(),
        brand_id: brand.id.clone(),
        cost_centre,
        source: Source {
            system: "jobadder",
            candidate_id: candidate.candidate_id,
            placement_id: placement.map(|p| p.placement_id),
            reference: None,
        },
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
