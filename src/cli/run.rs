//! Running a command over its inputs: the pipeline fed source by source with a progress bar, what
//! the run reported printed on stderr, and the exit code.

use super::args::{InputConfig, ReportArgs};
use esa_tls::input::{self, Source};
use esa_tls::model::Record;
use esa_tls::output::{self, Format};
use esa_tls::pipeline::{self, RunReport};
use esa_tls::readback;
use esa_tls::report::filter::Filtered;
use esa_tls::report::summary::Scope;
use esa_tls::report::Table;
use esa_tls::sink::{FnSink, Sink};
use std::io::{self, IsTerminal, Write};

/// Exit codes (documented in the README).
pub const EXIT_OK: u8 = 0;
pub const EXIT_VIOLATIONS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;
/// `check` read no mail-log data: nothing was verified, so the gate does not pass.
pub const EXIT_NO_DATA: u8 = 3;

/// An error or note on stderr, control bytes escaped.
pub fn err(msg: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "esa-tls: {}", term_safe(&msg.to_string()));
}

/// The value, or `None` with the error said on standard error (the caller then exits with
/// [`EXIT_ERROR`]): `let Some(x) = or_say(parse(…)) else { return EXIT_ERROR };`.
pub fn or_say<T>(r: Result<T, impl std::fmt::Display>) -> Option<T> {
    r.map_err(err).ok()
}

/// Text for a terminal: control bytes (from binary input, or a hostile log) are shown escaped, never
/// sent raw.
fn term_safe(s: &str) -> std::borrow::Cow<'_, str> {
    output::grid::strip_controls(s)
}

/// A note on stderr unless `--quiet`.
pub fn note(cfg_quiet: bool, note: Option<String>) {
    if let Some(n) = note.filter(|_| !cfg_quiet) {
        err(format!("note: {n}"));
    }
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// An access token: the first line of a file, at least 16 characters. `flag` names the option.
pub fn token_file(path: &std::path::Path, flag: &str) -> Result<String, String> {
    let t = std::fs::read_to_string(path).map_err(|e| format!("{flag} {}: {e}", path.display()))?;
    let t = t.lines().next().unwrap_or("").trim().to_string();
    check_token(&t)?;
    Ok(t)
}

/// A token shorter than 16 characters is refused.
pub fn check_token(t: &str) -> Result<(), String> {
    if t.len() < 16 {
        return Err("the access token must be at least 16 characters".into());
    }
    Ok(())
}

/// Whether the inputs could not be read (a store, or every log named): a report then gives no
/// figures, rather than zeros that look like an answer.
pub fn nothing_read(report: &RunReport) -> bool {
    report.correlation.connections + report.correlation.messages == 0 && !report.errors.is_empty()
}

pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(256 * 1024, io::stdout().lock())
}

