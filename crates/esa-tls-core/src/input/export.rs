//! Search exports, read as the log lines they carry.
//!
//! A log server's search exports events with the log line in one field: Splunk's "Export → CSV" in
//! the `_raw` column, its JSON export in `result._raw`; Kibana's and Graylog's CSV in
//! `event.original`, `full_message` or `message`; Elasticsearch documents (one JSON object a line,
//! as `elasticdump` and the like write them) in `_source`, `event.original` or `message`. Read as
//! text, every CSV row would be a log line with the other columns glued to its end — a cipher named
//! `ECDHE-RSA-AES256-GCM-SHA384","2024-03-10T08:00:02.000-0500","esa1"…` — and every JSON line a
//! line not understood. A stream whose first line is such a CSV header row, or such a JSON object,
//! is therefore read as that field's values, one line each (a value that spans lines stays one
//! entry: its continuation lines follow it). A CSV header row becomes a blank line and a JSON line
//! without the field (or not JSON) is handed on as it is, so that line numbers are the file's (but
//! after a JSON value that spans lines, written on one) and nothing is lost unsaid. Positions are of the text read, so such a file is read from its start,
//! never at a position (as a gzip file is).

use std::io::{self, Read};

/// Columns (CSV) and fields (JSON) that hold the raw log line, in order of preference.
const RAW_COLUMNS: [&str; 4] = ["_raw", "event.original", "full_message", "message"];

/// The raw log line of a JSON export line: the first of [`RAW_COLUMNS`] found at the top, under
/// `result` (Splunk) or under `_source` (Elasticsearch), a dotted name also as nested objects.
fn json_raw(line: &[u8]) -> Option<String> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if !line.trim_ascii_start().starts_with(b"{") {
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(line).ok()?;
    for scope in [&v, &v["result"], &v["_source"]] {
        for name in RAW_COLUMNS {
            let found = scope.get(name).or_else(|| {
                let (a, b) = name.split_once('.')?;
                scope.get(a)?.get(b)
            });
            if let Some(serde_json::Value::String(s)) = found {
                return Some(s.clone());
            }
        }
    }
    None
}

/// Longest header row looked at.
const MAX_HEADER: usize = super::SNIFF_BYTES;

/// The column of the raw line and the field separator, when `first_line` is the header row of a
/// search export: commas as exported, or semicolons or tabs as a spreadsheet saves it again (Excel's
/// "CSV" in many locales, its "Unicode text").
pub fn raw_column(first_line: &[u8]) -> Option<(usize, u8)> {
    let line = first_line.strip_suffix(b"\n").unwrap_or(first_line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    [b',', b';', b'\t'].into_iter().find_map(|sep| {
        let mut r = csv::ReaderBuilder::new().has_headers(false).delimiter(sep).from_reader(line);
        let header = r.byte_records().next()?.ok()?;
        if header.len() < 2 {
            return None;
        }
        let column =
            RAW_COLUMNS.iter().find_map(|name| header.iter().position(|f| f.eq_ignore_ascii_case(name.as_bytes())))?;
        Some((column, sep))
    })
}

/// What export `start` (the first bytes of a stream) opens, if any, for people.
pub fn export_kind(start: &[u8]) -> Option<&'static str> {
    let start = &start[..start.len().min(MAX_HEADER)];
    let first = &start[..memchr::memchr(b'\n', start).unwrap_or(start.len())];
    if raw_column(first).is_some() {
        Some("a search export (CSV)")
    } else if json_raw(first).is_some() {
        Some("a search export (JSON)")
    } else {
        None
    }
}

/// A reader that gives the raw field of a search export as lines, when its first line opens one,
/// and is its inner stream itself otherwise.
pub struct Export<R: Read> {
    state: State<R>,
    out: Vec<u8>,
    pos: usize,
}

enum State<R: Read> {
    /// Nothing read yet.
    Start(Option<R>),
    Plain(R),
    Csv {
        rows: csv::Reader<R>,
        column: usize,
        row: csv::ByteRecord,
    },
    Json {
        lines: io::BufReader<R>,
        line: Vec<u8>,
    },
    Done,
}

