//! The `esa-tls` command: a thin layer over the library.

use clap::{Args, Parser, Subcommand};
use esa_tls::input::{self, Source};
use esa_tls::output::{self, Format, RecordKind, RecordWriter};
use esa_tls::pipeline::{self, Options, RunReport, Sink};
use esa_tls::report::Summary;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes (documented in the README).
const EXIT_OK: u8 = 0;
const EXIT_ERROR: u8 = 2;

#[derive(Parser)]
#[command(
    name = "esa-tls",
    version,
    about = "Was this mail encrypted? TLS verdicts per connection, message and recipient from Cisco ESA mail logs."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// One record per message: how it was received and, per recipient, how it was delivered.
    Messages(RecordArgs),
    /// One record per SMTP connection (ICID inbound, DCID outbound) with its TLS verdict.
    Connections(RecordArgs),
    /// Connections, messages and recipients by TLS outcome, per direction.
    Summary(RecordArgs),
    /// Writes a simulated ESA mail log (for tests and benchmarks).
    Simulate(SimulateArgs),
}

#[derive(Args)]
struct InputArgs {
    /// Log files, .gz files, ESA log folders, or `-` for stdin (the default when stdin is piped).
    paths: Vec<PathBuf>,
    /// Appliance name for lines that carry no syslog hostname.
    #[arg(long)]
    appliance: Option<String>,
    /// Year of the first syslog timestamp (they carry none; New Year still rolls over); inferred otherwise.
    #[arg(long)]
    year: Option<i32>,
    /// Offset from UTC in seconds for times whose file header gives none (e.g. -14400).
    #[arg(long, allow_hyphen_values = true)]
    utc_offset: Option<i32>,
    /// Syslog tag of the mail log subscription (repeatable); default: tags containing "mail".
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// Print per-file line counts (used, ignored, not understood) and examples on stderr.
    #[arg(long)]
    stats: bool,
    /// No notes on stderr (errors are still printed).
    #[arg(long, short)]
    quiet: bool,
    /// Parser threads (default: one per core; 1 = everything on one thread). Output is the same.
    #[arg(long, short = 'j')]
    threads: Option<usize>,
}

#[derive(Args)]
struct RecordArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format (default: table on a terminal, otherwise ndjson, or json for summary).
    #[arg(long, short, value_enum)]
    format: Option<Format>,
}

#[derive(Args)]
struct SimulateArgs {
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Inbound messages to simulate.
    #[arg(long, default_value_t = 1000)]
    messages: u64,
    /// Stop once this many bytes were written (overrides --messages), e.g. 1G, 500M.
    #[arg(long)]
    size: Option<String>,
    /// Number of appliances (more than one implies syslog lines with hostnames).
    #[arg(long, default_value_t = 1)]
    appliances: u32,
    /// Syslog lines (`Mmm dd HH:MM:SS host mail_logs: Info: …`) instead of the on-box form.
    #[arg(long)]
    syslog: bool,
    /// Write the expected verdicts (JSON) to this file.
    #[arg(long)]
    truth: Option<PathBuf>,
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1u64 << 10),
        'm' | 'M' => (&s[..s.len() - 1], 1 << 20),
        'g' | 'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<u64>().ok().map(|n| n * mult)
}

fn err(msg: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "esa-tls: {msg}");
}

fn options(a: &InputArgs) -> Options {
    let threads = a.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    Options {
        appliance: a.appliance.clone(),
        year: a.year,
        utc_offset: a.utc_offset,
        mail_tags: a.tags.clone(),
        threads,
        ..Options::default()
    }
}

/// Sources, errors found while expanding paths, and notes.
type Expanded = (Vec<Source>, Vec<input::InputError>, Vec<String>);

/// Sources from the paths, or stdin when none are given and stdin is not a terminal.
fn sources(a: &InputArgs) -> Result<Expanded, String> {
    if a.paths.is_empty() {
        if io::stdin().is_terminal() {
            return Err("no input: give log files or folders, or pipe a log on stdin (see --help)".into());
        }
        return Ok((vec![Source::stdin()], Vec::new(), Vec::new()));
    }
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let s = input::expand(&a.paths, &mut errors, &mut notes);
    Ok((s, errors, notes))
}

