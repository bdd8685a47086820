//! Following a log as it is written (`esa-tls follow`): a file, or a log folder, read as one
//! endless stream with `tail -F` semantics.
//!
//! - The current file is read from its beginning, so the state of open connections is known.
//! - Rotation by rename (the appliance's `.c` renamed to `.s` and a new `.c`; `.current`;
//!   logrotate's `maillog` → `maillog.1` and a new `maillog`): the old file is read to its end, then
//!   the new one from its start. Files are told apart by device and inode, so a renamed file is never
//!   read twice.
//! - `copytruncate` (the file truncated in place after a copy): what was written between the last
//!   read and the truncation is read from the copy (`maillog.1`, `maillog-DATE`), then the file
//!   again from its start: no line missed.
//! - Files that arrive in a folder (pushed by FTP or SCP, `.s` or `.gz`): read once, whole, when their
//!   size has not changed for [`SETTLE`], in rotation order. (A size merely equal at two polls, a
//!   few milliseconds apart, let a loaded machine read a pushed `.gz` half written, and the rest of
//!   it was lost.)
//!
//! When nothing new has come for a poll interval, a read fails with `TimedOut`: the chunk reader
//! hands on the lines it has (see [`super::ChunkReader`]), so records flow as the log is written.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, Read, Seek, SeekFrom};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long a pushed file's size must stay the same before it is read: an upload that stalls for
/// less is not taken for finished.
pub const SETTLE: Duration = Duration::from_secs(1);

/// A file's identity: device and inode.
type Id = (u64, u64);

fn id_of(m: &std::fs::Metadata) -> Id {
    (m.dev(), m.ino())
}

/// What is followed.
#[derive(Debug, Clone)]
enum Target {
    File(PathBuf),
    Folder(PathBuf),
}

/// A name the writer keeps writing to: the appliance's `.c` and `.current`, logrotate's live name.
fn live_name(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    match super::rotation_name(&name) {
        Some((_, current)) => current,
        None => super::logrotate_name(&name) == Some(u64::MAX),
    }
}

/// The file being read.
struct Cur {
    path: PathBuf,
    id: Id,
    reader: Box<dyn Read + Send>,
    offset: u64,
    /// A gzip file, or a rotated copy: read to its end once, never waited on.
    finite: bool,
}

/// A followed file or folder as one byte stream (see the module documentation).
pub struct Follow {
    target: Target,
    poll: Duration,
    stop: Arc<AtomicBool>,
    cur: Option<Cur>,
    /// Files read to their end (folder mode), and the sizes of files not read yet, each with the
    /// moment it was first seen at that size (our clock, not the file's mtime: a pushed file's mtime
    /// comes from another machine's clock, or from `scp -p`).
    done: HashSet<Id>,
    sizes: HashMap<Id, (u64, std::time::Instant)>,
    /// Files to read next, with the offset to start at and whether they are finite (a copy after
    /// `copytruncate`, then the live file again).
    queue: VecDeque<(PathBuf, u64, bool)>,
    /// The last byte handed out was a newline (a file switch adds one otherwise).
    at_line_start: bool,
    started: bool,
    /// Notes for the run (rotations, truncations, late files).
    pub notes: Arc<Mutex<Vec<String>>>,
    /// Bytes handed out.
    pub bytes: Arc<AtomicU64>,
}

impl Follow {
    /// Follows `path` (a file or a folder); reading ends once `stop` is set.
    pub fn new(path: &Path, poll: Duration, stop: Arc<AtomicBool>) -> io::Result<Follow> {
        let target = if std::fs::metadata(path)?.is_dir() {
            Target::Folder(path.to_path_buf())
        } else {
            Target::File(path.to_path_buf())
        };
        Ok(Follow {
            target,
            poll,
            stop,
            cur: None,
            done: HashSet::new(),
            sizes: HashMap::new(),
            queue: VecDeque::new(),
            at_line_start: true,
            started: false,
            notes: Arc::new(Mutex::new(Vec::new())),
            bytes: Arc::new(AtomicU64::new(0)),
        })
    }

    fn note(&self, n: String) {
        if let Ok(mut v) = self.notes.lock() {
            v.push(n);
        }
    }

    fn open(&self, path: &Path, offset: u64, finite: bool) -> io::Result<Cur> {
        let f = File::open(path)?;
        let id = id_of(&f.metadata()?);
        let mut br = io::BufReader::with_capacity(super::SNIFF_BYTES, f);
        let first = br.fill_buf()?;
        let (gzip, kind) = (super::gzip_magic(first), super::text_kind(first));
        if gzip || kind.is_some() {
            // read once from the start, never waited on: a gzip file, or an export (saved by a
            // Windows tool, from a search), which is no log being written, decoded on the way
            if let Some(kind) = kind {
                self.note(format!("{}: {kind}: read once to its end, not followed as it grows", path.display()));
            }
            return Ok(Cur {
                path: path.to_path_buf(),
                id,
                reader: super::text_stream(br, gzip),
                offset: 0,
                finite: true,
            });
        }
        let mut f = br.into_inner();
        f.seek(SeekFrom::Start(offset))?;
        Ok(Cur { path: path.to_path_buf(), id, reader: Box::new(f), offset, finite })
    }

    /// The live file of a folder: the newest in rotation order.
    fn folder_files(dir: &Path) -> Vec<PathBuf> {
        super::log_folder(dir, &mut Vec::new()).unwrap_or_default()
    }

