//! Records as compact JSON, written directly: the hot path of `messages` and `connections` in JSON
//! and NDJSON, where serde's generic serializer spent over a third of the run (every key escaped
//! byte by byte, every fragment a separate write). Keys here are literals, numbers go through
//! `itoa`, and text is checked for characters to escape eight bytes at a time.
//!
//! The serde derive in [`crate::model`] stays the contract: the output here is byte for byte what
//! `serde_json::to_writer` gives for the same record, which the tests check on every record of a
//! simulated log and on hostile text. A field added to the model fails those tests until it is
//! written here too.

use crate::model::{Connection, Hop, Message, Recipient};
use crate::time::LogTime;
use std::sync::Arc;

/// Hops written lately, by address: a hop is shared (`Arc`) by the recipients of a message
/// delivered over one connection and by the messages of one injection connection, and written
/// again for each (in `messages -f ndjson`, about half the hops written had been written among
/// the last 64). Each slot holds the hop itself, not its address alone: a hop cannot be freed and
/// another take its place while its text is kept, and a hop is never changed once shared
/// (`Arc::make_mut` copies it).
pub struct HopCache {
    slots: Vec<Option<(Arc<Hop>, Vec<u8>)>>,
}

impl Default for HopCache {
    fn default() -> Self {
        HopCache { slots: vec![None; 64] }
    }
}

impl HopCache {
    /// Appends `h` as a JSON object.
    fn write(&mut self, out: &mut Vec<u8>, h: &Arc<Hop>) {
        // Fibonacci hashing of the address, to the 64 slots
        let i = ((Arc::as_ptr(h) as usize as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize;
        if let Some((k, text)) = &self.slots[i] {
            if Arc::ptr_eq(k, h) {
                return out.extend_from_slice(text);
            }
        }
        let start = out.len();
        out.push(b'{');
        hop_fields(out, h);
        out.push(b'}');
        match &mut self.slots[i] {
            Some((k, text)) => {
                *k = h.clone();
                text.clear();
                text.extend_from_slice(&out[start..]);
            }
            slot @ None => *slot = Some((h.clone(), out[start..].to_vec())),
        }
    }
}

/// Appends `m` as one JSON object; `hops`: the hops written lately (kept from record to record).
pub fn message(out: &mut Vec<u8>, m: &Message, hops: &mut HopCache) {
    out.extend_from_slice(b"{\"appliance\":");
    opt_str(out, m.appliance.as_deref());
    out.extend_from_slice(b",\"mid\":");
    uint(out, m.mid);
    out.extend_from_slice(b",\"icid\":");
    opt_uint(out, m.icid);
    out.extend_from_slice(b",\"from\":");
    opt_str(out, m.from.as_deref());
    out.extend_from_slice(b",\"subject\":");
    opt_str(out, m.subject.as_deref());
    out.extend_from_slice(b",\"message_id\":");
    opt_str(out, m.message_id.as_deref());
    out.extend_from_slice(b",\"size\":");
    opt_uint(out, m.size);
    out.extend_from_slice(b",\"received\":");
    opt_hop(out, m.received.as_ref(), hops);
    out.extend_from_slice(b",\"recipients\":[");
    for (i, r) in m.recipients.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        recipient(out, r, hops);
    }
    out.extend_from_slice(b"],\"origin\":{\"kind\":\"");
    out.extend_from_slice(m.origin.kind.as_str().as_bytes());
    out.extend_from_slice(b"\",\"parent\":");
    opt_uint(out, m.origin.parent);
    out.extend_from_slice(b"},\"children\":");
    uints(out, &m.children);
    out.extend_from_slice(b",\"started\":");
    opt_time(out, m.started);
    out.extend_from_slice(b",\"finished\":");
    opt_time(out, m.finished);
    out.extend_from_slice(b",\"aborted\":");
    opt_str(out, m.aborted.as_deref());
    if let Some(d) = &m.dane {
        out.extend_from_slice(b",\"dane\":{\"status\":");
        str(out, &d.status);
        out.extend_from_slice(b",\"host\":");
        opt_str(out, d.host.as_deref());
        out.push(b'}');
    }
    if !m.disagreements.is_empty() {
        out.extend_from_slice(b",\"disagreements\":[");
        for (i, d) in m.disagreements.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            str(out, d);
        }
        out.push(b']');
    }
    out.push(b'}');
}

