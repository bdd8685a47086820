//! Texts read back for the few records a search prints.
//!
//! `messages --mid 123` prints one record of millions, yet keeping every record's texts (addresses,
//! subject, Message-ID, hosts, TLS protocol and cipher, responses) costs a run half again the time
//! of `summary`. So a run over plain files whose search picks records by their IDs (`messages` or
//! `connections` with `--mid`, `--icid`, `--dcid`) keeps no text, and the correlator notes instead
//! where each record's lines lie: a message's own, its parent's (a rewrite or split inherits its
//! texts) and its connections'; a connection's own and, for a delivery connection, its messages'
//! (their recipients are its envelope domains) ([`Message::lines`], [`Connection::lines`]). At the
//! end, [`ReadBack`] reads those stretches of the input again, overlapping ones once, correlates
//! them with every text kept, and fills each record's missing texts from the same record there.
//! Verdicts, recipients, counts and times stay those of the whole run: only texts are taken from
//! the second reading, and only where the record has none.
//!
//! A stretch runs from the first line of what a record depends on to the last, so the second
//! reading sees what the first saw about it; a record whose life the input cuts (no `Start MID`,
//! not finished, a connection not closed) reads back from the input's start or to its end. A
//! stretch of messages only is not correlated whole: only its entries that name them, their
//! parents or their connections are (found by their numbers at the speed of a text search; see
//! [`Named`]), so that a message delayed for hours costs its own lines. Inputs
//! that cannot be read again at a position (gzip, standard input, live streams) are read with
//! every text kept instead: see [`eligible`].

use crate::input::{Source, SourceKind};
use crate::model::{Connection, Direction, Hop, LineSpan, Message, Record};
use crate::parse::chunk::{classify_joined, items, Class, Item, Reading, TagFilter};
use crate::parse::event::parse_u64;
use crate::parse::{is_entry_boundary, Event, MAX_CONTINUATIONS};
use crate::pipeline::{Extent, Extents, Options, Pipeline};
use crate::report::filter::Search;
use crate::sink::{FnSink, Sink};
use rustc_hash::FxHashSet;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::sync::Arc;

/// Longest first line of an entry read back at the end of a span.
const MAX_LINE: u64 = 1 << 20;

/// Whether a run printing the records of one of `kinds` (connections, messages) that `search`
/// keeps reads their texts back: the search keeps few records ([`Search::is_selective`]) and reads
/// no text but addresses and Message-IDs, and every source can be read again ([`eligible`]).
pub fn applies(search: &Search, kinds: (bool, bool), sources: &[Source]) -> bool {
    kinds.0 != kinds.1 && search.is_selective() && !search.reads_text() && eligible(sources)
}

/// The options of a run that reads texts back: `opts` keeping no text but those `search` reads
/// ([`Search::keeping`]: addresses, Message-IDs), noting spans, and keeping the MIDs connections
/// carried only when connections are printed (`kinds`: connections, messages). When messages are
/// printed, only the addresses the search matches are kept; printed connections keep every
/// address, whose domains are read back into them only when they have none.
pub fn lean(opts: &Options, search: &Search, kinds: (bool, bool)) -> Options {
    let o = search.keeping(Options { keep_text: false, ..opts.clone() });
    let wanted = if kinds == (false, true) { search.wanted_addresses(false).map(Arc::new) } else { None };
    Options { keep_mids: o.keep_mids && kinds.0, wanted_addresses: wanted, spans: true, ..o }
}

/// Whether every source can be read again at a position: plain files (not gzip, UTF-16 or CSV
/// exports, which are decoded from their start only), no standard input.
pub fn eligible(sources: &[Source]) -> bool {
    !sources.is_empty()
        && sources.iter().all(|s| match &s.kind {
            SourceKind::File(p) => plain_file(p).unwrap_or(false),
            SourceKind::Stdin => false,
        })
}

fn plain_file(p: &std::path::Path) -> io::Result<bool> {
    let f = File::open(p)?;
    if !f.metadata()?.is_file() {
        return Ok(false);
    }
    let mut start = Vec::new();
    f.take(crate::input::SNIFF_BYTES as u64).read_to_end(&mut start)?;
    // gzip files and texts to decode are read from their start: positions in them are of the text
    // read, not of the file
    Ok(!start.starts_with(&[0x1f, 0x8b]) && crate::input::text_kind(&start).is_none())
}

