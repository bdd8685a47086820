//! One chunk of input → classified items for the correlator.
//!
//! Pure and independent of every other chunk (the reader cuts input only at entry boundaries), so
//! chunks are parsed on any thread, in any order, and folded in order afterwards.

use super::{entries, parse_body, parse_body_as, parse_header, Event, Header, Piece, RawTime, Texts};
use crate::input::ChunkBuf;
use crate::model::WantedAddresses;
use std::sync::Arc;

/// A tag is a mail-log subscription when it is in `explicit` (the `--tag` list), or by default when
/// it contains `mail` (any case) but is not a graymail or bounce subscription. Admins name
/// subscriptions freely (`mail_logs`, `syslog_mail`, `ESA_mail_logs`, `MAIL_SecurityAudit`, …).
pub fn is_mail_tag(tag: &[u8], explicit: &[String]) -> bool {
    if !explicit.is_empty() {
        return explicit.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(tag));
    }
    let has = |s: &[u8]| tag.windows(s.len()).any(|w| w.eq_ignore_ascii_case(s));
    has(b"mail") && !has(b"graymail") && !has(b"bounce")
}

/// What an entry is, once classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class<'a> {
    /// A mail event for the correlator.
    Used { time: Option<RawTime>, host: Option<&'a [u8]>, event: Event<'a> },
    /// Known and irrelevant: other subscriptions, scan verdicts, system messages.
    Ignored,
    /// Malformed, or a TLS wording not known yet.
    NotUnderstood,
}

/// Lines of one syslog tag that the default rule did not take by name: `other` lines were left as
/// another subscription's, `by_content` lines were taken as mail-log lines by their content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TagTally {
    pub tag: Vec<u8>,
    pub other: u32,
    pub by_content: u32,
}

/// Remembers the last tag's verdict: a stream repeats the same few tags.
pub struct TagFilter<'t> {
    explicit: &'t [String],
    last: Vec<u8>,
    last_ok: bool,
    /// Tags not taken by name, with their line counts (a handful per stream).
    pub tally: Vec<TagTally>,
    /// Which texts are cut out of the lines (see [`Texts`]; [`Reading::cut`]).
    pub cut: Texts,
}

/// Whether lines of a tag not named as mail may still be taken by their content: not the
/// subscriptions whose lines look like mail-log lines but are not (graymail, bounce logs, which
/// repeat what the mail log says) nor the Consolidated Event Log.
fn may_be_mail_by_content(tag: &[u8]) -> bool {
    let has = |s: &[u8]| tag.windows(s.len()).any(|w| w.eq_ignore_ascii_case(s));
    !has(b"graymail") && !has(b"bounce") && !has(b"consolidated") && !tag.eq_ignore_ascii_case(b"CEF")
}

impl<'t> TagFilter<'t> {
    pub fn new(explicit: &'t [String]) -> Self {
        TagFilter { explicit, last: Vec::new(), last_ok: false, tally: Vec::new(), cut: Texts::ALL }
    }

    fn is_mail(&mut self, tag: &[u8]) -> bool {
        if self.last.as_slice() != tag || self.last.is_empty() {
            self.last.clear();
            self.last.extend_from_slice(tag);
            self.last_ok = is_mail_tag(tag, self.explicit);
        }
        self.last_ok
    }

    fn count(&mut self, tag: &[u8], by_content: bool) {
        let i = match self.tally.iter().position(|t| t.tag == tag) {
            Some(i) => i,
            None => {
                self.tally.push(TagTally { tag: tag.to_vec(), ..TagTally::default() });
                self.tally.len() - 1
            }
        };
        let t = &mut self.tally[i];
        if by_content {
            t.by_content += 1;
        } else {
            t.other += 1;
        }
    }

