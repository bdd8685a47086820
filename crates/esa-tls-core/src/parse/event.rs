//! Message text → typed event. Zero-copy: every text field borrows from the line.
//!
//! Wordings accepted are those catalogued in `shared/docs/log-formats.md` §3–§8, old and new. The
//! rule throughout: parse the leading keywords and IDs strictly, treat what follows as optional
//! fields, and never depend on an exact suffix.

/// What a line means for TLS on its connection, as read (an event keeps it as a [`TlsEvent`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls<'a> {
    /// `TLS success [protocol P] [cipher C] [CN: <x>|CN=x] [for D]`
    Success { protocol: Option<&'a [u8]>, cipher: Option<&'a [u8]>, cn: Option<&'a [u8]> },
    /// `TLS failed[: reason]`, `STARTTLS command not supported.`
    Failed { reason: Option<&'a [u8]> },
    /// `TLS was required but …`: the policy demanded TLS and it did not happen.
    Required { text: &'a [u8] },
}

/// [`Tls`] as an event keeps it ([`TlsEvent::read`] gives it back): a success's fields as places
/// in its text, 32 bytes where three slices take 56, so that an [`Event`] is 64 bytes and the
/// item that hands it from the parser to the correlating thread 80 (bench/HISTORY.md).
/// Compared and shown as read.
#[derive(Clone, Copy)]
pub enum TlsEvent<'a> {
    Success { text: &'a [u8], protocol: Part, cipher: Part, cn: Part },
    Failed { reason: Option<&'a [u8]> },
    Required { text: &'a [u8] },
}

impl<'a> TlsEvent<'a> {
    /// The fields, as the line gives them.
    pub fn read(&self) -> Tls<'a> {
        match *self {
            TlsEvent::Success { text, protocol, cipher, cn } => {
                Tls::Success { protocol: protocol.of(text), cipher: cipher.of(text), cn: cn.of(text) }
            }
            TlsEvent::Failed { reason } => Tls::Failed { reason },
            TlsEvent::Required { text } => Tls::Required { text },
        }
    }
}

impl PartialEq for TlsEvent<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.read() == other.read()
    }
}

impl Eq for TlsEvent<'_> {}

impl std::fmt::Debug for TlsEvent<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.read().fmt(f)
    }
}

/// A part of a text, as its place in it: 4 bytes where a slice takes 16 (see [`TlsEvent`]). The
/// empty part is none; so is a part that lies beyond the first 64 KiB of its text (no such TLS
/// field, or bounce code, is ever that far into a line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Part {
    start: u16,
    end: u16,
}

impl Part {
    /// The place of `part` (a slice of `text`, if any) in `text`.
    pub fn new(text: &[u8], part: Option<&[u8]>) -> Part {
        let Some(p) = part else { return Part::default() };
        let start = (p.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        match (u16::try_from(start), u16::try_from(start.wrapping_add(p.len()))) {
            (Ok(start), Ok(end)) if start as usize + p.len() <= text.len() => Part { start, end },
            _ => Part::default(),
        }
    }

    /// The part of `text` (the text it was made from); `None` when empty.
    pub fn of(self, text: &[u8]) -> Option<&[u8]> {
        text.get(self.start as usize..self.end as usize).filter(|p| !p.is_empty())
    }
}

/// HAT verdict on an inbound connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HatAction {
    Accept,
    Relay,
    Reject,
    TcpRefuse,
}

impl HatAction {
    pub fn as_str(self) -> &'static str {
        match self {
            HatAction::Accept => "ACCEPT",
            HatAction::Relay => "RELAY",
            HatAction::Reject => "REJECT",
            HatAction::TcpRefuse => "TCPREFUSE",
        }
    }
}

/// A list of recipient indexes as logged: `[0, 1, 2]`, `[0]` or a bare `0`. Short lists (nearly all)
/// are read into numbers at parse time, on the parser threads: the correlator then never touches the
/// line's bytes again, which on another core are no longer in its cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RidList<'a> {
    Few { n: u8, rids: [u32; 3] },
    Text(&'a [u8]),
}

impl<'a> RidList<'a> {
    /// The list as logged; `None` when it holds no RID.
    pub fn parse(text: &'a [u8]) -> Option<Self> {
        // `[0]`, `[0, 1]`, `[0, 1, 2]`: the logged form of one or a few recipients, nearly every
        // delivery line's
        if let [b'[', d @ .., b']'] = text {
            if let Some(few) = Self::few_in_brackets(d) {
                return Some(few);
            }
        }
        Self::parse_tokens(text)
    }

    /// Up to three RIDs of at most nine digits each, separated by `, ` (the inside of the brackets);
    /// `None` for any other form, which [`RidList::parse_tokens`] reads. Reading a list of two or
    /// three token by token cost a line about 500 instructions.
    fn few_in_brackets(d: &[u8]) -> Option<Self> {
        let (mut rids, mut n, mut i) = ([0u32; 3], 0usize, 0usize);
        loop {
            let start = i;
            let mut v = 0u32;
            while let Some(&c) = d.get(i).filter(|c| c.is_ascii_digit() && i - start < 9) {
                v = v * 10 + u32::from(c - b'0');
                i += 1;
            }
            if i == start || n == rids.len() || d.get(i).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            rids[n] = v;
            n += 1;
            match d.get(i..i + 2) {
                None if i == d.len() => return Some(RidList::Few { n: n as u8, rids }),
                Some(b", ") => i += 2,
                _ => return None,
            }
        }
    }

    /// [`RidList::parse`] token by token, for every form.
    fn parse_tokens(text: &'a [u8]) -> Option<Self> {
        let mut rids = [0u32; 3];
        let mut n = 0usize;
        let mut rest = text;
        while let Some((token, after)) = Self::next_token(rest) {
            rest = after;
            let Some(rid) = parse_u32(token) else { continue };
            if n == rids.len() {
                return Some(RidList::Text(text));
            }
            rids[n] = rid;
            n += 1;
        }
        (n > 0).then_some(RidList::Few { n: n as u8, rids })
    }

    /// The next token between separators (`,`, `[`, `]`, blank), and what follows it.
    fn next_token(b: &[u8]) -> Option<(&[u8], &[u8])> {
        let sep = |c: &u8| matches!(c, b',' | b'[' | b']' | b' ');
        let start = b.iter().position(|c| !sep(c))?;
        let b = &b[start..];
        let end = b.iter().position(sep).unwrap_or(b.len());
        Some((&b[..end], &b[end..]))
    }

    fn numbers(mut text: &'a [u8]) -> impl Iterator<Item = u32> + 'a {
        std::iter::from_fn(move || {
            let (token, rest) = Self::next_token(text)?;
            text = rest;
            Some(token)
        })
        .filter_map(parse_u32)
    }

    pub fn iter(&self) -> impl Iterator<Item = u32> + 'a {
        let (few, text) = match *self {
            RidList::Few { n, rids } => (rids.into_iter().take(n as usize), &b""[..]),
            RidList::Text(t) => ([0; 3].into_iter().take(0), t),
        };
        few.chain(Self::numbers(text))
    }
}

/// How a message came to be made by the appliance itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derivation {
    /// `MID a rewritten to [MID] b`: b replaces a.
    Rewritten,
    /// `MID a was split creating MID b`: b carries some of a's recipients.
    Split,
    /// `MID b generated for bounce of MID a`: a DSN.
    Bounce,
    /// `MID b generated based on MID a by …`: bcc, notify, antivirus copies.
    Generated,
}

