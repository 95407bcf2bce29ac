use crate::harness::Home;

#[test]
fn set_and_show_with_secret_on_stdin() {
    let h = Home::with_file_store();
    h.run_stdin(
        &[
            "provider",
            "set",
            "jobadder",
            "--client-id",
            "ja-client-123",
            "--client-secret-stdin",
            "--token-url",
            "http://127.0.0.1:9999/connect/token",
        ],
        "ja-secret-value-XYZ\n",
    )
    .success()
    .stderr_has("Updated jobadder")
    .stderr_has("plaintext");

    let config = std::fs::read_to_string(h.file("config.toml")).unwrap();
    assert!(config.contains("client_id = \"ja-client-123\""), "{config}");
    assert!(!config.contains("ja-secret-value-XYZ"));

    let show = h.run(&["provider", "show", "jobadder", "--json"]).success();
    assert!(!show.stdout.contains("ja-secret-value-XYZ"));
    let doc = show.json();
    let view = &doc["data"][0];
    assert_eq!(view["provider"], "jobadder");
    assert_eq!(view["client_secret"], "stored (file)");
    let settings = view["settings"].as_array().unwrap();
    let get = |k: &str| settings.iter().find(|s| s["key"] == k).unwrap().clone();
    assert_eq!(get("client_id")["value"], "ja-client-123");
    assert_eq!(get("client_id")["source"], "config");
    assert_eq!(
        get("token_url")["value"],
        "http://127.0.0.1:9999/connect/token"
    );
    assert_eq!(get("authorize_url")["source"], "default");

    let table = h.run(&["provider", "show"]).success();
    assert!(table.stdout.contains("salesforce"));
    assert!(table.stdout.contains("not stored"));

    let audit = h.run(&["audit", "--json"]).success().json();
    assert_eq!(audit["data"][0]["action"], "provider.set");
    assert!(
        audit["data"][0]["after"]
            .as_str()
            .unwrap()
            .contains("client_secret=<stored>")
    );
}

#[test]
fn set_keeps_comments_and_order() {
    let h = Home::new();
    let original = "# Our settings\ncredential_store = \"file\" # opted in\n\n[providers.flare]\n# staging\napi_url = \"https://flare.example\"\n";
    h.write_config(original);
    h.run(&["provider", "set", "jobadder", "--client-id", "abc"])
        .success();
    h.run(&[
        "provider",
        "set",
        "flare",
        "--api-url",
        "https://flare2.example",
    ])
    .success();
    let text = std::fs::read_to_string(h.file("config.toml")).unwrap();
    assert!(
        text.starts_with("# Our settings\ncredential_store = \"file\" # opted in\n"),
        "{text}"
    );
    assert!(
        text.contains("# staging\napi_url = \"https://flare2.example\""),
        "{text}"
    );
    assert!(
        text.contains("[providers.jobadder]\nclient_id = \"abc\""),
        "{text}"
    );
}

#[test]
fn set_rejects_bad_input_without_changes() {
    let h = Home::with_file_store();
    let before = std::fs::read(h.file("config.toml")).unwrap();
    h.run(&["provider", "set", "jobadder"])
        .code(2)
        .stderr_has("--client-id");
    h.run(&["provider", "set", "flare", "--client-id", "x"])
        .code(2)
        .stderr_has("does not apply to flare")
        .stderr_has("--api-url");
    h.run(&[
        "provider",
        "set",
        "jobadder",
        "--token-url",
        "http://id.example.com/t",
    ])
    .code(2)
    .stderr_has("https");
    h.run(&["provider", "set", "jobadder", "--api-url", "ftp://x"])
        .code(2);
    h.run_stdin(
        &["provider", "set", "jobadder", "--client-secret-stdin"],
        "\n",
    )
    .code(2)
    .stderr_has("empty");
    h.run(&["provider", "set", "gitlab", "--client-id", "x"])
        .code(2);
    assert_eq!(std::fs::read(h.file("config.toml")).unwrap(), before);
    assert!(!h.file("credentials.json").exists());
}

#[test]
fn partner_action_button_is_set_and_validated() {
    let h = Home::with_file_store();
    let url = "https://app.example/launch?candidate={candidateId}&user={userId}";
    h.run(&[
        "provider",
        "set",
        "jobadder",
        "--partner-action-url",
        url,
        "--partner-action-name",
        "Allsorter CV",
    ])
    .success();
    let show = h.run(&["provider", "show", "jobadder", "--json"]).success();
    let settings = show.json()["data"][0]["settings"].clone();
    let get = |k: &str| {
        settings
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == k)
            .unwrap()["value"]
            .clone()
    };
    assert_eq!(get("partner_action_url"), url);
    assert_eq!(get("partner_action_name"), "Allsorter CV");

    let before = std::fs::read_to_string(h.file("config.toml")).unwrap();
    let bad = [
        (
            "https://app.example/launch?candidate={candidateId}",
            "{userId}",
        ),
        (
            "http://app.example/launch?c={candidateId}&u={userId}",
            "https",
        ),
    ];
    for (value, why) in bad {
        h.run(&["provider", "set", "jobadder", "--partner-action-url", value])
            .code(2)
            .stderr_has(why);
    }
    let long = format!("{url}&pad={}", "x".repeat(450));
    h.run(&["provider", "set", "jobadder", "--partner-action-url", &long])
        .code(2)
        .stderr_has("at most 500");
    h.run(&[
        "provider",
        "set",
        "jobadder",
        "--partner-action-name",
        &"n".repeat(101),
    ])
    .code(2)
    .stderr_has("at most 100");
    h.run(&["provider", "set", "salesforce", "--partner-action-url", url])
        .code(2)
        .stderr_has("does not apply to salesforce");
    assert_eq!(
        std::fs::read_to_string(h.file("config.toml")).unwrap(),
        before,
        "a refused value leaves config.toml alone"
    );

    // A template edited by hand is checked when the config is loaded, and
    // the hint names the command that exists.
    h.write_config(
        "credential_store = \"file\"\n[providers.jobadder]\npartner_action_url = \"https://app.example/l?c={candidateId}\"\n",
    );
    h.run(&["provider", "show"])
        .code(2)
        .stderr_has("line 3")
        .stderr_has("{userId}")
        .stderr_has("atslink provider set jobadder --partner-action-url");
}

#[test]
fn several_redirect_uris_are_written_as_a_list() {
    let h = Home::with_file_store();
    h.run(&[
        "provider",
        "set",
        "jobadder",
        "--redirect-uri",
        "http://localhost:8976/callback",
        "--redirect-uri",
        "http://localhost:8977/callback",
    ])
    .success();
    let text = std::fs::read_to_string(h.file("config.toml")).unwrap();
    assert!(
        text.contains(
            "redirect_uri = [\"http://localhost:8976/callback\", \"http://localhost:8977/callback\"]"
        ),
        "{text}"
    );
    let show = h.run(&["provider", "show", "jobadder"]).success();
    assert!(
        show.stdout
            .contains("http://localhost:8976/callback http://localhost:8977/callback"),
        "{}",
        show.stdout
    );
    h.run(&[
        "provider",
        "set",
        "jobadder",
        "--redirect-uri",
        "http://localhost:8978/callback",
    ])
    .success();
    let text = std::fs::read_to_string(h.file("config.toml")).unwrap();
    assert!(
        text.contains("redirect_uri = \"http://localhost:8978/callback\""),
        "{text}"
    );
}