    /// Classifies an entry by its header. Under the default rule (no `--tag`), a line whose tag does
    /// not name mail is still taken when it has a level and its text is a mail-log event: admins
    /// name subscriptions freely (`esa`, `ironport`, …), and dropping their lines would leave an
    /// empty report with no word of why. Such lines are tallied per tag, so a note can say so.
    #[inline(always)]
    pub fn classify<'a>(&mut self, h: &Header<'a>) -> Class<'a> {
        // the Consolidated Event Log: a second source of verdicts, whatever its tag
        if h.body.starts_with(b"CEF:") {
            return match parse_body(h.body) {
                event @ Event::Cef { .. } => Class::Used { time: h.time, host: h.host, event },
                _ => {
                    if let Some(tag) = h.tag {
                        self.count(tag, false);
                    }
                    Class::Ignored
                }
            };
        }
        if let Some(tag) = h.tag {
            if !self.is_mail(tag) {
                if self.explicit.is_empty() && h.level.is_some() && may_be_mail_by_content(tag) {
                    match parse_body_as(h.body, self.cut) {
                        Event::Ignored | Event::UnknownTls | Event::Malformed => {}
                        event => {
                            self.count(tag, true);
                            return Class::Used { time: h.time, host: h.host, event };
                        }
                    }
                }
                self.count(tag, false);
                return Class::Ignored;
            }
        }
        match parse_body_as(h.body, self.cut) {
            Event::Ignored => Class::Ignored,
            Event::UnknownTls | Event::Malformed => Class::NotUnderstood,
            event => Class::Used { time: h.time, host: h.host, event },
        }
    }
}

/// Events that only carry message text (subject, message ID, size, queueing, responses): nothing a
/// verdict depends on.
pub fn text_only(e: &Event<'_>) -> bool {
    matches!(
        e,
        Event::MsgMessageId { .. }
            | Event::MsgSubject { .. }
            | Event::MsgReady { .. }
            | Event::MsgQueued { .. }
            | Event::MsgResponse { .. }
    )
}

/// Which [`text_only`] lines a run reads: those it drops are counted as used, and go no further.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextLines {
    /// Every one: the records keep their texts (or the envelope addresses, which a `ready … from`
    /// line may be the only one to give).
    All,
    /// The Message-ID lines only, for a search by Message-ID without the other texts.
    MessageIds,
    /// None: verdicts only.
    None,
}

impl TextLines {
    /// Whether an event is read.
    #[inline]
    pub fn keeps(self, e: &Event<'_>) -> bool {
        match self {
            TextLines::All => true,
            TextLines::MessageIds => !text_only(e) || matches!(e, Event::MsgMessageId { .. }),
            TextLines::None => !text_only(e),
        }
    }
}

/// What the parse hands on of the lines it reads (see [`crate::pipeline::Options::reading`]).
#[derive(Debug, Clone)]
pub struct Reading {
    /// Which [`text_only`] lines are read.
    pub texts: TextLines,
    /// When set, an envelope address (`From:`, `To:`, `ready … from`) none of these patterns match is
    /// handed on empty: the run keeps no text but the addresses a search asks about. Tested here, on
    /// the thread that parsed the line while its bytes are in that core's cache, rather than by the
    /// correlating thread, which would fetch them from the other core's for every recipient. (The
    /// correlator tests them again: an empty address is never wanted, so the result is the same.)
    pub addresses: Option<Arc<WantedAddresses>>,
    /// Which texts are cut out of the lines: those the run keeps (see [`Texts`]).
    pub cut: Texts,
}

impl Default for Reading {
    /// Every line, every address.
    fn default() -> Self {
        Reading { texts: TextLines::All, addresses: None, cut: Texts::ALL }
    }
}

impl Reading {
    /// Empties the addresses of `e` that the run does not keep.
    #[inline]
    fn narrow(&self, e: &mut Event<'_>) {
        let Some(w) = &self.addresses else { return };
        match e {
            Event::MsgFrom { from, .. } if !WantedAddresses::wants(&w.senders, from) => *from = b"",
            Event::MsgRcpt { to, .. } if !WantedAddresses::wants(&w.recipients, to) => *to = b"",
            Event::MsgReady { from, .. } if from.is_some_and(|f| !WantedAddresses::wants(&w.senders, f)) => {
                *from = None
            }
            _ => {}
        }
    }
}