fn print_report(r: &RunReport, cfg: &InputConfig) {
    let mut e = io::stderr().lock();
    if !cfg.quiet {
        for n in &r.notes {
            let _ = writeln!(e, "esa-tls: note: {}", term_safe(n));
        }
    }
    for x in &r.errors {
        let _ = writeln!(e, "esa-tls: error: {}", term_safe(&x.to_string()));
    }
    if cfg.stats {
        for f in &r.files {
            let version = match (&f.version, &f.serial) {
                (Some(v), Some(sn)) => format!(" (AsyncOS {v}, SN {sn})"),
                (Some(v), None) => format!(" (AsyncOS {v})"),
                _ => String::new(),
            };
            let skipped = match f.skipped {
                0 => String::new(),
                n => format!(" after its first {n}, read as the end of another file"),
            };
            let line = format!(
                "{}: {} lines{skipped}: {} used, {} ignored, {} not understood{version}",
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
/// `narrow`: a report, which counts only the recipients the search asks about.
pub fn drive(cfg: &mut InputConfig, narrow: bool, sink: &mut dyn Sink) -> RunReport {
    // what only connection records carry is not kept for a command that prints messages only, and
    // what only messages carry not for one that prints connections only
    cfg.options.connections = cfg.kinds.0;
    cfg.options.messages = cfg.kinds.1;
    if let Some(url) = cfg.store.clone() {
        return drive_store(&url, cfg, narrow, sink);
    }
    // printing the few messages or connections a search names by ID, Message-ID or address: texts
    // are read back for those only (see esa_tls::readback); a search that keeps many records after
    // all (a busy mailbox) stops early, and the run starts again with every text (nothing was
    // printed yet)
    if cfg.options.keep_text && readback::applies(&cfg.search, cfg.kinds, &cfg.sources) {
        let p = pipeline::Pipeline::new(readback::lean(&cfg.options, &cfg.search, cfg.kinds));
        let total = cfg.sources.iter().map(source_len).sum();
        let mut back = readback::ReadBack::new(p.extents(), &cfg.options, cfg.kinds, total, sink);
        let mut report = read_all(cfg, p, narrow, &mut back);
        if !back.over_budget() {
            let b = back.finish();
            if b.failed > 0 {
                report.errors.push(input::InputError {
                    source: cfg.sources.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", "),
                    message: format!(
                        "{} printed without {} texts: the lines could not be read again ({})",
                        esa_tls::report::count(b.failed, "record", "records"),
                        if b.failed == 1 { "its" } else { "their" },
                        b.last_error.unwrap_or_default()
                    ),
                });
            }
            return report;
        }
    }
    read_all(cfg, pipeline::Pipeline::new(cfg.options.clone()), narrow, sink)
}

/// Reads every input through `p` into `sink`.
fn read_all(cfg: &InputConfig, mut p: pipeline::Pipeline, narrow: bool, sink: &mut dyn Sink) -> RunReport {
    p.add_errors(cfg.errors.clone(), cfg.notes.clone());
    let srcs = &cfg.sources;
    let mut progress = Progress::new(srcs, cfg.quiet);
    let mut filtered = Filtered { range: cfg.range, search: cfg.search.clone(), narrow, inner: sink };
    let filtered = filtered.sink();
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
        p.run_source(s, filtered);
        if let Some(pr) = &mut progress {
            pr.done += source_len(s);
        }
    }
    if let Some(pr) = progress {
        pr.bar.finish_and_clear();
    }
    p.finish(filtered)
}

/// A store's URL as it may be shown: without a ClickHouse password.
pub fn shown_url(url: &str) -> String {
    esa_tls::store::Location::parse(url).map_or_else(|_| url.to_string(), |l| l.describe())
}

/// Reads the records of a store into `sink` as [`drive`] reads logs: the same filters, in the same
/// order. The store narrows what it reads by the search's lookup keys and the time range.
fn drive_store(url: &str, cfg: &InputConfig, narrow: bool, sink: &mut dyn Sink) -> RunReport {
    let mut report = RunReport::default();
    let shown = shown_url(url);
    let fail = |report: &mut RunReport, e: esa_tls::store::StoreError| {
        report.errors.push(input::InputError { source: shown.clone(), message: e.to_string() });
    };
    let mut b = match esa_tls::store::open_existing(url) {
        Ok(b) => b,
        Err(e) => {
            fail(&mut report, e);
            return report;
        }
    };
    let narrowed = esa_tls::store::search_keys(&cfg.search, cfg.kinds.0).is_some()
        || !cfg.range.is_open()
        || !(cfg.kinds.0 && cfg.kinds.1);
    let (mut conns, mut msgs) =
        match esa_tls::store::search(b.as_mut(), cfg.kinds, cfg.range, &cfg.search, narrow, sink) {
            Ok(n) => n,
            Err(e) => {
                fail(&mut report, e);
                return report;
            }
        };
    // "no data" is about the store, not about what the filters kept
    if conns + msgs == 0 && narrowed {
        if let Err(e) = note_empty_store(b.as_mut(), url, &mut report) {
            fail(&mut report, e);
        }
        (conns, msgs) = (report.correlation.connections, report.correlation.messages);
    } else if conns + msgs == 0 {
        report.notes.push(format!("the store {shown} holds no record"));
    }
    report.correlation.connections = conns;
    report.correlation.messages = msgs;
    report
}

/// When an answer rested on nothing: counts the store's records into `report` (what `check` judges
/// "no data" by) and, when it holds none at all, says so.
fn note_empty_store(
    b: &mut dyn esa_tls::store::Backend,
    url: &str,
    report: &mut RunReport,
) -> esa_tls::store::Result<()> {
    let s = b.stats()?;
    report.correlation.connections = s.connections;
    report.correlation.messages = s.messages;
    if s.connections + s.messages == 0 {
        report.notes.push(format!("the store {} holds no record", shown_url(url)));
    }
    Ok(())
}

/// Prints what the run reported on stderr and turns it into an exit code.
pub fn finish(report: &RunReport, cfg: &InputConfig, write_result: io::Result<()>) -> u8 {
    print_report(report, cfg);
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

/// Runs an aggregate over the input and renders it; `render` returns the exit code for a clean run
/// (an input error, exit 2, wins over it).
pub fn aggregate<A>(
    a: &ReportArgs,
    keep_text: bool,
    agg: A,
    add: impl Fn(&mut A, &Record),
    render: impl FnOnce(&A, &RunReport, Format, &mut dyn Write) -> io::Result<u8>,
) -> u8 {
    aggregate_with(a, keep_text, agg, add, None, render)
}

/// How an aggregate is computed inside a store, without reading the records (used with `--store` when
/// no search filter is given); returns how much it rested on (0: nothing).
pub type InStore<A> =
    fn(&mut A, &mut dyn esa_tls::store::Backend, esa_tls::report::filter::TimeRange) -> esa_tls::store::Result<u64>;

/// [`aggregate`], computed by `in_store` when reading a store with no search filter.
pub fn aggregate_with<A>(
    a: &ReportArgs,
    keep_text: bool,
    mut agg: A,
    add: impl Fn(&mut A, &Record),
    in_store: Option<InStore<A>>,
    render: impl FnOnce(&A, &RunReport, Format, &mut dyn Write) -> io::Result<u8>,
) -> u8 {
    let Some(mut cfg) = or_say(a.input.config(keep_text)) else {
        return EXIT_ERROR;
    };
    let only = cfg.search.message_only();
    if !only.is_empty() {
        note(cfg.quiet, Some(format!("{} select messages: connection figures are left out", only.join(" and "))));
    }
    let report = match (&cfg.store, in_store) {
        // a bound with a zone is an instant: the store's hourly figures cannot answer for it
        (Some(url), Some(f)) if cfg.search.is_empty() && !cfg.range.has_instants() => {
            let mut report = RunReport::default();
            let r = esa_tls::store::open_existing(url).and_then(|mut b| {
                if f(&mut agg, b.as_mut(), cfg.range)? == 0 {
                    note_empty_store(b.as_mut(), url, &mut report)?;
                }
                Ok(())
            });
            if let Err(e) = r {
                report.errors.push(input::InputError { source: shown_url(url), message: e.to_string() });
            }
            report
        }
        _ => {
            let mut kept = 0u64;
            let mut sink = FnSink(|r| {
                kept += 1;
                add(&mut agg, &r)
            });
            let report = drive(&mut cfg, true, &mut sink);
            // zeros under a search look like an answer about the input: say what they are
            let what = match Scope::of(&cfg.search, &cfg.range) {
                Scope::Input => None,
                Scope::TimeRange => Some(format!("lies in the time range ({})", cfg.range.describe())),
                Scope::Search => Some("matched the search".to_string()),
            };
            if let Some(what) = what.filter(|_| kept == 0) {
                note(cfg.quiet, Some(format!("no message or connection {what}: every figure is 0")));
            }
            report
        }
    };
    if nothing_read(&report) {
        return finish(&report, &cfg, Ok(()));
    }
    let format = super::args::format_or(a.format, Format::Json);
    let mut out = stdout();
    let mut verdict = EXIT_OK;
    let r = render(&agg, &report, format, &mut out).and_then(|v| {
        verdict = v;
        out.flush()
    });
    let code = finish(&report, &cfg, r);
    if code == EXIT_OK {
        verdict
    } else {
        code
    }
}

/// Renders a report's tables, the one `--table` names or (CSV) the first.
pub fn render_tables(name: &str, tables: Vec<Table>, a: &ReportArgs, f: Format, out: &mut dyn Write) -> io::Result<u8> {
    let (tables, n) =
        output::select(tables, a.table.as_deref(), f).map_err(|m| io::Error::new(io::ErrorKind::InvalidInput, m))?;
    note(a.input.quiet, n);
    output::render_report(name, &tables, f, out).map(|_| EXIT_OK)
}
