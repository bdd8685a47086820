//! Search exports saved as CSV, read as the log lines they carry.
//!
//! Splunk's "Export → CSV" writes one row per event with the log line in the `_raw` column;
//! Kibana's and Graylog's CSV exports carry it in `event.original`, `message` or `full_message`.
//! Read as text, every row would be a log line with the other columns glued to its end — a cipher
//! named `ECDHE-RSA-AES256-GCM-SHA384","2024-03-10T08:00:02.000-0500","esa1"…` — so a stream whose
//! first line is such a header row is read as the column's values, one line each (a value that
//! spans lines stays one entry: its continuation lines follow it). The header row becomes a blank
//! line, so that the first event is line 2, as in the file. Positions are of the text read, so such
//! a file is read from its start, never at a position (as a gzip file is).

use std::io::{self, Read};

/// Columns that hold the raw log line, in order of preference.
const RAW_COLUMNS: [&str; 4] = ["_raw", "event.original", "full_message", "message"];

/// Longest header row looked at.
const MAX_HEADER: usize = 64 * 1024;

/// The column of the raw line, when `first_line` is the header row of a search export.
pub fn raw_column(first_line: &[u8]) -> Option<usize> {
    let line = first_line.strip_suffix(b"\n").unwrap_or(first_line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(line);
    let header = r.byte_records().next()?.ok()?;
    if header.len() < 2 {
        return None;
    }
    RAW_COLUMNS.iter().find_map(|name| header.iter().position(|f| f.eq_ignore_ascii_case(name.as_bytes())))
}

/// Whether `start` (the first bytes of a stream) opens a search export.
pub fn is_export(start: &[u8]) -> bool {
    let end = memchr::memchr(b'\n', start).unwrap_or(start.len()).min(MAX_HEADER);
    raw_column(&start[..end]).is_some()
}

/// A reader that gives the raw column of a search export as lines, when its first line is the
/// export's header row, and is its inner stream itself otherwise.
pub struct CsvExport<R: Read> {
    state: State<R>,
    out: Vec<u8>,
    pos: usize,
}

enum State<R: Read> {
    /// Nothing read yet.
    Start(Option<R>),
    Plain(R),
    Export {
        rows: csv::Reader<R>,
        column: usize,
        row: csv::ByteRecord,
    },
    Done,
}

impl<R: Read> CsvExport<R> {
    pub fn new(inner: R) -> Self {
        CsvExport { state: State::Start(Some(inner)), out: Vec::new(), pos: 0 }
    }

    /// Reads the first line (up to [`MAX_HEADER`] bytes) and decides.
    fn start(&mut self) -> io::Result<()> {
        let State::Start(inner) = &mut self.state else { return Ok(()) };
        let mut inner = inner.take().expect("started once");
        let mut first = Vec::new();
        let mut byte = [0u8; 1];
        // byte by byte: nothing past the first line may be taken from the stream here
        while first.len() < MAX_HEADER && first.last() != Some(&b'\n') {
            match inner.read(&mut byte) {
                Ok(0) => break,
                Ok(_) => first.push(byte[0]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // nothing decided yet: the bytes read so far are handed on as they are
                    self.out = first;
                    self.state = State::Plain(inner);
                    return Err(e);
                }
            }
        }
        match raw_column(&first) {
            Some(column) => {
                // the header row as a blank line: the events keep their line numbers
                self.out = b"\n".to_vec();
                let rows = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(inner);
                self.state = State::Export { rows, column, row: csv::ByteRecord::new() };
            }
            None => {
                self.out = first;
                self.state = State::Plain(inner);
            }
        }
        self.pos = 0;
        Ok(())
    }
}

impl<R: Read> Read for CsvExport<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if matches!(self.state, State::Start(_)) {
            self.start()?;
        }
        loop {
            if self.pos < self.out.len() {
                let n = buf.len().min(self.out.len() - self.pos);
                buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
                self.pos += n;
                return Ok(n);
            }
            match &mut self.state {
                State::Start(_) => unreachable!("started above"),
                State::Plain(inner) => return inner.read(buf),
                State::Done => return Ok(0),
                State::Export { rows, column, row } => {
                    let more = rows.read_byte_record(row).map_err(|e| match e.into_kind() {
                        csv::ErrorKind::Io(e) => e,
                        other => io::Error::new(io::ErrorKind::InvalidData, format!("CSV export: {other:?}")),
                    })?;
                    if !more {
                        self.state = State::Done;
                        continue;
                    }
                    self.out.clear();
                    self.pos = 0;
                    // a row without the column (cut short) is an empty line: counted, not lost
                    self.out.extend_from_slice(row.get(*column).unwrap_or_default());
                    self.out.push(b'\n');
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> String {
        let mut out = String::new();
        CsvExport::new(bytes).read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn splunk_kibana_and_graylog_exports_give_their_raw_column() {
        let splunk = "\"_raw\",\"_time\",host\r\n\"Mar 10 08:00:02 esa1 mail_logs: Info: ICID 3 TLS success protocol TLSv1.2 cipher AES\",\"2024-03-10T08:00:02.000-0500\",esa1\r\n\"Mar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'say \"\"hi\"\", then\nmore'\",\"2024-03-10T08:00:03.000-0500\",esa1\r\n";
        assert_eq!(
            read(splunk.as_bytes()),
            "\nMar 10 08:00:02 esa1 mail_logs: Info: ICID 3 TLS success protocol TLSv1.2 cipher AES\nMar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'say \"hi\", then\nmore'\n"
        );
        // the raw column anywhere, named as Kibana or Graylog name it; a preferred name wins
        assert_eq!(read(b"@timestamp,message\n2024-03-10,Info: ICID 1 close\n"), "\nInfo: ICID 1 close\n");
        assert_eq!(read(b"\xEF\xBB\xBFtimestamp,Message,source\nx,Info: ICID 2 close,y\n"), "\nInfo: ICID 2 close\n");
        assert_eq!(read(b"message,event.original\nparsed,Info: ICID 4 close\n"), "\nInfo: ICID 4 close\n");
        // a short row: an empty line
        assert_eq!(read(b"_time,_raw\n2024\n"), "\n\n");
    }

    #[test]
    fn logs_pass_through_untouched() {
        for text in [
            "Sun Mar 10 08:00:02 2024 Info: ICID 3 close\nSun Mar 10 08:00:02 2024 Info: ICID 4 close\n",
            "Info: MID 5 Subject 'message, _raw'\n",
            "message\nnot an export: one column\n",
            "",
            "no newline at all",
        ] {
            assert_eq!(read(text.as_bytes()), text);
        }
    }
}
