//! Bounds on open state: `--max-open` evicts the oldest, idle state expires, closed connections
//! retire after their grace, and the end of input reports everything still open.

use super::*;

/// Drops the entries of an order queue (`conn_order`, `msg_order`: the sequence number and key of
/// each state when it was made) whose state is gone or was made again since, once they outnumber
/// the states by far, so the queue stays about as small as the state. `seq`: a state's number.
pub(super) fn compact_order<K: Eq + std::hash::Hash, S>(
    order: &mut VecDeque<(u64, K)>,
    states: &FxHashMap<K, Box<S>>,
    seq: impl Fn(&S) -> u64,
) {
    if order.len() > 2 * states.len() + 1024 {
        order.retain(|(n, key)| states.get(key).is_some_and(|s| seq(s) == *n));
    }
}

impl Correlator {
    pub(super) fn enforce_conn_limit(&mut self, a: usize, out: &mut dyn FnMut(Record)) {
        while self.apps[a].conns.len() > self.limits.max_connections {
            let Some((seq, key)) = self.apps[a].conn_order.pop_front() else {
                break;
            };
            if self.apps[a].conns.get(&key).is_some_and(|c| c.seq == seq) {
                self.stats.evicted += 1;
                self.finish_conn(a, key, None, false, out);
            }
        }
    }

    pub(super) fn enforce_msg_limit(&mut self, a: usize, out: &mut dyn FnMut(Record)) {
        while self.apps[a].msgs.len() > self.limits.max_messages {
            let Some((seq, mid)) = self.apps[a].msg_order.pop_front() else {
                break;
            };
            if self.apps[a].msgs.get(&mid).is_some_and(|m| m.seq == seq) {
                self.stats.evicted += 1;
                self.force_emit_msg(a, mid, out);
            }
        }
    }

    /// Drops retired connections past their grace and, once per log hour, sweeps idle state.
    pub(super) fn expire(&mut self, a: usize, out: &mut dyn FnMut(Record)) {
        // finished messages that waited long enough for a Consolidated Event Log line
        while let Some(&(deadline, mid, seq)) = self.apps[a].held.front() {
            if deadline >= self.apps[a].now {
                break;
            }
            self.apps[a].held.pop_front();
            if self.apps[a].msgs.get(&mid).is_some_and(|m| m.seq == seq && m.held) {
                self.emit_now(a, mid, out);
            }
        }
        let app = &mut self.apps[a];
        let now = app.now;
        while let Some(&(t, key, seq)) = app.retired.front() {
            if t + RETIRE_GRACE_SECS >= now {
                break;
            }
            app.retired.pop_front();
            if app.conns.get(&key).is_some_and(|c| c.seq == seq && c.closed) {
                app.conns.remove(&key);
            }
        }
        if app.last_sweep == 0 {
            app.last_sweep = now;
            return;
        }
        if now - app.last_sweep < 3600 {
            return;
        }
        app.last_sweep = now;
        let conn_cut = now - self.limits.connection_idle_secs;
        let msg_cut = now - self.limits.message_idle_secs;
        let mut stale_conns: Vec<(u64, ConnKey)> =
            app.conns.iter().filter(|(_, c)| !c.closed && c.last_touch < conn_cut).map(|(k, c)| (c.seq, *k)).collect();
        stale_conns.sort_unstable();
        let mut stale_msgs: Vec<(u64, u64)> =
            app.msgs.iter().filter(|(_, m)| m.last_touch < msg_cut).map(|(k, m)| (m.seq, *k)).collect();
        stale_msgs.sort_unstable();
        for (_, key) in stale_conns {
            self.stats.expired += 1;
            self.finish_conn(a, key, None, false, out);
        }
        for (_, mid) in stale_msgs {
            if self.apps[a].msgs.contains_key(&mid) {
                self.stats.expired += 1;
                self.force_emit_msg(a, mid, out);
            }
        }
    }

    /// End of input: reports every connection and message still open, in order of first sight.
    pub fn finish(&mut self, out: &mut dyn FnMut(Record)) {
        for a in 0..self.apps.len() {
            // the messages that waited for a Consolidated Event Log line go out first, in order
            while let Some((_, mid, seq)) = self.apps[a].held.pop_front() {
                if self.apps[a].msgs.get(&mid).is_some_and(|m| m.seq == seq && m.held) {
                    self.emit_now(a, mid, out);
                }
            }
            let mut open: Vec<(u64, ConnKey)> =
                self.apps[a].conns.iter().filter(|(_, c)| !c.closed).map(|(k, c)| (c.seq, *k)).collect();
            open.sort_unstable();
            for (_, key) in open {
                self.finish_conn(a, key, None, false, out);
            }
            let mut msgs: Vec<(u64, u64)> = self.apps[a].msgs.iter().map(|(k, m)| (m.seq, *k)).collect();
            msgs.sort_unstable();
            for (_, mid) in msgs {
                self.force_emit_msg(a, mid, out);
            }
            let app = &mut self.apps[a];
            app.conns.clear();
            app.retired.clear();
            app.conn_order.clear();
            app.msg_order.clear();
        }
    }

    pub(super) fn note_peaks(&mut self) {
        let (c, m) = self.open_state();
        self.stats.peak_connections = self.stats.peak_connections.max(c as u64);
        self.stats.peak_messages = self.stats.peak_messages.max(m as u64);
    }

