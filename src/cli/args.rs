//! What the command line says, as clap parses it (the "low" arguments), and its validation into
//! the configuration a run uses ([`InputConfig`]): paths expanded into sources, times and values
//! checked, library options built. Nothing below this module sees a clap type.

use clap::{Args, ValueEnum};
use esa_tls::correlate::Limits;
use esa_tls::input::{self, InputError, Source};
use esa_tls::model::{Direction, TlsOutcome};
use esa_tls::output::Format;
use esa_tls::pipeline::Options;
use esa_tls::report::filter::{AddressPattern, Search, TimeRange};
use esa_tls::report::peers::{PeerGroup, PeerSort};
use esa_tls::report::summary::{Bucket, Scope};
use std::io;
use std::path::PathBuf;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Aligned columns for people (default on a terminal).
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line (default when piped).
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
    /// Elastic Common Schema documents, one per line (messages and connections).
    Ecs,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Ndjson => Format::Ndjson,
            FormatArg::Csv => Format::Csv,
            FormatArg::Ecs => Format::Ecs,
        }
    }
}

/// Width of a time bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BucketArg {
    Hour,
    Day,
}

impl From<BucketArg> for Bucket {
    fn from(b: BucketArg) -> Bucket {
        match b {
            BucketArg::Hour => Bucket::Hour,
            BucketArg::Day => Bucket::Day,
        }
    }
}

/// How peers are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupArg {
    /// Sender domain (inbound) or recipient domain (outbound).
    Domain,
    /// Verified reverse DNS host or IP (inbound), destination IP (outbound).
    Host,
}

impl From<GroupArg> for PeerGroup {
    fn from(g: GroupArg) -> PeerGroup {
        match g {
            GroupArg::Domain => PeerGroup::Domain,
            GroupArg::Host => PeerGroup::Host,
        }
    }
}

/// Order of the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Most messages (inbound) or recipients (outbound) first.
    Messages,
    /// Most connections first.
    Connections,
    /// Most messages not encrypted first.
    Unencrypted,
    /// Lowest share encrypted first.
    Encrypted,
    /// By name.
    Name,
}

impl From<SortArg> for PeerSort {
    fn from(s: SortArg) -> PeerSort {
        match s {
            SortArg::Messages => PeerSort::Messages,
            SortArg::Connections => PeerSort::Connections,
            SortArg::Unencrypted => PeerSort::Unencrypted,
            SortArg::Encrypted => PeerSort::Encrypted,
            SortArg::Name => PeerSort::Name,
        }
    }
}

#[derive(Args, Clone)]
pub struct InputArgs {
    /// Log files, .gz files, log folders, or `-` for stdin (read without paths when it is a pipe
    /// or a file with data).
    pub paths: Vec<PathBuf>,
    /// Appliance name for lines that carry no syslog hostname (`NAME`), or for the lines of one
    /// input path (`NAME=PATH`, repeatable). Default: the serial number of the file header.
    #[arg(long, value_name = "NAME|NAME=PATH")]
    pub appliance: Vec<String>,
    /// Year of the first syslog timestamp (they carry none; New Year still rolls over); inferred otherwise.
    #[arg(long, value_parser = clap::value_parser!(i32).range(1970..=9999))]
    pub year: Option<i32>,
    /// Offset from UTC for times whose file header gives none: seconds as the header writes them
    /// (-14400) or a zone (-04:00, -0400, UTC-4), from UTC-12 to UTC+14.
    #[arg(long, allow_hyphen_values = true, value_name = "SECONDS|ZONE", value_parser = esa_tls::time::parse_utc_offset)]
    pub utc_offset: Option<i32>,
    /// Syslog tag of the mail log subscription (repeatable, or a comma list); default: tags
    /// containing "mail", and others whose lines are mail-log lines by their content.
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Print per-file line counts (used, ignored, not understood) and examples on stderr.
    #[arg(long)]
    pub stats: bool,
    /// No notes on stderr (errors are still printed).
    #[arg(long, short)]
    pub quiet: bool,
    /// Threads (default: one per core): one correlates, the others parse; 1 does everything on one
    /// thread. Output is the same for any number.
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub threads: Option<u16>,
    /// Read files with `read` instead of mapping them into memory (a map saves copying every byte,
    /// and tells when a file is cut short while it is read: an error, exit 2).
    #[arg(long)]
    pub no_mmap: bool,
    /// Most connections, and most messages, kept open at once per appliance before the oldest is
    /// reported early (bounds memory on logs where closing lines are missing).
    #[arg(long, default_value_t = 50_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_open: u64,
    /// Keep only records at or after this log time (2024-03-01 or 2024-03-01T08:00, the logs' wall
    /// clock; with a zone, 2024-03-01T08:00-05:00 or …T13:00Z, an instant; or before now: 2h,
    /// 30min, 7d, today, yesterday).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Keep only records before this log time.
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    #[command(flatten)]
    pub search: SearchArgs,
    /// A record store (made by `esa-tls ingest`): read the records from it instead of logs. A path or
    /// sqlite://PATH (SQLite), or clickhouse://HOST:8123/DB; alone, the default store ($ESA_TLS_STORE,
    /// else ~/.local/share/esa-tls/store.sqlite). `follow` and `listen` write their records into it.
    #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = "", help_heading = "Store")]
    pub store: Option<String>,
}

