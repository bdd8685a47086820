//! Stage 1: sources → chunks of whole lines, cut only where a new entry starts.
//!
//! A source is a plain file, a gzip file (any number of members), stdin, or, expanded from a
//! directory, the files of an ESA log subscription folder in rotation order. UTF-16 text (with a
//! byte order mark) is decoded to UTF-8 on the way ([`utf16`]), and a search export (CSV, JSON)
//! gives its raw-line field ([`export`]).

mod copies;
pub mod export;
pub mod follow;
pub mod mapped;
mod overlaps;
pub mod syslog;
pub mod utf16;

use crate::parse::parse_header;
use flate2::read::MultiGzDecoder;
use mapped::MappedFile;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::Arc;

/// Where lines come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    File(PathBuf),
    Stdin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Name used in messages: the path as given, or `-`.
    pub name: String,
    pub kind: SourceKind,
    /// Appliance of the lines without a syslog hostname (`--appliance NAME=PATH`).
    pub appliance: Option<String>,
    /// The appliance folder the file was found in, when a folder of appliance folders was named
    /// (`DIR/<appliance>/…`): the appliance of its lines without a syslog hostname when no file
    /// header names a serial number, so that two appliances' files are never one appliance's.
    pub folder: Option<String>,
    /// The beginning of the file left unread: the end of another file named (overlapping exports,
    /// see [`overlaps`]). Its lines are numbered, and its bytes placed, as in the whole file.
    pub skip: Skip,
}

/// The first bytes of a file, whole lines, that are not read (see [`Source::skip`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skip {
    pub bytes: u64,
    pub lines: u64,
}

impl Source {
    pub fn file(p: impl Into<PathBuf>) -> Self {
        let p = p.into();
        Source {
            name: p.display().to_string(),
            kind: SourceKind::File(p),
            appliance: None,
            folder: None,
            skip: Skip::default(),
        }
    }
    pub fn stdin() -> Self {
        Source { name: "-".into(), kind: SourceKind::Stdin, appliance: None, folder: None, skip: Skip::default() }
    }
}

/// An input that could not be used (the rest are still processed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub source: String,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

/// Turns command-line paths into sources: a directory becomes its log files in rotation order.
/// Problems are returned as errors (missing paths) and notes (skipped files).
///
/// Each path is one group (a file, or a folder's set); the groups are read in the time order of their
/// first timestamp, not in argument order (groups whose time cannot be read keep their place). A file
/// named twice, or named and inside a folder also named, is read once; so is a file whose bytes are
/// another's or their beginning (a copy: [`copies`]). `appliances` names the
/// appliance of the files at or below a path (`--appliance NAME=PATH`).
pub fn expand(
    paths: &[PathBuf],
    appliances: &[(String, PathBuf)],
    errors: &mut Vec<InputError>,
    notes: &mut Vec<String>,
) -> Vec<Source> {
    let mapped = canonical_appliances(appliances);
    let mut groups: Vec<Vec<Source>> = Vec::new();
    let mut seen: std::collections::HashMap<PathBuf, String> = std::collections::HashMap::new();
    let mut stdin_seen = false;
    for p in paths {
        if p.as_os_str() == "-" {
            if stdin_seen {
                notes.push("- (stdin) is named more than once: read once".into());
            } else {
                stdin_seen = true;
                groups.push(vec![Source::stdin()]);
            }
            continue;
        }
        let sets = match std::fs::metadata(p) {
            Err(e) => {
                errors.push(InputError { source: p.display().to_string(), message: io_message(&e) });
                continue;
            }
            Ok(m) if m.is_dir() => match folder_sets(p, notes) {
                Ok(sets) => {
                    if sets.is_empty() {
                        errors.push(InputError { source: p.display().to_string(), message: "directory holds no mail log files (ESA names <name>.@<YYYYMMDDTHHMMSS>.s|.c, <name>.current; logrotate names such as maillog, maillog.1, maillog.2.gz, maillog-20260314.gz; optionally .gz), nor folders of them".into() });
                    }
                    sets
                }
                Err(e) => {
                    errors.push(InputError { source: p.display().to_string(), message: io_message(&e) });
                    continue;
                }
            },
            Ok(_) => vec![(None, vec![p.clone()])],
        };
        for (folder, files) in sets {
            let mut group = Vec::new();
            for f in files {
                let canonical = std::fs::canonicalize(&f).unwrap_or_else(|_| f.clone());
                let name = f.display().to_string();
                if let Some(first) = seen.get(&canonical) {
                    notes.push(format!("{name}: the same file as {first}, already named: read once"));
                    continue;
                }
                seen.insert(canonical.clone(), name);
                let mut src = Source::file(f);
                src.appliance = appliance_for(&canonical, &mapped);
                src.folder = folder.clone();
                group.push(src);
            }
            if !group.is_empty() {
                groups.push(group);
            }
        }
    }
    copies::drop_copies(&mut groups, notes);
    groups.retain(|g| !g.is_empty());
    order_groups(&mut groups, notes);
    overlaps::trim_overlaps(&mut groups, notes);
    groups.into_iter().flatten().collect()
}

/// `--appliance NAME=PATH` pairs with their paths made canonical.
pub fn canonical_appliances(appliances: &[(String, PathBuf)]) -> Vec<(String, PathBuf)> {
    appliances.iter().map(|(n, p)| (n.clone(), std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))).collect()
}

/// The appliance named for a (canonical) path: the pair with the longest path at or above it.
pub fn appliance_for(path: &Path, mapped: &[(String, PathBuf)]) -> Option<String> {
    mapped.iter().filter(|(_, m)| path.starts_with(m)).max_by_key(|(_, m)| m.as_os_str().len()).map(|(n, _)| n.clone())
}

