//! What a stored record is made of besides its JSON: the verdict figures summaries add up, time keys
//! that sort like [`LogTime`], lookup keys, and the compressed body.

use crate::model::{bare_message_id, domain_of, Direction, Hop, OriginKind, Record, TlsOutcome};
use crate::report::filter::{connection_time, message_time, AddressPattern, Search};
use crate::report::{encryption, Encryption};
use crate::time::LogTime;

/// The figures a summary takes from one record; records with equal facts add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Facts {
    /// 0: a connection, 1: a message.
    pub kind: u8,
    /// Connections: 0 inbound, 1 outbound.
    pub direction: u8,
    /// Connections: the verdict, as its index in [`TlsOutcome::ALL`].
    pub tls: u8,
    /// Messages: received over SMTP (see [`crate::model::Message::received_over_smtp`]).
    pub smtp: bool,
    /// Messages: encryption of the receipt (0 encrypted, 1 not, 2 unknown).
    pub in_enc: u8,
    /// Messages: made by the appliance.
    pub generated: bool,
    /// Messages: recipients attempted over a connection, encrypted / not / unknown, and without an attempt.
    pub recipients: [u64; 4],
}

fn enc_index(e: Encryption) -> u8 {
    match e {
        Encryption::Encrypted => 0,
        Encryption::NotEncrypted => 1,
        Encryption::Unknown => 2,
    }
}

/// The encryption an index of [`Facts::in_enc`] stands for.
pub fn encryption_of(i: u8) -> Encryption {
    match i {
        0 => Encryption::Encrypted,
        1 => Encryption::NotEncrypted,
        _ => Encryption::Unknown,
    }
}

impl Facts {
    /// The facts of a record, its place in time (where `--since/--until` put it), and the earliest
    /// and latest of its times (for the span a summary covers).
    pub fn of(r: &Record) -> (Facts, Option<LogTime>, Option<LogTime>, Option<LogTime>) {
        let span = |ts: &[Option<LogTime>]| {
            let known = ts.iter().flatten();
            (known.clone().min().copied(), known.max().copied())
        };
        match r {
            Record::Connection(c) => {
                let f = Facts {
                    kind: 0,
                    direction: (c.direction == Direction::Outbound) as u8,
                    tls: TlsOutcome::ALL.iter().position(|t| *t == c.hop.tls).unwrap_or(3) as u8,
                    ..Facts::default()
                };
                let (lo, hi) = span(&[c.opened, c.closed]);
                (f, connection_time(c), lo, hi)
            }
            Record::Message(m) => {
                let mut f = Facts {
                    kind: 1,
                    smtp: m.received_over_smtp(),
                    in_enc: enc_index(encryption(m.received.as_deref())),
                    generated: matches!(m.origin.kind, OriginKind::Generated | OriginKind::Bounce) || m.icid == Some(0),
                    ..Facts::default()
                };
                for rc in &m.recipients {
                    if rc.attempts > 0 {
                        f.recipients[enc_index(encryption(rc.delivery.as_deref())) as usize] += 1;
                    } else {
                        f.recipients[3] += 1;
                    }
                }
                let (lo, hi) = span(&[m.started, m.finished]);
                (f, message_time(m), lo, hi)
            }
        }
    }

    /// The connection verdict of these facts.
    pub fn outcome(&self) -> TlsOutcome {
        TlsOutcome::ALL[(self.tls as usize).min(3)]
    }
}

/// An integer that sorts as [`LogTime`] does (by UTC, then wall-clock time) and gives the time back:
/// summaries take the earliest and latest time with SQL `min`/`max`.
pub fn time_key(t: LogTime) -> i64 {
    let utc = t.utc_or_local();
    let rel = t.local - utc + 65_536; // the offset, 0..131_072
    (((utc << 17) + rel.clamp(0, 131_071)) << 1) | t.offset.is_some() as i64
}

