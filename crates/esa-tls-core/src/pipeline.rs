//! The one-way flow: sources → chunks → entries → events → correlator → records.
//!
//! Also the line accounting: every physical line is counted as used, ignored or not understood, per
//! source, with the first few not-understood lines kept as examples.

use crate::correlate::{CorrelationStats, Correlator, EventContext, Limits, WantedAddresses};
use crate::input::{self, ChunkBuf, Chunks, Input, InputError, Source};
use crate::model::{AddressPattern, Record};
use crate::parse::chunk::{classify_joined, Class, Item, ParsedChunk, Reading, TagFilter, TagTally, TextLines};
use crate::parse::{is_entry_boundary, Event, RawTime, Texts};
use crate::time::LogTime;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};

pub use crate::sink::{Collect, FnSink, Sink};

/// How to read the input.
#[derive(Debug, Clone)]
pub struct Options {
    /// Appliance name for lines without a syslog hostname.
    pub appliance: Option<String>,
    /// Year of the first syslog timestamp (they carry none; later lines still roll over at New
    /// Year); inferred when `None`.
    pub year: Option<i32>,
    /// Offset from UTC (seconds) for times whose file header does not give one.
    pub utc_offset: Option<i32>,
    /// Syslog tags that carry mail logs; empty = the default rule (see [`is_mail_tag`]).
    pub mail_tags: Vec<String>,
    pub limits: Limits,
    /// Not-understood lines kept per source as examples.
    pub examples: usize,
    pub chunk_size: usize,
    /// Read plain files through a memory map, in place (see [`input::mapped`]); off: with `read`.
    pub mmap: bool,
    /// Threads that parse and correlate: 1 does everything on the calling thread; N > 1 runs N - 1
    /// parser threads beside the calling thread, which correlates (its work is serial, so it gets a
    /// core of its own), plus a reading thread.
    pub threads: usize,
    /// Keep every text in the records (addresses, subjects, hosts, TLS protocol and cipher, …). Off,
    /// the records carry verdicts, counts and times only, the same verdicts, for `summary`, which
    /// needs no more (see [`Correlator::keep_text`]).
    pub keep_text: bool,
    /// Without texts, still keep the MIDs each connection carried (see [`Correlator::keep_mids`]).
    pub keep_mids: bool,
    /// Without texts, still keep the envelope addresses (see [`Correlator::keep_addresses`]).
    pub keep_addresses: bool,
    /// With `keep_addresses`, keep only these (see [`Correlator::wanted_addresses`]).
    pub wanted_addresses: Option<Arc<WantedAddresses>>,
    /// Without texts, still keep the Message-IDs (see [`Correlator::keep_message_ids`]).
    pub keep_message_ids: bool,
    /// The run uses connection records (see [`Correlator::connections_wanted`]).
    pub connections: bool,
    /// The run uses message records. Off for a run that uses connections only (`connections`): the
    /// lines that only carry a message's texts (subject, Message-ID, size, queueing, responses) are
    /// not read (see [`Options::text_lines`]); the connections are the same.
    pub messages: bool,
    /// Note where each message's lines lie, for texts read back later (see
    /// [`Correlator::spans`] and [`crate::readback`]).
    pub spans: bool,
    /// The present (year, month), for year inference. Tests fix it.
    pub today: (i32, u8),
}

impl Default for Options {
    fn default() -> Self {
        Options {
            appliance: None,
            year: None,
            utc_offset: None,
            mail_tags: Vec::new(),
            limits: Limits::default(),
            examples: 5,
            chunk_size: 1 << 20,
            mmap: true,
            threads: 1,
            keep_text: true,
            keep_mids: false,
            keep_addresses: false,
            wanted_addresses: None,
            keep_message_ids: false,
            connections: true,
            messages: true,
            spans: false,
            today: today(),
        }
    }
}

impl Options {
    /// Which lines that only carry texts (subject, Message-ID, size and sender, queueing, responses)
    /// are read: none when no text is kept, and no sender's address either (the `ready … from` line
    /// gives a sender the `From:` line missed); the Message-ID lines alone for a search by them.
    pub fn text_lines(&self) -> TextLines {
        if !self.messages {
            // a connection takes nothing from them: its envelope domains come from the `From:` and
            // `To:` lines, its MIDs from the lines that link a message to it
            return TextLines::None;
        }
        if self.keep_text || self.keeps_addresses_of(|w| &w.senders) {
            TextLines::All
        } else if self.keep_message_ids {
            TextLines::MessageIds
        } else {
            TextLines::None
        }
    }

    /// Whether the run keeps the envelope addresses of one side (`side`: the senders' or the
    /// recipients' patterns of [`Options::wanted_addresses`]) without every text: a search by
    /// address that names none of that side keeps none there (see [`Reading::addresses`]).
    fn keeps_addresses_of(&self, side: impl Fn(&WantedAddresses) -> &Vec<AddressPattern>) -> bool {
        self.keep_addresses && self.wanted_addresses.as_deref().is_none_or(|w| !side(w).is_empty())
    }

    /// What the parse hands on: [`Options::text_lines`]; when the run keeps no text but the
    /// envelope addresses a search matches, those addresses only (see [`Reading::addresses`]); and
    /// of the texts of a line, only those the run keeps (see [`Reading::cut`]).
    pub fn reading(&self) -> Reading {
        let addresses = match self.keep_text || !self.keep_addresses {
            true => None,
            false => self.wanted_addresses.clone(),
        };
        // the texts the run keeps, and no others
        let cut = Texts::NONE
            .with(Texts::SENDERS, self.keep_text || self.keeps_addresses_of(|w| &w.senders))
            .with(Texts::RECIPIENTS, self.keep_text || self.keeps_addresses_of(|w| &w.recipients))
            .with(Texts::MESSAGE_IDS, self.keep_text || self.keep_message_ids)
            .with(Texts::OTHERS, self.keep_text);
        Reading { texts: self.text_lines(), addresses, cut }
    }
}

/// Tells a correlator which texts the run keeps.
fn keeping(c: &mut Correlator, opts: &Options) {
    c.keep_text = opts.keep_text;
    c.keep_mids = opts.keep_mids;
    c.keep_addresses = opts.keep_addresses;
    c.wanted_addresses = opts.wanted_addresses.clone();
    c.keep_message_ids = opts.keep_message_ids;
    c.connections_wanted = opts.connections;
}

/// The current UTC (year, month).
pub fn today() -> (i32, u8) {
    let secs =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let (y, m, ..) = crate::time::civil_from_seconds(secs);
    (y as i32, m as u8)
}

pub use crate::parse::chunk::is_mail_tag;

/// One not-understood line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Example {
    pub line: u64,
    pub text: String,
}

/// Line accounting for one source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileStats {
    pub source: String,
    /// Lines read, after the `skipped` ones.
    pub lines: u64,
    /// Lines at its start left unread: the end of another file read (see `Source::skip`).
    pub skipped: u64,
    pub used: u64,
    pub ignored: u64,
    pub not_understood: u64,
    pub examples: Vec<Example>,
    /// AsyncOS version and serial from the file header, when present.
    pub version: Option<String>,
    pub serial: Option<String>,
    pub error: Option<String>,
    /// Lines that carried a mail event (used lines less file headers).
    pub mail_lines: u64,
    /// Not-understood lines that look binary (NUL or other control bytes).
    pub binary_lines: u64,
    /// Syslog tags whose lines were not taken by name: lines left as another subscription's
    /// (`other`) and lines taken by their content (`by_content`).
    pub tags: BTreeMap<String, TagLines>,
    /// First and last time of the source's mail events.
    pub first_time: Option<LogTime>,
    pub last_time: Option<LogTime>,
}

/// Lines of one syslog tag, see [`FileStats::tags`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TagLines {
    pub other: u64,
    pub by_content: u64,
}