/// One entry or run of lines of a chunk. `line` is 0-based within the chunk. `Copy`, with no heap
/// data of its own, so that emptying a chunk's items for reuse does not walk them again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    /// An entry of one line (joined entries are [`Item::Joined`]). Its line is the one after the
    /// lines of the items before it (every line is in one item): not kept, the item is 8 bytes
    /// smaller.
    Event {
        /// Byte offset of the line in the chunk.
        at: u32,
        time: Option<RawTime>,
        /// The host's place in [`Parsed::hosts`] ([`NO_HOST`] without one, [`UNPLACED`] beyond
        /// them; see [`Parsed::host`]): the correlating thread tells appliances apart by it, once
        /// per chunk and host, rather than by comparing each line's host bytes, which this thread
        /// has in its cache and that one has not. And an item is 16 bytes smaller without them.
        host_ix: u8,
        event: Event<'a>,
    },
    /// Lines counted as ignored (consecutive ones merged).
    Ignored {
        lines: u32,
    },
    /// Lines understood and used, with nothing to correlate when only verdicts are wanted
    /// ([`text_only`] events; consecutive ones merged).
    Used {
        lines: u32,
    },
    NotUnderstood {
        line: u32,
        lines: u32,
        text: &'a [u8],
    },
    /// A wrapped entry, joined; classified when folded (rare, so the copy does not matter). Its
    /// text is `joined[start..end]` of the chunk's [`Parsed`].
    Joined {
        line: u32,
        lines: u32,
        at: u32,
        start: u32,
        end: u32,
    },
}

/// A chunk's items, and the text of its joined entries.
#[derive(Debug, Default)]
pub struct Parsed<'a> {
    pub items: Vec<Item<'a>>,
    pub joined: Vec<u8>,
    /// Lines of tags not taken by name (see [`TagFilter::tally`]).
    pub tags: Vec<TagTally>,
    /// The distinct syslog hosts of the chunk's event items, in order of appearance (at most 254).
    pub hosts: Vec<&'a [u8]>,
}

/// [`Item::Event::host_ix`] of an event without a host.
pub const NO_HOST: u8 = u8::MAX;

/// [`Item::Event::host_ix`] of an event with a host beyond the first 254 of its chunk: read again
/// from its line when folded (a chunk of a megabyte with more is a flood of forged hosts).
pub const UNPLACED: u8 = u8::MAX - 1;

/// The place of `host` in `hosts`, added if new (the last one found is tried first).
#[inline]
fn host_ix<'a>(hosts: &mut Vec<&'a [u8]>, last: &mut u8, host: Option<&'a [u8]>) -> u8 {
    let Some(h) = host else { return NO_HOST };
    if hosts.get(*last as usize) == Some(&h) {
        return *last;
    }
    let ix = match hosts.iter().position(|x| *x == h) {
        Some(i) => i as u8,
        None if hosts.len() < UNPLACED as usize => {
            hosts.push(h);
            (hosts.len() - 1) as u8
        }
        None => return UNPLACED,
    };
    *last = ix;
    ix
}

impl<'a> Parsed<'a> {
    /// The host of an [`Item::Event`] of this chunk (`data`), by its `host_ix` and `at`.
    pub fn host(&self, data: &'a [u8], host_ix: u8, at: u32) -> Option<&'a [u8]> {
        match host_ix {
            NO_HOST => None,
            UNPLACED => {
                let line = data.get(at as usize..).unwrap_or_default();
                let line = line.split(|&c| c == b'\n').next().unwrap_or_default();
                super::parse_header(super::strip_cr(line)).and_then(|h| h.host)
            }
            i => self.hosts.get(i as usize).copied(),
        }
    }

    /// The text of a joined entry.
    pub fn joined_text(&self, start: u32, end: u32) -> &[u8] {
        &self.joined[start as usize..end as usize]
    }
}

/// Classifies every line of a chunk, into `out` (an empty vector whose allocation is reused).
/// `reading`: which [`text_only`] events are kept (the others are counted only), and which
/// addresses.
pub fn items<'a>(data: &'a [u8], tags: &[String], reading: &Reading, mut out: Vec<Item<'a>>) -> Parsed<'a> {
    out.reserve(data.len() / 96 + 1);
    let mut joined_text = Vec::new();
    let mut filter = TagFilter::new(tags);
    filter.cut = reading.cut;
    let (mut hosts, mut last_host) = (Vec::new(), 0);
    let ignored = |out: &mut Vec<Item<'a>>, n: u32| match out.last_mut() {
        Some(Item::Ignored { lines }) => *lines += n,
        _ => out.push(Item::Ignored { lines: n }),
    };
    let used = |out: &mut Vec<Item<'a>>| match out.last_mut() {
        Some(Item::Used { lines }) => *lines += 1,
        _ => out.push(Item::Used { lines: 1 }),
    };
    entries(data, 0, |piece, joined| match *piece {
        Piece::Line { line, text, ref header } => match filter.classify(header) {
            Class::Used { event, .. } if !reading.texts.keeps(&event) => used(&mut out),
            Class::Used { time, host, mut event } => {
                reading.narrow(&mut event);
                let at = (text.as_ptr() as usize - data.as_ptr() as usize) as u32;
                let host_ix = host_ix(&mut hosts, &mut last_host, host);
                out.push(Item::Event { at, time, host_ix, event })
            }
            Class::Ignored => ignored(&mut out, 1),
            Class::NotUnderstood => out.push(Item::NotUnderstood { line: line as u32, lines: 1, text }),
        },
        Piece::Joined { line, lines, at } => {
            let start = joined_text.len() as u32;
            joined_text.extend_from_slice(joined);
            out.push(Item::Joined { line: line as u32, lines, at: at as u32, start, end: joined_text.len() as u32 })
        }
        Piece::Blank { .. } => ignored(&mut out, 1),
        Piece::Stray { line, text } => out.push(Item::NotUnderstood { line: line as u32, lines: 1, text }),
    });
    Parsed { items: out, joined: joined_text, tags: filter.tally, hosts }
}

