//! The log writer: turns what the traffic model decided into log lines, in the appliance's on-box
//! form (`Sun Mar 10 08:00:01 2024 Info: …`) or as a syslog server stores it (`Mar 10 08:00:01
//! esa1.example.net mail_logs: Info: …`).

use esa_tls::time::civil_from_seconds;
use std::fmt::Write as _;
use std::io::{self, Write};

const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The appliance's own timestamp of a wall-clock second: `Sun Mar 10 08:00:01 2024`.
pub(crate) fn classic_stamp(secs: i64) -> String {
    let (y, mo, d, h, mi, s) = civil_from_seconds(secs);
    let wd = DAYS[(secs.div_euclid(86400)).rem_euclid(7) as usize];
    format!("{wd} {} {d:>2} {h:02}:{mi:02}:{s:02} {y}", MONTHS[mo as usize - 1])
}

/// Writes log lines and counts them.
pub(crate) struct LogWriter<'w, W: Write> {
    out: &'w mut W,
    line: String,
    syslog: bool,
    /// Wall-clock second of simulated time 0.
    start: i64,
    pub bytes: u64,
    pub lines: u64,
}

impl<'w, W: Write> LogWriter<'w, W> {
    pub fn new(out: &'w mut W, syslog: bool, start: i64) -> Self {
        LogWriter { out, line: String::with_capacity(256), syslog, start, bytes: 0, lines: 0 }
    }

    /// One line of appliance `host` (used in the syslog form) at `now_ms` of simulated time.
    pub fn line(&mut self, host: &str, now_ms: u64, body: &str) -> io::Result<()> {
        let secs = self.start + (now_ms / 1000) as i64;
        self.line.clear();
        if self.syslog {
            let (_, mo, d, h, mi, s) = civil_from_seconds(secs);
            let _ = write!(
                self.line,
                "{} {d:>2} {h:02}:{mi:02}:{s:02} {host} mail_logs: Info: {body}",
                MONTHS[mo as usize - 1]
            );
        } else {
            let _ = write!(self.line, "{} Info: {body}", classic_stamp(secs));
        }
        self.line.push('\n');
        self.out.write_all(self.line.as_bytes())?;
        self.bytes += self.line.len() as u64;
        self.lines += 1;
        Ok(())
    }
}
