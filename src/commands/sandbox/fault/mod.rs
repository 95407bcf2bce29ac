pub mod add;
pub mod clear;
pub mod list;

use crate::output::Human;
use crate::sandbox::world::{Fault, FaultKind};

pub fn describe(k: &FaultKind) -> String {
    match k {
        FaultKind::Status { status } => format!("status {status}"),
        FaultKind::Latency { millis } => {
            format!("latency {}", super::human_duration((*millis / 1000) as i64))
        }
        FaultKind::Drop => "drop connection".into(),
        FaultKind::NextLink { url } => format!("next link {url}"),
    }
}

const COLUMNS: &[&str] = &["id", "path prefix", "fault", "remaining"];

pub fn table(rows: Vec<Fault>) -> Human {
    Human::table(COLUMNS, rows, |f| {
        vec![
            f.id.to_string(),
            f.prefix.clone(),
            describe(&f.kind),
            f.remaining.to_string(),
        ]
    })
}