/// Classifies a joined entry's text (see [`Item::Joined`]).
pub fn classify_joined<'a>(text: &'a [u8], filter: &mut TagFilter<'_>) -> Class<'a> {
    match parse_header(text) {
        Some(h) => filter.classify(&h),
        None => Class::NotUnderstood,
    }
}

/// Empties a vector of items and gives its allocation a new lifetime. (Collecting an emptied
/// `vec::IntoIter` into a vector of a same-sized type reuses the allocation; items are `Copy`, so
/// emptying does not touch them.)
fn relabel<'b>(mut v: Vec<Item<'_>>) -> Vec<Item<'b>> {
    v.clear();
    v.into_iter().map(|_| unreachable!("the vector was emptied")).collect()
}

self_cell::self_cell!(
    /// A chunk of input together with its classified items, which borrow from it: the unit handed
    /// from parser threads to the correlator.
    pub struct ParsedChunk {
        owner: ChunkBuf,
        #[covariant]
        dependent: Parsed,
    }
);

impl ParsedChunk {
    /// Parses `data` (whole lines, cut at an entry boundary).
    pub fn parse(data: Vec<u8>, tags: &[String]) -> Self {
        Self::parse_into(data.into(), Vec::new(), tags, &Reading::default())
    }

    /// Like [`ParsedChunk::parse`], reusing the allocation of `spare` (from [`ParsedChunk::recycle`]):
    /// chunks stream through at a steady rate without fresh allocations.
    pub fn parse_into(data: ChunkBuf, spare: Vec<Item<'static>>, tags: &[String], reading: &Reading) -> Self {
        ParsedChunk::new(data, |d| items(d, tags, reading, relabel(spare)))
    }

