//! Renders [`Summary`].

use super::table::{Align, Table};
use super::Format;
use crate::model::{TlsOutcome, SCHEMA_VERSION};
use crate::report::{percent, Summary};
use std::io::{self, Write};

const EXPLANATION: &str = "Connections count SMTP sessions; one session carries many messages and one message may leave over several, so the two levels differ.";

pub fn render(s: &Summary, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json | Format::Ndjson => {
            #[derive(serde::Serialize)]
            struct Doc<'a> {
                schema_version: u32,
                #[serde(flatten)]
                summary: &'a Summary,
            }
            serde_json::to_writer_pretty(&mut *out, &Doc { schema_version: SCHEMA_VERSION, summary: s })
                .map_err(io::Error::other)?;
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
            let mut t = Table::new(
                &[
                    "",
                    "CONNECTIONS",
                    "success",
                    "failed",
                    "none",
                    "unknown",
                    "",
                    "MESSAGES",
                    "encrypted",
                    "not encrypted",
                    "unknown",
                ],
                &[
                    Align::Left,
                    Align::Right,
                    Align::Right,
                    Align::Right,
                    Align::Right,
                    Align::Right,
                    Align::Left,
                    Align::Left,
                    Align::Right,
                    Align::Right,
                    Align::Right,
                ],
                super::table::terminal_width().max(150),
            );
            let pc = |n: u64, tot: u64| format!("{n} ({}%)", percent(n, tot));
            for (name, c, level, e) in [
                ("inbound (received)", &s.inbound.connections, "messages", &s.inbound.messages),
                ("outbound (delivered)", &s.outbound.connections, "recipients", &s.outbound.recipients),
            ] {
                let ct = c.total();
                let et = e.total();
                t.push(vec![
                    name.into(),
                    ct.to_string(),
                    pc(c.success, ct),
                    pc(c.failed, ct),
                    pc(c.none, ct),
                    pc(c.unknown, ct),
                    String::new(),
                    format!("{et} {level}"),
                    pc(e.encrypted, et),
                    pc(e.not_encrypted, et),
                    pc(e.unknown, et),
                ]);
            }
            t.flush(out)?;
            writeln!(out)?;
            writeln!(out, "{EXPLANATION}")?;
            writeln!(
                out,
                "Messages in the input: {} ({} made by the appliance); recipients without a delivery attempt: {}.",
                s.messages_total, s.messages_generated, s.recipients_without_attempt
            )
        }
    }
}
