//! End-to-end tests of the real `atslink` binary in sealed temporary homes.
//! One test binary (modules below) keeps link time down.

mod assets;
mod config;
mod credentials;
mod demo;
mod harness;
mod licence;
mod org;
mod output;
mod provider;
mod sandbox;
mod scan;
mod state;
