//! esa-tls: was this mail encrypted? TLS verdicts per connection, message and recipient from Cisco
//! Secure Email Gateway (ESA, IronPort) mail logs.
//!
//! Data flows one way, one module per stage:
//! [`input`] (sources → chunks of whole lines) → [`parse`] (lines → typed events, on parser
//! threads) → [`correlate`] (events → connection and message records, bounded state) → [`report`]
//! (records → aggregates) → [`output`] (table, JSON, NDJSON, CSV). [`pipeline`] wires the first
//! three; [`model`] holds the records, which are the JSON contract; [`sink`] is where records go.
//! The simulator of traffic with known verdicts is the `esa-tls-sim` crate.

pub mod correlate;
pub mod input;
pub mod model;
pub mod output;
pub mod parse;
pub mod pipeline;
pub mod readback;
pub mod report;
pub mod sink;
pub mod store;
pub mod time;
pub mod trace;

/// Helpers shared by the unit tests of several modules.
#[cfg(test)]
pub(crate) mod testutil {
    /// A small deterministic generator (xorshift64) for the randomised comparisons of a fast
    /// routine with its plain reading; `seed` must not be zero.
    pub fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        }
    }

    /// A folder of its own for a test, under the system's temporary folder, named by `tag`, the
    /// process and the thread (tests run side by side).
    pub fn temp_dir(tag: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!(
            "esa-tls-{tag}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// [`temp_dir`], removed when dropped (for tests that write tens of megabytes).
    pub struct TempDir(pub std::path::PathBuf);

    impl TempDir {
        pub fn new(tag: &str) -> Self {
            TempDir(temp_dir(tag))
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// `n` on-box lines, a second apart from 10:00:00 (in order for the 50 400 seconds to
    /// midnight; the hours wrap after).
    pub fn queued_lines(n: usize) -> Vec<u8> {
        (0..n)
            .flat_map(|i| {
                let (h, m, s) = ((10 + i / 3600) % 24, i / 60 % 60, i % 60);
                format!("Mon Mar  4 {h:02}:{m:02}:{s:02} 2024 Info: MID {i} queued for delivery\n").into_bytes()
            })
            .collect()
    }
}
