//! The NDJSON renderer: one JSON object per line — a record, a report row (with its table), or the
//! summary.

use super::json::{tables_json, SummaryDoc};
use super::{JsonBuf, RecordKind, RecordRef, Renderer, StreamTotals};
use crate::model::{Connection, Message};
use crate::report::summary::SummaryReport;
use crate::report::Table;
use crate::trace::Trace;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Default)]
pub struct NdjsonRenderer {
    buf: JsonBuf,
}

impl NdjsonRenderer {
    fn line<T: Serialize>(&mut self, out: &mut dyn Write, v: &T) -> io::Result<()> {
        self.buf.write(out, b"", v, b"\n")
    }
}

impl Renderer for NdjsonRenderer {
    fn message(&mut self, out: &mut dyn Write, m: &Message) -> io::Result<()> {
        self.buf.record(out, b"", RecordRef::Message(m), b"\n")
    }

    fn connection(&mut self, out: &mut dyn Write, c: &Connection) -> io::Result<()> {
        self.buf.record(out, b"", RecordRef::Connection(c), b"\n")
    }

    fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.buf.write_held(out)
    }

    fn end(&mut self, out: &mut dyn Write, _kind: RecordKind, _totals: &StreamTotals) -> io::Result<()> {
        self.buf.write_held(out)
    }

    /// Each row with its table's title (`table`) and id (`table_id`).
    fn report(&mut self, out: &mut dyn Write, _name: &str, tables: &[Table]) -> io::Result<()> {
        for (t, d) in tables.iter().zip(tables_json(tables)) {
            for row in d["rows"].as_array().into_iter().flatten() {
                let mut row = row.clone();
                row["table"] = t.title.clone().into();
                row["table_id"] = t.id.into();
                self.line(out, &row)?;
            }
        }
        Ok(())
    }

    fn summary(&mut self, out: &mut dyn Write, r: &SummaryReport, _extra: &[Table]) -> io::Result<()> {
        self.line(out, &SummaryDoc::of(r))
    }

    /// One trace per line.
    fn traces(&mut self, out: &mut dyn Write, traces: &[Trace]) -> io::Result<()> {
        traces.iter().try_for_each(|t| self.line(out, t))
    }
}
