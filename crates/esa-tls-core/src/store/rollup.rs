//! The peers report's rollup, kept by a store at ingest: per hour (of the records' place in time) and
//! peer, the figures of the final records; merged when read (see [`super::query::peers`]). One code
//! path with the report: each record's part comes from [`crate::report::peers::facts_of`].

use super::PeerRollup;
use crate::model::{Direction, Record, TlsOutcome};
use crate::report::peers::{facts_of, Part, PeerGroup, PeerRow};
use std::collections::HashMap;

/// The hour of records without a time.
pub const NO_TIME: i64 = i64::MIN;

/// A peer's rollup row being added to: its figures, and the first crossing with a time (seq,
/// offset).
#[derive(Default)]
struct Agg {
    row: PeerRow,
    offset: Option<(u64, Option<i32>)>,
}

/// The rows of one transaction: (hour, direction, group, key) → figures; group 2 counts connections
/// without an envelope domain.
#[derive(Default)]
pub struct PeerRollups {
    rows: HashMap<(i64, u8, u8, String), Agg>,
}

fn direction(d: u8) -> Direction {
    if d == 0 {
        Direction::Inbound
    } else {
        Direction::Outbound
    }
}

impl PeerRollups {
    /// Adds the `seq`-th record, placed in `hour` ([`NO_TIME`] without a time).
    pub fn add(&mut self, r: &Record, seq: u64, hour: i64) {
        let (facts, no_domain) = facts_of(r, None);
        if let Some(d) = no_domain {
            self.rows.entry((hour, d as u8, 2, String::new())).or_default().row.connections.add(TlsOutcome::Success);
        }
        for f in &facts {
            let a = self.rows.entry((hour, f.direction as u8, f.group as u8, f.key.clone())).or_default();
            a.row.apply(&f.part, seq);
            if let (Part::Crossing { time: Some(t), .. }, true) = (&f.part, a.offset.is_none_or(|(s, _)| seq < s)) {
                a.offset = Some((seq, t.offset));
            }
        }
    }

    pub fn clear(&mut self) {
        self.rows.clear();
    }

    /// The rows, to be written (the rollup is empty after).
    pub fn drain(&mut self) -> impl Iterator<Item = (i64, PeerRollup)> + '_ {
        self.rows.drain().map(|((hour, d, g, key), a)| {
            let item = if g == 2 {
                PeerRollup::NoDomain { direction: direction(d), connections: a.row.connections.total() }
            } else {
                PeerRollup::Row {
                    hour: Some(hour).filter(|h| *h != NO_TIME),
                    direction: direction(d),
                    group: if g == 0 { PeerGroup::Domain } else { PeerGroup::Host },
                    key,
                    row: Box::new(a.row),
                    offset: a.offset,
                }
            };
            (hour, item)
        })
    }
}
