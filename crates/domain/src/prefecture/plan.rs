//! How many people of which profile would close most of the prefecture's gap: the team
//! optimiser at prefecture scale.
//!
//! The objective is the required gap (all gaps when nothing open is required), in steps. A
//! person closes, in a municipality they serve, each item up to their own level (levels do not
//! add up; the best person counts). Each person serves at most `capacity` municipalities — the
//! prefecture's assumption of how far one person stretches — and only those that may engage
//! them under the programmes' rules (`Reach`).
//!
//! 1. From the people loaded (pool and lists): greedily add the person who closes most, until
//!    `MOST_PERCENT` of the objective is closed, nobody adds anything, or `MAX_PEOPLE`.
//! 2. What is still open: people to recruit into the pool, one 人材像 at a time, each at the
//!    levels of that 人材像's preset and able to serve any municipality of the prefecture;
//!    greedily, the same way.
//!
//! Coverage under a capacity is monotone and submodular, so values only fall as people are
//! added: the greedy is evaluated lazily (a stale value is an upper bound) and closes at least
//! half of what the best choice of the same number of people would. Ties go to the profile id
//! (the 人材像 order for recruits), and within a person to the municipality order.

use super::demand::DemandMap;
use super::reach::Reach;
use crate::catalog::Catalog;
use crate::level::Priority;
use crate::matching::ProfileIndex;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// "Most of the gap": the share of the objective the plan aims to close.
pub const MOST_PERCENT: u32 = 80;
/// Most people proposed in each of the two steps.
pub const MAX_PEOPLE: usize = 60;
pub const DEFAULT_CAPACITY: u8 = 5;
pub const MAX_CAPACITY: u8 = 50;

/// People from the loaded lists, grouped by programme and first 人材像.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListGroup {
    /// Position in the catalogue's programmes.
    pub programme: usize,
    /// Position in the presets' 人材像 (the first the profile names), if any.
    pub persona: Option<usize>,
    pub people: u32,
    /// Distinct municipalities this group serves, and the steps it closes.
    pub municipalities: u32,
    pub closed: u32,
}

/// People to recruit, of one 人材像.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecruitGroup {
    pub persona: usize,
    pub people: u32,
    pub municipalities: u32,
    pub closed: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub capacity: u8,
    /// True when the objective is the required gap.
    pub required_only: bool,
    /// The objective in gap steps.
    pub total: u32,
    /// Step 1, biggest contribution first.
    pub lists: Vec<ListGroup>,
    pub lists_people: u32,
    pub lists_closed: u32,
    /// Step 2, biggest contribution first.
    pub recruits: Vec<RecruitGroup>,
    pub recruits_people: u32,
    pub recruits_closed: u32,
}

impl Plan {
    pub fn closed(&self) -> u32 {
        self.lists_closed + self.recruits_closed
    }

    pub fn closed_percent(&self) -> u32 {
        (self.closed() * 100).checked_div(self.total).unwrap_or(0)
    }

    pub fn reached_target(&self) -> bool {
        self.total > 0 && self.closed() * 100 >= MOST_PERCENT * self.total
    }
}

/// The objective's gaps, grouped by municipality, with the level reached so far.
struct Open {
    item: Vec<u8>,
    need: Vec<u8>,
    cur: Vec<u8>,
    /// `start[m]..start[m + 1]`: the gaps of municipality `m`.
    start: Vec<usize>,
}

impl Open {
    fn municipalities(&self) -> usize {
        self.start.len() - 1
    }

