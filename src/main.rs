//! The `esa-tls` command: a thin layer over the library.

use clap::{Args, Parser, Subcommand};
use esa_tls::correlate::Limits;
use esa_tls::input::{self, Source};
use esa_tls::output::{self, Format, RecordKind, RecordWriter};
use esa_tls::pipeline::{self, Options, RunReport, Sink};
use esa_tls::report::compliance::{Check, Impact, Rules};
use esa_tls::report::filter::{Filtered, TimeRange};
use esa_tls::report::peers::{DirectionFilter, PeerGroup, PeerSort, Peers};
use esa_tls::report::policy::Policy;
use esa_tls::report::summary::{Bucket, Series, SummaryReport};
use esa_tls::report::{ciphers::Ciphers, failures::Failures};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes (documented in the README).
const EXIT_OK: u8 = 0;
const EXIT_VIOLATIONS: u8 = 1;
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
    Summary(SummaryArgs),
    /// Per partner: by domain or host, connections and messages by TLS outcome, protocols, failures.
    Peers(PeersArgs),
    /// TLS failures grouped by reason, with the peers affected.
    Failures(ReportArgs),
    /// Protocol and cipher inventory; deprecated ones flagged with the peers still using them.
    Ciphers(ReportArgs),
    /// Compliance gate: lists what broke the rules and exits 1 if anything did.
    Check(RulesArgs),
    /// What would break if TLS were required for some partners or old protocols turned off.
    Impact(RulesArgs),
    /// Writes a simulated ESA mail log (for tests and benchmarks).
    Simulate(SimulateArgs),
}

#[derive(Args)]
struct ReportArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format (default: table on a terminal, otherwise json).
    #[arg(long, short, value_enum)]
    format: Option<Format>,
}

#[derive(Args)]
struct SummaryArgs {
    #[command(flatten)]
    report: ReportArgs,
    /// Add a time series of the TLS share per hour or day.
    #[arg(long, value_enum)]
    bucket: Option<Bucket>,
    /// Split connections into Required and Preferred by a policy file (see README).
    #[arg(long)]
    policy: Option<PathBuf>,
}

#[derive(Args)]
struct PeersArgs {
    #[command(flatten)]
    report: ReportArgs,
    /// Group by envelope domain or by host.
    #[arg(long, value_enum, default_value = "domain")]
    group: PeerGroup,
    /// Order of the rows.
    #[arg(long, value_enum, default_value = "messages")]
    by: PeerSort,
    /// Show the first N rows per direction.
    #[arg(long)]
    top: Option<usize>,
    /// Which directions to show.
    #[arg(long, value_enum, default_value = "both")]
    direction: DirectionFilter,
    /// Add the appliance report's Required/Preferred columns from a policy file (see README).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Add, per peer shown, the share encrypted per hour or day.
    #[arg(long, value_enum)]
    bucket: Option<Bucket>,
}

#[derive(Args)]
struct RulesArgs {
    #[command(flatten)]
    report: ReportArgs,
    /// Domains that must send and receive over TLS (subdomains included).
    #[arg(long = "require-tls", num_args = 1..)]
    require_tls: Vec<String>,
    /// Lowest acceptable TLS protocol, e.g. TLSv1.2.
    #[arg(long)]
    min_protocol: Option<String>,
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
    /// Threads (default: one per core): one correlates, the others parse; 1 does everything on one
    /// thread. Output is the same for any number.
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Most connections, and most messages, kept open at once per appliance before the oldest is
    /// reported early (bounds memory on logs where closing lines are missing).
    #[arg(long, default_value_t = 50_000)]
    max_open: usize,
    /// Keep only records at or after this log time (2024-03-01 or 2024-03-01T08:00).
    #[arg(long)]
    since: Option<String>,
    /// Keep only records before this log time.
    #[arg(long)]
    until: Option<String>,
}

