//! Stage 5: records and aggregates → table, JSON, NDJSON, CSV.
//!
//! One renderer per format, each in its own file behind the [`Renderer`] trait (a new format is one
//! new file and one line in [`renderer`]); none of them computes anything the record or report does
//! not already hold. [`grid`] is the text grid the terminal renderer draws with. [`RecordWriter`]
//! streams records through a renderer and is a [`Sink`].

pub mod csv;
pub mod ecs;
pub mod grid;
pub mod html;
pub mod json;
pub mod ndjson;
pub mod record_json;
pub mod table;
pub mod web;

use crate::model::{Connection, Message, Record};
use crate::report::summary::SummaryReport;
use crate::report::{Cell, Summary, Table};
use crate::sink::Sink;
use crate::trace::Trace;
use std::io::{self, Write};

pub use self::csv::{csv_row, neutralize};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for people (default on a terminal).
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line (default when piped).
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
    /// Elastic Common Schema documents, one per line (records only).
    Ecs,
}

/// Which records a writer prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Messages,
    Connections,
    /// Both, as they come (live streams).
    All,
}

impl RecordKind {
    /// The key of the record list in a JSON document.
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Messages => "messages",
            RecordKind::Connections => "connections",
            RecordKind::All => "records",
        }
    }
}

/// What a stream of records counted, for its closing line (the recipients and the summary only
/// for a renderer that writes them, see [`Renderer::ends_with_figures`]).
#[derive(Debug, Clone, Default)]
pub struct StreamTotals {
    pub count: u64,
    pub recipients: u64,
    pub summary: Summary,
}

/// One output format. Records stream through `begin`, `message`/`connection`, `flush` and `end`;
/// reports are written whole.
pub trait Renderer {
    /// Before the first record of a stream.
    fn begin(&mut self, _out: &mut dyn Write, _kind: RecordKind) -> io::Result<()> {
        Ok(())
    }
    fn message(&mut self, out: &mut dyn Write, m: &Message) -> io::Result<()>;
    fn connection(&mut self, out: &mut dyn Write, c: &Connection) -> io::Result<()>;
    /// Writes what the renderer holds back (a live stream wants it now).
    fn flush(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// Whether [`Renderer::end`] reads the stream's figures beyond its count ([`StreamTotals`]'s
    /// recipients and summary): adding up every record costs the correlating thread time that a
    /// format without a closing line of figures does not spend.
    fn ends_with_figures(&self) -> bool {
        false
    }
    /// After the last record of a stream.
    fn end(&mut self, _out: &mut dyn Write, _kind: RecordKind, _totals: &StreamTotals) -> io::Result<()> {
        Ok(())
    }
    /// A report made of tables (`peers`, `failures`, `ciphers`, `check`, `impact`, …).
    fn report(&mut self, out: &mut dyn Write, name: &str, tables: &[Table]) -> io::Result<()>;
    /// The summary, with its extra tables (series, policy split).
    fn summary(&mut self, out: &mut dyn Write, r: &SummaryReport, extra: &[Table]) -> io::Result<()>;
    /// The stories of `esa-tls trace`.
    fn traces(&mut self, out: &mut dyn Write, traces: &[Trace]) -> io::Result<()>;
}

/// A JSON value serialised into a reused buffer, then written with one call: serde's many small
/// writes go to a `Vec` it knows (inlined), not through `dyn Write` one by one (measured: a third
/// of `messages -f ndjson`'s output time). Records are held in it until [`HELD`] bytes are, and
/// written together: a renderer that holds records writes them out at its `flush` and `end`
/// ([`JsonBuf::write_held`]).
#[derive(Default)]
pub(crate) struct JsonBuf {
    buf: Vec<u8>,
    hops: record_json::HopCache,
}

/// Bytes of records a [`JsonBuf`] holds before it writes them: as much as the output's `BufWriter`
/// holds, so that it passes them on without copying them into its own buffer first (measured:
/// `messages -f ndjson` on 1 GB 1.26 → 1.24 s, CPU 1.96 → 1.92 s).
const HELD: usize = 256 * 1024;

impl JsonBuf {
    /// Adds `before`, a record as compact JSON ([`record_json`]), then `after` to the records held,
    /// and writes them once there are [`HELD`] bytes.
    pub(crate) fn record(
        &mut self,
        out: &mut dyn Write,
        before: &[u8],
        r: RecordRef<'_>,
        after: &[u8],
    ) -> io::Result<()> {
        let buf = &mut self.buf;
        buf.extend_from_slice(before);
        match r {
            RecordRef::Message(m) => record_json::message(buf, m, &mut self.hops),
            RecordRef::Connection(c) => record_json::connection(buf, c),
        }
        buf.extend_from_slice(after);
        if buf.len() >= HELD {
            return self.write_held(out);
        }
        Ok(())
    }

