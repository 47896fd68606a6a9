//! splitmix64: a tiny generator whose whole state is one number, so every
//! case is reproduced from its seed alone, on any machine, with no crate.

pub struct Rng(u64);

/// The golden-ratio step splitmix64 advances by; also spaces case seeds.
pub const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True once in `n` times.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A size spread evenly over orders of magnitude in `low..=high`, so
    /// small and huge values are both common.
    pub fn log_between(&mut self, low: usize, high: usize) -> usize {
        let bits = usize::BITS - high.leading_zeros();
        let cap = 1usize << self.below(bits as usize + 1);
        self.between(low, high.min(low.max(cap)))
    }
}
