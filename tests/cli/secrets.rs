//! The encrypted `database` credential store and `secrets rekey`, through
//! the real binary; a separate process (this test) reads back through the
//! library with the same master key. The same bodies run on SQLite and on
//! PostgreSQL (`ATSLINK_TEST_ENGINE=postgres`): the store is opened, and
//! scanned for plaintext, on the engine the home is on.

use atslink::secrets::{CredentialStore, DatabaseStore, MasterKey};

use crate::harness::{Home, Run, all_files, contains, entry};
use crate::integration::{FLARE_KEY, JA_ADMIN, Sandboxed, browser};

/// Two distinct 32-byte keys, base64.
const K1: &str = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
const K2: &str = "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=";
const ENV: &str = "ATSLINK_MASTER_KEY";
const JA_SECRET: &str = "provider/jobadder/client_secret";
const SF_SECRET: &str = "provider/salesforce/client_secret";

fn db_home() -> Home {
    let h = Home::new();
    h.write_config("credential_store = \"database\"\n");
    h
}

/// The database credential store over a state store (the home's or the
/// sandbox home's), with a master key.
fn open(state: atslink::state::Store, key: &str) -> atslink::error::Result<DatabaseStore> {
    DatabaseStore::over(state, MasterKey::from_base64(key, "test").unwrap())
}

fn store(h: &Home, key: &str) -> DatabaseStore {
    open(h.store(), key).unwrap()
}

fn set_secret(h: &Home, provider: &str, value: &str, key: Option<&str>) -> Run {
    let env: Vec<(&str, &str)> = key.iter().map(|k| (ENV, *k)).collect();
    h.run_env(
        &["provider", "set", provider, "--client-secret-stdin"],
        value,
        &env,
    )
}

fn key_id(key: &str) -> String {
    MasterKey::from_base64(key, "test")
        .unwrap()
        .id()
        .to_string()
}

/// Everything that holds a home's state, whole: every file of the home
/// (state.db and its WAL included, on SQLite), and the state store's
/// `content` (state.db again, or a pg_dump of the PostgreSQL database).
fn scanned(h: &Home, content: Vec<u8>) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = all_files(h.path())
        .into_iter()
        .map(|(p, b)| (p.display().to_string(), b))
        .collect();
    out.push(("the state store".into(), content));
    out
}

/// The `secrets` table's nonce and ciphertext columns as stored (base64
/// text) and decoded: a plaintext in the decoded bytes would not show in
/// a scan of the raw store.
fn columns(stored: Vec<String>) -> (Vec<String>, Vec<Vec<u8>>) {
    use base64::Engine;
    assert!(!stored.is_empty(), "the secrets table has rows");
    let decoded = stored
        .iter()
        .map(|c| base64::engine::general_purpose::STANDARD.decode(c).unwrap())
        .collect();
    (stored, decoded)
}

const COLUMNS: &str = "SELECT nonce FROM secrets UNION ALL SELECT ciphertext FROM secrets";

/// `s` is nowhere in the home's files or state store, nor in the decoded
/// columns of its `secrets` table.
#[track_caller]
fn nowhere(h: &Home, s: &str) {
    let (stored, decoded) = columns(h.column(COLUMNS));
    let scanned = scanned(h, h.state_content());
    assert!(
        scanned.iter().any(|(_, b)| contains(b, &stored[0])),
        "the scan covers the secrets table"
    );
    for (what, bytes) in scanned {
        assert!(!contains(&bytes, s), "a secret is in {what}");
    }
    for bytes in decoded {
        assert!(!contains(&bytes, s), "a secret is in the secrets table");
    }
}

#[test]
fn database_store_round_trip_without_plaintext() {
    let h = db_home();
    let run = set_secret(&h, "jobadder", "DBSTORE-secret-7c1d", Some(K1)).success();
    assert!(!run.stderr.contains("DBSTORE"), "{}", run.stderr);
    assert!(!h.file("credentials.json").exists(), "no plaintext file");
    let got = store(&h, K1).get(&entry(JA_SECRET)).unwrap().unwrap();
    assert_eq!(got.expose(), "DBSTORE-secret-7c1d");
    let show = h
        .run_env(
            &["provider", "show", "jobadder", "--json"],
            "",
            &[(ENV, K1)],
        )
        .success()
        .json();
    assert_eq!(show["data"][0]["client_secret"], "stored (database)");
    // Replacing keeps one row, still encrypted.
    set_secret(&h, "jobadder", "DBSTORE-secret-8e2f", Some(K1)).success();
    assert_eq!(
        store(&h, K1)
            .get(&entry(JA_SECRET))
            .unwrap()
            .unwrap()
            .expose(),
        "DBSTORE-secret-8e2f"
    );
    nowhere(&h, "DBSTORE-secret");
    assert_eq!(h.count("SELECT count(*) FROM secrets"), 1);
    assert_eq!(h.column("SELECT key_id FROM secrets"), [key_id(K1)]);
}

