//! Overlapping files among those named: a file whose beginning is the end of a file read before it
//! (two exports of one log over overlapping time ranges, a log server's file fetched on Monday and
//! again, grown and cut at its start, on Friday), or whose whole log is a stretch of one read before
//! it (an export of an hour beside the day's file). Read as they are, the lines they share count
//! twice with no error, behind a note that the inputs go back in time. So the later file is read
//! from where the earlier one ends, its first lines skipped with their numbers kept
//! ([`Source::skip`]), or not at all when all of it is in the earlier one; with a note either way.
//! (A file that is another's beginning, or the same, is a copy: [`super::copies`].)
//!
//! Only plain files are looked at (what is read in place can be read from an offset), and only
//! when the later file's first time falls within the earlier one's times; a stretch of lines is
//! taken for shared only when it is byte for byte the same (a large one at windows, as copies are
//! compared) and holds at least [`MIN_LINES`] lines.

use super::copies::same_bytes;
use super::{gzip_magic, read_full, text_kind, Skip, Source, SourceKind, SNIFF_BYTES};
use crate::parse::parse_header;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Lines two files must share at least to be taken for overlapping: identical single lines in two
/// different logs (a file header's line written in the same second) are no overlap.
const MIN_LINES: u64 = 2;
/// The bytes at a file's end read for its last time.
const TAIL: u64 = 64 * 1024;
/// Places in the earlier file where the later one's first line stands that are compared at most.
const MAX_TRIES: usize = 16;
/// Bytes read at a time while looking for the later file's first line.
const BLOCK: usize = 256 << 10;
/// How far before the place the times point to the search starts: lines of one second out of
/// order, the lines without a time between. The search ends after the block where the earlier
/// file's lines pass the later one's first time: two appliances' logs of the same hours cost a
/// few reads of a block, not a reading of the whole file.
const SLACK: u64 = 256 << 10;

/// A line's time as written (a year-less syslog time has year 0), comparable within a log.
type Stamp = (i32, u8, u8, u8, u8, u8);

/// A plain file looked at.
struct Plain {
    path: PathBuf,
    len: u64,
    /// Its first [`SNIFF_BYTES`].
    head: Vec<u8>,
}

impl Plain {
    fn new(src: &Source) -> Option<Self> {
        let SourceKind::File(path) = &src.kind else { return None };
        // never opened unless a regular file: a named pipe gives its bytes once, to the run
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() {
            return None;
        }
        let mut f = File::open(path).ok()?;
        let mut head = vec![0; SNIFF_BYTES];
        let n = read_full(&mut f, &mut head).ok()?;
        head.truncate(n);
        (n > 0 && !gzip_magic(&head) && text_kind(&head).is_none()).then(|| Plain {
            path: path.clone(),
            len: meta.len(),
            head,
        })
    }

    /// Its first line, with its newline, and that line's time.
    fn first_line(&self) -> Option<(&[u8], Stamp)> {
        let end = memchr::memchr(b'\n', &self.head)?;
        let line = &self.head[..=end];
        Some((line, stamp(line)?))
    }

    /// The time of its first line that has one.
    fn first_time(&self) -> Option<Stamp> {
        self.head.split(|&c| c == b'\n').find_map(stamp)
    }

    /// A place before the first of its lines whose time is `t` or later (by a binary search on
    /// the times of its lines, which a log writes in order), [`SLACK`] earlier; 0 when unsure.
    fn before_time(&self, t: Stamp) -> u64 {
        let (mut lo, mut hi) = (0, self.len);
        while hi - lo > SLACK {
            let mid = lo + (hi - lo) / 2;
            // the first whole line after `mid` that has a time
            let time = read_at(&self.path, mid, 16 << 10).and_then(|b| {
                let i = memchr::memchr(b'\n', &b)?;
                b[i + 1..].split(|&c| c == b'\n').find_map(stamp)
            });
            match time {
                Some(m) if m < t => lo = mid,
                _ => hi = mid,
            }
        }
        lo.saturating_sub(SLACK)
    }

    /// The time of its last line that has one.
    fn last_time(&self) -> Option<Stamp> {
        let at = self.len.saturating_sub(TAIL);
        let tail = read_at(&self.path, at, TAIL as usize)?;
        // the first piece may be a line's end, whose "time" would be none or a stray one
        let whole = if at > 0 { memchr::memchr(b'\n', &tail).map_or(&[][..], |i| &tail[i + 1..]) } else { &tail };
        whole.split(|&c| c == b'\n').rev().find_map(stamp)
    }
}

/// A line's time, when it has one.
fn stamp(line: &[u8]) -> Option<Stamp> {
    let t = parse_header(line)?.time?;
    Some((t.year().unwrap_or(0), t.month(), t.day(), t.hour(), t.minute(), t.second()))
}

/// Up to `n` bytes of `path` from `at`; `None` on an error.
fn read_at(path: &Path, at: u64, n: usize) -> Option<Vec<u8>> {
    super::copies::read_at(path, at, n).ok()
}