/// A sink that fills in the texts of the records passing through it from their lines (see the
/// module documentation), and hands them on, in order, at [`ReadBack::finish`]: the stretches of
/// all of them are read together, each byte at most once, however many records share them.
pub struct ReadBack<'s> {
    extents: Extents,
    /// The run's options, with every text kept, for the second reading.
    opts: Options,
    /// The kinds of record printed (connections, messages): the others go on as they are.
    kinds: (bool, bool),
    /// The records kept so far, in order.
    pending: Vec<Record>,
    /// The stretches of input they need, merged, sorted, and how many bytes they cover (a span to
    /// the end of the input counted to `total`, the input's size when the run began).
    covered: Vec<LineSpan>,
    covered_bytes: u64,
    total: u64,
    /// Most bytes worth reading again (see [`ReadBack::over_budget`]): an eighth of the input.
    pub budget: u64,
    /// What the messages kept so far name, while they name few enough to be found in one search
    /// (see [`Named`]); `None` once they name more, and when connections are printed.
    few: Option<Named>,
    pub inner: &'s mut dyn Sink,
}

/// Most IDs the messages read back may name for their stretches to be searched rather than read
/// whole, whatever their length (a search finds up to a few dozen at once).
const FEW_IDS: usize = 32;

/// What reading back found: records printed without texts (their lines could not be read again:
/// the file changed or went away), with the last reason.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReadBackReport {
    pub failed: u64,
    pub last_error: Option<String>,
}

/// A record's identity, to find it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Id {
    Message(u64),
    Connection(Direction, u64),
}

fn id(r: &Record) -> Id {
    match r {
        Record::Message(m) => Id::Message(m.mid),
        Record::Connection(c) => Id::Connection(c.direction, c.id),
    }
}

fn lines(r: &Record) -> Option<LineSpan> {
    match r {
        Record::Message(m) => m.lines,
        Record::Connection(c) => c.lines,
    }
}

impl<'s> ReadBack<'s> {
    /// `extents`: where the run's sources start ([`Pipeline::extents`]); `opts`: the run's options;
    /// `kinds`: the kinds of record whose texts are wanted (connections, messages); `total`: the
    /// size of the input, in bytes.
    pub fn new(extents: Extents, opts: &Options, kinds: (bool, bool), total: u64, inner: &'s mut dyn Sink) -> Self {
        let opts = Options { keep_text: true, spans: false, examples: 0, ..opts.clone() };
        let budget = total / 8;
        ReadBack {
            extents,
            opts,
            kinds,
            pending: Vec::new(),
            covered: Vec::new(),
            covered_bytes: 0,
            total,
            budget,
            few: kinds.1.then(Named::default),
            inner,
        }
    }

    /// Whether reading back would cost more than reading with every text: the records kept need
    /// more than an eighth of the input read again (reading a byte again with its texts costs about
    /// twice what the run without texts spent on it; a run with every text about one and a half
    /// times). The search was not as selective as it looked (a busy mailbox, a connection that
    /// delivered thousands of messages): the run stops ([`Sink::stopped`]) and should be made again
    /// with every text kept. Nothing has been handed on yet. A few messages are never over it,
    /// however long they lived: their stretches are searched for the entries that name them, at a
    /// small part of the cost of reading them ([`Named::entries`]).
    pub fn over_budget(&self) -> bool {
        self.few.is_none() && self.covered_bytes > self.budget
    }

    /// Takes a record's span into the stretches to read again.
    fn cover(&mut self, span: LineSpan) {
        let total = self.total;
        let bytes = |s: &LineSpan| s.last.min(total) - s.first.min(total);
        let mut span = span;
        let i = reaching(&self.covered, span.first);
        let mut j = i;
        while let Some(s) = self.covered.get(j).filter(|s| s.first <= span.last) {
            span.merge(*s);
            self.covered_bytes -= bytes(s);
            j += 1;
        }
        self.covered.splice(i..j, [span]);
        self.covered_bytes += bytes(&span);
    }