/// The time a [`time_key`] stands for.
pub fn time_of_key(k: i64) -> LogTime {
    let has_offset = k & 1 == 1;
    let k = k >> 1;
    let utc = k >> 17;
    let off = (k & 0x1_FFFF) - 65_536;
    LogTime { local: utc + off, offset: has_offset.then_some(off as i32) }
}

/// FNV-1a, 64 bits: a stable hash (the same in every version, on every machine) for what the store
/// keeps: lookup keys, and the first bytes that identify an input file.
pub fn fnv(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A key as the number stored: 32 bits, four bytes in the index (half of it is the keys). Two keys
/// may share a number: a lookup then reads a few records more, which the search's exact filters
/// drop, so it never finds what it should not.
pub fn key_hash(k: &str) -> i64 {
    (fnv(k.as_bytes()) >> 32) as i32 as i64
}

/// `kind:name` for a domain or host and each domain above it with two labels or more: a lookup of a
/// domain then finds its subdomains too.
fn domain_keys(kind: &str, d: &str, out: &mut Vec<String>) {
    let d = d.trim_end_matches('.').to_ascii_lowercase();
    let mut rest = d.as_str();
    out.push(format!("{kind}:{rest}"));
    while let Some((_, parent)) = rest.split_once('.') {
        if !parent.contains('.') {
            break;
        }
        out.push(format!("{kind}:{parent}"));
        rest = parent;
    }
}

fn hop_keys(h: &Hop, out: &mut Vec<String>) {
    if let Some(ip) = &h.remote_ip {
        out.push(format!("ip:{}", ip.to_ascii_lowercase()));
    }
    if let Some(host) = &h.remote_host {
        domain_keys("host", host, out);
    }
}

fn address_keys(a: &str, out: &mut Vec<String>) {
    let a = a.trim().trim_start_matches('<').trim_end_matches('>');
    if a.is_empty() {
        return;
    }
    out.push(format!("addr:{}", a.to_ascii_lowercase()));
    if let Some(d) = domain_of(a) {
        domain_keys("dom", &d, out);
    }
}

/// The keys a record is found by: its IDs, Message-ID, envelope addresses and domains, and peers.
/// Every record a search filter can match carries the key that filter looks up (see [`search_keys`]).
pub fn lookup_keys(r: &Record) -> Vec<String> {
    let mut k = Vec::new();
    match r {
        Record::Connection(c) => {
            let id = if c.direction == Direction::Inbound { "icid" } else { "dcid" };
            k.push(format!("{id}:{}", c.id));
            k.extend(c.mids.iter().map(|m| format!("mid:{m}")));
            c.domains.iter().for_each(|d| domain_keys("dom", d, &mut k));
            hop_keys(&c.hop, &mut k);
        }
        Record::Message(m) => {
            k.push(format!("mid:{}", m.mid));
            if let Some(i) = m.icid {
                k.push(format!("icid:{i}"));
            }
            if let Some(id) = &m.message_id {
                k.push(format!("msgid:{}", bare_message_id(id)));
            }
            if let Some(f) = &m.from {
                address_keys(f, &mut k);
            }
            if let Some(h) = &m.received {
                hop_keys(h, &mut k);
            }
            for rc in &m.recipients {
                if let Some(t) = &rc.to {
                    address_keys(t, &mut k);
                }
                if let Some(d) = rc.dcid {
                    k.push(format!("dcid:{d}"));
                }
                if let Some(h) = &rc.delivery {
                    hop_keys(h, &mut k);
                }
            }
        }
    }
    k.sort_unstable();
    k.dedup();
    k
}

fn pattern_keys(p: &AddressPattern, connections: bool) -> Vec<String> {
    match p {
        // a connection matches an address by its domain
        AddressPattern::Address(a) => {
            let mut v = vec![format!("addr:{a}")];
            v.extend(domain_of(a).filter(|_| connections).map(|d| format!("dom:{d}")));
            v
        }
        // the subdomains carry their parents' keys
        AddressPattern::Domain(d) | AddressPattern::DomainAndSubdomains(d) | AddressPattern::Subdomains(d) => {
            vec![format!("dom:{d}")]
        }
    }
}

/// The keys that find every record a search can match (one filter's keys: records must match every
/// filter, so any one of them narrows), or `None` when no filter given can be looked up (`--subject`,
/// `--tls` and `--direction` alone). `connections`: connection records are looked for too.
pub fn search_keys(s: &Search, connections: bool) -> Option<Vec<String>> {
    let exact = |prefix: &str, v: Vec<String>| v.into_iter().map(|x| format!("{prefix}:{x}")).collect();
    if !s.mids.is_empty() {
        return Some(exact("mid", s.mids.iter().map(u64::to_string).collect()));
    }
    if !s.message_ids.is_empty() {
        return Some(exact("msgid", s.message_ids.clone()));
    }
    if !s.icids.is_empty() {
        return Some(exact("icid", s.icids.iter().map(u64::to_string).collect()));
    }
    if !s.dcids.is_empty() {
        return Some(exact("dcid", s.dcids.iter().map(u64::to_string).collect()));
    }
    if !s.to.is_empty() {
        return Some(s.to.iter().flat_map(|p| pattern_keys(p, connections)).collect());
    }
    if !s.from.is_empty() {
        return Some(s.from.iter().flat_map(|p| pattern_keys(p, connections)).collect());
    }
    if !s.peers.is_empty() {
        return Some(
            s.peers
                .iter()
                .flat_map(|p| {
                    let p = p.to_ascii_lowercase();
                    [format!("ip:{p}"), format!("host:{p}")]
                })
                .collect(),
        );
    }
    None
}

/// Record bodies compressed with a dictionary taken from the store's first records: JSON records
/// repeat their field names and much of their values, and a dictionary lets each record, compressed
/// alone, shrink to a fifth or less.
pub struct BodyCodec {
    dict: Vec<u8>,
    /// One compressor and decompressor, reset for each record (each holds a few hundred KB).
    comp: std::cell::RefCell<flate2::Compress>,
    decomp: std::cell::RefCell<flate2::Decompress>,
}

/// Dictionary size: deflate reads the whole dictionary for every record, so a small one (the field
/// names and common values of a few records) buys most of the gain at a quarter of the cost of the
/// 32 KB deflate allows (measured: 160 against 140 bytes a record, twice as fast).
const DICT_MAX: usize = 8 * 1024;

impl BodyCodec {
    pub fn new(dict: Vec<u8>) -> Self {
        BodyCodec {
            dict,
            comp: std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::new(6), false)),
            decomp: std::cell::RefCell::new(flate2::Decompress::new(false)),
        }
    }

    /// A dictionary from sample record texts (most recent last, as deflate prefers).
    pub fn dictionary(samples: &[Vec<u8>]) -> Vec<u8> {
        let mut d: Vec<u8> = samples.iter().flat_map(|s| s.iter().copied().chain([b'\n'])).collect();
        if d.len() > DICT_MAX {
            d.drain(..d.len() - DICT_MAX);
        }
        d
    }

    pub fn compress(&self, json: &[u8]) -> Vec<u8> {
        let mut c = self.comp.borrow_mut();
        c.reset();
        if !self.dict.is_empty() {
            let _ = c.set_dictionary(&self.dict);
        }
        let mut out = Vec::with_capacity(json.len() / 2 + 64);
        loop {
            let before = c.total_in() as usize;
            match c.compress_vec(&json[before..], &mut out, flate2::FlushCompress::Finish) {
                Ok(flate2::Status::StreamEnd) => return out,
                Ok(_) => out.reserve(out.capacity().max(256)),
                Err(_) => return Vec::new(),
            }
        }
    }

    pub fn decompress(&self, data: &[u8]) -> Result<Vec<u8>, String> {
        let mut d = self.decomp.borrow_mut();
        d.reset(false);
        if !self.dict.is_empty() {
            d.set_dictionary(&self.dict).map_err(|e| format!("record body: {e}"))?;
        }
        let mut out = Vec::with_capacity(data.len() * 5 + 256);
        loop {
            let before = d.total_in() as usize;
            match d.decompress_vec(&data[before..], &mut out, flate2::FlushDecompress::Finish) {
                Ok(flate2::Status::StreamEnd) => return Ok(out),
                Ok(_) if d.total_in() as usize >= data.len() && out.len() < out.capacity() => {
                    return Err("record body: truncated".into())
                }
                Ok(_) => out.reserve(out.capacity().max(1024)),
                Err(e) => return Err(format!("record body: {e}")),
            }
        }
    }
}