/// TLS verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TlsArg {
    Success,
    Failed,
    None,
    Unknown,
}

impl From<TlsArg> for TlsOutcome {
    fn from(t: TlsArg) -> TlsOutcome {
        match t {
            TlsArg::Success => TlsOutcome::Success,
            TlsArg::Failed => TlsOutcome::Failed,
            TlsArg::None => TlsOutcome::None,
            TlsArg::Unknown => TlsOutcome::Unknown,
        }
    }
}

/// Find messages and connections: every filter given must match; one given several times (or as a
/// comma list) matches when any of its values does. Correlation still reads everything.
#[derive(Args, Default, Clone)]
pub struct SearchArgs {
    /// Message ID (MID): `500032`, or as the log writes it (`MID 500032`).
    #[arg(long, value_name = "MID", value_delimiter = ',', value_parser = mid, help_heading = "Search")]
    pub mid: Vec<u64>,
    /// Inbound connection (ICID).
    #[arg(long, value_name = "ICID", value_delimiter = ',', value_parser = icid, help_heading = "Search")]
    pub icid: Vec<u64>,
    /// Delivery connection (DCID).
    #[arg(long, value_name = "DCID", value_delimiter = ',', value_parser = dcid, help_heading = "Search")]
    pub dcid: Vec<u64>,
    /// The Message-ID header (angle brackets optional; `Message-ID: <…>` pasted whole is its value).
    #[arg(long, value_name = "ID", help_heading = "Search")]
    pub message_id: Vec<String>,
    /// Sender: a full address, `@domain` or `*@domain` (that domain only), a domain (with its
    /// subdomains) or `*.domain` (its subdomains only); any case.
    #[arg(long, value_name = "ADDRESS", value_delimiter = ',', help_heading = "Search")]
    pub from: Vec<String>,
    /// A recipient, as for --from.
    #[arg(long, value_name = "ADDRESS", value_delimiter = ',', help_heading = "Search")]
    pub to: Vec<String>,
    /// Part of the (decoded) subject, any case.
    #[arg(long, value_name = "TEXT", help_heading = "Search")]
    pub subject: Vec<String>,
    /// The remote side of a hop: an IP address, a host, or a domain (the hosts under it).
    #[arg(long, value_name = "IP|HOST|DOMAIN", value_delimiter = ',', help_heading = "Search")]
    pub peer: Vec<String>,
    /// The TLS verdict of any hop (of --direction's hops when given).
    #[arg(long, value_enum, ignore_case = true, value_delimiter = ',', help_heading = "Search")]
    pub tls: Vec<TlsArg>,
    /// Inbound (received) or outbound (delivered) only.
    #[arg(long = "direction", value_enum, ignore_case = true, help_heading = "Search")]
    pub direction: Option<InOutArg>,
}

