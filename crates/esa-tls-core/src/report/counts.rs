//! The tallies every report is made of: connections by TLS outcome, messages and recipients by
//! encryption.

use crate::model::{Hop, TlsOutcome};
use serde::Serialize;

/// Whether a hop counts as encrypted for message and recipient figures.
pub fn encryption(hop: Option<&Hop>) -> Encryption {
    match hop.map(|h| h.tls) {
        Some(TlsOutcome::Success) => Encryption::Encrypted,
        Some(TlsOutcome::Failed) | Some(TlsOutcome::None) => Encryption::NotEncrypted,
        Some(TlsOutcome::Unknown) | None => Encryption::Unknown,
    }
}

/// Connections by TLS outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub success: u64,
    pub failed: u64,
    pub none: u64,
    pub unknown: u64,
}

impl Counts {
    pub fn add(&mut self, o: TlsOutcome) {
        self.add_n(o, 1)
    }
    /// Adds `n` connections with outcome `o`.
    pub fn add_n(&mut self, o: TlsOutcome, n: u64) {
        match o {
            TlsOutcome::Success => self.success += n,
            TlsOutcome::Failed => self.failed += n,
            TlsOutcome::None => self.none += n,
            TlsOutcome::Unknown => self.unknown += n,
        }
    }
    pub fn get(&self, o: TlsOutcome) -> u64 {
        match o {
            TlsOutcome::Success => self.success,
            TlsOutcome::Failed => self.failed,
            TlsOutcome::None => self.none,
            TlsOutcome::Unknown => self.unknown,
        }
    }
    pub fn total(&self) -> u64 {
        self.success + self.failed + self.none + self.unknown
    }
    pub fn merge(&mut self, o: &Counts) {
        self.success += o.success;
        self.failed += o.failed;
        self.none += o.none;
        self.unknown += o.unknown;
    }
}

/// Whether a message or recipient hop was encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encryption {
    Encrypted,
    NotEncrypted,
    Unknown,
}

/// Messages or recipients by encryption of their hop.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EncryptionCounts {
    pub encrypted: u64,
    pub not_encrypted: u64,
    pub unknown: u64,
}

impl EncryptionCounts {
    pub fn add(&mut self, e: Encryption) {
        self.add_n(e, 1)
    }
    /// Adds `n` messages or recipients with encryption `e`.
    pub fn add_n(&mut self, e: Encryption, n: u64) {
        match e {
            Encryption::Encrypted => self.encrypted += n,
            Encryption::NotEncrypted => self.not_encrypted += n,
            Encryption::Unknown => self.unknown += n,
        }
    }
    pub fn total(&self) -> u64 {
        self.encrypted + self.not_encrypted + self.unknown
    }
    pub fn merge(&mut self, o: &EncryptionCounts) {
        self.encrypted += o.encrypted;
        self.not_encrypted += o.not_encrypted;
        self.unknown += o.unknown;
    }
}
