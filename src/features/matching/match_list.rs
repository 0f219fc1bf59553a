use crate::features::matching::match_card::MatchCard;
use crate::state::talent::use_talent;
use dxm_domain::matching::{Query, Ranking};
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

/// Positions (in `old`) of the longest run of cards that kept their order; `old[k]` is where
/// card `k` of the new order was before (`None`: it is new). Those cards stay where they are
/// in the DOM; only the others move.
fn kept_in_place(old: &[Option<usize>]) -> Vec<bool> {
    // Patience sorting: `tails[l]` ends the best run of length l + 1 found so far.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; old.len()];
    for (k, o) in old.iter().enumerate() {
        let Some(o) = *o else { continue };
        let l = tails.partition_point(|&t| old[t].is_some_and(|x| x < o));
        before[k] = l.checked_sub(1).map(|l| tails[l]);
        if l == tails.len() {
            tails.push(k);
        } else {
            tails[l] = k;
        }
    }
    let mut keep = vec![false; old.len()];
    let mut at = tails.last().copied();
    while let Some(k) = at {
        keep[k] = true;
        at = before[k];
    }
    keep
}

/// A card on screen: whose it is, what owns its reactive parts, and its DOM.
struct Shown {
    key: (u32, u32),
    owner: Owner,
    view: leptos::tachys::view::any_view::AnyViewState,
}

/// The ranked cards, keyed by profile. When the ranking changes, a card that stays is not
/// rebuilt and, unless it left the longest run of cards that kept their order, not moved either:
/// a card moved in the DOM is styled and laid out again as if new, and Leptos' `<For>` moves
/// every card below one that rose (one rise of two places moved ten cards of 104 elements).
#[component]
pub fn MatchList(ranking: Memo<Ranking>, query: Memo<Query>) -> impl IntoView {
    let talent = use_talent();
    let list = NodeRef::<leptos::html::Ol>::new();
    let owner = Owner::current();
    let shown = StoredValue::new_local(Vec::<Shown>::new());
    Effect::new(move |_| {
        let g = talent.with(|t| t.generation);
        let keys: Vec<(u32, u32)> =
            ranking.with(|r| r.top.iter().map(|m| (g, m.profile)).collect());
        let (Some(ol), Some(owner)) = (list.get_untracked(), owner.clone()) else {
            return;
        };
        let ol: web_sys::Element = ol.into();
        untrack(|| {
            shown.update_value(|cards| {
                let mut old: Vec<Option<Shown>> = cards.drain(..).map(Some).collect();
                let from: Vec<Option<usize>> = keys
                    .iter()
                    .map(|k| {
                        old.iter()
                            .position(|c| c.as_ref().is_some_and(|c| &c.key == k))
                    })
                    .collect();
                // Cards no longer ranked go first, with everything they own.
                for c in old.iter_mut() {
                    if c.as_ref().is_some_and(|c| !keys.contains(&c.key)) {
                        if let Some(mut c) = c.take() {
                            c.view.unmount();
                            c.owner.cleanup();
                        }
                    }
                }
                let keep = kept_in_place(&from);
                // From the last card up, each is put before the one after it.
                let mut next: Option<web_sys::Node> = None;
                let mut placed: Vec<Shown> = Vec::with_capacity(keys.len());
                for (k, key) in keys.iter().enumerate().rev() {
                    let card = match from[k].and_then(|o| old[o].take()) {
                        Some(mut c) => {
                            // Mounting what is in the document moves it.
                            if !keep[k] {
                                c.view.mount(&ol, next.as_ref());
                            }
                            c
                        }
                        None => {
                            let child = owner.child();
                            let profile = key.1;
                            let mut view = child.with(|| {
                                view! { <MatchCard profile ranking query/> }
                                    .into_any()
                                    .build()
                            });
                            view.mount(&ol, next.as_ref());
                            Shown {
                                key: *key,
                                owner: child,
                                view,
                            }
                        }
                    };
                    next = card.view.elements().first().cloned().map(Into::into);
                    placed.push(card);
                }
                placed.reverse();
                *cards = placed;
            });
        });
    });
    view! { <ol class="match-list" aria-labelledby="ranking-title" node_ref=list></ol> }
}

#[cfg(test)]
mod tests {
    use super::kept_in_place;

    #[test]
    fn the_longest_run_in_order_stays() {
        // One card rose from 4th to 2nd, one is new at the end: only the riser moves.
        let keep = kept_in_place(&[Some(0), Some(3), Some(1), Some(2), None]);
        assert_eq!(keep, vec![true, false, true, true, false]);
        assert_eq!(kept_in_place(&[]), Vec::<bool>::new());
        assert_eq!(kept_in_place(&[None, None]), vec![false, false]);
        // Reversed: one stays, every other moves.
        assert_eq!(
            kept_in_place(&[Some(2), Some(1), Some(0)])
                .iter()
                .filter(|k| **k)
                .count(),
            1
        );
    }
}
