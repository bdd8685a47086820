//! A store as the sink of a live run (`follow --store`, `listen --store`): records are committed in
//! batches, about once a second, by a thread of their own; a store that is away (a ClickHouse being
//! restarted) is retried with the batch kept, and the live run goes on.

use super::{Backend, Checkpoint, StoreError};
use crate::model::Record;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long records wait before they are committed.
pub const COMMIT_EVERY: Duration = Duration::from_secs(1);
/// Records kept while the store is away; beyond, the oldest are dropped (and counted).
const MAX_PENDING: usize = 1_000_000;

/// What the writer did.
#[derive(Debug, Default)]
pub struct WriterStats {
    pub committed: AtomicU64,
    pub dropped: AtomicU64,
    pub failures: AtomicU64,
}

/// The sending end: clone it into each thread of the live run.
#[derive(Clone)]
pub struct StoreWriter {
    tx: SyncSender<Record>,
    pub stats: Arc<WriterStats>,
}

impl StoreWriter {
    /// Starts the writing thread over an open store. `say` gets each error (once per outage).
    pub fn start(
        mut b: Box<dyn Backend>,
        say: impl Fn(&StoreError) + Send + 'static,
    ) -> (StoreWriter, std::thread::JoinHandle<()>) {
        let (tx, rx) = sync_channel::<Record>(65_536);
        let stats = Arc::new(WriterStats::default());
        let st = stats.clone();
        let h = std::thread::spawn(move || run(b.as_mut(), rx, &st, &say));
        (StoreWriter { tx, stats }, h)
    }

    /// Queues a record (waits when the writer is behind).
    pub fn send(&self, r: Record) {
        let _ = self.tx.send(r);
    }
}

/// Commits `batch` in one transaction.
fn commit(b: &mut dyn Backend, batch: &[Record]) -> Result<(), StoreError> {
    b.begin()?;
    let r = (|| {
        let mut seq = b.next_seq()?;
        for r in batch {
            b.add(seq, false, r)?;
            seq += 1;
        }
        b.commit(&Checkpoint { pipeline: None, next_seq: seq, files: Vec::new() })
    })();
    if r.is_err() {
        b.abort();
    }
    r
}

fn run(b: &mut dyn Backend, rx: Receiver<Record>, stats: &WriterStats, say: &dyn Fn(&StoreError)) {
    let mut batch: Vec<Record> = Vec::new();
    let mut first: Option<Instant> = None;
    let mut failing = false;
    let mut open = true;
    while open || !batch.is_empty() {
        let wait = first.map_or(COMMIT_EVERY, |f| COMMIT_EVERY.saturating_sub(f.elapsed()));
        match rx.recv_timeout(wait) {
            Ok(r) => {
                first.get_or_insert_with(Instant::now);
                batch.push(r);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => open = false,
        }
        let due = !open || batch.len() >= 50_000 || first.is_some_and(|f| f.elapsed() >= COMMIT_EVERY);
        if batch.is_empty() || !due {
            continue;
        }
        match commit(b, &batch) {
            Ok(()) => {
                stats.committed.fetch_add(batch.len() as u64, Ordering::Relaxed);
                batch.clear();
                first = None;
                failing = false;
            }
            Err(e) => {
                stats.failures.fetch_add(1, Ordering::Relaxed);
                if !failing {
                    say(&e);
                    failing = true;
                }
                if !open {
                    // the run is over and the store still away: one last try after a pause
                    std::thread::sleep(Duration::from_secs(2));
                    match commit(b, &batch) {
                        Ok(()) => stats.committed.fetch_add(batch.len() as u64, Ordering::Relaxed),
                        Err(_) => stats.dropped.fetch_add(batch.len() as u64, Ordering::Relaxed),
                    };
                    return;
                }
                // the live run goes on: take what it sent meanwhile, keep at most MAX_PENDING
                let until = Instant::now() + Duration::from_secs(2);
                while Instant::now() < until {
                    match rx.recv_timeout(Duration::from_millis(50)) {
                        Ok(r) => batch.push(r),
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => {
                            open = false;
                            break;
                        }
                    }
                }
                if batch.len() > MAX_PENDING {
                    let n = batch.len() - MAX_PENDING;
                    batch.drain(..n);
                    stats.dropped.fetch_add(n as u64, Ordering::Relaxed);
                }
            }
        }
    }
}
