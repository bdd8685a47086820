//! The NDJSON renderer: one JSON object per line — a record, a report row (with its table), or the
//! summary.

use super::json::{tables_json, SummaryDoc};
use super::Renderer;
use crate::model::{Connection, Message};
use crate::report::summary::SummaryReport;
use crate::report::Table;
use crate::trace::Trace;
use serde::Serialize;
use std::io::{self, Write};

pub struct NdjsonRenderer;

fn line<T: Serialize>(out: &mut dyn Write, v: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, v).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

impl Renderer for NdjsonRenderer {
    fn message(&mut self, out: &mut dyn Write, m: &Message) -> io::Result<()> {
        line(out, m)
    }

    fn connection(&mut self, out: &mut dyn Write, c: &Connection) -> io::Result<()> {
        line(out, c)
    }

    /// Each row with its table's title (`table`) and id (`table_id`).
    fn report(&mut self, out: &mut dyn Write, _name: &str, tables: &[Table]) -> io::Result<()> {
        for (t, d) in tables.iter().zip(tables_json(tables)) {
            for row in d["rows"].as_array().into_iter().flatten() {
                let mut row = row.clone();
                row["table"] = t.title.clone().into();
                row["table_id"] = t.id.into();
                line(out, &row)?;
            }
        }
        Ok(())
    }

    fn summary(&mut self, out: &mut dyn Write, r: &SummaryReport, _extra: &[Table]) -> io::Result<()> {
        line(out, &SummaryDoc::of(r))
    }

    /// One trace per line.
    fn traces(&mut self, out: &mut dyn Write, traces: &[Trace]) -> io::Result<()> {
        traces.iter().try_for_each(|t| line(out, t))
    }
}