/// Appends `c` as one JSON object (its hop's fields inline, as `#[serde(flatten)]` puts them).
pub fn connection(out: &mut Vec<u8>, c: &Connection) {
    out.extend_from_slice(b"{\"appliance\":");
    opt_str(out, c.appliance.as_deref());
    out.extend_from_slice(b",\"direction\":\"");
    out.extend_from_slice(c.direction.as_str().as_bytes());
    out.extend_from_slice(b"\",\"id\":");
    uint(out, c.id);
    out.push(b',');
    hop_fields(out, &c.hop);
    out.extend_from_slice(b",\"interface\":");
    opt_str(out, c.interface.as_deref());
    out.extend_from_slice(b",\"port\":");
    opt_uint(out, c.port.map(u64::from));
    out.extend_from_slice(b",\"hat\":");
    match &c.hat {
        None => out.extend_from_slice(b"null"),
        Some(h) => {
            out.extend_from_slice(b"{\"action\":");
            str(out, h.action);
            out.extend_from_slice(b",\"sender_group\":");
            opt_str(out, h.sender_group.as_deref());
            out.extend_from_slice(b",\"sbrs\":");
            opt_str(out, h.sbrs.as_deref());
            out.push(b'}');
        }
    }
    out.extend_from_slice(b",\"error\":");
    opt_str(out, c.error.as_deref());
    out.extend_from_slice(b",\"lost\":");
    boolean(out, c.lost);
    out.extend_from_slice(b",\"seen_from_start\":");
    boolean(out, c.seen_from_start);
    out.extend_from_slice(b",\"opened\":");
    opt_time(out, c.opened);
    out.extend_from_slice(b",\"closed\":");
    opt_time(out, c.closed);
    out.extend_from_slice(b",\"mids\":");
    uints(out, &c.mids);
    out.extend_from_slice(b",\"domains\":[");
    for (i, d) in c.domains.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        str(out, d);
    }
    out.extend_from_slice(b"]}");
}

fn recipient(out: &mut Vec<u8>, r: &Recipient, hops: &mut HopCache) {
    out.extend_from_slice(b"{\"rid\":");
    uint(out, r.rid.into());
    out.extend_from_slice(b",\"to\":");
    opt_str(out, r.to.as_deref());
    out.extend_from_slice(b",\"status\":\"");
    out.extend_from_slice(r.status.as_str().as_bytes());
    out.extend_from_slice(b"\",\"dcid\":");
    opt_uint(out, r.dcid);
    out.extend_from_slice(b",\"delivery\":");
    opt_hop(out, r.delivery.as_ref(), hops);
    out.extend_from_slice(b",\"attempts\":");
    uint(out, r.attempts.into());
    out.extend_from_slice(b",\"code\":");
    opt_str(out, r.code.as_deref());
    out.extend_from_slice(b",\"response\":");
    opt_str(out, r.response.as_deref());
    out.extend_from_slice(b",\"last_attempt\":");
    opt_time(out, r.last_attempt);
    out.push(b'}');
}

fn opt_hop(out: &mut Vec<u8>, h: Option<&Arc<Hop>>, hops: &mut HopCache) {
    match h {
        None => out.extend_from_slice(b"null"),
        Some(h) => hops.write(out, h),
    }
}

