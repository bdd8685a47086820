//! `esa-tls ciphers`: protocol and cipher inventory per direction, deprecated ones flagged with the
//! peers still using them.

use super::{deprecated, Cell, Sample, Table};
use crate::model::{Direction, Record, TlsOutcome};
use crate::report::peer_of;
use std::collections::BTreeMap;

const EXAMPLES: usize = 8;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CipherRow {
    pub connections: u64,
    pub messages: u64,
    pub peers: Sample,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ciphers {
    /// (direction, protocol, cipher) of successful TLS connections.
    pub rows: BTreeMap<(Direction, String, String), CipherRow>,
}

fn names(p: Option<&str>, c: Option<&str>) -> (String, String) {
    (p.unwrap_or("(not logged)").to_string(), c.unwrap_or("(not logged)").to_string())
}

impl Ciphers {
    pub fn add(&mut self, r: &Record) {
        match r {
            Record::Connection(c) if c.hop.tls == TlsOutcome::Success => {
                let (p, ci) = names(c.hop.protocol.as_deref(), c.hop.cipher.as_deref());
                let row = self.rows.entry((c.direction, p, ci)).or_default();
                row.connections += 1;
                row.peers.add(&peer_of(c.direction, &c.hop), EXAMPLES);
            }
            Record::Message(m) => {
                for (d, h) in m.hops() {
                    if h.tls == TlsOutcome::Success {
                        let (p, c) = names(h.protocol.as_deref(), h.cipher.as_deref());
                        self.rows.entry((d, p, c)).or_default().messages += 1;
                    }
                }
            }
            _ => {}
        }
    }

    pub fn tables(&self) -> Vec<Table> {
        let mut out = Vec::new();
        for d in [Direction::Inbound, Direction::Outbound] {
            let what = if d == Direction::Inbound { "messages" } else { "recipients" };
            let mut t = Table::new(
                format!("{} TLS: protocols and ciphers", if d == Direction::Inbound { "Inbound" } else { "Outbound" }),
                &[
                    ("protocol", false),
                    ("cipher", false),
                    ("deprecated", false),
                    ("connections", true),
                    (what, true),
                    ("peers", true),
                    ("example_peers", false),
                ],
            );
            t.id = if d == Direction::Inbound { "inbound_ciphers" } else { "outbound_ciphers" };
            let mut rows: Vec<_> = self.rows.iter().filter(|((dd, _, _), _)| *dd == d).collect();
            rows.sort_by(|a, b| b.1.connections.cmp(&a.1.connections).then(a.0.cmp(b.0)));
            let mut old = 0;
            for ((_, p, c), r) in rows {
                let why = deprecated(Some(p), Some(c));
                if why.is_some() {
                    old += r.connections;
                }
                t.rows.push(vec![
                    Cell::text(p.as_str()),
                    Cell::text(c.as_str()),
                    why.map_or(Cell::Empty, Cell::Text),
                    Cell::Int(r.connections),
                    Cell::Int(r.messages),
                    Cell::Int(r.peers.distinct.len() as u64),
                    Cell::List(r.peers.items.clone()),
                ]);
            }
            t.notes.push(format!(
                "{} used a deprecated protocol or cipher (SSL, TLS 1.0/1.1, RC4, 3DES, DES, NULL, export, anonymous).",
                super::count(old, "encrypted connection", "encrypted connections")
            ));
            out.push(t);
        }
        out
    }
}
