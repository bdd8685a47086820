//! The text grid: aligned columns that fit the terminal (the terminal renderer draws with it).

use std::io::{self, Write};

/// Narrowest a cut column gets.
const MIN_CUT: usize = 10;
/// Narrowest a cut column gets before less important columns are dropped.
const READABLE_CUT: usize = 32;

/// Column alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// How a column gives way when a table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never cut nor dropped (peer, time, reason, IDs).
    Key,
    /// Cut with `…` down to a few characters, never dropped (long free text).
    Cut,
    /// Dropped when the table does not fit; higher numbers first, then the rightmost.
    Drop(u8),
}

/// The columns every table treats as keys, whatever the report: by their terminal header.
pub fn default_fit(header: &str) -> Fit {
    match header {
        "PEER" | "TIME" | "REASON" | "OPENED" | "STARTED" | "START" | "TLS" | "RECEIVED" | "DELIVERED" => Fit::Key,
        "PROBLEM" | "SUBJECT" | "MESSAGE-ID" | "EXAMPLE PEERS" | "EXAMPLE IDS" | "RECENT MIDS" | "CIPHER" | "FROM"
        | "TO" | "DOMAIN" | "FROM PEER" | "TO PEER" => Fit::Cut,
        // the same on most rows
        "APPLIANCE" => Fit::Drop(2),
        // identifiers and the direction go last
        "ID" | "MID" | "DCID" | "RID" | "DIR" | "DIRECTION" | "KIND" | "PROTOCOL" | "STATUS" => Fit::Drop(0),
        _ => Fit::Drop(1),
    }
}

