//! No secret value reaches the home's files (except an opted-in file
//! store), stdout or stderr, even at -vv.

use crate::harness::{Home, all_files, contains};

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
    store.delete("provider/jobadder/client_secret").unwrap();
    store.delete("provider/salesforce/client_secret").unwrap();
}
