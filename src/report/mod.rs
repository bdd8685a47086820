//! Stage 4: records → aggregates. Every aggregate is built from the same records the `messages`
//! and `connections` commands print, and can be merged (`merge`) so that parts of the input can be
//! counted apart.

pub mod summary;

pub use summary::{Counts, Encryption, Summary};

use crate::model::{Hop, TlsOutcome};

/// Whether a hop counts as encrypted for message and recipient figures.
pub fn encryption(hop: Option<&Hop>) -> Encryption {
    match hop.map(|h| h.tls) {
        Some(TlsOutcome::Success) => Encryption::Encrypted,
        Some(TlsOutcome::Failed) | Some(TlsOutcome::None) => Encryption::NotEncrypted,
        Some(TlsOutcome::Unknown) | None => Encryption::Unknown,
    }
}

/// Percentage with one decimal, for display (`0.0` when the whole is 0).
pub fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}
