//! `atslink completions <shell>`: the same scripts committed under
//! `completions/`, generated from the clap tree.

use crate::cli::CompletionsArgs;

pub fn render(args: &CompletionsArgs) -> Vec<u8> {
    crate::assets::completion(args.shell)
}
