//! The JSON renderer: one document per run, `{"schema_version":1,…}` (the contract in the README).

use super::{JsonBuf, RecordKind, RecordRef, Renderer, StreamTotals};
use crate::model::{Connection, Message, REPORT_SCHEMA_VERSION, SCHEMA_VERSION};
use crate::report::summary::{PolicySummary, SeriesRow, SummaryReport};
use crate::report::{Summary, Table};
use crate::trace::Trace;
use serde::Serialize;
use std::io::{self, Write};

/// Records as one array in one document; reports pretty-printed.
#[derive(Default)]
pub struct JsonRenderer {
    count: u64,
    buf: JsonBuf,
}

impl JsonRenderer {
    fn element(&mut self, out: &mut dyn Write, r: RecordRef<'_>) -> io::Result<()> {
        let before: &[u8] = if self.count > 0 { b"," } else { b"" };
        self.count += 1;
        self.buf.record(out, before, r, b"")
    }
}

/// A report's tables as JSON values: rows as objects keyed by column, with the table's id, title,
/// totals and notes.
pub(crate) fn tables_json(tables: &[Table]) -> Vec<serde_json::Value> {
    tables
        .iter()
        .map(|t| {
            let rows: Vec<serde_json::Map<String, serde_json::Value>> = t
                .rows
                .iter()
                .map(|r| {
                    t.columns
                        .iter()
                        .zip(r)
                        .map(|(k, v)| (k.to_string(), serde_json::to_value(v).unwrap_or_default()))
                        .collect()
                })
                .collect();
            let mut doc = serde_json::json!({ "id": t.id, "title": t.title, "rows": rows, "notes": t.notes });
            if !t.totals.is_empty() {
                doc["totals"] = t.totals.iter().map(|(k, v)| (k.to_string(), serde_json::Value::from(*v))).collect();
            }
            doc
        })
        .collect()
}

/// The summary document (also NDJSON's one line).
#[derive(Serialize)]
pub(crate) struct SummaryDoc<'a> {
    schema_version: u32,
    #[serde(flatten)]
    summary: &'a Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    series: Option<Vec<&'a SeriesRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy: Option<&'a PolicySummary>,
}

impl<'a> SummaryDoc<'a> {
    pub(crate) fn of(r: &'a SummaryReport) -> Self {
        SummaryDoc {
            schema_version: SCHEMA_VERSION,
            summary: &r.summary,
            series: r.series.as_ref().map(|x| x.rows.values().collect()),
            policy: r.policy.as_ref().map(|p| &p.1),
        }
    }
}

impl Renderer for JsonRenderer {
    fn begin(&mut self, out: &mut dyn Write, kind: RecordKind) -> io::Result<()> {
        write!(out, "{{\"schema_version\":{SCHEMA_VERSION},\"{}\":[", kind.key())
    }

    fn message(&mut self, out: &mut dyn Write, m: &Message) -> io::Result<()> {
        self.element(out, RecordRef::Message(m))
    }

    fn connection(&mut self, out: &mut dyn Write, c: &Connection) -> io::Result<()> {
        self.element(out, RecordRef::Connection(c))
    }

    fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.buf.write_held(out)
    }

    fn end(&mut self, out: &mut dyn Write, _kind: RecordKind, _totals: &StreamTotals) -> io::Result<()> {
        self.buf.write_held(out)?;
        out.write_all(b"]}\n")
    }

    fn report(&mut self, out: &mut dyn Write, name: &str, tables: &[Table]) -> io::Result<()> {
        let doc = serde_json::json!({ "schema_version": REPORT_SCHEMA_VERSION, "report": name, "tables": tables_json(tables) });
        serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
        writeln!(out)
    }

    fn traces(&mut self, out: &mut dyn Write, traces: &[Trace]) -> io::Result<()> {
        let doc = serde_json::json!({ "schema_version": SCHEMA_VERSION, "traces": traces });
        serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
        writeln!(out)
    }

    /// The series and the policy split are in the document itself.
    fn summary(&mut self, out: &mut dyn Write, r: &SummaryReport, _extra: &[Table]) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &SummaryDoc::of(r)).map_err(io::Error::from)?;
        writeln!(out)
    }
}
