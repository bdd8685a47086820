//! Stage 2: lines → typed events.
//!
//! [`header`] recognises the many ways a line can start, [`event`] classifies the message text, and
//! [`Joiner`] re-assembles entries that were wrapped over several physical lines (text pasted from
//! tickets and documents), so that every physical line is accounted for exactly once.

pub mod event;
pub mod header;

pub use event::{parse_body, Derivation, Event, HatAction, RidList, TlsEvent};
pub use header::{parse_header, Header, Level, RawTime};

/// Most continuation lines joined onto one entry; beyond that a line stands alone (and is counted as
/// not understood), so a run of garbage can never build an unbounded entry.
pub const MAX_CONTINUATIONS: u32 = 8;
/// Longest joined entry, in bytes.
pub const MAX_ENTRY_BYTES: usize = 64 * 1024;

/// One logical log entry: a header line plus the continuation lines joined onto it.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub text: &'a [u8],
    /// 1-based number of the first physical line.
    pub line: u64,
    /// Physical lines it spans.
    pub lines: u32,
}

/// What a physical line turned out to be before its text was classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Entry(Entry<'a>),
    /// Blank line: ends the current entry, counted as ignored.
    Blank {
        line: u64,
    },
    /// A line that is neither a header line nor a continuation of one.
    Stray {
        line: u64,
        text: &'a [u8],
    },
}

impl PartialEq for Entry<'_> {
    fn eq(&self, o: &Self) -> bool {
        self.text == o.text && self.line == o.line && self.lines == o.lines
    }
}
impl Eq for Entry<'_> {}

/// A line whose start is mangled but which carries a level token early on (`i Sep  8 … Info: …`): it
/// is a damaged log line, not wrapped text, and must not be glued to its neighbour.
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

/// Strips the line end (`\n` already removed by the reader; a `\r` may remain).
#[inline]
pub fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Joins continuation lines onto their entry.
///
/// Lines arrive in line-aligned chunks. Within a chunk an entry is yielded as a borrowed slice when no
/// continuation follows it (the fast path); joined entries are built in an owned buffer. The last
/// entry of a chunk is held back (copied) until the next chunk shows whether it continues.
#[derive(Default)]
pub struct Joiner {
    /// Held-back entry text (owned), its first line number and physical line count.
    pending: Vec<u8>,
    pending_line: u64,
    pending_lines: u32,
    has_pending: bool,
    scratch: Vec<u8>,
}

impl Joiner {
    pub fn new() -> Self {
        Self::default()
    }

    fn append(buf: &mut Vec<u8>, cont: &[u8]) {
        let needs_space = !buf.last().is_some_and(|c| c.is_ascii_whitespace())
            && !cont.first().is_some_and(|c| c.is_ascii_whitespace());
        if needs_space {
            buf.push(b' ');
        }
        buf.extend_from_slice(cont);
    }

