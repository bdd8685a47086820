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
/// `check` read no mail-log data: nothing was verified, so the gate does not pass.
const EXIT_NO_DATA: u8 = 3;

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
    /// Print only the table with this id (ids are in the JSON output). CSV holds one table per
    /// stream: the first, unless this names another.
    #[arg(long, value_name = "ID")]
    table: Option<String>,
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
    /// Domain that must send and receive over TLS: `example.com` (with subdomains), `*.example.com`
    /// (subdomains only), `@example.com` (the domain only). Repeat the option or give a comma list.
    #[arg(long = "require-tls", value_name = "DOMAIN[,DOMAIN…]", value_delimiter = ',')]
    require_tls: Vec<String>,
    /// Lowest acceptable TLS protocol, e.g. TLSv1.2 (any case; `1.2` works too).
    #[arg(long)]
    min_protocol: Option<String>,
    /// `check`: list at most N violations, the earliest (default: all; every one is counted).
    #[arg(long, value_name = "N")]
    max_listed: Option<usize>,
}

#[derive(Args)]
struct InputArgs {
    /// Log files, .gz files, ESA log folders, or `-` for stdin (the default when stdin is piped).
    paths: Vec<PathBuf>,
    /// Appliance name for lines that carry no syslog hostname (`NAME`), or for the lines of one
    /// input path (`NAME=PATH`, repeatable). Default: the serial number of the file header.
    #[arg(long, value_name = "NAME|NAME=PATH")]
    appliance: Vec<String>,
    /// Year of the first syslog timestamp (they carry none; New Year still rolls over); inferred otherwise.
    #[arg(long, value_parser = clap::value_parser!(i32).range(1970..=9999))]
    year: Option<i32>,
    /// Offset from UTC in seconds for times whose file header gives none (e.g. -14400), from
    /// -43200 (UTC-12) to 50400 (UTC+14).
    #[arg(long, allow_hyphen_values = true, value_parser = clap::value_parser!(i32).range(-43200..=50400))]
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
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: Option<u16>,
    /// Most connections, and most messages, kept open at once per appliance before the oldest is
    /// reported early (bounds memory on logs where closing lines are missing).
    #[arg(long, default_value_t = 50_000, value_parser = clap::value_parser!(u64).range(1..))]
    max_open: u64,
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
    let _ = writeln!(io::stderr(), "esa-tls: {}", term_safe(&msg.to_string()));
}

/// Text for a terminal: control bytes (from binary input, or a hostile log) are shown escaped, never
/// sent raw.
fn term_safe(s: &str) -> std::borrow::Cow<'_, str> {
    esa_tls::output::table::strip_controls(s)
}

/// `--appliance` values: one global name, and `NAME=PATH` pairs.
type Appliances = (Option<String>, Vec<(String, PathBuf)>);

fn appliances(a: &InputArgs) -> Result<Appliances, String> {
    let mut global = None;
    let mut paths = Vec::new();
    for v in &a.appliance {
        match v.split_once('=') {
            Some((name, path)) if !name.is_empty() && !path.is_empty() => {
                paths.push((name.to_string(), PathBuf::from(path)))
            }
            Some(_) => return Err(format!("--appliance {v:?}: use NAME or NAME=PATH")),
            None if global.is_some() => {
                return Err("--appliance NAME is given twice; use NAME=PATH to name the appliance of each input".into())
            }
            None => global = Some(v.clone()),
        }
    }
    Ok((global, paths))
}

fn options(a: &InputArgs) -> Result<Options, String> {
    let threads =
        a.threads.map(usize::from).unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let max_open = usize::try_from(a.max_open).unwrap_or(usize::MAX);
    Ok(Options {
        appliance: appliances(a)?.0,
        year: a.year,
        utc_offset: a.utc_offset,
        mail_tags: a.tags.iter().flat_map(|t| t.split(',')).filter(|t| !t.is_empty()).map(String::from).collect(),
        threads,
        limits: Limits { max_connections: max_open, max_messages: max_open, ..Limits::default() },
        ..Options::default()
    })
}

/// Sources, errors found while expanding paths, and notes.
type Expanded = (Vec<Source>, Vec<input::InputError>, Vec<String>);

/// Whether stdin holds input to read: a pipe, a socket, or a regular file with data. Not a terminal,
/// and not what cron and service managers hand a job (`/dev/null`, an empty file, nothing at all):
/// reading that would give an empty report that looks like a clean one.
fn stdin_has_input() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let Ok(fd) = io::stdin().as_fd().try_clone_to_owned() else { return false };
    let Ok(meta) = std::fs::File::from(fd).metadata() else { return false };
    let t = meta.file_type();
    t.is_fifo() || t.is_socket() || (t.is_file() && meta.len() > 0)
}

/// Sources from the paths, or stdin when none are given and stdin is a pipe or a file with data.
fn sources(a: &InputArgs) -> Result<Expanded, String> {
    if a.paths.is_empty() {
        if !stdin_has_input() {
            return Err("no input: give log files or folders, or pipe a log on stdin (stdin here is a terminal, empty, or not a pipe; see --help)".into());
        }
        return Ok((vec![Source::stdin()], Vec::new(), Vec::new()));
    }
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let (_, named) = appliances(a)?;
    let s = input::expand(&a.paths, &named, &mut errors, &mut notes);
    Ok((s, errors, notes))
}

