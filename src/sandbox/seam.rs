//! The one seam between the product and the sandbox: `--sandbox` resolved
//! into ordinary configuration. The services get a home of the sandbox's
//! own, the world's clock, and provider settings (the emulator's URLs, the
//! seeded apps' ids and secrets); no client learns that it talks to the
//! emulator. Nothing else outside the sandbox's own commands imports it.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::{Running, seed};
use crate::endpoints::Substitute;
use crate::error::Result;
use crate::secrets::SecretString;
use crate::services::{Notices, StandIn, StandInHome};

/// `--sandbox` for the home `base_home`: its sandbox home (created if
/// need be), and the emulator, started on first use. `ATSLINK_SANDBOX_URL`
/// names a `sandbox serve` already running instead.
pub fn resolve(base_home: &Path) -> Result<StandInHome> {
    let home = super::home(base_home);
    crate::fsutil::ensure_private_dir(&home)?;
    let world = super::world_path(&home);
    let url = std::env::var("ATSLINK_SANDBOX_URL")
        .ok()
        .filter(|u| !u.trim().is_empty())
        .map(|u| u.trim().trim_end_matches('/').to_string());
    let note = format!(
        "sandbox: home {}, providers emulated{}",
        home.display(),
        url.as_deref()
            .map(|u| format!(" at {u}"))
            .unwrap_or_else(|| " in-process".into())
    );
    Ok(StandInHome {
        home,
        note,
        stand_in: Box::new(Emulator {
            world,
            url,
            running: None,
        }),
    })
}

/// The emulator as the services hold it.
struct Emulator {
    world: PathBuf,
    url: Option<String>,
    /// The in-process emulator, started on first use and stopped on drop.
    running: Option<Running>,
}

impl Emulator {
    fn origin(&mut self, notices: &Notices) -> Result<String> {
        if let Some(url) = &self.url {
            return Ok(url.clone());
        }
        if self.running.is_none() {
            let running = super::start(&self.world, None)?;
            notices.debug(
                1,
                &format!("sandbox emulator listening at {}", running.base_url),
            );
            self.running = Some(running);
        }
        Ok(self
            .running
            .as_ref()
            .map(|r| r.base_url.clone())
            .expect("just started"))
    }
}

impl StandIn for Emulator {
    fn substitute(&mut self, notices: &Notices) -> Result<Substitute> {
        let base = self.origin(notices)?;
        Ok(Substitute {
            jobadder_authorize_url: format!("{base}/jobadder/id/connect/authorize"),
            jobadder_token_url: format!("{base}/jobadder/id/connect/token"),
            jobadder_api_url: format!("{base}/jobadder/api/v2"),
            jobadder_client_id: seed::JOBADDER_CLIENT_ID.to_string(),
            jobadder_client_secret: SecretString::new(seed::JOBADDER_CLIENT_SECRET),
            salesforce_login_url: format!("{base}/salesforce/login"),
            salesforce_client_id: seed::SALESFORCE_CLIENT_ID.to_string(),
            salesforce_client_secret: SecretString::new(seed::SALESFORCE_CLIENT_SECRET),
            flare_api_url: format!("{base}/flare/api"),
            // The sandbox's stand-in for the reformatting app.
            handoff_url: format!(
                "{base}{}?org={{org}}&user={{user}}&candidate={{candidate}}&file={{file}}",
                super::HANDOFF_PATH
            ),
            origin: base,
        })
    }

    fn now(&self) -> Result<OffsetDateTime> {
        super::clock_now(&self.world)
    }

    fn share(&mut self, notices: &Notices) -> Result<Box<dyn StandIn>> {
        Ok(Box::new(Emulator {
            world: self.world.clone(),
            url: Some(self.origin(notices)?),
            running: None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// The product reaches the sandbox here and nowhere else: through the
    /// services' one call of `resolve`. The sandbox's own commands (and the
    /// demo that drives them) may use it directly.
    #[test]
    fn production_code_meets_the_sandbox_only_at_this_seam() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let allowed = ["sandbox/", "commands/sandbox/", "commands/demo.rs"];
        let mut importers = Vec::new();
        let mut dirs = vec![src.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("src is readable") {
                let path = entry.expect("a directory entry").path();
                let rel = path.strip_prefix(&src).expect("under src");
                let rel = rel.to_string_lossy().replace('\\', "/");
                if path.is_dir() {
                    dirs.push(path);
                } else if rel.ends_with(".rs")
                    && !allowed.iter().any(|a| rel.starts_with(a))
                    && std::fs::read_to_string(&path)
                        .expect("a source file")
                        .contains("crate::sandbox")
                {
                    importers.push(rel);
                }
            }
        }
        assert_eq!(importers, vec!["services.rs".to_string()]);
    }
}
