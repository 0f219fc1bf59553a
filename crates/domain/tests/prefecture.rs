//! The prefecture view worked by hand on a small case: three municipalities of 北海道 and three
//! people. Every expected number below is derived in the comments from the inputs alone.

use dxm_domain::library::Backup;
use dxm_domain::matching::ProfileIndex;
use dxm_domain::prefecture::demand::biggest_first;
use dxm_domain::prefecture::intake::{self, likely_settings};
use dxm_domain::prefecture::summary::{self, Parts};
use dxm_domain::prefecture::{
    DemandMap, Entry, IntakeSettings, Issue, Plan, Reach, ReadError, Supply, SupplyRow, Tally,
};
use dxm_domain::profile::{Coverage, Profile};
use dxm_domain::share;
use dxm_domain::text::Lang;
use dxm_domain::{samples, Assessment, Catalog, Level, Priority, Workspace};

mod common;

const SAPPORO: u32 = 11002;
const HAKODATE: u32 = 12025;
const OTARU: u32 = 12033;

fn cat() -> Catalog {
    Catalog::builtin().unwrap()
}

fn rate(a: &mut Assessment, code: &str, need: Level, pr: Priority, have: Option<Level>) {
    a.set_need(code, need);
    a.set_priority(code, pr);
    a.set_have(code, have);
}

/// 札幌市 (人材像 エンジニア; 取組分野 セキュリティ, AI・RPA; no phase):
///   SE01 セキュリティ体制構築・運営 need b (3), required, have d (1) → gap 2
///   TE08 クラウドインフラ活用        need a (4), desirable, have c (2) → gap 2
///   BT01 ビジネス戦略策定・実行      need c, have c → no gap
/// 函館市 (人材像 プロデューサー; phase v 運用; no field):
///   SE01 need b, required, not entered (z) → gap 3
///   BT01 need a (4), required, have b (3) → gap 1
/// 小樽市 (nothing chosen):
///   SE01 need c (2), desirable, have z → gap 2
fn municipalities() -> Vec<Assessment> {
    let mut a = Assessment::new("a", "札幌", 2026);
    a.context.lgcode = Some(SAPPORO);
    a.context.personas = vec!["engineer".into()];
    a.context.domains = vec!["security".into(), "ai_rpa".into()];
    rate(&mut a, "SE01", Level::B, Priority::Required, Some(Level::D));
    rate(
        &mut a,
        "TE08",
        Level::A,
        Priority::Desirable,
        Some(Level::C),
    );
    rate(&mut a, "BT01", Level::C, Priority::Required, Some(Level::C));
    let mut b = Assessment::new("b", "函館", 2026);
    b.context.lgcode = Some(HAKODATE);
    b.context.personas = vec!["producer".into()];
    b.context.phases = vec!["p5_operation".into()];
    rate(&mut b, "SE01", Level::B, Priority::Required, None);
    rate(&mut b, "BT01", Level::A, Priority::Required, Some(Level::B));
    let mut c = Assessment::new("c", "小樽", 2026);
    c.context.lgcode = Some(OTARU);
    rate(
        &mut c,
        "SE01",
        Level::C,
        Priority::Desirable,
        Some(Level::Z),
    );
    vec![a, b, c]
}

fn t(municipalities: u32, required_municipalities: u32, required: u32, desirable: u32) -> Tally {
    Tally {
        municipalities,
        required_municipalities,
        required,
        desirable,
    }
}

fn idx(c: &Catalog, code: &str) -> usize {
    c.standard.idx(code).unwrap().get()
}

