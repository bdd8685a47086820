//! Stage 2: lines → typed events.
//!
//! [`header`] recognises the many ways a line can start, [`event`] classifies the message text, and
//! [`entries`] re-assembles entries that were wrapped over several physical lines (text pasted from
//! tickets and documents), so that every physical line is accounted for exactly once. [`chunk`] runs
//! all of it over one chunk of input, so chunks can be parsed in parallel.

pub mod cef;
pub mod chunk;
pub mod event;
pub mod header;

pub use event::{
    failure, parse_body, parse_body_as, Derivation, Event, HatAction, Part, RidList, Texts, Tls, TlsEvent,
};
pub use header::{parse_header, Header, HeaderCache, Level, RawTime};

/// Most continuation lines joined onto one entry; beyond that a line stands alone (and is counted as
/// not understood), so a run of garbage can never build an unbounded entry.
pub const MAX_CONTINUATIONS: u32 = 8;
/// Longest joined entry, in bytes.
pub const MAX_ENTRY_BYTES: usize = 64 * 1024;

/// What a physical line, or a run of them, turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// A single header line, read in place, with its parsed header.
    Line { line: u64, text: &'a [u8], header: Header<'a> },
    /// A header line plus continuation lines; the joined text is passed beside the piece. `at`: the
    /// byte offset of its first line in the chunk.
    Joined { line: u64, lines: u32, at: usize },
    /// Blank line: ends the current entry, counted as ignored.
    Blank { line: u64 },
    /// A line that is neither a header line nor a continuation of one.
    Stray { line: u64, text: &'a [u8] },
}

/// A line that is mangled at the start but carries a level token early on (`i Sep  8 … Info: …`) is a
/// damaged log line, not wrapped text, and must not be glued to its neighbour.
fn looks_like_damaged_header(line: &[u8]) -> bool {
    let head = &line[..line.len().min(64)];
    [&b" Info: "[..], b" Warning: ", b" Critical: ", b" Debug: ", b" Trace: "]
        .iter()
        .any(|lvl| memchr::memmem::find(head, lvl).is_some())
}

#[inline]
fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// Strips a trailing `\r` (the reader already split on `\n`).
#[inline]
pub fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Whether a line can never continue the entry before it: a header line or a blank line. Input is
/// only ever cut into chunks before such a line (or after a run of lines too long to be joined), so
/// every chunk can be split into entries on its own and the result does not depend on where the
/// chunks were cut.
pub fn is_entry_boundary(line: &[u8]) -> bool {
    let l = strip_cr(line);
    is_blank(l) || parse_header(l).is_some()
}

fn append(buf: &mut Vec<u8>, cont: &[u8]) {
    let needs_space =
        !buf.last().is_some_and(|c| c.is_ascii_whitespace()) && !cont.first().is_some_and(|c| c.is_ascii_whitespace());
    if needs_space {
        buf.push(b' ');
    }
    buf.extend_from_slice(cont);
}

/// The entry being assembled in [`entries`]: its first line as the [`Piece::Line`] it is when
/// nothing joins it, built in place once and handed on by reference.
struct Current<'a> {
    first: Piece<'a>,
    text: &'a [u8],
    line: u64,
    lines: u32,
    joined: bool,
}

/// Splits a chunk of whole lines into entries, joining continuation lines onto the header line they
/// follow (at most [`MAX_CONTINUATIONS`] of them, [`MAX_ENTRY_BYTES`] in all). Line numbers start at
/// `first_line`. `out` gets each piece and, for [`Piece::Joined`], the joined text.
pub fn entries<'d>(chunk: &'d [u8], first_line: u64, mut out: impl FnMut(&Piece<'d>, &[u8])) {
    let mut scratch = Vec::new();
    let mut cur: Option<Current<'d>> = None;
    let mut cache = HeaderCache::default();
    for (this_line, raw) in (first_line..).zip(LineIter::new(chunk)) {
        let l = strip_cr(raw);
        let header = cache.parse(l);
        if let Some(c) = &mut cur {
            let len = if c.joined { scratch.len() } else { c.text.len() };
            let can_continue = header.is_none()
                && c.lines <= MAX_CONTINUATIONS
                && len + 1 + l.len() <= MAX_ENTRY_BYTES
                && !is_blank(l)
                && !looks_like_damaged_header(l);
            if can_continue {
                if !c.joined {
                    scratch.clear();
                    scratch.extend_from_slice(c.text);
                }
                append(&mut scratch, l);
                c.lines += 1;
                c.joined = true;
                continue;
            }
            emit(c, chunk, &scratch, &mut out);
        }
        match header {
            Some(header) => {
                cur = Some(Current {
                    first: Piece::Line { line: this_line, text: l, header },
                    text: l,
                    line: this_line,
                    lines: 1,
                    joined: false,
                })
            }
            None => {
                cur = None;
                if is_blank(l) {
                    out(&Piece::Blank { line: this_line }, &[])
                } else {
                    out(&Piece::Stray { line: this_line, text: l }, &[])
                }
            }
        }
    }
    if let Some(c) = &cur {
        emit(c, chunk, &scratch, &mut out);
    }
}

