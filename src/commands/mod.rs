//! One module per command group, one file per leaf command. Each leaf's
//! `run` resolves its settings, does the work, and returns an `Output`;
//! printing and exit codes are `main`'s.

pub mod audit;
pub mod completions;
pub mod demo;
pub mod flare;
pub mod integration;
pub mod licence;
pub mod org;
pub mod provider;
pub mod sandbox;
pub mod secrets;
pub mod serve;
pub mod state;
pub mod token;

use crate::cli::{
    Command, FlareCommand, IntegrationCommand, LicenceCommand, OrgCommand, ProviderCommand,
    SandboxAppCommand, SandboxClickCommand, SandboxClockCommand, SandboxCommand,
    SandboxFaultCommand, SandboxUserCommand, SecretsCommand, StateCommand, TokenCommand,
};
use crate::cli::{
    SandboxAccountCommand, SandboxActionCommand, SandboxFlareCommand, SandboxSalesforceCommand,
    SandboxWebhookCommand,
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
            OrgCommand::Check(a) => org::check::run(ctx, a),
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
            IntegrationCommand::Button(a) => integration::button::run(ctx, a),
        },
        Command::Flare(a) => match a.command {
            FlareCommand::Push(a) => flare::push::run(ctx, a),
            FlareCommand::Mapping(a) => flare::mapping::run(ctx, a),
            FlareCommand::Diagnose(a) => flare::diagnose::run(ctx, a),
            FlareCommand::Auto(a) => match a.command {
                crate::cli::FlareAutoCommand::On(a) => flare::auto::on::run(ctx, a),
                crate::cli::FlareAutoCommand::Off => flare::auto::off::run(ctx),
                crate::cli::FlareAutoCommand::Status(a) => flare::auto::status::run(ctx, a),
            },
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
        Command::Secrets(a) => match a.command {
            SecretsCommand::Rekey(a) => secrets::rekey::run(ctx, a),
        },
        Command::State(a) => match a.command {
            StateCommand::Status => state::status::run(ctx),
            StateCommand::Migrate(a) => state::migrate::run(ctx, a),
        },
        Command::Sandbox(a) => dispatch_sandbox(ctx, a.command),
        Command::Serve(a) => serve::run(ctx, a),
        Command::Demo => demo::run(ctx),
        // Handled before a context exists: it needs no home or config.
        Command::Completions(_) => unreachable!("completions is dispatched in lib::run"),
    }
}

/// The `sandbox` subcommands: the emulator's own controls, kept apart
/// from the product's commands so the table above stays one screen.
fn dispatch_sandbox(ctx: &mut Context, command: SandboxCommand) -> Result<Output> {
    match command {
        SandboxCommand::Serve(a) => sandbox::serve::run(ctx, a),
        SandboxCommand::Reset => sandbox::reset::run(ctx),
        SandboxCommand::Clock(a) => match a.command {
            SandboxClockCommand::Show => sandbox::clock::show::run(ctx),
            SandboxClockCommand::Advance(a) => sandbox::clock::advance::run(ctx, a),
        },
        SandboxCommand::User(a) => match a.command {
            SandboxUserCommand::List(a) => sandbox::user::list::run(ctx, a),
            SandboxUserCommand::Add(a) => sandbox::user::add::run(ctx, a),
            SandboxUserCommand::Deactivate(a) => sandbox::user::deactivate::run(ctx, a),
            SandboxUserCommand::Delete(a) => sandbox::user::delete::run(ctx, a),
            SandboxUserCommand::Reactivate(a) => sandbox::user::reactivate::run(ctx, a),
            SandboxUserCommand::Set(a) => sandbox::user::set::run(ctx, a),
        },
        SandboxCommand::Fault(a) => match a.command {
            SandboxFaultCommand::Add(a) => sandbox::fault::add::run(ctx, a),
            SandboxFaultCommand::List => sandbox::fault::list::run(ctx),
            SandboxFaultCommand::Clear => sandbox::fault::clear::run(ctx),
        },
        SandboxCommand::Grants => sandbox::grants::run(ctx),
        SandboxCommand::PartnerActions => sandbox::partner_actions::run(ctx),
        SandboxCommand::App(a) => match a.command {
            SandboxAppCommand::Show => sandbox::app::show::run(ctx),
            SandboxAppCommand::RegisterRedirect(a) => sandbox::app::register_redirect::run(ctx, a),
            SandboxAppCommand::Salesforce(a) => sandbox::app::salesforce::run(ctx, a),
        },
        SandboxCommand::Rate(a) => sandbox::rate::run(ctx, a),
        SandboxCommand::Browse(a) => sandbox::browse::run(ctx, a),
        SandboxCommand::JwtKey(a) => sandbox::jwt_key::run(ctx, a),
        SandboxCommand::Generate(a) => sandbox::generate::run(ctx, a),
        SandboxCommand::Place(a) => sandbox::place::run(ctx, a),
        SandboxCommand::Flare(a) => match a.command {
            SandboxFlareCommand::Show => sandbox::flare::show::run(ctx),
            SandboxFlareCommand::PayGroup(a) => sandbox::flare::pay_group::run(ctx, a),
            SandboxFlareCommand::Location(a) => sandbox::flare::location::run(ctx, a),
            SandboxFlareCommand::Entity(a) => sandbox::flare::entity::run(ctx, a),
            SandboxFlareCommand::Defaults(a) => sandbox::flare::defaults::run(ctx, a),
        },
        SandboxCommand::Action(a) => match a.command {
            SandboxActionCommand::Add(a) => sandbox::action::add::run(ctx, a),
            SandboxActionCommand::Set(a) => sandbox::action::set::run(ctx, a),
            SandboxActionCommand::Delete(a) => sandbox::action::delete::run(ctx, a),
        },
        SandboxCommand::Webhook(a) => match a.command {
            SandboxWebhookCommand::Set(a) => sandbox::webhook::set::run(ctx, a),
            SandboxWebhookCommand::Delete(a) => sandbox::webhook::delete::run(ctx, a),
        },
        SandboxCommand::Account(a) => match a.command {
            SandboxAccountCommand::Add(a) => sandbox::account::add::run(ctx, a),
        },
        SandboxCommand::Salesforce(a) => match a.command {
            SandboxSalesforceCommand::MoveInstance(a) => {
                sandbox::salesforce::move_instance::run(ctx, a)
            }
        },
        SandboxCommand::Click(a) => match a.command {
            SandboxClickCommand::Jobadder(a) => sandbox::click::jobadder(ctx, a),
            SandboxClickCommand::Salesforce(a) => sandbox::click::salesforce(ctx, a),
        },
    }
}