    /// At the start: the file to read first. In a folder, older files are taken as read.
    fn start(&mut self) -> io::Result<Option<Cur>> {
        match self.target.clone() {
            Target::File(p) => match std::fs::metadata(&p) {
                Ok(_) => self.open(&p, 0, false).map(Some),
                Err(_) => Ok(None),
            },
            Target::Folder(d) => {
                let files = Self::folder_files(&d);
                let Some(last) = files.last() else { return Ok(None) };
                for f in &files[..files.len() - 1] {
                    if let Ok(m) = std::fs::metadata(f) {
                        self.done.insert(id_of(&m));
                    }
                }
                self.open(last, 0, super::is_gzip_file(last)).map(Some)
            }
        }
    }

    /// What to read once the current file has no more bytes now. `None`: wait.
    fn next(&mut self) -> io::Result<Option<Cur>> {
        if let Some((p, off, finite)) = self.queue.pop_front() {
            return self.open(&p, off, finite).map(Some);
        }
        let Some(cur) = &self.cur else { return self.start() };
        let cur_id = cur.id;
        let (cur_path, cur_offset, cur_finite) = (cur.path.clone(), cur.offset, cur.finite);
        match self.target.clone() {
            Target::File(p) => {
                let Ok(m) = std::fs::metadata(&p) else { return Ok(None) };
                if id_of(&m) != cur_id {
                    // renamed away and replaced: the old one was read to its end
                    self.note(format!("{}: rotated; reading the new file from its start", p.display()));
                    return self.open(&p, 0, false).map(Some);
                }
                if m.len() < cur_offset && !cur_finite {
                    return Ok(Some(self.truncated(&p, cur_offset)?));
                }
                Ok(None)
            }
            Target::Folder(d) => {
                let files = Self::folder_files(&d);
                // files not read yet, in rotation order, whose size has settled
                let mut fresh = Vec::new();
                for f in &files {
                    let Ok(m) = std::fs::metadata(f) else { continue };
                    let id = id_of(&m);
                    if id == cur_id || self.done.contains(&id) {
                        continue;
                    }
                    let now = std::time::Instant::now();
                    let seen = self.sizes.entry(id).or_insert((m.len(), now));
                    if seen.0 != m.len() {
                        *seen = (m.len(), now);
                    }
                    let settled = now.duration_since(seen.1) >= SETTLE;
                    fresh.push((f.clone(), id, settled));
                }
                if let Some((f, id, settled)) = fresh.first().cloned() {
                    // the file being written (`.c`, `.current`, `maillog`) is read as it grows; a
                    // file pushed whole, once its size has settled
                    let live = files.last() == Some(&f) && live_name(&f) && !super::is_gzip_file(&f);
                    if settled || live {
                        // the current file is finished (renamed, or a newer file has come)
                        self.done.insert(cur_id);
                        self.done.insert(id);
                        if files.iter().position(|x| *x == f) < files.iter().position(|x| *x == cur_path) {
                            self.note(format!(
                                "{}: arrived late (older than the file being read); read now",
                                f.display()
                            ));
                        }
                        return self.open(&f, 0, !live).map(Some);
                    }
                    return Ok(None);
                }
                // the same file: truncated in place?
                if let Ok(m) = std::fs::metadata(&cur_path) {
                    if id_of(&m) == cur_id && m.len() < cur_offset && !cur_finite {
                        return Ok(Some(self.truncated(&cur_path, cur_offset)?));
                    }
                }
                Ok(None)
            }
        }
    }

    /// `path` was truncated in place after `offset` bytes were read: read the rest from its copy (the
    /// file beside it that starts with the same bytes and is at least that long), then the file
    /// again from its start.
    fn truncated(&mut self, path: &Path, offset: u64) -> io::Result<Cur> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut copies: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(dir)?
            .flatten()
            .filter(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                n != name && n.starts_with(&name) && !n.ends_with(".gz")
            })
            .filter_map(|e| {
                let m = e.metadata().ok()?;
                let modified = m.modified().ok()?;
                (m.len() >= offset).then(|| (modified, e.path()))
            })
            .collect();
        copies.sort();
        match copies.pop() {
            Some((_, copy)) => {
                self.note(format!(
                    "{}: truncated in place (copytruncate); the lines after byte {offset} are read from {}",
                    path.display(),
                    copy.display()
                ));
                self.queue.push_back((path.to_path_buf(), 0, false));
                self.open(&copy, offset, true)
            }
            None => {
                self.note(format!(
                    "{}: truncated in place, and no copy of it was found: lines written after byte {offset} before the truncation may be missing",
                    path.display()
                ));
                self.open(path, 0, false)
            }
        }
    }
}

impl Read for Follow {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return Ok(0);
            }
            if !self.started {
                self.started = true;
                self.cur = self.start()?;
            }
            if let Some(cur) = &mut self.cur {
                let n = cur.reader.read(buf)?;
                if n > 0 {
                    cur.offset += n as u64;
                    self.at_line_start = buf[n - 1] == b'\n';
                    self.bytes.fetch_add(n as u64, Ordering::Relaxed);
                    return Ok(n);
                }
            }
            match self.next()? {
                Some(c) => {
                    self.cur = Some(c);
                    if !self.at_line_start {
                        // the file switch ends the line: the next file starts a line of its own
                        self.at_line_start = true;
                        buf[0] = b'\n';
                        return Ok(1);
                    }
                }
                None => {
                    std::thread::sleep(self.poll);
                    return Err(io::Error::new(io::ErrorKind::TimedOut, "no new lines"));
                }
            }
        }
    }
}
