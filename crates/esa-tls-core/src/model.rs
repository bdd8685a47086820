//! The record model every command and renderer reads: connections, messages, recipients.
//!
//! These types *are* the JSON contract (schema version [`SCHEMA_VERSION`], documented in the README):
//! field names and value spellings here are what users' scripts depend on.

use crate::time::LogTime;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Version of the JSON/NDJSON/CSV record contract (messages, connections, summary, traces).
pub const SCHEMA_VERSION: u32 = 1;

/// Version of the report documents (`peers`, `failures`, `ciphers`, `check`, `impact` as JSON): 2
/// since list cells (example peers and IDs, protocols, recent MIDs) are arrays, not space-joined
/// strings, and every table has an `id`.
pub const REPORT_SCHEMA_VERSION: u32 = 2;

/// Whether a hop was encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsOutcome {
    /// The connection was encrypted.
    Success,
    /// TLS was attempted (or required) and failed: the mail went in clear or not at all.
    Failed,
    /// No TLS attempt was logged on a connection seen from its start.
    None,
    /// Cannot tell: the connection's start is outside the input, or it failed before TLS could happen.
    Unknown,
}

impl TlsOutcome {
    pub const ALL: [TlsOutcome; 4] = [TlsOutcome::Success, TlsOutcome::Failed, TlsOutcome::None, TlsOutcome::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            TlsOutcome::Success => "success",
            TlsOutcome::Failed => "failed",
            TlsOutcome::None => "none",
            TlsOutcome::Unknown => "unknown",
        }
    }
}

/// Which way a connection goes, seen from the appliance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// An injection connection (ICID): the appliance received.
    Inbound,
    /// A delivery connection (DCID): the appliance delivered.
    Outbound,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Inbound => "inbound",
            Direction::Outbound => "outbound",
        }
    }
}

/// The TLS facts of one connection, as a message crossing it sees them. Shared (`Arc`) between the
/// connection and every message and recipient that used it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hop {
    pub tls: TlsOutcome,
    pub protocol: Option<Box<str>>,
    pub cipher: Option<Box<str>>,
    /// Certificate name presented by the peer (outbound).
    pub cn: Option<Box<str>>,
    /// Failure text: the OpenSSL or socket error, `STARTTLS unexpected response`, or the
    /// "was required but …" wording.
    pub reason: Option<Box<str>>,
    /// The log shows TLS was required on this connection.
    pub required: bool,
    pub remote_ip: Option<Box<str>>,
    /// Reverse DNS name of the peer (inbound; `None` when the appliance logged `unknown`).
    pub remote_host: Option<Box<str>>,
    /// Whether the appliance verified that reverse DNS name (inbound).
    pub rdns_verified: Option<bool>,
}

impl Hop {
    /// The key a peer is grouped and looked up under, in every report: inbound, the reverse DNS name
    /// when the appliance verified it, else the IP; outbound, the IP. `(unknown)` when neither is
    /// known.
    pub fn peer_key(&self, direction: Direction) -> String {
        let host = match (direction, &self.remote_host, self.rdns_verified) {
            (Direction::Inbound, Some(host), Some(true)) => Some(host),
            _ => None,
        };
        host.or(self.remote_ip.as_ref()).map_or_else(|| "(unknown)".to_string(), |s| s.to_string())
    }

    /// What is known of a connection that was never seen.
    pub fn unknown() -> Self {
        Hop {
            tls: TlsOutcome::Unknown,
            protocol: None,
            cipher: None,
            cn: None,
            reason: None,
            required: false,
            remote_ip: None,
            remote_host: None,
            rdns_verified: None,
        }
    }
}

/// HAT (host access table) verdict on an inbound connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HatVerdict {
    /// `ACCEPT`, `RELAY`, `REJECT` or `TCPREFUSE`.
    pub action: &'static str,
    pub sender_group: Option<Box<str>>,
    pub sbrs: Option<Box<str>>,
}

/// A [`HatVerdict`] as read back from JSON.
#[derive(Deserialize)]
struct HatVerdictText {
    action: String,
    sender_group: Option<Box<str>>,
    sbrs: Option<Box<str>>,
}