    /// Reads back the texts of every record kept, and hands the records on.
    pub fn finish(self) -> ReadBackReport {
        let ReadBack { extents, opts, mut pending, inner, covered: merged, .. } = self;
        let extents = extents.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let mut report = ReadBackReport::default();
        // the stretches, overlapping ones merged as the records came, each read and correlated once
        let stretch = |span: LineSpan| reaching(&merged, span.first);
        let mut wanted: Vec<HashSet<Id>> = vec![HashSet::new(); merged.len()];
        for r in &pending {
            if let Some(span) = lines(r) {
                wanted[stretch(span)].insert(id(r));
            }
        }
        // and what their lines are: the entries that name them or what they depend on
        let mut named = vec![Some(Named::default()); merged.len()];
        for r in &pending {
            if let Some(span) = lines(r) {
                let n = &mut named[stretch(span)];
                match (r, n.as_mut()) {
                    (Record::Message(m), Some(n)) => n.take_in(m),
                    _ => *n = None,
                }
            }
        }
        // per stretch, the records read again that are wanted, by identity
        let again: Vec<io::Result<HashMap<Id, Vec<Record>>>> = merged
            .iter()
            .zip(&wanted)
            .zip(named)
            .map(|((span, ids), named)| reread(&extents, &opts, *span, ids, named))
            .collect();
        for mut r in pending.drain(..) {
            if let Some(span) = lines(&r) {
                let found = match again.get(stretch(span)) {
                    Some(Ok(rs)) => same(&r, rs.get(&id(&r)).map_or(&[], Vec::as_slice))
                        .ok_or_else(|| format!("{:?} not found again in its lines", id(&r))),
                    Some(Err(e)) => Err(crate::input::io_message(e)),
                    None => Err("its lines were not read".to_string()),
                };
                match (&mut r, found) {
                    (Record::Message(m), Ok(Record::Message(a))) => fill_texts(m, a),
                    (Record::Connection(c), Ok(Record::Connection(a))) => fill_connection_texts(c, a),
                    (_, Ok(_)) => unreachable!("found by its kind"),
                    (_, Err(e)) => {
                        report.failed += 1;
                        report.last_error = Some(e);
                    }
                }
                match &mut r {
                    Record::Message(m) => m.lines = None,
                    Record::Connection(c) => c.lines = None,
                }
            }
            if inner.stopped() {
                break;
            }
            inner.record(r);
        }
        report
    }
}

/// The first of sorted, disjoint `spans` that reaches `at` (ends at or after it): the one that holds
/// a span starting at `at`, when one does.
fn reaching(spans: &[LineSpan], at: u64) -> usize {
    spans.partition_point(|s| s.last < at)
}

/// The records `ids` correlated again from the stretch `span` of the input, with their texts, by
/// identity (the others are dropped as they come: a stretch may hold many).
fn reread(
    extents: &[Extent],
    opts: &Options,
    span: LineSpan,
    ids: &HashSet<Id>,
    named: Option<Named>,
) -> io::Result<HashMap<Id, Vec<Record>>> {
    let pieces = read_span(extents, span)?;
    let pieces = match named {
        Some(named) => named.entries(pieces, &opts.mail_tags),
        None => pieces,
    };
    let mut again: HashMap<Id, Vec<Record>> = HashMap::new();
    let mut collect = FnSink(|r: Record| {
        if ids.contains(&id(&r)) {
            again.entry(id(&r)).or_default().push(r);
        }
    });
    // threads pay for a few chunks, not for the few lines of one message
    let len: usize = pieces.iter().map(|(b, _)| b.len()).sum();
    let threads = if len > 4 * opts.chunk_size { opts.threads } else { 1 };
    let mut p = Pipeline::new(Options { threads, ..opts.clone() });
    // each file's piece as a source of its own, as the run read it: a wrapped entry is not joined
    // across two files
    for (bytes, mut src) in pieces {
        // a stretch holds no file header: its appliance is not named by a folder either, as the
        // run may have named it by the header's serial number (unnamed, it matches by ID; see `same`)
        src.folder = None;
        p.run_part(&src, Box::new(io::Cursor::new(bytes)), None, &mut collect);
    }
    p.finish(&mut collect);
    Ok(again)
}