/// How a later file stands to an earlier one.
#[derive(Debug, PartialEq, Eq)]
enum Overlap {
    /// Its first `Skip` bytes and lines are the earlier file's last.
    Start(Skip),
    /// All of it is a stretch of the earlier file; its lines there start at this line (0: the
    /// stretch goes on into the files after it, see [`trim_overlaps`]).
    Inside(u64),
}

/// Where `later`'s log starts inside `earlier`'s, if it does: the first place where `later`'s first
/// line (of time `t`) starts a line of `earlier` and from which the two are the same to the end of
/// either. It is looked for where `earlier`'s lines reach `t` (found by their times), up to the
/// block where they pass it (see [`SLACK`]). The whole of `earlier` is looked in, its own skip
/// included: what it skips is the end of a file read before it.
fn overlap(earlier: &Plain, later: &Plain) -> io::Result<Option<Overlap>> {
    let Some((line, t)) = later.first_line() else { return Ok(None) };
    let finder = memchr::memmem::Finder::new(line);
    let start = earlier.before_time(t);
    let mut f = File::open(&earlier.path)?;
    f.seek(SeekFrom::Start(start))?;
    // `block` holds the bytes from `base` on; a line start is told by the byte before it
    let mut before = if start == 0 { b'\n' } else { read_at(&earlier.path, start - 1, 1).map_or(0, |b| b[0]) };
    let (mut block, mut base) = (Vec::with_capacity(BLOCK + line.len()), start);
    let mut tries = 0;
    loop {
        let old = block.len();
        block.resize(old + BLOCK, 0);
        let n = read_full(&mut f, &mut block[old..])?;
        block.truncate(old + n);
        for at in finder.find_iter(&block) {
            let starts_line = if at == 0 { before == b'\n' } else { block[at - 1] == b'\n' };
            if !starts_line {
                continue;
            }
            let p = base + at as u64;
            let shared = (earlier.len - p).min(later.len);
            if same_bytes(&earlier.path, p, &later.path, 0, shared) {
                let lines_shared = count_lines(&later.path, 0, shared)?;
                if lines_shared < MIN_LINES {
                    return Ok(None);
                }
                if shared == later.len {
                    return Ok(Some(Overlap::Inside(count_lines(&earlier.path, 0, p)? + 1)));
                }
                // the earlier file's end must be a line's: the later one is read from a line
                return Ok((p + shared == earlier.len && line_end(&later.path, shared))
                    .then_some(Overlap::Start(Skip { bytes: shared, lines: lines_shared })));
            }
            tries += 1;
            if tries == MAX_TRIES {
                return Ok(None);
            }
        }
        // the end, or the earlier file's lines past the time the later one starts at
        let last = block.rsplit(|&c| c == b'\n').skip(1).take(64).find_map(stamp);
        if n == 0 || last.is_some_and(|l| l > t) {
            return Ok(None);
        }
        // keep the bytes a match could still start in (a line's length less one)
        let keep = block.len().saturating_sub(line.len() - 1);
        if keep > 0 {
            before = block[keep - 1];
        }
        block.drain(..keep);
        base += keep as u64;
    }
}

/// Newlines in `len` bytes of `path` from `at`.
fn count_lines(path: &Path, at: u64, len: u64) -> io::Result<u64> {
    let mut f = File::open(path)?;
    f.seek(SeekFrom::Start(at))?;
    let mut r = f.take(len);
    let (mut buf, mut lines) = (vec![0; BLOCK], 0);
    loop {
        let n = read_full(&mut r, &mut buf)?;
        lines += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
        if n < buf.len() {
            return Ok(lines);
        }
    }
}

/// Whether the byte before `at` in `path` ends a line.
fn line_end(path: &Path, at: u64) -> bool {
    at > 0 && read_at(path, at - 1, 1).is_some_and(|b| b == b"\n")
}