impl<'de> Deserialize<'de> for HatVerdict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let h = HatVerdictText::deserialize(d)?;
        let action = ["ACCEPT", "RELAY", "REJECT", "TCPREFUSE"]
            .into_iter()
            .find(|a| *a == h.action)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown HAT action {:?}", h.action)))?;
        Ok(HatVerdict { action, sender_group: h.sender_group, sbrs: h.sbrs })
    }
}

/// One SMTP connection: inbound (ICID) or outbound (DCID).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    pub appliance: Option<Arc<str>>,
    pub direction: Direction,
    /// The ICID or DCID.
    pub id: u64,
    #[serde(flatten)]
    pub hop: Hop,
    pub interface: Option<Box<str>>,
    pub port: Option<u16>,
    pub hat: Option<HatVerdict>,
    /// Connection-level failure that is not a TLS verdict: `Connection Error` details (outbound),
    /// `Receiving Failed` (inbound).
    pub error: Option<Box<str>>,
    pub lost: bool,
    /// Whether the connection's opening line is in the input (without it, no TLS line does not mean
    /// no TLS).
    pub seen_from_start: bool,
    pub opened: Option<LogTime>,
    pub closed: Option<LogTime>,
    /// Messages carried, in order of first use.
    pub mids: Vec<u64>,
    /// Envelope domains seen on the connection, lower-case: sender domains (inbound), recipient
    /// domains (outbound). At most [`MAX_DOMAINS`].
    pub domains: Vec<Box<str>>,
    /// Where the lines of this connection (and, outbound, of the messages it delivered) lie in the
    /// input, when a run reads texts back (see [`Message::lines`]). Never written.
    #[serde(skip)]
    pub lines: Option<LineSpan>,
}

/// Domains kept per connection record.
pub const MAX_DOMAINS: usize = 16;

/// The domain of an address (`user@Example.COM` → `example.com`), if it has one. Borrowed when it is
/// already lowercase, as nearly all are.
pub fn domain_of(addr: &str) -> Option<std::borrow::Cow<'_, str>> {
    // by bytes: `@` and `>` are ASCII, so the cuts are on character boundaries (a `str` pattern search
    // cost ten times more, on every delivery of every recipient)
    let at = memchr::memrchr(b'@', addr.as_bytes())?;
    let d = addr[at + 1..].trim_end_matches('>');
    if d.is_empty() {
        return None;
    }
    Some(if d.bytes().any(|c| c.is_ascii_uppercase()) { d.to_ascii_lowercase().into() } else { d.into() })
}

/// A Message-ID as it is compared: without its angle brackets, and without the header's name when
/// the whole header line was pasted (`Message-ID: <…>`, as a mail client's "view source" shows it).
pub fn bare_message_id(s: &str) -> &str {
    let s = s.trim();
    let s = match s.get(..11) {
        Some(name) if name.eq_ignore_ascii_case("message-id:") => s[11..].trim_start(),
        _ => s,
    };
    s.trim_start_matches('<').trim_end_matches('>')
}

/// The envelope addresses a search asks about, as the search's `--from` and `--to` patterns (see
/// [`crate::correlate::Correlator::wanted_addresses`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WantedAddresses {
    pub senders: Vec<AddressPattern>,
    pub recipients: Vec<AddressPattern>,
}

impl WantedAddresses {
    /// Whether an address as logged matches one of `list`, on its text as records show it (so as
    /// the search will compare it).
    pub fn wants(list: &[AddressPattern], b: &[u8]) -> bool {
        // no pattern matches an empty address (the null sender, or one the parse left out)
        if list.is_empty() || b.is_empty() {
            return false;
        }
        if b.is_ascii() {
            return list.iter().any(|p| p.matches_ascii(b));
        }
        list.iter().any(|p| p.matches(&text(b)))
    }
}

/// An address filter (`--from`, `--to`): a full address, `@domain` or `*@domain` (that domain only),
/// a domain (with its subdomains), or `*.domain` (its subdomains only, as in the appliance's own
/// tables and `--require-tls`); any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressPattern {
    Address(String),
    Domain(String),
    DomainAndSubdomains(String),
    Subdomains(String),
}

