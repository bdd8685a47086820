//! A simulator of ESA mail traffic that writes realistic mail logs together with the verdicts they
//! must yield ([`Truth`]), decided here from the traffic itself, never by parsing the log.
//!
//! It is a discrete-event simulation: inbound connections arrive, carry messages, close; messages are
//! delivered per destination domain over delivery connections that are reused while warm; deliveries
//! succeed, are delayed and retried, or bounce (and bounces generate DSNs). Quirks of real logs are
//! reproduced on purpose: a DCID's TLS line before its `New SMTP DCID` line, `ICID close` before
//! `Message done`, a rewrite logged after the new MID's first delivery line, connections and messages
//! whose beginning lies before the log starts, several appliances with overlapping ID counters.
//!
//! [`traffic`] is the model (what happens, and the verdicts it implies); [`writer`] writes it as log
//! lines. Used by the tests, the benchmarks and `esa-tls simulate`.

mod traffic;
mod writer;

pub use traffic::{generate, Config, ConnectionTruth, MessageTruth, RecipientTruth, Truth, SERIAL};