/// What the messages of a stretch are read again from: the entries that name them or what their
/// texts come from. A message delayed for hours spans hours of other traffic; its texts are in the
/// few lines that name it, its parents, and the connections that brought it in and took it out, so
/// those are all that is read again ([`Named::entries`]), found by their numbers at the speed of a
/// text search: a line is parsed only when it names one. (A connection's stretch is read whole: it
/// is mostly its own traffic.)
#[derive(Debug, Default, Clone)]
struct Named {
    /// The messages printed and their parents: a rewrite or split inherits its parent's texts,
    /// which may be its own parent's.
    mids: FxHashSet<u64>,
    /// Connections whose own lines count: those that brought the messages in and took them out
    /// (their hosts and TLS).
    hops: FxHashSet<(Direction, u64)>,
}

/// Most times a stretch is searched for what its messages depend on before it is read whole (each
/// search finds one more generation of parents: a message rewritten that many times).
const MAX_SEARCHES: usize = 8;

impl Named {
    /// Takes in a message read back, and what it is known to depend on.
    fn take_in(&mut self, m: &Message) {
        self.mids.insert(m.mid);
        self.mids.extend(m.origin.parent);
        self.hops.extend(m.icid.filter(|&i| i != 0).map(|i| (Direction::Inbound, i)));
        self.hops.extend(m.recipients.iter().filter_map(|r| r.dcid).map(|d| (Direction::Outbound, d)));
    }

    /// Takes in what an event ties to the messages named: the connections that carried them (ICID
    /// 0 is the appliance itself) and their parents. Whether it named anything new.
    fn follow(&mut self, e: &Event<'_>) -> bool {
        let (mid, hop) = match *e {
            Event::MsgStart { mid, icid }
            | Event::MsgFrom { mid, icid: Some(icid), .. }
            | Event::MsgRcpt { mid, icid: Some(icid), .. } => (mid, (Direction::Inbound, icid)),
            Event::DeliveryStart { dcid, mid, .. }
            | Event::MessageDone { dcid, mid, .. }
            | Event::DeliveryFailed { dcid, mid, .. } => (mid, (Direction::Outbound, dcid)),
            Event::MsgDerived { parent, child, .. } => return self.mids.contains(&child) && self.mids.insert(parent),
            _ => return false,
        };
        self.mids.contains(&mid) && hop.1 != 0 && self.hops.insert(hop)
    }

    /// Every number named.
    fn numbers(&self) -> FxHashSet<u64> {
        self.mids.iter().copied().chain(self.hops.iter().map(|c| c.1)).collect()
    }

    /// The entries of `pieces` (a stretch, a piece per file) that name what is named, with what
    /// they name in turn (a message's connections and parents, found on the lines that name it),
    /// a piece per file as before: each entry whole, with its continuation lines, in order, and a
    /// blank line after it so that nothing is joined onto it that was not before. `pieces` as they
    /// are when that is most of them, when there are too many numbers to search for at once, or
    /// when the parents go on beyond [`MAX_SEARCHES`].
    fn entries(mut self, pieces: Vec<(Vec<u8>, Source)>, tags: &[String]) -> Vec<(Vec<u8>, Source)> {
        let total: usize = pieces.iter().map(|p| p.0.len()).sum();
        for _ in 0..MAX_SEARCHES {
            let Some(numbers) = Numbers::new(self.numbers()) else {
                return pieces;
            };
            let kept: Vec<Vec<u8>> = pieces.iter().map(|(b, _)| naming(b, &numbers)).collect();
            if 2 * kept.iter().map(Vec::len).sum::<usize>() > total {
                return pieces;
            }
            let mut grew = false;
            let mut filter = TagFilter::new(tags);
            for k in &kept {
                let parsed = items(k, tags, &Reading::default(), Vec::new());
                for item in &parsed.items {
                    grew |= match *item {
                        Item::Event { ref event, .. } => self.follow(event),
                        Item::Joined { start, end, .. } => {
                            match classify_joined(parsed.joined_text(start, end), &mut filter) {
                                Class::Used { event, .. } => self.follow(&event),
                                _ => false,
                            }
                        }
                        _ => false,
                    };
                }
            }
            if !grew {
                return kept.into_iter().zip(pieces).map(|(k, (_, s))| (k, s)).collect();
            }
        }
        pieces
    }
}

/// Finds whole numbers of a set in text: by their last four digits (the leading digits of the IDs
/// around a record are much the same, the last ones rarely), with a vectorised search for a few
/// strings (Teddy), then by the whole run of digits around each, looked up.
struct Numbers {
    tails: aho_corasick::packed::Searcher,
    set: FxHashSet<u64>,
}