fn hop_fields(out: &mut Vec<u8>, h: &Hop) {
    out.extend_from_slice(b"\"tls\":\"");
    out.extend_from_slice(h.tls.as_str().as_bytes());
    out.extend_from_slice(b"\",\"protocol\":");
    opt_str(out, h.protocol.as_deref());
    out.extend_from_slice(b",\"cipher\":");
    opt_str(out, h.cipher.as_deref());
    out.extend_from_slice(b",\"cn\":");
    opt_str(out, h.cn.as_deref());
    out.extend_from_slice(b",\"reason\":");
    opt_str(out, h.reason.as_deref());
    out.extend_from_slice(b",\"required\":");
    boolean(out, h.required);
    out.extend_from_slice(b",\"remote_ip\":");
    opt_str(out, h.remote_ip.as_deref());
    out.extend_from_slice(b",\"remote_host\":");
    opt_str(out, h.remote_host.as_deref());
    out.extend_from_slice(b",\"rdns_verified\":");
    match h.rdns_verified {
        None => out.extend_from_slice(b"null"),
        Some(v) => boolean(out, v),
    }
}

fn boolean(out: &mut Vec<u8>, v: bool) {
    out.extend_from_slice(if v { b"true" } else { b"false" });
}

fn uint(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

fn opt_uint(out: &mut Vec<u8>, v: Option<u64>) {
    match v {
        None => out.extend_from_slice(b"null"),
        Some(v) => uint(out, v),
    }
}

fn uints(out: &mut Vec<u8>, v: &[u64]) {
    out.push(b'[');
    for (i, &x) in v.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        uint(out, x);
    }
    out.push(b']');
}

fn opt_time(out: &mut Vec<u8>, t: Option<LogTime>) {
    let Some(t) = t else {
        return out.extend_from_slice(b"null");
    };
    match t.rfc3339_bytes(&mut [0; 25]) {
        Some(text) => {
            out.push(b'"');
            out.extend_from_slice(text);
            out.push(b'"');
        }
        // a year outside 0..=9999: the general path
        None => serde_json::to_writer(out, &t).expect("writing to memory"),
    }
}

fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => out.extend_from_slice(b"null"),
        Some(s) => str(out, s),
    }
}

/// Whether any of the eight bytes of `w` is a control character, `"` or `\` (the bytes JSON escapes).
#[inline]
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    // bytes below 0x20: subtracting 0x20 borrows into the high bit of a byte that had it clear
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    control | zero_in(w ^ (ONES * b'"' as u64)) | zero_in(w ^ (ONES * b'\\' as u64)) != 0
}

/// A JSON string, escaped as serde_json escapes it: `\"`, `\\`, `\b \f \n \r \t`, other control
/// characters as `\u00XX`; everything else (other Unicode included) as is.
fn str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let clean = clean_prefix(b);
    if clean == b.len() {
        // nearly every text: nothing to escape
        out.extend_from_slice(b);
        out.push(b'"');
        return;
    }
    out.extend_from_slice(&b[..clean]);
    let mut start = clean;
    for (i, &c) in b.iter().enumerate().skip(clean) {
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => {
                out.extend_from_slice(&b[start..i]);
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
                start = i + 1;
                continue;
            }
            _ => continue,
        };
        out.extend_from_slice(&b[start..i]);
        out.extend_from_slice(esc);
        start = i + 1;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