fn print_report(r: &RunReport, a: &InputArgs) {
    let mut e = io::stderr().lock();
    if !a.quiet {
        for n in &r.notes {
            let _ = writeln!(e, "esa-tls: note: {n}");
        }
    }
    for x in &r.errors {
        let _ = writeln!(e, "esa-tls: error: {x}");
    }
    if a.stats {
        for f in &r.files {
            let _ = writeln!(
                e,
                "{}: {} lines: {} used, {} ignored, {} not understood",
                f.source, f.lines, f.used, f.ignored, f.not_understood
            );
            for x in &f.examples {
                let _ = writeln!(e, "  {}:{}: {}", f.source, x.line, x.text);
            }
        }
        let c = &r.correlation;
        let _ = writeln!(
            e,
            "correlation: {} connections, {} messages; at most {} connections and {} messages held at once; {} evicted, {} expired, {} late lines, {} reused IDs, {} truncated",
            c.connections, c.messages, c.peak_connections, c.peak_messages, c.evicted, c.expired, c.late_lines, c.id_reuse, c.truncated
        );
    }
}

fn run_records(a: &RecordArgs, kind: Option<RecordKind>) -> u8 {
    let (srcs, errors, notes) = match sources(&a.input) {
        Ok(x) => x,
        Err(m) => {
            err(m);
            return EXIT_ERROR;
        }
    };
    let terminal = io::stdout().is_terminal();
    let mut opts = options(&a.input);
    // the summary needs verdicts only, not addresses and subjects
    opts.keep_text = kind.is_some();
    let mut p = pipeline::Pipeline::new(opts);
    p.add_errors(errors, notes);
    let stdout = io::stdout().lock();
    let out = io::BufWriter::with_capacity(256 * 1024, stdout);
    let (report, write_result) = match kind {
        Some(kind) => {
            let format = a.format.unwrap_or(if terminal { Format::Table } else { Format::Ndjson });
            let mut w = RecordWriter::new(out, kind, format);
            for s in &srcs {
                if w.stopped() {
                    break;
                }
                p.run_source(s, &mut w);
            }
            let report = p.finish(&mut w);
            (report, w.finish())
        }
        None => {
            let format = a.format.unwrap_or(if terminal { Format::Table } else { Format::Json });
            let mut summary = Summary::default();
            let mut sink = pipeline::FnSink(|r| summary.add(&r));
            for s in &srcs {
                p.run_source(s, &mut sink);
            }
            let report = p.finish(&mut sink);
            let mut out = out;
            let r = output::summary::render(&summary, format, &mut out).and_then(|_| out.flush());
            let r = match r {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                r => r,
            };
            (report, r)
        }
    };
    print_report(&report, &a.input);
    let mut code = if report.errors.is_empty() { EXIT_OK } else { EXIT_ERROR };
    if let Err(e) = write_result {
        err(format!("writing output: {e}"));
        code = EXIT_ERROR;
    }
    code
}

fn simulate(a: &SimulateArgs) -> u8 {
    let mut cfg = esa_tls::sim::Config {
        seed: a.seed,
        messages: a.messages,
        appliances: a.appliances.max(1),
        syslog: a.syslog || a.appliances > 1,
        ..Default::default()
    };
    if let Some(s) = &a.size {
        match parse_size(s) {
            Some(n) => cfg.max_bytes = Some(n),
            None => {
                err(format!("--size: cannot read {s:?} (use e.g. 500M or 1G)"));
                return EXIT_ERROR;
            }
        }
    }
    let stdout = io::stdout().lock();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout);
    let truth = match esa_tls::sim::generate(&cfg, &mut out, a.truth.is_some()) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return EXIT_OK,
        Err(e) => {
            err(format!("writing output: {e}"));
            return EXIT_ERROR;
        }
    };
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            err(format!("writing output: {e}"));
            return EXIT_ERROR;
        }
    }
    if let Some(path) = &a.truth {
        let r = std::fs::File::create(path)
            .map_err(|e| e.to_string())
            .and_then(|f| serde_json::to_writer(io::BufWriter::new(f), &truth).map_err(|e| e.to_string()));
        if let Err(e) = r {
            err(format!("{}: {e}", path.display()));
            return EXIT_ERROR;
        }
    }
    EXIT_OK
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::Messages(a) => run_records(a, Some(RecordKind::Messages)),
        Command::Connections(a) => run_records(a, Some(RecordKind::Connections)),
        Command::Summary(a) => run_records(a, None),
        Command::Simulate(a) => simulate(a),
    };
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("500M"), Some(500 << 20));
        assert_eq!(parse_size("123"), Some(123));
        assert_eq!(parse_size("x"), None);
    }
}