/// One direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InOutArg {
    Inbound,
    Outbound,
}

impl SearchArgs {
    pub fn search(&self) -> Result<Search, String> {
        let addrs = |v: &[String], flag: &str| -> Result<Vec<AddressPattern>, String> {
            v.iter().map(|a| AddressPattern::parse(a).map_err(|m| format!("{flag} {a:?}: {m}"))).collect()
        };
        Ok(Search {
            mids: self.mid.clone(),
            icids: self.icid.clone(),
            dcids: self.dcid.clone(),
            message_ids: self.message_id.iter().map(|m| esa_tls::model::bare_message_id(m).to_string()).collect(),
            from: addrs(&self.from, "--from")?,
            to: addrs(&self.to, "--to")?,
            subjects: self.subject.iter().map(|s| s.to_lowercase()).collect(),
            peers: self.peer.iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect(),
            tls: self.tls.iter().map(|&t| t.into()).collect(),
            direction: self.direction.map(|d| match d {
                InOutArg::Inbound => Direction::Inbound,
                InOutArg::Outbound => Direction::Outbound,
            }),
        })
    }
}

/// A validated run over inputs: what to read and how.
pub struct InputConfig {
    pub sources: Vec<Source>,
    /// Problems found while expanding the paths (missing files, …): reported, the rest still read.
    pub errors: Vec<InputError>,
    pub notes: Vec<String>,
    pub options: Options,
    pub range: TimeRange,
    pub search: Search,
    /// `--appliance NAME=PATH` pairs.
    pub named: Vec<(String, PathBuf)>,
    pub quiet: bool,
    pub stats: bool,
    /// `--store`: the store's URL (the default one when given without a value).
    pub store: Option<String>,
    /// The kinds of record the command uses (a store reads only those): connections, messages.
    pub kinds: (bool, bool),
}

/// `--appliance` values: one global name, and `NAME=PATH` pairs.
type Appliances = (Option<String>, Vec<(String, PathBuf)>);

fn appliances(values: &[String]) -> Result<Appliances, String> {
    let mut global = None;
    let mut paths = Vec::new();
    for v in values {
        match v.split_once('=') {
            Some((name, path)) if !name.is_empty() && !path.is_empty() => {
                paths.push((name.to_string(), PathBuf::from(path)))
            }
            Some(_) => return Err(format!("--appliance {v:?}: use NAME or NAME=PATH")),
            None if global.is_some() => {
                return Err("--appliance NAME is given twice; use NAME=PATH to name the appliance of each input".into())
            }
            None => global = Some(v.clone()),
        }
    }
    Ok((global, paths))
}

/// Whether stdin holds input to read: a pipe, a socket, or a regular file with data. Not a terminal,
/// and not what cron and service managers hand a job (`/dev/null`, an empty file, nothing at all):
/// reading that would give an empty report that looks like a clean one.
fn stdin_has_input() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let Ok(fd) = io::stdin().as_fd().try_clone_to_owned() else { return false };
    let Ok(meta) = std::fs::File::from(fd).metadata() else { return false };
    let t = meta.file_type();
    t.is_fifo() || t.is_socket() || (t.is_file() && meta.len() > 0)
}