/// One log entry, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    // --- file header block
    BeginLogfile,
    Version {
        version: &'a [u8],
        serial: Option<&'a [u8]>,
    },
    TimeOffset {
        seconds: i32,
    },
    EndLogfile,

    // --- inbound connections
    IcidOpen {
        icid: u64,
        interface: Option<&'a [u8]>,
        remote_ip: Option<&'a [u8]>,
        remote_host: Option<&'a [u8]>,
        verified: Option<bool>,
    },
    IcidHat {
        icid: u64,
        action: HatAction,
        sender_group: Option<&'a [u8]>,
        sbrs: Option<&'a [u8]>,
    },
    IcidTls {
        icid: u64,
        tls: TlsEvent<'a>,
    },
    IcidLost {
        icid: u64,
    },
    IcidClose {
        icid: u64,
    },
    IcidFailure {
        icid: u64,
        reason: &'a [u8],
    },

    // --- messages
    MsgStart {
        mid: u64,
        icid: u64,
    },
    MsgFrom {
        mid: u64,
        icid: Option<u64>,
        from: &'a [u8],
    },
    MsgRcpt {
        mid: u64,
        icid: Option<u64>,
        rid: u32,
        to: &'a [u8],
    },
    MsgMessageId {
        mid: u64,
        message_id: &'a [u8],
    },
    MsgSubject {
        mid: u64,
        subject: &'a [u8],
    },
    MsgReady {
        mid: u64,
        size: u64,
        from: Option<&'a [u8]>,
    },
    MsgQueued {
        mid: u64,
    },
    /// `parent` produced `child` (order of the IDs in the log varies; this is normalised).
    MsgDerived {
        parent: u64,
        child: u64,
        how: Derivation,
    },
    MsgFinished {
        mid: u64,
    },
    MsgAborted {
        mid: u64,
        reason: &'a [u8],
    },
    MsgResponse {
        mid: u64,
        rids: RidList<'a>,
        response: &'a [u8],
    },

    // --- delivery connections
    DcidOpen {
        dcid: u64,
        interface: Option<&'a [u8]>,
        remote_ip: Option<&'a [u8]>,
        port: Option<u16>,
    },
    DcidTls {
        dcid: u64,
        ip: Option<&'a [u8]>,
        tls: TlsEvent<'a>,
    },
    DeliveryStart {
        dcid: u64,
        mid: u64,
        rids: RidList<'a>,
    },
    MessageDone {
        dcid: u64,
        mid: u64,
        rids: RidList<'a>,
    },
    /// Hard bounce (`Bounced:`) or soft (`Delayed:`); `dcid` 0 = no connection was made.
    /// Its enhanced status code and reason are parts of `text`: see [`failure`].
    DeliveryFailed {
        hard: bool,
        dcid: u64,
        mid: u64,
        rids: RidList<'a>,
        text: &'a [u8],
        code: Part,
        reason_at: u16,
    },
    ConnectionError {
        dcid: u64,
        ip: Option<&'a [u8]>,
        details: &'a [u8],
    },
    DcidClose {
        dcid: u64,
    },

    /// A Consolidated Event Log line (CEF): the message's IDs and TLS in one line; the extension is
    /// read by the correlator (see [`super::cef`]).
    Cef {
        extension: &'a [u8],
    },

    /// Mentions TLS on a connection in a wording not known yet: kept, and counted as not understood,
    /// so a new AsyncOS wording is visible instead of lost.
    UnknownTls,
    /// Starts like a connection/message/delivery event but its fields could not be read.
    Malformed,
    /// Known and irrelevant to TLS (scan verdicts, system messages, …).
    Ignored,
}

impl Event<'_> {
    /// Whether the line counts as understood.
    pub fn understood(&self) -> bool {
        !matches!(self, Event::UnknownTls | Event::Malformed)
    }
}

// ---------------------------------------------------------------------------------------------
// byte helpers

#[inline]
pub(crate) fn parse_u64(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 20 {
        return None;
    }
    let mut v: u64 = 0;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add((c - b'0') as u64)?;
    }
    Some(v)
}

/// The leading decimal digits of eight bytes read little-endian (the first byte lowest): their
/// value and count, without a loop (SWAR). IDs are read on every line, mostly six to nine digits.
#[inline]
fn digits8(x: u64) -> (u64, usize) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let d = x.wrapping_sub(0x30 * ONES);
    // a byte's top bit is set where it is not a digit: below '0' it wraps, above '9' adding 0x76
    // carries into it; bytes before the first non-digit are digits, so nothing borrows or carries
    // into that one, and the bytes after it do not count
    let not_digit = (d | d.wrapping_add(0x76 * ONES)) & (0x80 * ONES);
    let k = (not_digit.trailing_zeros() / 8) as usize;
    if k == 0 {
        return (0, 0);
    }
    // the k digits moved to the top bytes, zeros below: leading zeros of an 8-digit number
    let mut v = d << (8 * (8 - k));
    v = (v.wrapping_mul(10) + (v >> 8)) & 0x00FF_00FF_00FF_00FF;
    v = (v.wrapping_mul(100) + (v >> 16)) & 0x0000_FFFF_0000_FFFF;
    v = (v.wrapping_mul(10_000) + (v >> 32)) & 0xFFFF_FFFF;
    (v, k)
}

#[inline]
fn parse_u32(b: &[u8]) -> Option<u32> {
    parse_u64(b).and_then(|v| u32::try_from(v).ok())
}

/// Leading decimal number and the rest. One pass, without overflow checks for the up to 19 digits
/// that always fit (IDs are read on every line); longer numbers take the checked path.
#[inline(always)]
fn num(b: &[u8]) -> Option<(u64, &[u8])> {
    let (mut v, mut n) = match b.first_chunk::<8>() {
        Some(eight) => match digits8(u64::from_le_bytes(*eight)) {
            (_, 0) => return None,
            (v, k) if k < 8 => return Some((v, &b[k..])),
            (v, _) => (v, 8),
        },
        None => (0, 0),
    };
    while let Some(&c) = b.get(n) {
        let d = c.wrapping_sub(b'0');
        if d > 9 || n == 19 {
            break;
        }
        v = v * 10 + d as u64;
        n += 1;
    }
    if b.get(n).is_some_and(u8::is_ascii_digit) {
        let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
        return Some((parse_u64(&b[..n])?, &b[n..]));
    }
    (n > 0).then(|| (v, &b[n..]))
}

#[inline]
fn strip<'a>(b: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    b.strip_prefix(prefix)
}

#[inline]
fn trim(b: &[u8]) -> &[u8] {
    let s = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let e = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(s, |e| e + 1);
    &b[s..e]
}

/// Position of `needle` in a short haystack. (A one-shot `memmem::find` builds a searcher per call,
/// which costs more than the search on log-line-sized input.)
/// The search is anchored on the needle's rarest byte in log text ([`anchor_of`]): a `memchr` call
/// stops at every occurrence of the anchor, and `" address "` anchored on its `a` stopped at every
/// `a` of `interface Data 1` first (the `New SMTP ICID` line's searches cost 1 200 instructions so).
/// [`find!`] picks the anchor of a literal needle at compile time; this is the same search with
/// the anchor picked at run time, for the tests.
#[cfg(test)]
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    find_anchored(hay, needle, anchor_of(needle))
}

/// [`find`] of a literal needle, its anchor chosen at compile time.
macro_rules! find {
    ($hay:expr, $needle:expr) => {{
        const ANCHOR: usize = anchor_of($needle);
        find_anchored($hay, $needle, ANCHOR)
    }};
}

/// `memchr` for the short haystacks of a line: eight bytes at a time in a register, without the
/// calls and set-up of the vectorised search, which cost more than the search below 64 bytes.
#[inline]
fn memchr_short(needle: u8, hay: &[u8]) -> Option<usize> {
    if hay.len() > 64 {
        return memchr::memchr(needle, hay);
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = hay.chunks_exact(8);
    for (i, chunk) in chunks.by_ref().enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ (ONES * needle as u64);
        // a byte's top bit is set where it was the needle; a borrow only sets bits above the first
        let found = x.wrapping_sub(ONES) & !x & (0x80 * ONES);
        if found != 0 {
            return Some(8 * i + (found.trailing_zeros() / 8) as usize);
        }
    }
    let rest = chunks.remainder();
    rest.iter().position(|&c| c == needle).map(|p| hay.len() - rest.len() + p)
}

