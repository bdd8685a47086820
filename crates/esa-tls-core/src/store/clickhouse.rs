//! The fleet store: a ClickHouse server, over its HTTP interface (port 8123).
//!
//! Tables, in the database of the URL (made when missing):
//! - `esa_tls_records`: one row per record, the same columns as the SQLite store's (see
//!   [`super::sqlite`]) plus the writing `attempt`; `MergeTree`, partitioned by the day of the record's
//!   place in time, ordered by kind, day and seq (time ranges read only their days);
//! - `esa_tls_keys`: the lookup keys of the final records, hashed, ordered by key (a MID, Message-ID
//!   or address is found by the primary index);
//! - `esa_tls_peer_rollup`: the peers report's rollup rows of each attempt (see [`super::rollup`]);
//! - `esa_tls_commits`: one row per committed ingest: its attempt id, the next seq, the saved
//!   correlation state and file positions;
//! - `esa_tls_meta`: the schema version.
//!
//! ClickHouse has no transactions. An ingest writes its rows under a fresh attempt id and commits by
//! inserting its row into `esa_tls_commits`; every query reads only the rows of committed attempts,
//! and provisional rows of the latest commit only. Rows of an attempt that failed (the server went
//! away, the process was killed) are never read, and a retry writes under a new id: nothing is
//! half-written or doubled. The SQL is kept to what ClickHouse 18.16 (Debian's) and current releases
//! both accept.

use super::codec::{from_json, key_hash, to_json};
use super::rollup::{PeerRollups, RollupColumns, NO_TIME};
use super::{Backend, Checkpoint, FactRow, Facts, Location, PeerRollup, Result, Saved, Scan, StoreError, StoreStats};
use crate::model::Record;
use crate::report::filter::TimeRange;
use std::io::{BufRead, Read};
use std::time::Duration;

/// Rows sent per INSERT.
const BATCH: usize = 20_000;

pub struct ClickHouse {
    agent: ureq::Agent,
    base: String,
    db: String,
    auth: Option<String>,
    /// The attempt being written, and its buffered rows.
    attempt: Option<u64>,
    rows: String,
    keys: String,
    pending: usize,
    /// The peers rollup of the attempt.
    peers: PeerRollups,
}

