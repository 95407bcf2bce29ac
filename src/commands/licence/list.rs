use serde::Serialize;

use super::seats_line;
use crate::cli::LicenceListArgs;
use crate::clock;
use crate::context::{Context, org_from};
use crate::error::Result;
use crate::output::{Human, Listing, Output};
use crate::state::{Org, SeatSummary, User, UserFilter};

#[derive(Serialize)]
struct Data {
    organisation: String,
    seats: SeatSummary,
    users: Vec<User>,
}

pub fn run(ctx: &mut Context, args: LicenceListArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    // One snapshot: the users listed are those of the organisation named,
    // even if it is deleted (and its row id reused) while this reads.
    let (org, seats, users) = ctx.state()?.snapshot(|read| {
        let org = org_from(read, &slug)?;
        let seats = read.seat_summary(&org)?;
        let users = read.users(
            org.id,
            &UserFilter {
                licence: args.state,
                role: args.role,
            },
        )?;
        Ok((org, seats, users))
    })?;
    let data = Data {
        organisation: org.slug.clone(),
        seats,
        users,
    };
    Ok(Output::lazy(data, move |d| table(&org, d)).with_format(args.format.format))
}

fn table(org: &Org, d: Data) -> Human {
    let mut listing = Listing::new(&[
        "email",
        "name",
        "role",
        "licence",
        "source",
        "first access",
        "last access",
    ]);
    let over = d.seats.over_allocated;
    for u in &d.users {
        listing.row(vec![
            u.email.clone(),
            u.name.clone().unwrap_or_else(|| "-".into()),
            u.role.as_str().to_string(),
            u.licence.as_str().to_string(),
            u.source.as_str().to_string(),
            u.first_access.map_or_else(|| "-".into(), clock::format),
            u.last_access.map_or_else(|| "-".into(), clock::format),
        ]);
    }
    let mut summary = vec![seats_line(org, &d.seats)];
    if over > 0 {
        summary.push(format!(
            "{over} active user{} beyond the pool: disable some or raise it with `atslink licence seats`",
            if over == 1 { " is" } else { "s are" }
        ));
    }
    Human::Table { summary, listing }
}