    /// What each of `n` candidates would close in municipality `m` now, into `out`;
    /// `row(item)` holds every candidate's level of an item.
    fn gains<'a>(
        &self,
        m: usize,
        row: &impl Fn(usize) -> &'a [u8],
        may: &impl Fn(usize, usize) -> bool,
        out: &mut [u32],
    ) {
        out.fill(0);
        for k in self.start[m]..self.start[m + 1] {
            let (need, cur) = (self.need[k], self.cur[k]);
            for (o, &l) in out.iter_mut().zip(row(usize::from(self.item[k]))) {
                *o += u32::from(l.min(need).saturating_sub(cur));
            }
        }
        for (c, o) in out.iter_mut().enumerate() {
            if *o > 0 && !may(c, m) {
                *o = 0;
            }
        }
    }

    fn apply(&mut self, m: usize, level: impl Fn(usize) -> u8) {
        for k in self.start[m]..self.start[m + 1] {
            let reach = level(usize::from(self.item[k])).min(self.need[k]);
            self.cur[k] = self.cur[k].max(reach);
        }
    }
}

/// Lazy greedy over `n` candidates (tie-break: `key`; levels: `row(item)[candidate]`);
/// `repeat` lets a candidate be picked again. Calls `pick` with each chosen candidate, the
/// municipalities it serves and the steps it closes; returns the steps closed in all.
#[allow(clippy::too_many_arguments)]
fn greedy<'a>(
    open: &mut Open,
    n: usize,
    key: impl Fn(usize) -> u32,
    capacity: usize,
    may: impl Fn(usize, usize) -> bool,
    row: impl Fn(usize) -> &'a [u8],
    repeat: bool,
    mut closed: u32,
    goal: u32,
    mut pick: impl FnMut(usize, &[usize], u32),
) -> u32 {
    let n_m = open.municipalities();
    // gains[m * n + c]: what candidate c would close in municipality m now.
    let mut gains = vec![0u32; n_m * n];
    for m in 0..n_m {
        open.gains(m, &row, &may, &mut gains[m * n..(m + 1) * n]);
    }
    // A candidate's best municipalities: at most `capacity`, biggest gain first, then
    // municipality order.
    let mut buf: Vec<(Reverse<u32>, usize)> = Vec::with_capacity(n_m);
    let mut value = |gains: &[u32], c: usize| -> (u32, Vec<usize>) {
        buf.clear();
        buf.extend(
            (0..n_m)
                .map(|m| (gains[m * n + c], m))
                .filter(|(g, _)| *g > 0)
                .map(|(g, m)| (Reverse(g), m)),
        );
        if buf.len() > capacity {
            buf.select_nth_unstable(capacity - 1);
            buf.truncate(capacity);
        }
        buf.sort_unstable();
        (
            buf.iter().map(|(g, _)| g.0).sum(),
            buf.iter().map(|(_, m)| *m).collect(),
        )
    };
    let mut heap: BinaryHeap<(u32, Reverse<u32>, usize)> = (0..n)
        .filter_map(|c| {
            let (v, _) = value(&gains, c);
            (v > 0).then(|| (v, Reverse(key(c)), c))
        })
        .collect();
    let mut picked = 0;
    while closed < goal && picked < MAX_PEOPLE {
        let Some((_, k, c)) = heap.pop() else { break };
        let (v, served) = value(&gains, c);
        if v == 0 {
            continue;
        }
        if heap.peek().is_some_and(|top| (top.0, top.1) > (v, k)) {
            heap.push((v, k, c));
            continue;
        }
        for &m in &served {
            open.apply(m, |i| row(i)[c]);
            open.gains(m, &row, &may, &mut gains[m * n..(m + 1) * n]);
        }
        closed += v;
        picked += 1;
        pick(c, &served, v);
        if repeat {
            let (v, _) = value(&gains, c);
            if v > 0 {
                heap.push((v, k, c));
            }
        }
    }
    closed
}

