//! The embedded store: one SQLite file (WAL mode, one writer at a time, any number of readers).
//!
//! Tables: `records` (every record: seq, kind, time, verdict figures, compressed JSON body), `keys`
//! (lookup keys of the final records, hashed), `rollup` (the verdict figures of the final records per
//! hour: summaries over millions of messages read a few thousand rows), `peer_rollup` (the peers
//! report per hour and peer, see [`super::rollup`]), `files` (how far each input was
//! read), `state` (the open correlation state and the next seq), `meta` (schema version, the body
//! dictionary). Provisional records (see [`super`]) have seq ≥ the saved next seq, no keys and no
//! rollup: the next ingest deletes them with one range.

use super::codec::{from_json, key_hash, to_json, BodyCodec};
use super::rollup::{PeerRollups, RollupColumns, NO_TIME};
use super::{Backend, Checkpoint, FactRow, Facts, FileMark, PeerRollup, Result, Saved, Scan, StoreError, StoreStats};
use crate::model::Record;
use crate::report::filter::TimeRange;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Records whose JSON makes the body dictionary.
const DICT_SAMPLES: usize = 48;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY,
    provisional INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    t_local INTEGER,
    t_off INTEGER,
    lo INTEGER,
    hi INTEGER,
    direction INTEGER NOT NULL,
    tls INTEGER NOT NULL,
    smtp INTEGER NOT NULL,
    in_enc INTEGER NOT NULL,
    generated INTEGER NOT NULL,
    r0 INTEGER NOT NULL, r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL,
    dict INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS records_time ON records (t_local);
CREATE TABLE IF NOT EXISTS keys (h INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (h, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rollup (
    hour INTEGER NOT NULL,
    kind INTEGER NOT NULL, direction INTEGER NOT NULL, tls INTEGER NOT NULL,
    smtp INTEGER NOT NULL, in_enc INTEGER NOT NULL, generated INTEGER NOT NULL,
    n INTEGER NOT NULL, r0 INTEGER NOT NULL, r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL,
    first_seq INTEGER NOT NULL, first_off INTEGER, lo INTEGER, hi INTEGER,
    PRIMARY KEY (hour, kind, direction, tls, smtp, in_enc, generated)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS peer_rollup (
    hour INTEGER NOT NULL, direction INTEGER NOT NULL, grp INTEGER NOT NULL, key TEXT NOT NULL,
    c0 INTEGER NOT NULL, c1 INTEGER NOT NULL, c2 INTEGER NOT NULL, c3 INTEGER NOT NULL,
    m0 INTEGER NOT NULL, m1 INTEGER NOT NULL, m2 INTEGER NOT NULL,
    protocols TEXT NOT NULL,
    fail INTEGER NOT NULL, fail_t INTEGER, fail_seq INTEGER, fail_reason TEXT,
    seen_lo INTEGER, seen_hi INTEGER,
    off_seq INTEGER, off INTEGER
);
CREATE INDEX IF NOT EXISTS peer_rollup_hour ON peer_rollup (hour);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    head INTEGER NOT NULL,
    prefix INTEGER NOT NULL,
    prefix_len INTEGER NOT NULL,
    name TEXT NOT NULL,
    consumed INTEGER NOT NULL,
    carry TEXT,
    UNIQUE (head, prefix, prefix_len)
);
CREATE TABLE IF NOT EXISTS state (id INTEGER PRIMARY KEY CHECK (id = 1), pipeline BLOB, next_seq INTEGER NOT NULL);
";

/// One group of the rollup being added to in a transaction.
#[derive(Default, Clone, Copy)]
struct Agg {
    n: u64,
    r: [u64; 4],
    first_seq: u64,
    first_off: Option<i32>,
    lo: Option<i64>,
    hi: Option<i64>,
}

/// A record waiting for the body dictionary (the store's first records).
struct Waiting {
    seq: u64,
    provisional: bool,
    record: Record,
}

pub struct Sqlite {
    conn: Connection,
    path: PathBuf,
    /// The body codec, once the dictionary exists (id 1), and the dictionary itself.
    codec: Option<BodyCodec>,
    in_tx: bool,
    rollup: HashMap<(i64, Facts), Agg>,
    waiting: Vec<Waiting>,
    /// Seq of the first provisional record (the saved next seq).
    provisional_from: u64,
    /// Lookup keys to insert, in key order at the next flush: the key index is a B-tree, and keys in
    /// order touch each of its pages once, not once per key.
    keys: Vec<(i64, i64)>,
    /// The peers rollup of this transaction.
    peers: PeerRollups,
}

/// Keys held before they are inserted.
const KEY_BATCH: usize = 1 << 21;

fn err<'p>(what: &str, path: &'p Path) -> impl Fn(rusqlite::Error) -> StoreError + 'p {
    let what = what.to_string();
    move |e| StoreError(format!("{}: {what}: {}", path.display(), sql_message(&e)))
}