fn emit<'d>(c: &Current<'d>, chunk: &[u8], scratch: &[u8], out: &mut impl FnMut(&Piece<'d>, &[u8])) {
    if c.joined {
        let at = c.text.as_ptr() as usize - chunk.as_ptr() as usize;
        out(&Piece::Joined { line: c.line, lines: c.lines, at }, scratch);
    } else {
        out(&c.first, &[]);
    }
}

/// How far ahead of the block being scanned its bytes are asked into the cache (see [`LineIter`]).
const PREFETCH_AHEAD: usize = 1024;

/// Splits on `\n`; the final piece is yielded only if non-empty. The newlines are found 64 bytes at
/// a time as a bit mask, then taken one set bit at a time: a `memchr` call per line cost about 80
/// instructions on log lines of 60 to 200 bytes (6 % of `summary`), the mask a few per line.
///
/// The scan is the first read of every byte of the input (a mapped file's pages come from memory,
/// not the cache), and most of `entries`' time was spent waiting for those loads: the processor's
/// own prefetcher stops at each 4 KiB page. Each block asks for the bytes 1 KiB ahead: `summary`
/// on 1 GB took about a tenth less CPU and time in alternated runs (0.93 -> 0.84 s; 256 B ahead
/// gained less, 4 KiB the same; bench/HISTORY.md).
struct LineIter<'a> {
    data: &'a [u8],
    /// Start of the next line.
    start: usize,
    /// Offset of the block `mask` was taken from, and of the next block to scan.
    base: usize,
    next_block: usize,
    /// Newlines of the current block not yet taken, one bit per byte.
    mask: u64,
}

impl<'a> LineIter<'a> {
    fn new(data: &'a [u8]) -> Self {
        LineIter { data, start: 0, base: 0, next_block: 0, mask: 0 }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = &'a [u8];
    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        while self.mask == 0 {
            if self.next_block >= self.data.len() {
                if self.start < self.data.len() {
                    let l = &self.data[self.start..];
                    self.start = self.data.len();
                    return Some(l);
                }
                return None;
            }
            let end = (self.next_block + 64).min(self.data.len());
            prefetch(self.data.as_ptr().wrapping_add(self.next_block + PREFETCH_AHEAD));
            self.mask = newlines(&self.data[self.next_block..end]);
            self.base = self.next_block;
            self.next_block = end;
        }
        let i = self.base + self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        let l = &self.data[self.start..i];
        self.start = i + 1;
        Some(l)
    }
}

/// Asks for the cache line at `p` (a hint: it reads nothing the program sees, and never faults,
/// so `p` may lie past the end of the data).
#[inline(always)]
pub(crate) fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `_mm_prefetch` dereferences nothing; SSE is part of x86-64 itself
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Bit `i` set where `block[i]` is `\n` (a block of at most 64 bytes).
#[inline]
fn newlines(block: &[u8]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if let Some(b) = block.first_chunk::<64>() {
        return newlines_sse2(b);
    }
    newlines_bytewise(block)
}

fn newlines_bytewise(block: &[u8]) -> u64 {
    block.iter().enumerate().fold(0, |m, (i, &c)| m | (((c == b'\n') as u64) << i))
}