    /// Writes the records held.
    pub(crate) fn write_held(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let r = out.write_all(&self.buf);
        self.buf.clear();
        r
    }

    /// Writes `before`, `v` as compact JSON (serde), then `after`.
    pub(crate) fn write<T: serde::Serialize + ?Sized>(
        &mut self,
        out: &mut dyn Write,
        before: &[u8],
        v: &T,
        after: &[u8],
    ) -> io::Result<()> {
        self.write_held(out)?;
        self.buf.extend_from_slice(before);
        if let Err(e) = serde_json::to_writer(&mut self.buf, v) {
            // nothing of a value that could not be written is written
            self.buf.clear();
            return Err(e.into());
        }
        self.buf.extend_from_slice(after);
        self.write_held(out)
    }
}

/// A record by reference, for [`JsonBuf::record`].
#[derive(Clone, Copy)]
pub(crate) enum RecordRef<'a> {
    Message(&'a Message),
    Connection(&'a Connection),
}

/// The renderer of a format.
pub fn renderer(format: Format) -> Box<dyn Renderer + Send> {
    match format {
        Format::Table => Box::new(table::TableRenderer::default()),
        Format::Json => Box::new(json::JsonRenderer::default()),
        Format::Ndjson => Box::new(ndjson::NdjsonRenderer::default()),
        Format::Csv => Box::new(csv::CsvRenderer),
        Format::Ecs => Box::new(ecs::EcsRenderer::default()),
    }
}

/// A cell as text: for a terminal (`terminal`: percentages with `%`, short times) or for CSV.
pub(crate) fn cell_text(c: &Cell, terminal: bool) -> String {
    match c {
        Cell::Text(t) => t.clone(),
        Cell::List(l) => l.join(" "),
        Cell::IntList(l) => l.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" "),
        Cell::Int(n) => n.to_string(),
        Cell::Pct(p) if terminal => format!("{p:.1}%"),
        Cell::Pct(p) => p.to_string(),
        Cell::Time(t) if terminal => short_time(Some(*t)),
        Cell::Time(t) => t.to_string(),
        Cell::Empty => String::new(),
    }
}

/// An optional value as text (empty when absent).
pub(crate) fn s<T: ToString>(v: Option<T>) -> String {
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

/// The tables to print: the one named by `--table ID` (any format), or, for CSV, which holds one table
/// per stream, the first; with a note naming the others. An unknown id is an error listing the ids.
pub fn select(tables: Vec<Table>, id: Option<&str>, format: Format) -> Result<(Vec<Table>, Option<String>), String> {
    let ids: Vec<&'static str> = tables.iter().map(|t| t.id).collect();
    if let Some(id) = id {
        let picked: Vec<Table> = tables.into_iter().filter(|t| t.id == id).collect();
        if picked.is_empty() {
            return Err(format!("--table {id:?}: this report has the tables {}", ids.join(", ")));
        }
        return Ok((picked, None));
    }
    if format == Format::Csv && tables.len() > 1 {
        let note =
            format!("CSV holds one table: printing {}; the others ({}) with --table ID", ids[0], ids[1..].join(", "));
        return Ok((tables.into_iter().take(1).collect(), Some(note)));
    }
    Ok((tables, None))
}

/// Writes `tables` as the report named `name`.
pub fn render_report(name: &str, tables: &[Table], format: Format, out: &mut dyn Write) -> io::Result<()> {
    renderer(format).report(out, name, tables)
}

/// Table and CSV hold one kind of record: not the messages and connections of a live stream together.
pub(crate) fn one_kind_only(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{what} holds one kind of record: use --records messages or connections, or --format ndjson or ecs"),
    )
}

fn invalid(m: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, m)
}

