//! esa-tls: was this mail encrypted? TLS verdicts per connection, message and recipient from Cisco
//! Secure Email Gateway (ESA, IronPort) mail logs.
//!
//! Data flows one way, one module per stage:
//! [`input`] (sources → line-aligned chunks) → [`parse`] (lines → typed events) →
//! [`correlate`] (events → connection and message records, bounded state) → [`report`]
//! (records → aggregates) → [`output`] (table, JSON, NDJSON, CSV). [`pipeline`] wires the first three.

pub mod correlate;
pub mod input;
pub mod model;
pub mod output;
pub mod parse;
pub mod pipeline;
pub mod report;
pub mod sim;
pub mod time;