#[test]
fn demand_is_aggregated_as_worked_by_hand() {
    let c = cat();
    let ms = municipalities();
    let refs: Vec<&Assessment> = ms.iter().collect();
    let map = DemandMap::build(&c, &refs);

    // Items: SE01 has gaps in all three, required in 札幌 (2) and 函館 (3), desirable in 小樽 (2).
    assert_eq!(map.items[idx(&c, "SE01")], t(3, 2, 5, 2));
    assert_eq!(map.items[idx(&c, "TE08")], t(1, 0, 0, 2));
    assert_eq!(
        map.items[idx(&c, "BT01")],
        t(1, 1, 1, 0),
        "札幌's BT01 is met"
    );
    let others: u32 = map.items.iter().map(Tally::total).sum::<u32>() - 10;
    assert_eq!(others, 0, "no other item has demand");

    // Categories: ビジネス変革 0, テクノロジー 2, セキュリティ 3 in the standard's order.
    let cat_of = |code: &str| c.standard.item(c.standard.idx(code).unwrap()).category;
    assert_eq!(map.categories[cat_of("BT01")], t(1, 1, 1, 0));
    assert_eq!(map.categories[cat_of("TE08")], t(1, 0, 0, 2));
    assert_eq!(map.categories[cat_of("SE01")], t(3, 2, 5, 2));
    assert_eq!(map.total, t(3, 2, 6, 4));

    // 人材像: the エンジニア preset has TE08 but not SE01, so 札幌's SE01 gap is unassigned; the
    // プロデューサー preset has SE01 and BT01; 小樽 chose none.
    let persona = |id: &str| c.presets.personas.iter().position(|p| p.id == id).unwrap();
    assert_eq!(map.personas[persona("engineer")], t(1, 0, 0, 2));
    assert_eq!(map.personas[persona("producer")], t(1, 1, 4, 0));
    assert_eq!(map.personas[persona("project_manager")], t(0, 0, 0, 0));
    assert_eq!(map.unassigned.persona, t(2, 1, 2, 2));
    // Phases: only 函館 chose one (v 運用), whose preset has neither SE01 nor BT01.
    assert!(map.phases.iter().all(|x| *x == Tally::default()));
    assert_eq!(map.unassigned.phase, t(3, 2, 6, 4));
    // Fields take the whole gap of each municipality that chose them.
    let domain = |id: &str| c.presets.domains.iter().position(|d| d.id == id).unwrap();
    assert_eq!(map.domains[domain("security")], t(1, 1, 2, 2));
    assert_eq!(map.domains[domain("ai_rpa")], t(1, 1, 2, 2));
    assert_eq!(map.unassigned.domain, t(2, 1, 4, 2));

    // The matrix: one row per municipality, one cell per category.
    let row = |m: usize| {
        map.municipalities[m]
            .categories
            .iter()
            .map(|x| (x.required, x.desirable))
            .collect::<Vec<_>>()
    };
    assert_eq!(row(0), vec![(0, 0), (0, 0), (0, 2), (2, 0), (0, 0)]);
    assert_eq!(row(1), vec![(1, 0), (0, 0), (0, 0), (3, 0), (0, 0)]);
    assert_eq!(row(2), vec![(0, 0), (0, 0), (0, 0), (0, 2), (0, 0)]);
    assert_eq!(
        map.municipalities[1].have_missing, 1,
        "函館 left SE01 blank"
    );
    assert_eq!(map.matrix_max(), 3);
    assert_eq!(map.of(1).len(), 2);

    // Biggest first: required before desirable, then position.
    assert_eq!(
        biggest_first(&map.categories)[..3],
        [cat_of("SE01"), cat_of("BT01"), cat_of("TE08")]
    );
}

fn person(c: &Catalog, id: &str, programme: &str, pref: u8, skills: &[(&str, Level)]) -> Profile {
    Profile {
        base_prefecture: (pref != 0).then_some(pref),
        coverage: if pref == 0 {
            Coverage::Nationwide
        } else {
            Coverage::Prefectures { codes: vec![pref] }
        },
        ..common::profile(c, id, programme, skills)
    }
}

/// P1: 北海道's pool, SE01 c, TE08 a.  P2: an adviser, nationwide, SE01 b, BT01 a.
/// P3: 東京都's pool, SE01 a — a pool serves its own prefecture only, so nobody here may
/// engage P3.
fn people(c: &Catalog) -> Vec<Profile> {
    vec![
        person(
            c,
            "P1",
            "pref_pool",
            1,
            &[("SE01", Level::C), ("TE08", Level::A)],
        ),
        person(
            c,
            "P2",
            "chiiki_joho_advisor",
            0,
            &[("SE01", Level::B), ("BT01", Level::A)],
        ),
        person(c, "P3", "pref_pool", 13, &[("SE01", Level::A)]),
    ]
}

