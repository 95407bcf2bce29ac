use crate::harness::Home;

#[test]
fn missing_config_means_defaults() {
    let h = Home::new();
    // No config.toml on SQLite; on PostgreSQL one with only the `[state]`
    // section, which sets no provider setting either.
    let before = std::fs::read(h.file("config.toml")).ok();
    let show = h
        .run(&["provider", "show", "jobadder", "--json"])
        .success()
        .json();
    let settings = show["data"][0]["settings"].as_array().unwrap();
    let token = settings.iter().find(|s| s["key"] == "token_url").unwrap();
    assert_eq!(token["value"], "https://id.jobadder.com/connect/token");
    assert_eq!(token["source"], "default");
    assert_eq!(
        std::fs::read(h.file("config.toml")).ok(),
        before,
        "reading never creates or changes config.toml"
    );
}

#[test]
fn malformed_toml_names_file_and_line() {
    let h = Home::new();
    h.write_config("credential_store = \"file\"\n[providers.jobadder\nclient_id = 1\n");
    let run = h.run(&["org", "list"]).code(2);
    assert!(run.stderr.contains("config.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
    let json = h.run(&["org", "list", "--json"]).code(2).json();
    assert_eq!(json["error"]["code"], "usage");
}

#[test]
fn unknown_key_lists_the_valid_ones() {
    let h = Home::new();
    h.write_config("credential_store = \"file\"\n\n[providers.jobadder]\nclient_idd = \"x\"\n");
    h.run(&["org", "list"])
        .code(2)
        .stderr_has("config.toml")
        .stderr_has("line 4")
        .stderr_has("client_idd")
        .stderr_has("client_id");
    h.write_config("credential_stor = \"file\"\n");
    h.run(&["org", "list"])
        .code(2)
        .stderr_has("credential_stor")
        .stderr_has("credential_store");
    h.write_config("credential_store = \"plaintext\"\n");
    h.run(&["org", "list"]).code(2).stderr_has("plaintext");
    h.write_config("[providers.workday]\napi_url = \"https://x.example\"\n");
    h.run(&["org", "list"]).code(2).stderr_has("workday");
}

#[test]
fn bad_url_names_the_key() {
    let h = Home::new();
    h.write_config(
        "[providers.jobadder]\n# comment\ntoken_url = \"http://id.example.com/token\"\n",
    );
    h.run(&["org", "list"])
        .code(2)
        .stderr_has("line 3")
        .stderr_has("providers.jobadder.token_url")
        .stderr_has("https");
    h.write_config("[providers.flare]\napi_url = \"not a url\"\n");
    h.run(&["org", "list"])
        .code(2)
        .stderr_has("providers.flare.api_url");
}

#[test]
fn non_utf8_config_is_a_usage_error_with_its_position() {
    let h = Home::new();
    // Latin-1 "é" in a comment on line 2, after "# caf".
    std::fs::write(
        h.file("config.toml"),
        b"credential_store = \"file\"\n# caf\xe9\n".as_slice(),
    )
    .unwrap();
    h.run(&["org", "list"])
        .code(2)
        .stderr_has("config.toml")
        .stderr_has("line 2, column 6")
        .stderr_has("UTF-8");
    let json = h.run(&["org", "list", "--json"]).code(2).json();
    assert_eq!(json["error"]["code"], "usage");
    // Editing refuses the same way, leaving the file as it was.
    h.run(&["provider", "set", "jobadder", "--client-id", "abc"])
        .code(2)
        .stderr_has("line 2, column 6");
    assert_eq!(
        std::fs::read(h.file("config.toml")).unwrap(),
        b"credential_store = \"file\"\n# caf\xe9\n"
    );
}
