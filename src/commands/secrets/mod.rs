//! `atslink secrets …`: the `database` credential store's master key.

pub mod rekey;
