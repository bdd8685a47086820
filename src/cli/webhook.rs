//! `--webhook URL`: each violation of a live run POSTed as JSON, on a thread of its own, retried
//! with backoff; a bounded queue, so a dead endpoint never holds the records up (what overflows is
//! counted and said).

use super::run::err;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use std::sync::Arc;
use std::time::Duration;

/// Attempts of one POST before it is given up (backoff doubles from 500 ms).
const ATTEMPTS: u32 = 5;

#[derive(Clone)]
pub struct Webhook {
    tx: SyncSender<String>,
    pub dropped: Arc<AtomicU64>,
}

/// Counters of the sending thread.
#[derive(Default)]
pub struct Delivery {
    pub sent: AtomicU64,
    pub failed: AtomicU64,
}

impl Webhook {
    /// Starts the sending thread; it ends when every `Webhook` handle is gone and the queue is
    /// empty. Returns the handle and the thread to join.
    pub fn start(url: &str) -> Result<(Webhook, std::thread::JoinHandle<Arc<Delivery>>), String> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(format!("--webhook {url:?}: an http:// or https:// URL"));
        }
        let (tx, rx) = std::sync::mpsc::sync_channel::<String>(10_000);
        let url = url.to_string();
        let h = std::thread::spawn(move || send_all(&url, rx));
        Ok((Webhook { tx, dropped: Arc::new(AtomicU64::new(0)) }, h))
    }

    /// Queues one violation (a JSON object).
    pub fn post(&self, body: String) {
        if let Err(TrySendError::Full(_)) = self.tx.try_send(body) {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

fn send_all(url: &str, rx: Receiver<String>) -> Arc<Delivery> {
    let d = Arc::new(Delivery::default());
    let agent: ureq::Agent = ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(10))).build().into();
    for body in rx {
        let mut wait = Duration::from_millis(500);
        let mut ok = false;
        for attempt in 1..=ATTEMPTS {
            match agent.post(url).header("Content-Type", "application/json").send(body.as_bytes()) {
                Ok(_) => {
                    ok = true;
                    break;
                }
                Err(e) if attempt == ATTEMPTS => {
                    err(format!("webhook: giving up a violation after {ATTEMPTS} attempts: {e}"))
                }
                Err(_) => {
                    std::thread::sleep(wait);
                    wait *= 2;
                }
            }
        }
        if ok {
            d.sent.fetch_add(1, Ordering::Relaxed);
        } else {
            d.failed.fetch_add(1, Ordering::Relaxed);
        }
    }
    d
}
