pub mod add;
pub mod deactivate;
pub mod delete;
pub mod list;
pub mod reactivate;
pub mod set;

use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::sandbox::control::{self, UserChange, UserView};

const COLUMNS: &[&str] = &["provider", "account", "user id", "email", "admin", "state"];

pub fn table(rows: Vec<UserView>) -> Human {
    Human::table(COLUMNS, rows, |u| {
        vec![
            u.provider.to_string(),
            u.account,
            u.user_id,
            u.email,
            match u.admin {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => "-".into(),
            },
            u.state.to_string(),
        ]
    })
}

fn change(ctx: &mut Context, email: &str, change: UserChange, done: &str) -> Result<Output> {
    let rows = control::change_user(&ctx.sandbox_world(), email, change)?;
    Ok(Output::lazy(rows, table).with_status(format!("{done} sandbox user {email}")))
}