impl AddressPattern {
    pub fn parse(s: &str) -> Result<AddressPattern, String> {
        let s = s.trim();
        // `Bob Smith <bob@example.com>`, as copied from a mail client: the address in the brackets
        let s = match (s.rfind('<'), s.strip_suffix('>')) {
            (Some(i), Some(inner)) => &inner[i + 1..],
            _ => s.trim_start_matches('<').trim_end_matches('>'),
        };
        // a domain written as DNS tools print it (`partner.example.`): logged addresses carry no
        // root dot, so with it the pattern would silently match nothing
        let s = s.trim().trim_end_matches('.').to_ascii_lowercase();
        if s.is_empty() {
            return Err("an empty address".into());
        }
        let p = if let Some(d) = s.strip_prefix("*@").or_else(|| s.strip_prefix('@')) {
            AddressPattern::Domain(d.to_string())
        } else if let Some(d) = s.strip_prefix("*.") {
            AddressPattern::Subdomains(d.to_string())
        } else if s.contains('@') {
            AddressPattern::Address(s)
        } else {
            AddressPattern::DomainAndSubdomains(s.trim_start_matches('.').to_string())
        };
        // what would silently match nothing: another wildcard, a blank, no domain
        let text = match &p {
            AddressPattern::Address(t)
            | AddressPattern::Domain(t)
            | AddressPattern::DomainAndSubdomains(t)
            | AddressPattern::Subdomains(t) => t,
        };
        if text.contains('*') {
            return Err(
                "a wildcard is understood only as *@domain (every address at that domain) or *.domain (its subdomains)"
                    .into(),
            );
        }
        // `a@x.example; b@y.example` as a mail client copies recipients: no address is matched by it
        if text.chars().any(|c| c.is_whitespace() || c == ';') {
            return Err("an address or domain has no blanks or semicolons (give several as a comma list)".into());
        }
        if (matches!(&p, AddressPattern::Address(_)) && text.ends_with('@')) || text.is_empty() {
            return Err("no domain".into());
        }
        Ok(p)
    }

    /// Whether an envelope address matches.
    pub fn matches(&self, addr: &str) -> bool {
        if addr.is_ascii() {
            return self.matches_ascii(addr.as_bytes());
        }
        self.matches_text(addr)
    }

    /// [`AddressPattern::matches`] for an ASCII address, on its bytes: what the other way does
    /// (trim, brackets, the domain lowercased and compared), without its Unicode trims, character
    /// searches and lowercased copy. A search by `--to` or `--from` asks this of every envelope
    /// address of the input (parser threads) and of every recipient kept (the correlating thread
    /// and the filter): the other way took 375 instructions a call.
    fn matches_ascii(&self, b: &[u8]) -> bool {
        // `str::trim` on ASCII: its White_Space characters are \t \n \x0b \x0c \r and the space
        let blank = |c: &u8| matches!(c, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ');
        let start = b.iter().position(|c| !blank(c)).unwrap_or(b.len());
        let end = b.iter().rposition(|c| !blank(c)).map_or(start, |e| e + 1);
        let mut a = &b[start..end];
        while let [b'<', rest @ ..] = a {
            a = rest;
        }
        while let [rest @ .., b'>'] = a {
            a = rest;
        }
        // the domain itself, its subdomains, or both (as `matches_domain`)
        let (x, itself, subdomains) = match self {
            AddressPattern::Address(p) => return a.eq_ignore_ascii_case(p.as_bytes()),
            AddressPattern::Domain(x) => (x.as_bytes(), true, false),
            AddressPattern::DomainAndSubdomains(x) => (x.as_bytes(), true, true),
            AddressPattern::Subdomains(x) => (x.as_bytes(), false, true),
        };
        // the domain, after the last `@` (its `>` are gone), as `domain_of` lowercases it
        let Some(at) = memchr::memrchr(b'@', a) else { return false };
        let d = &a[at + 1..];
        let lower_eq = |d: &[u8]| d.len() == x.len() && ascii_lower_eq(d, x);
        let sub = || d.len() > x.len() && lower_eq(&d[d.len() - x.len()..]) && d[d.len() - x.len() - 1] == b'.';
        !d.is_empty() && ((itself && lower_eq(d)) || (subdomains && sub()))
    }

    /// [`AddressPattern::matches`] for any text.
    fn matches_text(&self, addr: &str) -> bool {
        let addr = addr.trim().trim_start_matches('<').trim_end_matches('>');
        match self {
            AddressPattern::Address(a) => addr.eq_ignore_ascii_case(a),
            _ => domain_of(addr).is_some_and(|d| self.matches_domain(&d)),
        }
    }

    /// Whether a (lower-case) domain matches: for a connection's envelope domains.
    pub fn matches_domain(&self, d: &str) -> bool {
        let sub = |x: &str| d.len() > x.len() && d.ends_with(x) && d[..d.len() - x.len()].ends_with('.');
        match self {
            AddressPattern::Address(a) => domain_of(a).is_some_and(|ad| ad == d),
            AddressPattern::Domain(x) => d == x,
            AddressPattern::DomainAndSubdomains(x) => d == x || sub(x),
            AddressPattern::Subdomains(x) => sub(x),
        }
    }
}

/// Whether ASCII `d`, lowercased, is `x` (of the same length), eight bytes at a time: the last
/// compare of a search by domain, on every envelope address of the input.
fn ascii_lower_eq(d: &[u8], x: &[u8]) -> bool {
    debug_assert!(d.len() == x.len() && d.is_ascii());
    // each byte of an ASCII word with 0x20 added where it is 'A'..='Z' (no carry crosses bytes:
    // every byte is below 0x80, so adding 0x3f or 0x25 stays below 0x100)
    fn lower(w: u64) -> u64 {
        const EACH: u64 = 0x0101_0101_0101_0101;
        let upper = (w + 0x3f * EACH) & !(w + 0x25 * EACH) & (0x80 * EACH);
        w | (upper >> 2)
    }
    let word = |b: &[u8], i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
    let n = d.len();
    if n < 8 {
        return d.iter().zip(x).all(|(c, p)| c.to_ascii_lowercase() == *p);
    }
    // whole words, then the last eight bytes (overlapping the words before)
    (0..n / 8).all(|k| lower(word(d, 8 * k)) == word(x, 8 * k)) && lower(word(d, n - 8)) == word(x, n - 8)
}

/// How a message came to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginKind {
    /// Received over SMTP (`Start MID m ICID i`, i ≠ 0).
    Smtp,
    /// Made by the appliance (`ICID 0`): notification, bcc/notify copy.
    Generated,
    /// A bounce notice (DSN) for `parent`.
    Bounce,
    /// Replaced `parent` after a rewrite (antispam, LDAP, filters).
    Rewritten,
    /// Split from `parent` by per-recipient policies.
    Split,
    /// Its start is before the input.
    Unknown,
}

