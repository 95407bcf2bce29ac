use crate::cli::{OnOff, SandboxUserSetArgs};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxUserSetArgs) -> Result<Output> {
    let on = |v: Option<OnOff>| v.map(|v| v == OnOff::On);
    let user = crate::sandbox::setup::jobadder_user(
        &ctx.sandbox_world(),
        &args.email,
        on(args.admin),
        on(args.api_access),
    )?;
    let status = format!(
        "JobAdder user {}: administrator {}, permissions: {}",
        args.email,
        if user["admin"] == true { "yes" } else { "no" },
        user["permissions"]
            .as_array()
            .filter(|p| !p.is_empty())
            .map(|p| p
                .iter()
                .filter_map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(", "))
            .unwrap_or_else(|| "none".into())
    );
    Ok(Output::new(user, Human::Nothing).with_status(status))
}