fn row(s: &Supply, code: &str, need: Level, priority: Priority, c: &Catalog) -> SupplyRow {
    *s.rows
        .iter()
        .find(|r| r.item.get() == idx(c, code) && r.need == need && r.priority == priority)
        .unwrap()
}

/// The three municipalities and three people, aggregated and laid out.
fn worked_case() -> (Catalog, DemandMap, ProfileIndex, Reach) {
    let c = cat();
    let ms = municipalities();
    let refs: Vec<&Assessment> = ms.iter().collect();
    let map = DemandMap::build(&c, &refs);
    let ix = ProfileIndex::build(&c, &people(&c));
    let reach = Reach::build(&c, &ix, &refs);
    (c, map, ix, reach)
}

#[test]
fn supply_against_demand_as_worked_by_hand() {
    let (c, map, _, reach) = worked_case();
    for m in 0..3 {
        assert!(reach.may_engage(m, 0) && reach.may_engage(m, 1));
        assert!(
            !reach.may_engage(m, 2),
            "東京都's pool does not serve 北海道"
        );
    }
    let s = Supply::build(&map, &reach);
    assert_eq!((s.pool_profiles, s.other_profiles), (2, 1));

    // SE01 b required in 札幌 and 函館: P2 (b) covers both; the pool's P1 (c) only narrows.
    let r = row(&s, "SE01", Level::B, Priority::Required, &c);
    assert_eq!(
        (r.municipalities, r.covered_by_pool, r.covered, r.partly),
        (2, 0, 2, 0)
    );
    assert_eq!(
        (r.pool_people, r.other_people),
        (0, 1),
        "P3 is out of reach"
    );
    assert_eq!((r.gap, r.closable), (5, 5));
    // BT01 a required in 函館: only P2.
    let r = row(&s, "BT01", Level::A, Priority::Required, &c);
    assert_eq!((r.municipalities, r.covered_by_pool, r.covered), (1, 0, 1));
    assert_eq!((r.pool_people, r.other_people), (0, 1));
    // Desirable: TE08 a in 札幌 (P1), SE01 c in 小樽 (P1 and P2).
    let r = row(&s, "TE08", Level::A, Priority::Desirable, &c);
    assert_eq!(
        (r.covered_by_pool, r.pool_people, r.other_people),
        (1, 1, 0)
    );
    let r = row(&s, "SE01", Level::C, Priority::Desirable, &c);
    assert_eq!(
        (r.covered_by_pool, r.pool_people, r.other_people),
        (1, 1, 1)
    );

    // Order: required first, most left open by the pool first; then the higher level.
    let order: Vec<(usize, Level)> = s.rows.iter().map(|r| (r.item.get(), r.need)).collect();
    assert_eq!(
        order,
        vec![
            (idx(&c, "SE01"), Level::B),
            (idx(&c, "BT01"), Level::A),
            (idx(&c, "TE08"), Level::A),
            (idx(&c, "SE01"), Level::C),
        ]
    );
    assert_eq!(s.targets().count(), 2);
    // Steps: all 10 closable by someone; the pool alone: 札幌 SE01 d→c 1, 函館 SE01 z→c 2,
    // TE08 2, 小樽 SE01 2 = 7.
    assert_eq!((s.gap, s.closable, s.closable_by_pool), (10, 10, 7));
}

