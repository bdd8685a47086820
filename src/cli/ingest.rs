//! `esa-tls ingest` (logs → a store) and `esa-tls prune` (forget old records).

use super::args::{store_url, InputArgs};
use super::run::{err, finish, or_say, EXIT_ERROR, EXIT_OK};
use clap::Args;
use esa_tls::store;
use std::io::Write;

#[derive(Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn ingest(a: &IngestArgs) -> u8 {
    if let Err(m) = a.input.no_filters("ingest") {
        err(m);
        return EXIT_ERROR;
    }
    if a.input.paths.is_empty() {
        err("ingest: give the log files or folders to add to the store (or - for stdin)");
        return EXIT_ERROR;
    }
    // --store names where to write here; without it, the default store
    let url = store_url(a.input.store.as_deref().unwrap_or(""));
    let input = InputArgs { store: None, ..a.input.clone() };
    let Some(mut cfg) = or_say(input.config(true)) else {
        return EXIT_ERROR;
    };
    let mut b = match store::open(&url) {
        Ok(b) => b,
        Err(e) => {
            err(e);
            return EXIT_ERROR;
        }
    };
    let mut report = match store::ingest::ingest(b.as_mut(), &cfg.sources, cfg.options.clone()) {
        Ok(r) => r,
        Err(e) => {
            err(format!("{e} (nothing was written: the store is as it was)"));
            return EXIT_ERROR;
        }
    };
    // problems found before reading (missing paths) come first
    let mut errors = std::mem::take(&mut cfg.errors);
    errors.append(&mut report.run.errors);
    report.run.errors = errors;
    let mut notes = std::mem::take(&mut cfg.notes);
    notes.append(&mut report.run.notes);
    report.run.notes = notes;
    if !cfg.quiet {
        let read: u64 = report.read.iter().map(|(_, n)| n).sum();
        let mut e = std::io::stderr().lock();
        let _ = writeln!(
            e,
            "esa-tls: ingested {} into {}: {} final, {} provisional (still open; replaced by the next ingest){}",
            esa_tls::report::count(read, "byte", "bytes"),
            b.location(),
            esa_tls::report::count(report.records, "record", "records"),
            report.provisional,
            if report.unchanged.is_empty() {
                String::new()
            } else {
                format!("; nothing new in {}", report.unchanged.join(", "))
            }
        );
    }
    let code = finish(&report.run, &cfg, Ok(()));
    if code == EXIT_OK {
        EXIT_OK
    } else {
        code
    }
}

#[derive(Args)]
pub struct PruneArgs {
    /// Delete the records placed before this long ago: 90d, 12w, 36h, 1y (log time, to the hour).
    #[arg(long, value_name = "AGE")]
    pub older_than: String,
    /// The store (default: $ESA_TLS_STORE, else ~/.local/share/esa-tls/store.sqlite).
    #[arg(long, value_name = "URL")]
    pub store: Option<String>,
}

/// `90d`, `12w`, `36h`, `1y` (365 days), `90 days` ([`esa_tls::time::parse_span`]), or a bare
/// number of days, in seconds.
pub fn parse_age(s: &str) -> Result<i64, String> {
    match s.trim().parse::<u32>() {
        Ok(days) => i64::from(days).checked_mul(86_400).ok_or_else(|| format!("--older-than {s:?}: too large")),
        Err(_) => esa_tls::time::parse_span(s).map_err(|e| format!("--older-than {e}")),
    }
}

pub fn prune(a: &PruneArgs) -> u8 {
    let Some(age) = or_say(parse_age(&a.older_than)) else {
        return EXIT_ERROR;
    };
    let url = store_url(a.store.as_deref().unwrap_or(""));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let r = store::open_existing(&url).and_then(|mut b| Ok((b.prune(now - age)?, b.location())));
    match r {
        Ok((n, loc)) => {
            let _ = writeln!(
                std::io::stderr(),
                "esa-tls: pruned {} placed before {} from {loc}",
                esa_tls::report::count(n, "record", "records"),
                esa_tls::time::LogTime { local: (now - age).div_euclid(3600) * 3600, offset: None }
            );
            EXIT_OK
        }
        Err(e) => {
            err(e);
            EXIT_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ages() {
        assert_eq!(super::parse_age("90d"), Ok(90 * 86_400));
        assert_eq!(super::parse_age("2w"), Ok(14 * 86_400));
        assert_eq!(super::parse_age("36h"), Ok(36 * 3600));
        assert!(super::parse_age("soon").is_err());
        assert!(super::parse_age("5m").unwrap_err().contains("months"));
        assert_eq!(super::parse_age("90"), Ok(90 * 86_400));
        assert_eq!(super::parse_age("90 days"), Ok(90 * 86_400));
        assert_eq!(super::parse_age("1y"), Ok(365 * 86_400));
        assert_eq!(super::parse_age("2 Weeks"), Ok(14 * 86_400));
        assert_eq!(super::parse_age("1 hour"), Ok(3600));
        assert!(super::parse_age("3 fortnights").is_err());
        assert!(super::parse_age("d").is_err());
    }
}
