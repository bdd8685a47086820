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

/// A rollup row as the columns both stores keep (the same names in SQLite and ClickHouse). A count of
/// connections without a domain is a row of group 2, the count as its successes.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RollupColumns {
    pub hour: i64,
    pub direction: u8,
    pub grp: u8,
    pub key: String,
    pub c0: u64,
    pub c1: u64,
    pub c2: u64,
    pub c3: u64,
    pub m0: u64,
    pub m1: u64,
    pub m2: u64,
    /// The protocols seen, one per line.
    pub protocols: String,
    pub fail: u8,
    pub fail_t: Option<i64>,
    pub fail_seq: u64,
    pub fail_reason: String,
    pub seen_lo: Option<i64>,
    pub seen_hi: Option<i64>,
    pub off_seq: Option<u64>,
    pub off: Option<i32>,
}

impl RollupColumns {
    /// The columns of a rollup row of `hour`.
    pub fn of(hour: i64, item: PeerRollup) -> RollupColumns {
        let (direction, grp, key, row, offset) = match item {
            PeerRollup::NoDomain { direction, connections } => {
                let mut row = PeerRow::default();
                row.connections.success = connections;
                (direction, 2, String::new(), Box::new(row), None)
            }
            PeerRollup::Row { direction, group, key, row, offset, .. } => (direction, group as u8, key, row, offset),
        };
        let (c, m) = (&row.connections, &row.messages);
        let (fail, fail_t, fail_seq, fail_reason) = match &row.last_failure {
            Some((t, seq, reason)) => (1, t.map(super::time_key), *seq, reason.clone()),
            None => (0, None, 0, String::new()),
        };
        RollupColumns {
            hour,
            direction: direction as u8,
            grp,
            key,
            c0: c.success,
            c1: c.failed,
            c2: c.none,
            c3: c.unknown,
            m0: m.encrypted,
            m1: m.not_encrypted,
            m2: m.unknown,
            protocols: row.protocols.iter().map(String::as_str).collect::<Vec<_>>().join("\n"),
            fail,
            fail_t,
            fail_seq,
            fail_reason,
            seen_lo: row.seen.first.map(super::time_key),
            seen_hi: row.seen.last.map(super::time_key),
            off_seq: offset.map(|o| o.0),
            off: offset.and_then(|o| o.1),
        }
    }

    /// The rollup row these columns hold.
    pub fn into_rollup(self) -> PeerRollup {
        let direction = direction(self.direction);
        if self.grp == 2 {
            return PeerRollup::NoDomain { direction, connections: self.c0 };
        }
        let mut row = PeerRow::default();
        row.connections.success = self.c0;
        row.connections.failed = self.c1;
        row.connections.none = self.c2;
        row.connections.unknown = self.c3;
        row.messages.encrypted = self.m0;
        row.messages.not_encrypted = self.m1;
        row.messages.unknown = self.m2;
        row.protocols = self.protocols.split('\n').filter(|p| !p.is_empty()).map(String::from).collect();
        if self.fail == 1 {
            row.last_failure = Some((self.fail_t.map(super::time_of_key), self.fail_seq, self.fail_reason));
        }
        row.seen.first = self.seen_lo.map(super::time_of_key);
        row.seen.last = self.seen_hi.map(super::time_of_key);
        PeerRollup::Row {
            hour: Some(self.hour).filter(|h| *h != NO_TIME),
            direction,
            group: if self.grp == 0 { PeerGroup::Domain } else { PeerGroup::Host },
            key: self.key,
            row: Box::new(row),
            offset: self.off_seq.map(|s| (s, self.off)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's columns give the row back, whatever it holds: what one store writes, both read.
    #[test]
    fn columns_round_trip() {
        let row = RollupColumns {
            hour: 1_709_510_400,
            direction: 1,
            grp: 0,
            key: "partner.example".into(),
            c0: 3,
            c1: 1,
            c2: 2,
            c3: 0,
            m0: 9,
            m1: 4,
            m2: 1,
            protocols: "TLSv1.2\nTLSv1.3".into(),
            fail: 1,
            fail_t: Some(super::super::time_key(crate::time::LogTime { local: 1_709_510_500, offset: Some(3600) })),
            fail_seq: 17,
            fail_reason: "timeout".into(),
            seen_lo: Some(5),
            seen_hi: Some(9),
            off_seq: Some(2),
            off: Some(-18_000),
        };
        let no_time = RollupColumns {
            hour: NO_TIME,
            fail: 0,
            fail_t: None,
            fail_seq: 0,
            fail_reason: String::new(),
            off_seq: None,
            off: None,
            ..row.clone()
        };
        let no_domain =
            RollupColumns { hour: 0, direction: 0, grp: 2, key: String::new(), c0: 5, ..RollupColumns::default() };
        for c in [row, no_time, no_domain] {
            assert_eq!(RollupColumns::of(c.hour, c.clone().into_rollup()), c);
        }
    }
}
