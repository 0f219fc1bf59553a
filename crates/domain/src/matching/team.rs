//! Team recommendation: the smallest, best set of people (at most `team_size`) that together
//! close the most weighted required gap within each programme's limits, with who covers what
//! and an engagement plan per person.
//!
//! A team closes an item as far as its best member does (levels do not add up), so the value
//! of a team is Σᵣ wᵣ · maxₘ cₘ,ᵣ over the required gap items (all gap items when none is
//! required). This is a monotone submodular coverage function.
//!
//! Method:
//! - candidates are the feasible profiles that close some of it; within a programme, a
//!   candidate is dropped when another one closes at least as much on every item and can work
//!   in every way it can (it can never do better in a team);
//! - with at most `EXACT_MAX_CANDIDATES` left and a team of at most 4, the best team is found
//!   exactly by depth-first search with a submodular bound (a member adds at most its own value);
//! - otherwise greedily (add the member who adds most): at least 1 − 1/e ≈ 63% of the best
//!   possible value under the size limit. The UI says which was used.
//!
//! Programme limits shape each member's engagement rather than the team: one case per person
//! and project (地域情報化アドバイザー: on site for up to 3 days, or online only for up to 10
//! hours — never both budgets), an appointment counted against a cost ceiling (外部人材リスト:
//! 特別交付税 for up to 3 people, not a limit on hiring), an invitation of the minimum length,
//! a secondment within the programme's period.
//!
//! Ties: higher value, then fewer members, then higher summed scores, then profile ids.

use super::index::{ProfileIndex, ONLINE, ONSITE};
use super::query::{GapItem, Query};
use super::rules::check;
use super::score::Ranking;
use super::settings::EngagementMode;
use crate::catalog::Catalog;
use crate::level::Priority;
use crate::programme::RuleKind;
use crate::standard::ItemIdx;

pub const EXACT_MAX_CANDIDATES: usize = 60;
pub const EXACT_MAX_TEAM: usize = 4;
/// Above this many candidates the dominance pruning itself would cost too much: go greedy.
const PRUNE_MAX_CANDIDATES: usize = 800;
const MAX_ITEMS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Exact {
        candidates: usize,
    },
    /// Greedy, with the guaranteed share of the best value in percent.
    Greedy {
        candidates: usize,
        bound_percent: u8,
    },
}

/// How a member would be engaged, within their programme's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engagement {
    /// One case with on-site support of up to `days` days (online sessions may be part of it).
    OnsiteCase { days: u16 },
    /// One case online only, up to `hours` hours in total.
    OnlineCase { hours: u16 },
    /// Appointed (e.g. CIO補佐官等) as the `nth` person of the organisation (those already
    /// appointed included); the cost is covered for up to `covered` persons.
    Appointment { nth: u8, covered: u8 },
    /// Invited for at least this many days or visits a year (地域力創造アドバイザー).
    Invitation { min_days: u16, min_visits: u16 },
    /// Hosted for a period within the programme's range (months).
    Secondment {
        min_months: Option<u16>,
        max_months: Option<u16>,
    },
    /// Continuous support from the prefecture's pool.
    PoolSupport,
    /// Arranged within the programme's rules.
    Arranged,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub profile: u32,
    pub engagement: Engagement,
    /// Items this member is the team's best for: (item, steps closed).
    pub covers: Vec<(ItemIdx, u8)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub members: Vec<Member>,
    /// Weighted gap the team closes, and the whole weighted gap it aimed at.
    pub value: u32,
    pub total: u32,
    /// True when the objective is the required gap; false when only desirable needs remained.
    pub required_only: bool,
    /// Objective items the team leaves (partly) open, with the steps still missing.
    pub left: Vec<(ItemIdx, u8)>,
    pub method: Method,
}

#[derive(Debug, Clone)]
struct Candidate {
    profile: u32,
    programme: usize,
    modes: u8,
    /// wᵣ·cᵣ·percent per objective item (an inferred level counts at the crosswalk's discount).
    v: Vec<u16>,
    /// cᵣ, the steps closed per objective item.
    steps: Vec<u8>,
    value: u32,
    /// Tie-break: the profile's score, then its id rank.
    score: u32,
    id_rank: u32,
}

