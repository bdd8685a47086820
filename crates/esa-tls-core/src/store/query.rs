//! Answers computed in the store rather than from every record: the summary (and its time series)
//! from the grouped verdict figures ([`super::FactRow`]). The result is the aggregate a run over the
//! same records builds, figure for figure (the tests compare the rendered outputs byte for byte).

use super::codec::encryption_of;
use super::{time_of_key, Backend, FactRow, PeerRollup, Result, Scan};
use crate::model::Direction;
use crate::report::filter::TimeRange;
use crate::report::peers::Peers;
use crate::report::summary::{Series, SeriesRow, Summary, SummaryReport};
use crate::time::LogTime;
use std::collections::BTreeMap;

/// Adds a group of records to the summary.
fn add(s: &mut Summary, r: &FactRow) {
    let f = &r.facts;
    if f.kind == 0 {
        let c = if f.direction == 0 { &mut s.inbound.connections } else { &mut s.outbound.connections };
        c.add_n(f.outcome(), r.n);
    } else {
        s.messages_total += r.n;
        if f.smtp {
            s.inbound.messages.add_n(encryption_of(f.in_enc), r.n);
        }
        if f.generated {
            s.messages_generated += r.n;
        }
        for (i, &k) in f.recipients[..3].iter().enumerate() {
            s.outbound.recipients.add_n(encryption_of(i as u8), k);
        }
        s.recipients_without_attempt += f.recipients[3];
    }
    s.span.add(r.lo.map(time_of_key));
    s.span.add(r.hi.map(time_of_key));
}

/// Adds a group of records to its bucket of the series.
fn add_series(rows: &mut BTreeMap<i64, (SeriesRow, u64)>, w: i64, r: &FactRow) {
    let Some(hour) = r.hour else { return };
    let key = hour.div_euclid(w) * w;
    let (row, first) = rows.entry(key).or_insert((SeriesRow::default(), u64::MAX));
    // the bucket's start carries the offset of its first record, as a run over the records gives it
    if r.first_seq < *first {
        *first = r.first_seq;
        row.start = Some(LogTime { local: key, offset: r.first_offset });
    }
    let f = &r.facts;
    if f.kind == 0 {
        match f.direction {
            0 => row.inbound_connections.add_n(f.outcome(), r.n),
            _ => row.outbound_connections.add_n(f.outcome(), r.n),
        }
    } else {
        if f.smtp {
            row.inbound_messages.add_n(encryption_of(f.in_enc), r.n);
        }
        for (i, &k) in f.recipients[..3].iter().enumerate() {
            row.outbound_recipients.add_n(encryption_of(i as u8), k);
        }
    }
}

/// Fills `report`'s summary (and its series, when it has one) from the store's records in `range`.
/// A policy split needs every connection's peer: that is not done here (the caller reads the records).
/// Returns how many records the figures rest on.
pub fn summary(b: &mut dyn Backend, range: TimeRange, report: &mut SummaryReport) -> Result<u64> {
    let w = report.series.as_ref().map(|s| s.bucket.seconds());
    let mut rows = BTreeMap::new();
    let summary = &mut report.summary;
    let mut records = 0;
    b.facts(range, &mut |r| {
        records += r.n;
        add(summary, &r);
        if let Some(w) = w {
            add_series(&mut rows, w, &r);
        }
    })?;
    if let Some(series) = &mut report.series {
        *series = Series { bucket: series.bucket, rows: rows.into_iter().map(|(k, (row, _))| (k, row)).collect() };
    }
    Ok(records)
}

/// Fills `peers` from the store's records in `range`: its rollup for the whole hours, and every
/// record of the hours the range cuts (and the provisional ones), in their order; a backend without a
/// rollup reads every record. Returns how many rollup rows and records the figures rest on (0: none).
pub fn peers(b: &mut dyn Backend, range: TimeRange, peers: &mut Peers) -> Result<u64> {
    let bucket = peers.bucket;
    let mut parts = 0;
    let rolled = b.peer_rollup(range, &mut |r| match r {
        PeerRollup::Row { hour, direction, group, key, mut row, offset } => {
            parts += 1;
            // the rollup's hours make the series' buckets
            if let (Some(w), Some(h)) = (bucket.map(|b| b.seconds()), hour) {
                row.series.insert(h.div_euclid(w) * w, row.messages);
            }
            peers.merge_row(direction, group, key, &row, offset);
        }
        PeerRollup::NoDomain { direction, connections } => {
            parts += 1;
            peers.without_domain[(direction == Direction::Outbound) as usize] += connections;
        }
    })?;
    let q = Scan { connections: true, messages: true, range, keys: None, outside_rollup: rolled };
    parts += b.scan(&q, &mut |seq, r| {
        peers.add_numbered(&r, seq);
        true
    })?;
    Ok(parts)
}