fn base64(s: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

fn unbase64(s: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(s).ok()
}

/// A SQL string literal.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

impl ClickHouse {
    pub fn open(loc: Location) -> Result<Box<dyn Backend>> {
        let Location::ClickHouse { base, database, user, password } = loc else {
            return Err(StoreError("not a ClickHouse location".into()));
        };
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_connect(Some(Duration::from_secs(5)))
            .timeout_recv_response(Some(Duration::from_secs(300)))
            .http_status_as_error(false)
            .build()
            .into();
        let auth =
            user.map(|u| format!("Basic {}", base64(format!("{u}:{}", password.unwrap_or_default()).as_bytes())));
        let ch = ClickHouse {
            agent,
            base,
            db: database,
            auth,
            attempt: None,
            rows: String::new(),
            keys: String::new(),
            pending: 0,
            peers: PeerRollups::default(),
        };
        ch.setup()?;
        Ok(Box::new(ch))
    }

    fn t(&self, name: &str) -> String {
        format!("{}.esa_tls_{name}", self.db)
    }

    /// Runs a statement (with `data` as the body after the query, for INSERTs); returns the response.
    fn request(&self, query: &str, data: &[u8]) -> Result<ureq::http::Response<ureq::Body>> {
        // 64-bit numbers as JSON numbers, not strings (ClickHouse quotes them by default)
        let url = format!("{}?output_format_json_quote_64bit_integers=0&query={}", self.base, urlencode(query));
        let mut req = self.agent.post(&url);
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        let mut resp = req.send(data).map_err(|e| {
            StoreError(
                format!("ClickHouse at {}: {}", self.base, e)
                    .replace("Connection refused", "connection refused (is the server running?)"),
            )
        })?;
        if resp.status() != 200 {
            let text = resp.body_mut().read_to_string().unwrap_or_default();
            let first = text.lines().next().unwrap_or("").trim();
            return Err(StoreError(format!("ClickHouse at {} (database {}): {first}", self.base, self.db)));
        }
        Ok(resp)
    }

    fn exec(&self, query: &str) -> Result<()> {
        self.request(query, b"").map(|_| ())
    }

    /// The result of a query as text.
    fn text(&self, query: &str) -> Result<String> {
        let mut r = self.request(query, b"")?;
        r.body_mut()
            .with_config()
            .limit(u64::MAX)
            .read_to_string()
            .map_err(|e| StoreError(format!("ClickHouse at {}: {e}", self.base)))
    }

    /// Rows of a `FORMAT JSONEachRow` query.
    fn json_rows(&self, query: &str) -> Result<Vec<serde_json::Value>> {
        self.text(&format!("{query} FORMAT JSONEachRow"))?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str(l)
                    .map_err(|e| StoreError(format!("ClickHouse: an answer that does not read: {e}")))
            })
            .collect()
    }

    fn setup(&self) -> Result<()> {
        self.exec(&format!("CREATE DATABASE IF NOT EXISTS {}", self.db))?;
        self.exec(&format!(
            "CREATE TABLE IF NOT EXISTS {} (key String, value String) ENGINE = TinyLog",
            self.t("meta")
        ))?;
        let v = self
            .text(&format!("SELECT value FROM {} WHERE key = 'schema_version' FORMAT TabSeparated", self.t("meta")))?;
        match v.lines().next().and_then(|l| l.trim().parse::<u32>().ok()) {
            Some(v) if v > super::SCHEMA_VERSION => {
                return Err(StoreError(format!(
                    "ClickHouse database {}: the store has schema version {v}, newer than this esa-tls understands ({}): upgrade esa-tls",
                    self.db,
                    super::SCHEMA_VERSION
                )))
            }
            Some(_) => {}
            None => self.exec(&format!(
                "INSERT INTO {} (key, value) VALUES ('schema_version', '{}')",
                self.t("meta"),
                super::SCHEMA_VERSION
            ))?,
        }
        self.exec(&format!(
            "CREATE TABLE IF NOT EXISTS {} (
                seq UInt64, attempt UInt64, provisional UInt8, kind UInt8, appliance Nullable(String),
                t_local Nullable(Int64), t_off Nullable(Int32), lo Nullable(Int64), hi Nullable(Int64), day Date,
                direction UInt8, tls UInt8, smtp UInt8, in_enc UInt8, generated UInt8,
                r0 UInt64, r1 UInt64, r2 UInt64, r3 UInt64, body String
            ) ENGINE = MergeTree() PARTITION BY day ORDER BY (kind, day, seq)",
            self.t("records")
        ))?;
        self.exec(&format!(
            "CREATE TABLE IF NOT EXISTS {} (h Int64, seq UInt64, attempt UInt64) ENGINE = MergeTree() ORDER BY (h, seq)",
            self.t("keys")
        ))?;
        self.exec(&format!(
            "CREATE TABLE IF NOT EXISTS {} (attempt UInt64, next_seq UInt64, pipeline String, files String) ENGINE = MergeTree() ORDER BY attempt",
            self.t("commits")
        ))?;
        self.exec(&format!(
            "CREATE TABLE IF NOT EXISTS {} (
                attempt UInt64, hour Int64, direction UInt8, grp UInt8, key String,
                c0 UInt64, c1 UInt64, c2 UInt64, c3 UInt64, m0 UInt64, m1 UInt64, m2 UInt64,
                protocols String, fail UInt8, fail_t Nullable(Int64), fail_seq UInt64, fail_reason String,
                seen_lo Nullable(Int64), seen_hi Nullable(Int64), off_seq Nullable(UInt64), off Nullable(Int32)
            ) ENGINE = MergeTree() ORDER BY (hour, direction, grp, key)",
            self.t("peer_rollup")
        ))?;
        Ok(())
    }

    /// The committed attempts, as a SQL condition on `attempt`, and the provisional rows that count.
    fn visible(&self) -> String {
        let commits = self.t("commits");
        format!(
            "attempt IN (SELECT attempt FROM {commits}) AND (provisional = 0 OR attempt = (SELECT max(attempt) FROM {commits}))"
        )
    }

    fn flush(&mut self) -> Result<()> {
        if !self.rows.is_empty() {
            let rows = std::mem::take(&mut self.rows);
            self.request(&format!("INSERT INTO {} FORMAT JSONEachRow", self.t("records")), rows.as_bytes())?;
        }
        if !self.keys.is_empty() {
            let keys = std::mem::take(&mut self.keys);
            self.request(&format!("INSERT INTO {} FORMAT JSONEachRow", self.t("keys")), keys.as_bytes())?;
        }
        self.pending = 0;
        Ok(())
    }
}

