//! Stage 4: records → aggregates. Every aggregate is built from the same records the `messages`
//! and `connections` commands print, and hands its figures to the renderers as [`Table`]s.

pub mod ciphers;
pub mod compliance;
pub mod counts;
pub mod dashboard;
pub mod failures;
pub mod filter;
pub mod peers;
pub mod policy;
pub mod summary;

pub use counts::{encryption, Counts, Encryption, EncryptionCounts};
pub use summary::Summary;

use crate::model::Hop;
use crate::time::LogTime;
use serde::Serialize;

/// The peer a hop is grouped under (see [`Hop::peer_key`]).
pub fn peer_of(direction: crate::model::Direction, h: &Hop) -> String {
    h.peer_key(direction)
}

/// `n` with the word for one or for many: "1 connection", "2 connections".
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Percentage with one decimal (`0.0` when the whole is 0).
pub fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}

/// Rank of a protocol name for comparisons (`TLSv1.2` → 12); `None` when not a known name.
/// OpenSSL's `TLSv1/SSLv3` is the name of TLS 1.0-era suites.
pub fn protocol_rank(p: &str) -> Option<u32> {
    Some(match p {
        "SSLv2" => 2,
        "SSLv3" => 3,
        "TLSv1" | "TLSv1.0" | "TLSv1/SSLv3" => 10,
        "TLSv1.1" => 11,
        "TLSv1.2" => 12,
        "TLSv1.3" => 13,
        _ => return None,
    })
}

/// Why a protocol or cipher is deprecated, if it is (every reason, comma-separated).
pub fn deprecated(protocol: Option<&str>, cipher: Option<&str>) -> Option<String> {
    let mut why: Vec<&str> = Vec::new();
    if let Some(r) = protocol.and_then(protocol_rank) {
        if r < 12 {
            why.push(match r {
                2 | 3 => "SSL",
                10 => "TLS 1.0",
                _ => "TLS 1.1",
            });
        }
    }
    if let Some(c) = cipher.map(str::to_ascii_uppercase) {
        let checks: [(bool, &str); 7] = [
            (c.contains("RC4"), "RC4"),
            (c.contains("DES-CBC3") || c.contains("3DES"), "3DES"),
            (c.contains("NULL"), "NULL cipher"),
            (c.starts_with("EXP") || c.contains("_EXPORT"), "export cipher"),
            (c.starts_with("ADH") || c.starts_with("AECDH") || c.contains("_ANON_"), "anonymous"),
            ((c.starts_with("DES-") || c.contains("-DES-")) && !c.contains("DES-CBC3"), "DES"),
            (c.contains("MD5"), "MD5"),
        ];
        why.extend(checks.iter().filter(|x| x.0).map(|x| x.1));
    }
    (!why.is_empty()).then(|| why.join(", "))
}

/// A failure text reduced to what groups alike failures: the OpenSSL reason inside
/// `(n, 'error:…:reason')`, otherwise the text itself.
pub fn normalize_reason(reason: Option<&str>) -> String {
    let Some(r) = reason.map(str::trim).filter(|r| !r.is_empty()) else {
        return "(no reason logged)".into();
    };
    if let Some(i) = r.find("error:") {
        let tail = &r[i..];
        let end = tail.find(['\'', '"', ')']).unwrap_or(tail.len());
        if let Some(reason) = tail[..end].rsplit(':').next().filter(|s| !s.is_empty()) {
            return reason.trim().to_string();
        }
    }
    r.to_string()
}

/// A cell of a report table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A list (JSON array; space-joined for people and CSV).
    List(Vec<String>),
    IntList(Vec<u64>),
    Int(u64),
    Pct(f64),
    Time(LogTime),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
    pub fn opt_time(t: Option<LogTime>) -> Cell {
        t.map_or(Cell::Empty, Cell::Time)
    }
}

impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Text(t) => s.serialize_str(t),
            Cell::List(l) => l.serialize(s),
            Cell::IntList(l) => l.serialize(s),
            Cell::Int(n) => s.serialize_u64(*n),
            Cell::Pct(p) => s.serialize_f64(*p),
            Cell::Time(t) => s.collect_str(t),
            Cell::Empty => s.serialize_none(),
        }
    }
}

/// A titled table of figures, as every report hands them to the renderers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Stable identifier (`violations`, `inbound_ciphers`, …): JSON `id`, CSV `--table`.
    pub id: &'static str,
    pub title: String,
    /// Column keys (used as JSON keys and CSV headers; upper-cased for the terminal).
    pub columns: Vec<&'static str>,
    #[serde(skip)]
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<Cell>>,
    /// Totals as structured figures (also said in the notes for people).
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "totals_map")]
    pub totals: Vec<(&'static str, u64)>,
    /// Lines printed under the table on a terminal (totals, explanations).
    pub notes: Vec<String>,
}

fn totals_map<S: serde::Serializer>(t: &[(&'static str, u64)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(t.len()))?;
    for (k, v) in t {
        m.serialize_entry(k, v)?;
    }
    m.end()
}

impl Table {
    /// A table with an id to be set by the report (see [`Table::id`]); `table` until then.
    pub fn new(title: impl Into<String>, columns: &[(&'static str, bool)]) -> Self {
        Table {
            id: "table",
            title: title.into(),
            columns: columns.iter().map(|c| c.0).collect(),
            numeric: columns.iter().map(|c| c.1).collect(),
            rows: Vec::new(),
            totals: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// Keeps at most `n` distinct items (for "peers affected" and example lists) while counting all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sample {
    pub items: Vec<String>,
    pub distinct: std::collections::BTreeSet<String>,
}

/// Distinct peers remembered per row at most (the count stays exact up to this bound).
pub const MAX_DISTINCT: usize = 10_000;

impl Sample {
    pub fn add(&mut self, s: &str, keep: usize) {
        if self.distinct.len() < MAX_DISTINCT && !self.distinct.contains(s) {
            self.distinct.insert(s.to_string());
            if self.items.len() < keep {
                self.items.push(s.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_normalised() {
        assert_eq!(
            normalize_reason(Some(
                "(336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')"
            )),
            "sslv3 alert certificate unknown"
        );
        assert_eq!(normalize_reason(Some("STARTTLS unexpected response")), "STARTTLS unexpected response");
        assert_eq!(normalize_reason(None), "(no reason logged)");
    }

    #[test]
    fn deprecations() {
        let d = |p: Option<&str>, c| deprecated(p, Some(c));
        assert_eq!(d(Some("TLSv1"), "AES128-SHA").as_deref(), Some("TLS 1.0"));
        assert_eq!(d(Some("TLSv1/SSLv3"), "DHE-RSA-AES256-SHA").as_deref(), Some("TLS 1.0"));
        assert_eq!(d(Some("TLSv1.2"), "DES-CBC3-SHA").as_deref(), Some("3DES"));
        assert_eq!(d(Some("TLSv1"), "DES-CBC3-SHA").as_deref(), Some("TLS 1.0, 3DES"));
        assert_eq!(d(Some("TLSv1.2"), "RC4-SHA").as_deref(), Some("RC4"));
        assert_eq!(d(Some("TLSv1.2"), "ECDHE-RSA-AES256-GCM-SHA384"), None);
        assert_eq!(d(Some("TLSv1.3"), "TLS_AES_256_GCM_SHA384"), None);
        assert_eq!(d(None, "ADH-AES256-SHA").as_deref(), Some("anonymous"));
        assert!(protocol_rank("TLSv1.1") < protocol_rank("TLSv1.2"));
    }
}