#[derive(Args)]
struct RecordArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format (default: table on a terminal, otherwise ndjson).
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
        limits: Limits { max_connections: a.max_open.max(1), max_messages: a.max_open.max(1), ..Limits::default() },
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
            let version = match (&f.version, &f.serial) {
                (Some(v), Some(sn)) => format!(" (AsyncOS {v}, SN {sn})"),
                (Some(v), None) => format!(" (AsyncOS {v})"),
                _ => String::new(),
            };
            let _ = writeln!(
                e,
                "{}: {} lines: {} used, {} ignored, {} not understood{version}",
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

fn time_range(a: &InputArgs) -> Result<TimeRange, String> {
    let parse = |v: &Option<String>, name: &str| -> Result<Option<i64>, String> {
        v.as_deref()
            .map(|t| {
                esa_tls::time::parse_cli_time(t)
                    .ok_or_else(|| format!("--{name}: cannot read {t:?} (use 2024-03-01 or 2024-03-01T08:00)"))
            })
            .transpose()
    };
    Ok(TimeRange { since: parse(&a.since, "since")?, until: parse(&a.until, "until")? })
}

fn read_policy(p: &Option<PathBuf>) -> Result<Option<Policy>, String> {
    let Some(p) = p else { return Ok(None) };
    let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    Policy::parse(&text).map(Some).map_err(|e| format!("{}: {e}", p.display()))
}

/// Size on disk of a source (0 for stdin).
fn source_len(s: &Source) -> u64 {
    match &s.kind {
        input::SourceKind::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
        input::SourceKind::Stdin => 0,
    }
}

/// A progress bar on stderr (a terminal only, unless --quiet), by bytes read.
struct Progress {
    bar: indicatif::ProgressBar,
    start: std::time::Instant,
    done: u64,
}

impl Progress {
    fn new(srcs: &[Source], quiet: bool) -> Option<Progress> {
        if quiet || !io::stderr().is_terminal() {
            return None;
        }
        let total: u64 = srcs.iter().map(source_len).sum();
        let bar = indicatif::ProgressBar::with_draw_target(Some(total), indicatif::ProgressDrawTarget::hidden());
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
        {
            bar.set_style(style);
        }
        Some(Progress { bar, start: std::time::Instant::now(), done: 0 })
    }
}

/// Reads every input through the pipeline into `sink` (records filtered by --since/--until).
fn drive(a: &InputArgs, keep_text: bool, sink: &mut dyn Sink) -> Result<RunReport, String> {
    let (srcs, errors, notes) = sources(a)?;
    let range = time_range(a)?;
    let mut opts = options(a);
    opts.keep_text = keep_text;
    let mut p = pipeline::Pipeline::new(opts);
    p.add_errors(errors, notes);
    let mut progress = Progress::new(&srcs, a.quiet);
    let mut filtered = Filtered { range, inner: sink };
    for (i, s) in srcs.iter().enumerate() {
        if filtered.stopped() {
            break;
        }
        p.decode_ahead(&srcs[i + 1..]);
        if let Some(pr) = &progress {
            let (bar, base) = (pr.bar.clone(), pr.done);
            let start = pr.start;
            p.set_progress(Box::new(move |n| {
                // shown only for runs that take more than a second
                if bar.is_hidden() && start.elapsed() > std::time::Duration::from_secs(1) {
                    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                }
                bar.set_position(base + n);
            }));
        }
        p.run_source(s, &mut filtered);
        if let Some(pr) = &mut progress {
            pr.done += source_len(s);
        }
    }
    if let Some(pr) = progress {
        pr.bar.finish_and_clear();
    }
    Ok(p.finish(&mut filtered))
}

/// Prints what the run reported on stderr and turns it into an exit code.
fn finish(report: &RunReport, a: &InputArgs, write_result: io::Result<()>) -> u8 {
    print_report(report, a);
    let mut code = if report.errors.is_empty() { EXIT_OK } else { EXIT_ERROR };
    match write_result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            err(format!("writing output: {e}"));
            code = EXIT_ERROR;
        }
        _ => {}
    }
    code
}

fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(256 * 1024, io::stdout().lock())
}

fn default_format(f: Option<Format>, piped: Format) -> Format {
    f.unwrap_or(if io::stdout().is_terminal() { Format::Table } else { piped })
}

fn run_records(a: &RecordArgs, kind: RecordKind) -> u8 {
    let mut w = RecordWriter::new(stdout(), kind, default_format(a.format, Format::Ndjson));
    match drive(&a.input, true, &mut w) {
        Ok(report) => finish(&report, &a.input, w.finish()),
        Err(m) => {
            err(m);
            EXIT_ERROR
        }
    }
}