struct Problem<'a> {
    q: &'a Query,
    objective: Vec<GapItem>,
    k: usize,
}

/// Recommends a team, or `None` when nobody feasible closes any of the gap.
pub fn recommend(cat: &Catalog, ix: &ProfileIndex, q: &Query, ranking: &Ranking) -> Option<Team> {
    let required: Vec<GapItem> = q
        .gap
        .iter()
        .copied()
        .filter(|g| g.priority == Priority::Required)
        .collect();
    let required_only = !required.is_empty();
    let objective: Vec<GapItem> = if required_only {
        required
    } else {
        q.gap.clone()
    }
    .into_iter()
    .take(MAX_ITEMS)
    .collect();
    let total: u32 = objective
        .iter()
        .map(|g| u32::from(g.weight) * u32::from(g.gap) * 100)
        .sum();
    if total == 0 {
        return None;
    }
    // What each profile closes of the objective, and every profile's score, in two passes of
    // the kernel over all profiles; the per-item vectors are built for candidates only.
    let pool = &ix.pool;
    let pct = q.ask.inferred_percent;
    let closes = dxm_kernel::cover(
        &pool.levels,
        &dxm_kernel::Ask {
            gap: objective.iter().map(GapItem::need).collect(),
            inferred_percent: pct,
            ..dxm_kernel::Ask::default()
        },
    );
    let full = dxm_kernel::cover(&pool.levels, &q.ask);
    let scorer = dxm_kernel::Scorer::new(&q.ask);
    let mut cands: Vec<Candidate> = (0..ix.len())
        .filter(|&p| !ranking.is_excluded(p) && closes.covered(p, pct) > 0)
        .map(|p| {
            let modes = check(ix, q, p).modes;
            let required = dxm_kernel::RequiredRule::of(&q.ask, full.touched[p], full.closed[p]);
            let (score, _) = scorer.score(pool, &q.ask, p, full.covered(p, pct), required, modes);
            Candidate {
                profile: p as u32,
                programme: ix.programme(p),
                modes,
                v: Vec::new(),
                steps: Vec::new(),
                value: closes.covered(p, pct),
                score,
                id_rank: ix.id_rank(p),
            }
        })
        .collect();
    if cands.is_empty() {
        return None;
    }
    // Best standalone first; the order also fixes every later tie.
    cands.sort_by(|a, b| {
        b.value
            .cmp(&a.value)
            .then(b.score.cmp(&a.score))
            .then(a.id_rank.cmp(&b.id_rank))
    });
    let pb = Problem {
        q,
        objective,
        k: usize::from(q.team_size),
    };
    // Each candidate's contribution per objective item, made when a solver first reads it:
    // the greedy search over thousands of candidates reads only the first few.
    let fill = |c: &mut Candidate| {
        let p = c.profile as usize;
        c.steps = pb
            .objective
            .iter()
            .map(|g| ix.level(g.item.get(), p).saturating_sub(g.have).min(g.gap))
            .collect();
        c.v = pb
            .objective
            .iter()
            .zip(&c.steps)
            .map(|(g, &s)| {
                u16::from(s) * u16::from(g.weight) * u16::from(ix.weight(g.item.get(), p))
            })
            .collect();
    };
    if cands.len() <= PRUNE_MAX_CANDIDATES {
        cands.iter_mut().for_each(fill);
        cands = prune_dominated(cands);
    }
    let n = cands.len();
    let chosen = if n <= EXACT_MAX_CANDIDATES && pb.k <= EXACT_MAX_TEAM {
        (exact(&pb, &cands), Method::Exact { candidates: n })
    } else {
        (
            greedy(&pb, &mut cands, fill),
            Method::Greedy {
                candidates: n,
                bound_percent: 63,
            },
        )
    };
    let (members, method) = chosen;
    Some(build_team(
        cat,
        &pb,
        &cands,
        &members,
        total,
        required_only,
        method,
    ))
}