    /// Open connections and messages (for memory accounting and tests).
    pub fn open_state(&self) -> (usize, usize) {
        self.apps.iter().fold((0, 0), |(c, m), app| (c + app.conns.len(), m + app.msgs.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::{Correlator, Limits};
    use crate::model::{Direction::Inbound, Record, TlsOutcome};

    fn open(t: &str, icid: u64) -> String {
        format!("{t} New SMTP ICID {icid} interface D (10.0.0.1) address 192.0.2.{icid} reverse dns host unknown verified no")
    }

    #[test]
    fn an_order_queue_keeps_only_the_states_still_open_once_it_outgrows_them() {
        use super::compact_order;
        use rustc_hash::FxHashMap;
        use std::collections::VecDeque;
        // 2 000 states made with keys 0..10 in turn, of which two are open: key 3 as made first
        // (its number 3), key 7 as made again at the end (its number 2 000)
        let states: FxHashMap<u64, Box<u64>> = [(3, Box::new(3)), (7, Box::new(2_000))].into_iter().collect();
        let mut order: VecDeque<(u64, u64)> = (0..2_000u64).map(|n| (n, n % 10)).collect();
        order.push_back((2_000, 7));
        let short: VecDeque<(u64, u64)> = order.iter().copied().take(1_000).collect();
        compact_order(&mut order, &states, |s| *s);
        assert_eq!(order, VecDeque::from([(3, 3), (2_000, 7)]), "the open states' entries, in order");
        // a queue not yet far beyond the states is left as it is (not walked on every line)
        let mut kept = short.clone();
        compact_order(&mut kept, &states, |s| *s);
        assert_eq!(kept, short);
    }

    #[test]
    fn max_open_reports_the_oldest_early() {
        let limits = Limits { max_connections: 2, ..Limits::default() };
        let lines = [open("10:00:00", 1), open("10:00:01", 2), open("10:00:02", 3), "10:00:03 ICID 2 close".into()];
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let mut c = Correlator::new(limits);
        c.keep_text = true;
        let r = run_with(c, &refs);
        let first = match &r[0] {
            Record::Connection(c) => c.id,
            other => panic!("{other:?}"),
        };
        assert_eq!(first, 1, "the oldest goes first");
        assert_eq!(conn(&r, Inbound, 1).hop.tls, TlsOutcome::Unknown, "reported before its end");
        assert_eq!(conn(&r, Inbound, 2).hop.tls, TlsOutcome::None);
    }

    #[test]
    fn idle_state_expires_after_its_limit() {
        // an open connection with no line for more than a day is reported as it stands, at the sweep
        let r = run(&[&open("10:00:00", 1), &open("+1d 10:00:01", 2), "+1d 11:00:02 ICID 2 close"]);
        assert_eq!(conn(&r, Inbound, 1).closed, None);
        // and before the later connection closes: idle state does not wait for the end of input
        let pos = |id: u64| r.iter().position(|x| matches!(x, Record::Connection(c) if c.id == id)).unwrap();
        assert!(pos(1) < pos(2));
        let r = run(&[&open("10:00:00", 1), &open("+0d 23:00:00", 2), "+0d 23:59:59 ICID 2 close"]);
        let pos = |id: u64| r.iter().position(|x| matches!(x, Record::Connection(c) if c.id == id)).unwrap();
        assert!(pos(1) > pos(2), "within the idle limit it stays open until the end");
    }

    #[test]
    fn max_open_reports_the_oldest_message_early() {
        let limits = Limits { max_messages: 2, ..Limits::default() };
        let lines = [
            "10:00:00 Start MID 1 ICID 0",
            "10:00:01 Start MID 2 ICID 0",
            "10:00:02 Start MID 3 ICID 0",
            "10:00:03 Message finished MID 2 done",
        ];
        let mut c = Correlator::new(limits);
        c.keep_text = true;
        let r = run_with(c, &lines);
        let mids: Vec<u64> = r
            .iter()
            .filter_map(|x| match x {
                Record::Message(m) => Some(m.mid),
                _ => None,
            })
            .collect();
        assert_eq!(mids[0], 1, "the oldest message goes first, before its end: {mids:?}");
        assert_eq!(msg(&r, 1).finished, None);
    }

    #[test]
    fn an_idle_message_is_reported_after_five_days() {
        let r = run(&[
            "10:00:00 Start MID 1 ICID 0",
            "+5d 10:00:01 Start MID 2 ICID 0",
            "+5d 11:00:02 Message finished MID 2 done",
        ]);
        let pos = |mid: u64| r.iter().position(|x| matches!(x, Record::Message(m) if m.mid == mid)).unwrap();
        assert!(pos(1) < pos(2), "MID 1 went out at the idle sweep, before MID 2 finished");
        let r = run(&[
            "10:00:00 Start MID 1 ICID 0",
            "+4d 10:00:01 Start MID 2 ICID 0",
            "+4d 11:00:02 Message finished MID 2 done",
        ]);
        let pos = |mid: u64| r.iter().position(|x| matches!(x, Record::Message(m) if m.mid == mid)).unwrap();
        assert!(pos(1) > pos(2), "within the limit it waits for the end");
    }
}