#[test]
fn the_plan_picks_people_and_recruits_as_worked_by_hand() {
    let (c, map, ix, reach) = worked_case();
    let prog = |id: &str| {
        c.programmes
            .programmes
            .iter()
            .position(|p| p.id == id)
            .unwrap()
    };
    let engineer = c.presets.personas.iter().position(|p| p.id == "engineer");

    // Objective: the required gap, 札幌 SE01 2 + 函館 SE01 3 + BT01 1 = 6; 80% → 5 steps.
    // One municipality per person: P2 closes 4 in 函館 (more than 2 in 札幌); then P1 closes
    // 札幌's SE01 from d to c (1): 5 of 6.
    let plan = Plan::build(&c, &ix, &map, &reach, 1);
    assert!(plan.required_only);
    assert_eq!(plan.total, 6);
    assert_eq!((plan.lists_people, plan.lists_closed), (2, 5));
    assert_eq!(plan.lists.len(), 2);
    assert_eq!(
        (plan.lists[0].programme, plan.lists[0].persona),
        (prog("chiiki_joho_advisor"), engineer)
    );
    assert_eq!(
        (
            plan.lists[0].people,
            plan.lists[0].municipalities,
            plan.lists[0].closed
        ),
        (1, 1, 4)
    );
    assert_eq!(plan.lists[1].programme, prog("pref_pool"));
    assert_eq!(plan.lists[1].closed, 1);
    assert!(plan.recruits.is_empty());
    assert_eq!(plan.closed_percent(), 83);
    assert!(plan.reached_target());

    // Two municipalities per person: P2 alone closes all 6.
    let plan = Plan::build(&c, &ix, &map, &reach, 2);
    assert_eq!((plan.lists_people, plan.lists_closed), (1, 6));

    // Nobody loaded: one person of the プロデューサー preset (SE01 b, BT01 a) closes all 6;
    // no other 人材像's preset has SE01 or BT01 at those levels.
    let ms = municipalities();
    let refs: Vec<&Assessment> = ms.iter().collect();
    let ix = ProfileIndex::build(&c, &[]);
    let reach = Reach::build(&c, &ix, &refs);
    let plan = Plan::build(&c, &ix, &map, &reach, 5);
    assert_eq!(plan.lists_people, 0);
    let producer = c
        .presets
        .personas
        .iter()
        .position(|p| p.id == "producer")
        .unwrap();
    assert_eq!(plan.recruits.len(), 1);
    let g = &plan.recruits[0];
    assert_eq!(
        (g.persona, g.people, g.municipalities, g.closed),
        (producer, 1, 2, 6)
    );
    assert_eq!(plan.closed_percent(), 100);
}

fn backup_of(assessments: Vec<Assessment>) -> String {
    let mut ws = Workspace::new(assessments[0].clone());
    for a in assessments.into_iter().skip(1) {
        ws.add(a);
    }
    Backup::new(ws, vec![], false, 0).to_json()
}

