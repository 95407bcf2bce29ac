use serde_json::json;

use crate::cli::SandboxJwtKeyArgs;
use crate::context::Context;
use crate::error::Result;
use crate::fsutil;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxJwtKeyArgs) -> Result<Output> {
    let _ = ctx;
    fsutil::write_atomic_private(
        &args.out,
        crate::sandbox::seed::JWT_PRIVATE_KEY_PEM.as_bytes(),
    )?;
    let path = args.out.display().to_string();
    Ok(Output::new(json!({ "path": path, "client_id": crate::sandbox::seed::SALESFORCE_CLIENT_ID }), Human::Nothing)
        .with_status(format!(
            "Wrote the sandbox connected app's private key to {path} (sandbox only: it is public test data)"
        )))
}