#[test]
fn a_missing_or_wrong_master_key_is_exit_2_and_changes_nothing() {
    let h = db_home();
    set_secret(&h, "jobadder", "KEEP-original-41", Some(K1)).success();

    let run = set_secret(&h, "jobadder", "MISSING-new-42", None)
        .code(2)
        .stderr_has("needs its master key")
        .stderr_has("ATSLINK_MASTER_KEY is unset")
        .stderr_has(&format!(
            "hint: the stored secrets need the key with id {}",
            key_id(K1)
        ));
    assert!(!run.stderr.contains("MISSING-new"));

    let wrong = set_secret(&h, "jobadder", "WRONG-new-43", Some(K2))
        .code(2)
        .stderr_has("is not the key the stored secrets are encrypted with")
        .stderr_has(&key_id(K1))
        .stderr_has("nothing was decrypted or changed");
    assert!(!wrong.stderr.contains("KEEP-original"));
    let json = h
        .run_env(
            &[
                "--json",
                "provider",
                "set",
                "salesforce",
                "--client-secret-stdin",
            ],
            "WRONG-new-44",
            &[(ENV, K2)],
        )
        .code(2)
        .json();
    assert_eq!(json["ok"], false);
    assert_eq!(json["error"]["code"], "usage");

    // A malformed key is refused the same way.
    set_secret(&h, "jobadder", "BAD-new-45", Some("c2hvcnQ="))
        .code(2)
        .stderr_has("must be 32");

    // Nothing was overwritten or added.
    let s = store(&h, K1);
    assert_eq!(
        s.get(&entry(JA_SECRET)).unwrap().unwrap().expose(),
        "KEEP-original-41"
    );
    assert!(s.get(&entry(SF_SECRET)).unwrap().is_none());
}

