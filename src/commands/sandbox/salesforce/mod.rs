//! `sandbox salesforce …`: the Salesforce org as Salesforce itself would
//! change it (and as `org check` reads it).

pub mod move_instance;