/// The error said plainly: a full disk, a locked or read-only database, a file that is not one.
fn sql_message(e: &rusqlite::Error) -> String {
    use rusqlite::ffi::ErrorCode::*;
    if let rusqlite::Error::SqliteFailure(f, msg) = e {
        let plain = match f.code {
            DiskFull => Some("the disk is full"),
            DatabaseBusy | DatabaseLocked => Some("the store is locked by another esa-tls writing to it"),
            ReadOnly => Some("the store is read-only"),
            NotADatabase => Some("not an esa-tls store (not a SQLite database)"),
            CannotOpen => Some("cannot open the file (does its folder exist and is it writable?)"),
            _ => None,
        };
        if let Some(p) = plain {
            return p.to_string();
        }
        if let Some(m) = msg {
            return m.clone();
        }
    }
    e.to_string()
}

impl Sqlite {
    pub fn open(path: &Path) -> Result<Sqlite> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError(format!("{}: cannot make its folder: {e}", path.display())))?;
        }
        let conn = Connection::open(path).map_err(err("opening", path))?;
        conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(err("opening", path))?;
        // WAL: readers never wait for the writer; NORMAL sync is safe with WAL (a crash loses at most
        // the last commits, never consistency)
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err("opening", path))?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err("opening", path))?;
        // 64 MB of page cache (the default is 2 MB): ingests and lookups touch the indexes' pages
        conn.pragma_update(None, "cache_size", -65_536).map_err(err("opening", path))?;
        let version: Option<u32> = conn
            .query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0))
            .optional()
            .or_else(|e| match e {
                // a new file has no meta table yet
                rusqlite::Error::SqliteFailure(_, Some(ref m)) if m.contains("no such table") => Ok(None),
                e => Err(e),
            })
            .map_err(err("reading", path))?;
        match version {
            Some(v) if v > super::SCHEMA_VERSION => {
                return Err(StoreError(format!(
                    "{}: the store has schema version {v}, newer than this esa-tls understands ({}): upgrade esa-tls",
                    path.display(),
                    super::SCHEMA_VERSION
                )))
            }
            // migrations from older versions go here, one step per version
            _ => {}
        }
        // a store of this version is only read here: nothing is written to open it (a reader may
        // have read access only)
        if version != Some(super::SCHEMA_VERSION) {
            conn.execute_batch(SCHEMA).map_err(err("creating the tables", path))?;
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?1)",
                params![super::SCHEMA_VERSION],
            )
            .map_err(err("creating the tables", path))?;
        }
        let dict: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM meta WHERE key = 'dict'", [], |r| r.get(0))
            .optional()
            .map_err(err("reading", path))?;
        let provisional_from: u64 = conn
            .query_row("SELECT next_seq FROM state WHERE id = 1", [], |r| r.get(0))
            .optional()
            .map_err(err("reading", path))?
            .unwrap_or(0);
        Ok(Sqlite {
            conn,
            path: path.to_path_buf(),
            codec: dict.map(BodyCodec::new),
            in_tx: false,
            rollup: HashMap::new(),
            waiting: Vec::new(),
            provisional_from,
            keys: Vec::new(),
            peers: PeerRollups::default(),
        })
    }

    fn e(&self, what: &str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        err(what, &self.path)
    }

    /// Writes one record (the codec exists).
    fn write(&mut self, seq: u64, provisional: bool, r: &Record) -> Result<()> {
        let (f, t, lo, hi) = Facts::of(r);
        let json = to_json(r);
        let body = self.codec.as_ref().map(|c| c.compress(&json)).unwrap_or_default();
        let mut ins = self
            .conn
            .prepare_cached(
                "INSERT INTO records (seq, provisional, kind, t_local, t_off, lo, hi, direction, tls, smtp, in_enc, generated, r0, r1, r2, r3, dict, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 1, ?17)",
            )
            .map_err(err("writing", &self.path))?;
        ins.execute(params![
            seq as i64,
            provisional,
            f.kind,
            t.map(|t| t.local),
            t.and_then(|t| t.offset),
            lo.map(super::time_key),
            hi.map(super::time_key),
            f.direction,
            f.tls,
            f.smtp,
            f.in_enc,
            f.generated,
            f.recipients[0] as i64,
            f.recipients[1] as i64,
            f.recipients[2] as i64,
            f.recipients[3] as i64,
            body,
        ])
        .map_err(err("writing", &self.path))?;
        drop(ins);
        if provisional {
            return Ok(());
        }
        for k in super::lookup_keys(r) {
            self.keys.push((key_hash(&k), seq as i64));
        }
        if self.keys.len() >= KEY_BATCH {
            self.flush_keys()?;
        }
        let hour = t.map_or(NO_TIME, |t| t.local.div_euclid(3600) * 3600);
        let group = Facts { recipients: [0; 4], ..f };
        let a = self.rollup.entry((hour, group)).or_insert(Agg {
            first_seq: seq,
            first_off: t.and_then(|t| t.offset),
            ..Agg::default()
        });
        a.n += 1;
        for i in 0..4 {
            a.r[i] += f.recipients[i];
        }
        a.lo = match (a.lo, lo.map(super::time_key)) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        a.hi = match (a.hi, hi.map(super::time_key)) {
            (Some(x), Some(y)) => Some(x.max(y)),
            (x, y) => x.or(y),
        };
        self.peers.add(r, seq, hour);
        Ok(())
    }

    /// Makes the body dictionary from the records waiting for it, and writes them.
    fn make_dictionary(&mut self) -> Result<()> {
        let samples: Vec<Vec<u8>> = self.waiting.iter().map(|w| to_json(&w.record)).collect();
        let dict = BodyCodec::dictionary(&samples);
        self.conn
            .execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('dict', ?1)", params![dict])
            .map_err(self.e("writing"))?;
        self.codec = Some(BodyCodec::new(dict));
        for w in std::mem::take(&mut self.waiting) {
            self.write(w.seq, w.provisional, &w.record)?;
        }
        Ok(())
    }

    fn flush_keys(&mut self) -> Result<()> {
        self.keys.sort_unstable();
        let mut ins = self
            .conn
            .prepare_cached("INSERT OR IGNORE INTO keys (h, seq) VALUES (?1, ?2)")
            .map_err(err("writing", &self.path))?;
        for (h, seq) in self.keys.drain(..) {
            ins.execute(params![h, seq]).map_err(err("writing", &self.path))?;
        }
        Ok(())
    }

    fn flush_peers(&mut self) -> Result<()> {
        let mut ins = self
            .conn
            .prepare_cached(
                "INSERT INTO peer_rollup (hour, direction, grp, key, c0, c1, c2, c3, m0, m1, m2, protocols, fail, fail_t, fail_seq, fail_reason, seen_lo, seen_hi, off_seq, off)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
            )
            .map_err(err("writing", &self.path))?;
        for (hour, item) in self.peers.drain() {
            let c = RollupColumns::of(hour, item);
            ins.execute(params![
                c.hour,
                c.direction,
                c.grp,
                c.key,
                c.c0 as i64,
                c.c1 as i64,
                c.c2 as i64,
                c.c3 as i64,
                c.m0 as i64,
                c.m1 as i64,
                c.m2 as i64,
                c.protocols,
                c.fail,
                c.fail_t,
                c.fail_seq as i64,
                c.fail_reason,
                c.seen_lo,
                c.seen_hi,
                c.off_seq.map(|s| s as i64),
                c.off,
            ])
            .map_err(err("writing", &self.path))?;
        }
        Ok(())
    }

    fn flush_rollup(&mut self) -> Result<()> {
        let mut up = self
            .conn
            .prepare_cached(
                "INSERT INTO rollup (hour, kind, direction, tls, smtp, in_enc, generated, n, r0, r1, r2, r3, first_seq, first_off, lo, hi)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                 ON CONFLICT (hour, kind, direction, tls, smtp, in_enc, generated) DO UPDATE SET
                   n = n + excluded.n, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
                   first_off = CASE WHEN excluded.first_seq < first_seq THEN excluded.first_off ELSE first_off END,
                   first_seq = min(first_seq, excluded.first_seq),
                   lo = CASE WHEN lo IS NULL THEN excluded.lo WHEN excluded.lo IS NULL THEN lo ELSE min(lo, excluded.lo) END,
                   hi = CASE WHEN hi IS NULL THEN excluded.hi WHEN excluded.hi IS NULL THEN hi ELSE max(hi, excluded.hi) END",
            )
            .map_err(err("writing", &self.path))?;
        for ((hour, f), a) in self.rollup.drain() {
            up.execute(params![
                hour,
                f.kind,
                f.direction,
                f.tls,
                f.smtp,
                f.in_enc,
                f.generated,
                a.n as i64,
                a.r[0] as i64,
                a.r[1] as i64,
                a.r[2] as i64,
                a.r[3] as i64,
                a.first_seq as i64,
                a.first_off,
                a.lo,
                a.hi
            ])
            .map_err(err("writing", &self.path))?;
        }
        Ok(())
    }

    fn decode(&self, kind: u8, dict: i64, body: &[u8]) -> Result<Record> {
        let json = match (dict, &self.codec) {
            (0, _) => body.to_vec(),
            (_, Some(c)) => c.decompress(body).map_err(|e| StoreError(format!("{}: {e}", self.path.display())))?,
            (_, None) => return Err(StoreError(format!("{}: the body dictionary is missing", self.path.display()))),
        };
        from_json(kind, &json).map_err(|e| StoreError(format!("{}: {e}", self.path.display())))
    }
}

