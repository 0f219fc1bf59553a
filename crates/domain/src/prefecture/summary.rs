//! The summary for the 会議体 as CSV for Excel (UTF-8 with BOM, formulas neutralised): what was
//! gathered, the demand map, supply against demand and the plan. It names municipalities but
//! no individual: people appear only as counts by programme and 人材像.

use super::demand::{biggest_first, DemandMap, Tally};
use super::intake::{Intake, Issue};
use super::plan::Plan;
use super::supply::Supply;
use crate::catalog::Catalog;
use crate::export::to_csv;
use crate::geo::format_lgcode;
use crate::level::{Level, Priority};
use crate::text::{pick, Lang};

/// Fixed wording of the summary, supplied by the UI in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryText {
    Title,
    Prefecture,
    FiscalYear(u16),
    Expected,
    Accepted,
    Missing,
    Duplicates,
    OtherYear,
    NotCounted,
    Unreadable,
    MissingList,
    Code,
    Municipality,
    Matrix,
    Total,
    Required,
    Desirable,
    Items,
    Category,
    Item,
    Municipalities,
    RequiredMunicipalities,
    RequiredGap,
    DesirableGap,
    Categories,
    Personas,
    Phases,
    Domains,
    Unassigned,
    Supply,
    Level,
    PriorityHeader,
    Priority(Priority),
    CoveredByPool,
    Covered,
    Partly,
    PoolPeople,
    OtherPeople,
    Plan,
    Step,
    FromLists,
    ToRecruit,
    Programme,
    Persona,
    People,
    Served,
    Closed,
    Objective,
    NoPersona,
}

pub struct Parts<'a> {
    pub intake: &'a Intake,
    pub map: &'a DemandMap,
    pub supply: &'a Supply,
    pub plan: &'a Plan,
}