#[test]
fn intake_reports_missing_duplicated_outdated_and_unreadable() {
    let c = cat();
    let ms = municipalities();
    // 札幌 and 函館 by backup; 小樽 by a link, plus a newer link of 札幌, last year's 小樽,
    // 千代田区 (another prefecture), an assessment naming no one, and a damaged line.
    let mut sapporo_new = ms[0].clone();
    sapporo_new.updated_ms = 5;
    let mut otaru_old = ms[2].clone();
    otaru_old.fiscal_year = 2025;
    let mut chiyoda = ms[2].clone();
    chiyoda.context.lgcode = Some(131016);
    let nobody = Assessment::new("x", "x", 2026);
    let backup = backup_of(vec![ms[0].clone(), ms[1].clone()]);
    let links = [
        format!(
            "https://pref.example.jp/dx/#/share/{}",
            share::encode(&c, &ms[2])
        ),
        String::new(),
        share::encode(&c, &otaru_old),
        share::encode(&c, &chiyoda),
        share::encode(&c, &nobody),
        "これはリンクではありません".to_owned(),
        "AQEBAAAAAAAAAAAAAAAAAAA".to_owned(),
    ]
    .join("\n");
    let mut entries: Vec<Entry> = intake::read(&c, "sapporo_hakodate.json", &backup, 0);
    assert_eq!(entries.len(), 2);
    entries.extend(intake::read(&c, "links.txt", &links, 2));
    assert_eq!(entries.len(), 8, "six non-empty lines");
    // The newer 札幌 comes as a backup too, loaded later.
    entries.extend(intake::read(
        &c,
        "sapporo_v2.json",
        &backup_of(vec![sapporo_new]),
        8,
    ));
    entries.extend(intake::read(&c, "empty.json", "\u{FEFF}  \n", 9));
    entries.extend(intake::read(&c, "broken.json", "{\"format\":", 10));
    // A talent list chosen by mistake is one problem, not one per line.
    let list = "id,programme\nP-1,pref_pool\nP-2,pref_pool\n";
    let wrong = intake::read(&c, "pool.csv", list, 11);
    assert_eq!(wrong.len(), 1);
    assert_eq!(wrong[0].result, Err(ReadError::NoLinks));
    let array = intake::read(&c, "pool.json", "[{\"id\": \"P-1\"}]", 12);
    assert!(matches!(array[0].result, Err(ReadError::Backup(_))));

    let settings = likely_settings(&c, &entries).unwrap();
    assert_eq!(
        settings,
        IntakeSettings {
            prefecture: 1,
            fiscal_year: 2026
        }
    );
    let intake = intake::sort(&c, &entries, settings);
    let accepted: Vec<(u32, &str)> = intake
        .accepted
        .iter()
        .map(|s| (s.lgcode, s.source.file.as_str()))
        .collect();
    assert_eq!(
        accepted,
        vec![
            (SAPPORO, "sapporo_v2.json"),
            (HAKODATE, "sapporo_hakodate.json"),
            (OTARU, "links.txt"),
        ]
    );
    assert_eq!(intake.expected, 179);
    assert_eq!(intake.missing.len(), 176);
    assert!(!intake.missing.contains(&SAPPORO));
    let issues: Vec<(&str, Option<u32>, &Issue)> = intake
        .rejected
        .iter()
        .map(|r| (r.source.file.as_str(), r.source.line, &r.issue))
        .collect();
    assert_eq!(issues.len(), 8);
    assert!(matches!(
        issues[0],
        ("sapporo_hakodate.json", None, Issue::Duplicate { kept }) if kept.file == "sapporo_v2.json"
    ));
    assert_eq!(
        issues[1],
        ("links.txt", Some(3), &Issue::OtherYear { year: 2025 })
    );
    assert_eq!(
        issues[2],
        (
            "links.txt",
            Some(4),
            &Issue::OtherPrefecture { prefecture: 13 }
        )
    );
    assert_eq!(issues[3], ("links.txt", Some(5), &Issue::NoOrganisation));
    assert_eq!(
        issues[4],
        (
            "links.txt",
            Some(6),
            &Issue::Unreadable(ReadError::NotALink)
        )
    );
    assert!(matches!(
        issues[5],
        ("links.txt", Some(7), Issue::Unreadable(ReadError::Link(_)))
    ));
    assert_eq!(
        issues[6],
        ("empty.json", None, &Issue::Unreadable(ReadError::Empty))
    );
    assert!(matches!(
        issues[7],
        ("broken.json", None, Issue::Unreadable(ReadError::Backup(_)))
    ));

    // Same entries, same result; another year turns the 2026 ones into "other year".
    assert_eq!(intake::sort(&c, &entries, settings), intake);
    let last_year = intake::sort(
        &c,
        &entries,
        IntakeSettings {
            fiscal_year: 2025,
            ..settings
        },
    );
    assert_eq!(last_year.accepted.len(), 1);
    assert_eq!(last_year.accepted[0].lgcode, OTARU);
}

