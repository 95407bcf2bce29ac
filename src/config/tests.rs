use super::validate::line_of;
use super::*;

#[test]
fn urls() {
    assert!(validate_url("https://id.jobadder.com/connect/token").is_ok());
    assert!(validate_url("http://127.0.0.1:8976/callback").is_ok());
    assert!(validate_url("http://localhost:1717/OauthRedirect").is_ok());
    assert!(validate_url("http://[::1]:9/x").is_ok());
    assert_eq!(
        validate_url("http://example.com/"),
        Err(InvalidValue::PlainHttp("http://example.com/".into()))
    );
    assert!(matches!(
        validate_url("ftp://example.com/"),
        Err(InvalidValue::Scheme { scheme, .. }) if scheme == "ftp"
    ));
    assert!(matches!(
        validate_url("not a url"),
        Err(InvalidValue::NotAUrl { .. })
    ));
    assert!(validate_url("https://app.example/launch?c={candidateId}&u={userId}").is_ok());
}

#[test]
fn partner_action_templates() {
    let ok = "https://app.example/launch?c={candidateId}&u={userId}";
    assert!(validate_partner_action_url(ok).is_ok());
    assert!(validate_partner_action_url("http://127.0.0.1:9/l?c={candidateId}&u={userId}").is_ok());
    let no_user = validate_partner_action_url("https://app.example/launch?c={candidateId}")
        .unwrap_err()
        .to_string();
    assert!(
        no_user.contains("{userId}") && !no_user.contains("{candidateId}"),
        "{no_user}"
    );
    assert!(
        validate_partner_action_url("https://app.example/launch")
            .unwrap_err()
            .to_string()
            .contains("{candidateId} and {userId}")
    );
    assert!(
        validate_partner_action_url("http://app.example/l?c={candidateId}&u={userId}").is_err()
    );
    let long = format!("{ok}&pad={}", "x".repeat(500 - ok.len() - 5));
    assert_eq!(long.len(), 500);
    assert!(validate_partner_action_url(&long).is_ok());
    assert!(
        validate_partner_action_url(&format!("{long}x"))
            .unwrap_err()
            .to_string()
            .contains("at most 500")
    );
    assert!(validate_partner_action_name("Allsorter").is_ok());
    assert_eq!(
        validate_partner_action_name(" "),
        Err(InvalidValue::EmptyName)
    );
    assert_eq!(
        validate_partner_action_name(&"n".repeat(101)),
        Err(InvalidValue::NameTooLong(101))
    );
}

#[test]
fn refresh_cool_down() {
    let path = Path::new("config.toml");
    let default = Config::parse("", path).unwrap();
    assert_eq!(default.refresh.cool_down(), time::Duration::seconds(30));
    let set = Config::parse("[refresh]\ncool_down = \"2m\"\n", path).unwrap();
    assert_eq!(set.refresh.cool_down(), time::Duration::minutes(2));
    let off = Config::parse("[refresh]\ncool_down = \"0s\"\n", path).unwrap();
    assert_eq!(off.refresh.cool_down(), time::Duration::ZERO);
    let bad = Config::parse("[refresh]\ncool_down = \"soon\"\n", path).unwrap_err();
    assert_eq!(bad.exit_code(), 2);
    assert!(
        bad.message.contains("line 2, key refresh.cool_down"),
        "{}",
        bad.message
    );
}

