//! `flare mapping`: the proactive view for an onboarding call. The
//! workplace and company names of recent JobAdder placements against
//! Flare's locations and legal entities: which match, which fall back to a
//! default, and which legal entities have no brand.

use serde::Serialize;

use super::{Session, org};
use crate::cli::FlareMappingArgs;
use crate::clock;
use crate::context::Context;
use crate::error::Result;
use crate::flare::mapping::{NameRow, coverage};
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
        ],
    }
}
