//! Spellings the command line accepted before it grew per-provider link
//! subcommands, rewritten to today's before clap sees them.
//!
//! `integration link|relink` once took the provider as a positional
//! argument among its options, so `integration link --timeout 60s jobadder`
//! was as valid as `integration link jobadder --timeout 60s`. Now the
//! provider is a subcommand and must come first; moving it there keeps the
//! old order working.

use std::ffi::OsString;

const PROVIDERS: [&str; 3] = ["jobadder", "salesforce", "flare"];

/// Options (global or of the old link command) that take a separate value,
/// which must not be mistaken for the provider.
const VALUED: [&str; 11] = [
    "--org",
    "--home",
    "--color",
    "--timeout",
    "--client-id",
    "--login-url",
    "--jwt-key",
    "--username",
    "--api-url",
    "--format",
    "--output",
];

/// Moves the provider right after `link`/`relink` when options came first.
pub fn provider_first(args: &mut Vec<OsString>) {
    let text: Vec<Option<&str>> = args.iter().map(|a| a.to_str()).collect();
    let Some(group) = text.iter().position(|a| *a == Some("integration")) else {
        return;
    };
    let Some(verb) = text[group + 1..]
        .iter()
        .position(|a| matches!(a, Some("link" | "relink")))
        .map(|i| group + 1 + i)
    else {
        return;
    };
    let mut i = verb + 1;
    while i < text.len() {
        match text[i] {
            Some("--") | None => return,
            Some(p) if PROVIDERS.contains(&p) => break,
            Some(o) if VALUED.contains(&o) => i += 2,
            Some(o) if o.starts_with('-') => i += 1,
            // Some other word: not the old spelling; clap will say.
            Some(_) => return,
        }
    }
    if i > verb + 1 && i < text.len() {
        let provider = args.remove(i);
        args.insert(verb + 1, provider);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(line: &str) -> String {
        let mut v: Vec<OsString> = line.split(' ').map(OsString::from).collect();
        provider_first(&mut v);
        v.iter()
            .map(|a| a.to_str().unwrap())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn options_before_the_provider_are_moved_after_it() {
        assert_eq!(
            fix("atslink integration link --timeout 60s jobadder"),
            "atslink integration link jobadder --timeout 60s"
        );
        assert_eq!(
            fix("atslink --org flare integration relink --client-id x --device salesforce"),
            "atslink --org flare integration relink salesforce --client-id x --device"
        );
        // Today's spelling and unrelated commands are left alone.
        for line in [
            "atslink integration link salesforce --client-id flare",
            "atslink integration unlink --yes jobadder",
            "atslink token status",
            "atslink integration link -- jobadder",
        ] {
            assert_eq!(fix(line), line);
        }
    }
}