/// `AND …` conditions and their values for a time range on `t_local`.
fn range_sql(range: TimeRange, col: &str, args: &mut Vec<rusqlite::types::Value>) -> String {
    let mut s = String::new();
    if let Some(since) = range.since {
        s.push_str(&format!(" AND {col} >= ?"));
        args.push(since.into());
    }
    if let Some(until) = range.until {
        s.push_str(&format!(" AND {col} < ?"));
        args.push(until.into());
    }
    if !range.is_open() {
        s.push_str(&format!(" AND {col} IS NOT NULL"));
    }
    s
}

/// `AND …` on a rollup's `hour`: the whole hours of the range.
fn rollup_hours_sql(range: TimeRange, args: &mut Vec<rusqlite::types::Value>) -> String {
    let (first, end) = super::whole_hours(range);
    let mut sql = String::new();
    if let Some(a) = first {
        sql.push_str(" AND hour >= ?");
        args.push(a.into());
    }
    if let Some(b) = end {
        sql.push_str(" AND hour < ?");
        args.push(b.into());
    }
    if !range.is_open() {
        sql.push_str(&format!(" AND hour != {NO_TIME}"));
    }
    sql
}

/// `AND …` on records: those a rollup does not hold, the provisional ones (seq from
/// `provisional_from`) and those of the hours the range cuts. A UNION of index searches: an OR across
/// columns would scan the table.
fn outside_rollup_sql(range: TimeRange, provisional_from: u64, args: &mut Vec<rusqlite::types::Value>) -> String {
    let (first, end) = super::whole_hours(range);
    let mut parts = vec![format!("SELECT seq FROM records WHERE seq >= {provisional_from}")];
    if let (Some(since), Some(a)) = (range.since, first) {
        parts.push("SELECT seq FROM records WHERE t_local >= ? AND t_local < ?".into());
        args.push(since.into());
        args.push(a.into());
    }
    if let (Some(until), Some(b)) = (range.until, end) {
        parts.push("SELECT seq FROM records WHERE t_local >= ? AND t_local < ?".into());
        args.push(b.into());
        args.push(until.into());
    }
    format!(" AND seq IN ({})", parts.join(" UNION ALL "))
}