/// Renders the summary. CSV holds one table per stream: the counts, or with `table` the `series` or
/// `policy` table (returned note: what else there is).
pub fn render_summary(
    r: &SummaryReport,
    format: Format,
    table: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<Option<String>> {
    let extra = r.tables();
    if let Some(id) = table.filter(|&id| id != "summary") {
        let (picked, _) = select(extra, Some(id), format).map_err(invalid)?;
        render_report("summary", &picked, format, out)?;
        return Ok(None);
    }
    let note = (format == Format::Csv && !extra.is_empty()).then(|| {
        let ids: Vec<&str> = extra.iter().map(|t| t.id).collect();
        format!("CSV holds one table: printing summary; the others ({}) with --table ID", ids.join(", "))
    });
    renderer(format).summary(out, r, &extra)?;
    Ok(note)
}

/// Writes a stream of records through a renderer; also a [`Sink`]. A closed pipe stops it quietly.
pub struct RecordWriter<W: Write> {
    out: W,
    kind: RecordKind,
    renderer: Box<dyn Renderer + Send>,
    totals: StreamTotals,
    /// See [`Renderer::ends_with_figures`].
    figures: bool,
    error: Option<io::Error>,
}

impl<W: Write> RecordWriter<W> {
    pub fn new(out: W, kind: RecordKind, format: Format) -> Self {
        let renderer = renderer(format);
        let figures = renderer.ends_with_figures();
        let mut w = RecordWriter { out, kind, renderer, totals: StreamTotals::default(), figures, error: None };
        let r = w.renderer.begin(&mut w.out, kind);
        w.check(r);
        w
    }

    fn check(&mut self, r: io::Result<()>) {
        if let Err(e) = r {
            if self.error.is_none() {
                self.error = Some(e);
            }
        }
    }

    /// Ends the document (JSON closing, table totals) and flushes. Returns the first write error
    /// other than a closed pipe.
    /// Records written so far.
    pub fn written(&self) -> u64 {
        self.totals.count
    }

    pub fn finish(mut self) -> io::Result<()> {
        let r = self.renderer.end(&mut self.out, self.kind, &self.totals);
        self.check(r);
        let r = self.out.flush();
        self.check(r);
        match self.error.take() {
            Some(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl<W: Write> Sink for RecordWriter<W> {
    fn record(&mut self, r: Record) {
        if self.error.is_some() {
            return;
        }
        let res = match (&r, self.kind) {
            (Record::Message(m), RecordKind::Messages | RecordKind::All) => {
                if self.figures {
                    self.totals.summary.add_message(m);
                    self.totals.recipients += m.recipients.len() as u64;
                }
                self.renderer.message(&mut self.out, m)
            }
            (Record::Connection(c), RecordKind::Connections | RecordKind::All) => {
                if self.figures {
                    self.totals.summary.add_connection(c);
                }
                self.renderer.connection(&mut self.out, c)
            }
            _ => return,
        };
        self.totals.count += 1;
        self.check(res);
    }
    fn stopped(&self) -> bool {
        self.error.is_some()
    }
    fn flush(&mut self) {
        let r = self.renderer.flush(&mut self.out);
        self.check(r);
        let r = self.out.flush();
        self.check(r);
    }
}
