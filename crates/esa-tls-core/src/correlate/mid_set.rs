//! The set of recently finished MIDs of an appliance (so that a stray late line does not bring one
//! back), kept where the cache finds it.
//!
//! It holds up to [`super::FINISHED_MEMORY`] (65 536) MIDs, and is asked about on every new MID and
//! changed on every finished message. As a hash set it spans a megabyte, and nearly every one of
//! those three operations missed the processor's caches (measured: `summary` 14 % faster when the
//! set was small). MIDs are handed out in order, so the members are nearly all in one range: a
//! bitmap over a sliding window of MIDs holds them in 32 KB, and the few outside the window (a MID
//! counter reset, a message that stayed open for long) go to a hash set. Same members, same answers,
//! as the hash set it replaces.

use rustc_hash::FxHashSet;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Words of the window: 4 096 × 64 = 262 144 MIDs.
const WORDS: usize = 4096;
const SPAN: u64 = WORDS as u64 * 64;

#[derive(Debug, Clone, Default)]
pub(super) struct MidSet {
    /// The first MID of the window (a multiple of 64); the window is `base .. base + SPAN`.
    base: u64,
    /// The window's bits; empty until the first insert.
    bits: Vec<u64>,
    /// Members in the window.
    in_window: usize,
    /// Members outside the window.
    outside: FxHashSet<u64>,
}

impl MidSet {
    #[inline]
    fn slot(&self, mid: u64) -> Option<(usize, u64)> {
        let off = mid.checked_sub(self.base)?;
        (off < SPAN && !self.bits.is_empty()).then(|| ((off / 64) as usize, 1u64 << (off % 64)))
    }

    #[inline]
    pub fn contains(&self, mid: &u64) -> bool {
        match self.slot(*mid) {
            Some((w, b)) => self.bits[w] & b != 0,
            None => !self.outside.is_empty() && self.outside.contains(mid),
        }
    }

    pub fn insert(&mut self, mid: u64) {
        if self.slot(mid).is_none() {
            self.make_room(mid);
        }
        match self.slot(mid) {
            Some((w, b)) => {
                if self.bits[w] & b == 0 {
                    self.bits[w] |= b;
                    self.in_window += 1;
                }
            }
            None => {
                self.outside.insert(mid);
            }
        }
    }

    pub fn remove(&mut self, mid: &u64) -> bool {
        match self.slot(*mid) {
            Some((w, b)) => {
                let had = self.bits[w] & b != 0;
                self.bits[w] &= !b;
                self.in_window -= had as usize;
                had
            }
            None => self.outside.remove(mid),
        }
    }

    /// Moves the window so that `mid` falls in it, when that is worth it: an empty window is placed
    /// around `mid`; a full one only moves forward, by at least half its span (so it moves once per
    /// ~131 000 MIDs), and the members it leaves behind go to the hash set.
    fn make_room(&mut self, mid: u64) {
        if self.bits.is_empty() || self.in_window == 0 {
            // a quarter of the span below `mid`: a little room for MIDs finishing out of order
            self.base = (mid & !63).saturating_sub(SPAN / 4);
            self.bits.clear();
            self.bits.resize(WORDS, 0);
            self.take_in();
            return;
        }
        if mid < self.base {
            return; // older than the window: the hash set takes it
        }
        let Some(end) = (mid & !63).checked_add(64) else {
            return; // the last MIDs of all: the hash set takes them
        };
        let needed = end - SPAN; // the least base that holds `mid`
        let new_base = needed.max(self.base.saturating_add(SPAN / 2));
        let shift = ((new_base - self.base) / 64) as usize;
        for w in 0..shift.min(WORDS) {
            let mut word = self.bits[w];
            while word != 0 {
                let bit = word.trailing_zeros() as u64;
                self.outside.insert(self.base + w as u64 * 64 + bit);
                self.in_window -= 1;
                word &= word - 1;
            }
        }
        if shift >= WORDS {
            self.bits.iter_mut().for_each(|w| *w = 0);
        } else {
            self.bits.copy_within(shift.., 0);
            self.bits[WORDS - shift..].iter_mut().for_each(|w| *w = 0);
        }
        self.base = new_base;
        self.take_in();
    }

    /// Moves the members of the hash set that the window now covers into it: a member is in one
    /// place only.
    fn take_in(&mut self) {
        if self.outside.is_empty() {
            return;
        }
        let inside: Vec<u64> = self.outside.iter().copied().filter(|&m| self.slot(m).is_some()).collect();
        for m in inside {
            self.outside.remove(&m);
            if let Some((w, b)) = self.slot(m) {
                self.bits[w] |= b;
                self.in_window += 1;
            }
        }
    }