#[cfg(unix)]
#[test]
fn a_key_file_must_be_mode_0600() {
    use std::os::unix::fs::PermissionsExt;
    let h = Home::new();
    h.write_config(
        "credential_store = \"database\"\n\n[secrets]\nmaster_key_file = \"master.key\"\n",
    );
    let path = h.file("master.key");
    std::fs::write(&path, format!("{K1}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    set_secret(&h, "jobadder", "KEYFILE-secret-1", None)
        .code(2)
        .stderr_has("mode 0644")
        .stderr_has("must be 0600")
        .stderr_has("chmod 600");
    assert!(store(&h, K1).get(&entry(JA_SECRET)).unwrap().is_none());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    set_secret(&h, "jobadder", "KEYFILE-secret-1", None).success();
    assert_eq!(
        store(&h, K1)
            .get(&entry(JA_SECRET))
            .unwrap()
            .unwrap()
            .expose(),
        "KEYFILE-secret-1"
    );
    // The environment wins over the file.
    set_secret(&h, "salesforce", "KEYFILE-secret-2", Some(K2))
        .code(2)
        .stderr_has("is not the key");
}

#[test]
fn a_ciphertext_copied_to_another_owner_does_not_decrypt() {
    let h = db_home();
    set_secret(&h, "jobadder", "COPIED-ja-secret", Some(K1)).success();
    set_secret(&h, "salesforce", "COPIED-sf-secret", Some(K1)).success();
    h.execute(
        "UPDATE secrets SET (nonce, ciphertext) = (SELECT nonce, ciphertext FROM secrets
             WHERE owner = 'provider/jobadder') WHERE owner = 'provider/salesforce'",
    );
    let show = h
        .run_env(&["provider", "show", "--json"], "", &[(ENV, K1)])
        .success();
    assert!(!show.stdout.contains("COPIED-ja-secret"), "{}", show.stdout);
    let data = show.json()["data"].clone();
    assert_eq!(data[0]["client_secret"], "stored (database)");
    let sf = data[1]["client_secret"].as_str().unwrap();
    assert!(sf.contains("copied from another entry"), "{sf}");
    let err = store(&h, K1).get(&entry(SF_SECRET)).unwrap_err();
    assert_eq!(err.exit_code(), 1);
}

#[test]
fn rekey_re_encrypts_everything_and_is_audited() {
    let h = db_home();
    set_secret(&h, "jobadder", "REKEY-ja-1", Some(K1)).success();
    set_secret(&h, "salesforce", "REKEY-sf-2", Some(K1)).success();

    // Preconditions refuse before anything changes: the same key, a
    // wrong current key, a loose new key file.
    h.run_env(&["secrets", "rekey", "--new-key-stdin"], K1, &[(ENV, K1)])
        .code(2)
        .stderr_has("the new key is the current key");
    let k3 = "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM=";
    h.run_env(&["secrets", "rekey", "--new-key-stdin"], k3, &[(ENV, K2)])
        .code(2)
        .stderr_has("is not the key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let f = h.file("new.key");
        std::fs::write(&f, K2).unwrap();
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
        h.run_env(
            &["secrets", "rekey", "--new-key-file", f.to_str().unwrap()],
            "",
            &[(ENV, K1)],
        )
        .code(2)
        .stderr_has("must be 0600");
    }
    h.run_env(&["secrets", "rekey"], "", &[(ENV, K1)]).code(2);
    assert!(
        store(&h, K1).get(&entry(JA_SECRET)).unwrap().is_some(),
        "still K1"
    );

    let run = h
        .run_env(
            &["--json", "secrets", "rekey", "--new-key-stdin"],
            &format!("{K2}\n"),
            &[(ENV, K1)],
        )
        .success();
    let data = run.json()["data"].clone();
    assert_eq!(data["key_id_before"], key_id(K1));
    assert_eq!(data["key_id_after"], key_id(K2));
    assert_eq!(data["secrets"], 2);
    assert!(run.stderr.contains("ATSLINK_MASTER_KEY"), "{}", run.stderr);
    assert!(!run.stdout.contains(K2) && !run.stderr.contains(K2));

    // The old key reads nothing now; the new one reads everything back.
    let err = open(h.store(), K1).err().expect("the old key is refused");
    assert_eq!(err.exit_code(), 2);
    let s = store(&h, K2);
    assert_eq!(
        s.get(&entry(JA_SECRET)).unwrap().unwrap().expose(),
        "REKEY-ja-1"
    );
    assert_eq!(
        s.get(&entry(SF_SECRET)).unwrap().unwrap().expose(),
        "REKEY-sf-2"
    );
    // Closed, so the scan below sees state.db at rest (its WAL checkpointed).
    drop(s);
    let show = h
        .run_env(&["provider", "show", "--json"], "", &[(ENV, K2)])
        .success()
        .json();
    assert_eq!(show["data"][1]["client_secret"], "stored (database)");
    nowhere(&h, "REKEY-");

    let audit = h.run(&["audit", "--json"]).success().json();
    let entry = &audit["data"][0];
    assert_eq!(entry["action"], "secrets.rekey");
    assert_eq!(entry["before"], format!("key_id={}", key_id(K1)));
    assert_eq!(entry["after"], format!("key_id={}", key_id(K2)));
}

#[test]
fn rekey_needs_the_database_store() {
    let h = Home::with_file_store();
    h.run_env(&["secrets", "rekey", "--new-key-stdin"], K2, &[(ENV, K1)])
        .code(2)
        .stderr_has("credential_store = \"file\"");
}

/// The whole path on the sandbox: link JobAdder and Flare with the
/// database store, refresh, rekey, refresh again; no token ever reaches a
/// file of the home or its state store in plaintext (state.db and its WAL
/// included, or a pg_dump of the PostgreSQL database).
#[test]
fn sandbox_links_refresh_and_rekey_on_the_database_store() {
    let s = Sandboxed::new();
    s.home
        .prepend_sandbox_config("credential_store = \"database\"\n");
    let with = |key: &'static str, args: &[&str], stdin: &str| {
        let b = browser(JA_ADMIN, true);
        s.sb_env(args, stdin, &[(ENV, key), ("BROWSER", &b)])
    };
    let mut outputs = String::new();
    let mut tokens: Vec<String> = vec![FLARE_KEY.to_string()];
    let harvest = |key: &str, tokens: &mut Vec<String>| {
        let st = open(s.home.sandbox_store(), key).unwrap();
        let doc = st.get(&entry("org/acme/jobadder/tokens")).unwrap().unwrap();
        let doc: serde_json::Value = serde_json::from_str(doc.expose()).unwrap();
        for k in ["access_token", "refresh_token"] {
            tokens.push(doc[k].as_str().unwrap().to_string());
        }
        assert_eq!(
            st.get(&entry("org/acme/flare/api_key"))
                .unwrap()
                .unwrap()
                .expose(),
            FLARE_KEY
        );
    };
    // Linking without the key fails before the provider is asked: no
    // grant spent, no partner action created, nothing stored.
    let b = browser(JA_ADMIN, true);
    s.sb_env(
        &["integration", "link", "jobadder", "--timeout", "60s"],
        "",
        &[("BROWSER", &b)],
    )
    .code(2)
    .stderr_has("needs its master key");
    let grants = s.sb(&["sandbox", "grants", "--json"]).success().json();
    assert_eq!(grants["data"].as_array().unwrap().len(), 0, "{grants}");
    assert!(s.link("jobadder").is_none());
    for (args, stdin) in [
        (
            &["-vv", "integration", "link", "jobadder", "--timeout", "60s"][..],
            "",
        ),
        (
            &["-vv", "integration", "link", "flare", "--api-key-stdin"][..],
            FLARE_KEY,
        ),
    ] {
        let run = with(K1, args, stdin).success();
        outputs.push_str(&run.stdout);
        outputs.push_str(&run.stderr);
    }
    assert!(!s.home.file("sandbox/credentials.json").exists());
    harvest(K1, &mut tokens);

    let refresh = [
        "-vv",
        "token",
        "refresh",
        "--provider",
        "jobadder",
        "--force",
        "--json",
    ];
    let run = with(K1, &refresh, "").success();
    assert_eq!(run.json()["data"][0]["result"], "refreshed");
    outputs.push_str(&run.stdout);
    outputs.push_str(&run.stderr);
    harvest(K1, &mut tokens);

    // A wrong or missing key: exit 2, the link neither refreshed nor broken.
    let bare = &refresh[1..6];
    with(K2, bare, "").code(2).stderr_has("is not the key");
    // The same exit code from the commands that work on many links or
    // checks, instead of one failed row per link.
    for args in [
        &["token", "refresh", "--provider", "jobadder", "--force"][..],
        &["token", "refresh", "--all", "--force"][..],
        &["token", "status", "--check"][..],
        &["flare", "diagnose", "--candidate", "1"][..],
        &["org", "check"][..],
        &["org", "check", "--all-orgs"][..],
    ] {
        s.sb(args).code(2).stderr_has("needs its master key");
    }
    let link = s.link("jobadder").unwrap();
    assert!(link["broken_reason"].is_null(), "{link}");
    let run = with(K1, &["secrets", "rekey", "--new-key-stdin"], K2).success();
    outputs.push_str(&run.stdout);
    outputs.push_str(&run.stderr);
    let run = with(K2, &refresh, "").success();
    assert_eq!(run.json()["data"][0]["result"], "refreshed");
    outputs.push_str(&run.stdout);
    outputs.push_str(&run.stderr);
    harvest(K2, &mut tokens);

    assert!(tokens.len() >= 7, "harvested {} tokens", tokens.len());
    tokens.sort();
    tokens.dedup();
    assert!(tokens.len() >= 5, "tokens rotated: {}", tokens.len());
    let (stored, decoded) = columns(s.home.sandbox_column(COLUMNS));
    let scanned = scanned(&s.home, s.home.sandbox_state_content());
    assert!(
        scanned.iter().any(|(_, b)| contains(b, &stored[0])),
        "the scan covers the sandbox home's secrets table"
    );
    for t in &tokens {
        for bytes in &decoded {
            assert!(!contains(bytes, t), "a token is in the secrets table");
        }
        assert!(!outputs.contains(t.as_str()), "a token reached the output");
        for (what, bytes) in &scanned {
            assert!(!contains(bytes, t), "a token is in {what}");
        }
    }
}

