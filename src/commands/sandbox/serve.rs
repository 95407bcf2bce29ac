use serde_json::json;

use crate::cli::SandboxServeArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxServeArgs) -> Result<Output> {
    let world = ctx.sandbox_world();
    let printer = ctx.printer.clone();
    let mut printed = Ok(());
    crate::sandbox::serve(&world, args.port, |url| {
        let line = format!("ATSLINK_SANDBOX_URL={url}");
        printed = printer.output(&mut Output::new(
            json!({ "url": url }),
            Human::Lines(vec![line]),
        ));
        printer.status(&format!(
            "Sandbox serving {} on {url}; run `export ATSLINK_SANDBOX_URL={url}` in another shell \
             so `--sandbox` commands use it. Ctrl-C stops it.",
            world.display()
        ));
    })?;
    printed?;
    ctx.printer.status("Sandbox stopped");
    Ok(Output::already_printed())
}
