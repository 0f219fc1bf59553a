//! The matching engine's hot loops, apart from everything else so that they can be built for
//! speed (opt-level 3, see the workspace `Cargo.toml`) while the rest of the release build is
//! built for size. The domain crate (`dxm-domain`) compiles profiles into a [`Pool`] and an
//! assessment with its settings into an [`Ask`]; this crate applies the hard rules
//! ([`check`]), scores ([`Scorer`], [`Parts`]) and keeps the best `k` ([`rank`]).
//!
//! No dependencies and no allocation per profile. The results are integers on every platform:
//! the one floating-point step (a division by a reciprocal) is corrected to the exact quotient,
//! so every platform gives the same numbers.

mod ask;
mod cover;
mod parts;
mod pool;
mod rank;
mod rules;

pub use ask::{Ask, Gate, Mode, Need, Points};
pub use cover::{cover, Cover};
pub use parts::{
    display_score, Band, Logistics, Parts, RequiredRule, Scorer, PPM, REQUIRED_CAP_MILLI,
    REQUIRED_FLOOR_MILLI,
};
pub use pool::{Levels, Pool, PrefSet, ONLINE, ONSITE, UNKNOWN};
pub use rank::{rank, Outcome, Ranked};
pub use rules::{check, flag, Check};
