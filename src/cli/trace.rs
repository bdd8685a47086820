//! `esa-tls trace`: the story of one message, with every line its verdicts rest on. Reads the input
//! twice (find, then collect), so it takes files, not stdin.

use super::args::{format_or, FormatArg, InputArgs, SearchArgs};
use super::run::{drive, err, finish, note, or_say, stdout, EXIT_ERROR, EXIT_OK};
use clap::Args;
use esa_tls::input::SourceKind;
use esa_tls::output::{self, Format};
use esa_tls::pipeline::Pipeline;
use esa_tls::report::filter::AddressPattern;
use esa_tls::sink::FnSink;
use esa_tls::trace::{Collector, Finder, Query};
use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

#[derive(Args)]
pub struct TraceArgs {
    /// What to trace: a MID (`500032`), a Message-ID (`<id@host>`), or an address (sender or
    /// recipient).
    pub query: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format (default: table on a terminal, otherwise json).
    #[arg(long, short, value_enum, ignore_case = true)]
    pub format: Option<FormatArg>,
    /// Trace at most N messages (the first found; the rest are counted).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub max_messages: usize,
}

/// The message a search names on its own (`--mid 500032`, `--message-id …`, or one full address):
/// what `trace --mid 500032 mail.log` means, searched as the other commands are.
fn named_by_search(s: &SearchArgs) -> Option<String> {
    match (&s.mid[..], &s.message_id[..], &s.from[..], &s.to[..]) {
        ([mid], [], [], []) => Some(mid.to_string()),
        ([], [id], [], []) => Some(id.clone()),
        // one full address, as the search reads it (`Name <a@b>` included)
        ([], [], [a], []) | ([], [], [], [a]) => match AddressPattern::parse(a) {
            Ok(AddressPattern::Address(a)) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

pub fn run(a: &TraceArgs) -> u8 {
    let mut input = a.input.clone();
    // `trace --mid 500032 mail.log`: the search names the message, so the first argument, a path
    // that exists, is an input (else "mail.log" would be the query and the input missing)
    let text = match named_by_search(&a.input.search) {
        Some(q) if Path::new(&a.query).exists() => {
            input.paths.insert(0, PathBuf::from(&a.query));
            // the query finds the message with its rewrites, splits and bounces, as `trace 500032` does
            (input.search.mid, input.search.message_id, input.search.from, input.search.to) = Default::default();
            q
        }
        _ => a.query.clone(),
    };
    let Some(query) = or_say(Query::parse(&text)) else {
        return EXIT_ERROR;
    };
    let Some(mut cfg) = or_say(input.config(true)) else {
        return EXIT_ERROR;
    };
    if let Some(store) = &cfg.store {
        // the store keeps records, not lines: its verdicts alone would be a trace without evidence
        err(format!(
            "trace shows the log lines a message's verdicts rest on, and a store ({store}) keeps records, not lines: give the log files or folders (esa-tls trace {text} PATH…); `messages --store {store} --mid …` prints the stored record"
        ));
        return EXIT_ERROR;
    }
    if cfg.sources.iter().any(|s| s.kind == SourceKind::Stdin) {
        err("trace reads its input twice (to find the message, then its lines): give log files or folders, not stdin");
        return EXIT_ERROR;
    }
    // pass one: correlate everything, keep the messages asked about
    let mut finder = Finder::new(query, a.max_messages.max(1));
    let report = drive(&mut cfg, false, &mut finder);
    if finder.more > 0 {
        note(cfg.quiet, Some(format!("{} more messages match; --max-messages shows more", finder.more)));
    }
    // pass two: the lines about them and their connections
    let collector = Rc::new(RefCell::new(Collector::new(std::mem::take(&mut finder.found))));
    if !collector.borrow().is_empty() {
        let mut p = Pipeline::new(cfg.options.clone());
        let c = collector.clone();
        p.set_observer(Box::new(move |l| c.borrow_mut().line(l)));
        let mut none = FnSink(|_| {});
        for s in &cfg.sources {
            p.run_source(s, &mut none);
        }
        p.finish(&mut none);
    }
    let traces = match Rc::try_unwrap(collector) {
        Ok(c) => c.into_inner().finish(),
        Err(_) => unreachable!("the pipeline that held the collector is gone"),
    };
    let mut out = stdout();
    let r = output::renderer(format_or(a.format, Format::Json)).traces(&mut out, &traces).and_then(|_| out.flush());
    let code = finish(&report, &cfg, r);
    if code == EXIT_OK && traces.is_empty() {
        err(format!("trace: no message matches {text:?}"));
        return 1;
    }
    code
}