/// What a run did besides producing records.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RunReport {
    pub files: Vec<FileStats>,
    pub errors: Vec<InputError>,
    pub notes: Vec<String>,
    pub correlation: CorrelationStats,
    /// Reading stopped early because the output closed.
    pub stopped: bool,
    /// Sources whose lines ran newest first (each also has an error): their records are wrong.
    #[serde(skip)]
    pub newest_first: Vec<String>,
}

impl Serialize for InputError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Year inference for syslog timestamps, per source.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct YearGuess {
    year: i32,
    month: u8,
    forced: bool,
}

impl YearGuess {
    fn new(opts: &Options) -> Self {
        match opts.year {
            Some(y) => YearGuess { year: y, month: 0, forced: true },
            None => YearGuess { year: opts.today.0, month: 0, forced: false },
        }
    }

    /// The year of a syslog timestamp in month `m`. The first line of a stream is placed in the
    /// most recent year that does not put it in the future; a month jump back of more than half a
    /// year is New Year (year + 1), a jump forward of as much is a late line from last year.
    fn year_for(&mut self, m: u8, today: (i32, u8)) -> i32 {
        if self.month == 0 {
            if !self.forced && self.year == today.0 && m > today.1 {
                self.year -= 1;
            }
            self.month = m;
            return self.year;
        }
        if m + 6 < self.month {
            self.year += 1;
            self.month = m;
            self.year
        } else if m > self.month + 6 {
            self.year - 1
        } else {
            if m > self.month {
                self.month = m;
            }
            self.year
        }
    }

    /// A timestamp with a year anchors the guess (unless `--year` fixed the start).
    fn anchor(&mut self, y: i32, m: u8) {
        if !self.forced {
            self.year = y;
            self.month = m;
        }
    }
}

/// State carried across the files of one run.
pub struct Pipeline {
    pub correlator: Correlator,
    opts: Options,
    /// `opts.reading()`, decided once (the options do not change during a run).
    reading: Reading,
    default_appliance: u32,
    years: YearGuess,
    /// Offset from the last file header; the files of a rotated set are one stream, so it carries
    /// over until another header says otherwise.
    offset: Option<i32>,
    /// The last timestamp resolved: consecutive lines mostly share their second.
    last_time: Option<(RawTime, Option<i32>, LogTime)>,
    /// Told the raw bytes read so far of the current source, once per chunk.
    progress: Option<Box<dyn FnMut(u64)>>,
    /// Gzip files of the set opened and being decoded ahead of the one being read.
    ahead: VecDeque<(Source, input::OpenSource)>,
    /// The appliance named by the last file header's serial number: the files of a rotated set are
    /// one stream, so it carries over until another header names another (within the appliance
    /// folder it was named in, `serial_folder`: see [`Source::folder`]).
    serial_app: Option<u32>,
    serial_folder: Option<String>,
    /// The previous source's appliance, last time and name, to tell a file that goes back in time.
    prev_end: Option<(u32, LogTime, String)>,
    /// Shown every line with its place, appliance, time and event (see [`Pipeline::set_observer`]).
    observer: Option<Observer>,
    /// Lines by kind as they are folded (live runs' metrics).
    counts: Option<Arc<LineCounts>>,
    /// Position of the next source's first byte in the input (see [`LineSpan`]).
    pos: u64,
    /// Where each source starts in the input, when spans are tracked.
    extents: Extents,
    report: RunReport,
}

/// Where each source of a run starts in its input (the bytes of every source one after another,
/// see [`LineSpan`]), in reading order; shared with what reads lines back while the run goes on.
pub type Extents = Arc<Mutex<Vec<Extent>>>;

/// Files held open for reading back (see [`Extent`]).
const MAX_HELD_FILES: usize = 64;

/// Where a source starts in the input, and its file, opened as its reading began: its bytes read
/// again are those the run read, even when a rotation renamed the file or put another in its place.
#[derive(Debug, Clone)]
pub struct Extent {
    pub start: u64,
    pub source: Source,
    /// `None`: opened by its name when read again (standard input cannot be).
    pub file: Option<Arc<std::fs::File>>,
}

/// Where a source stands at the end of a part of it (see [`Pipeline::run_part`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceCarry {
    /// Offset from UTC its header gave.
    pub offset: Option<i32>,
    /// Appliance of its lines without a hostname, and whether the command line named it.
    pub default_app: u32,
    pub named: bool,
    /// Appliance of its first timed line.
    pub first_app: Option<u32>,
    /// Number of the next line.
    pub next_line: u64,
}

/// [`Pipeline::save`]'s data.
#[derive(Serialize, Deserialize)]
struct Saved {
    years: YearGuess,
    offset: Option<i32>,
    serial_app: Option<u32>,
    #[serde(default)]
    serial_folder: Option<String>,
    prev_end: Option<(u32, LogTime, String)>,
    correlator: Box<serde_json::value::RawValue>,
}

/// A line (or a wrapped entry's lines) as the pipeline read it: for `esa-tls trace`, which must
/// show the very lines a verdict rests on.
#[derive(Debug, Clone, Copy)]
pub struct ObservedLine<'a> {
    pub source: &'a str,
    /// Number of its first physical line in the source (1-based).
    pub line: u64,
    /// The physical lines, joined by `\n` when the entry was wrapped.
    pub text: &'a [u8],
    pub appliance: Option<&'a str>,
    pub time: Option<LogTime>,
    /// The event it carries (`Ignored` for lines the correlator has no use for).
    pub event: Event<'a>,
}

/// Lines by kind, counted as chunks are folded (shared with a metrics endpoint).
#[derive(Debug, Default)]
pub struct LineCounts {
    pub used: AtomicU64,
    pub ignored: AtomicU64,
    pub not_understood: AtomicU64,
}

