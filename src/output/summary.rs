//! Renders the summary report.

use super::table::{Align, Table};
use super::Format;
use crate::model::{TlsOutcome, SCHEMA_VERSION};
use crate::report::summary::{PolicySummary, SeriesRow, SummaryReport};
use crate::report::{percent, Cell, Summary};
use std::io::{self, Write};

/// The time series and policy split as report tables.
fn extra_tables(r: &SummaryReport) -> Vec<crate::report::Table> {
    let mut out = Vec::new();
    if let Some(series) = &r.series {
        let mut t = crate::report::Table::new(
            format!("TLS per {}", format!("{:?}", series.bucket).to_lowercase()),
            &[
                ("start", false),
                ("inbound_messages", true),
                ("inbound_encrypted", true),
                ("inbound_pct_encrypted", true),
                ("outbound_recipients", true),
                ("outbound_encrypted", true),
                ("outbound_pct_encrypted", true),
                ("inbound_connections", true),
                ("outbound_connections", true),
            ],
        );
        t.id = "series";
        for row in series.rows.values() {
            t.rows.push(vec![
                Cell::opt_time(row.start),
                Cell::Int(row.inbound_messages.total()),
                Cell::Int(row.inbound_messages.encrypted),
                Cell::Pct(percent(row.inbound_messages.encrypted, row.inbound_messages.total())),
                Cell::Int(row.outbound_recipients.total()),
                Cell::Int(row.outbound_recipients.encrypted),
                Cell::Pct(percent(row.outbound_recipients.encrypted, row.outbound_recipients.total())),
                Cell::Int(row.inbound_connections.total()),
                Cell::Int(row.outbound_connections.total()),
            ]);
        }
        out.push(t);
    }
    if let Some((_, split)) = &r.policy {
        let mut t = crate::report::Table::new(
            "Connections by policy (like the appliance's TLS Connections report)",
            &[
                ("direction", false),
                ("required_success", true),
                ("required_failed", true),
                ("preferred_success", true),
                ("preferred_failed", true),
                ("preferred_none", true),
            ],
        );
        t.id = "policy";
        for (d, x) in [("inbound", &split.inbound), ("outbound", &split.outbound)] {
            t.rows.push(vec![
                Cell::text(d),
                Cell::Int(x.required_success),
                Cell::Int(x.required_failed),
                Cell::Int(x.preferred_success),
                Cell::Int(x.preferred_failed),
                Cell::Int(x.preferred_none),
            ]);
        }
        t.notes.push("Required: the policy file requires TLS for the peer (a connection without TLS counts as failed). Peers not in the file count as Preferred; PREF NONE counts their connections without any TLS attempt (plaintext).".into());
        out.push(t);
    }
    out
}

const EXPLANATION: &str = "Connections count SMTP sessions; one session carries many messages and one message may leave over several, so the two levels differ.";