#[inline]
fn find_anchored(hay: &[u8], needle: &[u8], k: usize) -> Option<usize> {
    let &anchor = needle.get(k)?;
    let mut from = k;
    while let Some(i) = memchr_short(anchor, hay.get(from..)?) {
        let at = from + i - k;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from += i + 1;
    }
    None
}

/// Index of the needle's rarest byte in log text (the first of the rarest): blanks, lower-case
/// letters in order of English frequency and digits are common, capitals and punctuation rare. Only
/// the order matters.
const fn anchor_of(needle: &[u8]) -> usize {
    const fn commonness(c: u8) -> u8 {
        match c {
            b' ' => 255,
            b'e' => 250,
            b't' | b'a' | b'o' | b'i' | b'n' => 240,
            b's' | b'r' | b'h' | b'l' | b'd' => 230,
            b'0'..=b'9' => 220,
            b'c' | b'u' | b'm' | b'f' | b'p' | b'g' | b'.' => 200,
            b'w' | b'y' | b'b' | b'v' | b'k' => 150,
            b'a'..=b'z' => 100,
            _ => 50,
        }
    }
    let (mut best, mut i) = (0, 1);
    while i < needle.len() {
        if commonness(needle[i]) < commonness(needle[best]) {
            best = i;
        }
        i += 1;
    }
    best
}

/// The token (up to a blank) at the start of `b`.
#[inline]
fn token(b: &[u8]) -> (&[u8], &[u8]) {
    let b = trim_start(b);
    let e = b.iter().position(|&c| c == b' ').unwrap_or(b.len());
    (&b[..e], &b[e..])
}

#[inline]
fn trim_start(b: &[u8]) -> &[u8] {
    let s = b.iter().position(|&c| c != b' ').unwrap_or(b.len());
    &b[s..]
}

#[inline]
fn opt(b: &[u8]) -> Option<&[u8]> {
    if b.is_empty() {
        None
    } else {
        Some(b)
    }
}

/// `ID n` or `ID: n` → n and the rest.
#[inline]
fn id_after<'a>(b: &'a [u8], kw: &[u8]) -> Option<(u64, &'a [u8])> {
    let r = strip(b, kw)?;
    let r = r.strip_prefix(b":").unwrap_or(r);
    let r = strip(r, b" ")?;
    num(r)
}

/// Strips one layer of matching quotes or angle brackets.
fn unquote(b: &[u8]) -> &[u8] {
    let b = trim(b);
    match (b.first(), b.last()) {
        (Some(b'\''), Some(b'\'')) | (Some(b'"'), Some(b'"')) if b.len() >= 2 => &b[1..b.len() - 1],
        _ => b,
    }
}

/// An address as logged: `<a@b>` (brackets dropped), `<>` (empty, the null sender) or bare.
fn address(b: &[u8]) -> &[u8] {
    let b = trim(b);
    if let [b'<', inner @ ..] = b {
        if let Some(e) = memchr_short(b'>', inner) {
            return &inner[..e];
        }
    }
    token(b).0
}

// ---------------------------------------------------------------------------------------------
// TLS lines

/// Parses what follows `TLS ` (or a `STARTTLS …` line) on an ICID or DCID line.
fn tls_tail(r: &[u8], texts: Texts) -> Option<TlsEvent<'_>> {
    if let Some(rest) = strip(r, b"success") {
        if !rest.is_empty() && rest[0] != b' ' {
            return None;
        }
        if !texts.cuts(Texts::OTHERS) {
            let none = Part::default();
            return Some(TlsEvent::Success { text: b"", protocol: none, cipher: none, cn: none });
        }
        let (mut protocol, mut cipher, mut cn) = (None, None, None);
        let text = trim(rest);
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(x) = strip(rest, b"protocol ") {
                let (t, r) = token(x);
                protocol = opt(t);
                rest = trim_start(r);
            } else if let Some(x) = strip(rest, b"cipher ") {
                let (t, r) = token(x);
                cipher = opt(t);
                rest = trim_start(r);
            } else if let Some(x) = strip(rest, b"CN: <").or_else(|| strip(rest, b"CN:<")) {
                let e = x.iter().position(|&c| c == b'>').unwrap_or(x.len());
                cn = opt(&x[..e]);
                rest = trim_start(x.get(e + 1..).unwrap_or(&[]));
            } else if let Some(x) = strip(rest, b"CN=").or_else(|| strip(rest, b"CN: ")) {
                let (t, r) = token(x);
                cn = opt(t);
                rest = trim_start(r);
            } else {
                // `for <domain>` and unknown trailing `key value` pairs: skip one token.
                rest = trim_start(token(rest).1);
            }
        }
        let part = |p| Part::new(text, p);
        return Some(TlsEvent::Success { text, protocol: part(protocol), cipher: part(cipher), cn: part(cn) });
    }
    if let Some(rest) = strip(r, b"failed") {
        let rest = rest.strip_prefix(b":").unwrap_or(rest);
        return Some(TlsEvent::Failed { reason: opt(trim(rest)) });
    }
    if r.starts_with(b"was required") {
        return Some(TlsEvent::Required { text: trim(r) });
    }
    None
}

fn mentions_tls(b: &[u8]) -> bool {
    find!(b, b"TLS").is_some()
}

// ---------------------------------------------------------------------------------------------
// dispatch

/// Classifies one entry's message text (header already removed).
pub fn parse_body(b: &[u8]) -> Event<'_> {
    parse_body_as(b, Texts::ALL)
}

/// Which of the texts that only a record's text fields take are cut out of a line. A run that
/// keeps none of them (`summary`, a search by ID) or only some (a search by address or by
/// Message-ID) has the others left out (see [`crate::pipeline::Options::reading`]): its correlator
/// does not read them. A set of bits: one byte, handed down the parse in a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts(u8);

impl Texts {
    /// The senders' envelope addresses (`From:`, `ready … from`).
    pub const SENDERS: Texts = Texts(1);
    /// The recipients' envelope addresses (`To:`).
    pub const RECIPIENTS: Texts = Texts(8);
    /// Both.
    pub const ADDRESSES: Texts = Texts(9);
    /// The Message-IDs.
    pub const MESSAGE_IDS: Texts = Texts(2);
    /// The others: the hosts, addresses and interfaces of connections, HAT sender groups and
    /// scores, TLS protocols, ciphers and certificate names, bounce and delay codes and reasons,
    /// subjects, responses.
    pub const OTHERS: Texts = Texts(4);
    pub const ALL: Texts = Texts(15);
    pub const NONE: Texts = Texts(0);

    /// These texts and `other`'s when `also`.
    pub const fn with(self, other: Texts, also: bool) -> Texts {
        Texts(if also { self.0 | other.0 } else { self.0 })
    }

    /// Whether every text of `other` is cut out.
    #[inline]
    pub const fn cuts(self, other: Texts) -> bool {
        self.0 & other.0 == other.0
    }
}

