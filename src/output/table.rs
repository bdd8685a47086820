//! Aligned text tables that fit the terminal.

use std::io::{self, Write};

/// Column alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table with fixed headers; rows are rendered in blocks so large outputs stream.
pub struct Table {
    headers: Vec<String>,
    align: Vec<Align>,
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

/// Width to fit: `COLUMNS` when set, else the terminal's width when stdout is one, else 160 (wide
/// enough for the record tables).
pub fn terminal_width() -> usize {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).filter(|&w: &usize| w >= 40) {
        return w;
    }
    match console::Term::stdout().size_checked() {
        Some((_, w)) if w >= 40 => w as usize,
        _ => 160,
    }
}

impl Table {
    pub fn new(headers: &[&str], align: &[Align], max_width: usize) -> Self {
        assert_eq!(headers.len(), align.len());
        Table {
            headers: headers.iter().map(|s| s.to_string()).collect(),
            align: align.to_vec(),
            rows: Vec::new(),
            widths: None,
            max_width,
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.headers.len());
        self.rows.push(row);
    }

    pub fn pending(&self) -> usize {
        self.rows.len()
    }

    /// Column widths from the rows seen so far, shrunk (widest first) to fit `max_width`. A column
    /// with no value in any row is hidden (width 0).
    fn compute_widths(&self) -> Vec<usize> {
        let mut w: Vec<usize> = vec![0; self.headers.len()];
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                w[i] = w[i].max(chars(c));
            }
        }
        for (i, h) in self.headers.iter().enumerate() {
            if w[i] > 0 || self.rows.is_empty() {
                w[i] = w[i].max(chars(h));
            }
        }
        let sep = 2 * (w.iter().filter(|&&x| x > 0).count().saturating_sub(1));
        let min_col = 6;
        while w.iter().sum::<usize>() + sep > self.max_width {
            let (i, &widest) = w.iter().enumerate().max_by_key(|(_, &x)| x).expect("non-empty");
            if widest <= min_col {
                break;
            }
            w[i] = widest - 1;
        }
        w
    }

    fn line(&self, out: &mut dyn Write, cells: &[String], widths: &[usize]) -> io::Result<()> {
        let mut s = String::new();
        let mut first = true;
        for (i, c) in cells.iter().enumerate() {
            if widths[i] == 0 {
                continue;
            }
            let c = fit(c, widths[i]);
            let pad = widths[i] - chars(&c);
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
        writeln!(out, "{}", s.trim_end())
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
        let mut t = Table::new(&["NAME", "N"], &[Align::Left, Align::Right], 14);
        t.push(vec!["alpha".into(), "1".into()]);
        t.push(vec!["a-very-long-name".into(), "1234".into()]);
        let mut out = Vec::new();
        t.flush(&mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(s, "NAME         N\nalpha        1\na-very-…  1234\n");
        assert!(s.lines().all(|l| l.chars().count() <= 14));
    }

    #[test]
    fn empty_columns_are_hidden() {
        let mut t = Table::new(&["A", "EMPTY", "B"], &[Align::Left, Align::Left, Align::Left], 80);
        t.push(vec!["x".into(), String::new(), "y".into()]);
        let mut out = Vec::new();
        t.flush(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "A  B\nx  y\n");
    }
}