impl OriginKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OriginKind::Smtp => "smtp",
            OriginKind::Generated => "generated",
            OriginKind::Bounce => "bounce",
            OriginKind::Rewritten => "rewritten",
            OriginKind::Split => "split",
            OriginKind::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub kind: OriginKind,
    pub parent: Option<u64>,
}

/// Where a recipient stands at the end of what the log shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecipientStatus {
    Delivered,
    /// Hard bounce.
    Bounced,
    /// The last attempt soft-failed (`Delayed:`).
    Delayed,
    /// Delivery started with no outcome in the input.
    InFlight,
    /// No attempt seen.
    Queued,
    /// The message was aborted before delivery.
    Aborted,
    /// The recipient continued in a new MID (rewrite or split; see the message's `children`).
    Rewritten,
}

impl RecipientStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RecipientStatus::Delivered => "delivered",
            RecipientStatus::Bounced => "bounced",
            RecipientStatus::Delayed => "delayed",
            RecipientStatus::InFlight => "in_flight",
            RecipientStatus::Queued => "queued",
            RecipientStatus::Aborted => "aborted",
            RecipientStatus::Rewritten => "rewritten",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recipient {
    pub rid: u32,
    pub to: Option<Box<str>>,
    pub status: RecipientStatus,
    /// Connection of the last delivery attempt (`None` if none, or only `DCID 0`).
    pub dcid: Option<u64>,
    /// TLS of that connection.
    pub delivery: Option<Arc<Hop>>,
    /// Delivery attempts over a connection.
    pub attempts: u32,
    /// Enhanced status code of the last bounce or deferral (`5.1.0`, `4.4.0`).
    pub code: Option<Box<str>>,
    /// Text of the last bounce or deferral.
    pub response: Option<Box<str>>,
    pub last_attempt: Option<LogTime>,
}