#[test]
fn redirect_uri_is_one_or_a_list() {
    let one = Config::parse(
        "[providers.jobadder]\nredirect_uri = \"http://localhost:8976/callback\"\n",
        Path::new("c.toml"),
    )
    .unwrap();
    assert_eq!(
        one.providers.jobadder.redirect_uri.unwrap().list(),
        ["http://localhost:8976/callback"]
    );
    let many = Config::parse(
        "[providers.salesforce]\nredirect_uri = [\"http://localhost:1717/a\", \"http://localhost:1718/a\"]\n",
        Path::new("c.toml"),
    )
    .unwrap();
    assert_eq!(
        many.providers.salesforce.redirect_uri.unwrap().list().len(),
        2
    );
    let bad = Config::parse(
        "[providers.jobadder]\nredirect_uri = [\"http://localhost:1/a\", \"http://example.com/a\"]\n",
        Path::new("c.toml"),
    )
    .unwrap_err();
    assert!(bad.message.contains("line 2"), "{}", bad.message);
    assert!(bad.message.contains("example.com"), "{}", bad.message);
    assert!(
        Config::parse(
            "[providers.jobadder]\nredirect_uri = []\n",
            Path::new("c.toml")
        )
        .is_err()
    );
    assert!(
        Config::parse(
            "[providers.jobadder]\nredirect_uri = 5\n",
            Path::new("c.toml")
        )
        .is_err()
    );
}

#[test]
fn partner_action_url_is_checked_on_load() {
    let text = "[providers.jobadder]\npartner_action_url = \"https://app.example/launch?c={candidateId}\"\n";
    let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
    assert!(err.message.contains("line 2"), "{}", err.message);
    assert!(err.message.contains("{userId}"), "{}", err.message);
    assert!(
        err.hint
            .unwrap()
            .contains("provider set jobadder --partner-action-url")
    );
}

#[test]
fn line_numbers() {
    let text =
        "credential_store = \"file\"\n\n[providers.jobadder]\ntoken_url = \"http://x.example\"\n";
    assert_eq!(
        line_of(text, &["providers", "jobadder", "token_url"]),
        Some(4)
    );
    let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
    assert!(err.message.contains("line 4"), "{}", err.message);
    assert!(err.message.contains("providers.jobadder.token_url"));
}

#[test]
fn the_master_key_file_is_relative_to_the_home() {
    let path = Path::new("/home/me/.config/atslink/config.toml");
    let text = "credential_store = \"database\"\n[secrets]\nmaster_key_file = \"master.key\"\n";
    let config = Config::parse(text, path).unwrap();
    assert_eq!(config.credential_store, StoreKind::Database);
    assert_eq!(
        config.secrets.master_key_file(path).unwrap(),
        Path::new("/home/me/.config/atslink/master.key")
    );
    let abs = Config::parse("[secrets]\nmaster_key_file = \"/etc/k\"\n", path).unwrap();
    assert_eq!(
        abs.secrets.master_key_file(path).unwrap(),
        Path::new("/etc/k")
    );
    // The key itself never belongs in the config: an unknown key, refused.
    let err = Config::parse("[secrets]\nmaster_key = \"AAAA\"\n", path).unwrap_err();
    assert!(err.message.contains("master_key"), "{}", err.message);
    assert!(!err.message.contains("AAAA"), "{}", err.message);
    assert!(err.hint.unwrap().contains("master_key_file"));
}

#[test]
fn errors_do_not_quote_the_file() {
    let text = "client_secret = \"SUPERSECRET-123\"\n";
    let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
    assert!(!err.message.contains("SUPERSECRET"), "{}", err.message);
    assert!(err.message.contains("line 1"), "{}", err.message);
    assert!(err.message.contains("client_secret"), "{}", err.message);
}

#[test]
fn inline_tables_are_refused_not_panicked_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[providers]\njobadder = { client_id = \"x\" }\n").unwrap();
    let err = edit(&path, |doc| {
        set_provider_value(doc, "jobadder", "client_id", "y".into())
    })
    .unwrap_err();
    assert!(err.message.contains("inline table"), "{}", err.message);
}

#[test]
fn edits_keep_comments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "# mine\ncredential_store = \"file\" # keep\n").unwrap();
    edit(&path, |doc| {
        set_provider_value(doc, "jobadder", "client_id", "abc".into())
    })
    .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("# mine\ncredential_store = \"file\" # keep\n"),
        "{text}"
    );
    assert!(
        text.contains("[providers.jobadder]\nclient_id = \"abc\""),
        "{text}"
    );
}
