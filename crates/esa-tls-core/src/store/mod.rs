//! The record store: correlated records kept so that questions need not reread the raw logs.
//!
//! A store is a new sink (`esa-tls ingest`, `follow --store`, `listen --store`) and a new source (every
//! command with `--store URL` and no paths) of the same records the pipeline makes. Two backends behind
//! one [`Backend`] trait: an embedded SQLite file ([`sqlite`], the default, nothing to install) and a
//! ClickHouse server over its HTTP interface ([`clickhouse`], for fleets).
//!
//! What a store holds:
//! - every record, in the order the correlator emitted it (`seq`), as its JSON contract text, with the
//!   columns the questions need: its place in time, kind, verdict figures (see [`Facts`]) and lookup
//!   keys (MIDs, Message-IDs, addresses, connection IDs, peers; see [`lookup_keys`]);
//! - the open correlation state at the end of the last ingest, and how far each input file was read
//!   (see [`ingest`]): a log ingested in pieces gives the records of one run over the whole;
//! - *provisional* records: what a run ending where the last ingest ended would report for what was
//!   still open (messages in flight, connections not yet closed). A command reading the store sees them,
//!   so its output equals a run over the same logs; the next ingest replaces them.

pub mod clickhouse;
mod codec;
pub mod ingest;
pub mod query;
pub mod rollup;
pub mod sqlite;
pub mod writer;

pub use codec::{key_hash, lookup_keys, search_keys, time_key, time_of_key, Facts};

use crate::model::Record;
use crate::pipeline::SourceCarry;
use crate::report::filter::TimeRange;
use std::path::PathBuf;

/// Version of the store's schema. A store written by a newer esa-tls is refused, not misread; an older
/// one is migrated when opened for writing.
pub const SCHEMA_VERSION: u32 = 1;

/// A store failure: it could not be opened, reached, read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<String> for StoreError {
    fn from(s: String) -> Self {
        StoreError(s)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Where a store is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite database file (created when missing).
    Sqlite(PathBuf),
    /// A ClickHouse server's HTTP interface and database.
    ClickHouse { base: String, database: String, user: Option<String>, password: Option<String> },
}

impl Location {
    /// Reads a store URL: a path or `sqlite://PATH` (SQLite), `clickhouse://[USER[:PASSWORD]@]HOST[:PORT]/DB`
    /// (ClickHouse over HTTP, port 8123 by default).
    pub fn parse(url: &str) -> Result<Location> {
        // said in errors without a password
        let shown = match url.split_once("://") {
            Some((scheme, rest)) => match rest.rsplit_once('@') {
                Some((_, host)) => format!("{scheme}://…@{host}"),
                None => url.to_string(),
            },
            None => url.to_string(),
        };
        let url_for_errors = shown.as_str();
        if let Some(rest) = url.strip_prefix("clickhouse://") {
            let (auth, rest) = match rest.rsplit_once('@') {
                Some((a, r)) => (Some(a), r),
                None => (None, rest),
            };
            let (hostport, db) = rest.split_once('/').unwrap_or((rest, ""));
            let db = db.trim_end_matches('/');
            if hostport.is_empty() {
                return Err(StoreError(format!("{url_for_errors}: no host (clickhouse://HOST[:PORT]/DATABASE)")));
            }
            let database = if db.is_empty() { "default".to_string() } else { db.to_string() };
            if !database.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') {
                return Err(StoreError(format!(
                    "{url_for_errors}: the database name may hold letters, digits and _ only"
                )));
            }
            let hostport = if hostport.contains(':') && !hostport.ends_with(']') {
                hostport.to_string()
            } else {
                format!("{hostport}:8123")
            };
            let (user, password) = match auth {
                Some(a) => match a.split_once(':') {
                    Some((u, p)) => (Some(u.to_string()), Some(p.to_string())),
                    None => (Some(a.to_string()), None),
                },
                None => (None, None),
            };
            return Ok(Location::ClickHouse { base: format!("http://{hostport}/"), database, user, password });
        }
        if url.contains("://") && !url.starts_with("sqlite://") {
            return Err(StoreError(format!(
                "{url_for_errors}: unknown kind of store (a path or sqlite://PATH for SQLite, clickhouse://HOST:8123/DB for ClickHouse)"
            )));
        }
        let path = url.strip_prefix("sqlite://").unwrap_or(url);
        if path.is_empty() {
            return Err(StoreError("an empty store path".into()));
        }
        Ok(Location::Sqlite(PathBuf::from(path)))
    }

    /// The store used when none is named: `$ESA_TLS_STORE`, else `esa-tls/store.sqlite` in the user's
    /// data folder (`$XDG_DATA_HOME`, else `~/.local/share`).
    pub fn default_url() -> String {
        if let Some(s) = std::env::var_os("ESA_TLS_STORE").filter(|s| !s.is_empty()) {
            return s.to_string_lossy().into_owned();
        }
        let base = std::env::var_os("XDG_DATA_HOME")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("esa-tls").join("store.sqlite").display().to_string()
    }

    /// The location for people: the path, or the server and database (never a password).
    pub fn describe(&self) -> String {
        match self {
            Location::Sqlite(p) => p.display().to_string(),
            Location::ClickHouse { base, database, .. } => format!("clickhouse {base} database {database}"),
        }
    }
}

