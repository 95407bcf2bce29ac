//! `flare mapping`: the proactive view for an onboarding call. The
//! workplace and company names of recent JobAdder placements against
//! Flare's locations and legal entities: which match, which fall back to a
//! default, which legal entities have no brand, and which placements lack
//! a workplace address, a company or the cost centre field (`org check`'s
//! `flare.mapping_coverage` sends here for each).

use serde::Serialize;

use super::{Session, org};
use crate::cli::FlareMappingArgs;
use crate::clock;
use crate::context::Context;
use crate::error::Result;
use crate::flare::mapping::{Missing, NameRow, coverage};
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
    /// Placements missing a workplace address, a company or the cost
    /// centre field: the first two fall back to the defaults, the last
    /// reaches Flare without a cost centre.
    incomplete_placements: Vec<Incomplete>,
}

#[derive(Serialize)]
struct Incomplete {
    placement_id: i64,
    candidate_id: i64,
    candidate: String,
    /// `workplace address`, `company`, the cost centre field's name (quoted).
    missing: Vec<String>,
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
        incomplete_placements: placements
            .iter()
            .map(|p| (p, Missing::of(p, &s.cost_centre_field)))
            .filter(|(_, m)| m.any())
            .map(|(p, m)| Incomplete {
                placement_id: p.placement_id,
                candidate_id: p.candidate.candidate_id,
                candidate: full_name(&p.candidate),
                missing: m.names(&s.cost_centre_field),
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
    let mut incomplete = Listing::new(&["placement", "candidate", "missing"]);
    for u in &d.incomplete_placements {
        incomplete.row(vec![
            u.placement_id.to_string(),
            format!("{} ({})", u.candidate, u.candidate_id),
            u.missing.join(", "),
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
                "Placements missing a workplace, company or cost centre (set them in JobAdder)"
                    .into(),
                incomplete,
            ),
        ],
    }
}
