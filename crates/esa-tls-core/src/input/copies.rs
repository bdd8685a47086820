//! Copies among the files named. A file whose log is another's, or the beginning of another's, is
//! the same log read twice: a `.current` fetched as a file beside the `.c` file it links to, a
//! folder copied twice, a copy of the live file taken earlier than the one it grew into, a rotated
//! file unpacked beside its `.gz` (`gunzip -k`). Read twice, every count doubles with no error; so
//! such a file is read once, as part of the longer one, with a note. (The same path named twice is
//! found by its name: [`super::expand`].)

use super::{gzip_magic, read_full, Source, SourceKind};
use flate2::read::MultiGzDecoder;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

/// Bytes of each file's log (a gzip file's decoded) read to find the candidates: the first line or
/// lines, whose timestamps make two different logs differ within a few bytes.
const HEAD: usize = 4096;
/// Plain files up to this size are compared whole; beyond, at [`WINDOWS`] windows of [`WINDOW`]
/// bytes spread over the shorter one (the first and the last included): a log's every stretch
/// carries its own times and IDs, so two logs alike in all of them are copies. A gzip file is
/// compared whole, decoded.
const WHOLE: u64 = 16 << 20;
const WINDOWS: u64 = 16;
const WINDOW: usize = 64 << 10;
/// Files of one first line compared at most (more is no copying by hand).
const MAX_ALIKE: usize = 64;

/// A file looked at.
struct Candidate<'a> {
    name: &'a str,
    path: &'a Path,
    /// Its bytes on disk.
    len: u64,
    gzip: bool,
    /// The first [`HEAD`] bytes of its log.
    head: Vec<u8>,
}

impl<'a> Candidate<'a> {
    fn new(src: &'a Source) -> Option<Self> {
        let SourceKind::File(path) = &src.kind else { return None };
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() || meta.len() < 32 {
            return None;
        }
        let mut f = File::open(path).ok()?;
        let mut head = vec![0; HEAD];
        let n = read_full(&mut f, &mut head).ok()?;
        let gzip = gzip_magic(&head[..n]);
        // the log's first bytes: a gzip file's decoded, from its start again
        let n = match gzip {
            true => read_full(&mut MultiGzDecoder::new(f.rewind().ok().map(|_| f)?), &mut head).ok()?,
            false => n,
        };
        head.truncate(n);
        (head.len() >= 32).then_some(Candidate { name: &src.name, path, len: meta.len(), gzip, head })
    }

    /// Its log, decoded.
    fn log(&self) -> io::Result<Box<dyn Read>> {
        let f = BufReader::new(File::open(self.path)?);
        Ok(if self.gzip { Box::new(MultiGzDecoder::new(f)) } else { Box::new(f) })
    }

    /// How its log stands to `other`'s: `Less`, the beginning of it; `Equal`, the same; `Greater`,
    /// `other`'s is the beginning of this one's; `None`: they part (or one could not be read).
    fn relation(&self, other: &Candidate<'_>) -> Option<Ordering> {
        let n = self.head.len().min(other.head.len());
        if self.head[..n] != other.head[..n] {
            return None;
        }
        if !self.gzip && !other.gzip {
            let (shorter, longer) = if self.len <= other.len { (self, other) } else { (other, self) };
            return same_prefix(shorter.path, longer.path, shorter.len).then(|| self.len.cmp(&other.len));
        }
        stream_relation(self.log().ok()?, other.log().ok()?).ok().flatten()
    }
}