/// How far an input file was ingested. A file is known by its first line (`head`, a hash) and the hash
/// of its first `prefix_len` bytes (`prefix`): a rotated file (`.c` renamed `.s`, then gzipped, or
/// `maillog` renamed `maillog.1`) is the same file under another name.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileMark {
    pub head: u64,
    pub prefix: u64,
    pub prefix_len: u64,
    /// The name it was last read under.
    pub name: String,
    /// Bytes (decompressed) read and stored.
    pub consumed: u64,
    /// Where its reading stood there.
    pub carry: Option<SourceCarry>,
}

/// What the last ingest left for the next.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    /// The pipeline's state ([`crate::pipeline::Pipeline::save`]), when anything was ingested.
    pub pipeline: Option<Vec<u8>>,
    /// The `seq` of the next record.
    pub next_seq: u64,
    pub files: Vec<FileMark>,
}

/// What an ingest commits with its records, atomically.
#[derive(Debug, Clone)]
pub struct Checkpoint {
    /// The pipeline's state; `None` (a live writer, which keeps no correlation state in the store):
    /// the saved one is left as it is.
    pub pipeline: Option<Vec<u8>>,
    pub next_seq: u64,
    /// Every file known: those read with their new positions, and the others as they were.
    pub files: Vec<FileMark>,
}

/// Which records a scan returns (in `seq` order). The search filters are applied after, exactly as a
/// run over the logs applies them: `keys` only narrows what is read.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub connections: bool,
    pub messages: bool,
    pub range: TimeRange,
    /// Records that carry at least one of these lookup keys (see [`lookup_keys`]); `None`: all.
    pub keys: Option<Vec<String>>,
    /// Only the records a rollup does not hold: the provisional ones, and the final ones outside the
    /// whole hours of `range` (see [`whole_hours`]).
    pub outside_rollup: bool,
}

/// The whole hours within a time range, `[first, end)` (either end open): a rollup answers for
/// them; the records of the hours the range cuts are read one by one.
pub fn whole_hours(range: TimeRange) -> (Option<i64>, Option<i64>) {
    let first = range.since.map(|s| s.div_euclid(3600) * 3600 + if s.rem_euclid(3600) == 0 { 0 } else { 3600 });
    let end = range.until.map(|u| u.div_euclid(3600) * 3600);
    (first, end)
}

/// One row of a store's rollup of the peers report: the figures of some records of one hour (`None`:
/// records without a time) for one peer, or a count of connections without an envelope domain.
#[derive(Debug, Clone)]
pub enum PeerRollup {
    Row {
        hour: Option<i64>,
        direction: crate::model::Direction,
        group: crate::report::peers::PeerGroup,
        key: String,
        row: Box<crate::report::peers::PeerRow>,
        /// The first record with a message crossing at a time, and that time's UTC offset.
        offset: Option<(u64, Option<i32>)>,
    },
    NoDomain {
        direction: crate::model::Direction,
        connections: u64,
    },
}

/// A group of records with the same verdict figures, in one hour of wall-clock time: what summaries
/// are made of (see [`query`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FactRow {
    /// Start of the hour (wall-clock seconds) of the records' place in time; `None` for records without
    /// a time.
    pub hour: Option<i64>,
    /// The first record of the group in `seq` order, and the UTC offset of its time.
    pub first_seq: u64,
    pub first_offset: Option<i32>,
    pub facts: Facts,
    /// Records in the group.
    pub n: u64,
    /// Earliest and latest time of the group's records (time keys, see [`time_key`]).
    pub lo: Option<i64>,
    pub hi: Option<i64>,
}

/// Figures about a store, for people.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoreStats {
    pub connections: u64,
    pub messages: u64,
    pub provisional: u64,
    pub files: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    /// Size on disk (SQLite) or of the tables' data (ClickHouse), in bytes.
    pub bytes: u64,
}