impl Recipient {
    pub fn new(rid: u32) -> Self {
        Recipient {
            rid,
            to: None,
            status: RecipientStatus::Queued,
            dcid: None,
            delivery: None,
            attempts: 0,
            code: None,
            response: None,
            last_attempt: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub appliance: Option<Arc<str>>,
    pub mid: u64,
    /// Injection connection; 0 for messages generated by the appliance; `None` when not logged.
    pub icid: Option<u64>,
    pub from: Option<Box<str>>,
    pub subject: Option<Box<str>>,
    pub message_id: Option<Box<str>>,
    pub size: Option<u64>,
    /// TLS of the hop that brought it in; `None` for messages generated by the appliance.
    pub received: Option<Arc<Hop>>,
    pub recipients: Vec<Recipient>,
    pub origin: Origin,
    /// MIDs made from this one (rewrites, splits, bounces, copies).
    pub children: Vec<u64>,
    pub started: Option<LogTime>,
    pub finished: Option<LogTime>,
    /// `Message aborted` text.
    pub aborted: Option<Box<str>>,
    /// DANE for the delivery, from the Consolidated Event Log (`ESADaneStatus`, `ESADaneHost`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dane: Option<Dane>,
    /// Where the mail log and the Consolidated Event Log tell different things about this message.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<String>,
    /// Where the lines of this message and of its connections lie in the input, when a run keeps no
    /// texts and reads them back for the records it prints (see [`crate::readback`]). Not part of
    /// the record: never written.
    #[serde(skip)]
    pub lines: Option<LineSpan>,
}

/// A range of positions in a run's input: the bytes of every source, one after another, numbered
/// from 0. `first` and `last` are the starts of the first and last entries (lines) of something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineSpan {
    pub first: u64,
    pub last: u64,
}

impl Default for LineSpan {
    /// The empty span.
    fn default() -> Self {
        LineSpan { first: u64::MAX, last: 0 }
    }
}

impl LineSpan {
    pub fn is_empty(&self) -> bool {
        self.first > self.last
    }

    /// Takes in the entry that starts at `at`.
    #[inline]
    pub fn add(&mut self, at: u64) {
        self.first = self.first.min(at);
        self.last = self.last.max(at);
    }

    /// Takes in the entry at `at`, if any.
    #[inline]
    pub fn note(&mut self, at: Option<u64>) {
        if let Some(at) = at {
            self.add(at);
        }
    }

    /// Takes in another span.
    pub fn merge(&mut self, o: LineSpan) {
        self.first = self.first.min(o.first);
        self.last = self.last.max(o.last);
    }
}

/// DANE verification of a delivery, as the Consolidated Event Log gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dane {
    /// `success`, `failure`, … as logged.
    pub status: Box<str>,
    pub host: Option<Box<str>>,
}

impl Message {
    /// Whether the message counts as received over SMTP: it came in on an inbound connection (not
    /// made by the appliance, nor a rewrite or split of another message, which add no receipt).
    pub fn received_over_smtp(&self) -> bool {
        self.origin.kind == OriginKind::Smtp && self.icid.is_some_and(|i| i != 0)
    }

    /// The hops of record: the receipt (inbound), then each attempted recipient's last delivery
    /// connection (outbound).
    pub fn hops(&self) -> impl Iterator<Item = (Direction, &Hop)> {
        let received = self.received.iter().map(|h| (Direction::Inbound, &**h));
        let delivered = self
            .recipients
            .iter()
            .filter(|r| r.attempts > 0)
            .filter_map(|r| r.delivery.as_deref())
            .map(|h| (Direction::Outbound, h));
        received.chain(delivered)
    }
}

/// A record as it streams out of the correlator.
#[derive(Debug, Clone)]
pub enum Record {
    Connection(Connection),
    Message(Message),
}

/// Converts log bytes to text for output; invalid UTF-8 is kept, shown lossily.
pub fn text(b: &[u8]) -> Box<str> {
    // most log texts are ASCII: checked inline, without a call (measured: 2 % of `messages`)
    if b.is_ascii() {
        // SAFETY: ASCII is valid UTF-8
        return unsafe { std::str::from_utf8_unchecked(b) }.into();
    }
    match std::str::from_utf8(b) {
        Ok(s) => s.into(),
        Err(_) => String::from_utf8_lossy(b).into(),
    }
}

/// Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`) in a header text such as
/// a subject, as mail clients show it. Whitespace between two encoded words is dropped, as the RFC
/// says. Charsets other than UTF-8, US-ASCII, ISO-8859-1/Latin-1 and Windows-1252, and malformed words,
/// are left as written.
pub fn decode_rfc2047(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains("=?") {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut last_was_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, tail) = rest.split_at(start);
        match decode_word(tail) {
            Some((text, used)) => {
                if !(last_was_word && before.chars().all(char::is_whitespace)) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = &tail[used..];
                last_was_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &tail[2..];
                last_was_word = false;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// One encoded word at the start of `s`: its text and the bytes it spans.
fn decode_word(s: &str) -> Option<(String, usize)> {
    let body = s.strip_prefix("=?")?;
    let (charset, body) = body.split_once('?')?;
    let (enc, body) = body.split_once('?')?;
    let end = body.find("?=")?;
    let text = &body[..end];
    if text.contains(char::is_whitespace) {
        return None;
    }
    let used = 2 + charset.len() + 1 + enc.len() + 1 + end + 2;
    let bytes = match enc {
        "B" | "b" => base64(text)?,
        "Q" | "q" => quoted(text)?,
        _ => return None,
    };
    // RFC 2231 language suffix: `UTF-8*en`
    let charset = charset.split('*').next().unwrap_or(charset).to_ascii_lowercase();
    let decoded = match charset.as_str() {
        "utf-8" | "utf8" | "us-ascii" => String::from_utf8_lossy(&bytes).into_owned(),
        // ISO-8859-15 differs from Latin-1 in eight rarely used places (€ among them)
        "iso-8859-1" | "latin1" | "iso8859-1" | "windows-1252" | "cp1252" | "iso-8859-15" | "latin9" => {
            bytes.iter().map(|&b| if b == 0xa4 && charset.ends_with("15") { '€' } else { b as char }).collect()
        }
        _ => return None,
    };
    Some((decoded, used))
}

/// Decodes base64 (padding optional); `None` on a byte outside the alphabet.
pub(crate) fn base64(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes().filter(|&c| c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn quoted(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'_' => out.push(b' '),
            b'=' => {
                let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    Some(out)
}

#[cfg(test)]
mod rfc2047_tests {
    use super::decode_rfc2047 as d;

    #[test]
    fn encoded_subjects_are_decoded() {
        assert_eq!(d("=?UTF-8?B?RmFjdHVyYSBuwrogMTIz?="), "Factura nº 123");
        assert_eq!(d("=?utf-8?q?Caf=C3=A9_con_leche?="), "Café con leche");
        assert_eq!(d("=?ISO-8859-1?Q?Espa=F1a?="), "España");
        // whitespace between adjacent encoded words goes; around plain text it stays
        assert_eq!(d("=?UTF-8?B?SGVsbG8=?= =?UTF-8?B?V29ybGQ=?="), "HelloWorld");
        assert_eq!(d("Re: =?UTF-8?Q?r=C3=A9sum=C3=A9?= attached"), "Re: résumé attached");
        // not encoded words, unknown charsets, malformed: as written
        assert_eq!(d("plain =? text"), "plain =? text");
        assert_eq!(d("=?KOI8-R?B?8NLJ18XU?="), "=?KOI8-R?B?8NLJ18XU?=");
        assert_eq!(d("=?UTF-8?B?!!!?="), "=?UTF-8?B?!!!?=");
        assert_eq!(d("=?UTF-8?Q?bad=Z?="), "=?UTF-8?Q?bad=Z?=");
    }
}

#[cfg(test)]
mod domain_tests {
    use super::domain_of;

    #[test]
    fn the_domain_is_after_the_last_at_lower_case() {
        let d = |a: &str| domain_of(a).map(|d| d.into_owned());
        assert_eq!(d("user@Example.COM").as_deref(), Some("example.com"));
        assert_eq!(d("<a@b.example>").as_deref(), Some("b.example"));
        assert_eq!(d("\"a@b\"@c.example").as_deref(), Some("c.example"));
        assert_eq!(d("ü@exämple.de").as_deref(), Some("exämple.de"));
        assert_eq!(d("a@"), None);
        assert_eq!(d("<a@>"), None);
        assert_eq!(d("no address"), None);
        assert!(matches!(domain_of("a@lower.example"), Some(std::borrow::Cow::Borrowed(_))), "no copy when lower-case");
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    /// The names the direct JSON writer and the text outputs use are serde's (the contract).
    #[test]
    fn each_as_str_is_the_serde_name() {
        let serde_name = |v: serde_json::Value| v.as_str().unwrap().to_string();
        for k in [
            OriginKind::Smtp,
            OriginKind::Generated,
            OriginKind::Bounce,
            OriginKind::Rewritten,
            OriginKind::Split,
            OriginKind::Unknown,
        ] {
            assert_eq!(k.as_str(), serde_name(serde_json::to_value(k).unwrap()));
        }
        for t in TlsOutcome::ALL {
            assert_eq!(t.as_str(), serde_name(serde_json::to_value(t).unwrap()));
        }
        for d in [Direction::Inbound, Direction::Outbound] {
            assert_eq!(d.as_str(), serde_name(serde_json::to_value(d).unwrap()));
        }
        for s in [
            RecipientStatus::Delivered,
            RecipientStatus::Bounced,
            RecipientStatus::Delayed,
            RecipientStatus::InFlight,
            RecipientStatus::Queued,
            RecipientStatus::Aborted,
            RecipientStatus::Rewritten,
        ] {
            assert_eq!(s.as_str(), serde_name(serde_json::to_value(s).unwrap()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AddressPattern;

    /// The byte-level match of ASCII addresses is the text one's, on every combination of blanks,
    /// brackets, case, `@` and domain shapes (and on patterns built without `parse`'s lowercasing).
    #[test]
    fn an_ascii_address_matches_as_its_text_does() {
        let patterns = [
            AddressPattern::Address("bob@corp.example".into()),
            AddressPattern::Domain("corp.example".into()),
            AddressPattern::DomainAndSubdomains("corp.example".into()),
            AddressPattern::Subdomains("corp.example".into()),
            AddressPattern::DomainAndSubdomains("example".into()),
            AddressPattern::Domain("Corp.Example".into()),
            AddressPattern::Address("bob@cörp.example".into()),
            AddressPattern::DomainAndSubdomains("cörp.example".into()),
            AddressPattern::Domain(String::new()),
        ];
        let (mut n, mut matched) = (0, 0);
        for pre in ["", " ", "\t", "\x0b", "<", "<<", " <", "\r\n", "< "] {
            for local in ["bob", "BOB", "", "b.o", "a@b"] {
                for at in ["@", "@@", ""] {
                    for dom in [
                        "corp.example",
                        "Corp.EXAMPLE",
                        "mx.corp.example",
                        "xcorp.example",
                        "corp.example.",
                        ".corp.example",
                        "",
                        "c",
                        "mx.Corp.Example",
                        "corp.example>x",
                        "example",
                    ] {
                        for post in ["", ">", ">>", " ", "> ", "\x0c", ">\r", " >"] {
                            let form = format!("{pre}{local}{at}{dom}{post}");
                            for p in &patterns {
                                let want = p.matches_text(&form);
                                assert_eq!(p.matches_ascii(form.as_bytes()), want, "{p:?} {form:?}");
                                assert_eq!(p.matches(&form), want, "{p:?} {form:?}");
                                n += 1;
                                matched += want as usize;
                            }
                        }
                    }
                }
            }
        }
        // both answers occur, each many times (a comparison that always says no would not pass)
        assert!(matched > 1000 && matched < n / 2, "{matched} of {n}");
    }

    /// Eight bytes at a time, every ASCII byte lowercases as `to_ascii_lowercase` does, at every
    /// place in the word and every length.
    #[test]
    fn a_domain_compares_lowercased_a_word_at_a_time() {
        for len in 0..=20 {
            for at in 0..len {
                for c in 0u8..0x80 {
                    let mut d = vec![b'q'; len];
                    d[at] = c;
                    let lowered: Vec<u8> = d.iter().map(u8::to_ascii_lowercase).collect();
                    assert!(super::ascii_lower_eq(&d, &lowered), "{d:?}");
                    // any other byte there is a difference (upper case in the pattern among them)
                    for other in [c ^ 0x20, c ^ 0x01, c | 0x80, 0] {
                        let mut x = lowered.clone();
                        x[at] = other;
                        assert_eq!(super::ascii_lower_eq(&d, &x), x == lowered, "{d:?} {x:?}");
                    }
                }
            }
        }
    }
}
