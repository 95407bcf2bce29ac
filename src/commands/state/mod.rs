//! `atslink state …`: where the system of record lives, and moving a
//! single agent's SQLite home onto a team's PostgreSQL store.

pub mod migrate;
pub mod status;
