//! Which provider: the one type the domain passes around instead of the
//! provider's name as text. The text (`jobadder`, `salesforce`, `flare`)
//! appears only at the edges: database columns, configuration keys,
//! credential-store names, JSON and the command line.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    #[value(name = "jobadder")]
    JobAdder,
    #[value(name = "salesforce")]
    Salesforce,
    #[value(name = "flare")]
    Flare,
}

impl Provider {
    /// In the order listings and `provider show` use.
    pub const ALL: [Provider; 3] = [Provider::JobAdder, Provider::Salesforce, Provider::Flare];

    /// The stable name: database rows, configuration sections, credential
    /// names, JSON and command lines all spell the provider this way.
    pub const fn as_str(self) -> &'static str {
        match self {
            Provider::JobAdder => "jobadder",
            Provider::Salesforce => "salesforce",
            Provider::Flare => "flare",
        }
    }

    /// The provider's name as people write it (`JobAdder`).
    pub const fn label(self) -> &'static str {
        match self {
            Provider::JobAdder => "JobAdder",
            Provider::Salesforce => "Salesforce",
            Provider::Flare => "Flare",
        }
    }
}

/// The human label, as in messages ("not linked to JobAdder"); the stable
/// name is [`Provider::as_str`].
impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A stored or typed name that is none of the three providers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown provider {0:?} (expected jobadder, salesforce or flare)")]
pub struct UnknownProvider(pub String);

impl FromStr for Provider {
    type Err = UnknownProvider;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Provider::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| UnknownProvider(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stable_names_and_labels_are_todays() {
        let names: Vec<&str> = Provider::ALL.iter().map(|p| p.as_str()).collect();
        assert_eq!(names, ["jobadder", "salesforce", "flare"]);
        let labels: Vec<String> = Provider::ALL.iter().map(|p| p.to_string()).collect();
        assert_eq!(labels, ["JobAdder", "Salesforce", "Flare"]);
        for p in Provider::ALL {
            assert_eq!(p.as_str().parse::<Provider>(), Ok(p));
            assert_eq!(
                serde_json::to_string(&p).unwrap(),
                format!("\"{}\"", p.as_str())
            );
            let v = <Provider as clap::ValueEnum>::to_possible_value(&p).unwrap();
            assert_eq!(v.get_name(), p.as_str());
        }
    }

    #[test]
    fn an_unknown_name_is_an_error_that_names_it() {
        let e = "JobAdder".parse::<Provider>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown provider \"JobAdder\" (expected jobadder, salesforce or flare)"
        );
    }
}
