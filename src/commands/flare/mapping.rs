//! `flare mapping`: the proactive view for an onboarding call. The
//! workplace and company names of recent JobAdder placements against
//! Flare's locations and legal entities: which match, which fall back to a
//! default, which legal entities have no brand, and which placements lack
//! the cost centre field (`org check`'s `flare.mapping_coverage` sends
//! here for each).

use serde::Serialize;

use super::{Session, org};
use crate::cli::FlareMappingArgs;
use crate::clock;
use crate::context::Context;
use crate::error::Result;
use crate::flare::map::cost_centre_value;
use crate::flare::mapping::{NameRow, coverage};
use crate::flare::target::full_name;
use crate::output::{Human, Listing, Output};

#[derive(Serialize)]
struct Data {
    organisation: String,
    since: String,
    placements: usize,
    locations: Vec<NameRow>,
    legal_entities: Vec<NameRow>,
    /// Flare legal entities with no brand of their own (they get the default brand).
    entities_without_brand: Vec<String>,
    default_location: Option<String>,
    default_legal_entity: Option<String>,
    /// The placement custom field that holds the Flare cost centre.
    cost_centre_field: String,
    /// Placements without it: their people reach Flare with no cost centre.
    without_cost_centre: Vec<Unfilled>,
}

/// A placement whose cost centre field is missing or blank.
#[derive(Serialize)]
struct Unfilled {
    placement_id: i64,
    candidate_id: i64,
    candidate: String,
}

pub fn run(ctx: &mut Context, args: FlareMappingArgs) -> Result<Output> {
    let org = org(ctx)?;
    let since = args
        .since
        .unwrap_or_else(|| ctx.clock.now() - time::Duration::days(90));
    let mut s = Session::open(ctx, org)?;
    let reference = s
        .fl(|s, api, key| s.rt.block_on(s.fl.reference(api, key)))
        .map_err(|e| e.into_error("reading Flare's reference data"))?;
    let date = clock::format(since);
    let placements = s.all_placements(ctx, &[("CreatedAt", &format!(">={date}"))], 500)?;
    let c = coverage(&placements, &reference);
    let data = Data {
        organisation: s.org.slug.clone(),
        since: date,
        placements: placements.len(),
        locations: c.locations,
        legal_entities: c.legal_entities,
        entities_without_brand: reference
            .legal_entities
            .iter()
            .filter(|e| e.brand_id.is_none())
            .map(|e| e.name.clone())
            .collect(),
        default_location: c.default_location,
        default_legal_entity: c.default_legal_entity,
        without_cost_centre: placements
            .iter()
            .filter(|p| cost_centre_value(p, &s.cost_centre_field).is_none())
            .map(|p| Unfilled {
                placement_id: p.placement_id,
                candidate_id: p.candidate.candidate_id,
                candidate: full_name(&p.candidate),
            })
            .collect(),
        cost_centre_field: s.cost_centre_field.clone(),
    };
    Ok(Output::lazy(data, human))
}

fn human(d: Data) -> Human {
    let section = |rows: &[NameRow], kind: &str| {
        let mut l = Listing::new(&["jobadder name", "placements", "flare", "outcome"]);
        for r in rows {
            l.row(vec![
                r.name.clone(),
                r.placements.to_string(),
                r.flare.clone().unwrap_or_else(|| "(no default set)".into()),
                if r.how == "matched" {
                    "matched".into()
                } else {
                    format!("no {kind} of that name: falls back to the default")
                },
            ]);
        }
        l
    };
    let mut brandless = Listing::new(&["legal entity"]);
    for e in &d.entities_without_brand {
        brandless.row(vec![e.clone()]);
    }
    let mut unfilled = Listing::new(&["placement", "candidate"]);
    for u in &d.without_cost_centre {
        unfilled.row(vec![
            u.placement_id.to_string(),
            format!("{} ({})", u.candidate, u.candidate_id),
        ]);
    }
    Human::Record {
        fields: vec![
            ("organisation", d.organisation.clone()),
            (
                "placements",
                format!("{} created since {}", d.placements, d.since),
            ),
            (
                "default location",
                d.default_location.clone().unwrap_or_else(|| "-".into()),
            ),
            (
                "default entity",
                d.default_legal_entity.clone().unwrap_or_else(|| "-".into()),
            ),
        ],
        sections: vec![
            (
                "Workplaces → Flare locations".into(),
                section(&d.locations, "location"),
            ),
            (
                "Companies → Flare legal entities".into(),
                section(&d.legal_entities, "legal entity"),
            ),
            (
                "Legal entities without a brand (they get the default brand)".into(),
                brandless,
            ),
            (
                format!(
                    "Placements without \"{}\" (Flare gets no cost centre)",
                    d.cost_centre_field
                ),
                unfilled,
            ),
        ],
    }
}