impl Numbers {
    /// `None` when there are too many numbers to search for quickly (more than a few dozen).
    fn new(set: FxHashSet<u64>) -> Option<Numbers> {
        let tail = |&n: &u64| if n < 1000 { n.to_string() } else { format!("{:04}", n % 10_000) };
        let mut tails: Vec<String> = set.iter().map(tail).collect();
        tails.sort_unstable();
        tails.dedup();
        let tails =
            aho_corasick::packed::Config::new().heuristic_pattern_limits(true).builder().extend(&tails).build()?;
        Some(Numbers { tails, set })
    }

    /// The start of each line of `data` that names one of the numbers, in order.
    fn lines(&self, data: &[u8]) -> Vec<usize> {
        let mut found = Vec::new();
        let mut checked = 0;
        for m in self.tails.find_iter(data) {
            // every match is within a run of digits (the tails are digits); a run is looked at
            // once: a number's tail is found there, or another match within the run before it
            if m.start() < checked {
                continue;
            }
            let digit = |c: &u8| c.is_ascii_digit();
            let first = data[..m.start()].iter().rposition(|c| !digit(c)).map_or(0, |i| i + 1);
            checked = data[m.end()..].iter().position(|c| !digit(c)).map_or(data.len(), |i| m.end() + i);
            if parse_u64(&data[first..checked]).is_some_and(|n| self.set.contains(&n)) {
                found.push(line_start(data, first));
            }
        }
        found
    }
}

/// The entries of `data` (whole lines) with a line that names one of `numbers`, each with its
/// continuation lines and a blank line after it (see [`Named::entries`]).
fn naming(data: &[u8], numbers: &Numbers) -> Vec<u8> {
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for line in numbers.lines(data) {
        if ranges.last().is_some_and(|r| line < r.end) {
            continue;
        }
        let (first, end) = (entry_start(data, line), entry_end(data, line));
        match ranges.last_mut() {
            Some(r) if first <= r.end => r.end = r.end.max(end),
            _ => ranges.push(first..end),
        }
    }
    let mut out = Vec::new();
    for r in ranges {
        out.extend_from_slice(&data[r]);
        if out.last() != Some(&b'\n') {
            out.push(b'\n');
        }
        out.push(b'\n');
    }
    out
}

/// Where the line holding byte `at` starts.
fn line_start(data: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &data[..at]).map_or(0, |i| i + 1)
}

/// The line that starts at `at`, and where the next one starts.
fn line_at(data: &[u8], at: usize) -> (&[u8], usize) {
    match memchr::memchr(b'\n', &data[at..]) {
        Some(i) => (&data[at..at + i], at + i + 1),
        None => (&data[at..], data.len()),
    }
}

/// Where the entry holding the line at `line` starts: the header line it continues, when one is
/// near enough to be joined to it; the line itself otherwise.
fn entry_start(data: &[u8], line: usize) -> usize {
    let mut at = line;
    for _ in 0..=MAX_CONTINUATIONS {
        if is_entry_boundary(line_at(data, at).0) {
            return at;
        }
        if at == 0 {
            break;
        }
        at = line_start(data, at - 1);
    }
    line
}

/// Where the entry whose line starts at `line` ends: after the lines that may continue it.
fn entry_end(data: &[u8], line: usize) -> usize {
    let mut end = line_at(data, line).1;
    for _ in 0..MAX_CONTINUATIONS {
        if end == data.len() {
            break;
        }
        let (l, next) = line_at(data, end);
        if is_entry_boundary(l) {
            break;
        }
        end = next;
    }
    end
}

/// Among the records read again, the one `r` is: the same kind, ID and appliance (a file whose
/// serial number named the appliance reads back unnamed), the same times when an ID came twice.
fn same<'a>(r: &Record, again: &'a [Record]) -> Option<&'a Record> {
    let local = |t: Option<crate::time::LogTime>| t.map(|t| t.local);
    // its appliance, and its times as written
    let place = |r: &Record| match r {
        Record::Message(m) => (m.appliance.clone(), (local(m.started), local(m.finished))),
        Record::Connection(c) => (c.appliance.clone(), (local(c.opened), local(c.closed))),
    };
    let (appliance, times) = place(r);
    let mut same = again.iter().filter(|x| id(x) == id(r) && place(x).0.is_none_or(|a| Some(a) == appliance));
    let first = same.clone().next();
    same.find(|x| place(x).1 == times).or(first)
}

