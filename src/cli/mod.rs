//! The command line: clap's parse of it (`Cli`), validated in [`args`] into the configuration a run
//! uses; one file per subcommand, each building the pipeline and handing records to a report or a
//! writer; [`run`] holds what they share (driving the pipeline, stderr, exit codes).

pub mod args;
pub mod check;
pub mod ciphers;
pub mod docs;
pub mod failures;
pub mod follow;
pub mod impact;
pub mod ingest;
pub mod listen;
pub mod metrics;
pub mod peers;
pub mod records;
pub mod report;
pub mod rules;
pub mod run;
pub mod serve;
pub mod simulate;
pub mod summary;
pub mod trace;
pub mod webhook;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "esa-tls",
    version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("ESA_TLS_COMMIT"), ")"),
    about = "Was this mail encrypted? TLS verdicts per connection, message and recipient from Cisco ESA mail logs."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// One record per message: how it was received and, per recipient, how it was delivered.
    Messages(args::RecordArgs),
    /// One record per SMTP connection (ICID inbound, DCID outbound) with its TLS verdict.
    Connections(args::RecordArgs),
    /// Connections, messages and recipients by TLS outcome, per direction.
    Summary(summary::SummaryArgs),
    /// Per partner: by domain or host, connections and messages by TLS outcome, protocols, failures.
    Peers(peers::PeersArgs),
    /// TLS failures grouped by reason, with the peers affected.
    Failures(args::ReportArgs),
    /// Protocol and cipher inventory; deprecated ones flagged with the peers still using them.
    Ciphers(args::ReportArgs),
    /// Compliance gate: lists what broke the rules; exits 1 if anything did, 3 if nothing was verified (no mail log, or a search that kept nothing).
    Check(rules::RulesArgs),
    /// What would break if TLS were required for some partners or old protocols turned off.
    Impact(rules::RulesArgs),
    /// Follow log files or folders as they are written (tail -F across rotations): records as NDJSON
    /// as soon as they are final, violations as they happen.
    Follow(follow::FollowArgs),
    /// Receive syslog push (UDP, TCP) from the appliances: records as NDJSON as soon as final.
    Listen(listen::ListenArgs),
    /// Correlates logs and keeps the records in a store (SQLite by default, or ClickHouse): later
    /// questions read the store (`--store`), not the logs. Incremental: only what is new is read.
    Ingest(ingest::IngestArgs),
    /// Deletes the records older than an age from a store.
    Prune(ingest::PruneArgs),
    /// One self-contained HTML report for people: shares, trends, protocols, partners, failures.
    Report(report::ReportArgs),
    /// A small read-only web app over a store: dashboard, search, message and partner pages, JSON API.
    Serve(serve::ServeArgs),
    /// The story of one message: every line about it and its connections, and what each verdict rests on.
    Trace(trace::TraceArgs),
    /// Writes a simulated ESA mail log (for tests and benchmarks).
    Simulate(simulate::SimulateArgs),
    /// Writes the shell completion script for bash, zsh, fish, elvish or powershell.
    Completions(docs::CompletionsArgs),
    /// Writes the man page (roff), e.g. `esa-tls man > esa-tls.1`.
    Man,
    /// Writes the JSON Schema of the output contract (records, summary, reports, traces).
    Schema,
}

impl Cli {
    /// The command line, or clap's error and exit 2. A log or an option named before the command
    /// (`esa-tls mail.log summary`, `esa-tls -f json summary mail.log`) is a slip clap reports as an
    /// unknown command or argument: the error then also shows the line in its order.
    pub fn parse_or_exit() -> Cli {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        Cli::try_parse_from(&args).unwrap_or_else(|e| with_order_tip(e, &args).exit())
    }
}

/// `e` with a tip giving the command first, when what came before it is an input (a path or `-`,
/// which clap took for the command) or an option; any other error as it is.
fn with_order_tip(mut e: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::builder::StyledStr;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use clap::CommandFactory;
    let cli = Cli::command();
    let is_command = |a: &str| cli.get_subcommands().any(|c| c.get_name() == a || c.get_all_aliases().any(|x| x == a));
    let mut rest: Vec<String> = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let command = rest.iter().position(|a| is_command(a));
    let command = match (e.kind(), command) {
        // a log where the command goes
        (ErrorKind::InvalidSubcommand, command) => {
            let Some(ContextValue::String(given)) = e.get(ContextKind::InvalidSubcommand) else {
                return e;
            };
            if !(given == "-" || given.contains(['/', '.']) || std::path::Path::new(given).exists()) {
                return e; // a mistyped command: clap's own "similar subcommand" says it
            }
            command.map_or_else(|| "summary".to_string(), |i| rest.remove(i))
        }
        // the command's options before it
        (ErrorKind::UnknownArgument, Some(i)) if i > 0 => rest.remove(i),
        _ => return e,
    };
    let line: Vec<String> = std::iter::once(command).chain(rest).map(|a| shell_word(&a)).collect();
    let tip = format!("the command comes first, then its options and logs: 'esa-tls {}'", line.join(" "));
    let mut tips = match e.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(v)) => v.clone(),
        _ => Vec::new(),
    };
    tips.push(StyledStr::from(tip));
    e.insert(ContextKind::Suggested, ContextValue::StyledStrs(tips));
    e
}

/// An argument as a shell reads it back: as it is when plain, else in double quotes (control
/// characters of a file name left out).
fn shell_word(a: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "@%_+=:,./-".contains(c);
    if !a.is_empty() && a.chars().all(plain) {
        return a.to_string();
    }
    let mut out = String::from("\"");
    for c in a.chars().filter(|c| !c.is_control()) {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