/// A store backend. Writing is a transaction: [`Backend::begin`], records with [`Backend::add`], then
/// [`Backend::commit`] with the checkpoint; anything else ([`Backend::abort`], an error, a crash)
/// leaves the store as it was before `begin`, so a retry neither loses nor duplicates.
pub trait Backend: Send {
    fn location(&self) -> String;
    /// What the last ingest left.
    fn load(&mut self) -> Result<Saved>;
    /// The seq of the next record (cheaper than [`Backend::load`]: no state is read).
    fn next_seq(&mut self) -> Result<u64>;
    fn begin(&mut self) -> Result<()>;
    /// Adds a record (`provisional`: replaced by the next ingest).
    fn add(&mut self, seq: u64, provisional: bool, r: &Record) -> Result<()>;
    fn commit(&mut self, c: &Checkpoint) -> Result<()>;
    fn abort(&mut self);
    /// Records in `seq` order, with their seq, until `f` returns false. Returns how many were read.
    fn scan(&mut self, q: &Scan, f: &mut dyn FnMut(u64, Record) -> bool) -> Result<u64>;
    /// The peers report's rollup rows for the whole hours of `range`; `Ok(false)` when the backend
    /// keeps no such rollup (then every record is read).
    fn peer_rollup(&mut self, range: TimeRange, f: &mut dyn FnMut(PeerRollup)) -> Result<bool>;
    /// The verdict figures of the records in `range`, grouped (see [`FactRow`]).
    fn facts(&mut self, range: TimeRange, f: &mut dyn FnMut(FactRow)) -> Result<()>;
    /// Deletes the records placed before `before` (UTC seconds); returns how many.
    fn prune(&mut self, before: i64) -> Result<u64>;
    fn stats(&mut self) -> Result<StoreStats>;
}

/// Opens (creating if needed) the store at `url`.
pub fn open(url: &str) -> Result<Box<dyn Backend>> {
    match Location::parse(url)? {
        Location::Sqlite(p) => Ok(Box::new(sqlite::Sqlite::open(&p)?)),
        loc @ Location::ClickHouse { .. } => clickhouse::ClickHouse::open(loc),
    }
}

/// Opens a store that must exist already (commands that read): a missing SQLite file is an error, not
/// a new empty store.
pub fn open_existing(url: &str) -> Result<Box<dyn Backend>> {
    if let Location::Sqlite(p) = Location::parse(url)? {
        if !p.exists() {
            return Err(StoreError(format!(
                "{}: no such store (make one with `esa-tls ingest --store {} PATH…`)",
                p.display(),
                p.display()
            )));
        }
    }
    open(url)
}

/// The records of a search over a store, into `sink`, as a run over the logs gives them: the store
/// reads only the records the search's lookup keys and time range can match, then the search's own
/// filters keep exactly what a run over the logs keeps (`narrow`: see
/// [`crate::report::filter::Filtered`]). `kinds`: connections, messages. Returns how many of each
/// were read.
pub fn search(
    b: &mut dyn Backend,
    kinds: (bool, bool),
    range: TimeRange,
    search: &crate::report::filter::Search,
    narrow: bool,
    sink: &mut dyn crate::sink::Sink,
) -> Result<(u64, u64)> {
    let q = Scan {
        connections: kinds.0,
        messages: kinds.1,
        range,
        keys: search_keys(search, kinds.0),
        outside_rollup: false,
    };
    let (mut conns, mut msgs) = (0u64, 0u64);
    let mut filtered = crate::report::filter::Filtered { range, search: search.clone(), narrow, inner: sink };
    let filtered = filtered.sink();
    b.scan(&q, &mut |_, r| {
        match &r {
            Record::Connection(_) => conns += 1,
            Record::Message(_) => msgs += 1,
        }
        filtered.record(r);
        !filtered.stopped()
    })?;
    Ok((conns, msgs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(Location::parse("/var/lib/esa-tls/x.db"), Ok(Location::Sqlite("/var/lib/esa-tls/x.db".into())));
        assert_eq!(Location::parse("sqlite://rel/x.db"), Ok(Location::Sqlite("rel/x.db".into())));
        assert_eq!(
            Location::parse("clickhouse://ch.example:9000/mail"),
            Ok(Location::ClickHouse {
                base: "http://ch.example:9000/".into(),
                database: "mail".into(),
                user: None,
                password: None
            })
        );
        assert_eq!(
            Location::parse("clickhouse://u:p@127.0.0.1/"),
            Ok(Location::ClickHouse {
                base: "http://127.0.0.1:8123/".into(),
                database: "default".into(),
                user: Some("u".into()),
                password: Some("p".into())
            })
        );
        assert!(Location::parse("clickhouse://h/bad-name").is_err());
        assert!(Location::parse("clickhouse:///db").is_err());
        assert!(Location::parse("postgres://h/db").is_err());
        assert!(Location::parse("").is_err());
        let described = Location::parse("clickhouse://u:secret@h/db").unwrap().describe();
        assert!(!described.contains("secret"), "{described}");
        let e = Location::parse("clickhouse://u:secret@h/bad-db").unwrap_err().to_string();
        assert!(!e.contains("secret") && e.contains("bad-db"), "{e}");
    }
}