impl Sink for ReadBack<'_> {
    fn record(&mut self, r: Record) {
        let wanted = match r {
            Record::Connection(_) => self.kinds.0,
            Record::Message(_) => self.kinds.1,
        };
        if !wanted {
            return self.inner.record(r);
        }
        if let Some(span) = lines(&r) {
            self.cover(span);
        }
        if let (Some(few), Record::Message(m)) = (&mut self.few, &r) {
            few.take_in(m);
            if few.mids.len() + few.hops.len() > FEW_IDS {
                self.few = None;
            }
        }
        self.pending.push(r)
    }
    fn stopped(&self) -> bool {
        self.over_budget() || self.inner.stopped()
    }
}

/// The bytes of the input from the entry at `span.first` to the end of the entry at `span.last`
/// (with its continuation lines), a piece per source the span crosses, with that source.
fn read_span(extents: &[Extent], span: LineSpan) -> io::Result<Vec<(Vec<u8>, Source)>> {
    let gone = || io::Error::other("the span is outside the sources read");
    let first = extents.iter().rposition(|e| e.start <= span.first).ok_or_else(gone)?;
    let mut pieces = Vec::new();
    for (i, e) in extents.iter().enumerate().skip(first) {
        if e.start > span.last {
            break;
        }
        let opened;
        let mut f: &File = match (&e.file, &e.source.kind) {
            (Some(f), _) => f,
            (None, SourceKind::File(path)) => {
                opened = File::open(path)?;
                &opened
            }
            (None, SourceKind::Stdin) => return Err(gone()),
        };
        // positions in the file: the source was read from its skip on (see `Source::skip`)
        let at = |pos: u64| pos.saturating_sub(e.start).saturating_add(e.source.skip.bytes);
        let from = at(span.first);
        let last_here = extents.get(i + 1).is_none_or(|next| span.last < next.start);
        let to = match last_here {
            true => at(span.last).saturating_add(entry_len(f, at(span.last))?),
            false => u64::MAX,
        };
        f.seek(SeekFrom::Start(from))?;
        let mut bytes = Vec::with_capacity(usize::try_from(to - from).unwrap_or(0).min(1 << 30));
        f.take(to - from).read_to_end(&mut bytes)?;
        pieces.push((bytes, e.source.clone()));
    }
    Ok(pieces)
}

/// Length of the entry that starts at `at`: its line and the continuation lines after it.
fn entry_len(mut f: &File, at: u64) -> io::Result<u64> {
    if at >= f.metadata()?.len() {
        return Ok(0); // the end of the input
    }
    // the entry's first line and the lines that may continue it: a few kilobytes as a rule, read
    // in steps up to the longest line allowed
    let (most, mut step) = (MAX_LINE + 64 * 1024, 16 * 1024);
    let mut buf = Vec::new();
    loop {
        f.seek(SeekFrom::Start(at))?;
        buf.clear();
        f.take(step).read_to_end(&mut buf)?;
        let whole = memchr::memchr_iter(b'\n', &buf).nth(MAX_CONTINUATIONS as usize + 1).is_some();
        if whole || (buf.len() as u64) < step || step >= most {
            break;
        }
        step = (step * 8).min(most);
    }
    Ok(entry_end(&buf, 0) as u64)
}

/// Fills the texts `m` lacks from `again`, the same message read again with its texts: sender,
/// subject, Message-ID, size; per recipient (by RID) the address, code and response; the hosts,
/// protocol, cipher, certificate name and reason of its hops.
pub fn fill_texts(m: &mut Message, again: &Message) {
    fill(&mut m.from, &again.from);
    fill(&mut m.subject, &again.subject);
    fill(&mut m.message_id, &again.message_id);
    m.size = m.size.or(again.size);
    if let (Some(h), Some(a)) = (&mut m.received, &again.received) {
        fill_hop(h, a);
    }
    for r in &mut m.recipients {
        let Some(a) = again.recipients.iter().find(|a| a.rid == r.rid) else { continue };
        fill(&mut r.to, &a.to);
        fill(&mut r.code, &a.code);
        fill(&mut r.response, &a.response);
        if let (Some(h), Some(a)) = (&mut r.delivery, &a.delivery) {
            fill_hop(h, a);
        }
    }
}