/// Gives the first file of each group after the first the skip of its lines that the end of a file
/// read before it holds, or drops it when all its lines are in one, with a note for each (see the
/// module documentation). `groups` are in reading order.
pub(super) fn trim_overlaps(groups: &mut [Vec<Source>], notes: &mut Vec<String>) {
    if groups.len() < 2 {
        return;
    }
    // the files looked at, each read once (a set's files are looked at by a binary search, for
    // each later group)
    let mut seen: HashMap<PathBuf, Option<Rc<Plain>>> = HashMap::new();
    let mut plain = |src: &Source| -> Option<Rc<Plain>> {
        let SourceKind::File(path) = &src.kind else { return None };
        seen.entry(path.clone()).or_insert_with(|| Plain::new(src).map(Rc::new)).clone()
    };
    for g in 1..groups.len() {
        let Some(later) = groups[g].first().and_then(&mut plain) else { continue };
        let Some((_, t)) = later.first_line() else { continue };
        let mut found = None;
        for e in (0..g).rev() {
            // the file of the group that the later one's first time falls in: the last that starts
            // no later (the files of a group are in time order)
            let group = &groups[e];
            let i = group.partition_point(|src| plain(src).and_then(|p| p.first_time()).is_none_or(|f| f <= t));
            let Some(earlier) = i.checked_sub(1).and_then(|i| plain(&group[i])) else { continue };
            if earlier.first_time().is_none_or(|f| f > t) || earlier.last_time().is_none_or(|last| last < t) {
                continue;
            }
            if let Ok(Some(o)) = overlap(&earlier, &later) {
                found = Some((e, i - 1, o));
                break;
            }
        }
        let Some((e, i, mut o)) = found else { continue };
        // the shared lines may go on into the files of the earlier set that follow (a rotation
        // inside the stretch both hold)
        let mut names = vec![groups[e][i].name.as_str()];
        for next in &groups[e][i + 1..] {
            let (Overlap::Start(skip), Some(next_file)) = (&mut o, plain(next)) else { break };
            let rest = later.len - skip.bytes;
            let shared = rest.min(next_file.len);
            if shared == 0 || !same_bytes(&next_file.path, 0, &later.path, skip.bytes, shared) {
                break;
            }
            names.push(&next.name);
            if shared == rest {
                o = Overlap::Inside(0);
                break;
            }
            if !line_end(&later.path, skip.bytes + shared) {
                break;
            }
            let Ok(lines) = count_lines(&later.path, skip.bytes, shared) else { break };
            (skip.bytes, skip.lines) = (skip.bytes + shared, skip.lines + lines);
        }
        let (earlier, name) = (names.join(" and then of "), groups[g][0].name.clone());
        match o {
            Overlap::Start(skip) => {
                notes.push(format!(
                    "{name}: its first {} lines are the last lines of {earlier} (overlapping exports?): read once, from its line {}",
                    skip.lines,
                    skip.lines + 1
                ));
                groups[g][0].skip = skip;
            }
            Overlap::Inside(at) => {
                let from = if at > 0 { format!(", from its line {at}") } else { String::new() };
                notes.push(format!(
                    "{name}: all its lines are lines of {earlier}{from} (an export of a part of it?): read once, as part of it"
                ));
                groups[g].remove(0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{queued_lines, TempDir};

    fn plain(path: &Path) -> Plain {
        Plain::new(&Source::file(path)).unwrap()
    }

    #[test]
    fn the_place_of_a_time_is_found_by_the_times_just_before_it() {
        let d = TempDir::new("overlaps-times");
        let log = queued_lines(40_000);
        let path = d.0.join("a.log");
        std::fs::write(&path, &log).unwrap();
        let a = plain(&path);
        for line in [0, 1, 5_000, 20_000, 39_999] {
            let at = log.split_inclusive(|&c| c == b'\n').take(line).map(<[u8]>::len).sum::<usize>() as u64;
            let t = stamp(log[at as usize..].split(|&c| c == b'\n').next().unwrap()).unwrap();
            let found = a.before_time(t);
            // before the line, by the slack and one step of the search at most
            assert!(found <= at, "line {line}: {found} > {at}");
            assert!(at - found <= 2 * SLACK, "line {line}: {found} is {} before {at}", at - found);
        }
        assert_eq!(a.last_time(), Some((2024, 3, 4, 21, 6, 39)));
    }

    #[test]
    fn a_later_file_that_starts_inside_an_earlier_one_is_told_by_its_lines() {
        let d = TempDir::new("overlaps-kinds");
        let log = queued_lines(30_000);
        let lines: Vec<&[u8]> = log.split_inclusive(|&c| c == b'\n').collect();
        let (a_path, b_path) = (d.0.join("a.log"), d.0.join("b.log"));
        let found = |a: &[u8], b: &[u8]| {
            std::fs::write(&a_path, a).unwrap();
            std::fs::write(&b_path, b).unwrap();
            overlap(&plain(&a_path), &plain(&b_path)).unwrap()
        };
        let bytes = |from: usize, to: usize| lines[from..to].concat();
        let len = |from: usize, to: usize| bytes(from, to).len() as u64;
        // the end of one is the start of the other
        assert_eq!(
            found(&bytes(0, 20_000), &bytes(15_000, 30_000)),
            Some(Overlap::Start(Skip { bytes: len(15_000, 20_000), lines: 5_000 }))
        );
        // all of the later one is inside, from its line 10 001
        assert_eq!(found(&bytes(0, 30_000), &bytes(10_000, 12_000)), Some(Overlap::Inside(10_001)));
        // two lines shared are an overlap, one is not
        assert_eq!(
            found(&bytes(0, 100), &bytes(98, 200)),
            Some(Overlap::Start(Skip { bytes: len(98, 100), lines: 2 }))
        );
        assert_eq!(found(&bytes(0, 100), &bytes(99, 200)), None);
        // the earlier one's last line cut short: no place to start the later one from
        let mut cut = bytes(0, 100);
        cut.pop();
        assert_eq!(found(&cut, &bytes(50, 200)), None);
        // alike, then apart: no overlap
        let mut other = bytes(50, 200);
        let at = other.len() - 10;
        other[at] ^= 1;
        assert_eq!(found(&bytes(0, 100), &other[..]), Some(Overlap::Start(Skip { bytes: len(50, 100), lines: 50 })));
        other = bytes(50, 200);
        let second = memchr::memchr(b'\n', &other).unwrap() + 40;
        other[second] ^= 1;
        assert_eq!(found(&bytes(0, 100), &other[..]), None);
    }
}