pub fn csv(
    cat: &Catalog,
    parts: &Parts<'_>,
    lang: Lang,
    t: &dyn Fn(SummaryText) -> String,
) -> String {
    use SummaryText as T;
    let p = |ja: &str, en: &str| pick(lang, ja, en).to_owned();
    let n = |v: u32| v.to_string();
    let geo = &cat.geography;
    let name = |code: u32| {
        geo.locality(code)
            .map(|l| geo.full_name(l, lang))
            .unwrap_or_default()
    };
    let Parts {
        intake,
        map,
        supply,
        plan,
    } = parts;
    let s = intake.settings;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let pref = geo
        .prefecture(s.prefecture)
        .map(|x| p(&x.name, &x.name_en))
        .unwrap_or_default();
    rows.push(vec![t(T::Title)]);
    rows.push(vec![t(T::Prefecture), pref]);
    rows.push(vec![t(T::FiscalYear(s.fiscal_year))]);
    let count = |f: fn(&Issue) -> bool| intake.count(f) as u32;
    for (label, v) in [
        (T::Expected, intake.expected as u32),
        (T::Accepted, intake.accepted.len() as u32),
        (T::Missing, intake.missing.len() as u32),
        (
            T::Duplicates,
            count(|i| matches!(i, Issue::Duplicate { .. })),
        ),
        (
            T::OtherYear,
            count(|i| matches!(i, Issue::OtherYear { .. })),
        ),
        (
            T::NotCounted,
            count(|i| {
                matches!(
                    i,
                    Issue::NoOrganisation | Issue::PrefectureItself | Issue::OtherPrefecture { .. }
                )
            }),
        ),
        (T::Unreadable, count(|i| matches!(i, Issue::Unreadable(_)))),
    ] {
        rows.push(vec![t(label), n(v)]);
    }
    if !intake.missing.is_empty() {
        rows.push(vec![]);
        rows.push(vec![t(T::MissingList)]);
        rows.push(vec![t(T::Code), t(T::Municipality)]);
        for &code in &intake.missing {
            rows.push(vec![format_lgcode(code), name(code)]);
        }
    }

    rows.push(vec![]);
    rows.push(vec![t(T::Matrix)]);
    let mut header = vec![t(T::Code), t(T::Municipality)];
    for c in cat
        .standard
        .categories
        .iter()
        .map(|c| p(&c.ja, &c.en))
        .chain([t(T::Total)])
    {
        header.push(format!("{c} {}", t(T::Required)));
        header.push(format!("{c} {}", t(T::Desirable)));
    }
    rows.push(header);
    for m in &map.municipalities {
        let mut row = vec![format_lgcode(m.lgcode), name(m.lgcode)];
        for c in m.categories.iter().chain([&m.total]) {
            row.push(n(c.required));
            row.push(n(c.desirable));
        }
        rows.push(row);
    }

    let tally_header = |first: Vec<String>| {
        let mut h = first;
        h.extend([
            t(T::Municipalities),
            t(T::RequiredMunicipalities),
            t(T::RequiredGap),
            t(T::DesirableGap),
        ]);
        h
    };
    let tally = |mut row: Vec<String>, x: &Tally| {
        row.extend([
            n(x.municipalities),
            n(x.required_municipalities),
            n(x.required),
            n(x.desirable),
        ]);
        row
    };
    rows.push(vec![]);
    rows.push(vec![t(T::Items)]);
    rows.push(tally_header(vec![t(T::Category), t(T::Item), t(T::Code)]));
    for i in biggest_first(&map.items) {
        if map.items[i].total() == 0 {
            continue;
        }
        let it = &cat.standard.items()[i];
        let c = &cat.standard.categories[it.category];
        rows.push(tally(
            vec![p(&c.ja, &c.en), p(&it.ja, &it.en), it.id.clone()],
            &map.items[i],
        ));
    }
    let section = |rows: &mut Vec<Vec<String>>,
                   title: SummaryText,
                   names: Vec<String>,
                   tallies: &[Tally],
                   unassigned: Option<&Tally>| {
        rows.push(vec![]);
        rows.push(vec![t(title)]);
        rows.push(tally_header(vec![t(title)]));
        for i in biggest_first(tallies) {
            rows.push(tally(vec![names[i].clone()], &tallies[i]));
        }
        if let Some(u) = unassigned {
            rows.push(tally(vec![t(T::Unassigned)], u));
        }
    };
    let pr = &cat.presets;
    section(
        &mut rows,
        T::Categories,
        cat.standard
            .categories
            .iter()
            .map(|c| p(&c.ja, &c.en))
            .collect(),
        &map.categories,
        None,
    );
    section(
        &mut rows,
        T::Personas,
        pr.personas.iter().map(|x| p(&x.ja, &x.en)).collect(),
        &map.personas,
        Some(&map.unassigned.persona),
    );
    section(
        &mut rows,
        T::Phases,
        pr.phases
            .iter()
            .map(|x| format!("{}. {}", x.numeral, p(&x.ja, &x.en)))
            .collect(),
        &map.phases,
        Some(&map.unassigned.phase),
    );
    section(
        &mut rows,
        T::Domains,
        pr.domains.iter().map(|x| p(&x.ja, &x.en)).collect(),
        &map.domains,
        Some(&map.unassigned.domain),
    );

    rows.push(vec![]);
    rows.push(vec![t(T::Supply)]);
    rows.push(vec![
        t(T::Item),
        t(T::Code),
        t(T::Level),
        t(T::PriorityHeader),
        t(T::Municipalities),
        t(T::CoveredByPool),
        t(T::Covered),
        t(T::Partly),
        t(T::PoolPeople),
        t(T::OtherPeople),
    ]);
    for r in &supply.rows {
        let it = cat.standard.item(r.item);
        rows.push(vec![
            p(&it.ja, &it.en),
            it.id.clone(),
            level_letter(r.need),
            t(T::Priority(r.priority)),
            n(r.municipalities),
            n(r.covered_by_pool),
            n(r.covered),
            n(r.partly),
            n(r.pool_people),
            n(r.other_people),
        ]);
    }

    rows.push(vec![]);
    rows.push(vec![t(T::Plan)]);
    rows.push(vec![
        t(T::Objective),
        t(if plan.required_only {
            T::RequiredGap
        } else {
            T::Total
        }),
        n(plan.total),
    ]);
    rows.push(vec![
        t(T::Step),
        t(T::Programme),
        t(T::Persona),
        t(T::People),
        t(T::Served),
        t(T::Closed),
    ]);
    let persona = |i: Option<usize>| {
        i.and_then(|i| pr.personas.get(i))
            .map_or_else(|| t(T::NoPersona), |x| p(&x.ja, &x.en))
    };
    for g in &plan.lists {
        let prog = &cat.programmes.programmes[g.programme];
        rows.push(vec![
            t(T::FromLists),
            p(&prog.ja, &prog.en),
            persona(g.persona),
            n(g.people),
            n(g.municipalities),
            n(g.closed),
        ]);
    }
    for g in &plan.recruits {
        rows.push(vec![
            t(T::ToRecruit),
            String::new(),
            persona(Some(g.persona)),
            n(g.people),
            n(g.municipalities),
            n(g.closed),
        ]);
    }
    to_csv(&rows)
}

fn level_letter(l: Level) -> String {
    l.letter().to_string()
}