    /// Gives back the buffers: the data, and the emptied item vector.
    pub fn recycle(mut self) -> (ChunkBuf, Vec<Item<'static>>) {
        let spare = self.with_dependent_mut(|_, p| relabel(std::mem::take(&mut p.items)));
        let mut data = self.into_owner();
        // a range of a mapped file is done with: its pages go now (ChunkBuf::clear)
        data.release_map();
        (data, spare)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_tags() {
        for t in ["mail_logs", "syslog_mail", "ESA_mail_logs", "MAIL_SecurityAudit", "SplunkMailSyslog", "testmaillog"]
        {
            assert!(is_mail_tag(t.as_bytes(), &[]), "{t}");
        }
        for t in ["gui_logs", "consolidated_event", "ESA_graymail_logs", "bounces", "amp", "CEF"] {
            assert!(!is_mail_tag(t.as_bytes(), &[]), "{t}");
        }
        assert!(is_mail_tag(b"custom", &["custom".to_string()]));
        assert!(!is_mail_tag(b"mail_logs", &["custom".to_string()]));
    }

    #[test]
    fn verdicts_only_counts_text_events_without_keeping_them() {
        let data = b"Info: MID 5 Subject 'x'\nInfo: MID 5 queued for delivery\nInfo: MID 5 ready 10 bytes from <a@b>\nInfo: MID 5 Message-ID '<m@x>'\nInfo: ICID 1 close\n";
        let full = items(data, &[], &Reading::default(), Vec::new()).items;
        assert_eq!(full.len(), 5);
        let lean =
            items(data, &[], &Reading { texts: TextLines::None, addresses: None, cut: Texts::ALL }, Vec::new()).items;
        assert_eq!(lean[0], Item::Used { lines: 4 });
        assert!(matches!(lean[1], Item::Event { event: Event::IcidClose { icid: 1 }, .. }));
        assert_eq!(lean.len(), 2);
        // a search by Message-ID keeps those lines, and only those
        let ids =
            items(data, &[], &Reading { texts: TextLines::MessageIds, addresses: None, cut: Texts::ALL }, Vec::new())
                .items;
        assert_eq!(ids[0], Item::Used { lines: 3 });
        assert!(matches!(ids[1], Item::Event { at: 94, event: Event::MsgMessageId { mid: 5, .. }, .. }));
        assert!(matches!(ids[2], Item::Event { event: Event::IcidClose { icid: 1 }, .. }));
        assert_eq!(ids.len(), 3);
    }

    #[test]
    fn a_run_that_keeps_the_addresses_a_search_asks_about_gets_no_other() {
        let data = b"Info: MID 5 ICID 1 From: <Ann@Corp.example>\nInfo: MID 5 ICID 1 RID 0 To: <bob@partner.example>\nInfo: MID 5 ICID 1 RID 1 To: <eve@other.example>\nInfo: MID 5 ready 10 bytes from <ann@corp.example>\nInfo: MID 6 ICID 1 From: <>\n";
        let p = |s: &str| crate::model::AddressPattern::parse(s).unwrap();
        let events = |reading: &Reading| -> Vec<Event<'_>> {
            let parsed = items(data, &[], reading, Vec::new());
            parsed
                .items
                .iter()
                .map(|i| match i {
                    Item::Event { event, .. } => *event,
                    other => panic!("{other:?}"),
                })
                .collect()
        };
        let addresses =
            |w: WantedAddresses| Reading { texts: TextLines::All, addresses: Some(Arc::new(w)), cut: Texts::ALL };
        // every address without a search
        let all = events(&Reading::default());
        assert!(matches!(all[2], Event::MsgRcpt { to: b"eve@other.example", .. }), "{:?}", all[2]);
        // recipients at partner.example: the other recipient and the senders are handed on empty
        let to = events(&addresses(WantedAddresses { senders: vec![], recipients: vec![p("partner.example")] }));
        assert!(matches!(to[0], Event::MsgFrom { mid: 5, from: b"", .. }), "{:?}", to[0]);
        assert!(matches!(to[1], Event::MsgRcpt { rid: 0, to: b"bob@partner.example", .. }), "{:?}", to[1]);
        assert!(matches!(to[2], Event::MsgRcpt { rid: 1, to: b"", .. }), "{:?}", to[2]);
        assert!(matches!(to[3], Event::MsgReady { size: 10, from: None, .. }), "{:?}", to[3]);
        // a sender, in any case: its From: and ready lines keep it, the recipients go
        let from = events(&addresses(WantedAddresses { senders: vec![p("ann@corp.example")], recipients: vec![] }));
        assert!(matches!(from[0], Event::MsgFrom { from: b"Ann@Corp.example", .. }), "{:?}", from[0]);
        assert!(matches!(from[1], Event::MsgRcpt { to: b"", .. }) && matches!(from[2], Event::MsgRcpt { to: b"", .. }));
        assert!(matches!(from[3], Event::MsgReady { from: Some(b"ann@corp.example"), .. }), "{:?}", from[3]);
        // the null sender stays what it is
        assert!(matches!(from[4], Event::MsgFrom { mid: 6, from: b"", .. }), "{:?}", from[4]);
    }

