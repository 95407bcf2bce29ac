//! Mapping coverage: how the workplace and company names of JobAdder
//! placements meet Flare's locations and legal entities (matched, or
//! falling back to a default). `flare mapping` shows it; `org check`'s
//! `flare.mapping_coverage` judges it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::map::normalise;
use crate::providers::flare::Reference;
use crate::providers::jobadder::Placement;

#[derive(Debug, Serialize)]
pub struct NameRow {
    /// The JobAdder name.
    pub name: String,
    pub placements: usize,
    /// The Flare record it maps to.
    pub flare: Option<String>,
    /// `matched` or `default`.
    pub how: &'static str,
}

/// The workplace and company names of placements against Flare's
/// locations and legal entities: what this command shows, and what
/// `org check` summarises as mapping coverage.
pub struct Coverage {
    pub locations: Vec<NameRow>,
    pub legal_entities: Vec<NameRow>,
    pub default_location: Option<String>,
    pub default_legal_entity: Option<String>,
}

/// What a placement lacks that the mapping reads: with no workplace
/// address or company name it takes the account default as surely as a
/// name that matches nothing; without the cost centre field its person
/// reaches Flare with none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Missing {
    pub workplace: bool,
    pub company: bool,
    pub cost_centre: bool,
}

impl Missing {
    pub fn of(p: &Placement, cost_centre_field: &str) -> Missing {
        let blank = |n: Option<&String>| n.is_none_or(|n| n.trim().is_empty());
        Missing {
            workplace: blank(p.workplace_address.as_ref().and_then(|a| a.name.as_ref())),
            company: blank(p.company.as_ref().and_then(|c| c.name.as_ref())),
            cost_centre: super::map::cost_centre_value(p, cost_centre_field).is_none(),
        }
    }

    pub fn any(&self) -> bool {
        self.workplace || self.company || self.cost_centre
    }

    /// In words, the cost centre by its field's name.
    pub fn names(&self, cost_centre_field: &str) -> Vec<String> {
        [
            (self.workplace, "workplace address".to_string()),
            (self.company, "company".to_string()),
            (self.cost_centre, format!("\"{cost_centre_field}\"")),
        ]
        .into_iter()
        .filter_map(|(m, name)| m.then_some(name))
        .collect()
    }
}

pub fn coverage(placements: &[Placement], reference: &Reference) -> Coverage {
    let mut sites: BTreeMap<String, usize> = BTreeMap::new();
    let mut companies: BTreeMap<String, usize> = BTreeMap::new();
    // A blank name is no name: such a placement is listed as incomplete
    // (`Missing`), not as a "" row that falls back.
    let named = |n: Option<&String>| Some(n?.trim().to_string()).filter(|n| !n.is_empty());
    for p in placements {
        if let Some(n) = named(p.workplace_address.as_ref().and_then(|a| a.name.as_ref())) {
            *sites.entry(n).or_default() += 1;
        }
        if let Some(n) = named(p.company.as_ref().and_then(|c| c.name.as_ref())) {
            *companies.entry(n).or_default() += 1;
        }
    }
    let d = &reference.account.defaults;
    let default_location = d
        .location_id
        .as_ref()
        .and_then(|id| reference.locations.iter().find(|l| &l.location_id == id))
        .map(|l| l.name.clone());
    let default_entity = d
        .legal_entity_id
        .as_ref()
        .and_then(|id| {
            reference
                .legal_entities
                .iter()
                .find(|l| &l.legal_entity_id == id)
        })
        .map(|l| l.name.clone());
    let row = |name: String, n: usize, found: Option<String>, default: &Option<String>| match found
    {
        Some(f) => NameRow {
            name,
            placements: n,
            flare: Some(f),
            how: "matched",
        },
        None => NameRow {
            name,
            placements: n,
            flare: default.clone(),
            how: "default",
        },
    };
    let locations = sites
        .into_iter()
        .map(|(name, n)| {
            let found = reference
                .locations
                .iter()
                .find(|l| normalise(&l.name) == normalise(&name))
                .map(|l| l.name.clone());
            row(name, n, found, &default_location)
        })
        .collect();
    let legal_entities = companies
        .into_iter()
        .map(|(name, n)| {
            let found = reference
                .legal_entities
                .iter()
                .find(|e| normalise(&e.name) == normalise(&name))
                .map(|e| e.name.clone());
            row(name, n, found, &default_entity)
        })
        .collect();
    Coverage {
        locations,
        legal_entities,
        default_location,
        default_legal_entity: default_entity,
    }
}