/// Percent-encodes all but the unreserved characters of RFC 3986.
fn urlencode(s: &str) -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    const QUERY: &percent_encoding::AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    utf8_percent_encode(s, QUERY).to_string()
}

fn range_sql(range: TimeRange) -> String {
    let mut s = String::new();
    if let Some(a) = range.since {
        s.push_str(&format!(" AND t_local >= {a}"));
    }
    if let Some(b) = range.until {
        s.push_str(&format!(" AND t_local < {b}"));
    }
    if !range.is_open() {
        s.push_str(" AND isNotNull(t_local)");
    }
    s
}

/// The date of a wall-clock time, for the `Date` partition column (1970-01-01 when none; `Date`
/// holds 1970 to 2105).
fn day_of(t: Option<i64>) -> String {
    let t = t.map_or(0, |t| t.clamp(0, 65_535 * 86_400));
    let (y, m, d, ..) = crate::time::civil_from_seconds(t);
    format!("{y:04}-{m:02}-{d:02}")
}

impl Backend for ClickHouse {
    fn location(&self) -> String {
        format!("clickhouse {} database {}", self.base, self.db)
    }

    fn load(&mut self) -> Result<Saved> {
        let next_seq = self.next_seq()?;
        // the state and files of the last ingest (a live writer's commits carry none)
        let rows = self.json_rows(&format!(
            "SELECT pipeline, files FROM {} WHERE pipeline != '' ORDER BY attempt DESC LIMIT 1",
            self.t("commits")
        ))?;
        let Some(row) = rows.first() else { return Ok(Saved { next_seq, ..Saved::default() }) };
        let b64 = row["pipeline"].as_str().unwrap_or("");
        let z = unbase64(b64).ok_or_else(|| StoreError("ClickHouse: the saved state is damaged".into()))?;
        let pipeline = Some(super::ingest::inflate(&z)?);
        let files = serde_json::from_str(row["files"].as_str().unwrap_or("[]"))
            .map_err(|e| StoreError(format!("ClickHouse: the saved file positions are damaged: {e}")))?;
        Ok(Saved { pipeline, next_seq, files })
    }

    fn next_seq(&mut self) -> Result<u64> {
        let rows =
            self.json_rows(&format!("SELECT next_seq FROM {} ORDER BY attempt DESC LIMIT 1", self.t("commits")))?;
        Ok(rows.first().and_then(|r| r["next_seq"].as_u64()).unwrap_or(0))
    }

