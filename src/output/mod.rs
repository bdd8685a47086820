//! Stage 5: records and aggregates → table, JSON, NDJSON, CSV. One renderer per format; none of them
//! computes anything the record or report does not already hold.

pub mod table;

use crate::model::{Connection, Message, Record, SCHEMA_VERSION};
use crate::pipeline::Sink;
use crate::report::{self, Summary};
use serde::Serialize;
use std::io::{self, Write};
use table::{Align, Table};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people (default on a terminal).
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line (default when piped).
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
}

/// Which records a writer prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Messages,
    Connections,
}

/// Writes a stream of records; also a [`Sink`]. A closed pipe stops it quietly.
pub struct RecordWriter<W: Write> {
    out: W,
    kind: RecordKind,
    format: Format,
    count: u64,
    table: Option<Table>,
    csv: bool,
    error: Option<io::Error>,
    totals: Summary,
    recipients: u64,
}

/// A cell for a spreadsheet: text that starts like a formula (`=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'`, so that a log line cannot make a spreadsheet run anything
/// (CSV injection). Numbers (`-5`, `+1.5`) are left as they are.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') if cell.parse::<f64>().is_err() => {
            std::borrow::Cow::Owned(format!("'{cell}"))
        }
        _ => std::borrow::Cow::Borrowed(cell),
    }
}

/// Writes one CSV row with the `csv` crate (RFC 4180 quoting), every cell neutralised (see
/// [`neutralize`]).
pub fn csv_row<S: AsRef<str>>(out: &mut dyn Write, cells: &[S]) -> io::Result<()> {
    let mut w = csv::WriterBuilder::new().buffer_capacity(1024).from_writer(out);
    w.write_record(cells.iter().map(|c| neutralize(c.as_ref()).into_owned()))?;
    w.flush()
}

const TABLE_BLOCK: usize = 500;

fn s<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// A time for tables: `2024-03-10 08:00:01` (the offset is in the JSON and CSV forms).
pub(crate) fn short_time(t: Option<crate::time::LogTime>) -> String {
    t.map(|t| {
        let mut s = t.to_string();
        s.truncate(19);
        s.replacen('T', " ", 1)
    })
    .unwrap_or_default()
}

fn tls_cell(h: Option<&crate::model::Hop>) -> String {
    match h {
        None => "-".into(),
        Some(h) => match (&h.protocol, h.tls) {
            (Some(p), crate::model::TlsOutcome::Success) => format!("success {p}"),
            _ => h.tls.as_str().into(),
        },
    }
}

