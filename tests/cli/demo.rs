use crate::harness::Home;

#[test]
fn demo_runs_the_tour_and_leaves_nothing_behind() {
    let h = Home::new();
    let run = h.run(&["demo"]).success();
    let home_line = run.stderr.lines().next().unwrap();
    let dir = home_line
        .split('(')
        .nth(1)
        .and_then(|s| s.split(')').next())
        .expect("the demo names its temporary home");
    assert!(!std::path::Path::new(dir).exists(), "{dir} was removed");
    for expected in [
        "$ atslink --sandbox org create acme",
        "$ atslink --sandbox integration link jobadder --org acme",
        "Linked acme to JobAdder account 48213",
        "Relinked acme to JobAdder",
        "no licences available for acme: 3 of 3 in use",
        "workplace \"Darwin Depot\" matches no Flare location",
        "a person is transferred only once",
        "Moved the licence of carol@acme.example to dave@acme.example",
        "$ atslink --sandbox org check --org acme",
        "error: acme: 2 blocking (licences.managers",
        "$ atslink --sandbox serve &",
        "$ kill -TERM %1",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    // Before the fix the pay group blocks; after it, nothing does.
    for expected in [
        "  ✗ entities in pay group: \"Southern Cross Construction\" not in the pay",
        "18 passed, 1 warning, 2 blocking",
        "20 passed, 1 warning, 0 blocking",
    ] {
        assert!(run.stdout.contains(expected), "{expected}: {}", run.stdout);
    }
    // The server half: the button's launches, page by page (the clicks'
    // own output, on stdout).
    for page in [
        "200 admitted: Choose a file",
        "403 no_licence: No licences available",
        "403 disabled: Your Allsorter licence is disabled",
        "403 relink_needed: The JobAdder connection has expired",
    ] {
        assert!(run.stdout.contains(page), "{page}: {}", run.stdout);
    }
    assert!(
        run.stdout.contains("dave@acme.example"),
        "licence list output: {}",
        run.stdout
    );
    // Every command shown, and every command a step's hint suggests, carries
    // --sandbox: pasting one never acts on the real home.
    for line in run.stderr.lines() {
        for (at, _) in line.match_indices("atslink ") {
            let rest = &line[at + "atslink ".len()..];
            let command = rest.split_whitespace().next().unwrap_or("");
            if [
                "org",
                "integration",
                "licence",
                "token",
                "flare",
                "provider",
                "audit",
            ]
            .contains(&command)
            {
                panic!("a printed command without --sandbox: {line}");
            }
        }
    }
    // The demo never touches the caller's home.
    assert!(!h.file("state.db").exists());

    let json = h.run(&["demo", "--json"]).success().json();
    let steps = json["data"]["steps"].as_array().unwrap();
    assert!(steps.len() >= 8);
    assert!(steps.iter().any(|s| s["exit_code"] == 6));
    assert!(
        steps
            .iter()
            .any(|s| s["command"] == "atslink --sandbox serve"),
        "the serve step reports its exit on SIGTERM"
    );
}