/// Drops from `groups` every file whose log is a copy of an earlier-named one's or the beginning of
/// a longer one, with a note for each. Only regular files of at least a line (32 bytes) are looked
/// at; what cannot be read here is left to be read (and its error said) as usual.
pub(super) fn drop_copies(groups: &mut [Vec<Source>], notes: &mut Vec<String>) {
    // a single file (the usual run) is no one's copy: nothing to read here
    if groups.iter().flatten().filter(|s| matches!(s.kind, SourceKind::File(_))).count() < 2 {
        return;
    }
    let files: Vec<((usize, usize), Candidate<'_>)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, group)| group.iter().enumerate().map(move |(i, src)| ((g, i), src)))
        .filter_map(|(at, src)| Candidate::new(src).map(|c| (at, c)))
        .collect();
    // candidates share their first 32 bytes
    let mut buckets: HashMap<&[u8], Vec<usize>> = HashMap::new();
    for (k, (_, f)) in files.iter().enumerate() {
        buckets.entry(&f.head[..32]).or_default().push(k);
    }
    // (file dropped, the file it is read as part of, whether the logs are the same)
    let mut dropped: Vec<(usize, usize, bool)> = Vec::new();
    for ks in buckets.values().filter(|ks| ks.len() > 1) {
        let ks = &ks[..ks.len().min(MAX_ALIKE)];
        // each file, in the order named, against those kept so far (a set of identical copies
        // costs a comparison each): the file it is part of, and whether their logs are the same
        let mut part_of: Vec<Option<(usize, bool)>> = vec![None; ks.len()];
        let mut kept: Vec<usize> = Vec::new();
        for i in 0..ks.len() {
            let mut k = 0;
            while k < kept.len() {
                let j = kept[k];
                match files[ks[i]].1.relation(&files[ks[j]].1) {
                    Some(Ordering::Less) => part_of[i] = Some((j, false)),
                    Some(Ordering::Equal) => part_of[i] = Some((j, true)),
                    // the kept one is the beginning of this one
                    Some(Ordering::Greater) => {
                        part_of[j] = Some((i, false));
                        kept.remove(k);
                        continue;
                    }
                    None => {}
                }
                if part_of[i].is_some() {
                    break;
                }
                k += 1;
            }
            if part_of[i].is_none() {
                kept.push(i);
            }
        }
        for i in 0..ks.len() {
            // to the end of the chain: the file that is read
            let (mut at, mut same) = (i, true);
            while let Some((j, s)) = part_of[at] {
                (at, same) = (j, same && s);
            }
            if at != i {
                dropped.push((ks[i], ks[at], same));
            }
        }
    }
    if dropped.is_empty() {
        return;
    }
    dropped.sort_unstable();
    for &(a, b, same) in &dropped {
        let (fa, fb) = (&files[a].1, &files[b].1);
        notes.push(if same {
            format!("{}: the same log as {} (a copy): read once", fa.name, fb.name)
        } else {
            format!(
                "{}: its log is the beginning of {}'s (a copy taken while the log was written?): read once, as part of {}",
                fa.name, fb.name, fb.name
            )
        });
    }
    let mut gone: Vec<(usize, usize)> = dropped.iter().map(|&(a, _, _)| files[a].0).collect();
    drop(files);
    // from the last, so that the places of the others hold
    gone.sort_unstable_by(|x, y| y.cmp(x));
    for (g, i) in gone {
        groups[g].remove(i);
    }
}

/// How the log read from `a` stands to that read from `b` (see [`Candidate::relation`]), read to the
/// end of the shorter; an error if either could not be read.
fn stream_relation(mut a: impl Read, mut b: impl Read) -> io::Result<Option<Ordering>> {
    let (mut ba, mut bb) = (vec![0; WINDOW], vec![0; WINDOW]);
    loop {
        let (na, nb) = (read_full(&mut a, &mut ba)?, read_full(&mut b, &mut bb)?);
        let n = na.min(nb);
        if ba[..n] != bb[..n] {
            return Ok(None);
        }
        if na < WINDOW || nb < WINDOW {
            // an end, or a read that failed part way (which hands out what it had): read again
            // where it stopped, to tell
            let mut one = [0u8; 1];
            if na < WINDOW && a.read(&mut one)? != 0 || nb < WINDOW && b.read(&mut one)? != 0 {
                return Ok(None);
            }
            return Ok(Some(na.cmp(&nb)));
        }
    }
}

/// Whether the first `len` bytes of `a` and `b` are the same (see [`WHOLE`]); `false` on any error.
fn same_prefix(a: &Path, b: &Path, len: u64) -> bool {
    same_bytes(a, 0, b, 0, len)
}

/// Whether the `len` bytes of `a` from `a_at` and of `b` from `b_at` are the same (see [`WHOLE`]);
/// `false` on any error.
pub(super) fn same_bytes(a: &Path, a_at: u64, b: &Path, b_at: u64, len: u64) -> bool {
    let same = || -> io::Result<bool> {
        if len <= WHOLE {
            // both read to `len`: the same only if both have all of it
            let from = |p: &Path, at: u64| -> io::Result<_> {
                let mut f = File::open(p)?;
                f.seek(SeekFrom::Start(at))?;
                Ok(f.take(len))
            };
            return Ok(stream_relation(from(a, a_at)?, from(b, b_at)?)? == Some(Ordering::Equal));
        }
        let last = len - WINDOW as u64;
        for k in 0..WINDOWS {
            let at = last * k / (WINDOWS - 1);
            let wa = read_at(a, a_at + at, WINDOW)?;
            if wa.len() != WINDOW || wa != read_at(b, b_at + at, WINDOW)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    same().unwrap_or(false)
}

/// Up to `n` bytes of `path` from `at`.
pub(super) fn read_at(path: &Path, at: u64, n: usize) -> io::Result<Vec<u8>> {
    let mut f = File::open(path)?;
    f.seek(SeekFrom::Start(at))?;
    let mut buf = vec![0; n];
    let got = read_full(&mut f, &mut buf)?;
    buf.truncate(got);
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testutil::{queued_lines as log, TempDir};

    fn dir(name: &str) -> TempDir {
        TempDir::new(&format!("copies-{name}"))
    }

    #[test]
    fn a_large_file_is_compared_at_windows_that_include_its_first_and_last_bytes() {
        let d = dir("windows");
        let data = log(400_000);
        assert!(data.len() as u64 > WHOLE);
        let (a, b) = (d.0.join("a.log"), d.0.join("b.log"));
        std::fs::write(&a, &data).unwrap();
        std::fs::write(&b, &data).unwrap();
        let len = data.len() as u64;
        assert!(same_prefix(&a, &b, len));
        // a's beginning, cut in a line
        let cut = len - 12_345;
        std::fs::write(&a, &data[..cut as usize]).unwrap();
        assert!(same_prefix(&a, &b, cut));
        // one byte changed in the first and in the last window of the shorter one
        for at in [0, cut as usize - 1] {
            let mut other = data[..cut as usize].to_vec();
            other[at] ^= 1;
            std::fs::write(&a, &other).unwrap();
            assert!(!same_prefix(&a, &b, cut), "byte {at}");
        }
    }

    #[test]
    fn logs_read_as_streams_are_compared_to_the_end_of_the_shorter() {
        let data = log(20_000);
        let rel = |a: &[u8], b: &[u8]| stream_relation(a, b).unwrap();
        for n in [WINDOW - 1, WINDOW, WINDOW + 1, 2 * WINDOW, data.len()] {
            let a = &data[..n];
            assert_eq!(rel(a, a), Some(Ordering::Equal), "{n}");
            assert_eq!(rel(&a[..n - 1], a), Some(Ordering::Less), "{n}");
            assert_eq!(rel(a, &a[..n - 1]), Some(Ordering::Greater), "{n}");
            let mut other = a.to_vec();
            other[n - 1] ^= 1;
            assert_eq!(rel(a, &other), None, "{n}");
        }
        // a stream that fails after its bytes is no copy, whatever it held
        struct Failing<'a>(&'a [u8]);
        impl Read for Failing<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    return Err(io::Error::other("corrupt"));
                }
                let n = buf.len().min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        assert!(stream_relation(Failing(&data[..1000]), &data[..]).is_err());
    }

    #[test]
    fn a_small_file_is_compared_whole() {
        let d = dir("whole");
        let data = log(2_000);
        let (a, b) = (d.0.join("a.log"), d.0.join("b.log"));
        std::fs::write(&b, &data).unwrap();
        for at in [0, data.len() / 2, data.len() - 1] {
            let mut other = data.clone();
            other[at] ^= 1;
            std::fs::write(&a, &other).unwrap();
            assert!(!same_prefix(&a, &b, data.len() as u64), "byte {at}");
        }
        std::fs::write(&a, &data).unwrap();
        assert!(same_prefix(&a, &b, data.len() as u64));
        // a missing file is no copy
        assert!(!same_prefix(&d.0.join("none.log"), &b, 10));
    }
}