/// Drops candidates that another candidate of the same programme beats on every item and in
/// every way of working: they can never make a team better.
fn prune_dominated(cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut kept: Vec<Candidate> = Vec::new();
    for c in cands {
        // Earlier candidates rank higher, so an equal earlier one dominates a later copy.
        let dominated = kept.iter().any(|k| {
            k.programme == c.programme
                && k.modes & c.modes == c.modes
                && k.v.iter().zip(&c.v).all(|(a, b)| a >= b)
        });
        if !dominated {
            kept.push(c);
        }
    }
    kept
}

fn team_value(cands: &[Candidate], members: &[usize]) -> u32 {
    let r = cands.first().map_or(0, |c| c.v.len());
    (0..r)
        .map(|i| members.iter().map(|&m| cands[m].v[i]).max().unwrap_or(0) as u32)
        .sum()
}

/// Better team by value, then size, then summed scores, then ids.
fn better(cands: &[Candidate], a: &[usize], av: u32, b: &[usize], bv: u32) -> bool {
    if av != bv {
        return av > bv;
    }
    if a.len() != b.len() {
        return a.len() < b.len();
    }
    let score = |t: &[usize]| t.iter().map(|&m| u64::from(cands[m].score)).sum::<u64>();
    if score(a) != score(b) {
        return score(a) > score(b);
    }
    let ids = |t: &[usize]| {
        let mut v: Vec<u32> = t.iter().map(|&m| cands[m].id_rank).collect();
        v.sort_unstable();
        v
    };
    ids(a) < ids(b)
}

fn exact(pb: &Problem<'_>, cands: &[Candidate]) -> Vec<usize> {
    let r = pb.objective.len();
    let n = cands.len();
    // prefix[i] = Σ of standalone values of cands[..i] (sorted descending).
    let mut prefix = vec![0u32; n + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] + cands[i].value;
    }
    let total: u32 = pb
        .objective
        .iter()
        .map(|g| u32::from(g.weight) * u32::from(g.gap) * 100)
        .sum();
    let mut best: (Vec<usize>, u32) = (Vec::new(), 0);
    let mut team: Vec<usize> = Vec::with_capacity(pb.k);
    let mut stack: Vec<[u16; MAX_ITEMS]> = vec![[0u16; MAX_ITEMS]; pb.k + 1];

    #[allow(clippy::too_many_arguments)]
    fn dfs(
        pb: &Problem<'_>,
        cands: &[Candidate],
        prefix: &[u32],
        total: u32,
        r: usize,
        start: usize,
        value: u32,
        team: &mut Vec<usize>,
        stack: &mut [[u16; MAX_ITEMS]],
        best: &mut (Vec<usize>, u32),
    ) {
        let depth = team.len();
        if depth == pb.k {
            return;
        }
        let n = cands.len();
        for i in start..n {
            // A member adds at most its own value, so the rest can add at most the next ones'.
            let slots = pb.k - depth;
            let bound = value + prefix[(i + slots).min(n)] - prefix[i];
            if bound < best.1 || (best.1 == total && depth + 1 > best.0.len()) {
                return;
            }
            let (cur, next) = stack.split_at_mut(depth + 1);
            let parent = &cur[depth];
            let child = &mut next[0];
            let mut v = 0u32;
            for j in 0..r {
                let m = parent[j].max(cands[i].v[j]);
                child[j] = m;
                v += u32::from(m);
            }
            if v == value {
                continue; // adds nothing: never part of a smallest best team
            }
            team.push(i);
            if better(cands, team, v, &best.0, best.1) {
                *best = (team.clone(), v);
            }
            dfs(pb, cands, prefix, total, r, i + 1, v, team, stack, best);
            team.pop();
        }
    }
    dfs(
        pb, cands, &prefix, total, r, 0, 0, &mut team, &mut stack, &mut best,
    );
    best.0
}

