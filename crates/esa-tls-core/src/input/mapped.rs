//! Plain files read through a memory map: the parser threads read the page cache in place, and
//! the reading thread no longer copies every byte into a buffer (a tenth of `summary`'s CPU time
//! with two threads; bench/HISTORY.md).
//!
//! A map has one hazard that `read` has not: when the file is cut short while it is mapped (log
//! rotation by `copytruncate` does exactly that to the live file), touching a page past the new end
//! raises SIGBUS, which kills the process. Two things keep that from happening:
//! - the reader looks at the file's length before each chunk and never hands out bytes past it
//!   (the source then ends with an error: exit 2, as for any input cut short);
//! - for the race that is left (the file cut between that look and the parse), a SIGBUS handler
//!   puts a page of zeros over the page that faulted and notes the cut, so the run goes on and
//!   reports it (a page the disk cannot give, which also raises SIGBUS, is answered the same way);
//!   a SIGBUS anywhere else goes to the handler that was there before (Rust's own, or the default
//!   action).
//!
//! Up to [`SLOTS`] maps are open at once (a run maps one file at a time, and tests run a few runs
//! side by side); past that, files are read with `read` as before.

use std::fs::File;
use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Maps open at once, at most.
const SLOTS: usize = 64;

/// An address range the SIGBUS handler answers for, and whether it had to.
struct Slot {
    taken: AtomicBool,
    start: AtomicUsize,
    /// 0 while the slot is free or being filled: the handler reads `end` first.
    end: AtomicUsize,
    cut: AtomicBool,
}

#[allow(clippy::declare_interior_mutable_const)] // a template for each slot of the table
const FREE: Slot = Slot {
    taken: AtomicBool::new(false),
    start: AtomicUsize::new(0),
    end: AtomicUsize::new(0),
    cut: AtomicBool::new(false),
};
static TABLE: [Slot; SLOTS] = [FREE; SLOTS];
/// The page size and the SIGBUS action that was in place before ours, set once before ours is.
static PAGE: AtomicUsize = AtomicUsize::new(4096);
static PREVIOUS: OnceLock<Option<libc::sigaction>> = OnceLock::new();

/// A plain file mapped whole, read-only.
pub struct MappedFile {
    map: memmap2::Mmap,
    file: File,
    slot: usize,
    /// Where the pages read but not given back yet start (see [`MappedFile::release`]).
    kept_from: AtomicUsize,
}

/// Pages read are given back this many bytes at a time, at least: each time costs every other core
/// running this process a TLB flush (an interrupt, dearer still in a virtual machine), and giving
/// back each 1 MiB chunk's pages cost `summary` a twentieth of its time (4 MiB at once: 0.74 -> 0.68 s on
/// 1 GB, peak RSS 28 -> 36 MB; 8 and 16 MiB gained no more). At most this much more of
/// the file is counted as resident.
const RELEASE_AT_ONCE: usize = 4 << 20;

impl MappedFile {
    /// Maps `file` when it is a regular file with data and a slot is free; `None` means read it
    /// with `read` instead.
    pub fn new(file: File) -> Option<MappedFile> {
        let meta = file.metadata().ok()?;
        if !meta.is_file() || meta.len() == 0 || !install() {
            return None;
        }
        let slot = TABLE
            .iter()
            .position(|s| s.taken.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).is_ok())?;
        // SAFETY: the map is read-only (nothing in this process writes through it); a file cut
        // short under it is what the SIGBUS handler of this module answers for (see the module's
        // text). Its bytes may change under it (another process writing the file), and they are
        // only ever read as log text, never trusted as a structure.
        let map = match unsafe { memmap2::Mmap::map(&file) } {
            Ok(m) => m,
            Err(_) => {
                TABLE[slot].taken.store(false, Ordering::Release);
                return None;
            }
        };
        let s = &TABLE[slot];
        s.cut.store(false, Ordering::Release);
        s.start.store(map.as_ptr() as usize, Ordering::Release);
        s.end.store(map.as_ptr() as usize + map.len(), Ordering::Release);
        Some(MappedFile { map, file, slot, kept_from: AtomicUsize::new(0) })
    }

    /// The file's length now, capped at the map's (bytes appended after the map are not in it).
    pub fn len_now(&self) -> io::Result<usize> {
        let now = self.file.metadata()?.len();
        Ok(usize::try_from(now).unwrap_or(usize::MAX).min(self.map.len()))
    }

    /// Gives back the pages of `start..end` that were read: a map keeps each page it touched
    /// counted in the process's resident memory (the whole file, by the end) until it is told
    /// otherwise. The page holding `end` is left to the next range. Ranges are given back together,
    /// once [`RELEASE_AT_ONCE`] bytes are read (the ranges come in the file's order; one out of order
    /// is given back with the next). Pages still in use elsewhere are only read again from the page
    /// cache when touched: nothing is lost.
    pub fn release(&self, start: usize, end: usize) {
        let kept = self.kept_from.load(Ordering::Relaxed).min(start);
        let end = end.min(self.map.len());
        if end.saturating_sub(kept) < RELEASE_AT_ONCE && end < self.map.len() {
            self.kept_from.store(kept, Ordering::Relaxed);
            return;
        }
        let page = PAGE.load(Ordering::Relaxed);
        let (from, to) = (kept / page * page, end / page * page);
        self.kept_from.store(to, Ordering::Relaxed);
        if to > from {
            // SAFETY: MADV_DONTNEED on a read-only shared file map drops the page table entries
            // only; the next read of those bytes maps the file's pages again.
            let _ = unsafe { self.map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, from, to - from) };
        }
    }

    /// Whether a page past the file's end was touched (and read as zeros).
    pub fn was_cut(&self) -> bool {
        TABLE[self.slot].cut.load(Ordering::Acquire)
    }
}