/// What [`Pipeline::set_observer`] takes.
pub type Observer = Box<dyn FnMut(&ObservedLine<'_>)>;

/// Per-source reading state.
struct SourceState {
    stats: FileStats,
    offset: Option<i32>,
    last_host: Vec<u8>,
    last_app: u32,
    /// Number of the next chunk's first line.
    line_base: u64,
    /// Appliance of the lines without a hostname: `--appliance NAME=PATH`, `--appliance NAME`, the
    /// file header's serial number, or none.
    default_app: u32,
    /// The appliance was named on the command line: a serial number does not override it.
    named: bool,
    /// [`Source::folder`].
    folder: Option<String>,
    /// Appliance of the first line with a time.
    first_app: Option<u32>,
    /// A live stream: the sink is flushed after every chunk.
    live: bool,
    /// Position of the next chunk's first byte in the input.
    pos: u64,
    /// How the source's time runs, for lines out of order.
    order: TimeOrder,
}

/// A step back in time longer than the hour summer time repeats (and a few minutes of clocks apart):
/// within one input, files put together out of order (`cat maillog maillog.1 > all.log`).
const JUMP_BACK: i64 = 3600 + 300;

/// Whether the steps of a source's times (back, forward) say its lines run newest first: a log runs
/// forward, with a step back here and there (appliances' clocks apart by a second in one stream, the
/// hour repeated when summer time ends); an export sorted by time, newest first (Splunk, Kibana),
/// steps back nearly always.
fn newest_first((back, forward): (u64, u64)) -> bool {
    back >= 3 && back > 2 * forward
}

/// Whether the steps say the lines are in no time order (an export not sorted by time, documents
/// in the order of an index): one appliance's time goes back nearly as often as forward, where a
/// log goes back only now and then (lines a relay reordered across a second, summer time).
fn unordered((back, forward): (u64, u64)) -> bool {
    back >= 10 && back * 10 > forward
}

/// How a source's time runs, appliance by appliance (appliances in one stream may be apart: clocks,
/// zones the lines do not carry): steps back and forward, and long jumps back.
#[derive(Debug, Default)]
struct TimeOrder {
    /// Back, forward (equal times not counted).
    steps: (u64, u64),
    /// The last time of each appliance (by its number).
    last_by_app: Vec<Option<LogTime>>,
    /// The last line's appliance and time: most lines share a second, and are no step.
    last: Option<(u32, LogTime)>,
    /// Steps back of more than [`JUMP_BACK`]: how many, and the first (from, to).
    jumps: (u64, Option<(LogTime, LogTime)>),
}

/// What a source's order says once it is read.
enum Disorder {
    /// Newest first: its records are wrong (an error).
    NewestFirst(String),
    /// In no time order, or a long jump back: a note.
    Note(String),
}

impl TimeOrder {
    /// A mail event of appliance `app` at `t`. False when it is the last line's appliance and time
    /// (most lines share a second): no step, nothing new.
    #[inline]
    fn step(&mut self, app: u32, t: LogTime) -> bool {
        if self.last == Some((app, t)) {
            return false;
        }
        self.last = Some((app, t));
        let a = app as usize;
        if self.last_by_app.len() <= a {
            self.last_by_app.resize(a + 1, None);
        }
        if let Some(prev) = self.last_by_app[a].replace(t) {
            let back = prev.utc_or_local() - t.utc_or_local();
            if back > 0 {
                self.steps.0 += 1;
                if back > JUMP_BACK {
                    self.jumps.0 += 1;
                    self.jumps.1.get_or_insert((prev, t));
                }
            } else if back < 0 {
                self.steps.1 += 1;
            }
        }
        true
    }

    /// What to say of source `name`, read whole.
    fn disorder(&self, name: &str) -> Option<Disorder> {
        let (back, forward) = self.steps;
        if newest_first(self.steps) {
            Some(Disorder::NewestFirst(format!(
                "its lines run newest first (time went back {back} times, forward {forward}): an export sorted by time, newest first? A log is correlated oldest first, so the records and figures made from it are wrong; export it oldest first (Splunk: `| reverse`), or reverse it (`tac`)"
            )))
        } else if unordered(self.steps) {
            // a note, not an error: collections of examples from several logs (documentation,
            // tickets) are in no time order too, and their lines are read right one by one
            Some(Disorder::Note(format!(
                "{name}: its lines are in no time order (one appliance's time went back {back} times, forward {forward}): an export not sorted by time, or examples from several logs? A log is correlated oldest first: records whose lines are out of order may be wrong; sort it by time, oldest first"
            )))
        } else if let (n, Some((from, to))) = self.jumps {
            let more = match n {
                1 => String::new(),
                2 => " (and once more)".into(),
                _ => format!(" (and {} more times)", n - 1),
            };
            Some(Disorder::Note(format!(
                "{name}: its time goes back from {from} to {to}{more}: logs put together out of order (`cat maillog maillog.1`)? Records that span the jump may be wrong; give the files themselves, they are read oldest first"
            )))
        } else {
            None
        }
    }
}

impl Pipeline {
    pub fn new(opts: Options) -> Self {
        let mut correlator = Correlator::new(opts.limits);
        keeping(&mut correlator, &opts);
        correlator.spans = opts.spans;
        let default_appliance = correlator.appliance(opts.appliance.as_deref().map(str::as_bytes));
        let years = YearGuess::new(&opts);
        Pipeline {
            correlator,
            reading: opts.reading(),
            opts,
            default_appliance,
            years,
            offset: None,
            last_time: None,
            progress: None,
            ahead: VecDeque::new(),
            serial_app: None,
            serial_folder: None,
            prev_end: None,
            observer: None,
            counts: None,
            pos: 0,
            extents: Extents::default(),
            report: RunReport::default(),
        }
    }

    fn source_state(&mut self, src: &Source) -> SourceState {
        let (default_app, named) = match (&src.appliance, &self.opts.appliance) {
            (Some(n), _) => (self.correlator.appliance(Some(n.as_bytes())), true),
            (None, Some(_)) => (self.default_appliance, true),
            // a serial number carries over within one appliance folder, and the folder names the
            // appliance of a file whose header names none
            (None, None) => match (self.serial_app.filter(|_| self.serial_folder == src.folder), &src.folder) {
                (Some(app), _) => (app, false),
                (None, Some(folder)) => (self.correlator.appliance(Some(folder.as_bytes())), false),
                (None, None) => (self.default_appliance, false),
            },
        };
        SourceState {
            stats: FileStats { source: src.name.clone(), skipped: src.skip.lines, ..Default::default() },
            offset: self.offset,
            last_host: Vec::new(),
            last_app: u32::MAX,
            // the lines left unread at its start keep their numbers (see `Source::skip`)
            line_base: 1 + src.skip.lines,
            default_app,
            named,
            folder: src.folder.clone(),
            first_app: None,
            live: false,
            pos: self.pos,
            order: TimeOrder::default(),
        }
    }

    /// Starts decoding the gzip files among the next sources (`upcoming`, in reading order) on threads
    /// of their own, so that the files of a rotated set are decompressed in parallel while
    /// correlation still takes them one after another, in order. At most one file per parser thread
    /// is decoded ahead, each at most a few chunks ahead of its reader: memory stays bounded. Plain
    /// files need no decoding and are left alone, as is everything with one thread.
    pub fn decode_ahead(&mut self, upcoming: &[Source]) {
        let threads = self.opts.threads;
        if threads < 2 {
            return;
        }
        for src in upcoming.iter().take(threads - 1) {
            let input::SourceKind::File(path) = &src.kind else { continue };
            // two bytes tell a plain file, which is read later like any other, from a gzip one
            if self.ahead.iter().any(|(s, _)| s == src) || !input::is_gzip_file(path) {
                continue;
            }
            // an error is left for `run_source` to report, in order
            let Ok(opened) = input::open(src) else { continue };
            let input::Input::Stream(reader) = opened.input else { continue };
            if !opened.gzip {
                continue;
            }
            let (tx, rx) = mpsc::sync_channel(2);
            let mut chunks = input::ChunkReader::new(reader, self.opts.chunk_size);
            let spawned = std::thread::Builder::new().name("esa-tls-gunzip".into()).spawn(move || loop {
                let mut buf = ChunkBuf::default();
                let res = chunks.next_chunk(&mut buf, is_entry_boundary);
                let more = matches!(res, Ok(true));
                // a failed send: the run stopped or moved on
                if tx.send((buf, res)).is_err() || !more {
                    return;
                }
            });
            if spawned.is_ok() {
                self.ahead.push_back((src.clone(), input::OpenSource { input: Input::Decoded(rx), ..opened }));
            }
        }
    }

    /// Counts the lines by kind into `c` as they are read (for a live run's metrics).
    pub fn set_line_counts(&mut self, c: Arc<LineCounts>) {
        self.counts = Some(c);
    }

    /// Shows `f` every line read, in order, with its place and what it carries: for `esa-tls
    /// trace`. Costs a second look at every line; off by default.
    pub fn set_observer(&mut self, f: Observer) {
        self.observer = Some(f);
    }

    /// Calls `f` with the raw (compressed, for gzip) bytes read so far of the current source, once
    /// per chunk: for a progress bar.
    pub fn set_progress(&mut self, f: Box<dyn FnMut(u64)>) {
        self.progress = Some(f);
    }

    fn tick(&mut self, raw: &AtomicU64) {
        if let Some(f) = &mut self.progress {
            f(raw.load(Ordering::Relaxed));
        }
    }

    /// The line's time; the last line's, without working it out again, when it is written the same
    /// (nearly every line: inlined, so that path is a comparison).
    #[inline]
    fn resolve_time(&mut self, raw: RawTime, offset: Option<i32>) -> Option<LogTime> {
        if let Some((r, o, t)) = self.last_time {
            if r == raw && o == offset {
                return Some(t);
            }
        }
        self.resolve_time_new(raw, offset)
    }

    #[inline(never)]
    fn resolve_time_new(&mut self, raw: RawTime, offset: Option<i32>) -> Option<LogTime> {
        let t = self.resolve_time_uncached(raw, offset)?;
        self.last_time = Some((raw, offset, t));
        Some(t)
    }

    fn resolve_time_uncached(&mut self, raw: RawTime, offset: Option<i32>) -> Option<LogTime> {
        let year = match raw.year() {
            Some(y) => {
                self.years.anchor(y, raw.month());
                y
            }
            None => self.years.year_for(raw.month(), self.opts.today),
        };
        let local = raw.local_seconds_in(year)?;
        // a zone written in the timestamp (RFC 3339) is the line's own, and wins
        Some(LogTime { local, offset: raw.offset().or(offset).or(self.opts.utc_offset) })
    }

    /// Where each source starts in the input, for reading lines back (see [`Extents`]); filled only
    /// when [`Options::spans`] is on.
    pub fn extents(&self) -> Extents {
        self.extents.clone()
    }

    /// Reads one source to its end (or to an error), feeding the correlator.
    pub fn run_source(&mut self, src: &Source, sink: &mut dyn Sink) {
        let mut st = self.source_state(src);
        let ahead = match self.ahead.front() {
            Some((s, _)) if s == src => self.ahead.pop_front().map(|(_, o)| o),
            _ => None,
        };
        let opened = match ahead.map_or_else(|| input::open_with(src, self.opts.mmap), Ok) {
            Ok(o) => o,
            Err(e) => {
                let msg = input::io_message(&e);
                self.report.errors.push(InputError { source: src.name.clone(), message: msg.clone() });
                st.stats.error = Some(msg);
                self.report.files.push(st.stats);
                return;
            }
        };
        st.live = opened.live;
        if self.opts.spans {
            let mut extents = self.extents.lock().unwrap_or_else(|e| e.into_inner());
            // a handle per source, for the first ones of a long set: the others are opened by name
            // again, so that a folder of thousands of files cannot run out of file descriptors
            let file = match &src.kind {
                input::SourceKind::File(p) if extents.len() < MAX_HELD_FILES => {
                    std::fs::File::open(p).ok().map(Arc::new)
                }
                _ => None,
            };
            extents.push(Extent { start: st.pos, source: src.clone(), file });
        }
        self.read_stream(&src.name, opened.input, opened.raw_bytes, opened.gzip, st, sink);
    }

    /// Reads `reader`, a part of the source `src` (its bytes from some point on), going on from
    /// `carry`, the state at the end of the part before it (`None`: the part starts the source).
    /// Returns the state at its end, for the next part.
    pub fn run_part(
        &mut self,
        src: &Source,
        reader: Box<dyn std::io::Read + Send>,
        carry: Option<SourceCarry>,
        sink: &mut dyn Sink,
    ) -> SourceCarry {
        let mut st = self.source_state(src);
        if let Some(c) = carry {
            st.offset = c.offset;
            st.default_app = c.default_app;
            st.named = c.named;
            st.first_app = c.first_app;
            st.line_base = c.next_line;
            // the part right after another of the same source in this run: one file's accounting
            if self.report.files.last().is_some_and(|f| f.source == src.name) {
                if let Some(before) = self.report.files.pop() {
                    st.stats = before;
                }
            }
        }
        let counter = Arc::new(AtomicU64::new(0));
        self.read_stream(&src.name, Input::Stream(reader), counter, false, st, sink)
    }

    /// What the pipeline holds between two lines, as data: the correlator's open state, the year and
    /// offset carried across files, the appliance a file header named. See [`Pipeline::restore`].
    pub fn save(&self) -> Result<Vec<u8>, String> {
        let correlator = self.correlator.snapshot()?;
        let correlator = std::str::from_utf8(&correlator).map_err(|e| e.to_string())?;
        let saved = Saved {
            years: self.years,
            offset: self.offset,
            serial_app: self.serial_app,
            serial_folder: self.serial_folder.clone(),
            prev_end: self.prev_end.clone(),
            correlator: serde_json::value::RawValue::from_string(correlator.to_string()).map_err(|e| e.to_string())?,
        };
        serde_json::to_vec(&saved).map_err(|e| format!("saving the pipeline state: {e}"))
    }

    /// A pipeline that goes on from a [`save`](Pipeline::save)d state, with options `opts` (which
    /// must name the same appliance and year rules as the run that saved it).
    pub fn restore(opts: Options, saved: &[u8]) -> Result<Pipeline, String> {
        let s: Saved = serde_json::from_slice(saved).map_err(|e| format!("reading the saved pipeline state: {e}"))?;
        let mut correlator = Correlator::restore(s.correlator.get().as_bytes(), opts.limits, opts.keep_text)?;
        keeping(&mut correlator, &opts);
        let mut p = Pipeline::new(opts);
        p.default_appliance = correlator.appliance(p.opts.appliance.as_deref().map(str::as_bytes));
        p.correlator = correlator;
        p.years = s.years;
        p.offset = s.offset;
        p.serial_app = s.serial_app;
        p.serial_folder = s.serial_folder;
        p.prev_end = s.prev_end;
        Ok(p)
    }

    /// Reads a live stream (a followed file or folder, a syslog listener) as the source `src`, until it
    /// ends: the sink is flushed after every chunk, and chunks are handed on when the stream idles.
    pub fn run_live(&mut self, src: &Source, reader: Box<dyn std::io::Read + Send>, sink: &mut dyn Sink) {
        let mut st = self.source_state(src);
        st.live = true;
        let counter = Arc::new(AtomicU64::new(0));
        self.read_stream(&src.name, Input::Stream(reader), counter, false, st, sink);
    }

    /// Reads bytes already in memory as one source named `name` (tests, fuzzing).
    pub fn run_bytes(&mut self, name: &str, data: &[u8], sink: &mut dyn Sink) {
        let mut src = Source::stdin();
        src.name = name.to_string();
        let st = self.source_state(&src);
        let counter = Arc::new(AtomicU64::new(data.len() as u64));
        let input = Input::Stream(Box::new(std::io::Cursor::new(data.to_vec())));
        self.read_stream(name, input, counter, false, st, sink);
    }

    fn read_stream(
        &mut self,
        name: &str,
        input: Input,
        raw_bytes: Arc<AtomicU64>,
        gzip: bool,
        mut st: SourceState,
        sink: &mut dyn Sink,
    ) -> SourceCarry {
        let threads = self.opts.threads.max(1);
        let mapped = match &input {
            Input::Mapped(file, _, _) => Some(file.clone()),
            _ => None,
        };
        let chunks = Chunks::new(input, self.opts.chunk_size);
        let mut result = if threads == 1 {
            self.read_sequential(chunks, &raw_bytes, &mut st, sink)
        } else {
            self.read_parallel(chunks, &raw_bytes, threads, &mut st, sink)
        };
        if result.is_ok() && mapped.is_some_and(|m| m.was_cut()) {
            // the file was cut between a look at its length and the parse, or a page of it could
            // not be read from disk: those bytes were read as zeros (see input::mapped)
            result = Err(io::Error::other("a part of the file was gone when it was read (cut short by a rotation with copytruncate, or a disk error): its lines are lost or counted as not understood"));
        }
        if let Err(e) = result {
            let what = if gzip { "corrupt or truncated gzip stream" } else { "read error" };
            let msg = format!(
                "{what} at byte {} (after line {}): {}",
                raw_bytes.load(Ordering::Relaxed),
                st.line_base - 1,
                input::io_message(&e)
            );
            self.report.errors.push(InputError { source: name.to_string(), message: msg.clone() });
            st.stats.error = Some(msg);
        }
        match st.order.disorder(name) {
            Some(Disorder::NewestFirst(msg)) => {
                // the records were made from lines in the wrong order: said as an error (exit 2),
                // never left to look like an answer
                self.report.errors.push(InputError { source: name.to_string(), message: msg.clone() });
                self.report.newest_first.push(name.to_string());
                st.stats.error.get_or_insert(msg);
            }
            Some(Disorder::Note(note)) => self.report.notes.push(note),
            None => {}
        }
        if let (Some(first), Some(app), Some((prev_app, prev_last, prev_name))) =
            (st.stats.first_time, st.first_app, &self.prev_end)
        {
            // a minute of slack: the lines of one second are not in order across rotations
            // (a part of the file read just before is that file going on, not going back)
            if app == *prev_app && prev_name != name && first.utc_or_local() + 60 < prev_last.utc_or_local() {
                self.report.notes.push(format!(
                    "{name} starts at {first}, before the end of {prev_name} ({prev_last}): the inputs go back in time (a file named twice under two names, overlapping exports, or one appliance's files mixed with another's?); records that span the jump may be wrong"
                ));
            }
        }
        if let (Some(app), Some(last)) = (st.first_app, st.stats.last_time) {
            self.prev_end = Some((app, last, name.to_string()));
        }
        self.pos = st.pos;
        let carry = SourceCarry {
            offset: st.offset,
            default_app: st.default_app,
            named: st.named,
            first_app: st.first_app,
            next_line: st.line_base,
        };
        self.report.files.push(st.stats);
        carry
    }

    /// Reads, parses and folds on this thread.
    fn read_sequential(
        &mut self,
        mut chunks: Chunks,
        raw: &AtomicU64,
        st: &mut SourceState,
        sink: &mut dyn Sink,
    ) -> io::Result<()> {
        let mut buf = ChunkBuf::default();
        let mut spare = Vec::new();
        loop {
            let (data, res) = chunks.next_chunk(std::mem::take(&mut buf), is_entry_boundary);
            if data.is_empty() {
                buf = data;
            } else {
                let parsed = ParsedChunk::parse_into(data, spare, &self.opts.mail_tags, &self.reading);
                self.observe(&parsed, st);
                self.fold(&parsed, st, sink);
                if st.live {
                    sink.flush();
                }
                (buf, spare) = parsed.recycle();
                self.tick(raw);
            }
            match res {
                Ok(true) if !sink.stopped() => {}
                Ok(_) => return Ok(()),
                Err(e) => return Err(e),
            }
        }
    }

    /// One thread reads (and decompresses), `threads - 1` threads parse chunks, this thread folds them
    /// through the correlator in input order: the result is exactly the sequential one. The fold is
    /// serial, so it keeps a core of its own: one parser thread fewer than cores (README,
    /// "Performance"). When the next chunk in order is not parsed yet and one waits to be, this
    /// thread parses it itself instead of waiting.
    fn read_parallel(
        &mut self,
        mut chunks: Chunks,
        raw: &AtomicU64,
        threads: usize,
        st: &mut SourceState,
        sink: &mut dyn Sink,
    ) -> io::Result<()> {
        let tags = self.opts.mail_tags.clone();
        let reading = self.reading.clone();
        type Spare = (ChunkBuf, Vec<Item<'static>>);
        let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Spare)>(threads);
        let (done_tx, done_rx) = mpsc::sync_channel::<(u64, ParsedChunk)>(threads);
        // folded chunks go back to the reader, which reads into their buffers again
        let (free_tx, free_rx) = mpsc::channel::<ParsedChunk>();
        let work_rx = Arc::new(Mutex::new(work_rx));
        std::thread::scope(|scope| {
            let spawn = |name: &str| std::thread::Builder::new().name(name.to_string());
            let reader = spawn("esa-tls-read").spawn_scoped(scope, move || -> io::Result<()> {
                for seq in 0.. {
                    // a folded chunk's buffers, taken back here: giving a mapped range's pages
                    // back to the kernel (ParsedChunk::recycle) is work for this thread, which
                    // waits on the others, not for the correlating one
                    let (buf, spare) = free_rx.try_recv().map(ParsedChunk::recycle).unwrap_or_default();
                    let (data, res) = chunks.next_chunk(buf, is_entry_boundary);
                    if !data.is_empty() && work_tx.send((seq, (data, spare))).is_err() {
                        return Ok(()); // the consumer stopped
                    }
                    match res {
                        Ok(true) => {}
                        Ok(false) => return Ok(()),
                        Err(e) => return Err(e),
                    }
                }
                Ok(())
            })?;
            for _ in 1..threads {
                let (rx, tx, tags, reading) = (work_rx.clone(), done_tx.clone(), &tags, &reading);
                spawn("esa-tls-parse").spawn_scoped(scope, move || loop {
                    let job = rx.lock().map(|r| r.recv());
                    let Ok(Ok((seq, (data, spare)))) = job else { return };
                    if send_polling(&tx, (seq, ParsedChunk::parse_into(data, spare, tags, reading))).is_err() {
                        return;
                    }
                })?;
            }
            // only the workers (and this thread, below) hold these now: when they stop, the reader's
            // sends fail and it stops too
            drop(done_tx);
            let mut pending = BTreeMap::new();
            let mut next = 0u64;
            loop {
                while let Some(parsed) = pending.remove(&next) {
                    self.observe(&parsed, st);
                    self.fold(&parsed, st, sink);
                    if st.live {
                        sink.flush();
                    }
                    let _ = free_tx.send(parsed);
                    self.tick(raw);
                    next += 1;
                }
                if sink.stopped() {
                    break;
                }
                match done_rx.try_recv() {
                    Ok((seq, parsed)) => {
                        pending.insert(seq, parsed);
                        continue;
                    }
                    Err(mpsc::TryRecvError::Disconnected) => break,
                    Err(mpsc::TryRecvError::Empty) => {}
                }
                // nothing parsed is ready: parse a chunk that waits, here, rather than wait idle (the
                // parser threads are busy then; the chunk joins the others in their order). Only a
                // few ahead of the one awaited: a parser thread off its core for a while must not
                // make this thread read on and hold the whole input (memory stays bounded).
                let waiting = if pending.len() < threads {
                    work_rx.try_lock().ok().and_then(|r| r.try_recv().ok())
                } else {
                    None
                };
                if let Some((seq, (data, spare))) = waiting {
                    pending.insert(seq, ParsedChunk::parse_into(data, spare, &tags, &reading));
                    continue;
                }
                match done_rx.recv() {
                    Ok((seq, parsed)) => {
                        pending.insert(seq, parsed);
                    }
                    Err(_) => break,
                }
            }
            drop(work_rx);
            drop(done_rx);
            reader.join().unwrap_or(Ok(()))
        })
    }

    /// Feeds one parsed chunk's items to the correlator, in order, and counts its lines.
    fn fold(&mut self, parsed: &ParsedChunk, st: &mut SourceState, sink: &mut dyn Sink) {
        let before = (st.stats.used, st.stats.ignored, st.stats.not_understood);
        self.fold_items(parsed, st, sink);
        st.pos += parsed.borrow_owner().len() as u64;
        if let Some(c) = &self.counts {
            c.used.fetch_add(st.stats.used - before.0, Ordering::Relaxed);
            c.ignored.fetch_add(st.stats.ignored - before.1, Ordering::Relaxed);
            c.not_understood.fetch_add(st.stats.not_understood - before.2, Ordering::Relaxed);
        }
    }

    fn fold_items(&mut self, parsed: &ParsedChunk, st: &mut SourceState, sink: &mut dyn Sink) {
        let mut out = |r: Record| sink.record(r);
        let base = st.line_base;
        let lines_before = st.stats.lines;
        let data: &[u8] = parsed.borrow_owner();
        let parsed = parsed.borrow_dependent();
        // the appliance of each host of the chunk, found at its first event (so appliances are
        // numbered in the order of their first lines, as before)
        let mut apps = vec![u32::MAX; parsed.hosts.len()];
        // a run that keeps texts copies them out of the lines, which the parser thread read on another
        // core: each line is asked into this core's cache a few events ahead of its turn (4, 8 and
        // 16 measured; 8 best), rather than fetched when its first text is copied. Verdict-only runs
        // read nothing of the lines here, and fetching them cost time (bench/HISTORY.md)
        const AHEAD: usize = 8;
        let texts = self.opts.keep_text;
        for (i, item) in parsed.items.iter().enumerate() {
            if texts {
                if let Some(Item::Event { at, .. }) = parsed.items.get(i + AHEAD) {
                    prefetch_line(data, *at as usize);
                }
            }
            match *item {
                Item::Event { at, time, host_ix, ref event, .. } => {
                    let host = parsed.host(data, host_ix, at);
                    let app = apps.get_mut(host_ix as usize);
                    self.used(1, at, time, (host, app), event, st, &mut out)
                }
                Item::Ignored { lines } => {
                    st.stats.lines += lines as u64;
                    st.stats.ignored += lines as u64;
                }
                Item::Used { lines } => {
                    st.stats.lines += lines as u64;
                    st.stats.used += lines as u64;
                }
                Item::NotUnderstood { line, lines, text } => self.not_understood(st, base + line as u64, lines, text),
                Item::Joined { line, lines, at, start, end } => {
                    let text = parsed.joined_text(start, end);
                    let tags = std::mem::take(&mut self.opts.mail_tags);
                    let mut filter = TagFilter::new(&tags);
                    let class = classify_joined(text, &mut filter);
                    merge_tags(&mut st.stats, &filter.tally);
                    match class {
                        Class::Used { time, host, event } => {
                            self.used(lines, at, time, (host, None), &event, st, &mut out)
                        }
                        Class::Ignored => {
                            st.stats.lines += lines as u64;
                            st.stats.ignored += lines as u64;
                        }
                        Class::NotUnderstood => self.not_understood(st, base + line as u64, lines, text),
                    }
                    self.opts.mail_tags = tags;
                }
            }
        }
        merge_tags(&mut st.stats, &parsed.tags);
        // every physical line is in exactly one item, so the lines this chunk counted give the next
        // chunk's first line number (a part of a source resumed later starts at its saved line)
        st.line_base = base + (st.stats.lines - lines_before);
    }

    /// Shows the observer each entry of a chunk, before it is folded: its lines, appliance, time and
    /// event. The items give the line ranges; runs of ignored lines are shown line by line.
    fn observe(&mut self, chunk: &ParsedChunk, st: &SourceState) {
        let Some(mut observer) = self.observer.take() else { return };
        let data: &[u8] = chunk.borrow_owner();
        let parsed = chunk.borrow_dependent();
        let mut starts = vec![0usize];
        starts.extend(memchr::memchr_iter(b'\n', data).map(|i| i + 1));
        let line_text = |from: usize, n: usize| -> &[u8] {
            let a = starts[from.min(starts.len() - 1)];
            let b = starts.get(from + n).map_or(data.len(), |&e| e);
            let t = &data[a..b];
            let t = t.strip_suffix(b"\n").unwrap_or(t);
            t.strip_suffix(b"\r").unwrap_or(t)
        };
        let mut default_app = st.default_app;
        let mut cur = 0usize;
        for item in &parsed.items {
            let (first, n, whole) = match *item {
                // (an event's line is the one after the items before it)
                Item::Event { .. } => (cur, 1, true),
                Item::Joined { line, lines, .. } => (line as usize, lines as usize, true),
                Item::NotUnderstood { line, lines, .. } => (line as usize, lines as usize, false),
                Item::Ignored { lines } | Item::Used { lines } => (cur, lines as usize, false),
            };
            cur = first + n;
            // a line read as one event is shown as the chunk's parser read it; the others are read
            // again here, one by one (ignored and merged lines carry no event of their own)
            let read = match *item {
                Item::Event { at, time, host_ix, event, .. } => Some((time, parsed.host(data, host_ix, at), event)),
                _ => None,
            };
            type Read<'r> = Option<(Option<RawTime>, Option<&'r [u8]>, Event<'r>)>;
            let mut show = |this: &mut Self,
                            from: usize,
                            n: usize,
                            read: Read<'_>,
                            observer: &mut Box<dyn FnMut(&ObservedLine<'_>)>| {
                let text = line_text(from, n);
                let (raw_time, host, event) = read.unwrap_or_else(|| {
                    let header = crate::parse::parse_header(text.split(|&c| c == b'\n').next().unwrap_or(text));
                    let event = match &header {
                        Some(h) if n == 1 => crate::parse::parse_body(h.body),
                        _ => match crate::parse::chunk::classify_joined(text, &mut TagFilter::new(&[])) {
                            Class::Used { event, .. } => event,
                            _ => Event::Ignored,
                        },
                    };
                    (header.as_ref().and_then(|h| h.time), header.as_ref().and_then(|h| h.host), event)
                });
                if let (Event::Version { serial: Some(sn), .. }, false, None) = (event, st.named, host) {
                    default_app = this.correlator.appliance(Some(sn));
                }
                let time = raw_time.and_then(|t| this.resolve_time(t, st.offset));
                let app = match host {
                    Some(h) => this.correlator.appliance(Some(h)),
                    None => default_app,
                };
                observer(&ObservedLine {
                    source: &st.stats.source,
                    line: st.line_base + from as u64,
                    text,
                    appliance: this.correlator.appliance_name(app),
                    time,
                    event,
                });
            };
            if whole {
                show(self, first, n, read, &mut observer);
            } else {
                for i in first..first + n {
                    show(self, i, 1, None, &mut observer);
                }
            }
        }
        self.observer = Some(observer);
    }

    #[allow(clippy::too_many_arguments)]
    fn used(
        &mut self,
        lines: u32,
        at: u32,
        time: Option<RawTime>,
        (host, app): (Option<&[u8]>, Option<&mut u32>),
        event: &Event<'_>,
        st: &mut SourceState,
        out: &mut dyn FnMut(Record),
    ) {
        st.stats.lines += lines as u64;
        st.stats.used += lines as u64;
        // file header lines (begin, version, offset) are used, but carry no mail
        let mail_event = !matches!(event, Event::TimeOffset { .. } | Event::Version { .. } | Event::BeginLogfile);
        if mail_event {
            st.stats.mail_lines += lines as u64;
        } else {
            self.file_header(event, host, st);
        }
        if !self.reading.texts.keeps(event) {
            // understood, and irrelevant to verdicts: not worth a lookup when no text is kept
            return;
        }
        let time = time.and_then(|t| self.resolve_time(t, st.offset));
        let appliance = match host {
            None => st.default_app,
            Some(host) => match app {
                // the chunk's place for this host (see Item::Event::host_ix): its bytes are read
                // once per chunk
                Some(a) => {
                    if *a == u32::MAX {
                        *a = self.correlator.appliance(Some(host));
                    }
                    *a
                }
                // a joined entry, read here
                None => {
                    if st.last_app == u32::MAX || st.last_host != host {
                        st.last_host.clear();
                        st.last_host.extend_from_slice(host);
                        st.last_app = self.correlator.appliance(Some(host));
                    }
                    st.last_app
                }
            },
        };
        // a line at the last line's appliance and time changes nothing here
        if let Some(t) = time.filter(|&t| mail_event && st.order.step(appliance, t)) {
            if st.stats.first_time.is_none() {
                st.stats.first_time = Some(t);
                st.first_app = Some(appliance);
            }
            st.stats.last_time = Some(t);
        }
        self.correlator.feed(EventContext { appliance, time, at: st.pos + at as u64 }, event, out);
    }

    /// A line of a file's header block: the time offset, the version and serial number.
    #[cold]
    #[inline(never)]
    fn file_header(&mut self, event: &Event<'_>, host: Option<&[u8]>, st: &mut SourceState) {
        match *event {
            Event::TimeOffset { seconds } => {
                st.offset = Some(seconds);
                self.offset = Some(seconds);
            }
            Event::Version { version, serial } => {
                st.stats.version = Some(String::from_utf8_lossy(version).into_owned());
                st.stats.serial = serial.map(|s| String::from_utf8_lossy(s).into_owned());
                // on-box files carry no hostname: the serial number tells appliances apart
                if let Some(sn) = serial.filter(|_| !st.named && host.is_none()) {
                    st.default_app = self.correlator.appliance(Some(sn));
                    self.serial_app = Some(st.default_app);
                    self.serial_folder = st.folder.clone();
                }
            }
            _ => {}
        }
    }

    fn not_understood(&mut self, st: &mut SourceState, line: u64, lines: u32, text: &[u8]) {
        st.stats.lines += lines as u64;
        st.stats.not_understood += lines as u64;
        if looks_binary(text) {
            st.stats.binary_lines += lines as u64;
        }
        if st.stats.examples.len() < self.opts.examples {
            st.stats.examples.push(Example { line, text: example_text(text) });
        }
    }

    /// Notes an input problem found before reading (e.g. a missing path).
    pub fn add_errors(&mut self, errors: Vec<InputError>, notes: Vec<String>) {
        self.report.errors.extend(errors);
        self.report.notes.extend(notes);
    }

    /// Ends the input: flushes all open state.
    pub fn finish(mut self, sink: &mut dyn Sink) -> RunReport {
        self.correlator.finish(&mut |r| sink.record(r));
        let notes = input_notes(&self.report.files);
        self.report.notes.extend(notes);
        let c = self.correlator.stats;
        if c.evicted > 0 {
            let l = self.opts.limits;
            self.report.notes.push(format!(
                "{} connections or messages were reported early, before their end, because more than {} connections or {} messages were open at once on one appliance (raise --max-open); their verdicts may be unknown",
                c.evicted, l.max_connections, l.max_messages
            ));
        }
        if c.expired > 0 {
            self.report.notes.push(format!(
                "{} connections or messages saw no line for longer than the idle limit ({} h for connections, {} h for messages) and were reported as they stood",
                c.expired,
                self.opts.limits.connection_idle_secs / 3600,
                self.opts.limits.message_idle_secs / 3600
            ));
        }
        if c.truncated > 0 {
            self.report.notes.push(format!(
                "{} recipients or carried MIDs beyond the per-record limits ({} recipients per message, {} MIDs per connection) were left out",
                c.truncated, self.opts.limits.max_recipients, self.opts.limits.max_mids_per_connection
            ));
        }
        if c.cef_disagreements > 0 {
            self.report.notes.push(format!(
                "{} where the mail log and the Consolidated Event Log disagree on TLS (see `disagreements` in their records)",
                crate::report::count(c.cef_disagreements, "message", "messages")
            ));
        }
        if c.cef_late > 0 {
            self.report.notes.push(format!(
                "{} came after their message had gone out and added nothing to it",
                crate::report::count(c.cef_late, "Consolidated Event Log line", "Consolidated Event Log lines")
            ));
        }
        self.report.correlation = c;
        self.report.stopped = sink.stopped();
        self.report
    }
}

/// Notes about inputs that gave little or nothing: a file with no mail-log line at all, or one where
/// most lines were not understood or belong to another subscription, with the likely cause; and
/// every tag whose lines were taken by their content. Printed without `--stats`: an empty report must
/// never look like a clean one.
pub fn input_notes(files: &[FileStats]) -> Vec<String> {
    let mut notes = Vec::new();
    for f in files {
        let other: u64 = f.tags.values().map(|t| t.other).sum();
        if f.lines == 0 {
            if f.error.is_none() {
                notes.push(format!("{}: no lines read (empty input)", f.source));
            }
        } else if f.mail_lines == 0 {
            notes.push(format!(
                "{}: no mail-log line in {} lines ({} not understood, {} of other subscriptions, {} ignored): {}",
                f.source,
                f.lines,
                f.not_understood,
                other,
                f.ignored - other.min(f.ignored),
                likely_cause(f)
            ));
        } else if (f.not_understood + other) * 2 > f.lines {
            notes.push(format!(
                "{}: {} of {} lines were not understood or belong to other subscriptions ({} not understood, {} of other subscriptions): {}",
                f.source,
                f.not_understood + other,
                f.lines,
                f.not_understood,
                other,
                likely_cause(f)
            ));
        }
        for (tag, t) in f.tags.iter().filter(|(_, t)| t.by_content > 0) {
            notes.push(format!(
                "{}: {} lines with the syslog tag {tag:?} were taken as mail-log lines by their content (the tag does not name mail; --tag {tag} makes the choice explicit)",
                f.source, t.by_content
            ));
        }
    }
    notes
}

/// Why a file gave few or no mail-log lines, as best the counts tell.
fn likely_cause(f: &FileStats) -> String {
    let mut tags: Vec<(&String, u64)> = f.tags.iter().filter(|(_, t)| t.other > 0).map(|(k, t)| (k, t.other)).collect();
    tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let other: u64 = tags.iter().map(|t| t.1).sum();
    if f.binary_lines > 0 && f.binary_lines * 2 >= f.not_understood && f.binary_lines >= other {
        return "it looks binary, not a text log".into();
    }
    if other > 0 && other >= f.not_understood {
        let list: Vec<String> = tags.iter().take(3).map(|(t, n)| format!("{t:?} ({n} lines)")).collect();
        let first = tags[0].0;
        return format!(
            "its lines carry the syslog tag {}, not taken as a mail-log subscription; if it is one, give --tag {first}",
            list.join(", ")
        );
    }
    if let Some(x) = f.examples.first() {
        return format!(
            "its lines start in a form not understood (wrong file, or a header form not read yet), e.g. line {}: {}",
            x.line, x.text
        );
    }
    "its lines are understood but none is a mail event (another kind of log?)".into()
}

fn merge_tags(stats: &mut FileStats, tally: &[TagTally]) {
    for t in tally {
        let e = stats.tags.entry(String::from_utf8_lossy(&t.tag).into_owned()).or_default();
        e.other += t.other as u64;
        e.by_content += t.by_content as u64;
    }
}

/// Text that no log writes: NUL and other control bytes (tabs aside), or mostly invalid UTF-8.
fn looks_binary(b: &[u8]) -> bool {
    b.iter().any(|&c| c < 0x20 && c != b'\t' && c != b'\r')
        || std::str::from_utf8(b).is_err() && {
            let high = b.iter().filter(|&&c| c >= 0x80).count();
            high * 4 > b.len()
        }
}

fn example_text(b: &[u8]) -> String {
    let b = &b[..b.len().min(200)];
    String::from_utf8_lossy(b).into_owned()
}

/// Reads every source in order (one stream: state carries across files) and returns the report.
pub fn run(sources: &[Source], opts: Options, sink: &mut dyn Sink) -> RunReport {
    let mut p = Pipeline::new(opts);
    for (i, s) in sources.iter().enumerate() {
        if sink.stopped() {
            break;
        }
        p.decode_ahead(&sources[i + 1..]);
        p.run_source(s, sink);
    }
    p.finish(sink)
}

/// Hands a parsed chunk to the correlating thread, waiting while its queue is full by sleeping a
/// little, rather than on the channel: a sender blocked on the channel must be woken by the
/// receiver, and on two cores the correlating thread is the one that sets the pace — each wake-up
/// (a system call and an interrupt to the other core) was its time, about 1 % of `messages`'
/// samples, and `messages -f ndjson` on 1 GB took 1.27 s against 1.20 s (medians of 7; `summary`
/// unchanged). The sleeps grow from 50 µs to 5 ms, so that a reader that stops reading for long
/// (`messages | less`) leaves the parser threads idle (a few ms of CPU a second). The reading
/// thread still waits on its channel: polling there made `summary` slower (0.62 → 0.68 s), its
/// parser being busy then.
fn send_polling<T>(tx: &mpsc::SyncSender<T>, mut v: T) -> Result<(), ()> {
    let mut nap = std::time::Duration::from_micros(50);
    loop {
        match tx.try_send(v) {
            Ok(()) => return Ok(()),
            Err(mpsc::TrySendError::Full(back)) => {
                v = back;
                std::thread::sleep(nap);
                nap = (nap * 2).min(std::time::Duration::from_millis(5));
            }
            Err(mpsc::TrySendError::Disconnected(_)) => return Err(()),
        }
    }
}

/// Asks the processor to bring the line at `at` into this core's cache.
#[inline(always)]
fn prefetch_line(data: &[u8], at: usize) {
    if let Some(line) = data.get(at..) {
        let p = line.as_ptr();
        for ahead in [0, 64, 128] {
            crate::parse::prefetch(p.wrapping_add(ahead));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_only_lines_are_read_when_a_text_they_give_is_kept() {
        let o = |keep_text, keep_addresses, senders: &[&str], keep_message_ids| Options {
            keep_text,
            keep_addresses,
            wanted_addresses: (!senders.is_empty() || keep_addresses && !keep_text).then(|| {
                Arc::new(WantedAddresses {
                    senders: senders.iter().map(|s| AddressPattern::parse(s).unwrap()).collect(),
                    recipients: vec![AddressPattern::parse("b@x.example").unwrap()],
                })
            }),
            keep_message_ids,
            ..Options::default()
        };
        assert_eq!(o(true, false, &[], false).text_lines(), TextLines::All);
        assert_eq!(
            Options { keep_text: false, keep_addresses: true, ..Options::default() }.text_lines(),
            TextLines::All
        );
        // a sender searched for may come from a `ready … from` line; recipients never do
        assert_eq!(o(false, true, &["a@x.example"], false).text_lines(), TextLines::All);
        assert_eq!(o(false, true, &[], false).text_lines(), TextLines::None);
        assert_eq!(o(false, true, &[], true).text_lines(), TextLines::MessageIds);
        // the parse hands on only the addresses searched for when no other text is kept; with every
        // text, or no address kept, it does not look at them
        let wanted = o(false, true, &[], false);
        assert_eq!(wanted.reading().addresses, wanted.wanted_addresses);
        assert!(wanted.reading().addresses.is_some());
        assert_eq!(o(true, true, &["a@x.example"], false).reading().addresses, None);
        assert_eq!(o(false, false, &["a@x.example"], false).reading().addresses, None);
        assert_eq!(o(true, false, &[], false).reading().texts, TextLines::All);
    }

    fn guess(year: Option<i32>) -> YearGuess {
        YearGuess::new(&Options { year, today: (2024, 6), ..Options::default() })
    }

    #[test]
    fn the_order_of_a_source_is_told_by_its_steps_back_and_forward() {
        // (back, forward): newest first, in no time order
        for (steps, newest, unordered_) in [
            // a log: back now and then (clocks, summer time, a relay's reordering)
            ((2, 0), false, false),
            ((9, 10), false, false),
            ((10, 100), false, false),
            ((1000, 100_000), false, false),
            // in no order: back a tenth of the time or more
            ((10, 99), false, true),
            ((500, 520), false, true),
            // newest first: back nearly always
            ((3, 0), true, false),
            ((11, 5), true, true),
            ((971, 0), true, true),
        ] {
            assert_eq!(newest_first(steps), newest, "{steps:?}");
            assert_eq!(unordered(steps), unordered_, "{steps:?}");
        }
    }

    #[test]
    fn the_first_line_goes_in_the_most_recent_year_not_in_the_future() {
        assert_eq!(guess(None).year_for(6, (2024, 6)), 2024, "this month");
        assert_eq!(guess(None).year_for(7, (2024, 6)), 2023, "next month would be the future");
        assert_eq!(guess(None).year_for(1, (2024, 6)), 2024);
        assert_eq!(guess(Some(2020)).year_for(12, (2024, 6)), 2020, "--year is taken as given");
    }

    #[test]
    fn new_year_rolls_over_and_a_late_line_stays_in_last_year() {
        let mut g = guess(Some(2023));
        assert_eq!(g.year_for(12, (2024, 6)), 2023);
        assert_eq!(g.year_for(1, (2024, 6)), 2024, "December → January is New Year");
        assert_eq!(g.year_for(12, (2024, 6)), 2023, "a late line from December stays in last year");
        assert_eq!(g.year_for(2, (2024, 6)), 2024, "and the stream goes on in the new year");
    }

    #[test]
    fn the_month_boundary_of_a_roll_over_is_more_than_half_a_year() {
        // back by 6 months is not New Year (logs are not that late, but exports do jump)
        let mut g = guess(Some(2023));
        g.year_for(7, (2024, 6));
        assert_eq!(g.year_for(1, (2024, 6)), 2023, "July → January: 6 months back, same year");
        // back by 7 is
        let mut g = guess(Some(2023));
        g.year_for(8, (2024, 6));
        assert_eq!(g.year_for(1, (2024, 6)), 2024, "August → January: New Year");
        // forward by 7 from January is a late line from last year
        let mut g = guess(Some(2024));
        g.year_for(1, (2024, 6));
        assert_eq!(g.year_for(8, (2024, 6)), 2023);
        let mut g = guess(Some(2024));
        g.year_for(1, (2024, 6));
        assert_eq!(g.year_for(7, (2024, 6)), 2024, "January → July: forward, same year");
    }

    #[test]
    fn a_file_header_offset_carries_into_the_next_file_of_the_set() {
        let mut p = Pipeline::new(Options { today: (2024, 6), ..Options::default() });
        let mut c = Collect::default();
        p.run_bytes(
            "a.s",
            b"Mon Mar  4 09:59:59 2024 Info: Time offset from UTC: 3600 seconds\nMon Mar  4 10:00:00 2024 Info: ICID 1 close\n",
            &mut c,
        );
        p.run_bytes("b.s", b"Mon Mar  4 11:00:00 2024 Info: ICID 2 close\n", &mut c);
        p.finish(&mut c);
        let offsets: Vec<Option<i32>> = c.connections.iter().map(|x| x.closed.and_then(|t| t.offset)).collect();
        assert_eq!(offsets, [Some(3600), Some(3600)]);
    }

    /// A file starts with its header lines and mail in the same second: the time of a line read
    /// before the offset line is not the time of one read after it, though both are written alike.
    #[test]
    fn a_time_written_alike_before_and_after_the_offset_line_is_told_apart() {
        let mut p = Pipeline::new(Options { today: (2024, 6), ..Options::default() });
        let mut c = Collect::default();
        p.run_bytes(
            "a.s",
            b"Mon Mar  4 10:00:00 2024 Info: ICID 1 close\n\
              Mon Mar  4 10:00:00 2024 Info: Time offset from UTC: -18000 seconds\n\
              Mon Mar  4 10:00:00 2024 Info: ICID 2 close\n",
            &mut c,
        );
        p.finish(&mut c);
        let offsets: Vec<(u64, Option<i32>)> =
            c.connections.iter().map(|x| (x.id, x.closed.and_then(|t| t.offset))).collect();
        assert_eq!(offsets, [(1, None), (2, Some(-18000))]);
    }
}
