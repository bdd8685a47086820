//! Ingesting logs into a store, incrementally and idempotently.
//!
//! - Each input file is known by its content, not its name (see [`super::FileMark`]): a rotated file
//!   renamed or gzipped is the same file. A file read to its end adds nothing when ingested again; a
//!   file that grew is read from where the last ingest stopped; a new file of a rotated set is read
//!   whole.
//! - The correlation state at the end of an ingest is saved with the records, in one transaction: the
//!   next ingest goes on with it, so a log ingested in pieces gives the records of one ingest of the
//!   whole.
//! - The last entry of the last input is held back (it may still be growing, or have continuation
//!   lines to come): the saved position is before it. It is read, with everything still open, into
//!   the *provisional* records, which say what a run ending here would say, and which the next ingest
//!   replaces.
//! - A failure anywhere (an unreadable store, a full disk, a server gone) writes nothing: the
//!   transaction is abandoned, positions stay where they were, and a retry starts from there.

use super::codec::fnv;
use super::{Backend, Checkpoint, FileMark, Result, StoreError};
use crate::input::{self, Source, SourceKind};
use crate::model::Record;
use crate::pipeline::{Options, Pipeline, RunReport, SourceCarry};
use crate::sink::Sink;
use std::io::{self, Read, Seek, SeekFrom};

/// Bytes at the start of a file that identify it.
const PREFIX: usize = 4096;
/// How far back from the end of the last input its last entry is looked for.
const TAIL_WINDOW: u64 = 1 << 20;

/// What an ingest did.
#[derive(Debug, Default)]
pub struct IngestReport {
    pub run: RunReport,
    /// Final records written.
    pub records: u64,
    /// Provisional records written (replacing the last ingest's).
    pub provisional: u64,
    /// Inputs with nothing new since the last ingest.
    pub unchanged: Vec<String>,
    /// Inputs read, with the bytes read from each.
    pub read: Vec<(String, u64)>,
}

/// Compresses the saved state.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

/// Reads back what [`deflate`] wrote.
pub fn inflate(data: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(data)
        .read_to_end(&mut out)
        .map_err(|e| format!("the saved correlation state is damaged: {e}"))?;
    Ok(out)
}

/// Writes records into the store as the pipeline makes them, numbering them; stops the pipeline at the
/// first store error.
struct ToStore<'a> {
    b: &'a mut dyn Backend,
    seq: u64,
    provisional: bool,
    written: u64,
    error: Option<StoreError>,
}

impl Sink for ToStore<'_> {
    fn record(&mut self, r: Record) {
        if self.error.is_some() {
            return;
        }
        match self.b.add(self.seq, self.provisional, &r) {
            Ok(()) => {
                self.seq += 1;
                self.written += 1;
            }
            Err(e) => self.error = Some(e),
        }
    }
    fn stopped(&self) -> bool {
        self.error.is_some()
    }
}