/// Puts groups whose first timestamp is known into time order, in the places those groups hold (the
/// others stay where they were named), with a note when that changed the order.
fn order_groups(groups: &mut [Vec<Source>], notes: &mut Vec<String>) {
    if groups.len() < 2 {
        return;
    }
    let times: Vec<Option<CivilTime>> = groups
        .iter()
        .map(|g| match &g.first()?.kind {
            SourceKind::File(p) => first_line_time(p),
            SourceKind::Stdin => None,
        })
        .collect();
    let slots: Vec<usize> = (0..groups.len()).filter(|&i| times[i].is_some()).collect();
    let mut sorted = slots.clone();
    sorted.sort_by_key(|&i| times[i]);
    if sorted == slots {
        return;
    }
    let taken: Vec<Vec<Source>> = sorted.iter().map(|&i| std::mem::take(&mut groups[i])).collect();
    for (slot, g) in slots.iter().zip(taken) {
        groups[*slot] = g;
    }
    let names: Vec<&str> = groups.iter().filter_map(|g| g.first()).map(|s| s.name.as_str()).collect();
    notes.push(format!(
        "inputs read in the time order of their first line, not in the order named: {}",
        names.join(", ")
    ));
}

pub(crate) fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    // "No such file or directory (os error 2)" → drop the errno suffix
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Rotation key of a file name: `(timestamp, is_current)`; `None` if the name is not an ESA log name.
fn rotation_name(name: &str) -> Option<(Option<u64>, bool)> {
    let base = name.strip_suffix(".gz").unwrap_or(name);
    if base.ends_with(".current") && base.len() > ".current".len() {
        return Some((None, true));
    }
    let (stem, ext) = base.rsplit_once('.')?;
    if ext != "s" && ext != "c" {
        return None;
    }
    let (_, stamp) = stem.rsplit_once(".@")?;
    // YYYYMMDDTHHMMSS, but accept any all-digit stamp (real samples use e.g. `@123456789`)
    let digits: String = stamp.chars().filter(|c| *c != 'T').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 19 {
        return None;
    }
    Some((digits.parse().ok(), ext == "c"))
}

/// Year, month, day, hour, minute, second as written.
type CivilTime = (i32, u8, u8, u8, u8, u8);

/// Wall-clock seconds of the first timestamp (with a year) in a log file.
pub fn first_time(path: &Path) -> Option<i64> {
    let (y, mo, d, h, mi, s) = first_line_time(path)?;
    crate::time::local_seconds(y as i64, mo as u32, d as u32, h as u32, mi as u32, s as u32)
}

fn first_line_time(path: &Path) -> Option<CivilTime> {
    let mut r = open_reader(path).ok()?;
    let mut line = Vec::new();
    for _ in 0..50 {
        line.clear();
        if r.read_until(b'\n', &mut line).ok()? == 0 {
            return None;
        }
        if let Some(h) = parse_header(&line) {
            if let Some(t) = h.time {
                if let Some(y) = t.year() {
                    return Some((y, t.month(), t.day(), t.hour(), t.minute(), t.second()));
                }
            }
        }
    }
    None
}

