//! The account's set-up as `org check` reads it: which legal entities each
//! location and pay group holds (the Flare FAQ's "add the legal entity to
//! your default location and "JobAdder" pay group"), and the reference data
//! without what a check does not need, fetched concurrently.

use serde::Deserialize;

use super::{AccountDetail, Client, Items, LegalEntity, Location, Reference};
use crate::providers::ClientResult;
use crate::secrets::SecretString;

/// A location with the legal entities added to it.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationMembers {
    pub location_id: String,
    pub name: String,
    #[serde(default)]
    pub legal_entity_ids: Vec<String>,
}

/// A pay group and the legal entities in it.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PayGroup {
    pub pay_group_id: String,
    pub name: String,
    #[serde(default)]
    pub legal_entity_ids: Vec<String>,
}

/// What the set-up checks read: the account with its defaults, the legal
/// entities, the locations with their members, the pay groups.
pub struct SetUp {
    pub account: AccountDetail,
    pub legal_entities: Vec<LegalEntity>,
    pub locations: Vec<LocationMembers>,
    pub pay_groups: Vec<PayGroup>,
}

impl SetUp {
    /// As mapping reference data (brands and cost centres left empty: the
    /// location and legal entity rules do not use them).
    pub fn reference(&self) -> Reference {
        Reference {
            account: self.account.clone(),
            locations: self
                .locations
                .iter()
                .map(|l| Location {
                    location_id: l.location_id.clone(),
                    name: l.name.clone(),
                })
                .collect(),
            legal_entities: self.legal_entities.clone(),
            brands: Vec::new(),
            cost_centres: Vec::new(),
        }
    }
}

impl Client {
    /// The set-up, in four concurrent reads.
    pub async fn set_up(&self, api_url: &str, key: &SecretString) -> ClientResult<SetUp> {
        let (account, entities, locations, groups) = tokio::join!(
            self.get::<AccountDetail>(api_url, "account", key),
            self.get::<Items<LegalEntity>>(api_url, "legal-entities", key),
            self.get::<Items<LocationMembers>>(api_url, "locations", key),
            self.get::<Items<PayGroup>>(api_url, "pay-groups", key),
        );
        Ok(SetUp {
            account: account?,
            legal_entities: entities?.items,
            locations: locations?.items,
            pay_groups: groups?.items,
        })
    }
}