/// [`newlines_bytewise`] on 64 bytes, sixteen compared at once with SSE2. (Written out as a loop over
/// the array, the compiler did not vectorise it: 50 % more instructions for the whole run.)
#[cfg(target_arch = "x86_64")]
#[inline]
fn newlines_sse2(b: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{__m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};
    // SAFETY: SSE2 is part of x86-64 itself, so these instructions exist on every processor this
    // code is built for; each load reads sixteen bytes inside `b` (k * 16 + 16 <= 64), and `loadu`
    // takes any alignment.
    unsafe {
        let nl = _mm_set1_epi8(b'\n' as i8);
        let mut m = 0u64;
        for k in 0..4 {
            let v = _mm_loadu_si128(b.as_ptr().add(k * 16).cast::<__m128i>());
            m |= (_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl)) as u16 as u64) << (k * 16);
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_as_a_plain_split_on_newlines() {
        // the plain reading: split on `\n`, without the empty piece after a final newline
        fn plain(d: &[u8]) -> Vec<&[u8]> {
            let mut v: Vec<&[u8]> = d.split(|&c| c == b'\n').collect();
            if v.last().is_some_and(|l| l.is_empty()) {
                v.pop();
            }
            v
        }
        let mut next = crate::testutil::xorshift(0x9e37_79b9_7f4a_7c15u64);
        for round in 0..3_000 {
            // lengths around the 64-byte blocks, newlines dense or sparse, bytes of every value
            let len = (next() % 300) as usize;
            let every = 1 + (round % 90) as u64;
            let d: Vec<u8> =
                (0..len).map(|_| if next().is_multiple_of(every) { b'\n' } else { (next() % 256) as u8 }).collect();
            let got: Vec<&[u8]> = LineIter::new(&d).collect();
            assert_eq!(got, plain(&d), "{d:?}");
        }
        for d in [&b""[..], b"\n", b"\n\n", b"a", b"a\n", b"a\nb", &[b'\n'; 64], &[b'x'; 64], &[b'x'; 128]] {
            assert_eq!(LineIter::new(d).collect::<Vec<_>>(), plain(d));
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_sse2_mask_is_the_bytewise_mask() {
        for shift in 0..64 {
            let mut b = [b'a'; 64];
            b[shift] = b'\n';
            b[(shift * 7 + 3) % 64] = b'\n';
            b[(shift + 1) % 64] = 0x8a; // `\n` with the top bit set is not a newline
            assert_eq!(newlines_sse2(&b), newlines_bytewise(&b), "{shift}");
        }
    }

    fn pieces(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        entries(text.as_bytes(), 1, |p, joined| {
            out.push(match p {
                Piece::Line { line, text, .. } => format!("E{line}x1:{}", String::from_utf8_lossy(text)),
                Piece::Joined { line, lines, .. } => format!("E{line}x{lines}:{}", String::from_utf8_lossy(joined)),
                Piece::Blank { line } => format!("B{line}"),
                Piece::Stray { line, text } => format!("S{line}:{}", String::from_utf8_lossy(text)),
            })
        });
        out
    }

    const SEED: &str = "Tue Jun 28 19:28:31 2005 Info: New SMTP DCID 2386069 interface 10.10.10.2\naddress 192.168.2.2\nTue Jun 28 19:28:31 2005 Info: Delivery start DCID 2386069 MID 200257075 to RID [0]\n\nprose here\n";

    #[test]
    fn joins_wrapped_lines() {
        assert_eq!(
            pieces(SEED),
            vec![
                "E1x2:Tue Jun 28 19:28:31 2005 Info: New SMTP DCID 2386069 interface 10.10.10.2 address 192.168.2.2",
                "E3x1:Tue Jun 28 19:28:31 2005 Info: Delivery start DCID 2386069 MID 200257075 to RID [0]",
                "B4",
                "S5:prose here",
            ]
        );
    }

    #[test]
    fn continuation_keeps_its_own_spacing() {
        // a space is added only where neither side has one
        assert_eq!(pieces("Info: ICID 1 close\n  wrapped\n"), vec!["E1x2:Info: ICID 1 close  wrapped"]);
        assert_eq!(pieces("Info: ICID 1 close \nwrapped\n"), vec!["E1x2:Info: ICID 1 close wrapped"]);
    }

    #[test]
    fn entry_size_is_bounded() {
        let head = "Info: MID 1 Subject 'x'";
        // a continuation that brings the entry to exactly the limit joins; one byte more stands alone
        let fits = "a".repeat(MAX_ENTRY_BYTES - head.len() - 1);
        let got = pieces(&format!("{head}\n{fits}\n"));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].len(), "E1x2:".len() + MAX_ENTRY_BYTES);
        let over = format!("{fits}a");
        let got = pieces(&format!("{head}\n{over}\n"));
        assert_eq!(got.len(), 2, "too long to join");
        assert!(got[1].starts_with("S2:aaa"));
    }

    #[test]
    fn continuation_is_bounded() {
        let mut s = String::from("Info: ICID 1 close\n");
        for _ in 0..20 {
            s.push_str("junk\n");
        }
        let got = pieces(&s);
        assert_eq!(
            got[0],
            format!("E1x{}:Info: ICID 1 close{}", MAX_CONTINUATIONS + 1, " junk".repeat(MAX_CONTINUATIONS as usize))
        );
        assert_eq!(got.len(), 1 + 20 - MAX_CONTINUATIONS as usize);
        assert!(got[1].starts_with('S'));
    }

    #[test]
    fn damaged_header_is_not_glued() {
        let got = pieces("Info: ICID 1 close\ni Sep  8 05:21:31 2023 Info: MID 4 ICID 4 From: x\n");
        assert_eq!(got, vec!["E1x1:Info: ICID 1 close", "S2:i Sep  8 05:21:31 2023 Info: MID 4 ICID 4 From: x"]);
    }

    #[test]
    fn crlf_and_no_final_newline() {
        let got = pieces("Info: ICID 1 close\r\nInfo: ICID 2 close");
        assert_eq!(got, vec!["E1x1:Info: ICID 1 close", "E2x1:Info: ICID 2 close"]);
    }

    #[test]
    fn boundaries() {
        assert!(is_entry_boundary(b"Info: ICID 1 close"));
        assert!(is_entry_boundary(b"  \r"));
        assert!(!is_entry_boundary(b"address 192.168.2.2"));
    }
}
