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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