/// A table with fixed headers; rows are rendered in blocks so large outputs stream.
pub struct TextGrid {
    headers: Vec<String>,
    align: Vec<Align>,
    fit: Vec<Fit>,
    rows: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
    max_width: usize,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn fit(s: &str, w: usize) -> String {
    if chars(s) <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(w - 1).collect();
    out.push('…');
    out
}

/// Text safe for a terminal: control characters (escape sequences from a hostile or binary log
/// among them) are shown as `\xNN` instead of being sent raw.
pub fn strip_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control()) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() {
            let n = c as u32;
            if n <= 0xff {
                out.push_str(&format!("\\x{n:02x}"));
            } else {
                out.push_str(&format!("\\u{{{n:x}}}"));
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Width to fit: on a terminal, `COLUMNS` when set, else the terminal's width; when stdout is not a
/// terminal nothing is cut (`usize::MAX`), unless `ESA_TLS_COLUMNS` sets a width (scripts, tests).
pub fn terminal_width() -> usize {
    let env = |k: &str| std::env::var(k).ok().and_then(|c| c.parse().ok()).filter(|&w: &usize| w >= 20);
    if let Some(w) = env("ESA_TLS_COLUMNS") {
        return w;
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return usize::MAX;
    }
    if let Some(w) = env("COLUMNS") {
        return w;
    }
    match console::Term::stdout().size_checked() {
        Some((_, w)) if w >= 20 => w as usize,
        _ => 80,
    }
}

/// Prose wrapped at word boundaries to `width` (a word longer than the width stands alone).
pub fn wrap_words(text: &str, width: usize) -> String {
    if chars(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut len = 0;
    for word in text.split(' ') {
        let w = chars(word);
        if len > 0 && len + 1 + w > width {
            out.push('\n');
            len = 0;
        } else if len > 0 {
            out.push(' ');
            len += 1;
        }
        out.push_str(word);
        len += w;
    }
    out
}

/// A line too wide for `width` broken at `sep` into indented lines (the separator dropped).
pub fn wrap_at(line: &str, sep: &str, width: usize) -> String {
    if chars(line) <= width {
        return line.to_string();
    }
    let mut out = String::new();
    let mut cur = String::new();
    for part in line.split(sep) {
        let add = if cur.is_empty() { part.to_string() } else { format!("{sep}{part}") };
        if !cur.is_empty() && chars(&cur) + chars(&add) > width {
            out.push_str(&cur);
            out.push('\n');
            cur = format!("   {part}");
        } else {
            cur.push_str(&add);
        }
    }
    out.push_str(&cur);
    out
}

impl TextGrid {
    pub fn new(headers: &[&str], align: &[Align], max_width: usize) -> Self {
        assert_eq!(headers.len(), align.len());
        TextGrid {
            headers: headers.iter().map(|s| s.to_string()).collect(),
            align: align.to_vec(),
            fit: headers.iter().map(|h| default_fit(h)).collect(),
            rows: Vec::new(),
            widths: None,
            max_width,
        }
    }

    /// Sets how each column gives way (see [`Fit`]); by default from [`default_fit`].
    pub fn with_fit(mut self, fit: &[Fit]) -> Self {
        assert_eq!(fit.len(), self.headers.len());
        self.fit = fit.to_vec();
        self
    }

    pub fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.headers.len());
        self.rows.push(row.into_iter().map(|c| strip_controls(&c).into_owned()).collect());
    }

    pub fn pending(&self) -> usize {
        self.rows.len()
    }

    /// Column widths from the rows seen so far, fitted to `max_width`. A column with no value in any
    /// row is hidden (width 0). When the natural widths do not fit: long free-text columns are cut
    /// first (down to [`MIN_CUT`] characters), then the least important columns are dropped one at a
    /// time (each drop lets the cut columns widen again); key columns are cut only when the keys
    /// alone are wider than the terminal.
    fn compute_widths(&self) -> Vec<usize> {
        let mut natural: Vec<usize> = vec![0; self.headers.len()];
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                natural[i] = natural[i].max(chars(c));
            }
        }
        for (i, h) in self.headers.iter().enumerate() {
            if natural[i] > 0 || self.rows.is_empty() {
                natural[i] = natural[i].max(chars(h));
            }
        }
        let total = |w: &[usize]| {
            let shown = w.iter().filter(|&&x| x > 0).count();
            w.iter().sum::<usize>() + 2 * shown.saturating_sub(1)
        };
        // drop order: highest rank first, then the rightmost
        let mut droppable: Vec<(u8, usize)> = self
            .fit
            .iter()
            .enumerate()
            .filter_map(|(i, f)| match f {
                Fit::Drop(r) => Some((*r, i)),
                _ => None,
            })
            .collect();
        droppable.sort_by(|a, b| b.cmp(a));
        let mut drops = droppable.into_iter();
        let mut w = natural.clone();
        // the free-text columns, widest first, cut down to `floor` at most
        let cut_to = |w: &[usize], floor: usize| {
            let mut cut = w.to_vec();
            while total(&cut) > self.max_width {
                let widest =
                    (0..cut.len()).filter(|&i| self.fit[i] == Fit::Cut && cut[i] > floor).max_by_key(|&i| cut[i]);
                match widest {
                    Some(i) => cut[i] -= 1,
                    None => break,
                }
            }
            cut
        };
        // drop the less important columns while cutting the free text to a readable width is not enough
        loop {
            let cut = cut_to(&w, READABLE_CUT);
            if total(&cut) <= self.max_width {
                return cut;
            }
            let visible = w.iter().filter(|&&x| x > 0).count();
            match drops.next() {
                Some((_, i)) if visible > 1 => w[i] = 0,
                Some(_) => {}
                None => break,
            }
        }
        // then the free text goes down to a few characters, and at last the keys give way
        let mut last = cut_to(&w, MIN_CUT);
        while total(&last) > self.max_width {
            let widest = (0..last.len()).filter(|&i| last[i] > MIN_CUT).max_by_key(|&i| last[i]);
            match widest {
                Some(i) => last[i] -= 1,
                None => break,
            }
        }
        last
    }

    fn line(&self, out: &mut dyn Write, cells: &[String], widths: &[usize]) -> io::Result<()> {
        let mut s = String::new();
        let mut first = true;
        for (i, c) in cells.iter().enumerate() {
            if widths[i] == 0 {
                continue;
            }
            // nothing is cut off a terminal; on one, a key cell of a later block may run over its
            // column rather than lose characters (the line is still kept to the width below)
            let c = if self.max_width == usize::MAX || self.fit[i] == Fit::Key { c.clone() } else { fit(c, widths[i]) };
            let pad = widths[i].saturating_sub(chars(&c));
            if !first {
                s.push_str("  ");
            }
            first = false;
            match self.align[i] {
                Align::Left => {
                    s.push_str(&c);
                    if i + 1 < cells.len() {
                        s.extend(std::iter::repeat_n(' ', pad));
                    }
                }
                Align::Right => {
                    s.extend(std::iter::repeat_n(' ', pad));
                    s.push_str(&c);
                }
            }
        }
        let line = s.trim_end();
        if chars(line) > self.max_width {
            return writeln!(out, "{}", fit(line, self.max_width));
        }
        writeln!(out, "{line}")
    }

    /// Writes the rows gathered so far (and the header, the first time).
    pub fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.widths.is_none() {
            let w = self.compute_widths();
            let headers = self.headers.clone();
            self.line(out, &headers, &w)?;
            self.widths = Some(w);
        }
        let w = self.widths.clone().expect("set");
        let rows = std::mem::take(&mut self.rows);
        for r in &rows {
            self.line(out, r, &w)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_and_fits() {
        let mut t = TextGrid::new(&["NAME", "N"], &[Align::Left, Align::Right], 18).with_fit(&[Fit::Cut, Fit::Key]);
        t.push(vec!["alpha".into(), "1".into()]);
        t.push(vec!["a-very-long-name".into(), "1234".into()]);
        let mut out = Vec::new();
        t.flush(&mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(s, "NAME             N\nalpha            1\na-very-long…  1234\n");
        assert!(s.lines().all(|l| l.chars().count() <= 18));
    }

    fn render(t: &mut TextGrid) -> String {
        let mut out = Vec::new();
        t.flush(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn at_80_columns_keys_stay_whole_and_less_important_columns_go_first() {
        let headers = ["OPENED", "APPLIANCE", "DIR", "ID", "PEER", "TLS", "PROTOCOL", "CIPHER", "CN", "REASON", "MSGS"];
        let align = [Align::Left; 11];
        let mut t = TextGrid::new(&headers, &align, 80);
        let peer = "198.51.100.60";
        let reason = "STARTTLS unexpected response";
        t.push(
            [
                "2024-03-10 08:00:01",
                "esa1.corp.example",
                "out",
                "20007",
                peer,
                "failed",
                "",
                "",
                "mx.partner.example",
                reason,
                "3",
            ]
            .map(String::from)
            .to_vec(),
        );
        let s = render(&mut t);
        assert!(s.lines().all(|l| l.chars().count() <= 80), "{s}");
        for key in ["2024-03-10 08:00:01", peer, "failed", reason] {
            assert!(s.contains(key), "{key} cut or dropped:\n{s}");
        }
        assert!(!s.contains("esa1.corp.example"), "the appliance column goes before any key is cut:\n{s}");
        // off a terminal nothing is cut
        let mut wide = TextGrid::new(&headers, &align, usize::MAX);
        wide.push(["x"; 11].map(String::from).to_vec());
        wide.push(
            ["a-value-much-wider-than-any-terminal-would-show-in-a-column-of-its-own"; 11].map(String::from).to_vec(),
        );
        assert!(!render(&mut wide).contains('…'));
    }

    #[test]
    fn control_bytes_never_reach_the_terminal() {
        let mut t = TextGrid::new(&["PEER"], &[Align::Left], 80);
        t.push(vec!["evil\x1b[2Jhost\x07".into()]);
        let s = render(&mut t);
        assert!(!s.contains('\x1b') && !s.contains('\x07'), "{s:?}");
        assert!(s.contains("evil\\x1b[2Jhost\\x07"), "{s:?}");
    }

    #[test]
    fn empty_columns_are_hidden() {
        let mut t = TextGrid::new(&["A", "EMPTY", "B"], &[Align::Left, Align::Left, Align::Left], 80);
        t.push(vec!["x".into(), String::new(), "y".into()]);
        let mut out = Vec::new();
        t.flush(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "A  B\nx  y\n");
    }
}
