//! `esa-tls messages` and `esa-tls connections`: the records themselves, streamed.

use super::args::{format_or, RecordArgs};
use super::run::{drive, err, finish, note, or_say, stdout, EXIT_ERROR};
use esa_tls::output::{Format, RecordKind, RecordWriter};
use esa_tls::report::summary::Scope;

pub fn run(a: &RecordArgs, kind: RecordKind) -> u8 {
    let Some(mut cfg) = or_say(a.input.config(true)) else {
        return EXIT_ERROR;
    };
    if kind == RecordKind::Connections {
        let only = cfg.search.message_only();
        if !only.is_empty() {
            err(format!("{} select messages, not connections: use `esa-tls messages`", only.join(" and ")));
            return EXIT_ERROR;
        }
    }
    cfg.kinds = (kind == RecordKind::Connections, kind == RecordKind::Messages);
    let mut w = RecordWriter::new(stdout(), kind, format_or(a.format, Format::Ndjson));
    let report = drive(&mut cfg, false, &mut w);
    if w.written() == 0 && Scope::of(&cfg.search, &cfg.range) != Scope::Input {
        // an empty answer to a search is an answer, but not a silent one
        let what = if kind == RecordKind::Connections { "connection" } else { "message" };
        note(cfg.quiet, Some(format!("no {what} matched the search")));
    }
    finish(&report, &cfg, w.finish())
}