/// `fill` makes a candidate's vectors (`v`, `steps`) when they are still empty.
fn greedy(pb: &Problem<'_>, cands: &mut [Candidate], fill: impl Fn(&mut Candidate)) -> Vec<usize> {
    let r = pb.objective.len();
    let mut cover = vec![0u16; r];
    let mut team: Vec<usize> = Vec::new();
    while team.len() < pb.k {
        let mut pick: Option<(u32, usize)> = None;
        for (i, c) in cands.iter_mut().enumerate() {
            // Candidates come by standalone value, best first, and a member adds at most its
            // own value: nobody further down can add more than the pick so far.
            if pick.is_some_and(|(g, _)| c.value <= g) {
                break;
            }
            if team.contains(&i) {
                continue;
            }
            if c.v.is_empty() {
                fill(c);
            }
            let gain: u32 =
                c.v.iter()
                    .zip(&cover)
                    .map(|(&a, &b)| u32::from(a.saturating_sub(b)))
                    .sum();
            // Candidates are in rank order, so the first with the largest gain wins ties.
            if gain > 0 && pick.is_none_or(|(g, _)| gain > g) {
                pick = Some((gain, i));
            }
        }
        let Some((_, i)) = pick else { break };
        for (c, &x) in cover.iter_mut().zip(&cands[i].v) {
            *c = (*c).max(x);
        }
        team.push(i);
    }
    team
}

/// The engagement of each member under their programme's rules.
fn plan(pb: &Problem<'_>, cat: &Catalog, cands: &[Candidate], team: &[usize]) -> Vec<Engagement> {
    let q = pb.q;
    // People of the same programme appointed in this team so far, per programme.
    let mut appointed = vec![0u8; q.gates.len()];
    team.iter()
        .map(|&m| {
            let c = &cands[m];
            let gate = &q.gates[c.programme];
            let prog = &cat.programmes.programmes[c.programme];
            let onsite = c.modes & ONSITE != 0 && q.mode != EngagementMode::Online;
            if let Some(covered) = gate.persons_covered {
                appointed[c.programme] += 1;
                Engagement::Appointment {
                    nth: gate.persons_used.saturating_add(appointed[c.programme]),
                    covered,
                }
            } else if let (true, Some(days)) = (onsite, gate.onsite_days) {
                Engagement::OnsiteCase { days }
            } else if let (true, Some(hours)) = (c.modes & ONLINE != 0, gate.online_hours) {
                Engagement::OnlineCase { hours }
            } else if let (Some(days), Some(visits)) = (
                prog.min_of(RuleKind::MinDaysPerYear),
                prog.min_of(RuleKind::MinVisitsPerYear),
            ) {
                Engagement::Invitation {
                    min_days: days.min(u32::from(u16::MAX)) as u16,
                    min_visits: visits.min(u32::from(u16::MAX)) as u16,
                }
            } else if gate.same_prefecture.is_some() {
                Engagement::PoolSupport
            } else if gate.duration != (None, None) {
                Engagement::Secondment {
                    min_months: gate.duration.0,
                    max_months: gate.duration.1,
                }
            } else {
                Engagement::Arranged
            }
        })
        .collect()
}

