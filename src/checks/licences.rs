//! The organisation and its licences, from the state store alone.
//!
//! Not checked yet: users waiting with no seat (launches refused for no
//! licence in the last 7 days) needs the launch endpoint's records.

use super::Check;
use crate::state::SeatSummary;

pub fn check(slug: &str, seats: &SeatSummary, managers: &[String]) -> Vec<Check> {
    let mut out = Vec::new();
    out.push(match managers {
        [] => Check::fail(
            "licences.managers",
            "no admin or manager: nobody can manage licences or relink",
            format!("atslink licence assign EMAIL --role admin --org {slug}"),
        ),
        [one] => Check::pass("licences.managers", format!("1 admin or manager: {one}")),
        many => Check::pass(
            "licences.managers",
            format!("{} admins or managers: {}", many.len(), many.join(", ")),
        ),
    });
    if seats.seats <= 0 {
        out.push(Check::fail(
            "licences.seats",
            "no seats bought: every user is refused a licence",
            format!("atslink licence seats N --org {slug}"),
        ));
        return out;
    }
    out.push(Check::pass(
        "licences.seats",
        format!("{} seats bought", seats.seats),
    ));
    let used = format!("{} of {} seats in use", seats.used, seats.seats);
    out.push(if seats.over_allocated > 0 {
        Check::warn(
            "licences.pool",
            format!(
                "{used}: {} over the pool after the seats were reduced",
                seats.over_allocated
            ),
            format!("buy the seats back (`atslink licence seats N --org {slug}`) or disable users (`atslink licence disable EMAIL --org {slug}`)"),
        )
    } else if seats.available == 0 {
        Check::warn(
            "licences.pool",
            format!("{used}: the next new user gets no licence"),
            format!("buy more seats (`atslink licence seats N --org {slug}`) or free one with `atslink licence disable EMAIL --org {slug}`"),
        )
    } else {
        Check::pass(
            "licences.pool",
            format!("{used}, {} available", seats.available),
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Status;

    fn status(checks: &[Check], id: &str) -> Status {
        checks.iter().find(|c| c.id == id).unwrap().status
    }

    #[test]
    fn states() {
        let ok = check("a", &SeatSummary::new(5, 2), &["x@a".into()]);
        assert!(ok.iter().all(|c| c.status == Status::Pass), "{ok:?}");
        let full = check("a", &SeatSummary::new(2, 2), &[]);
        assert_eq!(status(&full, "licences.managers"), Status::Fail);
        assert_eq!(status(&full, "licences.pool"), Status::Warn);
        let over = check("a", &SeatSummary::new(1, 3), &["x@a".into()]);
        assert_eq!(status(&over, "licences.pool"), Status::Warn);
        assert!(over[2].evidence.contains("2 over"), "{over:?}");
        let none = check("a", &SeatSummary::new(0, 0), &["x@a".into()]);
        assert_eq!(status(&none, "licences.seats"), Status::Fail);
        assert!(none.iter().all(|c| c.id != "licences.pool"));
    }
}