    /// Feeds a chunk of whole lines (`\n`-separated; a last line without `\n` is allowed at end of
    /// input only). `first_line` is the 1-based number of the chunk's first line.
    pub fn feed(&mut self, chunk: &[u8], first_line: u64, mut out: impl FnMut(Piece<'_>)) {
        let mut lines = LineIter { rest: chunk };
        let mut line_no = first_line;
        // Leading continuation lines belong to the held-back entry.
        let mut first = lines.next();
        if self.has_pending {
            while let Some(l) = first {
                let l = strip_cr(l);
                if !self.can_continue(l, self.pending_lines, self.pending.len()) {
                    break;
                }
                Self::append(&mut self.pending, l);
                self.pending_lines += 1;
                line_no += 1;
                first = lines.next();
            }
            if first.is_some() {
                self.flush(&mut out);
            }
        }
        // Current entry inside this chunk: borrowed (start index of its first line) until a continuation
        // forces a copy into `scratch`.
        let mut cur: Option<(&[u8], u64, u32, bool)> = None; // (text, line, lines, joined-in-scratch)
        let mut next = first;
        while let Some(raw) = next {
            next = lines.next();
            let l = strip_cr(raw);
            let this_line = line_no;
            line_no += 1;
            if let Some((text, start, n, joined)) = cur {
                let len = if joined { self.scratch.len() } else { text.len() };
                if self.can_continue(l, n, len) {
                    if !joined {
                        self.scratch.clear();
                        self.scratch.extend_from_slice(text);
                    }
                    Self::append(&mut self.scratch, l);
                    cur = Some((&[], start, n + 1, true));
                    continue;
                }
                // emit the finished entry
                if joined {
                    out(Piece::Entry(Entry { text: &self.scratch, line: start, lines: n }));
                } else {
                    out(Piece::Entry(Entry { text, line: start, lines: n }));
                }
                cur = None;
            }
            if is_blank(l) {
                out(Piece::Blank { line: this_line });
            } else if parse_header(l).is_some() {
                cur = Some((l, this_line, 1, false));
            } else {
                out(Piece::Stray { line: this_line, text: l });
            }
        }
        // Hold back the chunk's last entry.
        if let Some((text, start, n, joined)) = cur {
            self.pending.clear();
            if joined {
                self.pending.extend_from_slice(&self.scratch);
            } else {
                self.pending.extend_from_slice(text);
            }
            self.pending_line = start;
            self.pending_lines = n;
            self.has_pending = true;
        }
    }

    fn can_continue(&self, l: &[u8], lines: u32, len: usize) -> bool {
        lines <= MAX_CONTINUATIONS
            && len + l.len() < MAX_ENTRY_BYTES
            && !is_blank(l)
            && parse_header(l).is_none()
            && !looks_like_damaged_header(l)
    }

    fn flush(&mut self, out: &mut impl FnMut(Piece<'_>)) {
        if self.has_pending {
            self.has_pending = false;
            out(Piece::Entry(Entry { text: &self.pending, line: self.pending_line, lines: self.pending_lines }));
        }
    }

    /// Ends the input: yields the held-back entry.
    pub fn finish(&mut self, mut out: impl FnMut(Piece<'_>)) {
        self.flush(&mut out);
    }
}

/// Splits on `\n`; the final piece is yielded only if non-empty.
struct LineIter<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for LineIter<'a> {
    type Item = &'a [u8];
    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        if self.rest.is_empty() {
            return None;
        }
        match memchr::memchr(b'\n', self.rest) {
            Some(i) => {
                let l = &self.rest[..i];
                self.rest = &self.rest[i + 1..];
                Some(l)
            }
            None => {
                let l = self.rest;
                self.rest = &[];
                Some(l)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(chunks: &[&str]) -> Vec<String> {
        let mut j = Joiner::new();
        let mut out = Vec::new();
        let mut line = 1;
        for c in chunks {
            j.feed(c.as_bytes(), line, |p| out.push(describe(p)));
            line += c.matches('\n').count() as u64;
        }
        j.finish(|p| out.push(describe(p)));
        out
    }

    fn describe(p: Piece<'_>) -> String {
        match p {
            Piece::Entry(e) => format!("E{}x{}:{}", e.line, e.lines, String::from_utf8_lossy(e.text)),
            Piece::Blank { line } => format!("B{line}"),
            Piece::Stray { line, text } => format!("S{line}:{}", String::from_utf8_lossy(text)),
        }
    }

    const SEED: &str = "Tue Jun 28 19:28:31 2005 Info: New SMTP DCID 2386069 interface 10.10.10.2\naddress 192.168.2.2\nTue Jun 28 19:28:31 2005 Info: Delivery start DCID 2386069 MID 200257075 to RID [0]\n\nprose here\n";

    #[test]
    fn joins_wrapped_lines() {
        let got = pieces(&[SEED]);
        assert_eq!(
            got,
            vec![
                "E1x2:Tue Jun 28 19:28:31 2005 Info: New SMTP DCID 2386069 interface 10.10.10.2 address 192.168.2.2",
                "E3x1:Tue Jun 28 19:28:31 2005 Info: Delivery start DCID 2386069 MID 200257075 to RID [0]",
                "B4",
                "S5:prose here",
            ]
        );
    }

    #[test]
    fn any_chunking_gives_the_same_pieces() {
        let whole = pieces(&[SEED]);
        let lines: Vec<&str> = SEED.split_inclusive('\n').collect();
        for cut in 0..=lines.len() {
            let a: String = lines[..cut].concat();
            let b: String = lines[cut..].concat();
            assert_eq!(pieces(&[&a, &b]), whole, "cut at {cut}");
        }
    }

    #[test]
    fn continuation_is_bounded() {
        let mut s = String::from("Info: ICID 1 close\n");
        for _ in 0..20 {
            s.push_str("junk\n");
        }
        let got = pieces(&[&s]);
        assert_eq!(
            got[0],
            format!("E1x{}:Info: ICID 1 close{}", MAX_CONTINUATIONS + 1, " junk".repeat(MAX_CONTINUATIONS as usize))
        );
        assert_eq!(got.len(), 1 + 20 - MAX_CONTINUATIONS as usize);
        assert!(got[1].starts_with('S'));
    }

    #[test]
    fn damaged_header_is_not_glued() {
        let got = pieces(&["Info: ICID 1 close\ni Sep  8 05:21:31 2023 Info: MID 4 ICID 4 From: x\n"]);
        assert_eq!(got, vec!["E1x1:Info: ICID 1 close", "S2:i Sep  8 05:21:31 2023 Info: MID 4 ICID 4 From: x"]);
    }

    #[test]
    fn crlf_and_no_final_newline() {
        let got = pieces(&["Info: ICID 1 close\r\nInfo: ICID 2 close"]);
        assert_eq!(got, vec!["E1x1:Info: ICID 1 close", "E2x1:Info: ICID 2 close"]);
    }
}
