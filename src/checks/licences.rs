//! The organisation and its licences, from the state store alone: its
//! managers, its seats, and the users `serve` refused for want of one.

use super::Check;
use crate::state::SeatSummary;

/// How far back refused launches count as users waiting for a seat.
pub const WAITING_DAYS: i64 = 7;

/// Launches refused for no licence in the last `WAITING_DAYS`, by users
/// who still hold no seat.
#[derive(Debug, Clone, Copy, Default)]
pub struct Waiting {
    pub refused: i64,
    pub users: i64,
}

pub fn check(slug: &str, seats: &SeatSummary, managers: &[String], w: Waiting) -> Vec<Check> {
    let mut out = vec![waiting(slug, seats, w)];
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

/// Users who pressed the button and were refused: how many seats would
/// let them all in.
fn waiting(slug: &str, seats: &SeatSummary, w: Waiting) -> Check {
    const ID: &str = "licences.waiting";
    if w.refused == 0 {
        return Check::pass(
            ID,
            format!("no launch refused for no licence in {WAITING_DAYS} days"),
        );
    }
    let plural = |n: i64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let evidence = format!(
        "{} refused for no licence in the last {WAITING_DAYS} days, by {} still without a seat",
        plural(w.refused, "launch", "launches"),
        plural(w.users, "user", "users"),
    );
    // Seats freed since (disabled users, seats bought): their next click
    // takes one, and fewer seats is no fix.
    if seats.available >= w.users {
        return Check::pass(
            ID,
            format!(
                "{evidence}; {} free now: they get one at their next click",
                plural(seats.available, "seat is", "seats are")
            ),
        );
    }
    Check::warn(
        ID,
        evidence,
        format!(
            "atslink licence seats {} --org {slug}",
            seats.used + w.users
        ),
    )
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
        let none_waiting = Waiting::default();
        let ok = check("a", &SeatSummary::new(5, 2), &["x@a".into()], none_waiting);
        assert!(ok.iter().all(|c| c.status == Status::Pass), "{ok:?}");
        let full = check("a", &SeatSummary::new(2, 2), &[], none_waiting);
        assert_eq!(status(&full, "licences.managers"), Status::Fail);
        assert_eq!(status(&full, "licences.pool"), Status::Warn);
        let over = check("a", &SeatSummary::new(1, 3), &["x@a".into()], none_waiting);
        assert_eq!(status(&over, "licences.pool"), Status::Warn);
        let pool = over.iter().find(|c| c.id == "licences.pool").unwrap();
        assert!(pool.evidence.contains("2 over"), "{over:?}");
        let none = check("a", &SeatSummary::new(0, 0), &["x@a".into()], none_waiting);
        assert_eq!(status(&none, "licences.seats"), Status::Fail);
        assert!(none.iter().all(|c| c.id != "licences.pool"));
        // Two users waiting beside three seats in use: five seats let all in.
        let w = Waiting {
            refused: 3,
            users: 2,
        };
        let waiting = check("a", &SeatSummary::new(3, 3), &["x@a".into()], w);
        let c = waiting.iter().find(|c| c.id == "licences.waiting").unwrap();
        assert_eq!(c.status, Status::Warn);
        assert_eq!(c.fix.as_deref(), Some("atslink licence seats 5 --org a"));
        assert!(c.evidence.contains("3 launches") && c.evidence.contains("2 users"));
        // Seats freed since the refusals: no seats to buy (nor to drop).
        let freed = check("a", &SeatSummary::new(5, 3), &["x@a".into()], w);
        assert_eq!(
            status(&freed, "licences.waiting"),
            Status::Pass,
            "{freed:?}"
        );
    }
}