    /// Every member, in order.
    fn members(&self) -> Vec<u64> {
        let mut all: Vec<u64> = self.outside.iter().copied().collect();
        for (w, &word) in self.bits.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                all.push(self.base + w as u64 * 64 + word.trailing_zeros() as u64);
                word &= word - 1;
            }
        }
        all.sort_unstable();
        all
    }
}

/// Saved as the list of its members (the form the hash set it replaces was saved in).
impl Serialize for MidSet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.members().serialize(s)
    }
}

impl<'de> Deserialize<'de> for MidSet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut set = MidSet::default();
        for mid in Vec::<u64>::deserialize(d)? {
            set.insert(mid);
        }
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same operations on a [`MidSet`] and a hash set give the same answers, with MIDs that
    /// climb as an appliance hands them out, finish out of order, jump, and restart from small
    /// numbers (a counter reset).
    #[test]
    fn answers_as_a_hash_set_does() {
        let mut rnd = crate::testutil::xorshift(0x9E37_79B9_7F4A_7C15u64);
        for round in 0..6u64 {
            let (mut ours, mut theirs) = (MidSet::default(), FxHashSet::default());
            let mut next = [0u64, 1_000, 4_000_000_000, u64::MAX - 3 * SPAN, 500_000, 63][round as usize];
            for _ in 0..100_000 {
                let r = rnd();
                let mid = match r % 100 {
                    0 => next.wrapping_add(rnd() % (4 * SPAN)),   // a jump ahead
                    1 => next.saturating_sub(rnd() % (2 * SPAN)), // long open
                    2 if r % 1000 == 2 => rnd() % 100,            // counter reset
                    _ => next.saturating_sub(rnd() % 300),        // in order, give or take
                };
                next = next.saturating_add(1 + rnd() % 3);
                match rnd() % 4 {
                    0 | 1 => {
                        ours.insert(mid);
                        theirs.insert(mid);
                    }
                    2 => assert_eq!(ours.remove(&mid), theirs.remove(&mid), "remove {mid}"),
                    _ => assert_eq!(ours.contains(&mid), theirs.contains(&mid), "contains {mid}"),
                }
                let probe = next.saturating_sub(rnd() % 1000);
                assert_eq!(ours.contains(&probe), theirs.contains(&probe), "contains {probe}");
            }
            let mut want: Vec<u64> = theirs.iter().copied().collect();
            want.sort_unstable();
            assert_eq!(ours.members(), want, "round {round}");
            assert_eq!(ours.in_window + ours.outside.len(), want.len(), "each member in one place");
            assert!(ours.outside.iter().all(|&m| ours.slot(m).is_none()));
            let back: MidSet = serde_json::from_slice(&serde_json::to_vec(&ours).unwrap()).unwrap();
            assert_eq!(back.members(), want, "saved and restored");
        }
    }

    #[test]
    fn a_window_that_moves_over_members_of_the_hash_set_takes_them_in() {
        let mut s = MidSet::default();
        s.insert(9_000_000);
        s.insert(100); // below the window: in the hash set
        assert!(s.remove(&9_000_000)); // the window is empty now
        s.insert(150); // the window moves to it, over 100
        assert!(s.outside.is_empty(), "an empty window moves to a MID below it, and takes 100 in");
        assert_eq!(s.in_window, 2);
        assert!(s.remove(&100), "100 is still a member");
        assert!(!s.contains(&100), "and is gone once removed");
        assert_eq!(s.members(), vec![150]);
    }

    #[test]
    fn a_climbing_run_keeps_its_members_in_the_window() {
        let mut s = MidSet::default();
        for mid in 500_000..1_500_000u64 {
            s.insert(mid);
            if mid >= 500_000 + 65_536 {
                assert!(s.remove(&(mid - 65_536)));
            }
            assert!(s.outside.is_empty(), "members fell out at {mid}");
        }
        assert_eq!(s.in_window, 65_536);
        assert!(s.contains(&1_499_999) && !s.contains(&(1_500_000 - 65_537)));
        // the window slid several times with its members in it: they are the same MIDs still
        assert_eq!(s.members(), (1_500_000 - 65_536..1_500_000).collect::<Vec<u64>>());
    }

    #[test]
    fn a_jump_ahead_moves_the_window_to_it() {
        let mut s = MidSet::default();
        s.insert(1_000);
        s.insert(10_000_000);
        assert_eq!(s.outside.iter().copied().collect::<Vec<_>>(), vec![1_000], "the old member moved out");
        assert!(s.slot(10_000_000).is_some(), "the new one is in the window");
        assert_eq!(s.members(), vec![1_000, 10_000_000]);
    }
}