impl InputArgs {
    /// The search and time range as given (`--to gmail.example --since 2024-03-10`), for a report to
    /// say which records it counts; `None` when it counts every one.
    pub fn kept_by(&self) -> Option<String> {
        let s = &self.search;
        let mut parts = Vec::new();
        let mut add = |flag: &str, v: Vec<String>| {
            if !v.is_empty() {
                parts.push(format!("--{flag} {}", v.join(",")));
            }
        };
        add("mid", s.mid.iter().map(u64::to_string).collect());
        add("icid", s.icid.iter().map(u64::to_string).collect());
        add("dcid", s.dcid.iter().map(u64::to_string).collect());
        add("message-id", s.message_id.clone());
        add("from", s.from.clone());
        add("to", s.to.clone());
        add("subject", s.subject.clone());
        add("peer", s.peer.clone());
        add("tls", s.tls.iter().map(cli_name).collect());
        add("direction", s.direction.iter().map(cli_name).collect());
        add("since", self.since.iter().cloned().collect());
        add("until", self.until.iter().cloned().collect());
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// What a report counts: every record, those of a time range, or those a search keeps. (A
    /// search or time that does not parse counts as none: [`InputArgs::config`] refuses it.)
    pub fn scope(&self) -> Scope {
        let range = TimeRange::parse(self.since.as_deref(), self.until.as_deref()).unwrap_or_default();
        Scope::of(&self.search.search().unwrap_or_default(), &range)
    }

    /// Validates the arguments and expands the paths. `keep_text`: the records keep their texts
    /// (off for runs that need verdicts only).
    pub fn config(&self, keep_text: bool) -> Result<InputConfig, String> {
        let mut cfg = self.config_without_paths(keep_text)?;
        if cfg.store.is_some() {
            if !self.paths.is_empty() {
                return Err("--store reads the records of a store: give no log paths with it (to add logs to a store: esa-tls ingest --store URL PATH…)".into());
            }
            return Ok(cfg);
        }
        let (mut errors, mut notes) = (Vec::new(), Vec::new());
        cfg.sources = if self.paths.is_empty() {
            if !stdin_has_input() {
                return Err("no input: give log files or folders, or pipe a log on stdin (stdin here is a terminal, empty, or not a pipe; see --help)".into());
            }
            vec![Source::stdin()]
        } else {
            input::expand(&self.paths, &cfg.named, &mut errors, &mut notes)
        };
        cfg.errors = errors;
        cfg.notes = notes;
        Ok(cfg)
    }

    /// The options and filters, validated, without reading the paths (live inputs follow them
    /// themselves).
    pub fn config_without_paths(&self, keep_text: bool) -> Result<InputConfig, String> {
        let (global, named) = appliances(&self.appliance)?;
        let search = self.search.search()?;
        let range = TimeRange::parse(self.since.as_deref(), self.until.as_deref()).map_err(|e| format!("--{e}"))?;
        let threads = self
            .threads
            .map(usize::from)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let max_open = usize::try_from(self.max_open).unwrap_or(usize::MAX);
        // the texts the filters read are kept too (see Search::keeping)
        let options = search.keeping(Options {
            appliance: global,
            year: self.year,
            utc_offset: self.utc_offset,
            mail_tags: self
                .tags
                .iter()
                .flat_map(|t| t.split(','))
                .filter(|t| !t.is_empty())
                .map(String::from)
                .collect(),
            threads,
            mmap: !self.no_mmap,
            limits: Limits { max_connections: max_open, max_messages: max_open, ..Limits::default() },
            keep_text,
            ..Options::default()
        });
        Ok(InputConfig {
            sources: Vec::new(),
            errors: Vec::new(),
            notes: Vec::new(),
            options,
            range,
            search,
            named,
            quiet: self.quiet,
            stats: self.stats,
            store: self.store.as_deref().map(store_url),
            kinds: (true, true),
        })
    }

    /// Refuses the options that choose records (a store keeps them all).
    pub fn no_filters(&self, what: &str) -> Result<(), String> {
        let search = self.search.search()?;
        if !search.is_empty() || self.since.is_some() || self.until.is_some() {
            return Err(format!(
                "{what} keeps every record: --since, --until and the search filters are for the commands that read the store"
            ));
        }
        Ok(())
    }
}

/// `--store`'s value: the URL given, or the default store.
pub fn store_url(v: &str) -> String {
    if v.is_empty() {
        esa_tls::store::Location::default_url()
    } else {
        v.to_string()
    }
}

impl InputConfig {
    /// The appliance `--appliance NAME=PATH` names for a path.
    pub fn appliance_of(&self, path: &std::path::Path) -> Option<String> {
        let p = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        input::appliance_for(&p, &input::canonical_appliances(&self.named))
    }
}

#[derive(Args)]
pub struct RecordArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format (default: table on a terminal, otherwise ndjson).
    #[arg(long, short, value_enum, ignore_case = true)]
    pub format: Option<FormatArg>,
}

