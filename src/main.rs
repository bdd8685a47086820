//! The `esa-tls` command: parses the command line and dispatches; each subcommand is a file under
//! `src/cli/`.

mod alloc;
mod cli;

use cli::{Cli, Command};
use esa_tls::output::RecordKind;
use std::process::ExitCode;

fn main() -> ExitCode {
    alloc::tune();
    let code = match &Cli::parse_or_exit().command {
        Command::Messages(a) => cli::records::run(a, RecordKind::Messages),
        Command::Connections(a) => cli::records::run(a, RecordKind::Connections),
        Command::Summary(a) => cli::summary::run(a),
        Command::Peers(a) => cli::peers::run(a),
        Command::Failures(a) => cli::failures::run(a),
        Command::Ciphers(a) => cli::ciphers::run(a),
        Command::Check(a) => cli::check::run(a),
        Command::Impact(a) => cli::impact::run(a),
        Command::Trace(a) => cli::trace::run(a),
        Command::Report(a) => cli::report::run(a),
        Command::Ingest(a) => cli::ingest::ingest(a),
        Command::Prune(a) => cli::ingest::prune(a),
        Command::Serve(a) => cli::serve::run(a),
        Command::Follow(a) => cli::follow::run(a),
        Command::Listen(a) => cli::listen::run(a),
        Command::Simulate(a) => cli::simulate::run(a),
        Command::Completions(a) => cli::docs::completions(a),
        Command::Man => cli::docs::man(),
        Command::Schema => cli::docs::schema(),
    };
    ExitCode::from(code)
}