impl std::fmt::Debug for MappedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MappedFile").field("len", &self.map.len()).field("slot", &self.slot).finish()
    }
}

impl std::ops::Deref for MappedFile {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.map
    }
}

impl Drop for MappedFile {
    fn drop(&mut self) {
        // the handler stops answering for the range before the map goes (after this drop)
        let s = &TABLE[self.slot];
        s.end.store(0, Ordering::Release);
        s.start.store(0, Ordering::Release);
        s.taken.store(false, Ordering::Release);
    }
}

/// Installs the SIGBUS handler once; false if that failed (files are then read with `read`).
fn install() -> bool {
    PREVIOUS
        .get_or_init(|| {
            // SAFETY: sysconf and sigaction with valid pointers; the handler only touches atomics,
            // the saved action (set before the handler is installed) and async-signal-safe calls.
            unsafe {
                let page = libc::sysconf(libc::_SC_PAGESIZE);
                if page > 0 {
                    PAGE.store(page as usize, Ordering::Relaxed);
                }
                let mut new: libc::sigaction = std::mem::zeroed();
                new.sa_sigaction = on_sigbus as *const () as usize;
                new.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                libc::sigemptyset(&mut new.sa_mask);
                let mut old: libc::sigaction = std::mem::zeroed();
                (libc::sigaction(libc::SIGBUS, &new, &mut old) == 0).then_some(old)
            }
        })
        .is_some()
}