/// Reads up to `n` bytes.
fn read_up_to(r: &mut dyn Read, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(n);
    r.take(n as u64).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Where the last entry of a plain file starts: the line, within the last [`TAIL_WINDOW`] bytes, that
/// begins an entry (a header line), or the end of the last whole line.
fn last_entry_start(path: &std::path::Path) -> io::Result<u64> {
    let mut f = std::fs::File::open(path)?;
    let len = f.metadata()?.len();
    let from = len.saturating_sub(TAIL_WINDOW);
    f.seek(SeekFrom::Start(from))?;
    let mut buf = Vec::new();
    f.take(len - from).read_to_end(&mut buf)?;
    let Some(end) = memchr::memrchr(b'\n', &buf).map(|i| i + 1) else {
        return Ok(from); // no whole line in the window
    };
    // line starts within the whole lines, last first
    let mut start = end;
    while start > 0 {
        let line_start = memchr::memrchr(b'\n', &buf[..start - 1]).map_or(0, |i| i + 1);
        if line_start == 0 && from > 0 {
            break; // this line may have begun before the window
        }
        let line = &buf[line_start..start - 1];
        if crate::parse::is_entry_boundary(line) {
            return Ok(from + line_start as u64);
        }
        start = line_start;
    }
    Ok(from + end as u64)
}

/// An input opened for ingesting, with its identity and where to go on from.
struct Opened {
    reader: Box<dyn Read + Send>,
    /// Decoded on the way (gzip, UTF-16, a CSV export): its text has no position in the file to read
    /// again at.
    decoded: bool,
    mark: FileMark,
    /// Bytes already read (the saved position).
    start: u64,
}

/// Opens a source and finds it among the files already ingested.
fn open_source(src: &Source, known: &[FileMark]) -> io::Result<Option<Opened>> {
    // known by its first bytes, wherever its reading starts (see `Source::skip`)
    let opened = input::open(&Source { skip: input::Skip::default(), ..src.clone() })?;
    let input::Input::Stream(mut reader) = opened.input else {
        return Err(io::Error::other("cannot be ingested"));
    };
    let head_bytes = read_up_to(&mut reader, PREFIX)?;
    let Some(nl) = memchr::memchr(b'\n', &head_bytes) else {
        return Ok(None); // not one whole line yet
    };
    let head = fnv(&head_bytes[..=nl]);
    let found = known.iter().find(|m| {
        m.head == head
            && (m.prefix_len as usize) <= head_bytes.len()
            && fnv(&head_bytes[..m.prefix_len as usize]) == m.prefix
    });
    let mark = match found {
        Some(m) => FileMark { name: src.name.clone(), ..m.clone() },
        None => FileMark {
            head,
            prefix: fnv(&head_bytes),
            prefix_len: head_bytes.len() as u64,
            name: src.name.clone(),
            consumed: 0,
            carry: None,
        },
    };
    // a file new to the store whose first lines are another's end is read from the line after them
    let start = if found.is_some() { mark.consumed } else { src.skip.bytes };
    let mut reader: Box<dyn Read + Send> = Box::new(io::Cursor::new(head_bytes).chain(reader));
    let skipped = io::copy(&mut (&mut reader).take(start), &mut io::sink())?;
    if skipped < start {
        return Err(io::Error::other(format!(
            "shorter ({skipped} bytes) than what was ingested from it before ({start} bytes): truncated or replaced? Not read"
        )));
    }
    Ok(Some(Opened { reader, decoded: opened.gzip || opened.decoded, mark, start }))
}

/// Counts the bytes read through it.
struct Counted<R> {
    inner: R,
    n: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n.fetch_add(k as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(k)
    }
}

/// Ingests `sources` (in reading order) into the store. On a store error nothing is written.
pub fn ingest(b: &mut dyn Backend, sources: &[Source], opts: Options) -> Result<IngestReport> {
    // what the last ingest left is read inside the transaction: no other writer can change it meanwhile
    b.begin()?;
    let restored = b.load().and_then(|saved| {
        let p = match &saved.pipeline {
            Some(s) => Pipeline::restore(opts, s)?,
            None => Pipeline::new(opts),
        };
        Ok((saved, p))
    });
    let (saved, mut p) = match restored {
        Ok(x) => x,
        Err(e) => {
            b.abort();
            return Err(e);
        }
    };
    match run(b, &mut p, sources, &saved.files, saved.next_seq) {
        Ok((checkpoint, mut report, held)) => {
            // what is still open, and the held-back tail, as a run ending here would report them
            let mut sink = ToStore { b, seq: checkpoint.next_seq, provisional: true, written: 0, error: None };
            if let Some((src, reader, carry)) = held {
                p.run_part(&src, reader, Some(carry), &mut sink);
            }
            let run = p.finish(&mut sink);
            let (provisional, error) = (sink.written, sink.error);
            if let Some(e) = error {
                b.abort();
                return Err(e);
            }
            if !run.newest_first.is_empty() {
                // records made from lines in the wrong order would stay in the store, and every later
                // question would get them without a word: none is kept
                b.abort();
                return Err(StoreError(format!(
                    "{}: the lines run newest first (an export sorted by time, newest first?): nothing was stored; ingest the log oldest first",
                    run.newest_first.join(", ")
                )));
            }
            if let Err(e) = b.commit(&checkpoint) {
                b.abort();
                return Err(e);
            }
            report.run = run;
            report.provisional = provisional;
            Ok(report)
        }
        Err(e) => {
            b.abort();
            Err(e)
        }
    }
}

type Held = (Source, Box<dyn Read + Send>, SourceCarry);

/// Reads the new part of every source into the store; returns the checkpoint (taken before the held
/// tail), the report so far and the held tail.
fn run(
    b: &mut dyn Backend,
    p: &mut Pipeline,
    sources: &[Source],
    known: &[FileMark],
    next_seq: u64,
) -> Result<(Checkpoint, IngestReport, Option<Held>)> {
    let mut report = IngestReport::default();
    let mut marks = Vec::new();
    let mut held = None;
    let mut sink = ToStore { b, seq: next_seq, provisional: false, written: 0, error: None };
    let mut errors = Vec::new();
    for (i, src) in sources.iter().enumerate() {
        let last = i + 1 == sources.len();
        let opened = match open_source(src, known) {
            Ok(Some(o)) => o,
            Ok(None) => {
                report.unchanged.push(src.name.clone());
                continue;
            }
            Err(e) => {
                errors.push(input::InputError { source: src.name.clone(), message: input::io_message(&e) });
                continue;
            }
        };
        // the last entry of the last plain file stays out of the saved position (read again from the
        // file at its position: not for a file decoded on the way)
        let limit = match (&src.kind, last && !opened.decoded) {
            (SourceKind::File(path), true) => Some(
                last_entry_start(path).map_err(|e| StoreError(format!("{}: {}", src.name, input::io_message(&e))))?,
            ),
            _ => None,
        };
        let Opened { reader, mark, start, .. } = opened;
        let n = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let (body, tail): (Box<dyn Read + Send>, Option<Box<dyn Read + Send>>) = match (limit, &src.kind) {
            (Some(limit), SourceKind::File(path)) => {
                // the held tail, read again from the file after the body
                let f = std::fs::File::open(path)
                    .and_then(|mut f| {
                        f.seek(SeekFrom::Start(limit.max(start)))?;
                        Ok(f)
                    })
                    .map_err(|e| StoreError(format!("{}: {}", src.name, input::io_message(&e))))?;
                let tail: Box<dyn Read + Send> = Box::new(io::BufReader::new(f));
                (Box::new(reader.take(limit.saturating_sub(start))), Some(tail))
            }
            _ => (reader, None),
        };
        // nothing new (a file read before, not grown): not read again, and no "empty input" note
        let mut body = io::BufReader::with_capacity(1 << 16, Counted { inner: body, n: n.clone() });
        let new = match io::BufRead::fill_buf(&mut body) {
            Ok(b) => !b.is_empty(),
            Err(e) => {
                // unreadable from here (a corrupt gzip): said, the others still read, its position kept
                errors.push(input::InputError { source: src.name.clone(), message: input::io_message(&e) });
                continue;
            }
        };
        let carry = match mark.carry {
            Some(c) if !new => c,
            carry => p.run_part(src, Box::new(body), carry, &mut sink),
        };
        if let Some(e) = sink.error.take() {
            return Err(e);
        }
        let read = n.load(std::sync::atomic::Ordering::Relaxed);
        if read == 0 {
            report.unchanged.push(src.name.clone());
        } else {
            report.read.push((src.name.clone(), read));
        }
        marks.push(FileMark { consumed: start + read, carry: Some(carry), ..mark });
        if let Some(tail) = tail {
            held = Some((src.clone(), tail, carry));
        }
    }
    p.add_errors(errors, Vec::new());
    // the files not read this time stay known as they were
    let same = |a: &FileMark, b: &FileMark| (a.head, a.prefix, a.prefix_len) == (b.head, b.prefix, b.prefix_len);
    let unread: Vec<FileMark> = known.iter().filter(|k| !marks.iter().any(|m| same(m, k))).cloned().collect();
    marks.extend(unread);
    let pipeline = p.save()?;
    report.records = sink.written;
    Ok((Checkpoint { pipeline: Some(pipeline), next_seq: sink.seq, files: marks }, report, held))
}