impl Plan {
    pub fn build(
        cat: &Catalog,
        ix: &ProfileIndex,
        map: &DemandMap,
        reach: &Reach,
        capacity: u8,
    ) -> Plan {
        let capacity = capacity.clamp(1, MAX_CAPACITY);
        let required_only = map.demands.iter().any(|d| d.priority == Priority::Required);
        let n_m = map.municipalities.len();
        let mut open = Open {
            item: Vec::new(),
            need: Vec::new(),
            cur: Vec::new(),
            start: vec![0; n_m + 1],
        };
        for d in map
            .demands
            .iter()
            .filter(|d| !required_only || d.priority == Priority::Required)
        {
            open.item.push(d.item.0);
            open.need.push(d.need.value());
            open.cur.push(d.have.value());
            open.start[usize::from(d.municipality) + 1] += 1;
        }
        for m in 0..n_m {
            open.start[m + 1] += open.start[m];
        }
        let total: u32 = open
            .need
            .iter()
            .zip(&open.cur)
            .map(|(n, c)| u32::from(n - c))
            .sum();
        let goal = (total * MOST_PERCENT).div_ceil(100);
        let cap = usize::from(capacity);

        // Step 1: the people loaded.
        let n_personas = cat.presets.personas.len();
        let mut lists: Vec<(ListGroup, Vec<bool>)> = Vec::new();
        let mut lists_people = 0;
        let lists_closed = greedy(
            &mut open,
            ix.len(),
            |p| ix.id_rank(p),
            cap,
            |p, m| reach.may_engage(m, p),
            |i| ix.item_levels(i),
            false,
            0,
            goal,
            |p, served, v| {
                lists_people += 1;
                let programme = ix.programme(p);
                let bits = ix.pool.personas[p];
                let first = bits.trailing_zeros() as usize;
                let persona = (first < n_personas).then_some(first);
                let at = match lists
                    .iter()
                    .position(|(g, _)| g.programme == programme && g.persona == persona)
                {
                    Some(at) => at,
                    None => {
                        lists.push((
                            ListGroup {
                                programme,
                                persona,
                                people: 0,
                                municipalities: 0,
                                closed: 0,
                            },
                            vec![false; n_m],
                        ));
                        lists.len() - 1
                    }
                };
                let (g, seen) = &mut lists[at];
                g.people += 1;
                g.closed += v;
                for &m in served {
                    g.municipalities += u32::from(!std::mem::replace(&mut seen[m], true));
                }
            },
        );

        // Step 2: people to recruit, at the levels of each 人材像's preset.
        // Item-major, like the profile index: types[item * n_types + type].
        let n_types = cat.presets.personas.len();
        let mut types = vec![0u8; cat.standard.len() * n_types];
        for (t, p) in cat.presets.personas.iter().enumerate() {
            for n in &p.needs {
                let at = n.item.get() * n_types + t;
                types[at] = types[at].max(n.level.value());
            }
        }
        let mut recruits: Vec<(RecruitGroup, Vec<bool>)> = (0..n_types)
            .map(|persona| {
                (
                    RecruitGroup {
                        persona,
                        people: 0,
                        municipalities: 0,
                        closed: 0,
                    },
                    vec![false; n_m],
                )
            })
            .collect();
        let mut recruits_people = 0;
        let all_closed = greedy(
            &mut open,
            n_types,
            |t| t as u32,
            cap,
            |_, _| true,
            |i| &types[i * n_types..(i + 1) * n_types],
            true,
            lists_closed,
            goal,
            |t, served, v| {
                recruits_people += 1;
                let (g, seen) = &mut recruits[t];
                g.people += 1;
                g.closed += v;
                for &m in served {
                    g.municipalities += u32::from(!std::mem::replace(&mut seen[m], true));
                }
            },
        );
        let mut lists: Vec<ListGroup> = lists.into_iter().map(|(g, _)| g).collect();
        lists.sort_by_key(|g| (Reverse(g.closed), g.programme, g.persona));
        let mut recruits: Vec<RecruitGroup> = recruits
            .into_iter()
            .map(|(g, _)| g)
            .filter(|g| g.people > 0)
            .collect();
        recruits.sort_by_key(|g| (Reverse(g.closed), g.persona));
        Plan {
            capacity,
            required_only,
            total,
            lists,
            lists_people,
            lists_closed,
            recruits,
            recruits_people,
            recruits_closed: all_closed - lists_closed,
        }
    }
}
