//! Where records go: the one interface between the stages that make records (the pipeline, a store,
//! a live input) and those that use them (reports, writers).

use crate::model::Record;

/// Receives records as they complete.
pub trait Sink {
    fn record(&mut self, r: Record);
    /// True once the sink cannot take more (e.g. the output pipe closed): reading stops.
    fn stopped(&self) -> bool {
        false
    }
    /// Called after each chunk of a live stream: what is ready should reach its reader now.
    fn flush(&mut self) {}
}

/// A sink made of a closure.
pub struct FnSink<F>(pub F);
impl<F: FnMut(Record)> Sink for FnSink<F> {
    fn record(&mut self, r: Record) {
        (self.0)(r)
    }
}

/// Collects every record (tests, small inputs).
#[derive(Default)]
pub struct Collect {
    pub connections: Vec<crate::model::Connection>,
    pub messages: Vec<crate::model::Message>,
}
impl Sink for Collect {
    fn record(&mut self, r: Record) {
        match r {
            Record::Connection(c) => self.connections.push(c),
            Record::Message(m) => self.messages.push(m),
        }
    }
}