extern "C" fn on_sigbus(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid siginfo for a SA_SIGINFO handler
    let addr = unsafe { (*info).si_addr() } as usize;
    for s in &TABLE {
        let end = s.end.load(Ordering::Acquire);
        if end != 0 && addr < end && addr >= s.start.load(Ordering::Acquire) {
            let page = addr & !(PAGE.load(Ordering::Relaxed) - 1);
            // SAFETY: replaces one page inside a map this module owns with a page of zeros; the
            // faulting read is then retried and succeeds. mmap is a plain system call.
            let p = unsafe {
                libc::mmap(
                    page as *mut libc::c_void,
                    PAGE.load(Ordering::Relaxed),
                    libc::PROT_READ,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                s.cut.store(true, Ordering::Release);
                return;
            }
        }
    }
    // not a page of ours: what was there before answers (Rust's stack-overflow report, or the
    // default action, which ends the process when the faulting instruction runs again)
    // SAFETY: the saved action is a valid sigaction; calling its handler with the arguments the
    // kernel gave us is what the kernel would have done.
    unsafe {
        match PREVIOUS.get().copied().flatten() {
            Some(old) if old.sa_sigaction != libc::SIG_DFL && old.sa_sigaction != libc::SIG_IGN => {
                if old.sa_flags & libc::SA_SIGINFO != 0 {
                    let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                        std::mem::transmute(old.sa_sigaction);
                    f(sig, info, ctx);
                } else {
                    let f: extern "C" fn(libc::c_int) = std::mem::transmute(old.sa_sigaction);
                    f(sig);
                }
            }
            _ => {
                let mut dfl: libc::sigaction = std::mem::zeroed();
                dfl.sa_sigaction = libc::SIG_DFL;
                libc::sigaction(libc::SIGBUS, &dfl, std::ptr::null_mut());
            }
        }
    }
}

/// Resident kB of the map holding `addr` (`/proc/self/smaps`), for tests.
#[cfg(test)]
pub(crate) fn resident_kb(addr: usize) -> usize {
    let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
    let mut inside = false;
    for line in smaps.lines() {
        if let Some((range, _)) = line.split_once(' ') {
            if let Some((a, b)) = range.split_once('-') {
                if let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16)) {
                    inside = a <= addr && addr < b;
                    continue;
                }
            }
        }
        if inside {
            if let Some(kb) = line.strip_prefix("Rss:") {
                return kb.trim().trim_end_matches(" kB").trim().parse().unwrap();
            }
        }
    }
    panic!("no map at {addr:#x}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn temp_file(name: &str, data: &[u8]) -> std::path::PathBuf {
        let p = crate::testutil::temp_dir("mapped").join(name);
        File::create(&p).unwrap().write_all(data).unwrap();
        p
    }

    #[test]
    fn a_file_cut_short_under_its_map_reads_as_zeros_and_says_so() {
        let data: Vec<u8> = (0..3 * 65536u32).map(|i| b'a' + (i % 26) as u8).collect();
        let p = temp_file("cut", &data);
        let m = MappedFile::new(File::open(&p).unwrap()).expect("a regular file with data is mapped");
        assert_eq!(&m[..], &data[..]);
        assert!(!m.was_cut());
        // copytruncate: the file is emptied while it is mapped; its pages are gone
        File::options().write(true).open(&p).unwrap().set_len(1000).unwrap();
        assert_eq!(m.len_now().unwrap(), 1000);
        let tail = &m[100_000..100_010];
        assert_eq!(tail, &[0u8; 10], "past the new end: zeros, not SIGBUS");
        assert!(m.was_cut());
        assert_eq!(&m[..10], &data[..10], "the bytes still in the file are still read");
        drop(m);
        std::fs::remove_file(&p).unwrap();
    }

    #[test]
    fn pages_read_are_given_back() {
        let data: Vec<u8> = (0..16 << 20).map(|i: u32| b'a' + (i % 26) as u8).collect();
        let p = temp_file("release", &data);
        let m = MappedFile::new(File::open(&p).unwrap()).unwrap();
        let mut sum = 0u64;
        for start in (0..data.len()).step_by(1 << 20) {
            let end = (start + (1 << 20)).min(data.len());
            sum += m[start..end].iter().map(|&c| c as u64).sum::<u64>();
            m.release(start, end);
            // given back in batches: never more than one batch and the fault-around stays
            let kb = resident_kb(m.as_ptr() as usize);
            assert!(kb <= (RELEASE_AT_ONCE >> 10) + 2048, "{kb} kB resident after {end} bytes");
        }
        assert_eq!(sum, data.iter().map(|&c| c as u64).sum::<u64>());
        // what stays is at most the fault-around of the last page touched, not the 16 MiB read
        let kb = resident_kb(m.as_ptr() as usize);
        assert!(kb <= 2048, "{kb} kB still resident");
        drop(m);
        std::fs::remove_file(&p).unwrap();
    }

    #[test]
    fn a_fault_outside_the_maps_of_this_module_still_ends_the_process() {
        const NAME: &str = "input::mapped::tests::a_fault_outside_the_maps_of_this_module_still_ends_the_process";
        if let Some(path) = std::env::var_os("ESA_TLS_FOREIGN_SIGBUS") {
            // the child: with one of this module's maps open, a map it does not know of is cut
            // short and touched past its end
            let ours = std::path::PathBuf::from(std::env::var_os("ESA_TLS_OWN_MAP").unwrap());
            let _ours = MappedFile::new(File::open(ours).unwrap()).expect("mapped");
            let f = File::open(&path).unwrap();
            // SAFETY: the point of the test: the read below faults
            let m = unsafe { memmap2::Mmap::map(&f).unwrap() };
            f.set_len(0).or_else(|_| File::options().write(true).open(&path).and_then(|w| w.set_len(0))).unwrap();
            // SAFETY: a read inside the map's range
            let v = unsafe { std::ptr::read_volatile(m.as_ptr().add(8192)) };
            println!("read {v} past the end: the fault was swallowed");
            std::process::exit(0);
        }
        let p = temp_file("foreign", &[b'x'; 4 * 4096]);
        let own = temp_file("own", &[b'y'; 4 * 4096]);
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
            .env("ESA_TLS_FOREIGN_SIGBUS", &p)
            .env("ESA_TLS_OWN_MAP", &own)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // a handler that answered for every fault would make the child fault forever
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("the child still runs: the fault was not handed on");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        std::fs::remove_file(&p).unwrap();
        std::fs::remove_file(&own).unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(libc::SIGBUS), "{status:?}");
    }

    #[test]
    fn only_regular_files_with_data_are_mapped() {
        let p = temp_file("empty", b"");
        assert!(MappedFile::new(File::open(&p).unwrap()).is_none());
        std::fs::remove_file(&p).unwrap();
        assert!(MappedFile::new(File::open("/dev/null").unwrap()).is_none());
    }

    #[test]
    fn slots_are_given_back() {
        let p = temp_file("slots", b"x\n");
        for _ in 0..3 * SLOTS {
            let m = MappedFile::new(File::open(&p).unwrap()).expect("a slot is free again after each drop");
            assert_eq!(&m[..], b"x\n");
        }
        std::fs::remove_file(&p).unwrap();
    }
}
