//! The CSV renderer: RFC 4180 through the `csv` crate, one table per stream, every cell neutralised
//! against spreadsheet formulas.

use super::{cell_text, s, RecordKind, Renderer};
use crate::model::{Connection, Message, TlsOutcome};
use crate::report::summary::SummaryReport;
use crate::report::{percent, Table};
use crate::trace::Trace;
use std::io::{self, Write};

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

/// One row per recipient (`messages`) or per connection (`connections`), with a header row.
pub struct CsvRenderer;

impl Renderer for CsvRenderer {
    fn begin(&mut self, out: &mut dyn Write, kind: RecordKind) -> io::Result<()> {
        match kind {
            RecordKind::Messages => csv_row(out, MESSAGE_CSV),
            RecordKind::Connections => csv_row(out, CONNECTION_CSV),
            RecordKind::All => Err(super::one_kind_only("CSV")),
        }
    }

    fn message(&mut self, out: &mut dyn Write, m: &Message) -> io::Result<()> {
        let recv = m.received.as_deref();
        let base = [
            s(m.appliance.as_deref()),
            m.mid.to_string(),
            s(m.icid),
            m.origin.kind.as_str().to_string(),
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
        if m.recipients.is_empty() {
            let mut row = base.to_vec();
            row.extend(std::iter::repeat_n(String::new(), MESSAGE_CSV.len() - base.len()));
            return csv_row(out, &row);
        }
        for r in &m.recipients {
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
            csv_row(out, &row)?;
        }
        Ok(())
    }

    fn connection(&mut self, out: &mut dyn Write, c: &Connection) -> io::Result<()> {
        let h = &c.hop;
        let mids = c.mids.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(" ");
        csv_row(
            out,
            &[
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
            ],
        )
    }

    /// One table per stream (see [`super::select`]); were several handed in, the first.
    fn report(&mut self, out: &mut dyn Write, _name: &str, tables: &[Table]) -> io::Result<()> {
        if let Some(t) = tables.first() {
            csv_row(out, &t.columns)?;
            for r in &t.rows {
                let row: Vec<String> = r.iter().map(|c| cell_text(c, false)).collect();
                csv_row(out, &row)?;
            }
        }
        Ok(())
    }

    /// One row per line of each trace, then one per verdict (`kind` tells them apart).
    fn traces(&mut self, out: &mut dyn Write, traces: &[Trace]) -> io::Result<()> {
        csv_row(
            out,
            &["trace", "kind", "mid", "source", "line", "about", "text", "hop", "rid", "to", "id", "tls", "why"],
        )?;
        for (i, t) in traces.iter().enumerate() {
            let mid = t.messages.first().map(|m| m.mid.to_string()).unwrap_or_default();
            for l in &t.lines {
                let about =
                    serde_json::to_value(l.about).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
                csv_row(
                    out,
                    &[
                        &i.to_string(),
                        "line",
                        &mid,
                        &l.source,
                        &l.line.to_string(),
                        &about,
                        &l.text,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                    ],
                )?;
            }
            for v in &t.verdicts {
                let (src, line, text) =
                    v.evidence.as_ref().map_or((String::new(), String::new(), String::new()), |e| {
                        (e.source.clone(), e.line.to_string(), e.text.clone())
                    });
                csv_row(
                    out,
                    &[
                        i.to_string(),
                        "verdict".into(),
                        v.mid.to_string(),
                        src,
                        line,
                        String::new(),
                        text,
                        v.hop.into(),
                        s(v.rid),
                        s(v.to.as_deref()),
                        s(v.id),
                        s(v.tls.map(|t| t.as_str())),
                        v.why.clone(),
                    ],
                )?;
            }
        }
        Ok(())
    }

    /// The counts only: the extra tables are asked for with `--table`.
    fn summary(&mut self, out: &mut dyn Write, r: &SummaryReport, _extra: &[Table]) -> io::Result<()> {
        let s = &r.summary;
        csv_row(out, &["direction", "level", "category", "count", "percent"])?;
        let mut row = |d: &str, l: &str, c: &str, n: u64, total: u64| {
            csv_row(out, &[d, l, c, &n.to_string(), &percent(n, total).to_string()])
        };
        for (d, cs) in [("inbound", &s.inbound.connections), ("outbound", &s.outbound.connections)] {
            for o in TlsOutcome::ALL {
                row(d, "connections", o.as_str(), cs.get(o), cs.total())?;
            }
        }
        for (d, l, e) in
            [("inbound", "messages", &s.inbound.messages), ("outbound", "recipients", &s.outbound.recipients)]
        {
            row(d, l, "encrypted", e.encrypted, e.total())?;
            row(d, l, "not_encrypted", e.not_encrypted, e.total())?;
            row(d, l, "unknown", e.unknown, e.total())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> String {
        let mut out = Vec::new();
        csv_row(&mut out, cells).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn cells_are_quoted_as_rfc_4180_says() {
        assert_eq!(row(&["a", "b c", ""]), "a,b c,\n");
        assert_eq!(row(&["x,y", "say \"hi\"", "two\nlines"]), "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
        // read back, every cell is what was written
        let text = row(&["x,y", "say \"hi\"", "two\nlines"]);
        let rec = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(rec.iter().collect::<Vec<_>>(), ["x,y", "say \"hi\"", "two\nlines"]);
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_are_not() {
        assert_eq!(
            row(&["=1+1", "+cmd", "-x", "@SUM(A1)", "\tx", "-5", "+1.5", "a=b"]),
            "'=1+1,'+cmd,'-x,'@SUM(A1),'\tx,-5,+1.5,a=b\n"
        );
    }
}