/// How many leading bytes of `b` can be copied as they are: the whole text when no byte needs
/// escaping (nearly always), else up to the eight-byte word with the first one. The last, short
/// word is checked padded with blanks, so a clean text is never walked byte by byte.
#[inline]
fn clean_prefix(b: &[u8]) -> usize {
    let mut clean = 0;
    while clean + 8 <= b.len() {
        let w = u64::from_le_bytes(b[clean..clean + 8].try_into().expect("eight bytes"));
        if needs_escape(w) {
            return clean;
        }
        clean += 8;
    }
    if clean == b.len() {
        return clean;
    }
    // the short tail: the last eight bytes when there are eight (some checked twice), else the
    // tail padded with blanks, without a copy
    let last = match b.len().checked_sub(8) {
        Some(from) => u64::from_le_bytes(b[from..].try_into().expect("eight bytes")),
        None => b.iter().rev().fold(u64::from_le_bytes([b' '; 8]), |w, &c| w << 8 | c as u64),
    };
    if needs_escape(last) {
        clean
    } else {
        b.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::testkit::run;
    use crate::model::{Dane, HatVerdict, Record};

    /// Records of a short realistic log (inbound TLS with a HAT verdict, a rewrite, a delivery over
    /// TLS with a certificate name, a deferral then a bounce, a failed TLS, a generated bounce, an
    /// abort), then the same records carrying hostile text and every optional part: each written
    /// here as serde writes it. (The integration test `sim::the_direct_record_json_is_serdes` does
    /// the same on simulated traffic.)
    #[test]
    fn records_are_written_as_serde_writes_them() {
        let mut recs = run(&[
            "10:00:00 New SMTP ICID 4 interface Data 1 (10.0.0.1) address 192.0.2.4 reverse dns host mx.sender.example verified yes",
            "10:00:00 ICID 4 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5",
            "10:00:00 ICID 4 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            "10:00:01 Start MID 30 ICID 4",
            "10:00:01 MID 30 ICID 4 From: <a@sender.example>",
            "10:00:01 MID 30 ICID 4 RID 0 To: <b@corp.example>",
            "10:00:01 MID 30 ICID 4 RID 1 To: <c@partner.example>",
            "10:00:01 MID 30 Message-ID '<x1@sender.example>'",
            "10:00:01 MID 30 Subject 'Quarterly \"report\" \\ figures'",
            "10:00:01 MID 30 ready 2048 bytes from <a@sender.example>",
            "10:00:02 MID 30 rewritten to MID 31 by antispam",
            "10:00:02 Message finished MID 30 done",
            "10:00:03 ICID 4 close",
            "10:00:04 New SMTP DCID 7 interface 10.0.0.2 address 198.51.100.7 port 25",
            "10:00:04 DCID 7 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.corp.example",
            "10:00:05 Delivery start DCID 7 MID 31 to RID [0, 1]",
            "10:00:05 Message done DCID 7 MID 31 to RID [0]",
            "10:00:05 Delayed: DCID 7 MID 31 to RID [1] - 4.4.0 - Try later ('451', ['busy'])",
            "10:00:06 DCID 7 close",
            "10:00:07 New SMTP DCID 8 interface 10.0.0.2 address 198.51.100.8 port 25",
            "10:00:07 DCID 8 TLS failed: STARTTLS unexpected response",
            "10:00:08 Delivery start DCID 8 MID 31 to RID [1]",
            "10:00:08 Bounced: DCID 8 MID 31 to RID [1] - 5.1.1 - Bad address ('550', ['no such user'])",
            "10:00:09 Message finished MID 31 done",
            "10:00:09 DCID 8 close",
            "10:00:10 MID 32 generated for bounce of MID 31",
            "10:00:10 Message finished MID 32 done",
            "10:00:11 Start MID 40 ICID 0",
            "10:00:11 MID 40 ICID 0 RID 0 To: <a@x.example>",
            "10:00:12 Message aborted MID 40 Dropped by content filter",
        ]);
        assert_eq!(recs.len(), 7, "three connections and four messages");
        let hostile = "a\"b\\c\n\r\t\u{0}\u{1b}[31m\u{7f} Ünïcode ✓ 日本 </script>";
        let mut extra = Vec::new();
        for r in &recs {
            match r.clone() {
                Record::Message(mut m) => {
                    m.from = Some(hostile.into());
                    m.subject = Some(hostile.into());
                    m.aborted = Some(hostile.into());
                    m.dane = Some(Dane { status: hostile.into(), host: None });
                    m.disagreements = vec![hostile.to_string(), String::new()];
                    m.finished = Some(LogTime { local: 320_000_000_000, offset: Some(-3600) });
                    for rc in &mut m.recipients {
                        rc.to = Some(hostile.into());
                        rc.response = Some(hostile.into());
                    }
                    extra.push(Record::Message(m));
                }
                Record::Connection(mut c) => {
                    c.hop.cn = Some(hostile.into());
                    c.hop.rdns_verified = Some(false);
                    c.hat = Some(HatVerdict { action: "RELAY", sender_group: Some(hostile.into()), sbrs: None });
                    c.error = Some(hostile.into());
                    c.port = Some(u16::MAX);
                    c.domains = vec![hostile.into()];
                    c.mids = vec![u64::MAX, 0];
                    c.opened = Some(LogTime { local: -1, offset: None });
                    extra.push(Record::Connection(c));
                }
            }
        }
        recs.extend(extra);
        let mut buf = Vec::new();
        // one cache for all: the hops shared between records are written from it
        let mut hops = HopCache::default();
        for r in &recs {
            buf.clear();
            let want = match r {
                Record::Message(m) => {
                    message(&mut buf, m, &mut hops);
                    serde_json::to_string(m).unwrap()
                }
                Record::Connection(c) => {
                    connection(&mut buf, c);
                    serde_json::to_string(c).unwrap()
                }
            };
            assert_eq!(String::from_utf8(buf.clone()).unwrap(), want);
        }
    }

    #[test]
    fn a_hop_comes_from_the_cache_only_while_it_is_the_same_hop() {
        let serde = |h: &Hop| serde_json::to_vec(h).unwrap();
        let mut hops = HopCache::default();
        let mut out = Vec::new();
        let a = Arc::new(Hop { cipher: Some("A".into()), ..Hop::unknown() });
        for _ in 0..2 {
            out.clear();
            hops.write(&mut out, &a);
            assert_eq!(out, serde(&a));
        }
        // changing a shared hop copies it: the copy is another hop
        let mut b = a.clone();
        Arc::make_mut(&mut b).cipher = Some("B".into());
        out.clear();
        hops.write(&mut out, &b);
        assert_eq!(out, serde(&b));
        // hops made and dropped one after another, each at an address a dropped one may have had
        for i in 0..2_000 {
            let h = Arc::new(Hop { cipher: Some(i.to_string().into()), ..Hop::unknown() });
            out.clear();
            hops.write(&mut out, &h);
            assert_eq!(out, serde(&h), "hop {i}");
        }
    }

    fn same_as_serde(s: &str) {
        let mut ours = Vec::new();
        str(&mut ours, s);
        assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
    }

    #[test]
    fn text_is_escaped_as_serde_json_escapes_it() {
        for c in 0u8..=0x7f {
            let ch = c as char;
            same_as_serde(&ch.to_string());
            same_as_serde(&format!("abcdefgh{ch}ijklmnop{ch}"));
            same_as_serde(&format!("{ch}abcdefghijklmnopq"));
        }
        for s in ["", "plain ascii text long enough", "Ünïcode sübject ✓ 日本語", "a\"b\\c\u{7f}\u{1b}[31m", "\u{2028}"]
        {
            same_as_serde(s);
        }
    }

    #[test]
    fn a_byte_to_escape_is_found_at_every_length_and_position() {
        // texts of 0 to 24 bytes: whole words, the short last word checked padded, and the bytes
        // after the first escape; one byte to escape (or a clean one) at every position
        for len in 0..=24 {
            for pos in 0..len {
                for c in ['"', '\\', '\n', '\u{1}', '\u{1f}', ' ', 'é'] {
                    let s: String = (0..len).map(|i| if i == pos { c } else { 'x' }).collect();
                    same_as_serde(&s);
                    same_as_serde(&format!("{s}\t"));
                }
            }
        }
    }

    #[test]
    fn the_escape_check_finds_each_byte_in_each_position() {
        for pos in 0..8 {
            for c in 0u8..=0xff {
                let mut w = [b'a'; 8];
                w[pos] = c;
                let expect = c < 0x20 || c == b'"' || c == b'\\';
                assert_eq!(needs_escape(u64::from_le_bytes(w)), expect, "byte {c:#x} at {pos}");
            }
        }
    }
}
