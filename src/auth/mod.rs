//! OAuth plumbing shared by the linking commands: random state and PKCE,
//! the loopback callback listener, opening the browser, and the stored
//! token set of a link.

pub mod browser;
pub mod jobadder_call;
pub mod loopback;
pub mod oauth;
pub mod pkce;
pub mod refresh;
pub mod tokens;