fn peer_cell(h: Option<&crate::model::Hop>) -> String {
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

const MESSAGE_CSV: &[&str] = &[
    "appliance",
    "mid",
    "icid",
    "origin",
    "parent",
    "started",
    "from",
    "subject",
    "message_id",
    "size",
    "received_tls",
    "received_protocol",
    "received_cipher",
    "received_reason",
    "received_remote_ip",
    "received_remote_host",
    "rid",
    "to",
    "status",
    "dcid",
    "attempts",
    "delivery_tls",
    "delivery_protocol",
    "delivery_cipher",
    "delivery_cn",
    "delivery_reason",
    "delivery_remote_ip",
    "code",
    "response",
];

const CONNECTION_CSV: &[&str] = &[
    "appliance",
    "direction",
    "id",
    "remote_ip",
    "remote_host",
    "tls",
    "protocol",
    "cipher",
    "cn",
    "reason",
    "required",
    "opened",
    "closed",
    "seen_from_start",
    "hat",
    "sender_group",
    "error",
    "mids",
    "domains",
];

impl<W: Write> RecordWriter<W> {
    pub fn new(out: W, kind: RecordKind, format: Format) -> Self {
        let table = (format == Format::Table).then(|| match kind {
            RecordKind::Messages => Table::new(
                &[
                    "STARTED",
                    "APPLIANCE",
                    "MID",
                    "FROM",
                    "RECEIVED",
                    "FROM PEER",
                    "RID",
                    "TO",
                    "STATUS",
                    "DELIVERED",
                    "DCID",
                    "TO PEER",
                ],
                &[
                    Align::Left,
                    Align::Left,
                    Align::Right,
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Right,
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Right,
                    Align::Left,
                ],
                table::terminal_width(),
            ),
            RecordKind::Connections => Table::new(
                &["OPENED", "APPLIANCE", "DIR", "ID", "PEER", "TLS", "PROTOCOL", "CIPHER", "CN", "REASON", "MSGS"],
                &[
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Right,
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Right,
                ],
                table::terminal_width(),
            ),
        });
        let csv = format == Format::Csv;
        let mut w = RecordWriter {
            out,
            kind,
            format,
            count: 0,
            table,
            csv,
            error: None,
            totals: Summary::default(),
            recipients: 0,
        };
        let header: &[&str] = match kind {
            RecordKind::Messages => MESSAGE_CSV,
            RecordKind::Connections => CONNECTION_CSV,
        };
        if w.csv {
            let r = csv_row(&mut w.out, header);
            w.check(r);
        }
        if format == Format::Json {
            let key = match kind {
                RecordKind::Messages => "messages",
                RecordKind::Connections => "connections",
            };
            let r = write!(w.out, "{{\"schema_version\":{SCHEMA_VERSION},\"{key}\":[");
            w.check(r);
        }
        w
    }

    fn check(&mut self, r: io::Result<()>) {
        if let Err(e) = r {
            if self.error.is_none() {
                self.error = Some(e);
            }
        }
    }

    fn json<T: Serialize>(&mut self, v: &T) {
        let sep = if self.format == Format::Json && self.count > 0 { "," } else { "" };
        let r = (|| {
            self.out.write_all(sep.as_bytes())?;
            serde_json::to_writer(&mut self.out, v).map_err(io::Error::from)?;
            if self.format == Format::Ndjson {
                self.out.write_all(b"\n")?;
            }
            Ok(())
        })();
        self.check(r);
    }

    fn csv<S: AsRef<str>>(&mut self, cells: &[S]) {
        let r = csv_row(&mut self.out, cells);
        self.check(r);
    }

    fn message(&mut self, m: &Message) {
        self.totals.add_message(m);
        self.recipients += m.recipients.len() as u64;
        match self.format {
            Format::Json | Format::Ndjson => self.json(m),
            Format::Csv => {
                let recv = m.received.as_deref();
                let base = [
                    s(m.appliance.as_deref()),
                    m.mid.to_string(),
                    s(m.icid),
                    format!("{:?}", m.origin.kind).to_lowercase(),
                    s(m.origin.parent),
                    s(m.started),
                    s(m.from.as_deref()),
                    s(m.subject.as_deref()),
                    s(m.message_id.as_deref()),
                    s(m.size),
                    recv.map(|h| h.tls.as_str().to_string()).unwrap_or_default(),
                    s(recv.and_then(|h| h.protocol.as_deref())),
                    s(recv.and_then(|h| h.cipher.as_deref())),
                    s(recv.and_then(|h| h.reason.as_deref())),
                    s(recv.and_then(|h| h.remote_ip.as_deref())),
                    s(recv.and_then(|h| h.remote_host.as_deref())),
                ];
                let mut rows: Vec<Vec<String>> = m
                    .recipients
                    .iter()
                    .map(|r| {
                        let d = r.delivery.as_deref();
                        let mut row = base.to_vec();
                        row.extend([
                            r.rid.to_string(),
                            s(r.to.as_deref()),
                            r.status.as_str().into(),
                            s(r.dcid),
                            r.attempts.to_string(),
                            d.map(|h| h.tls.as_str().to_string()).unwrap_or_default(),
                            s(d.and_then(|h| h.protocol.as_deref())),
                            s(d.and_then(|h| h.cipher.as_deref())),
                            s(d.and_then(|h| h.cn.as_deref())),
                            s(d.and_then(|h| h.reason.as_deref())),
                            s(d.and_then(|h| h.remote_ip.as_deref())),
                            s(r.code.as_deref()),
                            s(r.response.as_deref()),
                        ]);
                        row
                    })
                    .collect();
                if rows.is_empty() {
                    let mut row = base.to_vec();
                    row.extend(std::iter::repeat_n(String::new(), MESSAGE_CSV.len() - base.len()));
                    rows.push(row);
                }
                for row in rows {
                    self.csv(&row);
                }
            }
            Format::Table => {
                let t = self.table.as_mut().expect("table");
                let recv = m.received.as_deref();
                let first = |i: usize, v: String| if i == 0 { v } else { String::new() };
                let rcpts: Vec<Option<&crate::model::Recipient>> =
                    if m.recipients.is_empty() { vec![None] } else { m.recipients.iter().map(Some).collect() };
                for (i, r) in rcpts.into_iter().enumerate() {
                    let d = r.and_then(|r| r.delivery.as_deref());
                    t.push(vec![
                        first(i, short_time(m.started)),
                        first(i, s(m.appliance.as_deref())),
                        first(i, m.mid.to_string()),
                        first(i, s(m.from.as_deref())),
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
                self.flush_table_block(false);
            }
        }
        self.count += 1;
    }

    fn connection(&mut self, c: &Connection) {
        self.totals.add_connection(c);
        match self.format {
            Format::Json | Format::Ndjson => self.json(c),
            Format::Csv => {
                let h = &c.hop;
                let mids = c.mids.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(" ");
                self.csv(&[
                    s(c.appliance.as_deref()),
                    c.direction.as_str().into(),
                    c.id.to_string(),
                    s(h.remote_ip.as_deref()),
                    s(h.remote_host.as_deref()),
                    h.tls.as_str().into(),
                    s(h.protocol.as_deref()),
                    s(h.cipher.as_deref()),
                    s(h.cn.as_deref()),
                    s(h.reason.as_deref()),
                    h.required.to_string(),
                    s(c.opened),
                    s(c.closed),
                    c.seen_from_start.to_string(),
                    s(c.hat.as_ref().map(|h| h.action)),
                    s(c.hat.as_ref().and_then(|h| h.sender_group.as_deref())),
                    s(c.error.as_deref()),
                    mids,
                    c.domains.join(" "),
                ]);
            }
            Format::Table => {
                let t = self.table.as_mut().expect("table");
                let h = &c.hop;
                let reason = h.reason.as_deref().or(c.error.as_deref());
                t.push(vec![
                    short_time(c.opened.or(c.closed)),
                    s(c.appliance.as_deref()),
                    if c.direction == crate::model::Direction::Inbound { "in".into() } else { "out".into() },
                    c.id.to_string(),
                    peer_cell(Some(h)),
                    h.tls.as_str().into(),
                    s(h.protocol.as_deref()),
                    s(h.cipher.as_deref()),
                    s(h.cn.as_deref()),
                    s(reason),
                    c.mids.len().to_string(),
                ]);
                self.flush_table_block(false);
            }
        }
        self.count += 1;
    }

    fn flush_table_block(&mut self, force: bool) {
        if let Some(t) = &mut self.table {
            if t.pending() >= TABLE_BLOCK || (force && t.pending() > 0) {
                let r = t.flush(&mut self.out);
                self.check(r);
            }
        }
    }

    /// Ends the document (JSON closing, table totals) and flushes. Returns the first write error
    /// other than a closed pipe.
    pub fn finish(mut self) -> io::Result<()> {
        match self.format {
            Format::Json => {
                let r = self.out.write_all(b"]}\n");
                self.check(r);
            }
            Format::Table => {
                self.flush_table_block(true);
                let line = self.totals_line();
                let r = writeln!(self.out, "{}", table::wrap_at(&line, " · ", table::terminal_width()));
                self.check(r);
            }
            _ => {}
        }
        let r = self.out.flush();
        self.check(r);
        match self.error.take() {
            Some(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn totals_line(&self) -> String {
        let t = &self.totals;
        match self.kind {
            RecordKind::Messages => {
                let i = &t.inbound.messages;
                let o = &t.outbound.recipients;
                format!(
                    "-- {}, {} · received over SMTP: {} encrypted ({}%), {} not, {} unknown · recipients delivered to: {} encrypted ({}%), {} not, {} unknown",
                    report::count(self.count, "message", "messages"),
                    report::count(self.recipients, "recipient", "recipients"),
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
                let f = |c: &report::Counts| {
                    format!("{} success, {} failed, {} none, {} unknown", c.success, c.failed, c.none, c.unknown)
                };
                format!(
                    "-- {} · inbound: {} · outbound: {}",
                    report::count(self.count, "connection", "connections"),
                    f(&t.inbound.connections),
                    f(&t.outbound.connections)
                )
            }
        }
    }
}

impl<W: Write> Sink for RecordWriter<W> {
    fn record(&mut self, r: Record) {
        if self.error.is_some() {
            return;
        }
        match (&r, self.kind) {
            (Record::Message(m), RecordKind::Messages) => self.message(m),
            (Record::Connection(c), RecordKind::Connections) => self.connection(c),
            _ => {}
        }
    }
    fn stopped(&self) -> bool {
        self.error.is_some()
    }
    fn flush(&mut self) {
        self.flush_table_block(true);
        let r = self.out.flush();
        self.check(r);
    }
}
pub mod summary;
pub mod tables;