/// [`parse_body`], with only the texts `texts` names cut out: the same events of the same lines
/// whatever it names, with the same numbers and verdicts; the fields of the other texts are empty.
pub fn parse_body_as(b: &[u8], texts: Texts) -> Event<'_> {
    let b = trim(b);
    match b.first() {
        Some(b'C') if b.starts_with(b"CEF:") => {
            return match super::cef::parse_cef(b) {
                Some(c) if super::cef::is_consolidated(&c) => Event::Cef { extension: c.extension },
                _ => Event::Ignored,
            }
        }
        Some(b'I') => {
            if let Some(r) = strip(b, b"ICID ") {
                return icid_line(r, texts);
            }
            if b.starts_with(b"Info: ") {
                // A doubled level from a pasted or re-wrapped line.
                return parse_body_as(&b[6..], texts);
            }
        }
        Some(b'D') => {
            if b.starts_with(b"DCID") {
                return dcid_line(b, texts);
            }
            if let Some(r) = strip(b, b"Delivery start DCID ") {
                return delivery_list(r).map_or(Event::Malformed, |(dcid, mid, rids)| Event::DeliveryStart {
                    dcid,
                    mid,
                    rids,
                });
            }
            if let Some(r) = strip(b, b"Delayed: ") {
                return delivery_failed(false, r, texts);
            }
            if b.starts_with(b"Double bounce") || b.starts_with(b"Deleted: ") {
                return Event::Ignored;
            }
        }
        Some(b'M') => {
            if let Some(r) = strip(b, b"MID ") {
                return mid_line(r, texts);
            }
            if let Some(r) = strip(b, b"Message done DCID ") {
                return delivery_list(r).map_or(Event::Malformed, |(dcid, mid, rids)| Event::MessageDone {
                    dcid,
                    mid,
                    rids,
                });
            }
            if let Some(r) = strip(b, b"Message finished MID ") {
                return num(r).map_or(Event::Malformed, |(mid, _)| Event::MsgFinished { mid });
            }
            if let Some(r) = strip(b, b"Message aborted MID ") {
                return num(r).map_or(Event::Malformed, |(mid, r)| Event::MsgAborted { mid, reason: trim(r) });
            }
            // `Message 4195162 to [0] pending till …` (old retry form): retry scheduling carries no
            // TLS fact, and its embedded timestamp is not the line's time. It is ignored below.
        }
        Some(b'S') => {
            if let Some(r) = strip(b, b"Start MID ") {
                let Some((mid, r)) = num(r) else {
                    return Event::Malformed;
                };
                let Some((icid, _)) = strip(r, b" ICID ").and_then(num) else {
                    return Event::Malformed;
                };
                return Event::MsgStart { mid, icid };
            }
        }
        Some(b'N') if b.len() > 9 && b[..9].eq_ignore_ascii_case(b"New SMTP ") => {
            let r = &b[9..];
            if let Some(r) = strip(r, b"ICID ") {
                return icid_open(r, texts);
            }
            if let Some(r) = strip(r, b"DCID ") {
                return dcid_open(r, texts);
            }
        }
        Some(b'B') => {
            if let Some(r) = strip(b, b"Bounced: ") {
                return delivery_failed(true, r, texts);
            }
            if b == b"Begin Logfile" || b.starts_with(b"Begin Logfile ") {
                return Event::BeginLogfile;
            }
        }
        Some(b'C') => {
            if let Some(r) = strip(b, b"Connection Error: ") {
                return connection_error(r);
            }
        }
        Some(b'V') => {
            if let Some(r) = strip(b, b"Version: ") {
                let (version, r) = token(r);
                let serial = strip(trim_start(r), b"SN: ").map(|s| token(s).0);
                return Event::Version { version, serial };
            }
        }
        Some(b'T') => {
            if let Some(r) = strip(b, b"Time offset from UTC: ") {
                let (neg, r) = match r.first() {
                    Some(b'-') => (true, &r[1..]),
                    Some(b'+') => (false, &r[1..]),
                    _ => (false, r),
                };
                return match num(r) {
                    Some((n, _)) if n <= 86_400 => {
                        Event::TimeOffset { seconds: if neg { -(n as i32) } else { n as i32 } }
                    }
                    _ => Event::Malformed,
                };
            }
        }
        Some(b'E') if b.starts_with(b"End Logfile") => return Event::EndLogfile,
        Some(b'L') if b.starts_with(b"Logfile rolled over") => return Event::EndLogfile,
        _ => {}
    }
    Event::Ignored
}

fn icid_line(r: &[u8], texts: Texts) -> Event<'_> {
    let Some((icid, r)) = num(r) else {
        return Event::Malformed;
    };
    let r = trim_start(r);
    if let Some(t) = strip(r, b"TLS ") {
        return tls_tail(t, texts).map_or(Event::UnknownTls, |tls| Event::IcidTls { icid, tls });
    }
    let (word, rest) = token(r);
    let action = match word {
        b"ACCEPT" => Some(HatAction::Accept),
        b"RELAY" => Some(HatAction::Relay),
        b"REJECT" => Some(HatAction::Reject),
        b"TCPREFUSE" => Some(HatAction::TcpRefuse),
        b"close" => return Event::IcidClose { icid },
        b"lost" => return Event::IcidLost { icid },
        _ => None,
    };
    if let Some(action) = action {
        if !texts.cuts(Texts::OTHERS) {
            return Event::IcidHat { icid, action, sender_group: None, sbrs: None };
        }
        let rest = trim_start(rest);
        let sender_group = strip(rest, b"SG ").map(|s| token(s).0).and_then(opt);
        let sbrs = find!(rest, b"SBRS ").map(|i| {
            let s = &rest[i + 5..];
            let e = find!(s, b" country").unwrap_or(s.len());
            trim(&s[..e])
        });
        return Event::IcidHat { icid, action, sender_group, sbrs: sbrs.and_then(opt) };
    }
    if let Some(x) = strip(r, b"Receiving Failed: ").or_else(|| strip(r, b"Injection Failed: ")) {
        return Event::IcidFailure { icid, reason: trim(x) };
    }
    if mentions_tls(r) && !r.starts_with(b"MID ") {
        return Event::UnknownTls;
    }
    Event::Ignored
}

fn icid_open(r: &[u8], texts: Texts) -> Event<'_> {
    let Some((icid, r)) = num(r) else {
        return Event::Malformed;
    };
    // `verified yes|no`; a terminal wrap may have split the keyword (`verifi ed yes`).
    let verified = || find!(r, b" verifi").map(|i| trim(&r[i..]).ends_with(b"yes"));
    if !texts.cuts(Texts::OTHERS) {
        return Event::IcidOpen { icid, interface: None, remote_ip: None, remote_host: None, verified: verified() };
    }
    let interface = find!(r, b"nterface ").map(|i| {
        let s = &r[i + 9..];
        let e = find!(s, b" (").or_else(|| find!(s, b" address ")).unwrap_or(s.len());
        trim(&s[..e])
    });
    let remote_ip = find!(r, b" address ").map(|i| token(&r[i + 9..]).0).and_then(opt);
    let remote_host = find!(r, b" reverse dns host ").map(|i| token(&r[i + 18..]).0).and_then(opt);
    Event::IcidOpen { icid, interface: interface.and_then(opt), remote_ip, remote_host, verified: verified() }
}

fn dcid_open(r: &[u8], texts: Texts) -> Event<'_> {
    let Some((dcid, r)) = num(r) else {
        return Event::Malformed;
    };
    let port = find!(r, b" port ").and_then(|i| num(&r[i + 6..])).and_then(|(p, _)| u16::try_from(p).ok());
    if !texts.cuts(Texts::OTHERS) {
        return Event::DcidOpen { dcid, interface: None, remote_ip: None, port };
    }
    let interface = find!(r, b"interface ").map(|i| token(&r[i + 10..]).0).and_then(opt);
    let remote_ip = find!(r, b" address ").map(|i| token(&r[i + 9..]).0).and_then(opt);
    Event::DcidOpen { dcid, interface, remote_ip, port }
}