#[test]
fn the_summary_names_municipalities_but_no_individual() {
    let c = cat();
    let ms = municipalities();
    let text: String = ms.iter().map(|a| share::encode(&c, a) + "\n").collect();
    let entries = intake::read(&c, "links.txt", &text, 0);
    let settings = likely_settings(&c, &entries).unwrap();
    let intake = intake::sort(&c, &entries, settings);
    let refs = intake.assessments();
    let map = DemandMap::build(&c, &refs);
    let ps = people(&c);
    let ix = ProfileIndex::build(&c, &ps);
    let reach = Reach::build(&c, &ix, &refs);
    let supply = Supply::build(&map, &reach);
    let plan = Plan::build(&c, &ix, &map, &reach, 1);
    let csv = summary::csv(
        &c,
        &Parts {
            intake: &intake,
            map: &map,
            supply: &supply,
            plan: &plan,
        },
        Lang::Ja,
        &|t| format!("{t:?}"),
    );
    assert!(csv.starts_with('\u{FEFF}'));
    assert!(csv.contains("\r\n"));
    for name in ["北海道 札幌市", "北海道 函館市", "北海道 小樽市"] {
        assert!(csv.contains(name), "{name} is in the matrix");
    }
    for id in ["P1", "P2", "P3"] {
        assert!(
            !csv.split([',', '\r', '\n']).any(|cell| cell == id),
            "no profile id ({id}) in the summary"
        );
    }
    let line = |start: &str| {
        csv.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line {start} in\n{csv}"))
            .to_owned()
    };
    assert_eq!(
        line("011002,"),
        "011002,北海道 札幌市,0,0,0,0,0,2,2,0,0,0,2,2"
    );
    assert_eq!(line("Accepted,"), "Accepted,3");
    assert_eq!(line("Missing,"), "Missing,176");
    // Supply row of SE01 b: 2 municipalities, pool 0, anyone 2, partly 0, pool people 0, others 1.
    assert!(csv.contains("セキュリティ体制構築・運営,SE01,b,Priority(Required),2,0,2,0,0,1"));
    assert!(csv.contains("FromLists,地域情報化アドバイザー,エンジニア,1,1,4"));
}

#[test]
fn synthetic_municipalities_are_one_per_municipality_and_reproducible() {
    let c = cat();
    let a = samples::synthetic_assessments(&c, 1, 2026);
    assert_eq!(a.len(), 179);
    assert_eq!(a, samples::synthetic_assessments(&c, 1, 2026));
    assert!(a.iter().all(|x| x.name.starts_with("（架空）")));
    let refs: Vec<&Assessment> = a.iter().collect();
    let map = DemandMap::build(&c, &refs);
    assert_eq!(map.municipalities.len(), 179);
    assert!(map.total.required > 0 && map.total.desirable > 0);
    // Every one survives the share link, so the demonstration can also be handed in as links.
    for x in &a {
        let back = share::decode(&c, &share::encode(&c, x), &x.id).unwrap();
        assert_eq!(back.ratings, x.ratings);
    }
}

#[test]
fn what_was_gathered_is_kept_as_read_and_a_file_over_the_limit_says_its_size() {
    use dxm_domain::limits::{FileKind, TooLarge};
    use dxm_domain::prefecture::intake::Kept;
    let cat = Catalog::builtin().unwrap();
    let a = samples::synthetic_assessments(&cat, 1, 2026)
        .into_iter()
        .next()
        .unwrap();
    let backup = Backup::new(Workspace::new(a), Vec::new(), false, 0).to_json();
    // Pasted text over the limit is refused with its size, like a file refused before reading.
    let huge = " ".repeat(FileKind::Submission.max_bytes() as usize + 1);
    let over = intake::read(&cat, "huge.json", &huge, 0);
    assert_eq!(
        over[0].result,
        Err(intake::ReadError::TooLarge(TooLarge {
            kind: FileKind::Submission,
            size: FileKind::Submission.max_bytes() + 1,
        }))
    );
    let mut entries = intake::read(&cat, "sapporo.json", &backup, 1);
    entries.extend(intake::read(&cat, "links.txt", "not a link\n", 2));
    entries.push(intake::too_large(
        "big.json",
        TooLarge {
            kind: FileKind::Submission,
            size: 6 << 20,
        },
        3,
    ));
    entries.extend(over);
    let kept = Kept {
        version: Kept::VERSION,
        entries,
        settings: IntakeSettings {
            prefecture: 1,
            fiscal_year: 2026,
        },
        chosen: true,
        capacity: 4,
        demo: false,
    };
    // Read back exactly: the assessments, and every reason something was not read.
    let json = kept.to_json();
    assert_eq!(Kept::from_json(&json), Some(kept.clone()));
    // Nothing of what could not be read is kept but its name and the reason.
    assert!(!json.contains("not a link"));
    // What another version kept, or anything else, restores nothing.
    let other = json.replacen("\"version\":1", "\"version\":2", 1);
    assert_eq!(Kept::from_json(&other), None);
    assert_eq!(Kept::from_json("{"), None);
}
