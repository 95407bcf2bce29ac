//! More provider accounts than the seeded two: `atslink sandbox account
//! add`. Each customer of the platform has a JobAdder account (and maybe a
//! Salesforce org) of its own, and a JobAdder account linked to two
//! organisations is a finding of `org check` (`jobadder.account_shared`),
//! so load tests over many organisations need as many accounts. Each new
//! account has one administrator who may consent, and nothing else: no
//! candidates, placements or contacts.

use std::path::Path;

use serde::Serialize;

use super::world::{JaAccount, JaUser, Provider, SfOrg, SfUser, World, with_world};
use crate::error::{Error, Result};

/// At most this many accounts per command (the CLI's `--count` range too).
pub const MAX_NEW: u32 = 1000;

/// A new account and the administrator who can link it.
#[derive(Debug, Clone, Serialize)]
pub struct NewAccount {
    pub provider: &'static str,
    /// JobAdder account number or Salesforce org id.
    pub account: String,
    pub name: String,
    /// The administrator's email (JobAdder) or username (Salesforce).
    pub admin: String,
    pub admin_user_id: String,
}

/// Adds `count` JobAdder accounts or Salesforce orgs, each with one
/// administrator signing in with `password`; in one transaction.
pub fn add(
    world: &Path,
    provider: Provider,
    count: u32,
    password: &str,
) -> Result<Vec<NewAccount>> {
    if count == 0 || count > MAX_NEW {
        return Err(Error::usage(format!(
            "--count must be between 1 and {MAX_NEW}"
        )));
    }
    with_world(world, |w| {
        (0..count)
            .map(|_| match provider {
                Provider::Jobadder => Ok(add_jobadder(w, password)),
                Provider::Salesforce => Ok(add_salesforce(w, password)),
                Provider::Flare => Err(Error::usage(
                    "the sandbox has one Flare account; organisations share it with --allow-shared-account",
                )),
            })
            .collect()
    })
}

/// The next account number after every existing one, with an admin whose
/// email names the account (`admin@agency-51878.example`).
fn add_jobadder(w: &mut World, password: &str) -> NewAccount {
    let number = w
        .jobadder
        .accounts
        .iter()
        .map(|a| a.account)
        .max()
        .unwrap_or(0)
        + 1;
    let user_id = w.next_id();
    let name = format!("Sandbox Agency {number}");
    let email = format!("admin@agency-{number}.example");
    w.jobadder.accounts.push(JaAccount {
        account: number,
        name: name.clone(),
        instance: "sandbox-au1".into(),
        users: vec![JaUser {
            user_id,
            first_name: "Admin".into(),
            last_name: number.to_string(),
            email: email.clone(),
            password: password.to_string(),
            position: "Owner".into(),
            admin: true,
            grant_api_access: false,
            inactive: false,
            deleted: false,
            refresh_while_inactive: false,
        }],
        candidates: Default::default(),
        placements: Default::default(),
        partner_actions: Vec::new(),
        notes: Default::default(),
        attachments: Vec::new(),
        webhooks: Vec::new(),
        webhook_queue: Vec::new(),
    });
    NewAccount {
        provider: Provider::Jobadder.as_str(),
        account: number.to_string(),
        name,
        admin: email,
        admin_user_id: user_id.to_string(),
    }
}

/// A 15-character org id (`00D…`) and user id (`005…`) from the world's
/// id counter, so they never collide with the seeded ones (which end in
/// letters) or each other.
fn add_salesforce(w: &mut World, password: &str) -> NewAccount {
    let n = w.next_id();
    let org_id = format!("00D{n:012}");
    let user_id = format!("005{n:012}");
    let name = format!("Sandbox SF Org {n}");
    let username = format!("admin@sf-{n}.example");
    w.salesforce.orgs.push(SfOrg {
        org_id: org_id.clone(),
        name: name.clone(),
        users: vec![SfUser {
            id: user_id.clone(),
            username: username.clone(),
            email: username.clone(),
            password: password.to_string(),
            first_name: "Admin".into(),
            last_name: n.to_string(),
            active: true,
            deleted: false,
        }],
        contacts: Vec::new(),
        files: Vec::new(),
        instance: None,
    });
    NewAccount {
        provider: Provider::Salesforce.as_str(),
        account: org_id,
        name,
        admin: username,
        admin_user_id: user_id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::world::read_world;

    #[test]
    fn new_accounts_are_distinct_and_each_has_an_admin() {
        let dir = tempfile::tempdir().unwrap();
        let world = dir.path().join("world.db");
        let ja = add(&world, Provider::Jobadder, 3, "pw").unwrap();
        let numbers: Vec<&str> = ja.iter().map(|a| a.account.as_str()).collect();
        assert_eq!(numbers, ["51878", "51879", "51880"]);
        assert_eq!(ja[0].admin, "admin@agency-51878.example");
        let sf = add(&world, Provider::Salesforce, 2, "pw").unwrap();
        assert_ne!(sf[0].account, sf[1].account);
        assert!(
            sf.iter()
                .all(|o| o.account.len() == 15 && o.account.starts_with("00D"))
        );

        let w = read_world(&world, |w| Ok(w.clone())).unwrap();
        let account = w
            .jobadder
            .accounts
            .iter()
            .find(|a| a.account == 51880)
            .unwrap();
        let admin = account
            .user_by_email_or_id("admin@agency-51880.example")
            .unwrap();
        assert!(admin.admin && !admin.inactive && admin.password == "pw");
        let org = w
            .salesforce
            .orgs
            .iter()
            .find(|o| o.org_id == sf[1].account)
            .unwrap();
        assert_eq!(org.users[0].username, sf[1].admin);
        assert_eq!(org.users[0].id, sf[1].admin_user_id);
        // More after: numbering goes on from the highest.
        assert_eq!(
            add(&world, Provider::Jobadder, 1, "pw").unwrap()[0].account,
            "51881"
        );
    }

    #[test]
    fn counts_out_of_range_and_flare_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let world = dir.path().join("world.db");
        for n in [0, MAX_NEW + 1] {
            assert!(add(&world, Provider::Jobadder, n, "pw").is_err());
        }
        let e = add(&world, Provider::Flare, 1, "pw").unwrap_err();
        assert!(e.message.contains("one Flare account"), "{}", e.message);
        let accounts = read_world(&world, |w| Ok(w.jobadder.accounts.len())).unwrap();
        assert_eq!(accounts, 2);
    }
}
