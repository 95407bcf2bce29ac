//! End-to-end tests of the real `atslink` binary in sealed temporary homes.
//! One test binary (modules below) keeps link time down.

mod assets;
mod browser;
mod check;
mod config;
mod credentials;
mod demo;
mod diagnose;
mod flare;
mod harness;
mod integration;
mod licence;
mod org;
mod output;
#[path = "../../src/state/test_server.rs"]
mod postgres;
mod provider;
mod sandbox;
mod scan;
mod secrets;
mod serve;
mod snapshots;
mod state;
mod team;
mod token;
mod webhooks;