/// A record as its JSON contract text.
pub fn to_json(r: &Record) -> Vec<u8> {
    match r {
        Record::Connection(c) => serde_json::to_vec(c),
        Record::Message(m) => serde_json::to_vec(m),
    }
    .unwrap_or_default()
}

/// A record back from its JSON (`kind` 0: a connection, 1: a message).
pub fn from_json(kind: u8, json: &[u8]) -> Result<Record, String> {
    let r = if kind == 0 {
        serde_json::from_slice(json).map(Record::Connection)
    } else {
        serde_json::from_slice(json).map(Record::Message)
    };
    r.map_err(|e| format!("a stored record does not read back: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_keys_sort_as_log_times_and_give_them_back() {
        let ts = [
            LogTime { local: 1_709_510_400, offset: None },
            LogTime { local: 1_709_510_400, offset: Some(0) },
            LogTime { local: 1_709_510_400, offset: Some(-18_000) },
            LogTime { local: 1_709_510_400, offset: Some(19_800) },
            LogTime { local: -86_400, offset: Some(3_600) },
            LogTime { local: 0, offset: Some(-50_400) },
        ];
        for a in ts {
            assert_eq!(time_of_key(time_key(a)), a);
            for b in ts {
                if a.cmp(&b) != std::cmp::Ordering::Equal {
                    assert_eq!(time_key(a).cmp(&time_key(b)), a.cmp(&b), "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn bodies_round_trip_with_and_without_a_dictionary() {
        let texts: Vec<Vec<u8>> = (0..50)
            .map(|i| {
                format!("{{\"mid\":{i},\"from\":\"a{i}@partner.example\",\"subject\":\"invoice {i}\"}}").into_bytes()
            })
            .collect();
        let with = BodyCodec::new(BodyCodec::dictionary(&texts[..10]));
        let without = BodyCodec::new(Vec::new());
        for t in &texts {
            assert_eq!(&with.decompress(&with.compress(t)).unwrap(), t);
            assert_eq!(&without.decompress(&without.compress(t)).unwrap(), t);
            assert!(with.compress(t).len() < without.compress(t).len(), "the dictionary helps");
        }
        assert!(with.decompress(b"\xff\xff garbage").is_err());
        assert!(with.decompress(&with.compress(&texts[0])[..5]).is_err(), "truncated");
    }

    #[test]
    fn domains_and_hosts_are_keyed_with_their_parents() {
        let mut k = Vec::new();
        domain_keys("dom", "Mail.EU.Partner.example", &mut k);
        assert_eq!(k, ["dom:mail.eu.partner.example", "dom:eu.partner.example", "dom:partner.example"]);
        let s = Search { to: vec![AddressPattern::parse("partner.example").unwrap()], ..Search::default() };
        assert_eq!(search_keys(&s, true), Some(vec!["dom:partner.example".to_string()]));
        let s = Search { to: vec![AddressPattern::parse("Bob@Partner.example").unwrap()], ..Search::default() };
        assert_eq!(
            search_keys(&s, true),
            Some(vec!["addr:bob@partner.example".to_string(), "dom:partner.example".into()])
        );
        assert_eq!(search_keys(&s, false), Some(vec!["addr:bob@partner.example".to_string()]));
        assert_eq!(search_keys(&Search { subjects: vec!["x".into()], ..Search::default() }, true), None);
        assert_ne!(key_hash("mid:1"), key_hash("mid:2"));
    }
}