#[derive(Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format (default: table on a terminal, otherwise json).
    #[arg(long, short, value_enum, ignore_case = true)]
    pub format: Option<FormatArg>,
    /// Print only the table with this id (ids are in the JSON output). CSV holds one table per
    /// stream: the first, unless this names another.
    #[arg(long, value_name = "ID")]
    pub table: Option<String>,
}

/// The format to write: the one asked for, else a table on a terminal and `piped` otherwise.
pub fn format_or(f: Option<FormatArg>, piped: Format) -> Format {
    use std::io::IsTerminal;
    f.map(Format::from).unwrap_or(if io::stdout().is_terminal() { Format::Table } else { piped })
}

/// Reads a policy file (`--policy`).
pub fn read_policy(p: &Option<PathBuf>) -> Result<Option<esa_tls::report::policy::Policy>, String> {
    let Some(p) = p else { return Ok(None) };
    let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    esa_tls::report::policy::Policy::parse(&text).map(Some).map_err(|e| format!("{}: {e}", p.display()))
}

/// The name a value has on the command line.
fn cli_name<T: ValueEnum>(v: &T) -> String {
    v.to_possible_value().map_or_else(String::new, |v| v.get_name().to_string())
}

/// An ID as given, or as pasted from a log line or a ticket: `500032`, `MID 500032`, `MID:500032`,
/// `#500032` (any case). Another kind's word (`ICID 100004` given to `--mid`) is refused, not
/// searched for as the wrong kind of ID.
fn log_id(s: &str, kind: &str) -> Result<u64, String> {
    let t = s.trim();
    let word = t.find(|c: char| !c.is_ascii_alphabetic()).map_or(t, |i| &t[..i]);
    let t = match word.to_ascii_uppercase().as_str() {
        "" => t,
        w if w == kind => &t[word.len()..],
        w @ ("MID" | "ICID" | "DCID" | "RID") => {
            return Err(format!("{s:?}: {w}, not {kind} (use --{})", w.to_ascii_lowercase()))
        }
        _ => t,
    };
    let t = t.trim_start_matches([' ', '\t', ':', '#', '=']);
    t.parse::<u64>().map_err(|_| format!("{s:?}: not a number (500032, or {kind} 500032 as logged)"))
}

pub(crate) fn mid(s: &str) -> Result<u64, String> {
    log_id(s, "MID")
}

pub(crate) fn icid(s: &str) -> Result<u64, String> {
    log_id(s, "ICID")
}

pub(crate) fn dcid(s: &str) -> Result<u64, String> {
    log_id(s, "DCID")
}

#[cfg(test)]
mod tests {
    use super::{dcid, icid, mid};

    #[test]
    fn an_id_is_read_as_given_or_as_pasted_from_a_log() {
        for s in ["500032", " 500032 ", "MID 500032", "mid:500032", "MID=500032", "#500032", "MID\t500032"] {
            assert_eq!(mid(s), Ok(500032), "{s:?}");
        }
        assert_eq!(icid("ICID 100004"), Ok(100004));
        assert_eq!(dcid("dcid:20002"), Ok(20002));
        for s in ["", "MID", "MID 5x", "-1", "500032 ICID 7", "MIDX 5", "5 5"] {
            assert!(mid(s).is_err(), "{s:?}");
        }
        // another kind of ID is refused, with the option it belongs to
        assert_eq!(mid("ICID 100004"), Err("\"ICID 100004\": ICID, not MID (use --icid)".into()));
        assert!(icid("MID 5").unwrap_err().contains("--mid"));
        assert!(dcid("RID 0").is_err());
    }
}