impl Backend for Sqlite {
    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn load(&mut self) -> Result<Saved> {
        let (pipeline, next_seq): (Option<Vec<u8>>, u64) = self
            .conn
            .query_row("SELECT pipeline, next_seq FROM state WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(self.e("reading"))?
            .unwrap_or((None, 0));
        let mut st = self
            .conn
            .prepare("SELECT head, prefix, prefix_len, name, consumed, carry FROM files ORDER BY id")
            .map_err(self.e("reading"))?;
        let files = st
            .query_map([], |r| {
                let carry: Option<String> = r.get(5)?;
                Ok(FileMark {
                    head: r.get::<_, i64>(0)? as u64,
                    prefix: r.get::<_, i64>(1)? as u64,
                    prefix_len: r.get::<_, i64>(2)? as u64,
                    name: r.get(3)?,
                    consumed: r.get::<_, i64>(4)? as u64,
                    carry: carry.and_then(|c| serde_json::from_str(&c).ok()),
                })
            })
            .map_err(self.e("reading"))?
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(self.e("reading"))?;
        let pipeline = match pipeline {
            Some(z) => {
                Some(super::ingest::inflate(&z).map_err(|e| StoreError(format!("{}: {e}", self.path.display())))?)
            }
            None => None,
        };
        Ok(Saved { pipeline, next_seq, files })
    }

    fn next_seq(&mut self) -> Result<u64> {
        let n: Option<i64> = self
            .conn
            .query_row("SELECT next_seq FROM state WHERE id = 1", [], |r| r.get(0))
            .optional()
            .map_err(self.e("reading"))?;
        Ok(n.unwrap_or(0) as u64)
    }

    fn begin(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(self.e("starting to write"))?;
        self.in_tx = true;
        self.rollup.clear();
        self.waiting.clear();
        self.keys.clear();
        self.peers.clear();
        // another writer may have committed since this store was opened
        self.provisional_from = self.next_seq()?;
        // the provisional records of the last ingest: what this one will say again, or better
        self.conn
            .execute("DELETE FROM records WHERE seq >= ?1", params![self.provisional_from as i64])
            .map_err(self.e("writing"))?;
        Ok(())
    }

    fn add(&mut self, seq: u64, provisional: bool, r: &Record) -> Result<()> {
        if self.codec.is_none() {
            self.waiting.push(Waiting { seq, provisional, record: r.clone() });
            if self.waiting.len() >= DICT_SAMPLES {
                self.make_dictionary()?;
            }
            return Ok(());
        }
        self.write(seq, provisional, r)
    }

    fn commit(&mut self, c: &Checkpoint) -> Result<()> {
        if !self.waiting.is_empty() {
            self.make_dictionary()?;
        }
        self.flush_keys()?;
        self.flush_rollup()?;
        self.flush_peers()?;
        let state = c.pipeline.as_deref().map(super::ingest::deflate);
        self.conn
            .execute(
                "INSERT INTO state (id, pipeline, next_seq) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET pipeline = coalesce(excluded.pipeline, pipeline), next_seq = excluded.next_seq",
                params![state, c.next_seq as i64],
            )
            .map_err(self.e("writing"))?;
        for f in &c.files {
            let carry = f.carry.map(|c| serde_json::to_string(&c).unwrap_or_default());
            self.conn
                .execute(
                    "INSERT INTO files (head, prefix, prefix_len, name, consumed, carry) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (head, prefix, prefix_len) DO UPDATE SET name = excluded.name, consumed = excluded.consumed, carry = excluded.carry",
                    params![f.head as i64, f.prefix as i64, f.prefix_len as i64, f.name, f.consumed as i64, carry],
                )
                .map_err(self.e("writing"))?;
        }
        self.conn.execute_batch("COMMIT").map_err(self.e("committing"))?;
        self.in_tx = false;
        self.provisional_from = c.next_seq;
        Ok(())
    }

    fn abort(&mut self) {
        if self.in_tx {
            let _ = self.conn.execute_batch("ROLLBACK");
            self.in_tx = false;
        }
        self.rollup.clear();
        self.waiting.clear();
        self.keys.clear();
        self.peers.clear();
    }

    fn scan(&mut self, q: &Scan, f: &mut dyn FnMut(u64, Record) -> bool) -> Result<u64> {
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut sql = String::from("SELECT kind, dict, body, seq FROM records WHERE 1");
        match (q.connections, q.messages) {
            (true, true) => {}
            (true, false) => sql.push_str(" AND kind = 0"),
            (false, true) => sql.push_str(" AND kind = 1"),
            (false, false) => return Ok(0),
        }
        sql.push_str(&range_sql(q.range, "t_local", &mut args));
        if let Some(keys) = &q.keys {
            let marks = vec!["?"; keys.len()].join(", ");
            // a UNION, not an OR: both halves are then index searches
            sql.push_str(&format!(
                " AND seq IN (SELECT seq FROM keys WHERE h IN ({marks}) UNION ALL SELECT seq FROM records WHERE seq >= ?)"
            ));
            args.extend(keys.iter().map(|k| key_hash(k).into()));
            args.push((self.provisional_from as i64).into());
        }
        if q.outside_rollup {
            sql.push_str(&outside_rollup_sql(q.range, self.provisional_from, &mut args));
        }
        sql.push_str(" ORDER BY seq");
        let mut st = self.conn.prepare(&sql).map_err(self.e("reading"))?;
        let mut rows = st.query(rusqlite::params_from_iter(args)).map_err(self.e("reading"))?;
        let mut n = 0;
        while let Some(row) = rows.next().map_err(err("reading", &self.path))? {
            let kind: u8 = row.get(0).map_err(err("reading", &self.path))?;
            let dict: i64 = row.get(1).map_err(err("reading", &self.path))?;
            let body = row.get_ref(2).and_then(|v| Ok(v.as_blob()?)).map_err(err("reading", &self.path))?;
            let rec = self.decode(kind, dict, body)?;
            let seq: i64 = row.get(3).map_err(err("reading", &self.path))?;
            n += 1;
            if !f(seq as u64, rec) {
                break;
            }
        }
        Ok(n)
    }

    fn facts(&mut self, range: TimeRange, f: &mut dyn FnMut(FactRow)) -> Result<()> {
        // whole hours inside the range come from the rollup; the hours cut by its ends, and the
        // provisional records, from the records themselves
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut sql = String::from(
            "SELECT hour, kind, direction, tls, smtp, in_enc, generated, n, r0, r1, r2, r3, first_seq, first_off, lo, hi FROM rollup WHERE 1",
        );
        sql.push_str(&rollup_hours_sql(range, &mut args));
        let row_of = |r: &rusqlite::Row<'_>| -> rusqlite::Result<FactRow> {
            let hour: Option<i64> = r.get(0)?;
            Ok(FactRow {
                hour: hour.filter(|h| *h != NO_TIME),
                facts: Facts {
                    kind: r.get(1)?,
                    direction: r.get(2)?,
                    tls: r.get(3)?,
                    smtp: r.get(4)?,
                    in_enc: r.get(5)?,
                    generated: r.get(6)?,
                    recipients: [
                        r.get::<_, i64>(8)? as u64,
                        r.get::<_, i64>(9)? as u64,
                        r.get::<_, i64>(10)? as u64,
                        r.get::<_, i64>(11)? as u64,
                    ],
                },
                n: r.get::<_, i64>(7)? as u64,
                first_seq: r.get::<_, i64>(12)? as u64,
                first_offset: r.get(13)?,
                lo: r.get(14)?,
                hi: r.get(15)?,
            })
        };
        {
            let mut st = self.conn.prepare(&sql).map_err(self.e("reading"))?;
            let rows = st.query_map(rusqlite::params_from_iter(args), row_of).map_err(self.e("reading"))?;
            for r in rows {
                f(r.map_err(err("reading", &self.path))?);
            }
        }
        // per record: the provisional ones in range, and the final ones in the cut hours
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut sql = String::from(
            "SELECT CASE WHEN t_local IS NULL THEN NULL ELSE (t_local - ((t_local % 3600) + 3600) % 3600) END,
                    kind, direction, tls, smtp, in_enc, generated, 1, r0, r1, r2, r3, seq, t_off, lo, hi FROM records WHERE 1",
        );
        sql.push_str(&range_sql(range, "t_local", &mut args));
        sql.push_str(&outside_rollup_sql(range, self.provisional_from, &mut args));
        let mut st = self.conn.prepare(&sql).map_err(self.e("reading"))?;
        let rows = st.query_map(rusqlite::params_from_iter(args), row_of).map_err(self.e("reading"))?;
        for r in rows {
            f(r.map_err(err("reading", &self.path))?);
        }
        Ok(())
    }