/// The third key source, the OS keychain. Needs a D-Bus session with an
/// unlocked Secret Service, so it is ignored by plain `cargo test`;
/// `.ci/run` provides the session and runs it with `--ignored`.
#[test]
#[ignore = "needs a D-Bus session with an unlocked Secret Service; run by .ci/run"]
fn the_master_key_can_live_in_the_keychain() {
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS").expect("a D-Bus session");
    let h = db_home().env("DBUS_SESSION_BUS_ADDRESS", &bus);
    let keychain = atslink::secrets::KeychainStore::new(
        atslink::secrets::namespace(h.path()),
        &h.file("config.toml"),
    );
    let master = atslink::secrets::master_key::keychain_entry();
    assert_eq!(master.to_string(), "secrets/master_key");
    keychain
        .set(&master, &atslink::secrets::SecretString::new(K1))
        .unwrap();
    set_secret(&h, "jobadder", "KEYCHAIN-held-1", None).success();
    assert_eq!(
        store(&h, K1)
            .get(&entry(JA_SECRET))
            .unwrap()
            .unwrap()
            .expose(),
        "KEYCHAIN-held-1"
    );
    // The environment still wins over the keychain.
    set_secret(&h, "jobadder", "KEYCHAIN-held-2", Some(K2))
        .code(2)
        .stderr_has("is not the key");
    assert!(keychain.delete(&master).unwrap());
}