/// Runs an aggregate over the input and renders it; `render` returns the exit code for a clean run.
fn run_aggregate<A>(
    a: &ReportArgs,
    keep_text: bool,
    mut agg: A,
    add: impl Fn(&mut A, &esa_tls::model::Record),
    render: impl FnOnce(&A, Format, &mut dyn Write) -> io::Result<u8>,
) -> u8 {
    let mut sink = pipeline::FnSink(|r| add(&mut agg, &r));
    let report = match drive(&a.input, keep_text, &mut sink) {
        Ok(r) => r,
        Err(m) => {
            err(m);
            return EXIT_ERROR;
        }
    };
    let format = default_format(a.format, Format::Json);
    let mut out = stdout();
    let mut verdict = EXIT_OK;
    let r = render(&agg, format, &mut out).and_then(|v| {
        verdict = v;
        out.flush()
    });
    let code = finish(&report, &a.input, r);
    if code == EXIT_OK {
        verdict
    } else {
        code
    }
}

fn run_summary(a: &SummaryArgs) -> u8 {
    let policy = match read_policy(&a.policy) {
        Ok(p) => p,
        Err(m) => {
            err(m);
            return EXIT_ERROR;
        }
    };
    // the summary needs verdicts only, unless the policy is matched against envelope domains
    let keep_text = policy.is_some();
    let agg = SummaryReport {
        series: a.bucket.map(Series::new),
        policy: policy.map(|p| (p, Default::default())),
        ..Default::default()
    };
    run_aggregate(
        &a.report,
        keep_text,
        agg,
        |s, r| s.add(r),
        |s, f, out| output::summary::render(s, f, out).map(|_| EXIT_OK),
    )
}

fn run_peers(a: &PeersArgs) -> u8 {
    let policy = match read_policy(&a.policy) {
        Ok(p) => p,
        Err(m) => {
            err(m);
            return EXIT_ERROR;
        }
    };
    run_aggregate(
        &a.report,
        true,
        Peers { bucket: a.bucket, ..Peers::default() },
        |p, r| p.add(r),
        |p, f, out| {
            let tables = p.tables(a.group, a.direction, a.by, a.top, policy.as_ref());
            output::tables::render("peers", &tables, f, out).map(|_| EXIT_OK)
        },
    )
}

fn run_rules(a: &RulesArgs, impact: bool) -> u8 {
    if a.require_tls.is_empty() && a.min_protocol.is_none() {
        err("give --require-tls DOMAIN… and/or --min-protocol VERSION");
        return EXIT_ERROR;
    }
    let rules = match Rules::new(&a.require_tls, a.min_protocol.as_deref()) {
        Ok(r) => r,
        Err(m) => {
            err(format!("--min-protocol: {m}"));
            return EXIT_ERROR;
        }
    };
    if impact {
        run_aggregate(
            &a.report,
            true,
            Impact::new(rules),
            |i, r| i.add(r),
            |i, f, out| output::tables::render("impact", &i.tables(), f, out).map(|_| EXIT_OK),
        )
    } else {
        run_aggregate(
            &a.report,
            true,
            Check::new(rules),
            |c, r| c.add(r),
            |c, f, out| {
                output::tables::render("check", &c.tables(), f, out)?;
                Ok(if c.count > 0 { EXIT_VIOLATIONS } else { EXIT_OK })
            },
        )
    }
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
        Command::Messages(a) => run_records(a, RecordKind::Messages),
        Command::Connections(a) => run_records(a, RecordKind::Connections),
        Command::Summary(a) => run_summary(a),
        Command::Peers(a) => run_peers(a),
        Command::Failures(a) => run_aggregate(
            a,
            true,
            Failures::default(),
            |x, r| x.add(r),
            |x, f, out| output::tables::render("failures", &x.tables(), f, out).map(|_| EXIT_OK),
        ),
        Command::Ciphers(a) => run_aggregate(
            a,
            true,
            Ciphers::default(),
            |x, r| x.add(r),
            |x, f, out| output::tables::render("ciphers", &x.tables(), f, out).map(|_| EXIT_OK),
        ),
        Command::Check(a) => run_rules(a, false),
        Command::Impact(a) => run_rules(a, true),
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