impl<R: Read> Export<R> {
    pub fn new(inner: R) -> Self {
        Export { state: State::Start(Some(inner)), out: Vec::new(), pos: 0 }
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
        if let Some((column, sep)) = raw_column(&first) {
            // the header row as a blank line: the events keep their line numbers
            self.out = b"\n".to_vec();
            let rows = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(sep).from_reader(inner);
            self.state = State::Csv { rows, column, row: csv::ByteRecord::new() };
        } else if let Some(raw) = json_raw(&first) {
            self.out = raw.into_bytes();
            self.out.push(b'\n');
            self.state = State::Json { lines: io::BufReader::with_capacity(256 * 1024, inner), line: Vec::new() };
        } else {
            self.out = first;
            self.state = State::Plain(inner);
        }
        self.pos = 0;
        Ok(())
    }
}

impl<R: Read> Read for Export<R> {
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
                State::Json { lines, line } => {
                    line.clear();
                    if io::BufRead::read_until(lines, b'\n', line)? == 0 {
                        self.state = State::Done;
                        continue;
                    }
                    self.out.clear();
                    self.pos = 0;
                    match json_raw(line) {
                        Some(raw) => {
                            self.out.extend_from_slice(raw.as_bytes());
                            self.out.push(b'\n');
                        }
                        // not an event of the export: handed on as it is, to be counted and shown
                        None => {
                            self.out.extend_from_slice(line);
                            if self.out.last() != Some(&b'\n') {
                                self.out.push(b'\n');
                            }
                        }
                    }
                }
                State::Csv { rows, column, row } => {
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
        Export::new(bytes).read_to_string(&mut out).unwrap();
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
        // saved again by a spreadsheet: semicolons, tabs
        assert_eq!(
            read(b"_time;host;_raw\n2024;esa1;\"Info: MID 5 Subject 'a; b, c'\"\n"),
            "\nInfo: MID 5 Subject 'a; b, c'\n"
        );
        assert_eq!(read(b"_time\thost\t_raw\n2024\tesa1\tInfo: ICID 6 close\n"), "\nInfo: ICID 6 close\n");
    }

    #[test]
    fn json_exports_give_their_raw_field() {
        // Splunk's JSON export
        let splunk = concat!(
            r#"{"preview":false,"result":{"_raw":"Mar 10 08:00:02 esa1 mail_logs: Info: ICID 3 close","_time":"2024-03-10T08:00:02.000-0500"}}"#,
            "\n",
            r#"{"preview":false,"result":{"_raw":"Mar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'a \"b\"\nc'"}}"#,
            "\n"
        );
        assert_eq!(
            read(splunk.as_bytes()),
            "Mar 10 08:00:02 esa1 mail_logs: Info: ICID 3 close\nMar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'a \"b\"\nc'\n"
        );
        // Elasticsearch documents: `event.original` nested or dotted, `message`; a line that is not
        // an event is handed on as it is
        let es = r#"{"_index":"logs","_source":{"event":{"original":"Info: ICID 1 close"},"message":"parsed"}}
{"_source":{"event.original":"Info: ICID 2 close"}}
{"@timestamp":"2024-03-10T08:00:02Z","message":"Info: ICID 4 close"}
not json
"#;
        assert_eq!(read(es.as_bytes()), "Info: ICID 1 close\nInfo: ICID 2 close\nInfo: ICID 4 close\nnot json\n");
    }

    #[test]
    fn logs_pass_through_untouched() {
        for text in [
            "Sun Mar 10 08:00:02 2024 Info: ICID 3 close\nSun Mar 10 08:00:02 2024 Info: ICID 4 close\n",
            "Info: MID 5 Subject 'message, _raw'\n",
            "message\nnot an export: one column\n",
            "{\"level\":\"info\",\"msg\":\"no raw field\"}\nInfo: ICID 1 close\n",
            "",
            "no newline at all",
        ] {
            assert_eq!(read(text.as_bytes()), text);
        }
    }
}
