//! Renders the report [`Table`]s (peers, failures, ciphers, check, impact) in every format.

use super::table::{self, Align};
use super::Format;
use crate::model::SCHEMA_VERSION;
use crate::report::{Cell, Table};
use std::io::{self, Write};

fn cell_text(c: &Cell, terminal: bool) -> String {
    match c {
        Cell::Text(t) => t.clone(),
        Cell::Int(n) => n.to_string(),
        Cell::Pct(p) if terminal => format!("{p:.1}%"),
        Cell::Pct(p) => p.to_string(),
        Cell::Time(t) if terminal => super::short_time(Some(*t)),
        Cell::Time(t) => t.to_string(),
        Cell::Empty => String::new(),
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
pub fn render(name: &str, tables: &[Table], format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json | Format::Ndjson => {
            let docs: Vec<serde_json::Value> = tables
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
                        doc["totals"] =
                            t.totals.iter().map(|(k, v)| (k.to_string(), serde_json::Value::from(*v))).collect();
                    }
                    doc
                })
                .collect();
            if format == Format::Ndjson {
                for (t, d) in tables.iter().zip(&docs) {
                    for row in d["rows"].as_array().into_iter().flatten() {
                        let mut row = row.clone();
                        row["table"] = t.title.clone().into();
                        row["table_id"] = t.id.into();
                        serde_json::to_writer(&mut *out, &row).map_err(io::Error::from)?;
                        writeln!(out)?;
                    }
                }
                return Ok(());
            }
            let doc = serde_json::json!({ "schema_version": SCHEMA_VERSION, "report": name, "tables": docs });
            serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
            writeln!(out)
        }
        Format::Csv => {
            // one table per stream (see [`select`]); were several handed in, the first
            if let Some(t) = tables.first() {
                super::csv_row(out, &t.columns)?;
                for r in &t.rows {
                    let row: Vec<String> = r.iter().map(|c| cell_text(c, false)).collect();
                    super::csv_row(out, &row)?;
                }
            }
            Ok(())
        }
        Format::Table => {
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
                    let align: Vec<Align> =
                        t.numeric.iter().map(|&n| if n { Align::Right } else { Align::Left }).collect();
                    let mut tt = table::Table::new(&headers, &align, table::terminal_width());
                    for r in &t.rows {
                        tt.push(r.iter().map(|c| cell_text(c, true)).collect());
                    }
                    tt.flush(out)?;
                }
                let width = table::terminal_width();
                for n in &t.notes {
                    writeln!(out, "{}", table::wrap_words(&table::strip_controls(n), width))?;
                }
            }
            Ok(())
        }
    }
}