/// Renders the summary. CSV holds one table per stream: the counts, or with `table` the `series` or
/// `policy` table (returned note: what else there is).
pub fn render(
    r: &SummaryReport,
    format: Format,
    table: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<Option<String>> {
    let extra = extra_tables(r);
    if let Some(id) = table.filter(|&id| id != "summary") {
        let (picked, _) = super::tables::select(extra, Some(id), format)
            .map_err(|m| io::Error::new(io::ErrorKind::InvalidInput, m))?;
        super::tables::render("summary", &picked, format, out)?;
        return Ok(None);
    }
    render_main(&r.summary, r, format, out)?;
    if extra.is_empty() || matches!(format, Format::Json | Format::Ndjson) {
        return Ok(None);
    }
    if format == Format::Csv {
        let ids: Vec<&str> = extra.iter().map(|t| t.id).collect();
        return Ok(Some(format!(
            "CSV holds one table: printing summary; the others ({}) with --table ID",
            ids.join(", ")
        )));
    }
    writeln!(out)?;
    super::tables::render("summary", &extra, format, out)?;
    Ok(None)
}

fn render_main(s: &Summary, r: &SummaryReport, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json | Format::Ndjson => {
            #[derive(serde::Serialize)]
            struct Doc<'a> {
                schema_version: u32,
                #[serde(flatten)]
                summary: &'a Summary,
                #[serde(skip_serializing_if = "Option::is_none")]
                series: Option<Vec<&'a SeriesRow>>,
                #[serde(skip_serializing_if = "Option::is_none")]
                policy: Option<&'a PolicySummary>,
            }
            let doc = Doc {
                schema_version: SCHEMA_VERSION,
                summary: s,
                series: r.series.as_ref().map(|x| x.rows.values().collect()),
                policy: r.policy.as_ref().map(|p| &p.1),
            };
            if format == Format::Ndjson {
                // one object on one line
                serde_json::to_writer(&mut *out, &doc).map_err(io::Error::from)?;
            } else {
                serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
            }
            writeln!(out)
        }
        Format::Csv => {
            super::csv_row(out, &["direction", "level", "category", "count", "percent"])?;
            let mut row = |d: &str, l: &str, c: &str, n: u64, total: u64| {
                super::csv_row(out, &[d, l, c, &n.to_string(), &percent(n, total).to_string()])
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
        Format::Table => {
            let span = match (s.span.first, s.span.last) {
                (Some(a), Some(b)) => format!("{a} … {b}"),
                _ => "no timestamps".into(),
            };
            writeln!(out, "Time span: {span}")?;
            writeln!(out)?;
            let width = super::table::terminal_width();
            let pc = |n: u64, tot: u64| format!("{n} ({}%)", percent(n, tot));
            let rows = [
                ("inbound (received)", &s.inbound.connections, "messages", &s.inbound.messages),
                ("outbound (delivered)", &s.outbound.connections, "recipients", &s.outbound.recipients),
            ];
            let conn_cells = |c: &crate::report::Counts| {
                let ct = c.total();
                vec![ct.to_string(), pc(c.success, ct), pc(c.failed, ct), pc(c.none, ct), pc(c.unknown, ct)]
            };
            let msg_cells = |level: &str, e: &crate::report::EncryptionCounts| {
                let et = e.total();
                vec![format!("{et} {level}"), pc(e.encrypted, et), pc(e.not_encrypted, et), pc(e.unknown, et)]
            };
            let conn_head = ["CONNECTIONS", "success", "failed", "none", "unknown"];
            let msg_head = ["MESSAGES", "encrypted", "not encrypted", "unknown"];
            let conn_align = [Align::Right; 5];
            let msg_align = [Align::Left, Align::Right, Align::Right, Align::Right];
            // side by side when the terminal is wide enough, else one above the other
            let side_by_side = width >= 132;
            let mut tables = Vec::new();
            if side_by_side {
                let mut head = vec![""];
                head.extend(conn_head);
                head.push("");
                head.extend(msg_head);
                let mut align = vec![Align::Left];
                align.extend(conn_align);
                align.push(Align::Left);
                align.extend(msg_align);
                let mut t = Table::new(&head, &align, width);
                for (name, c, level, e) in rows {
                    let mut row = vec![name.to_string()];
                    row.extend(conn_cells(c));
                    row.push(String::new());
                    row.extend(msg_cells(level, e));
                    t.push(row);
                }
                tables.push(t);
            } else {
                let mut head = vec![""];
                head.extend(conn_head);
                let mut align = vec![Align::Left];
                align.extend(conn_align);
                let mut t = Table::new(&head, &align, width);
                for (name, c, _, _) in rows {
                    let mut row = vec![name.to_string()];
                    row.extend(conn_cells(c));
                    t.push(row);
                }
                tables.push(t);
                let mut head = vec![""];
                head.extend(msg_head);
                let mut align = vec![Align::Left];
                align.extend(msg_align);
                let mut t = Table::new(&head, &align, width);
                for (name, _, level, e) in rows {
                    let mut row = vec![name.to_string()];
                    row.extend(msg_cells(level, e));
                    t.push(row);
                }
                tables.push(t);
            }
            for (i, t) in tables.iter_mut().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                t.flush(out)?;
            }
            writeln!(out)?;
            writeln!(out, "{}", super::table::wrap_words(EXPLANATION, width))?;
            let totals = format!(
                "Messages in the input: {} ({} made by the appliance); recipients without a delivery attempt: {}.",
                s.messages_total, s.messages_generated, s.recipients_without_attempt
            );
            writeln!(out, "{}", super::table::wrap_words(&totals, width))
        }
    }
}
