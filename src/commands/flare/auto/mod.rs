//! `atslink flare auto …`: automatic export switched on, off and shown.
//! The webhooks themselves are [`crate::flare::auto`]'s.

pub mod off;
pub mod on;
pub mod status;

pub use crate::flare::auto::*;