    fn peer_rollup(&mut self, range: TimeRange, f: &mut dyn FnMut(PeerRollup)) -> Result<bool> {
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let sql = format!(
            "SELECT hour, direction, grp, key, c0, c1, c2, c3, m0, m1, m2, protocols, fail, fail_t, fail_seq, fail_reason, seen_lo, seen_hi, off_seq, off FROM peer_rollup WHERE 1{}",
            rollup_hours_sql(range, &mut args)
        );
        let mut st = self.conn.prepare(&sql).map_err(self.e("reading"))?;
        let mut rows = st.query(rusqlite::params_from_iter(args)).map_err(self.e("reading"))?;
        let get = |r: &rusqlite::Row<'_>| -> rusqlite::Result<PeerRollup> {
            let n = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0) as u64) };
            Ok(RollupColumns {
                hour: r.get(0)?,
                direction: r.get(1)?,
                grp: r.get(2)?,
                key: r.get(3)?,
                c0: n(4)?,
                c1: n(5)?,
                c2: n(6)?,
                c3: n(7)?,
                m0: n(8)?,
                m1: n(9)?,
                m2: n(10)?,
                protocols: r.get(11)?,
                fail: r.get(12)?,
                fail_t: r.get(13)?,
                fail_seq: n(14)?,
                fail_reason: r.get::<_, Option<String>>(15)?.unwrap_or_default(),
                seen_lo: r.get(16)?,
                seen_hi: r.get(17)?,
                off_seq: r.get::<_, Option<i64>>(18)?.map(|s| s as u64),
                off: r.get(19)?,
            }
            .into_rollup())
        };
        while let Some(r) = rows.next().map_err(err("reading", &self.path))? {
            f(get(r).map_err(err("reading", &self.path))?);
        }
        Ok(true)
    }

    fn prune(&mut self, before: i64) -> Result<u64> {
        let cut = before.div_euclid(3600) * 3600;
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(self.e("pruning"))?;
        let run = |c: &Connection| -> rusqlite::Result<u64> {
            c.execute(
                "DELETE FROM keys WHERE seq IN (SELECT seq FROM records WHERE t_local < ?1 AND seq < ?2)",
                params![cut, self.provisional_from as i64],
            )?;
            let n = c.execute(
                "DELETE FROM records WHERE t_local < ?1 AND seq < ?2",
                params![cut, self.provisional_from as i64],
            )?;
            c.execute("DELETE FROM rollup WHERE hour < ?1 AND hour != ?2", params![cut, NO_TIME])?;
            c.execute("DELETE FROM peer_rollup WHERE hour < ?1 AND hour != ?2", params![cut, NO_TIME])?;
            Ok(n as u64)
        };
        match run(&self.conn) {
            Ok(n) => {
                self.conn.execute_batch("COMMIT").map_err(self.e("pruning"))?;
                Ok(n)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(err("pruning", &self.path)(e))
            }
        }
    }

    fn stats(&mut self) -> Result<StoreStats> {
        let q = |sql: &str| -> Result<i64> {
            self.conn.query_row(sql, [], |r| r.get(0)).map_err(err("reading", &self.path))
        };
        let span = |sql: &str| -> Result<Option<String>> {
            let k: Option<i64> = self.conn.query_row(sql, [], |r| r.get(0)).map_err(err("reading", &self.path))?;
            Ok(k.map(|k| super::time_of_key(k).to_string()))
        };
        let bytes = ["", "-wal"]
            .iter()
            .filter_map(|s| std::fs::metadata(format!("{}{s}", self.path.display())).ok())
            .map(|m| m.len())
            .sum();
        Ok(StoreStats {
            connections: q("SELECT count(*) FROM records WHERE kind = 0")? as u64,
            messages: q("SELECT count(*) FROM records WHERE kind = 1")? as u64,
            provisional: q(&format!("SELECT count(*) FROM records WHERE seq >= {}", self.provisional_from))? as u64,
            files: q("SELECT count(*) FROM files")? as u64,
            first: span("SELECT min(lo) FROM records")?,
            last: span("SELECT max(hi) FROM records")?,
            bytes,
        })
    }
}