    #[test]
    fn each_host_of_a_chunk_has_its_place() {
        let data = b"Mar 10 08:00:01 esa1 mail_logs: Info: ICID 1 close\nMar 10 08:00:01 esa2 mail_logs: Info: ICID 2 close\nMar 10 08:00:01 esa1 mail_logs: Info: ICID 3 close\nInfo: ICID 4 close\nMar 10 08:00:02 esa2 mail_logs: Info: ICID 5 close\n";
        let parsed = items(data, &[], &Reading::default(), Vec::new());
        assert_eq!(parsed.hosts, [&b"esa1"[..], b"esa2"]);
        let ix: Vec<u8> = parsed
            .items
            .iter()
            .map(|i| match i {
                Item::Event { host_ix, .. } => *host_ix,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(ix, [0, 1, 0, NO_HOST, 1]);
        // beyond 254 hosts in a chunk, the others have no place (the correlating thread reads them)
        let names: Vec<String> = (0..300).map(|i| format!("h{i}")).collect();
        let (mut hosts, mut last) = (Vec::new(), 0);
        for (i, n) in names.iter().enumerate() {
            let want = if i < 254 { i as u8 } else { UNPLACED };
            assert_eq!(host_ix(&mut hosts, &mut last, Some(n.as_bytes())), want, "{n}");
        }
        assert_eq!(host_ix(&mut hosts, &mut last, Some(b"h3")), 3);
        assert_eq!(host_ix(&mut hosts, &mut last, None), NO_HOST);
        // every event's host, placed or not, is its line's
        let mut data = String::new();
        for i in 0..300 {
            data.push_str(&format!("Mar 10 08:00:01 esa{i} mail_logs: Info: ICID {i} close\r\n"));
        }
        data.push_str("Info: ICID 9 close\n");
        let parsed = items(data.as_bytes(), &[], &Reading::default(), Vec::new());
        let hosts: Vec<Option<String>> = parsed
            .items
            .iter()
            .map(|i| match *i {
                Item::Event { at, host_ix, .. } => {
                    parsed.host(data.as_bytes(), host_ix, at).map(|h| String::from_utf8_lossy(h).into_owned())
                }
                other => panic!("{other:?}"),
            })
            .collect();
        let want: Vec<Option<String>> = (0..300).map(|i| Some(format!("esa{i}"))).chain([None]).collect();
        assert_eq!(hosts, want);
        assert!(matches!(parsed.items[299], Item::Event { host_ix: UNPLACED, .. }));
    }

    /// Every item crosses from a parser thread to the correlating one: 40 bytes more cost 4–7 % of
    /// `summary` on two threads (12 % on one), 48 fewer gained 5–10 % (bench/HISTORY.md,
    /// session 17). A variant that makes them larger must be measured first.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn an_item_stays_small() {
        assert_eq!(std::mem::size_of::<Event<'_>>(), 64);
        assert_eq!(std::mem::size_of::<Item<'_>>(), 80);
        assert_eq!(std::mem::size_of::<crate::parse::TlsEvent<'_>>(), 32);
    }

    #[test]
    fn items_account_for_every_line() {
        let data = b"Info: ICID 1 close\n\n\nInfo: MID 5 antivirus negative\n\nprose\nInfo: New SMTP DCID 3 interface 10.0.0.1\naddress 10.0.0.2\n";
        let p = ParsedChunk::parse(data.to_vec(), &[]);
        let parsed = p.borrow_dependent();
        let items = &parsed.items;
        let lines: u32 = items
            .iter()
            .map(|i| match i {
                Item::Event { .. } => 1,
                Item::Ignored { lines }
                | Item::Used { lines }
                | Item::NotUnderstood { lines, .. }
                | Item::Joined { lines, .. } => *lines,
            })
            .sum();
        assert_eq!(lines, 8, "every physical line is in exactly one item");
        assert!(matches!(items[0], Item::Event { at: 0, event: Event::IcidClose { icid: 1 }, .. }));
        assert_eq!(items[1], Item::Ignored { lines: 4 }, "blank, blank, antivirus, blank merged");
        assert!(matches!(items[2], Item::NotUnderstood { line: 5, lines: 1, .. }));
        assert!(
            matches!(items[3], Item::Joined { line: 6, lines: 2, at: 59, start, end } if parsed.joined_text(start, end).ends_with(b"10.0.0.1 address 10.0.0.2"))
        );
        assert_eq!(items.len(), 4);
    }
}
