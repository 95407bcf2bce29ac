//! No secret value reaches the home's files (except an opted-in file
//! store), stdout or stderr, even at -vv.

use crate::harness::{Home, all_files, contains, entry};

#[cfg(target_os = "linux")]
#[test]
fn secrets_never_leak() {
    let h = Home::new();
    h.write_config("credential_store = \"keyutils\"\n");
    let secrets = [
        "SCAN-jobadder-secret-9f8e7d",
        "SCAN-salesforce-secret-1a2b3c",
    ];
    let mut outputs = String::new();
    for (provider, secret) in [("jobadder", secrets[0]), ("salesforce", secrets[1])] {
        let run = h
            .run_stdin(
                &[
                    "-vv",
                    "provider",
                    "set",
                    provider,
                    "--client-id",
                    "cid",
                    "--client-secret-stdin",
                ],
                secret,
            )
            .success();
        outputs.push_str(&run.stdout);
        outputs.push_str(&run.stderr);
    }
    for args in [
        &["-vv", "provider", "show"][..],
        &["-vv", "provider", "show", "--json"][..],
        &["-vv", "audit", "--json"][..],
        &["-vv", "audit"][..],
    ] {
        let run = h.run(args).success();
        outputs.push_str(&run.stdout);
        outputs.push_str(&run.stderr);
    }
    assert!(outputs.contains("debug:"), "-vv produced diagnostics");
    for s in secrets {
        assert!(!outputs.contains(s), "secret {s} in output:\n{outputs}");
        for (path, bytes) in all_files(h.path()) {
            assert!(!contains(&bytes, s), "secret {s} in {}", path.display());
        }
    }
    // Clean up the kernel keyring entries.
    let store = atslink::secrets::open(
        atslink::secrets::StoreKind::Keyutils,
        h.path(),
        &h.file("config.toml"),
    )
    .unwrap();
    store
        .delete(&entry("provider/jobadder/client_secret"))
        .unwrap();
    store
        .delete(&entry("provider/salesforce/client_secret"))
        .unwrap();
}

/// Every token the sandbox issued stays out of the home's files (other
/// than the sandbox's own credential store), stdout and stderr, at -vv.
#[test]
fn issued_tokens_never_leak() {
    use crate::integration::{FLARE_KEY, JA_ADMIN, SF_ADMIN, Sandboxed, browser};
    let s = Sandboxed::new();
    let mut outputs = String::new();
    let mut tokens: Vec<String> = vec![FLARE_KEY.to_string()];
    let salts = std::cell::RefCell::new(Vec::<String>::new());
    let harvest = |s: &Sandboxed, tokens: &mut Vec<String>| {
        for (k, v) in s.stored() {
            let text = v.as_str().unwrap_or_default().to_string();
            // The partner action's salt is a secret shared with JobAdder:
            // the emulated JobAdder keeps it in its world to sign clicks,
            // as the real one does. Everywhere else it is checked below.
            if k.ends_with("/jobadder/action_salt") {
                salts.borrow_mut().push(text);
                continue;
            }
            match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(doc) => {
                    for k in ["access_token", "refresh_token"] {
                        if let Some(t) = doc[k].as_str() {
                            tokens.push(t.to_string());
                        }
                    }
                }
                Err(_) => tokens.push(text),
            }
        }
    };
    let steps: Vec<(Vec<&str>, String, Option<String>)> = vec![
        (
            vec!["-vv", "integration", "link", "jobadder"],
            String::new(),
            Some(browser(JA_ADMIN, true)),
        ),
        (
            vec!["-vv", "integration", "link", "salesforce"],
            String::new(),
            Some(browser(SF_ADMIN, true)),
        ),
        (
            vec!["-vv", "integration", "link", "flare", "--api-key-stdin"],
            FLARE_KEY.to_string(),
            None,
        ),
    ];
    for (args, stdin, b) in &steps {
        let env: Vec<(&str, &str)> = b.iter().map(|b| ("BROWSER", b.as_str())).collect();
        let run = s.sb_env(args, stdin, &env).success();
        outputs.push_str(&run.stdout);
        outputs.push_str(&run.stderr);
        harvest(&s, &mut tokens);
    }
    let relink = s
        .sb_env(
            &["-vv", "integration", "relink", "jobadder"],
            "",
            &[("BROWSER", &browser(JA_ADMIN, true))],
        )
        .success();
    outputs.push_str(&relink.stdout);
    outputs.push_str(&relink.stderr);
    harvest(&s, &mut tokens);
    for args in [
        &["-vv", "integration", "list", "--json"][..],
        &["-vv", "integration", "list"][..],
        &["-vv", "org", "show", "acme", "--json"][..],
        &["-vv", "audit", "--json"][..],
    ] {
        let run = s.sb(args).success();
        outputs.push_str(&run.stdout);
        outputs.push_str(&run.stderr);
    }
    assert!(tokens.len() >= 7, "harvested {} tokens", tokens.len());
    let store = s.home.file("sandbox/credentials.json");
    let files = all_files(s.home.path());
    let world = s.home.file("sandbox/world.db");
    let salts = salts.into_inner();
    assert!(
        !salts.is_empty(),
        "the JobAdder link stored its action salt"
    );
    for t in &salts {
        assert!(!outputs.contains(t.as_str()), "the salt reached the output");
        for (path, bytes) in &files {
            // world.db and its -wal/-shm files.
            let in_world = path
                .to_string_lossy()
                .starts_with(&*world.to_string_lossy());
            if *path != store && !in_world {
                assert!(!contains(bytes, t), "the salt is in {}", path.display());
            }
        }
    }
    for t in &tokens {
        assert!(!outputs.contains(t.as_str()), "a token reached the output");
        for (path, bytes) in &files {
            if *path != store {
                assert!(!contains(bytes, t), "a token is in {}", path.display());
            }
        }
    }
}
