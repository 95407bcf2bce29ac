//! One module per command group, one file per leaf command. Each leaf's
//! `run` resolves its settings, does the work, and returns an `Output`;
//! printing and exit codes are `main`'s.

pub mod audit;
pub mod completions;
pub mod demo;
pub mod integration;
pub mod licence;
pub mod org;
pub mod provider;
pub mod token;

use crate::cli::{
    Command, IntegrationCommand, LicenceCommand, OrgCommand, ProviderCommand, TokenCommand,
};
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn dispatch(ctx: &mut Context, command: Command) -> Result<Output> {
    match command {
        Command::Org(a) => match a.command {
            OrgCommand::Create(a) => org::create::run(ctx, a),
            OrgCommand::List(a) => org::list::run(ctx, a),
            OrgCommand::Show(a) => org::show::run(ctx, a),
            OrgCommand::Delete(a) => org::delete::run(ctx, a),
        },
        Command::Provider(a) => match a.command {
            ProviderCommand::Set(a) => provider::set::run(ctx, a),
            ProviderCommand::Show(a) => provider::show::run(ctx, a),
        },
        Command::Integration(a) => match a.command {
            IntegrationCommand::Link(a) => integration::link::run(ctx, a),
            IntegrationCommand::Unlink(a) => integration::unlink::run(ctx, a),
            IntegrationCommand::Relink(a) => integration::relink::run(ctx, a),
            IntegrationCommand::List(a) => integration::list::run(ctx, a),
        },
        Command::Licence(a) => match a.command {
            LicenceCommand::List(a) => licence::list::run(ctx, a),
            LicenceCommand::Assign(a) => licence::assign::run(ctx, a),
            LicenceCommand::Disable(a) => licence::disable::run(ctx, a),
            LicenceCommand::Enable(a) => licence::enable::run(ctx, a),
            LicenceCommand::Reassign(a) => licence::reassign::run(ctx, a),
            LicenceCommand::Claim(a) => licence::claim::run(ctx, a),
            LicenceCommand::Seats(a) => licence::seats::run(ctx, a),
        },
        Command::Token(a) => match a.command {
            TokenCommand::Status(a) => token::status::run(ctx, a),
            TokenCommand::Refresh(a) => token::refresh::run(ctx, a),
        },
        Command::Audit(a) => audit::run(ctx, a),
        Command::Demo => demo::run(ctx),
        // Handled before a context exists: it needs no home or config.
        Command::Completions(_) => unreachable!("completions is dispatched in lib::run"),
    }
}