fn dcid_line(b: &[u8], texts: Texts) -> Event<'_> {
    let Some((dcid, r)) = id_after(b, b"DCID") else {
        return if mentions_tls(b) { Event::UnknownTls } else { Event::Malformed };
    };
    let mut r = trim_start(r);
    let mut ip = None;
    if let Some(x) = strip(r, b"IP ") {
        let (t, rest) = token(x);
        ip = opt(t);
        r = trim_start(rest);
    }
    if let Some(t) = strip(r, b"TLS ") {
        return tls_tail(t, texts).map_or(Event::UnknownTls, |tls| Event::DcidTls { dcid, ip, tls });
    }
    if r.starts_with(b"STARTTLS") {
        let reason = trim(r);
        let reason = reason.strip_suffix(b".").unwrap_or(reason);
        return Event::DcidTls { dcid, ip, tls: TlsEvent::Failed { reason: Some(reason) } };
    }
    if r == b"close" || r.starts_with(b"close ") {
        return Event::DcidClose { dcid };
    }
    if mentions_tls(r) {
        return Event::UnknownTls;
    }
    Event::Ignored
}

/// `DCID n MID m to [RID] [list]` (Delivery start, Message done).
fn delivery_list(r: &[u8]) -> Option<(u64, u64, RidList<'_>)> {
    let (dcid, r) = num(r)?;
    let (mid, r) = strip(r, b" MID ").and_then(num)?;
    let r = strip(r, b" to ")?;
    let r = r.strip_prefix(b"RID ").unwrap_or(r);
    let r = trim_start(r);
    let list = if r.first() == Some(&b'[') {
        let e = r.iter().position(|&c| c == b']')?;
        &r[..=e]
    } else {
        token(r).0
    };
    Some((dcid, mid, RidList::parse(list)?))
}

/// `Bounced:`/`Delayed:` in every generation:
/// `DCID[:] n (MID|Message) m (to [RID] r|[list] | From: <a> To: <b> RID r) - d.d.d - text …`
fn delivery_failed(hard: bool, r: &[u8], texts: Texts) -> Event<'_> {
    let Some((dcid, r)) = id_after(r, b"DCID") else {
        // `Delayed: 44451135:0 From:<…>` is the separate bounce log, not mail_logs.
        return Event::Ignored;
    };
    let r = trim_start(r);
    let Some((mid, r)) = strip(r, b"MID ").or_else(|| strip(r, b"Message ")).and_then(num) else {
        return Event::Malformed;
    };
    let r = trim_start(r);
    let (list, after) = if let Some(x) = strip(r, b"to ") {
        let x = x.strip_prefix(b"RID ").unwrap_or(x);
        if x.first() == Some(&b'[') {
            match x.iter().position(|&c| c == b']') {
                Some(e) => (&x[..=e], &x[e + 1..]),
                None => return Event::Malformed,
            }
        } else {
            token(x)
        }
    } else if let Some(i) = find!(r, b" RID ") {
        // ` From: <a> To: <b> RID r`
        token(&r[i + 5..])
    } else {
        return Event::Malformed;
    };
    let Some(rids) = RidList::parse(list) else {
        return Event::Malformed;
    };
    if !texts.cuts(Texts::OTHERS) {
        return Event::DeliveryFailed { hard, dcid, mid, rids, text: b"", code: Part::default(), reason_at: 0 };
    }
    let after = trim_start(after);
    let (code, reason) = match strip(after, b"- ") {
        Some(x) => {
            let (c, rest) = token(x);
            let rest = trim_start(rest);
            let rest = rest.strip_prefix(b"- ").unwrap_or(rest);
            (opt(c), trim(rest))
        }
        None => (None, trim(after)),
    };
    // kept as one text from the code to the end of the reason, with their places in it; a code
    // that ends beyond 64 KiB of it is no code, and is left out (never in a real line)
    let at = |x: &[u8]| x.as_ptr() as usize - after.as_ptr() as usize;
    let end = at(reason) + reason.len();
    let (text, code) = match code {
        Some(c) if at(reason) - at(c) <= u16::MAX as usize => {
            let text = &after[at(c)..end];
            (text, Part::new(text, Some(c)))
        }
        _ => (reason, Part::default()),
    };
    let reason_at = (text.len() - reason.len()) as u16;
    Event::DeliveryFailed { hard, dcid, mid, rids, text, code, reason_at }
}

/// The enhanced status code (`5.1.1`) and the reason of an [`Event::DeliveryFailed`].
pub fn failure(text: &[u8], code: Part, reason_at: u16) -> (Option<&[u8]>, &[u8]) {
    (code.of(text), text.get(reason_at as usize..).unwrap_or_default())
}

fn connection_error(r: &[u8]) -> Event<'_> {
    let Some(i) = find!(r, b"DCID") else {
        return Event::Malformed;
    };
    let Some((dcid, _)) = id_after(&r[i..], b"DCID") else {
        return Event::Malformed;
    };
    let ip = find!(r, b"IP: ").map(|i| token(&r[i + 4..]).0).and_then(opt);
    let details = match find!(r, b"details: ") {
        Some(i) => {
            let s = &r[i + 9..];
            let e = find!(s, b" interface:").unwrap_or(s.len());
            trim(&s[..e])
        }
        None => trim(&r[..i]),
    };
    let details = match find!(r, b"reason: ") {
        Some(j) if details.is_empty() => trim(&r[j + 8..]),
        _ => details,
    };
    Event::ConnectionError { dcid, ip, details }
}

fn mid_line(r: &[u8], texts: Texts) -> Event<'_> {
    let Some((mid, r)) = num(r) else {
        return Event::Malformed;
    };
    // an address or a text, cut out of the line or left out
    let sender = move |b| if texts.cuts(Texts::SENDERS) { address(b) } else { &[][..] };
    let recipient = move |b| if texts.cuts(Texts::RECIPIENTS) { address(b) } else { &[][..] };
    let subject = move |b| if texts.cuts(Texts::OTHERS) { unquote(b) } else { &[][..] };
    let r = trim_start(r);
    let Some(&first) = r.first() else {
        return Event::Ignored;
    };
    match first {
        b'I' => {
            if let Some(x) = strip(r, b"ICID ") {
                let Some((icid, x)) = num(x) else {
                    return Event::Malformed;
                };
                let x = trim_start(x);
                if let Some(f) = strip(x, b"From:") {
                    return Event::MsgFrom { mid, icid: Some(icid), from: sender(f) };
                }
                if let Some(y) = strip(x, b"RID ") {
                    let Some((rid, y)) = num(y) else {
                        return Event::Malformed;
                    };
                    let Some(to) = strip(trim_start(y), b"To:") else {
                        return Event::Malformed;
                    };
                    let Ok(rid) = u32::try_from(rid) else {
                        return Event::Malformed;
                    };
                    return Event::MsgRcpt { mid, icid: Some(icid), rid, to: recipient(to) };
                }
                // `To: <x> Rejected by …` (no RID: never a recipient), `TLS read`, invalid bounce, …
                return Event::Ignored;
            }
        }
        b'F' => {
            if let Some(f) = strip(r, b"From:") {
                // Old summary form `MID n From: <a> To: <b>, … N total recipients` has no ICID.
                if find!(f, b" total recipients").is_some() {
                    return Event::Ignored;
                }
                return Event::MsgFrom { mid, icid: None, from: sender(f) };
            }
        }
        b'M' => {
            if let Some(x) = strip(r, b"Message-ID ") {
                let message_id = if texts.cuts(Texts::MESSAGE_IDS) { unquote(x) } else { &[][..] };
                return Event::MsgMessageId { mid, message_id };
            }
        }
        b'S' => {
            if let Some(x) = strip(r, b"Subject") {
                if x.is_empty() || x[0] == b' ' {
                    return Event::MsgSubject { mid, subject: subject(x) };
                }
            }
        }
        b'r' => {
            if let Some(x) = strip(r, b"ready ") {
                let Some((size, x)) = num(x) else {
                    return Event::Malformed;
                };
                let from = strip(trim_start(x), b"bytes from ").map(sender);
                return Event::MsgReady { mid, size, from };
            }
            if let Some(x) = strip(r, b"rewritten to ") {
                let x = x.strip_prefix(b"MID ").unwrap_or(x);
                return num(x).map_or(Event::Malformed, |(child, _)| Event::MsgDerived {
                    parent: mid,
                    child,
                    how: Derivation::Rewritten,
                });
            }
        }
        b'q' if r.starts_with(b"queued for delivery") => return Event::MsgQueued { mid },
        b'w' => {
            if let Some(x) = strip(r, b"was split creating MID ") {
                return num(x).map_or(Event::Malformed, |(child, _)| Event::MsgDerived {
                    parent: mid,
                    child,
                    how: Derivation::Split,
                });
            }
            if let Some(x) = strip(r, b"was generated ") {
                return generated(mid, x);
            }
        }
        b'g' => {
            if let Some(x) = strip(r, b"generated ") {
                return generated(mid, x);
            }
        }
        b'R' => {
            if let Some(x) = strip(r, b"RID ") {
                let x = trim_start(x);
                if x.first() == Some(&b'[') {
                    if let Some(e) = x.iter().position(|&c| c == b']') {
                        let rest = trim_start(&x[e + 1..]);
                        let response = match texts.cuts(Texts::OTHERS) {
                            true => strip(rest, b"Response").map(unquote).unwrap_or(rest),
                            false => &[][..],
                        };
                        return Event::MsgResponse { mid, rids: RidList::Text(&x[..=e]), response };
                    }
                }
            }
        }
        _ => {}
    }
    Event::Ignored
}