fn fill(t: &mut Option<Box<str>>, again: &Option<Box<str>>) {
    if t.is_none() {
        t.clone_from(again);
    }
}

fn fill_hop(h: &mut Arc<Hop>, a: &Hop) {
    // the hop is shared with the record's other messages: it is copied for this one (a few records)
    fill_hop_texts(Arc::make_mut(h), a);
}

fn fill_hop_texts(h: &mut Hop, a: &Hop) {
    fill(&mut h.protocol, &a.protocol);
    fill(&mut h.cipher, &a.cipher);
    fill(&mut h.cn, &a.cn);
    fill(&mut h.reason, &a.reason);
    fill(&mut h.remote_ip, &a.remote_ip);
    fill(&mut h.remote_host, &a.remote_host);
}

/// Fills the texts `c` lacks from `again`, the same connection read again with its texts: its
/// hop's, interface, HAT verdict, error, the MIDs it carried and its envelope domains.
pub fn fill_connection_texts(c: &mut Connection, again: &Connection) {
    fill_hop_texts(&mut c.hop, &again.hop);
    fill(&mut c.interface, &again.interface);
    fill(&mut c.error, &again.error);
    if c.hat.is_none() {
        c.hat.clone_from(&again.hat);
    }
    if c.mids.is_empty() {
        c.mids.clone_from(&again.mids);
    }
    if c.domains.is_empty() {
        c.domains.clone_from(&again.domains);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_ends_with_the_continuation_lines_of_its_last_entry() {
        let dir = crate::testutil::temp_dir("readback");
        let (a, b) = (dir.join("a.log"), dir.join("b.log"));
        let one = "Info: ICID 1 close\nInfo: MID 5 Subject 'a subject\n";
        // the second file goes on with the wrapped line's continuation, then the next entry
        let two = "wrapped over two lines'\nInfo: ICID 2 close\nInfo: ICID 3 close\n";
        std::fs::write(&a, one).unwrap();
        std::fs::write(&b, format!("Info: MID 6 Subject 'x\n{two}")).unwrap();
        let by_name = |start, p: &std::path::Path| Extent { start, source: Source::file(p), file: None };
        let extents = vec![by_name(0, &a), by_name(one.len() as u64, &b)];
        // from the second entry of the first file to the first entry of the second, wrapped
        let span = LineSpan { first: 19, last: one.len() as u64 };
        let pieces = read_span(&extents, span).unwrap();
        let text = |p: &(Vec<u8>, Source)| String::from_utf8(p.0.clone()).unwrap();
        assert_eq!(pieces.len(), 2, "a piece per file: an entry is never joined across two");
        assert_eq!(text(&pieces[0]), "Info: MID 5 Subject 'a subject\n");
        assert_eq!(text(&pieces[1]), "Info: MID 6 Subject 'x\nwrapped over two lines'\n");
        assert_eq!((&pieces[0].1, &pieces[1].1), (&Source::file(&a), &Source::file(&b)));
        // within one file; a last entry without continuation
        let span = LineSpan { first: 0, last: 0 };
        assert_eq!(read_span(&extents, span).unwrap(), [(b"Info: ICID 1 close\n".to_vec(), Source::file(&a))]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn stretches_are_merged_as_records_come_and_counted_once() {
        // spans that overlap or share an entry make one stretch; the bytes counted are those of the
        // stretches, a span to the end of the input counted to its size
        let mut next = crate::testutil::xorshift(0x51ed_2701_a3b4_c5d6);
        let mut sink = crate::sink::Collect::default();
        for round in 0..300 {
            let total = 10_000;
            let mut back = ReadBack::new(Extents::default(), &Options::default(), (false, true), total, &mut sink);
            let mut spans = Vec::new();
            for _ in 0..(1 + round % 40) {
                let first = next() % 9_000;
                let last = if next().is_multiple_of(10) { u64::MAX } else { first + next() % (1 + round as u64 * 20) };
                spans.push(LineSpan { first, last });
                back.cover(LineSpan { first, last });
            }
            // the plain way: sorted, then merged while they overlap or touch
            spans.sort_by_key(|s| s.first);
            let mut want: Vec<LineSpan> = Vec::new();
            for s in spans {
                match want.last_mut() {
                    Some(l) if s.first <= l.last => l.merge(s),
                    _ => want.push(s),
                }
            }
            let bytes: u64 = want.iter().map(|s| s.last.min(total) - s.first.min(total)).sum();
            assert_eq!(back.covered, want, "round {round}");
            assert_eq!(back.covered_bytes, bytes, "round {round}");
            // every span's first entry is found in its own stretch
            for s in &want {
                assert_eq!(want[reaching(&want, s.first)], *s);
                assert_eq!(want[reaching(&want, s.last.min(total))].first, s.first);
            }
        }
    }

    #[test]
    fn a_message_is_read_again_from_the_entries_that_name_it_and_what_its_texts_come_from() {
        // MID 9 (the record printed: its parent 8, its connections ICID 40 and DCID 21) is a
        // rewrite of 8, itself a rewrite of 7, whose lines it inherits: found on the line that
        // names 8; other traffic around, with IDs that end in the same digits
        let t = "Mon Mar 04 10:00:0";
        let log = [
            (true, "0 2024 Info: New SMTP ICID 40 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host mx.example.com verified yes"),
            (false, "0 2024 Info: New SMTP ICID 10040 interface Data 1 (10.0.0.25) address 192.0.2.67"),
            (true, "1 2024 Info: Start MID 7 ICID 40"),
            (false, "1 2024 Info: Start MID 10007 ICID 10040"),
            (true, "1 2024 Info: MID 7 ICID 40 From: <alice@example.com>"),
            (false, "1 2024 Info: MID 10007 ICID 10040 From: <x@example.org>"),
            (true, "2 2024 Info: MID 7 Subject 'a subject\nwrapped onto the next line'"),
            (false, "2 2024 Info: MID 10007 Subject 'about MID 17\nand DCID 1021'"),
            (true, "2 2024 Info: MID 7 ready 1200 bytes from <alice@example.com>"),
            (true, "3 2024 Info: MID 7 rewritten to MID 8 by antispam (alt-rcpt-to)"),
            (true, "3 2024 Info: MID 8 rewritten to MID 9 by LDAP (alias)"),
            (false, "4 2024 Info: New SMTP DCID 121 interface 10.0.0.1 address 192.0.2.121 port 25"),
            (true, "4 2024 Info: New SMTP DCID 21 interface 10.0.0.1 address 192.0.2.25 port 25"),
            (true, "4 2024 Info: DCID 21 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384"),
            (false, "5 2024 Info: Delivery start DCID 121 MID 10007 to RID [0]"),
            (true, "5 2024 Info: Delivery start DCID 21 MID 9 to RID [0]"),
            (true, "6 2024 Info: Message done DCID 21 MID 9 to RID [0]"),
            (false, "6 2024 Info: Message finished MID 10007 done"),
            (true, "6 2024 Info: Message finished MID 9 done"),
        ];
        // and busy around it: a line of a message of its own after each
        let text: String = log
            .iter()
            .enumerate()
            .map(|(i, (_, l))| format!("{t}{l}\n{t}6 2024 Info: Message finished MID 5{i:02}07 done\n"))
            .collect();
        let want: String = log.iter().filter(|(kept, _)| *kept).map(|(_, l)| format!("{t}{l}\n\n")).collect();
        let named = Named {
            mids: [9, 8].into_iter().collect(),
            hops: [(Direction::Inbound, 40), (Direction::Outbound, 21)].into_iter().collect(),
        };
        let pieces = vec![(text.clone().into_bytes(), Source::file("mail.log"))];
        let got = named.clone().entries(pieces, &[]);
        assert_eq!(String::from_utf8(got[0].0.clone()).unwrap(), want);
        // a stretch mostly of what is named is read whole
        let busy: String = log.iter().filter(|(kept, _)| *kept).map(|(_, l)| format!("{t}{l}\n")).collect();
        let got = named.entries(vec![(busy.clone().into_bytes(), Source::file("mail.log"))], &[]);
        assert_eq!(String::from_utf8(got[0].0.clone()).unwrap(), busy);
    }

    #[test]
    fn a_span_before_every_source_is_an_error() {
        let extents = vec![Extent { start: 100, source: Source::file("/nonexistent/a.log"), file: None }];
        assert!(read_span(&extents, LineSpan { first: 5, last: 6 }).is_err());
        assert!(read_span(&[], LineSpan { first: 5, last: 6 }).is_err());
    }
}
