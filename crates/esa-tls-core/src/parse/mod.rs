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

pub use event::{parse_body, Derivation, Event, HatAction, RidList, TlsEvent};
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
    /// A header line plus continuation lines; the joined text is passed beside the piece.
    Joined { line: u64, lines: u32 },
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

/// The entry being assembled in [`entries`].
struct Current<'a> {
    text: &'a [u8],
    header: Header<'a>,
    line: u64,
    lines: u32,
    joined: bool,
}

/// Splits a chunk of whole lines into entries, joining continuation lines onto the header line they
/// follow (at most [`MAX_CONTINUATIONS`] of them, [`MAX_ENTRY_BYTES`] in all). Line numbers start at
/// `first_line`. `out` gets each piece and, for [`Piece::Joined`], the joined text.
pub fn entries<'d>(chunk: &'d [u8], first_line: u64, mut out: impl FnMut(Piece<'d>, &[u8])) {
    let mut scratch = Vec::new();
    let mut cur: Option<Current<'d>> = None;
    let mut cache = HeaderCache::default();
    for (this_line, raw) in (first_line..).zip(LineIter { rest: chunk }) {
        let l = strip_cr(raw);
        let header = cache.parse(l);
        if let Some(c) = cur.take() {
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
                cur = Some(Current { lines: c.lines + 1, joined: true, ..c });
                continue;
            }
            emit(c, &scratch, &mut out);
        }
        match header {
            Some(header) => cur = Some(Current { text: l, header, line: this_line, lines: 1, joined: false }),
            None if is_blank(l) => out(Piece::Blank { line: this_line }, &[]),
            None => out(Piece::Stray { line: this_line, text: l }, &[]),
        }
    }
    if let Some(c) = cur {
        emit(c, &scratch, &mut out);
    }
}

fn emit<'d>(c: Current<'d>, scratch: &[u8], out: &mut impl FnMut(Piece<'d>, &[u8])) {
    if c.joined {
        out(Piece::Joined { line: c.line, lines: c.lines }, scratch);
    } else {
        out(Piece::Line { line: c.line, text: c.text, header: c.header }, &[]);
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

    fn pieces(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        entries(text.as_bytes(), 1, |p, joined| {
            out.push(match p {
                Piece::Line { line, text, .. } => format!("E{line}x1:{}", String::from_utf8_lossy(text)),
                Piece::Joined { line, lines } => format!("E{line}x{lines}:{}", String::from_utf8_lossy(joined)),
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