fn build_team(
    cat: &Catalog,
    pb: &Problem<'_>,
    cands: &[Candidate],
    team: &[usize],
    total: u32,
    required_only: bool,
    method: Method,
) -> Team {
    let engagements = plan(pb, cat, cands, team);
    let mut covers: Vec<Vec<(ItemIdx, u8)>> = vec![Vec::new(); team.len()];
    let mut left = Vec::new();
    for (r, g) in pb.objective.iter().enumerate() {
        // The first member (in team order) with the highest contribution covers the item.
        let best = (0..team.len()).max_by_key(|&t| (cands[team[t]].v[r], std::cmp::Reverse(t)));
        let steps = best.map_or(0, |t| cands[team[t]].steps[r]);
        if let Some(t) = best.filter(|_| steps > 0) {
            covers[t].push((g.item, steps));
        }
        if steps < g.gap {
            left.push((g.item, g.gap - steps));
        }
    }
    let members = team
        .iter()
        .zip(engagements)
        .zip(covers)
        .map(|((&m, engagement), covers)| Member {
            profile: cands[m].profile,
            engagement,
            covers,
        })
        .collect();
    Team {
        members,
        value: team_value(cands, team),
        total,
        required_only,
        left,
        method,
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Exposes the two solvers on an explicit candidate list, for property tests.
    use super::*;

    /// (value of the exact team, value of the greedy team) for candidates given as
    /// per-item contributions, with no programme limits.
    pub fn exact_and_greedy(q: &Query, vectors: &[Vec<u8>], k: usize) -> (u32, u32) {
        let mut cands: Vec<Candidate> = vectors
            .iter()
            .enumerate()
            .map(|(i, v)| Candidate {
                profile: i as u32,
                programme: 0,
                modes: ONSITE | ONLINE,
                v: v.iter().map(|&x| u16::from(x)).collect(),
                steps: v.iter().map(|&x| x / 20).collect(),
                value: v.iter().map(|&x| u32::from(x)).sum(),
                score: 0,
                id_rank: i as u32,
            })
            .filter(|c| c.value > 0)
            .collect();
        cands.sort_by(|a, b| b.value.cmp(&a.value).then(a.id_rank.cmp(&b.id_rank)));
        let r = vectors.first().map_or(0, Vec::len);
        let objective = (0..r)
            .map(|i| GapItem {
                item: ItemIdx(i as u8),
                have: 0,
                gap: 4,
                weight: 20,
                priority: Priority::Required,
            })
            .collect();
        let pb = Problem { q, objective, k };
        let e = exact(&pb, &cands);
        let g = greedy(&pb, &mut cands, |_| {});
        // The greedy search stops scanning early; the plain one, reading every candidate
        // every round, must pick the same members.
        let mut plain: Vec<usize> = Vec::new();
        let mut cover = vec![0u16; r];
        while plain.len() < k {
            let pick = (0..cands.len())
                .filter(|i| !plain.contains(i))
                .map(|i| {
                    let gain: u32 = cands[i]
                        .v
                        .iter()
                        .zip(&cover)
                        .map(|(&a, &b)| u32::from(a.saturating_sub(b)))
                        .sum();
                    (gain, std::cmp::Reverse(i))
                })
                .filter(|&(gain, _)| gain > 0)
                .max();
            let Some((_, std::cmp::Reverse(i))) = pick else {
                break;
            };
            for (c, &x) in cover.iter_mut().zip(&cands[i].v) {
                *c = (*c).max(x);
            }
            plain.push(i);
        }
        assert_eq!(g, plain, "the greedy search skipped a better candidate");
        (team_value(&cands, &e), team_value(&cands, &g))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::exact_and_greedy;
    use crate::catalog::Catalog;
    use crate::matching::{ProfileIndex, Query};
    use crate::Assessment;
    use proptest::prelude::*;

    fn query(k: u8) -> Query {
        let c = Catalog::builtin().unwrap();
        let ix = ProfileIndex::build(&c, &[]);
        let mut a = Assessment::new("a", "t", 2026);
        a.matching.team_size = k;
        Query::compile(&c, &ix, &a, &a.matching)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// The exact team is never worse than the greedy one, and greedy keeps its 1 − 1/e share.
        #[test]
        fn exact_is_never_worse_than_greedy(
            vectors in proptest::collection::vec(proptest::collection::vec(0u8..=80, 8), 1..24),
            k in 1u8..=4,
        ) {
            let (exact, greedy) = exact_and_greedy(&query(k), &vectors, usize::from(k));
            prop_assert!(exact >= greedy, "exact {exact} < greedy {greedy}");
            prop_assert!(u64::from(greedy) * 100 >= u64::from(exact) * 63, "greedy {greedy} below 63% of {exact}");
        }
    }

    #[test]
    fn exact_beats_greedy_where_greedy_is_fooled() {
        // Greedy takes the broad one (240) first and adds 40 more; the two specialists cover all.
        let v = vec![vec![60, 60, 60, 60], vec![80, 80, 0, 0], vec![0, 0, 80, 80]];
        let (exact, greedy) = exact_and_greedy(&query(2), &v, 2);
        assert_eq!((exact, greedy), (320, 280));
    }
}
