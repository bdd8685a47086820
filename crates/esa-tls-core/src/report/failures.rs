//! `esa-tls failures`: TLS failures grouped by normalised reason, with the peers affected.

use super::{normalize_reason, Cell, Sample, Table};
use crate::model::{Direction, Record, TlsOutcome};
use crate::report::peer_of;
use std::collections::BTreeMap;

/// Peers and example IDs listed per reason.
const EXAMPLES: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FailureRow {
    pub connections: u64,
    /// Inbound messages or outbound recipients that crossed such a connection.
    pub messages: u64,
    /// TLS was required on the connection (as logged).
    pub required: u64,
    pub peers: Sample,
    pub examples: Vec<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Failures {
    pub rows: BTreeMap<(Direction, String), FailureRow>,
}

impl Failures {
    pub fn add(&mut self, r: &Record) {
        match r {
            Record::Connection(c) if c.hop.tls == TlsOutcome::Failed => {
                let row = self.rows.entry((c.direction, normalize_reason(c.hop.reason.as_deref()))).or_default();
                row.connections += 1;
                row.required += u64::from(c.hop.required);
                row.peers.add(&peer_of(c.direction, &c.hop), EXAMPLES);
                if row.examples.len() < EXAMPLES {
                    row.examples.push(c.id);
                }
            }
            Record::Message(m) => {
                for (d, h) in m.hops() {
                    if h.tls == TlsOutcome::Failed {
                        self.rows.entry((d, normalize_reason(h.reason.as_deref()))).or_default().messages += 1;
                    }
                }
            }
            _ => {}
        }
    }

    pub fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(
            "TLS failures by reason",
            &[
                ("direction", false),
                ("reason", false),
                ("connections", true),
                ("required", true),
                ("messages", true),
                ("peers", true),
                ("example_peers", false),
                ("example_ids", false),
            ],
        );
        t.id = "failures";
        let mut rows: Vec<_> = self.rows.iter().collect();
        rows.sort_by(|a, b| a.0 .0.cmp(&b.0 .0).then(b.1.connections.cmp(&a.1.connections)).then(a.0 .1.cmp(&b.0 .1)));
        let (mut conns, mut msgs) = (0, 0);
        for ((d, reason), r) in rows {
            conns += r.connections;
            msgs += r.messages;
            t.rows.push(vec![
                Cell::text(d.as_str()),
                Cell::text(reason.as_str()),
                Cell::Int(r.connections),
                Cell::Int(r.required),
                Cell::Int(r.messages),
                Cell::Int(r.peers.distinct.len() as u64),
                Cell::List(r.peers.items.clone()),
                Cell::IntList(r.examples.to_vec()),
            ]);
        }
        t.notes.push(format!(
            "{}; {msgs} messages (inbound) or recipients (outbound) crossed them. \"messages\" counts the hop of record: the receipt, or a recipient's last attempt.",
            super::count(conns, "failed connection", "failed connections")
        ));
        vec![t]
    }
}