    fn begin(&mut self) -> Result<()> {
        let now =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_micros() as u64);
        let last = self.text(&format!("SELECT max(attempt) FROM {} FORMAT TabSeparated", self.t("commits")))?;
        let last: u64 = last.trim().parse().unwrap_or(0);
        self.attempt = Some(now.max(last + 1));
        self.rows.clear();
        self.keys.clear();
        self.pending = 0;
        self.peers.clear();
        Ok(())
    }

    fn add(&mut self, seq: u64, provisional: bool, r: &Record) -> Result<()> {
        let attempt = self.attempt.ok_or_else(|| StoreError("ClickHouse: add outside a transaction".into()))?;
        let (f, t, lo, hi) = Facts::of(r);
        let json = String::from_utf8(to_json(r)).unwrap_or_default();
        let appliance = match r {
            Record::Connection(c) => c.appliance.as_deref(),
            Record::Message(m) => m.appliance.as_deref(),
        };
        let t_local = t.map(|t| t.local);
        let row = serde_json::json!({
            "seq": seq, "attempt": attempt, "provisional": provisional as u8, "kind": f.kind,
            "appliance": appliance, "t_local": t_local, "t_off": t.and_then(|t| t.offset),
            "lo": lo.map(super::time_key), "hi": hi.map(super::time_key), "day": day_of(t_local),
            "direction": f.direction, "tls": f.tls, "smtp": f.smtp as u8, "in_enc": f.in_enc,
            "generated": f.generated as u8, "r0": f.recipients[0], "r1": f.recipients[1],
            "r2": f.recipients[2], "r3": f.recipients[3], "body": json,
        });
        self.rows.push_str(&row.to_string());
        self.rows.push('\n');
        if !provisional {
            self.peers.add(r, seq, t_local.map_or(NO_TIME, |l| l.div_euclid(3600) * 3600));
            for k in super::lookup_keys(r) {
                self.keys.push_str(&format!("{{\"h\":{},\"seq\":{seq},\"attempt\":{attempt}}}\n", key_hash(&k)));
            }
        }
        self.pending += 1;
        if self.pending >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn commit(&mut self, c: &Checkpoint) -> Result<()> {
        let attempt = self.attempt.ok_or_else(|| StoreError("ClickHouse: commit outside a transaction".into()))?;
        self.flush()?;
        let mut peers = String::new();
        #[derive(serde::Serialize)]
        struct Attempted {
            attempt: u64,
            #[serde(flatten)]
            columns: RollupColumns,
        }
        for (hour, item) in self.peers.drain() {
            let row = Attempted { attempt, columns: RollupColumns::of(hour, item) };
            peers.push_str(&serde_json::to_string(&row).map_err(|e| StoreError(e.to_string()))?);
            peers.push('\n');
        }
        if !peers.is_empty() {
            self.request(&format!("INSERT INTO {} FORMAT JSONEachRow", self.t("peer_rollup")), peers.as_bytes())?;
        }
        // a live writer's commit carries no state: `load` reads the last ingest's
        let pipeline = c.pipeline.as_deref().map(|p| base64(&super::ingest::deflate(p))).unwrap_or_default();
        let files = serde_json::to_string(&c.files).map_err(|e| StoreError(e.to_string()))?;
        let row = serde_json::json!({
            "attempt": attempt,
            "next_seq": c.next_seq,
            "pipeline": pipeline,
            "files": files,
        });
        self.request(&format!("INSERT INTO {} FORMAT JSONEachRow", self.t("commits")), row.to_string().as_bytes())?;
        self.attempt = None;
        Ok(())
    }

    fn abort(&mut self) {
        self.attempt = None;
        self.rows.clear();
        self.keys.clear();
        self.pending = 0;
        self.peers.clear();
    }

    fn scan(&mut self, q: &Scan, f: &mut dyn FnMut(u64, Record) -> bool) -> Result<u64> {
        let kinds = match (q.connections, q.messages) {
            (true, true) => "",
            (true, false) => " AND kind = 0",
            (false, true) => " AND kind = 1",
            (false, false) => return Ok(0),
        };
        let mut sql = format!(
            "SELECT seq, kind, body FROM {} WHERE {}{kinds}{}",
            self.t("records"),
            self.visible(),
            range_sql(q.range)
        );
        if q.outside_rollup {
            // the provisional rows (of the last commit only, by `visible`) and those of the cut hours
            let (first, end) = super::whole_hours(q.range);
            let mut cut = vec!["provisional = 1".to_string()];
            cut.extend(first.map(|a| format!("t_local < {a}")));
            cut.extend(end.map(|b| format!("t_local >= {b}")));
            sql.push_str(&format!(" AND ({})", cut.join(" OR ")));
        }
        if let Some(keys) = &q.keys {
            let hs: Vec<String> = keys.iter().map(|k| key_hash(k).to_string()).collect();
            sql.push_str(&format!(
                " AND (provisional = 1 OR seq IN (SELECT seq FROM {} WHERE h IN ({}) AND attempt IN (SELECT attempt FROM {})))",
                self.t("keys"),
                hs.join(", "),
                self.t("commits")
            ));
        }
        sql.push_str(" ORDER BY seq, attempt FORMAT RowBinary");
        let mut resp = self.request(&sql, b"")?;
        let mut r = std::io::BufReader::with_capacity(1 << 16, resp.body_mut().with_config().limit(u64::MAX).reader());
        let rerr = |e: std::io::Error| StoreError(format!("ClickHouse: reading records: {e}"));
        let mut n = 0;
        let mut body = Vec::new();
        loop {
            if r.fill_buf().map_err(rerr)?.is_empty() {
                break;
            }
            let mut seq = [0u8; 8];
            r.read_exact(&mut seq).map_err(rerr)?;
            let mut kind = [0u8; 1];
            r.read_exact(&mut kind).map_err(rerr)?;
            // a String in RowBinary: its length as a LEB128 varint, then the bytes
            let (mut len, mut shift) = (0u64, 0);
            loop {
                let mut b = [0u8; 1];
                r.read_exact(&mut b).map_err(rerr)?;
                len |= ((b[0] & 0x7f) as u64) << shift;
                shift += 7;
                if b[0] & 0x80 == 0 {
                    break;
                }
            }
            body.resize(len as usize, 0);
            r.read_exact(&mut body).map_err(rerr)?;
            let rec = from_json(kind[0], &body).map_err(|e| StoreError(format!("ClickHouse: {e}")))?;
            n += 1;
            if !f(u64::from_le_bytes(seq), rec) {
                break;
            }
        }
        Ok(n)
    }

    fn facts(&mut self, range: TimeRange, f: &mut dyn FnMut(FactRow)) -> Result<()> {
        let rows = self.json_rows(&format!(
            "SELECT toString(if(isNull(t_local), {NO_TIME}, assumeNotNull(t_local) - ((assumeNotNull(t_local) % 3600) + 3600) % 3600)) AS hour,
                    kind, direction, tls, smtp, in_enc, generated,
                    toString(count()) AS n, toString(sum(r0)) AS s0, toString(sum(r1)) AS s1, toString(sum(r2)) AS s2, toString(sum(r3)) AS s3,
                    toString(min(seq)) AS first_seq, argMin(ifNull(t_off, 999999), seq) AS first_off,
                    toString(min(lo)) AS lo, toString(max(hi)) AS hi
             FROM {} WHERE {}{} GROUP BY hour, kind, direction, tls, smtp, in_enc, generated",
            self.t("records"),
            self.visible(),
            range_sql(range)
        ))?;
        let num =
            |v: &serde_json::Value| -> Option<i64> { v.as_str().and_then(|s| s.parse().ok()).or_else(|| v.as_i64()) };
        for r in rows {
            let hour = num(&r["hour"]).filter(|h| *h != NO_TIME);
            let off = num(&r["first_off"]).filter(|o| *o != 999_999).map(|o| o as i32);
            f(FactRow {
                hour,
                first_seq: num(&r["first_seq"]).unwrap_or(0) as u64,
                first_offset: off,
                facts: Facts {
                    kind: r["kind"].as_u64().unwrap_or(0) as u8,
                    direction: r["direction"].as_u64().unwrap_or(0) as u8,
                    tls: r["tls"].as_u64().unwrap_or(0) as u8,
                    smtp: r["smtp"].as_u64() == Some(1),
                    in_enc: r["in_enc"].as_u64().unwrap_or(0) as u8,
                    generated: r["generated"].as_u64() == Some(1),
                    recipients: [
                        num(&r["s0"]).unwrap_or(0) as u64,
                        num(&r["s1"]).unwrap_or(0) as u64,
                        num(&r["s2"]).unwrap_or(0) as u64,
                        num(&r["s3"]).unwrap_or(0) as u64,
                    ],
                },
                n: num(&r["n"]).unwrap_or(0) as u64,
                // min/max of a Nullable column with only NULLs is NULL, written \N or null
                lo: num(&r["lo"]),
                hi: num(&r["hi"]),
            });
        }
        Ok(())
    }

    fn peer_rollup(&mut self, range: TimeRange, f: &mut dyn FnMut(PeerRollup)) -> Result<bool> {
        let (first, end) = super::whole_hours(range);
        let mut cond = format!("attempt IN (SELECT attempt FROM {})", self.t("commits"));
        if let Some(a) = first {
            cond.push_str(&format!(" AND hour >= {a}"));
        }
        if let Some(b) = end {
            cond.push_str(&format!(" AND hour < {b}"));
        }
        if !range.is_open() {
            cond.push_str(&format!(" AND hour != {NO_TIME}"));
        }
        let rows = self.json_rows(&format!(
            "SELECT hour, direction, grp, key, c0, c1, c2, c3, m0, m1, m2, protocols, fail, fail_t, fail_seq, fail_reason,
                    seen_lo, seen_hi, off_seq, off FROM {} WHERE {cond}",
            self.t("peer_rollup")
        ))?;
        for r in rows {
            let c: RollupColumns = serde_json::from_value(r)
                .map_err(|e| StoreError(format!("ClickHouse: a rollup row that does not read: {e}")))?;
            f(c.into_rollup());
        }
        Ok(true)
    }

    fn prune(&mut self, before: i64) -> Result<u64> {
        let cut = before.div_euclid(3600) * 3600;
        let cond = format!("t_local < {cut} AND provisional = 0");
        let n: u64 = self
            .text(&format!(
                "SELECT count() FROM {} WHERE {} AND {cond} FORMAT TabSeparated",
                self.t("records"),
                self.visible()
            ))?
            .trim()
            .parse()
            .unwrap_or(0);
        if n > 0 {
            self.exec(&format!("ALTER TABLE {} DELETE WHERE {cond}", self.t("records")))?;
            self.exec(&format!(
                "ALTER TABLE {} DELETE WHERE hour < {cut} AND hour != {NO_TIME}",
                self.t("peer_rollup")
            ))?;
            // mutations run in the background: wait for it, so that what follows no longer sees them
            for _ in 0..600 {
                let left = self.text(&format!(
                    "SELECT count() FROM system.mutations WHERE database = {} AND table LIKE 'esa_tls_%' AND is_done = 0 FORMAT TabSeparated",
                    quote(&self.db)
                ))?;
                if left.trim() == "0" {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        Ok(n)
    }

    fn stats(&mut self) -> Result<StoreStats> {
        let rows = self.json_rows(&format!(
            "SELECT toString(countIf(kind = 0)) AS c, toString(countIf(kind = 1)) AS m, toString(countIf(provisional = 1)) AS p,
                    toString(min(lo)) AS lo, toString(max(hi)) AS hi FROM {} WHERE {}",
            self.t("records"),
            self.visible()
        ))?;
        let r = rows.first().cloned().unwrap_or_default();
        let num = |v: &serde_json::Value| v.as_str().and_then(|s| s.parse::<i64>().ok());
        let bytes = self
            .text(&format!(
                "SELECT sum(bytes) FROM system.parts WHERE database = {} AND active AND table LIKE 'esa_tls_%' FORMAT TabSeparated",
                quote(&self.db)
            ))?
            .trim()
            .parse()
            .unwrap_or(0);
        let files = self.load()?.files.len() as u64;
        Ok(StoreStats {
            connections: num(&r["c"]).unwrap_or(0) as u64,
            messages: num(&r["m"]).unwrap_or(0) as u64,
            provisional: num(&r["p"]).unwrap_or(0) as u64,
            files,
            first: num(&r["lo"]).map(|k| super::time_of_key(k).to_string()),
            last: num(&r["hi"]).map(|k| super::time_of_key(k).to_string()),
            bytes,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_round_trips() {
        for s in [&b""[..], b"a", b"ab", b"abc", b"user:pa ss", &[0, 255, 7, 128]] {
            assert_eq!(super::unbase64(&super::base64(s)).unwrap(), s);
        }
        assert_eq!(super::base64(b"user:pass"), "dXNlcjpwYXNz");
    }

    #[test]
    fn a_query_is_percent_encoded_but_for_unreserved_characters() {
        assert_eq!(
            super::urlencode("SELECT a-b_c.d~e FROM t WHERE x = 'é'"),
            "SELECT%20a-b_c.d~e%20FROM%20t%20WHERE%20x%20%3D%20%27%C3%A9%27"
        );
    }
}
