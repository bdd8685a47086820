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
        match o {
            TlsOutcome::Success => self.success += 1,
            TlsOutcome::Failed => self.failed += 1,
            TlsOutcome::None => self.none += 1,
            TlsOutcome::Unknown => self.unknown += 1,
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
        match e {
            Encryption::Encrypted => self.encrypted += 1,
            Encryption::NotEncrypted => self.not_encrypted += 1,
            Encryption::Unknown => self.unknown += 1,
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
