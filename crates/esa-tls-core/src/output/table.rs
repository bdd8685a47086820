//! The terminal renderer: aligned columns that fit the terminal, with totals and notes for people.

use super::grid::{self, Align, TextGrid};
use super::{cell_text, s, short_time, RecordKind, Renderer, StreamTotals};
use crate::model::{Connection, Direction, Hop, Message, Recipient, TlsOutcome};
use crate::report::summary::{Scope, SummaryReport};
use crate::report::{self, percent, Counts, EncryptionCounts, Table};
use crate::trace::Trace;
use std::io::{self, Write};

/// Rows of a record stream written at once: widths are taken from the first block.
const BLOCK: usize = 500;

const EXPLANATION: &str = "Connections count SMTP sessions; one session carries many messages and one message may leave over several, so the two levels differ.";

/// Aligned columns; record streams in blocks of [`BLOCK`] rows.
#[derive(Default)]
pub struct TableRenderer {
    grid: Option<TextGrid>,
}

fn tls_cell(h: Option<&Hop>) -> String {
    match h {
        None => "-".into(),
        Some(h) => match (&h.protocol, h.tls) {
            (Some(p), TlsOutcome::Success) => format!("success {p}"),
            _ => h.tls.as_str().into(),
        },
    }
}

fn peer_cell(h: Option<&Hop>) -> String {
    match h {
        None => String::new(),
        Some(h) => match (&h.remote_host, &h.remote_ip) {
            (Some(host), Some(ip)) => format!("{host} [{ip}]"),
            (None, Some(ip)) => ip.to_string(),
            (Some(host), None) => host.to_string(),
            (None, None) => String::new(),
        },
    }
}

/// A short terminal header for a column key (JSON and CSV keep the full key).
fn label(key: &str) -> String {
    let short = match key {
        "connections" => "CONNS",
        "conn_success" => "OK",
        "conn_failed" => "FAILED",
        "conn_none" => "NONE",
        "conn_unknown" | "unknown" => "UNKN",
        "messages" => "MSGS",
        "recipients" => "RCPTS",
        "encrypted" => "ENC",
        "not_encrypted" => "NOT ENC",
        "pct_encrypted" => "% ENC",
        "first_seen" => "FIRST",
        "last_seen" => "LAST",
        "required_success" => "REQ OK",
        "required_failed" => "REQ FAIL",
        "preferred_success" => "PREF OK",
        "preferred_failed" => "PREF FAIL",
        "preferred_none" => "PREF NONE",
        "inbound_messages" => "IN MSGS",
        "inbound_encrypted" => "IN ENC",
        "inbound_pct_encrypted" => "IN % ENC",
        "outbound_recipients" => "OUT RCPTS",
        "outbound_encrypted" => "OUT ENC",
        "outbound_pct_encrypted" => "OUT % ENC",
        "inbound_connections" => "IN CONNS",
        "outbound_connections" => "OUT CONNS",
        "refused_or_delayed" => "REFUSED/DELAYED",
        "plaintext_before" => "PLAIN BEFORE",
        "example_peers" => "EXAMPLE PEERS",
        "example_ids" => "EXAMPLE IDS",
        other => return other.replace('_', " ").to_uppercase(),
    };
    short.to_string()
}

fn record_grid(kind: RecordKind) -> TextGrid {
    use grid::Fit::{Cut, Drop, Key};
    use Align::{Left as L, Right as R};
    match kind {
        // subject and Message-ID when the width allows (`All` is refused in `begin`)
        RecordKind::Messages | RecordKind::All => TextGrid::new(
            &[
                "STARTED",
                "APPLIANCE",
                "MID",
                "FROM",
                "SUBJECT",
                "MESSAGE-ID",
                "RECEIVED",
                "FROM PEER",
                "RID",
                "TO",
                "STATUS",
                "DELIVERED",
                "DCID",
                "TO PEER",
            ],
            &[L, L, R, L, L, L, L, L, R, L, L, L, R, L],
            grid::terminal_width(),
        )
        .with_fit(&[
            Key,
            Drop(3),
            Drop(0),
            Cut,
            Drop(1),
            Drop(2),
            Key,
            Drop(1),
            Drop(0),
            Cut,
            Drop(0),
            Key,
            Drop(0),
            Drop(1),
        ]),
        RecordKind::Connections => TextGrid::new(
            &["OPENED", "APPLIANCE", "DIR", "ID", "PEER", "TLS", "PROTOCOL", "CIPHER", "CN", "REASON", "MSGS"],
            &[L, L, L, R, L, L, L, L, L, L, R],
            grid::terminal_width(),
        ),
    }
}

