//! Copies among the files named. A file whose bytes are another's, or the beginning of another's, is
//! the same log read twice: a `.current` fetched as a file beside the `.c` file it links to, a
//! folder copied twice, a copy of the live file taken earlier than the one it grew into. Read
//! twice, every count doubles with no error; so such a file is read once, as part of the longer
//! one, with a note. (The same path named twice is found by its name: [`super::expand`].)

use super::{read_full, Source, SourceKind};
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

/// Bytes of each file read to find the candidates: the first line or lines, whose timestamps make
/// two different logs differ within a few bytes.
const HEAD: usize = 4096;
/// Files up to this size are compared whole; beyond, at [`WINDOWS`] windows of [`WINDOW`] bytes
/// spread over the shorter one (the first and the last included): a log's every stretch carries
/// its own times and IDs, so two logs alike in all of them are copies.
const WHOLE: u64 = 16 << 20;
const WINDOWS: u64 = 16;
const WINDOW: usize = 64 << 10;

/// Drops from `groups` every file that is a copy of an earlier-named one or the beginning of a
/// longer one, with a note for each. Only regular files of at least a line (32 bytes) are looked
/// at; what cannot be read here is left to be read (and its error said) as usual.
pub(super) fn drop_copies(groups: &mut [Vec<Source>], notes: &mut Vec<String>) {
    struct Candidate<'a> {
        name: &'a str,
        path: &'a Path,
        len: u64,
        head: Vec<u8>,
    }
    let mut files = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        for (i, src) in group.iter().enumerate() {
            let SourceKind::File(path) = &src.kind else { continue };
            let Ok(meta) = std::fs::metadata(path) else { continue };
            if !meta.is_file() || meta.len() < 32 {
                continue;
            }
            let Ok(head) = read_at(path, 0, HEAD) else { continue };
            if head.len() < 32 {
                continue;
            }
            files.push(((g, i), Candidate { name: &src.name, path, len: meta.len(), head }));
        }
    }
    // candidates share their first 32 bytes
    let mut buckets: HashMap<&[u8], Vec<usize>> = HashMap::new();
    for (k, (_, f)) in files.iter().enumerate() {
        buckets.entry(&f.head[..32]).or_default().push(k);
    }
    // (file dropped, the file it is part of, whether the bytes are the same)
    let mut dropped: Vec<(usize, usize, bool)> = Vec::new();
    for ks in buckets.values_mut().filter(|ks| ks.len() > 1) {
        // the file a file is part of is the longest that holds it, then the first named: tried in
        // that order, the first found is the one (a set of identical copies costs a comparison each)
        ks.sort_unstable_by_key(|&k| (std::cmp::Reverse(files[k].1.len), k));
        for &a in ks.iter() {
            let fa = &files[a].1;
            let within = ks.iter().copied().take_while(|&b| b != a).find(|&b| {
                let (fb, n) = (&files[b].1, fa.head.len());
                fb.head.len() >= n && fa.head[..] == fb.head[..n] && same_prefix(fa.path, fb.path, fa.len)
            });
            if let Some(b) = within {
                dropped.push((a, b, files[b].1.len == fa.len));
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
            format!("{}: the same bytes as {} (a copy): read once", fa.name, fb.name)
        } else {
            format!(
                "{}: its bytes are the beginning of {} (a copy taken while the log was written?): read once, as part of {}",
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

/// Whether the first `len` bytes of `a` and `b` are the same (see [`WHOLE`]); `false` on any error.
fn same_prefix(a: &Path, b: &Path, len: u64) -> bool {
    let same = || -> io::Result<bool> {
        if len <= WHOLE {
            let (mut fa, mut fb) = (File::open(a)?.take(len), File::open(b)?.take(len));
            let (mut ba, mut bb) = (vec![0; WINDOW], vec![0; WINDOW]);
            let mut seen = 0;
            loop {
                let n = read_full(&mut fa, &mut ba)?;
                if read_full(&mut fb, &mut bb[..n])? != n || ba[..n] != bb[..n] {
                    return Ok(false);
                }
                seen += n as u64;
                if n < WINDOW {
                    // all of it (a read that failed part way hands out what it had)
                    return Ok(seen == len);
                }
            }
        }
        let last = len - WINDOW as u64;
        for k in 0..WINDOWS {
            let at = last * k / (WINDOWS - 1);
            let wa = read_at(a, at, WINDOW)?;
            if wa.len() != WINDOW || wa != read_at(b, at, WINDOW)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    same().unwrap_or(false)
}

/// Up to `n` bytes of `path` from `at`.
fn read_at(path: &Path, at: u64, n: usize) -> io::Result<Vec<u8>> {
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
    use std::path::PathBuf;

    /// A folder of its own under the system's temporary folder, removed when dropped.
    struct Dir(PathBuf);
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
    fn dir(name: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("esa-tls-copies-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }

    fn log(lines: usize) -> Vec<u8> {
        (0..lines)
            .flat_map(|i| {
                format!("Mon Mar  4 10:{:02}:{:02} 2024 Info: MID {i} queued for delivery\n", i / 60 % 60, i % 60)
                    .into_bytes()
            })
            .collect()
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