/// A logrotate name (`maillog`, `maillog.1`, `maillog.2.gz`, `maillog-20260314.gz`, `mail.log`):
/// a name order to fall back on when the first line tells no time (higher numbers are older; the
/// live file, without a suffix, is the newest). Only names that say `log` or `mail`.
fn logrotate_name(name: &str) -> Option<u64> {
    let base = name.strip_suffix(".gz").unwrap_or(name);
    let log_like = |s: &str| {
        let l = s.to_ascii_lowercase();
        !l.starts_with('.') && (l.contains("log") || l.contains("mail"))
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if let Some((stem, n)) = base.rsplit_once('.') {
        if all_digits(n) && n.len() <= 4 && log_like(stem) {
            return Some(u64::MAX - 1 - n.parse::<u64>().ok()?);
        }
    }
    if let Some((stem, d)) = base.rsplit_once('-') {
        if all_digits(d) && (8..=14).contains(&d.len()) && log_like(stem) {
            // 20260314 and 2026031423 compare alike when padded to the same length
            let padded = format!("{d:0<14}");
            return padded.parse().ok();
        }
    }
    log_like(base).then_some(u64::MAX)
}

/// The sets of log files a folder given as input holds, each oldest first: the folder's own (an
/// appliance's subscription folder, a log server's logrotate folder), or, when it has none at its
/// top, those of each of its [`appliance_folders`], each set read as if it had been named, with the
/// folder's name (see [`Source::folder`]).
fn folder_sets(dir: &Path, notes: &mut Vec<String>) -> io::Result<Vec<(Option<String>, Vec<PathBuf>)>> {
    let mut own_notes = Vec::new();
    let files = log_folder(dir, &mut own_notes)?;
    if !files.is_empty() {
        notes.extend(own_notes);
        return Ok(vec![(None, files)]);
    }
    let subs = sub_sets(dir);
    // the folders read are not "skipped"
    let skipped =
        |n: &String| subs.iter().any(|s| *n == format!("{}: skipped (not a mail log file name)", s.0.display()));
    notes.extend(own_notes.into_iter().filter(|n| !skipped(n)));
    if !subs.is_empty() {
        let dirs: Vec<PathBuf> = subs.iter().map(|s| s.0.clone()).collect();
        notes.push(format!(
            "{}: no log file at its top; its folders {} are read, each as one appliance's log folder",
            dir.display(),
            folder_names(&dirs)
        ));
    }
    Ok(subs
        .into_iter()
        .map(|(sub, files, sub_notes)| {
            notes.extend(sub_notes);
            (folder_name(&sub), files)
        })
        .collect())
}

/// A folder's own name, as an appliance's name.
pub fn folder_name(dir: &Path) -> Option<String> {
    dir.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// The folders in `dir` that hold log files, in name order, each with its files (oldest first)
/// and the notes of reading it.
fn sub_sets(dir: &Path) -> Vec<(PathBuf, Vec<PathBuf>, Vec<String>)> {
    let mut subs: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    subs.retain(|p| std::fs::metadata(p).is_ok_and(|m| m.is_dir()));
    subs.sort();
    subs.into_iter()
        .filter_map(|sub| {
            let mut notes = Vec::new();
            let files = log_folder(&sub, &mut notes).ok().filter(|f| !f.is_empty())?;
            Some((sub, files, notes))
        })
        .collect()
}

/// The folders in `dir` that hold log files, when `dir` holds none at its top: one folder per
/// appliance or sender, as `listen --spool` and log servers write them (`DIR/<host>/…`). Empty
/// otherwise.
pub fn appliance_folders(dir: &Path) -> Vec<PathBuf> {
    if !std::fs::metadata(dir).is_ok_and(|m| m.is_dir())
        || log_folder(dir, &mut Vec::new()).is_ok_and(|f| !f.is_empty())
    {
        return Vec::new();
    }
    sub_sets(dir).into_iter().map(|s| s.0).collect()
}

/// `a, b, c`: the last component of each path.
pub fn folder_names(dirs: &[PathBuf]) -> String {
    dirs.iter()
        .map(|r| r.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The log files of a folder, oldest first: an ESA subscription folder, or a log server's folder
/// rotated by logrotate.
fn log_folder(dir: &Path, notes: &mut Vec<String>) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        let is_file = std::fs::metadata(&path).map(|m| m.is_file()).unwrap_or(false);
        let esa = rotation_name(&name);
        let rotated = if esa.is_none() { logrotate_name(&name) } else { None };
        match (esa, rotated) {
            (Some((stamp, current)), _) if is_file => files.push((stamp, current, None, path)),
            (None, Some(order)) if is_file => files.push((None, false, Some(order), path)),
            _ => notes.push(format!("{}: skipped (not a mail log file name)", path.display())),
        }
    }
    // ESA name stamps order their set; other files go by their first line's time, and by their name
    // (logrotate's numbers and dates) when the first line tells none.
    type Key = (u8, u64, (i32, u8, u8, u8, u8, u8), u64, bool);
    let mut keyed: Vec<(Key, PathBuf)> = files
        .into_iter()
        .map(|(stamp, current, order, path)| {
            let zero = (0, 0, 0, 0, 0, 0);
            let by_name = order.unwrap_or(0);
            let key = match stamp {
                Some(s) => (0, s, zero, 0, current),
                None => match first_line_time(&path) {
                    Some(t) => (1, 0, t, by_name, current),
                    None => (2, 0, zero, by_name, current),
                },
            };
            (key, path)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    Ok(keyed.into_iter().map(|(_, p)| p).collect())
}

/// Counts bytes read from the underlying (possibly compressed) stream, for error positions.
pub struct Counting<R> {
    inner: R,
    pub count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Whether bytes start like a gzip stream (its magic number).
fn gzip_magic(b: &[u8]) -> bool {
    b.starts_with(&[0x1f, 0x8b])
}

/// The error for a file compressed in a format that is not decoded (logrotate's `compresscmd`
/// set to xz, bzip2 or zstd; an archive saved on a desktop), told by its first bytes: read as
/// text it would be "binary" lines and a report without it.
fn unread_compression(b: &[u8]) -> Option<io::Error> {
    let (name, undo) = match b {
        [0xFD, b'7', b'z', b'X', b'Z', 0, ..] => ("xz", "xz -dk FILE"),
        [b'B', b'Z', b'h', b'1'..=b'9', ..] => ("bzip2", "bzip2 -dk FILE"),
        [0x28, 0xB5, 0x2F, 0xFD, ..] => ("zstd", "zstd -d FILE"),
        [0x04, 0x22, 0x4D, 0x18, ..] => ("lz4", "lz4 -d FILE"),
        [0x1F, 0x9D, ..] => ("compress (.Z)", "gzip -dk FILE"),
        [b'P', b'K', 3, 4, ..] | [b'P', b'K', 5, 6, ..] => ("a zip archive", "unzip FILE"),
        [b'7', b'z', 0xBC, 0xAF, 0x27, 0x1C, ..] => ("a 7-Zip archive", "7z x FILE"),
        _ => return None,
    };
    let what = if name.starts_with('a') { format!("is {name}") } else { format!("is compressed with {name}") };
    Some(io::Error::other(format!(
        "{what}, which is not read (gzip is): nothing of it was read; decompress it first (`{undo}`) and give the log it holds"
    )))
}

/// Whether a path may be opened and read a first time to look at its start: a regular file. A named
/// pipe (`mkfifo`, or `<(zcat …)` in a shell, a `/dev/fd/N`) gives its bytes to one reader once:
/// a look would take them from the run.
fn can_peek(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// Whether a file starts like a gzip stream, from its first two bytes only (read errors, and
/// anything but a regular file: no; see [`can_peek`]).
pub fn is_gzip_file(path: &Path) -> bool {
    let mut magic = [0u8; 2];
    can_peek(path) && File::open(path).and_then(|mut f| f.read_exact(&mut magic)).is_ok() && gzip_magic(&magic)
}

/// The first bytes of a stream its kind is told from (a search export's header row at most).
pub const SNIFF_BYTES: usize = 64 * 1024;

/// What a text is, when its bytes are not the log's lines as they are: UTF-16 text (see
/// [`utf16`]), or a search export in CSV or JSON (see [`export`]), told by its first
/// [`SNIFF_BYTES`] at most. Such a text is read through [`decoded`], from its start, never at a
/// position.
pub fn text_kind(start: &[u8]) -> Option<&'static str> {
    if utf16::bom(start).is_some() {
        Some("UTF-16 text")
    } else {
        export::export_kind(start)
    }
}

/// A text as its log lines: UTF-16 decoded, a search export's raw field taken; anything else as it is.
pub fn decoded<R: Read>(r: R) -> export::Export<utf16::Utf16Sniff<R>> {
    export::Export::new(utf16::Utf16Sniff::new(r))
}

/// A stream's log lines, from its start: gzip decoded when `gzip` (its first bytes say so), then
/// [`decoded`].
pub fn text_stream<R: Read + Send + 'static>(r: R, gzip: bool) -> Box<dyn Read + Send> {
    if gzip {
        Box::new(decoded(MultiGzDecoder::new(r)))
    } else {
        Box::new(decoded(r))
    }
}

/// A regular file opened to look at its start (see [`can_peek`]).
fn open_reader(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    if !can_peek(path) {
        return Err(io::Error::other("not a regular file: read once, by the run"));
    }
    let f = File::open(path)?;
    let mut br = BufReader::with_capacity(256 * 1024, f);
    let gz = gzip_magic(br.fill_buf()?);
    Ok(Box::new(BufReader::new(text_stream(br, gz))))
}

/// The bytes of an open source.
pub enum Input {
    /// A plain file mapped into memory, cut into chunks in place from the offset given (see
    /// [`Source::skip`]); the counter follows the bytes handed out.
    Mapped(Arc<MappedFile>, Arc<AtomicU64>, usize),
    /// Read through `Read` (a file, stdin, or a gzip stream decoded on the way).
    Stream(Box<dyn Read + Send>),
    /// A stream already being cut into chunks on another thread (a gzip file decoded ahead, while
    /// an earlier file of the set is read): each chunk with what [`ChunkReader::next_chunk`] said.
    Decoded(Receiver<(ChunkBuf, io::Result<bool>)>),
}

/// An open source: decoded bytes, plus how many raw bytes were consumed so far.
pub struct OpenSource {
    pub input: Input,
    pub raw_bytes: Arc<AtomicU64>,
    pub total_bytes: Option<u64>,
    pub gzip: bool,
    /// A plain file whose text is not its lines as they are (UTF-16, a CSV export: see
    /// [`text_kind`]), read through [`decoded`]: positions in what is read are not positions in the
    /// file. A gzip file holding such a text is decoded the same way.
    pub decoded: bool,
    /// A live stream (stdin from a pipe or socket, e.g. `tail -F … |`): what is read is handed on
    /// when the input goes idle, not only once a whole chunk has arrived.
    pub live: bool,
}

/// How long a live stream may be silent before the lines read so far are handed on.
pub const IDLE_FLUSH: std::time::Duration = std::time::Duration::from_millis(200);

/// Whether stdin is a pipe or a socket: a stream that may stay open and idle for long.
pub fn stdin_is_stream() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let Ok(fd) = io::stdin().as_fd().try_clone_to_owned() else { return false };
    File::from(fd).metadata().is_ok_and(|m| m.file_type().is_fifo() || m.file_type().is_socket())
}

/// Stdin read on a thread of its own, so that a read can wait with a timeout: after the first data,
/// a read that finds nothing for [`IDLE_FLUSH`] fails with `TimedOut` (while `idle` is set), and the
/// chunk reader hands on the whole lines it has. Memory stays bounded (a few blocks in flight).
struct LiveStdin {
    rx: Receiver<io::Result<Vec<u8>>>,
    block: Vec<u8>,
    pos: usize,
    started: bool,
    eof: bool,
    idle: Arc<std::sync::atomic::AtomicBool>,
}

impl LiveStdin {
    fn spawn(idle: Arc<std::sync::atomic::AtomicBool>) -> LiveStdin {
        let (tx, rx) = std::sync::mpsc::sync_channel(16);
        let _ = std::thread::Builder::new().name("esa-tls-stdin".into()).spawn(move || {
            let mut stdin = io::stdin();
            loop {
                let mut block = vec![0u8; 64 * 1024];
                match stdin.read(&mut block) {
                    Ok(0) => return,
                    Ok(n) => {
                        block.truncate(n);
                        if tx.send(Ok(block)).is_err() {
                            return;
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return;
                    }
                }
            }
        });
        LiveStdin { rx, block: Vec::new(), pos: 0, started: false, eof: false, idle }
    }
}

impl Read for LiveStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos == self.block.len() {
            if self.eof {
                return Ok(0);
            }
            let next = if self.started && self.idle.load(Ordering::Relaxed) {
                match self.rx.recv_timeout(IDLE_FLUSH) {
                    Ok(m) => Some(m),
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                        return Err(io::Error::new(io::ErrorKind::TimedOut, "input idle"))
                    }
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => None,
                }
            } else {
                self.rx.recv().ok()
            };
            match next {
                None => {
                    self.eof = true;
                    return Ok(0);
                }
                Some(Err(e)) => {
                    self.eof = true;
                    return Err(e);
                }
                Some(Ok(block)) => {
                    self.started = true;
                    self.block = block;
                    self.pos = 0;
                }
            }
        }
        let n = buf.len().min(self.block.len() - self.pos);
        buf[..n].copy_from_slice(&self.block[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Opens a source, detecting gzip by its magic bytes, to be read with `read`.
pub fn open(src: &Source) -> io::Result<OpenSource> {
    open_with(src, false)
}

/// [`open`], mapping a plain regular file into memory when `map` is set (see [`mapped`]).
pub fn open_with(src: &Source, map: bool) -> io::Result<OpenSource> {
    let count = Arc::new(AtomicU64::new(0));
    let idle = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let live = matches!(src.kind, SourceKind::Stdin) && stdin_is_stream();
    let (raw, total): (Box<dyn Read + Send>, Option<u64>) = match &src.kind {
        SourceKind::Stdin if live => (Box::new(LiveStdin::spawn(idle.clone())), None),
        SourceKind::Stdin => (Box::new(io::stdin()), None),
        SourceKind::File(p) => {
            let f = File::open(p)?;
            let meta = f.metadata()?;
            if meta.is_dir() {
                return Err(io::Error::other("is a directory"));
            }
            if let Some(m) = map.then(|| f.try_clone().ok().and_then(MappedFile::new)).flatten() {
                if let Some(e) = unread_compression(&m) {
                    return Err(e);
                }
                // gzip and texts to decode are decoded on the way (below), not read in place
                if !gzip_magic(&m) && text_kind(&m).is_none() {
                    let total = Some(m.len() as u64);
                    let start = usize::try_from(src.skip.bytes).unwrap_or(usize::MAX).min(m.len());
                    count.store(start as u64, Ordering::Relaxed);
                    let input = Input::Mapped(Arc::new(m), count.clone(), start);
                    return Ok(OpenSource {
                        input,
                        raw_bytes: count,
                        total_bytes: total,
                        gzip: false,
                        decoded: false,
                        live: false,
                    });
                }
            }
            let mut f = f;
            if src.skip.bytes > 0 {
                // only a plain file is given a skip (see `overlaps`): its bytes are read in place
                io::Seek::seek(&mut f, io::SeekFrom::Start(src.skip.bytes))?;
                count.store(src.skip.bytes, Ordering::Relaxed);
            }
            (Box::new(f), Some(meta.len()))
        }
    };
    let mut br = BufReader::with_capacity(256 * 1024, Counting { inner: raw, count: count.clone() });
    let first =
        br.fill_buf().map_err(|e| io::Error::new(e.kind(), format!("read error at byte 0: {}", io_message(&e))))?;
    if let Some(e) = unread_compression(first) {
        return Err(e);
    }
    let (gzip, decoded_text) = (gzip_magic(first), text_kind(first).is_some());
    // a gzip stream is decoded whole: no idle hand-over inside it
    let live = live && !gzip;
    idle.store(live, Ordering::Relaxed);
    Ok(OpenSource {
        input: Input::Stream(text_stream(br, gzip)),
        raw_bytes: count,
        total_bytes: total,
        gzip,
        decoded: decoded_text,
        live,
    })
}

/// Chunks of a source, whichever way it is read.
pub enum Chunks {
    Mapped(MappedChunks),
    Stream(ChunkReader<Box<dyn Read + Send>>),
    Decoded(Receiver<(ChunkBuf, io::Result<bool>)>),
}

impl Chunks {
    pub fn new(input: Input, chunk_size: usize) -> Self {
        match input {
            Input::Mapped(file, count, start) => Chunks::Mapped(MappedChunks {
                file,
                count,
                pos: start,
                read_end: start,
                chunk_size: chunk_size.max(64),
                ended: false,
            }),
            Input::Stream(r) => Chunks::Stream(ChunkReader::new(r, chunk_size)),
            Input::Decoded(rx) => Chunks::Decoded(rx),
        }
    }

    /// The next chunk (see [`ChunkReader::next_chunk`]), read into `spare`. Returns the chunk,
    /// possibly empty, and whether input may follow it, or the error that ended the input after it.
    pub fn next_chunk(
        &mut self,
        mut spare: ChunkBuf,
        boundary: impl Fn(&[u8]) -> bool,
    ) -> (ChunkBuf, io::Result<bool>) {
        match self {
            Chunks::Mapped(m) => {
                let res = m.next_chunk(&mut spare, boundary);
                (spare, res)
            }
            Chunks::Stream(r) => {
                let res = r.next_chunk(&mut spare, boundary);
                (spare, res)
            }
            // the decoding thread ends after the last chunk or an error, so a closed channel is the end
            Chunks::Decoded(rx) => rx.recv().unwrap_or((spare, Ok(false))),
        }
    }
}

/// A mapped file cut into chunks in place, exactly where [`ChunkReader`] cuts the same bytes read
/// with `read` (the same windows, see [`window`]), so that the two ways of reading give the same
/// chunks.
pub struct MappedChunks {
    file: Arc<MappedFile>,
    count: Arc<AtomicU64>,
    /// Start of the next chunk.
    pos: usize,
    /// How far a [`ChunkReader`] would have read: the bytes from `pos` to here are its carry.
    read_end: usize,
    chunk_size: usize,
    ended: bool,
}

impl MappedChunks {
    fn next_chunk(&mut self, buf: &mut ChunkBuf, boundary: impl Fn(&[u8]) -> bool) -> io::Result<bool> {
        buf.clear();
        if self.ended {
            return Ok(false);
        }
        let file = self.file.clone();
        let mapped = file.len();
        // never a byte past the file's end as it is now: a page past it is gone (copytruncate)
        let now = match file.len_now() {
            Ok(n) => n,
            Err(e) => {
                self.ended = true;
                return Err(e);
            }
        };
        let limit = now.max(self.pos);
        let mut len = self.read_end.min(limit) - self.pos;
        loop {
            let want = window(self.chunk_size, len);
            let n = (want - len).min(limit - (self.pos + len));
            if n == 0 {
                // the end: what is left is the last chunk
                self.ended = true;
                self.hand_out(buf, len);
                if now < mapped {
                    return Err(io::Error::other(format!(
                        "the file was cut short while it was read ({mapped} bytes when opened, {now} now: rotated with copytruncate?); what followed is not read"
                    )));
                }
                return Ok(len > 0);
            }
            len += n;
            self.read_end = self.pos + len;
            if let Some(cut) = cut_window(&file[self.pos..self.pos + len], &boundary) {
                self.hand_out(buf, cut);
                return Ok(true);
            }
        }
    }

    /// Hands out the next `len` bytes as a chunk.
    fn hand_out(&mut self, buf: &mut ChunkBuf, len: usize) {
        buf.map = (len > 0).then(|| (self.file.clone(), self.pos, self.pos + len));
        self.pos += len;
        self.count.store(self.pos as u64, Ordering::Relaxed);
    }
}

/// Reads chunks of whole lines, cut only where the next line starts a new entry (as told by the
/// `boundary` predicate), so that each chunk can be parsed on its own.
pub struct ChunkReader<R> {
    inner: R,
    carry: Vec<u8>,
    chunk_size: usize,
    eof: bool,
    /// Decoded bytes handed out so far.
    pub offset: u64,
}

/// A line longer than this is cut (the pieces are then counted as lines of their own).
pub const MAX_LINE: usize = 16 * 1024 * 1024;

/// Lines a wrapped entry can span: a line this far after the last entry boundary cannot continue
/// anything, so input may be cut before it (see `parse::MAX_CONTINUATIONS`).
const UNJOINABLE_AFTER: usize = crate::parse::MAX_CONTINUATIONS as usize + 1;

/// How many bytes a chunk's window holds when `have` are in it and no cut was found yet: a chunk's
/// worth at first, then 64 KiB more at a time. [`ChunkReader`] and [`MappedChunks`] both grow their
/// windows so, which is what makes them cut a file at the same places.
fn window(chunk_size: usize, have: usize) -> usize {
    chunk_size.max(have + 64 * 1024)
}

/// Where to cut `buf` (whole lines only, `buf` ends with `\n`): the start of the last line that is an
/// entry boundary, or of the last line when the buffer holds a long run of non-boundary lines.
fn cut_point(buf: &[u8], boundary: &impl Fn(&[u8]) -> bool) -> Option<usize> {
    let body = &buf[..buf.len() - 1];
    let mut end = body.len();
    let mut lines_seen = 0usize;
    let mut last_start = None;
    // walk line starts backwards; the first line (start 0) is never a cut
    while let Some(nl) = memchr::memrchr(b'\n', &body[..end]) {
        let start = nl + 1;
        if boundary(&buf[start..end]) {
            return Some(start);
        }
        last_start.get_or_insert(start);
        lines_seen += 1;
        end = nl;
    }
    // no boundary after the first line: a cut is safe once the first line is far enough back
    if lines_seen >= UNJOINABLE_AFTER {
        return last_start;
    }
    None
}

/// Where to cut a buffer that does not reach the end of the source: before the last entry boundary,
/// or (a pathological line) at a fixed length. `None`: the buffer must grow.
fn cut_window(buf: &[u8], boundary: &impl Fn(&[u8]) -> bool) -> Option<usize> {
    let last_nl = memchr::memrchr(b'\n', buf);
    if let Some(cut) = last_nl.and_then(|i| cut_point(&buf[..=i], boundary)) {
        return Some(cut);
    }
    // a line this long is cut at a fixed length, so the pieces do not depend on reads
    (buf.len() >= MAX_LINE).then(|| last_nl.map_or(MAX_LINE, |i| i + 1))
}

impl<R: Read> ChunkReader<R> {
    pub fn new(inner: R, chunk_size: usize) -> Self {
        ChunkReader { inner, carry: Vec::new(), chunk_size: chunk_size.max(64), eof: false, offset: 0 }
    }

    /// Fills `buf` (cleared first) with the next whole lines. Returns `Ok(false)` at end of input.
    /// On a read error, `buf` holds the whole lines read before it (for the caller to process) and
    /// the error is returned; the reader then reports end of input.
    pub fn next_chunk(&mut self, buf: &mut ChunkBuf, boundary: impl Fn(&[u8]) -> bool) -> io::Result<bool> {
        buf.clear();
        buf.extend_from_slice(&self.carry);
        self.carry.clear();
        if self.eof {
            self.offset += buf.len() as u64;
            return Ok(!buf.is_empty());
        }
        loop {
            let start = buf.len();
            let want = window(self.chunk_size, start);
            let n = match read_full(&mut self.inner, buf.room(want)) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::TimedOut => {
                    // a live stream went idle: hand on the whole lines read so far (the next line
                    // might have continued the last entry; a live syslog stream does not wrap)
                    if let Some(i) = memchr::memrchr(b'\n', buf) {
                        self.carry.extend_from_slice(&buf[i + 1..]);
                        buf.truncate(i + 1);
                        self.offset += buf.len() as u64;
                        return Ok(true);
                    }
                    continue;
                }
                Err(e) => {
                    // keep only whole lines; the partial tail is lost with the error
                    buf.truncate(memchr::memrchr(b'\n', buf).map_or(0, |i| i + 1));
                    self.offset += buf.len() as u64;
                    self.eof = true;
                    return Err(e);
                }
            };
            buf.filled(n);
            if n == 0 {
                self.eof = true;
                self.offset += buf.len() as u64;
                return Ok(!buf.is_empty());
            }
            if let Some(cut) = cut_window(buf, &boundary) {
                self.carry.extend_from_slice(&buf[cut..]);
                buf.truncate(cut);
                self.offset += buf.len() as u64;
                return Ok(true);
            }
        }
    }
}

/// A buffer of input: `bytes[..len]` is the data. The bytes after it stay allocated *and
/// initialized*, so that refilling a recycled buffer does not zero it again first (which cost as
/// much as the kernel's copy into it).
#[derive(Debug, Default)]
pub struct ChunkBuf {
    bytes: Vec<u8>,
    len: usize,
    /// A range of a mapped file instead of `bytes` (see [`MappedChunks`]).
    map: Option<(Arc<MappedFile>, usize, usize)>,
}

impl From<Vec<u8>> for ChunkBuf {
    fn from(bytes: Vec<u8>) -> Self {
        ChunkBuf { len: bytes.len(), bytes, map: None }
    }
}

impl std::ops::Deref for ChunkBuf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match &self.map {
            Some((file, start, end)) => &file[*start..*end],
            None => &self.bytes[..self.len],
        }
    }
}

impl ChunkBuf {
    pub fn clear(&mut self) {
        self.len = 0;
        self.release_map();
    }

    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    /// Lets go of a range of a mapped file, and of its pages (see [`MappedFile::release`]); a
    /// buffer of its own keeps its bytes.
    pub fn release_map(&mut self) {
        if let Some((file, start, end)) = self.map.take() {
            file.release(start, end);
        }
    }

    /// `n` bytes were written into [`ChunkBuf::room`]: they are data now.
    fn filled(&mut self, n: usize) {
        self.len = (self.len + n).min(self.bytes.len());
    }

    fn extend_from_slice(&mut self, b: &[u8]) {
        let end = self.len + b.len();
        self.room(end).copy_from_slice(b);
        self.len = end;
    }

    /// The writable bytes after the data, up to `end` (grown and zeroed only when new).
    fn room(&mut self, end: usize) -> &mut [u8] {
        if self.bytes.len() < end {
            self.bytes.resize(end, 0);
        }
        &mut self.bytes[self.len..end]
    }
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                if n > 0 {
                    // hand out what we have; the error will come again on the next read
                    return Ok(n);
                }
                return Err(e);
            }
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_read_in_time_order_whatever_its_names_sort_to() {
        let d = crate::testutil::temp_dir("input");
        // names that sort a, b, c, d, current; stamps and first lines that say otherwise
        let line = |hh: u32| format!("Sun Mar 10 {hh:02}:00:00 2024 Info: ICID {hh} close\n");
        std::fs::write(d.join("a.@20240310T110000.s"), line(11)).unwrap();
        std::fs::write(d.join("b.@20240310T090000.s"), line(9)).unwrap();
        std::fs::write(d.join("c.@20240310T100000.s"), line(10)).unwrap();
        std::fs::write(d.join("mail.current"), line(12)).unwrap();
        std::fs::write(d.join("d.@20240310T080000.s"), line(8)).unwrap();
        let mut notes = Vec::new();
        let order: Vec<String> = log_folder(&d, &mut notes)
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            order,
            [
                "d.@20240310T080000.s",
                "b.@20240310T090000.s",
                "c.@20240310T100000.s",
                "a.@20240310T110000.s",
                "mail.current"
            ]
        );
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn logrotate_names() {
        let n = |s: &str| logrotate_name(s);
        assert!(n("maillog.2.gz") < n("maillog.1"), "higher numbers are older");
        assert!(n("maillog.1") < n("maillog"), "the live file is the newest");
        assert!(n("maillog-20260313.gz") < n("maillog-20260314.gz"));
        assert!(n("maillog-20260314") < n("maillog-2026031423"));
        assert!(n("mail.log").is_some() && n("esa.log.3").is_some());
        assert_eq!(n("README"), None);
        assert_eq!(n(".maillog.swp"), None);
    }

    #[test]
    fn rotation_names() {
        assert_eq!(rotation_name("mail_logs.@20240101T000000.s"), Some((Some(20240101000000), false)));
        assert_eq!(rotation_name("mail_logs.@20240101T000000.c"), Some((Some(20240101000000), true)));
        assert_eq!(rotation_name("mail_logs.@20240101T000000.s.gz"), Some((Some(20240101000000), false)));
        assert_eq!(rotation_name("mail_logs.@123456789.s"), Some((Some(123456789), false)));
        assert_eq!(rotation_name("mail.current"), Some((None, true)));
        assert_eq!(rotation_name("notes.txt"), None);
        assert_eq!(rotation_name("mail_logs.@abc.s"), None);
    }

    fn chunks(data: &[u8], size: usize) -> Vec<Vec<u8>> {
        let mut r = ChunkReader::new(data, size);
        // one buffer reused for every chunk: a shorter chunk after a longer one shows only its own bytes
        let mut buf = ChunkBuf::default();
        let mut out = Vec::new();
        while r.next_chunk(&mut buf, |l: &[u8]| l.starts_with(b"H")).unwrap() {
            out.push(buf.to_vec());
        }
        assert_eq!(out.concat(), data);
        assert_eq!(r.offset, data.len() as u64);
        out
    }

    #[test]
    fn chunks_are_cut_before_boundaries_only() {
        let mut data = Vec::new();
        for i in 0..5000 {
            data.extend_from_slice(format!("H line {i}\ncontinued {i}\n").as_bytes());
        }
        data.extend_from_slice(b"Hlast without newline");
        for c in chunks(&data, 64) {
            assert!(c.starts_with(b"H"), "{}", String::from_utf8_lossy(&c[..20]));
        }
    }

    /// The chunks of a file read through its map, and whether it ended with an error.
    fn mapped_chunks(path: &Path, size: usize) -> (Vec<Vec<u8>>, Option<String>) {
        let opened = open_with(&Source::file(path), true).unwrap();
        assert!(matches!(opened.input, Input::Mapped(..)), "a plain file is mapped");
        let mut chunks = Chunks::new(opened.input, size);
        let mut buf = ChunkBuf::default();
        let mut out = Vec::new();
        loop {
            let (data, res) = chunks.next_chunk(std::mem::take(&mut buf), |l: &[u8]| l.starts_with(b"H"));
            if !data.is_empty() {
                out.push(data.to_vec());
            }
            buf = data;
            match res {
                Ok(true) => {}
                Ok(false) => return (out, None),
                Err(e) => return (out, Some(e.to_string())),
            }
        }
    }

    #[test]
    fn a_mapped_file_is_cut_where_reading_it_cuts_it() {
        let d = crate::testutil::temp_dir("input");
        let mut next = crate::testutil::xorshift(0x51_7cc1_b727_220au64);
        for round in 0..24 {
            // entries with continuation lines, blank lines, runs without any boundary, a line longer
            // than a chunk, with or without a final newline
            let mut data = Vec::new();
            for i in 0..(next() % 3000) {
                match next() % 40 {
                    0 => data.extend_from_slice(b"\n"),
                    1 => data.extend(std::iter::repeat_n(b'x', (next() % 200_000) as usize)),
                    2 => (0..next() % 20).for_each(|k| data.extend_from_slice(format!("cont {k}\n").as_bytes())),
                    _ => data
                        .extend_from_slice(format!("H line {i} {}\n", "y".repeat((next() % 150) as usize)).as_bytes()),
                }
            }
            if round % 3 == 0 {
                data.extend_from_slice(b"Hlast without newline");
            }
            if data.is_empty() {
                continue;
            }
            let path = d.join(format!("mapped-{round}"));
            std::fs::write(&path, &data).unwrap();
            for size in [64, 4096, 65_536, 1 << 20] {
                let (mapped, err) = mapped_chunks(&path, size);
                assert_eq!(err, None);
                assert_eq!(mapped, chunks(&data, size), "round {round}, chunk size {size}");
            }
        }
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_mapped_file_cut_short_before_it_is_read_ends_with_an_error_after_the_lines_left() {
        let d = crate::testutil::temp_dir("input");
        let path = d.join("cut.current");
        let data: Vec<u8> = (0..20_000).flat_map(|i| format!("H line {i}\n").into_bytes()).collect();
        std::fs::write(&path, &data).unwrap();
        let opened = open_with(&Source::file(&path), true).unwrap();
        // copytruncate empties the live file after the run opened it, and the appliance writes on
        std::fs::write(&path, b"H new line 1\nH new line 2\n").unwrap();
        let mut chunks = Chunks::new(opened.input, 4096);
        let mut got = Vec::new();
        let mut buf = ChunkBuf::default();
        let err = loop {
            let (data, res) = chunks.next_chunk(std::mem::take(&mut buf), |l: &[u8]| l.starts_with(b"H"));
            got.extend_from_slice(&data);
            buf = data;
            match res {
                Ok(true) => {}
                Ok(false) => panic!("no error"),
                Err(e) => break e.to_string(),
            }
        };
        assert_eq!(got, b"H new line 1\nH new line 2\n", "the bytes the file still has, and no other");
        assert!(err.contains("cut short while it was read"), "{err}");
        assert!(err.contains(&format!("{} bytes when opened, 26 now", data.len())), "{err}");
        let (rest, res) = chunks.next_chunk(buf, |_: &[u8]| true);
        assert!(rest.is_empty() && matches!(res, Ok(false)), "nothing after the error");
        // cut below what was already handed out: the chunks read stay read, the error says so
        std::fs::write(&path, &data).unwrap();
        let opened = open_with(&Source::file(&path), true).unwrap();
        let mut chunks = Chunks::new(opened.input, 4096);
        let (first, res) = chunks.next_chunk(ChunkBuf::default(), |l: &[u8]| l.starts_with(b"H"));
        assert!(first.len() >= 4096 && matches!(res, Ok(true)));
        File::options().write(true).open(&path).unwrap().set_len(10).unwrap();
        let (rest, res) = chunks.next_chunk(first, |l: &[u8]| l.starts_with(b"H"));
        assert!(rest.is_empty());
        let err = res.unwrap_err().to_string();
        assert!(err.contains(&format!("{} bytes when opened, 10 now", data.len())), "{err}");
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn the_pages_of_a_parsed_chunk_go_when_it_is_recycled() {
        // a map keeps what it touched resident; each chunk gives its pages back once folded, so
        // reading a file does not make the process's resident memory the file's size
        let d = crate::testutil::temp_dir("input");
        let path = d.join("resident.log");
        let line = "Sun Mar 10 08:00:02 2024 Info: MID 500002 antivirus negative\n";
        std::fs::write(&path, line.repeat((24 << 20) / line.len())).unwrap();
        let opened = open_with(&Source::file(&path), true).unwrap();
        let Input::Mapped(file, _, _) = &opened.input else { panic!("mapped") };
        let file = file.clone();
        let mut chunks = Chunks::new(opened.input, 1 << 20);
        let (mut buf, mut spare, mut n) = (ChunkBuf::default(), Vec::new(), 0);
        loop {
            let (data, res) = chunks.next_chunk(buf, crate::parse::is_entry_boundary);
            let parsed = crate::parse::chunk::ParsedChunk::parse_into(data, spare, &[], &Default::default());
            n += parsed.borrow_dependent().items.len();
            (buf, spare) = parsed.recycle();
            if !matches!(res, Ok(true)) {
                break;
            }
        }
        assert!(n > 0);
        let kb = mapped::resident_kb(file.as_ptr() as usize);
        assert!(kb <= 2048, "{kb} kB of the 24 MiB read still resident");
        drop((chunks, buf, file));
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn gzip_and_empty_files_are_not_mapped() {
        let d = crate::testutil::temp_dir("input");
        let gz = d.join("a.gz");
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut e, b"H x\n").unwrap();
        std::fs::write(&gz, e.finish().unwrap()).unwrap();
        let opened = open_with(&Source::file(&gz), true).unwrap();
        assert!(opened.gzip && matches!(opened.input, Input::Stream(_)));
        let empty = d.join("empty");
        std::fs::write(&empty, b"").unwrap();
        assert!(matches!(open_with(&Source::file(&empty), true).unwrap().input, Input::Stream(_)));
        assert!(matches!(open_with(&Source::file(&gz), false).unwrap().input, Input::Stream(_)));
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn long_runs_without_boundaries_are_cut_once_unjoinable() {
        let data: Vec<u8> = (0..300_000).flat_map(|i| format!("x{i}\n").into_bytes()).collect();
        let cs = chunks(&data, 64 * 1024);
        assert!(cs.len() > 2, "cut into {} chunks", cs.len());
    }
}