impl TableRenderer {
    fn grid(&mut self, kind: RecordKind) -> &mut TextGrid {
        self.grid.get_or_insert_with(|| record_grid(kind))
    }

    /// Writes a block once it is full (or `force`d).
    fn block(&mut self, out: &mut dyn Write, force: bool) -> io::Result<()> {
        match &mut self.grid {
            Some(g) if g.pending() >= BLOCK || (force && g.pending() > 0) => g.flush(out),
            _ => Ok(()),
        }
    }
}

fn totals_line(kind: RecordKind, totals: &StreamTotals) -> String {
    let t = &totals.summary;
    match kind {
        RecordKind::Messages | RecordKind::All => {
            let i = &t.inbound.messages;
            let o = &t.outbound.recipients;
            format!(
                "-- {}, {} · received over SMTP: {} encrypted ({}%), {} not, {} unknown · recipients delivered to: {} encrypted ({}%), {} not, {} unknown",
                report::count(totals.count, "message", "messages"),
                report::count(totals.recipients, "recipient", "recipients"),
                i.encrypted,
                report::percent(i.encrypted, i.total()),
                i.not_encrypted,
                i.unknown,
                o.encrypted,
                report::percent(o.encrypted, o.total()),
                o.not_encrypted,
                o.unknown
            )
        }
        RecordKind::Connections => {
            let f = |c: &Counts| {
                format!("{} success, {} failed, {} none, {} unknown", c.success, c.failed, c.none, c.unknown)
            };
            format!(
                "-- {} · inbound: {} · outbound: {}",
                report::count(totals.count, "connection", "connections"),
                f(&t.inbound.connections),
                f(&t.outbound.connections)
            )
        }
    }
}

impl Renderer for TableRenderer {
    fn begin(&mut self, _out: &mut dyn Write, kind: RecordKind) -> io::Result<()> {
        match kind {
            RecordKind::All => Err(super::one_kind_only("a table")),
            _ => Ok(()),
        }
    }

    fn message(&mut self, out: &mut dyn Write, m: &Message) -> io::Result<()> {
        let t = self.grid(RecordKind::Messages);
        let recv = m.received.as_deref();
        let first = |i: usize, v: String| if i == 0 { v } else { String::new() };
        let rcpts: Vec<Option<&Recipient>> =
            if m.recipients.is_empty() { vec![None] } else { m.recipients.iter().map(Some).collect() };
        for (i, r) in rcpts.into_iter().enumerate() {
            let d = r.and_then(|r| r.delivery.as_deref());
            t.push(vec![
                first(i, short_time(m.started)),
                first(i, s(m.appliance.as_deref())),
                first(i, m.mid.to_string()),
                first(i, s(m.from.as_deref())),
                first(i, s(m.subject.as_deref())),
                first(i, s(m.message_id.as_deref())),
                first(i, if m.icid == Some(0) { "generated".into() } else { tls_cell(recv) }),
                first(i, peer_cell(recv)),
                s(r.map(|r| r.rid)),
                s(r.and_then(|r| r.to.as_deref())),
                r.map(|r| r.status.as_str().to_string()).unwrap_or_default(),
                if r.is_some_and(|r| r.attempts > 0) { tls_cell(d) } else { "-".into() },
                s(r.and_then(|r| r.dcid)),
                peer_cell(d),
            ]);
        }
        self.block(out, false)
    }

    fn connection(&mut self, out: &mut dyn Write, c: &Connection) -> io::Result<()> {
        let t = self.grid(RecordKind::Connections);
        let h = &c.hop;
        let reason = h.reason.as_deref().or(c.error.as_deref());
        t.push(vec![
            short_time(c.opened.or(c.closed)),
            s(c.appliance.as_deref()),
            if c.direction == Direction::Inbound { "in".into() } else { "out".into() },
            c.id.to_string(),
            peer_cell(Some(h)),
            h.tls.as_str().into(),
            s(h.protocol.as_deref()),
            s(h.cipher.as_deref()),
            s(h.cn.as_deref()),
            s(reason),
            c.mids.len().to_string(),
        ]);
        self.block(out, false)
    }

    fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.block(out, true)
    }

    fn ends_with_figures(&self) -> bool {
        true
    }

    fn end(&mut self, out: &mut dyn Write, kind: RecordKind, totals: &StreamTotals) -> io::Result<()> {
        self.block(out, true)?;
        writeln!(out, "{}", grid::wrap_at(&totals_line(kind, totals), " · ", grid::terminal_width()))
    }

    fn report(&mut self, out: &mut dyn Write, _name: &str, tables: &[Table]) -> io::Result<()> {
        let width = grid::terminal_width();
        for (i, t) in tables.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            writeln!(out, "{}", t.title)?;
            if t.rows.is_empty() {
                writeln!(out, "  (none)")?;
            } else {
                let headers: Vec<String> = t.columns.iter().map(|c| label(c)).collect();
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                let align: Vec<Align> = t.numeric.iter().map(|&n| if n { Align::Right } else { Align::Left }).collect();
                let mut g = TextGrid::new(&headers, &align, width);
                for r in &t.rows {
                    g.push(r.iter().map(|c| cell_text(c, true)).collect());
                }
                g.flush(out)?;
            }
            for n in &t.notes {
                writeln!(out, "{}", grid::wrap_words(&grid::strip_controls(n), width))?;
            }
        }
        Ok(())
    }

    fn traces(&mut self, out: &mut dyn Write, traces: &[Trace]) -> io::Result<()> {
        let width = grid::terminal_width();
        for (i, t) in traces.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            for m in &t.messages {
                let to: Vec<&str> = m.recipients.iter().filter_map(|r| r.to.as_deref()).collect();
                let mut head = format!("MID {}", m.mid);
                if let Some(a) = &m.appliance {
                    head.push_str(&format!(" on {a}"));
                }
                if let Some(p) = m.origin.parent {
                    head.push_str(&format!(" ({} of MID {p})", m.origin.kind.as_str()));
                }
                head.push_str(&format!(
                    " · from {} · to {}",
                    m.from.as_deref().unwrap_or("?"),
                    if to.is_empty() { "?".to_string() } else { to.join(", ") }
                ));
                if let Some(sj) = &m.subject {
                    head.push_str(&format!(" · subject {sj:?}"));
                }
                if let Some(id) = &m.message_id {
                    head.push_str(&format!(" · Message-ID {id}"));
                }
                writeln!(out, "{}", grid::wrap_words(&grid::strip_controls(&head), width))?;
            }
            writeln!(out)?;
            let place = |src: &str, line: u64| format!("{src}:{line}");
            let w = t.lines.iter().map(|l| place(&l.source, l.line).chars().count()).max().unwrap_or(0);
            for l in &t.lines {
                let tag = match l.about {
                    crate::trace::About::Message => "msg",
                    crate::trace::About::Inbound => "in ",
                    crate::trace::About::Delivery => "out",
                };
                // a wrapped entry keeps its lines, indented under the first
                let text = grid::strip_controls(&l.text).replace('\n', &format!("\n{:w$}        ", ""));
                writeln!(out, "{:<w$}  {tag}  {text}", place(&l.source, l.line))?;
            }
            writeln!(out)?;
            writeln!(out, "Verdicts")?;
            for v in &t.verdicts {
                let hop = match (v.hop, v.rid) {
                    ("received", _) => format!("MID {} received", v.mid),
                    (_, Some(rid)) => format!("MID {} RID {rid} {}", v.mid, v.to.as_deref().unwrap_or("")),
                    _ => format!("MID {} {}", v.mid, v.hop),
                };
                let conn = match (v.hop, v.id) {
                    ("received", Some(id)) => format!("ICID {id}"),
                    (_, Some(id)) => format!("DCID {id}"),
                    _ => String::new(),
                };
                let tls = v.tls.map_or("-".to_string(), |t| match (&v.protocol, t) {
                    (Some(p), TlsOutcome::Success) => format!("success {p}"),
                    _ => t.as_str().to_string(),
                });
                writeln!(out, "  {}: {tls} ({conn})", grid::strip_controls(hop.trim_end()))?;
                writeln!(
                    out,
                    "    {}",
                    grid::wrap_words(&grid::strip_controls(&v.why), width.saturating_sub(4)).replace('\n', "\n    ")
                )?;
                if let Some(e) = &v.evidence {
                    writeln!(
                        out,
                        "    {}:{}: {}",
                        e.source,
                        e.line,
                        grid::strip_controls(e.text.lines().next().unwrap_or(""))
                    )?;
                }
            }
        }
        if traces.is_empty() {
            writeln!(out, "(no message found)")?;
        }
        Ok(())
    }

    fn summary(&mut self, out: &mut dyn Write, r: &SummaryReport, extra: &[Table]) -> io::Result<()> {
        let s = &r.summary;
        let span = match (s.span.first, s.span.last) {
            (Some(a), Some(b)) => format!("{a} … {b}"),
            _ => "no timestamps".into(),
        };
        writeln!(out, "Time span: {span}")?;
        writeln!(out)?;
        let width = grid::terminal_width();
        let pc = |n: u64, tot: u64| format!("{n} ({}%)", percent(n, tot));
        let rows = [
            ("inbound (received)", &s.inbound.connections, "messages", &s.inbound.messages),
            ("outbound (delivered)", &s.outbound.connections, "recipients", &s.outbound.recipients),
        ];
        let conn_cells = |c: &Counts| {
            let ct = c.total();
            vec![ct.to_string(), pc(c.success, ct), pc(c.failed, ct), pc(c.none, ct), pc(c.unknown, ct)]
        };
        let msg_cells = |level: &str, e: &EncryptionCounts| {
            let et = e.total();
            vec![format!("{et} {level}"), pc(e.encrypted, et), pc(e.not_encrypted, et), pc(e.unknown, et)]
        };
        // one grid per part (a blank column between parts side by side), each row named
        let part_grid = |parts: &[(&[&str], &[Align])], cells: &dyn Fn(usize) -> Vec<Vec<String>>| {
            let mut head = vec![""];
            let mut align = vec![Align::Left];
            for (i, (h, a)) in parts.iter().enumerate() {
                if i > 0 {
                    head.push("");
                    align.push(Align::Left);
                }
                head.extend(h.iter());
                align.extend(a.iter());
            }
            let mut t = TextGrid::new(&head, &align, width);
            for (r, (name, ..)) in rows.iter().enumerate() {
                let mut row = vec![name.to_string()];
                for (i, part) in cells(r).into_iter().enumerate() {
                    if i > 0 {
                        row.push(String::new());
                    }
                    row.extend(part);
                }
                t.push(row);
            }
            t
        };
        let conn: (&[&str], &[Align]) = (&["CONNECTIONS", "success", "failed", "none", "unknown"], &[Align::Right; 5]);
        let msg: (&[&str], &[Align]) = (
            &["MESSAGES", "encrypted", "not encrypted", "unknown"],
            &[Align::Left, Align::Right, Align::Right, Align::Right],
        );
        let conn_of = |r: usize| conn_cells(rows[r].1);
        let msg_of = |r: usize| msg_cells(rows[r].2, rows[r].3);
        // side by side when the terminal is wide enough, else one above the other
        let mut grids = if width >= 132 {
            vec![part_grid(&[conn, msg], &|r| vec![conn_of(r), msg_of(r)])]
        } else {
            vec![part_grid(&[conn], &|r| vec![conn_of(r)]), part_grid(&[msg], &|r| vec![msg_of(r)])]
        };
        for (i, t) in grids.iter_mut().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            t.flush(out)?;
        }
        writeln!(out)?;
        writeln!(out, "{}", grid::wrap_words(EXPLANATION, width))?;
        let counted = match r.scope {
            Scope::Input => "Messages in the input",
            Scope::TimeRange => "Messages in the time range",
            Scope::Search => "Messages matching the search",
        };
        let totals = format!(
            "{counted}: {} ({} made by the appliance); recipients without a delivery attempt: {}.",
            s.messages_total, s.messages_generated, s.recipients_without_attempt
        );
        writeln!(out, "{}", grid::wrap_words(&totals, width))?;
        if !extra.is_empty() {
            writeln!(out)?;
            self.report(out, "summary", extra)?;
        }
        Ok(())
    }
}