fn generated(child: u64, x: &[u8]) -> Event<'_> {
    if let Some(y) = strip(x, b"for bounce of MID ") {
        return num(y).map_or(Event::Malformed, |(parent, _)| Event::MsgDerived {
            parent,
            child,
            how: Derivation::Bounce,
        });
    }
    if let Some(y) = strip(x, b"based on MID ") {
        return num(y).map_or(Event::Malformed, |(parent, _)| Event::MsgDerived {
            parent,
            child,
            how: Derivation::Generated,
        });
    }
    Event::Ignored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_in_brackets_read_as_any_list_does() {
        let mut forms: Vec<String> = (0..10_000).map(|n| format!("[{n}]")).collect();
        forms.extend((0..2_000u64).map(|n| format!("[{n}, {}]", n * 7919 % 100_003)));
        forms.extend((0..2_000u64).map(|n| format!("[{}, {n}, {}]", n * 31, n * 1_000_003)));
        forms.extend(
            [
                "[00]",
                "[0007]",
                "[12345]",
                "[4294967295]",
                "[4294967296]",
                "[]",
                "[ ]",
                "[a]",
                "[1a]",
                "[-1]",
                "[1 ]",
                "[ 1]",
                "[1,2]",
                "[1, 2]",
                "[0, 1, 2]",
                "[0, 1, 2, 3]",
                "[10, 200, 3000]",
                "[123456789, 1]",
                "[1234567890, 1]",
                "[4294967296, 1, 2]",
                "[1, , 2]",
                "[1,  2]",
                "[1, 2, ]",
                "[, 1]",
                "[1, 2,]",
                "[1 , 2]",
                "[1, 2 ]",
                "[1, x]",
                "[1x 2]",
                "[1;;2]",
                "[7, 8x 9]",
                "1",
                "[1",
            ]
            .map(String::from),
        );
        for f in &forms {
            assert_eq!(RidList::parse(f.as_bytes()), RidList::parse_tokens(f.as_bytes()), "{f}");
        }
    }

    #[test]
    fn numbers_at_the_edges() {
        assert_eq!(num(b"123 x"), Some((123, &b" x"[..])));
        assert_eq!(num(b"x"), None);
        assert_eq!(num(b""), None);
        assert_eq!(num(b"9999999999999999999"), Some((9_999_999_999_999_999_999, &b""[..])));
        assert_eq!(num(b"18446744073709551615]"), Some((u64::MAX, &b"]"[..])));
        assert_eq!(num(b"18446744073709551616"), None, "one past u64::MAX");
        assert_eq!(num(b"000000000000000000000042 "), None, "more than 20 digits");
        assert_eq!(num(b"0042,"), Some((42, &b","[..])));
    }

    #[test]
    fn num_reads_as_the_digit_by_digit_reading_does() {
        // the obvious reading: the leading ASCII digits, at most 20 of them, that fit a u64
        fn slow(b: &[u8]) -> Option<(u64, &[u8])> {
            let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
            Some((parse_u64(&b[..n])?, &b[n..]))
        }
        // every byte class the eight-byte reading must tell apart: digits, the bytes just
        // outside them, and bytes with the top bit set
        let alphabet = b"0123456789/:  ]x\x80\xff\xd0\xb9\x2f\x3a";
        let mut next = crate::testutil::xorshift(0x2545_f491_4f6c_dd1du64);
        for _ in 0..200_000 {
            let len = (next() % 26) as usize;
            let digits = (next() % 22) as usize; // a run of digits first, as IDs are
            let b: Vec<u8> = (0..len)
                .map(|i| if i < digits { b'0' + (next() % 10) as u8 } else { alphabet[(next() % 22) as usize] })
                .collect();
            assert_eq!(num(&b), slow(&b), "{:?}", String::from_utf8_lossy(&b));
        }
        for k in 0..=20 {
            let b = format!("{} MID", "9".repeat(k));
            assert_eq!(num(b.as_bytes()), slow(b.as_bytes()), "{b}");
        }
    }

    #[test]
    fn memchr_short_finds_the_first_occurrence_as_memchr_does() {
        // the needle, the bytes next to it, bytes with the top bit set (the borrow of the
        // eight-byte test must not mark them), at every place of haystacks around 8, 64 and beyond
        let alphabet = b">=?\x80\xff\xbe\x3e\x00a ";
        let mut next = crate::testutil::xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200_000 {
            let len = (next() % 80) as usize;
            let needle = alphabet[(next() % 4) as usize];
            let hay: Vec<u8> = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            assert_eq!(memchr_short(needle, &hay), memchr::memchr(needle, &hay), "{needle} in {hay:?}");
        }
    }

    #[test]
    fn find_gives_the_first_occurrence() {
        // against the obvious search, on needles with and without leading spaces
        let hays: [&[u8]; 9] = [
            b"",
            b" ",
            b"a address  address b",
            b"  x  x",
            b"address",
            b"xx address",
            b"aXaXa XX aXa",
            b"interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host reverse verified yes",
            b"Xa aX",
        ];
        // anchored on a byte in the middle or at the end too: the rarest of the needle
        let needles: [&[u8]; 11] = [
            b" address ",
            b"address",
            b" ",
            b"  x",
            b"x",
            b"  ",
            b"aXa",
            b"XX",
            b" reverse dns host ",
            b"nterface ",
            b"a (",
        ];
        for hay in hays {
            for needle in needles {
                let naive = hay.windows(needle.len()).position(|w| w == needle);
                assert_eq!(find(hay, needle), naive, "{:?} in {:?}", needle, hay);
            }
        }
        assert_eq!(find!(b"abc", b""), None);
    }

    fn p(s: &str) -> Event<'_> {
        parse_body(s.as_bytes())
    }
    fn b(s: &str) -> Option<&[u8]> {
        Some(s.as_bytes())
    }

    /// A success with these fields (compared by its fields, whatever text holds them).
    fn success(protocol: Option<&[u8]>, cipher: Option<&[u8]>, cn: Option<&[u8]>) -> TlsEvent<'static> {
        let (mut text, mut places) = (Vec::new(), Vec::new());
        for p in [protocol, cipher, cn] {
            let start = text.len();
            text.extend_from_slice(p.unwrap_or_default());
            places.push(start..text.len());
            text.push(b' ');
        }
        let text: &'static [u8] = Box::leak(text.into_boxed_slice());
        let part = |i: usize| Part::new(text, Some(&text[places[i].clone()]));
        TlsEvent::Success { text, protocol: part(0), cipher: part(1), cn: part(2) }
    }

    #[test]
    fn inbound_tls_wordings() {
        assert_eq!(p("ICID 282204970 TLS success"), Event::IcidTls { icid: 282204970, tls: success(None, None, None) });
        assert_eq!(
            p("ICID 824108 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384"),
            Event::IcidTls { icid: 824108, tls: success(b("TLSv1.2"), b("ECDHE-RSA-AES256-GCM-SHA384"), None) }
        );
        assert_eq!(
            p("ICID 10304580 TLS failed"),
            Event::IcidTls { icid: 10304580, tls: TlsEvent::Failed { reason: None } }
        );
        assert_eq!(
            p("ICID 4 TLS failed: [Errno 54] Connection reset by peer"),
            Event::IcidTls { icid: 4, tls: TlsEvent::Failed { reason: b("[Errno 54] Connection reset by peer") } }
        );
        assert_eq!(
            p("ICID 8 TLS was required but remote host did not initiate it"),
            Event::IcidTls {
                icid: 8,
                tls: TlsEvent::Required { text: b"was required but remote host did not initiate it" }
            }
        );
        assert_eq!(p("ICID 8 TLS renegotiated with dragons"), Event::UnknownTls);
    }

    /// An event keeps a success's fields and a bounce's code as places in the line: read back,
    /// they are the line's, and a field beyond 64 KiB of it is none rather than a wrong one.
    #[test]
    fn fields_kept_as_places_read_back_as_the_lines() {
        let far = "x ".repeat(40_000);
        let line = format!("DCID 5 TLS success protocol TLSv1.3 {far}cipher TLS_AES_256_GCM_SHA384 CN=mx.example");
        let Event::DcidTls { tls, .. } = p(&line) else { panic!() };
        assert_eq!(tls.read(), Tls::Success { protocol: b("TLSv1.3"), cipher: None, cn: None });
        let near = p("DCID 5 TLS success CN=mx.example protocol TLSv1.3");
        assert!(
            matches!(near, Event::DcidTls { tls, .. } if tls.read() == Tls::Success { protocol: b("TLSv1.3"), cipher: None, cn: b("mx.example") })
        );
        let failed = |l: &str| match p(l) {
            Event::DeliveryFailed { text, code, reason_at, .. } => {
                let (code, reason) = failure(text, code, reason_at);
                (code.map(|c| String::from_utf8_lossy(c).into_owned()), String::from_utf8_lossy(reason).into_owned())
            }
            e => panic!("{e:?}"),
        };
        assert_eq!(
            failed("Bounced: DCID 3 MID 4 to RID [0] - 5.1.1 - Bad address"),
            (Some("5.1.1".into()), "Bad address".into())
        );
        assert_eq!(failed("Delayed: DCID 3 MID 4 to RID [0] - 4.4.0"), (Some("4.4.0".into()), "".into()));
        assert_eq!(failed("Bounced: DCID 3 MID 4 to RID [0] Bad address"), (None, "Bad address".into()));
        let long_code = "9".repeat(70_000);
        assert_eq!(failed(&format!("Bounced: DCID 3 MID 4 to RID [0] - {long_code} - Bad")), (None, "Bad".into()));
    }

    #[test]
    fn outbound_tls_wordings() {
        let s = |cn: &'static str| success(None, None, b(cn));
        assert_eq!(
            p("DCID 33 TLS success CN: <eq-c601.ironport.com>"),
            Event::DcidTls { dcid: 33, ip: None, tls: s("eq-c601.ironport.com") }
        );
        assert_eq!(
            p("DCID 12 TLS success CN: <Messaging Gateway Appliance Demo Cert>"),
            Event::DcidTls { dcid: 12, ip: None, tls: s("Messaging Gateway Appliance Demo Cert") }
        );
        assert_eq!(
            p("DCID 58744 TLS success CN=mail.internetsellout.com"),
            Event::DcidTls { dcid: 58744, ip: None, tls: s("mail.internetsellout.com") }
        );
        assert_eq!(
            p("DCID 239490 TLS success protocol TLSv1 cipher RC4-SHA CN=c602.soma.ironport.com"),
            Event::DcidTls {
                dcid: 239490,
                ip: None,
                tls: success(b("TLSv1"), b("RC4-SHA"), b("c602.soma.ironport.com"))
            }
        );
        assert_eq!(
            p("DCID 112095 TLS success protocol TLSv1 cipher AES128-SHA for dummy_domain.com"),
            Event::DcidTls { dcid: 112095, ip: None, tls: success(b("TLSv1"), b("AES128-SHA"), None) }
        );
        assert_eq!(
            p("DCID 6565555 TLS success protocol TLSv1 cipher AES128-SHA "),
            Event::DcidTls { dcid: 6565555, ip: None, tls: success(b("TLSv1"), b("AES128-SHA"), None) }
        );
        assert_eq!(
            p("DCID 80167 TLS failed: STARTTLS unexpected response"),
            Event::DcidTls {
                dcid: 80167,
                ip: None,
                tls: TlsEvent::Failed { reason: b("STARTTLS unexpected response") }
            }
        );
        assert_eq!(
            p("DCID 2386070 IP 192.168.2.2 TLS failed: STARTTLS unexpected response"),
            Event::DcidTls {
                dcid: 2386070,
                ip: b("192.168.2.2"),
                tls: TlsEvent::Failed { reason: b("STARTTLS unexpected response") }
            }
        );
        assert_eq!(
            p("DCID 8 IP 204.15.82.140 TLS was required but could not be successfully negotiated"),
            Event::DcidTls {
                dcid: 8,
                ip: b("204.15.82.140"),
                tls: TlsEvent::Required { text: b"was required but could not be successfully negotiated" }
            }
        );
        assert_eq!(
            p("DCID 77 STARTTLS command not supported."),
            Event::DcidTls {
                dcid: 77,
                ip: None,
                tls: TlsEvent::Failed { reason: b("STARTTLS command not supported") }
            }
        );
        assert_eq!(p("DCID xxxxxx STARTTLS command not supported."), Event::UnknownTls);
    }

    #[test]
    fn connections() {
        assert_eq!(
            p("New SMTP ICID 824108 interface Data 1 (23.90.98.53) address 136.143.188.59 reverse dns host sender4-of-o59.zoho.com verified yes"),
            Event::IcidOpen { icid: 824108, interface: b("Data 1"), remote_ip: b("136.143.188.59"), remote_host: b("sender4-of-o59.zoho.com"), verified: Some(true) }
        );
        assert_eq!(
            p("New SMTP ICID 10292815 interface private address 81.137.223.69"),
            Event::IcidOpen {
                icid: 10292815,
                interface: b("private"),
                remote_ip: b("81.137.223.69"),
                remote_host: None,
                verified: None
            }
        );
        assert_eq!(
            p("New smtp ICID 282204970 interface Management (10.10.10.1) address 192.168.1.1 reverse dns host unknown verified no"),
            Event::IcidOpen { icid: 282204970, interface: b("Management"), remote_ip: b("192.168.1.1"), remote_host: b("unknown"), verified: Some(false) }
        );
        assert_eq!(
            p("New SMTP DCID 30 interface 10.13.102.10 address 10.13.101.31 port 25"),
            Event::DcidOpen { dcid: 30, interface: b("10.13.102.10"), remote_ip: b("10.13.101.31"), port: Some(25) }
        );
        assert_eq!(
            p("ICID 824108 ACCEPT SG ACCEPTLIST match sbrs[0.0:10.0] SBRS 3.4 country United States"),
            Event::IcidHat { icid: 824108, action: HatAction::Accept, sender_group: b("ACCEPTLIST"), sbrs: b("3.4") }
        );
        assert_eq!(
            p("ICID 2106327021 REJECT SG TCP-REFUSE match"),
            Event::IcidHat { icid: 2106327021, action: HatAction::Reject, sender_group: b("TCP-REFUSE"), sbrs: None }
        );
        assert_eq!(p("ICID 5 close"), Event::IcidClose { icid: 5 });
        assert_eq!(p("DCID 5 close"), Event::DcidClose { dcid: 5 });
        assert_eq!(
            p("ICID 824107 Delayed HAT REJECT continuing session for recipient logging (10.8.236.135)"),
            Event::Ignored
        );
        assert_eq!(
            p("Connection Error: DCID 63 domain: domainsample2.com IP: 10.13.101.31 port: 25 details: [Errno 0] Error interface: 10.10.192.50 reason: network error"),
            Event::ConnectionError { dcid: 63, ip: b("10.13.101.31"), details: b"[Errno 0] Error" }
        );
        assert_eq!(
            p("Connection Error: connection timed out DCID: 2804 IP: 69.59.158.5 details: timeout interface: 10.20.1.49"),
            Event::ConnectionError { dcid: 2804, ip: b("69.59.158.5"), details: b"timeout" }
        );
    }

    #[test]
    fn messages() {
        assert_eq!(p("Start MID 9 ICID 0 (ISQ Notification)"), Event::MsgStart { mid: 9, icid: 0 });
        assert_eq!(
            p("MID 26983 ICID 824108 From: <noreply-dmarc@zoho.com>"),
            Event::MsgFrom { mid: 26983, icid: Some(824108), from: b"noreply-dmarc@zoho.com" }
        );
        assert_eq!(
            p("MID 14 ICID 14 From: ******@domainsample1.com"),
            Event::MsgFrom { mid: 14, icid: Some(14), from: b"******@domainsample1.com" }
        );
        assert_eq!(
            p("MID 83143152 ICID 0 RID 0 To: <>"),
            Event::MsgRcpt { mid: 83143152, icid: Some(0), rid: 0, to: b"" }
        );
        assert_eq!(p("MID 1 ICID 2 To: <postmaster@corestaff.com> Rejected by RAT"), Event::Ignored);
        assert_eq!(p("MID 14 Subject \"Testing\""), Event::MsgSubject { mid: 14, subject: b"Testing" });
        assert_eq!(p("MID 8 Subject 'test'"), Event::MsgSubject { mid: 8, subject: b"test" });
        assert_eq!(p("MID 7 Subject Re: hi"), Event::MsgSubject { mid: 7, subject: b"Re: hi" });
        assert_eq!(
            p("MID 2 ready 88 bytes from <blah@ironport.com>"),
            Event::MsgReady { mid: 2, size: 88, from: b("blah@ironport.com") }
        );
        assert_eq!(
            p("MID 2 rewritten to 3 by antispam"),
            Event::MsgDerived { parent: 2, child: 3, how: Derivation::Rewritten }
        );
        assert_eq!(
            p("MID 1 rewritten to MID 2 by antispam (alt-rcpt-to) filter 'unknown'"),
            Event::MsgDerived { parent: 1, child: 2, how: Derivation::Rewritten }
        );
        assert_eq!(
            p("MID 58 was split creating MID 60 due to a per-recipient policy tcamp"),
            Event::MsgDerived { parent: 58, child: 60, how: Derivation::Split }
        );
        assert_eq!(
            p("MID 15216898 generated for bounce of MID 8785588"),
            Event::MsgDerived { parent: 8785588, child: 15216898, how: Derivation::Bounce }
        );
        assert_eq!(
            p("MID 1665 was generated based on MID 1664 by antivirus"),
            Event::MsgDerived { parent: 1664, child: 1665, how: Derivation::Generated }
        );
        assert_eq!(p("Message finished MID 1648122665 done"), Event::MsgFinished { mid: 1648122665 });
        assert_eq!(
            p("Message aborted MID 10288257 Receiving aborted"),
            Event::MsgAborted { mid: 10288257, reason: b"Receiving aborted" }
        );
        assert_eq!(p("MID 14 ICID 14 TLS read 126 bytes (0.0 seconds)"), Event::Ignored);
    }

    #[test]
    fn deliveries() {
        let rids = |e: Event| match e {
            Event::DeliveryStart { rids, .. }
            | Event::MessageDone { rids, .. }
            | Event::DeliveryFailed { rids, .. } => rids.iter().collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(rids(p("Delivery start DCID 3 MID 4 to RID [0, 1]")), vec![0, 1]);
        // short lists are read at parse time, long ones when iterated: the same RIDs either way
        assert!(matches!(RidList::parse(b"[0, 1, 2]"), Some(RidList::Few { n: 3, .. })));
        assert!(matches!(RidList::parse(b"[0, 1, 2, 3]"), Some(RidList::Text(_))));
        assert_eq!(rids(p("Delivery start DCID 3 MID 4 to RID [0, 1, 2, 3, 4]")), vec![0, 1, 2, 3, 4]);
        assert_eq!(RidList::parse(b"[]"), None);
        assert_eq!(p("Delivery start DCID 3 MID 4 to RID []"), Event::Malformed);
        assert_eq!(rids(p("Delivery start DCID 4901127 MID 10288263 to [0]")), vec![0]);
        assert_eq!(rids(p("Message done DCID 2386069 MID 200257070 to RID [0] [('X-SBRS', 'None')]")), vec![0]);
        assert_eq!(rids(p("Message done DCID 6565554 MID 24611414 to RID [0] (external quarantine) ")), vec![0]);
        match p("Bounced: DCID: 1911 Message 3993 to 0 - 5.1.0 - Unknown address error ('554', ['Too long line.']) []")
        {
            Event::DeliveryFailed { hard, dcid, mid, text, code, reason_at, .. } => {
                let (code, reason) = failure(text, code, reason_at);
                assert!(hard);
                assert_eq!((dcid, mid), (1911, 3993));
                assert_eq!(code, b("5.1.0"));
                assert!(reason.starts_with(b"Unknown address error"));
            }
            e => panic!("{e:?}"),
        }
        match p("Bounced: DCID 0 MID 19408690 From: <Exit_Desk@sample.net> To: <lyra@buttercupgames.com> RID 0 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error'])") {
            Event::DeliveryFailed { hard: true, dcid: 0, mid: 19408690, text, code, reason_at, rids } => {
                assert_eq!(failure(text, code, reason_at), (b("5.1.2"), &b"Bad destination host ('000', ['DNS Hard Error'])"[..]));
                assert_eq!(rids.iter().collect::<Vec<_>>(), vec![0]);
            }
            e => panic!("{e:?}"),
        }
        match p("Delayed: DCID: 4370 Message 10800 to 0 - 4.4.0 - Other network problem ('000', ['[Errno 54] Connection reset by peer']) []") {
            Event::DeliveryFailed { hard: false, dcid: 4370, mid: 10800, text, code, .. } => {
                assert_eq!(code.of(text), b("4.4.0"))
            }
            e => panic!("{e:?}"),
        }
        assert_eq!(
            p("Delayed: 44451135:0 From:<campaign1@yourdomain.com> To:<user@sampledomain.com> Reason: \"4.1.0\""),
            Event::Ignored
        );
    }

    #[test]
    fn header_block() {
        assert_eq!(
            p("Version: 7.6.3-019 SN: 420D4FEA709365BFB3E3-0AF2EE5E700E"),
            Event::Version { version: b"7.6.3-019", serial: b("420D4FEA709365BFB3E3-0AF2EE5E700E") }
        );
        assert_eq!(p("Time offset from UTC: -14400 seconds"), Event::TimeOffset { seconds: -14400 });
        assert_eq!(p("Begin Logfile"), Event::BeginLogfile);
        assert_eq!(p("Logfile rolled over"), Event::EndLogfile);
    }

    #[test]
    fn ids_near_the_limit() {
        assert_eq!(p("ICID 18446744073709551615 close"), Event::IcidClose { icid: u64::MAX });
        assert_eq!(p("ICID 18446744073709551616 close"), Event::Malformed);
    }
}