fn print_report(r: &RunReport, a: &InputArgs) {
    let mut e = io::stderr().lock();
    if !a.quiet {
        for n in &r.notes {
            let _ = writeln!(e, "esa-tls: note: {}", term_safe(n));
        }
    }
    for x in &r.errors {
        let _ = writeln!(e, "esa-tls: error: {}", term_safe(&x.to_string()));
    }
    if a.stats {
        for f in &r.files {
            let version = match (&f.version, &f.serial) {
                (Some(v), Some(sn)) => format!(" (AsyncOS {v}, SN {sn})"),
                (Some(v), None) => format!(" (AsyncOS {v})"),
                _ => String::new(),
            };
            let line = format!(
                "{}: {} lines: {} used, {} ignored, {} not understood{version}",
                f.source, f.lines, f.used, f.ignored, f.not_understood
            );
            let _ = writeln!(e, "{}", term_safe(&line));
            for (tag, t) in &f.tags {
                let line = format!(
                    "  syslog tag {tag:?}: {} lines of another subscription, {} taken by content",
                    t.other, t.by_content
                );
                let _ = writeln!(e, "{}", term_safe(&line));
            }
            for x in &f.examples {
                let _ = writeln!(e, "  {}", term_safe(&format!("{}:{}: {}", f.source, x.line, x.text)));
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
        // stdin has no size: bytes read and the rate, not a made-up total
        let streaming = srcs.iter().any(|s| s.kind == input::SourceKind::Stdin);
        let total: u64 = srcs.iter().map(source_len).sum();
        let bar = indicatif::ProgressBar::with_draw_target(
            (!streaming).then_some(total),
            indicatif::ProgressDrawTarget::hidden(),
        );
        let template = if streaming {
            "{spinner} {bytes} read, {bytes_per_sec}"
        } else {
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}"
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        Some(Progress { bar, start: std::time::Instant::now(), done: 0 })
    }
}

/// Reads every input through the pipeline into `sink` (records filtered by --since/--until).
fn drive(a: &InputArgs, keep_text: bool, sink: &mut dyn Sink) -> Result<RunReport, String> {
    let (srcs, errors, notes) = sources(a)?;
    let range = time_range(a)?;
    let mut opts = options(a)?;
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
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => {
            err(e);
            code = EXIT_ERROR;
        }
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
    render: impl FnOnce(&A, &RunReport, Format, &mut dyn Write) -> io::Result<u8>,
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
    let r = render(&agg, &report, format, &mut out).and_then(|v| {
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

fn note_unless_quiet(a: &InputArgs, note: Option<String>) {
    if let Some(n) = note.filter(|_| !a.quiet) {
        err(format!("note: {n}"));
    }
}

/// Renders a report's tables, the one `--table` names or (CSV) the first.
fn render_tables(
    name: &str,
    tables: Vec<esa_tls::report::Table>,
    a: &ReportArgs,
    f: Format,
    out: &mut dyn Write,
) -> io::Result<u8> {
    let (tables, note) = output::tables::select(tables, a.table.as_deref(), f)
        .map_err(|m| io::Error::new(io::ErrorKind::InvalidInput, m))?;
    note_unless_quiet(&a.input, note);
    output::tables::render(name, &tables, f, out).map(|_| EXIT_OK)
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
        |s, _, f, out| {
            let note = output::summary::render(s, f, a.report.table.as_deref(), out)?;
            note_unless_quiet(&a.report.input, note);
            Ok(EXIT_OK)
        },
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
        |p, _, f, out| {
            let tables = p.tables(a.group, a.direction, a.by, a.top, policy.as_ref());
            render_tables("peers", tables, &a.report, f, out)
        },
    )
}

fn run_rules(a: &RulesArgs, impact: bool) -> u8 {
    let rules = match Rules::new(&a.require_tls, a.min_protocol.as_deref()) {
        Ok(r) => r,
        Err(m) => {
            err(m);
            return EXIT_ERROR;
        }
    };
    if rules.require_tls.is_empty() && rules.min_protocol.is_none() {
        err("give --require-tls DOMAIN[,DOMAIN…] and/or --min-protocol VERSION");
        return EXIT_ERROR;
    }
    let quiet = a.report.input.quiet;
    let say = move |notes: Vec<String>| {
        if !quiet {
            for n in notes {
                err(format!("note: {n}"));
            }
        }
    };
    if impact {
        run_aggregate(
            &a.report,
            true,
            Impact::new(rules),
            |i, r| i.add(r),
            |i, _, f, out| {
                say(i.used.notes(&i.rules));
                render_tables("impact", i.tables(), &a.report, f, out)
            },
        )
    } else {
        let mut check = Check::new(rules);
        check.max_listed = a.max_listed;
        run_aggregate(
            &a.report,
            true,
            check,
            |c, r| c.add(r),
            |c, report, f, out| {
                say(c.unused_rule_notes());
                render_tables("check", c.tables(), &a.report, f, out)?;
                let c_stats = &report.correlation;
                Ok(if c_stats.connections + c_stats.messages == 0 {
                    err("check: the input held no mail-log data, so nothing was verified (exit 3)");
                    EXIT_NO_DATA
                } else if c.count > 0 {
                    EXIT_VIOLATIONS
                } else {
                    EXIT_OK
                })
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
            |x, _, f, out| render_tables("failures", x.tables(), a, f, out),
        ),
        Command::Ciphers(a) => run_aggregate(
            a,
            true,
            Ciphers::default(),
            |x, r| x.add(r),
            |x, _, f, out| render_tables("ciphers", x.tables(), a, f, out),
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
