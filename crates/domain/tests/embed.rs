//! The embedding contract (docs/embedding.md): what a host may send and what the app reports.

use dxm_domain::embed::{
    framing_allowed, is_hello, origin_allowed, parse_host_message, results, LoadError, ResultTexts,
    HOST_PACK_ID,
};
use dxm_domain::library::taken_ids;
use dxm_domain::matching::{rank, Band, EngagementMode, Exclusion, ProfileIndex, Query};
use dxm_domain::pack::PackError;
use dxm_domain::share::{self, ShareError};
use dxm_domain::{Assessment, Catalog, Level, Priority};
use serde_json::json;

fn cat() -> Catalog {
    Catalog::builtin().unwrap()
}

fn example_pack() -> serde_json::Value {
    let text = include_str!("../../../docs/templates/profile-pack-example.json");
    serde_json::from_str(text).unwrap()
}

fn assessment(c: &Catalog) -> Assessment {
    let mut a = Assessment::new("src", "情報政策課 2026", 2026);
    a.context.lgcode = Some(c.geography.municipalities[0].lgcode);
    a.set_need("BT01", Level::A);
    a.set_priority("BT01", Priority::Required);
    a.set_have("BT01", Some(Level::C));
    a.set_need("SE02", Level::B);
    a
}

fn load(
    c: &Catalog,
    msg: serde_json::Value,
) -> Option<Result<dxm_domain::embed::Load, (Option<serde_json::Value>, LoadError)>> {
    parse_host_message(&msg.to_string(), c, &taken_ids(c, &[], None), "new-id")
}

#[test]
fn messages_that_are_not_a_load_are_ignored() {
    let c = cat();
    for other in [
        json!({"type": "dxm:results", "version": 1}),
        json!({"type": "dxm:hello", "version": 1}),
        json!({"type": "something-else", "pack": example_pack()}),
        json!({"kind": "dxm:load"}),
        json!("dxm:load"),
        json!(42),
    ] {
        assert!(load(&c, other.clone()).is_none(), "{other}");
    }
    assert!(parse_host_message("not json", &c, &[], "x").is_none());
}

#[test]
fn a_hello_is_recognised_only_in_this_version() {
    assert!(is_hello(r#"{"type":"dxm:hello","version":1}"#));
    assert!(!is_hello(r#"{"type":"dxm:hello","version":2}"#));
    assert!(!is_hello(r#"{"type":"dxm:hello"}"#));
    assert!(!is_hello(r#"{"type":"dxm:load","version":1}"#));
    assert!(!is_hello("hello"));
}

#[test]
fn a_pack_is_validated_like_an_import_and_stored_as_the_hosts_list() {
    let c = cat();
    let pack = example_pack();
    let n = pack["profiles"].as_array().unwrap().len();
    let l = load(
        &c,
        json!({"type": "dxm:load", "version": 1, "request_id": "r1", "pack": pack}),
    )
    .unwrap()
    .unwrap();
    let set = l.pack.unwrap();
    assert_eq!(set.id, HOST_PACK_ID);
    assert_eq!(set.records.len(), n);
    assert!(set.fictional);
    assert_eq!(set.name, "記入例の人材プール（架空）");
    assert_eq!(l.request_id, Some(json!("r1")));
    assert!(l.assessment.is_none());
}

#[test]
fn a_refused_load_names_the_problem_keeps_the_request_id_and_applies_nothing() {
    let c = cat();
    let (id, e) = load(
        &c,
        json!({"type": "dxm:load", "version": 2, "request_id": 7}),
    )
    .unwrap()
    .unwrap_err();
    assert_eq!((id, &e), (Some(json!(7)), &LoadError::Version(2)));
    assert_eq!(e.code(), "version");

    let (_, e) = load(&c, json!({"type": "dxm:load", "version": 1}))
        .unwrap()
        .unwrap_err();
    assert_eq!(e, LoadError::Empty);

    // One bad profile refuses the whole message, the valid assessment with it.
    let mut pack = example_pack();
    pack["profiles"][1]["skills"]["BT01"] = json!("q");
    let (_, e) = load(
        &c,
        json!({"type": "dxm:load", "version": 1, "pack": pack, "assessment": assessment(&c)}),
    )
    .unwrap()
    .unwrap_err();
    match e {
        LoadError::Pack(PackError::Invalid { first, count }) => {
            assert_eq!(count, 1);
            assert_eq!(first.value, "q");
        }
        other => panic!("{other:?}"),
    }

    // Profiles whose ids are already taken (the built-in samples) are refused too.
    let sample_id = c.profiles.profiles[0].id.clone();
    let mut pack = example_pack();
    pack["profiles"][0]["id"] = json!(sample_id);
    let (_, e) = load(&c, json!({"type": "dxm:load", "version": 1, "pack": pack}))
        .unwrap()
        .unwrap_err();
    assert!(
        matches!(e, LoadError::Pack(PackError::Invalid { .. })),
        "{e:?}"
    );
}

#[test]
fn an_assessment_comes_as_the_backup_object_or_as_a_share_link() {
    let c = cat();
    let a = assessment(&c);
    let from_object = load(
        &c,
        json!({"type": "dxm:load", "version": 1, "assessment": a}),
    )
    .unwrap()
    .unwrap()
    .assessment
    .unwrap();
    assert_eq!(from_object.id, "new-id");
    assert_eq!(from_object.name, a.name);
    assert_eq!(from_object.context.lgcode, a.context.lgcode);
    assert_eq!(from_object.rating("BT01"), a.rating("BT01"));
    assert_eq!(from_object.rating("SE02"), a.rating("SE02"));

    let link = format!("https://app.example/dxm/#/share/{}", share::encode(&c, &a));
    let from_link = load(
        &c,
        json!({"type": "dxm:load", "version": 1, "assessment": link}),
    )
    .unwrap()
    .unwrap()
    .assessment
    .unwrap();
    assert_eq!(from_link, from_object);

    let mut bad = a.clone();
    bad.context.lgcode = Some(999_999);
    let (_, e) = load(
        &c,
        json!({"type": "dxm:load", "version": 1, "assessment": bad}),
    )
    .unwrap()
    .unwrap_err();
    assert_eq!(e, LoadError::Assessment(ShareError::BadValue));
    let (_, e) = load(
        &c,
        json!({"type": "dxm:load", "version": 1, "assessment": {"name": 3}}),
    )
    .unwrap()
    .unwrap_err();
    assert!(matches!(e, LoadError::AssessmentFormat(_)), "{e:?}");
}

#[test]
fn results_report_the_ranking_on_screen_and_every_exclusion_with_its_reasons() {
    let c = cat();
    let mut a = assessment(&c);
    a.matching.mode = EngagementMode::Onsite;
    let profiles = c.profiles.profiles.clone();
    let ix = ProfileIndex::build(&c, &profiles);
    let q = Query::compile(&c, &ix, &a, &a.matching);
    let ranking = rank(&ix, &q, 20);
    let band = |b: Band| format!("band:{b:?}");
    let exclusion = |e: Exclusion| format!("why:{e:?}");
    let texts = ResultTexts {
        band: &band,
        exclusion: &exclusion,
    };
    let r = results(&a, &profiles, &ix, &q, &ranking, &texts);
    assert_eq!(r.kind, "dxm:results");
    assert_eq!(r.assessment.name, a.name);
    assert_eq!(r.ranking.len(), ranking.top.len());
    for (out, top) in r.ranking.iter().zip(&ranking.top) {
        assert_eq!(out.id, profiles[top.profile as usize].id);
        assert_eq!(out.score, top.score());
        assert_eq!(out.band_label, format!("band:{:?}", top.band()));
    }
    assert!(r.ranking.windows(2).all(|w| w[0].score >= w[1].score));
    assert_eq!(
        (r.feasible, r.matching, r.excluded_total),
        (ranking.feasible, ranking.matching, ranking.excluded)
    );
    // On-site only: the built-in samples include people who work online only, excluded with
    // that reason; the list is in id order and complete up to the cap.
    assert!(r.excluded_total > 0);
    assert_eq!(r.excluded.len(), r.excluded_total.min(200));
    assert!(r.excluded.windows(2).all(|w| w[0].id < w[1].id));
    assert!(r.excluded.iter().all(|e| !e.reasons.is_empty()));
    let first = &r.excluded[0];
    let p = ix.position_of(&first.id).unwrap() as usize;
    let expected: Vec<_> = dxm_domain::matching::exclusions(&ix, &q, p)
        .into_iter()
        .map(|e| format!("why:{e:?}"))
        .collect();
    let got: Vec<_> = first.reasons.iter().map(|x| x.text.clone()).collect();
    assert_eq!(got, expected);
    // Same input, same message.
    let again = results(&a, &profiles, &ix, &q, &ranking, &texts);
    assert_eq!(
        serde_json::to_string(&again).unwrap(),
        serde_json::to_string(&r).unwrap()
    );
}

#[test]
fn only_listed_origins_and_the_apps_own_are_heard() {
    let own = "https://app.example.jp";
    let allowed = vec!["https://portal.pref.example.lg.jp/".to_owned()];
    assert!(origin_allowed(own, own, &[]));
    assert!(origin_allowed(
        "https://portal.pref.example.lg.jp",
        own,
        &allowed
    ));
    for bad in [
        "https://portal.pref.example.lg.jp.evil.example",
        "http://portal.pref.example.lg.jp",
        "https://portal.pref.example.lg.jp:8443",
        "null",
        "",
    ] {
        assert!(!origin_allowed(bad, own, &allowed), "{bad}");
    }
}

#[test]
fn origins_are_compared_normalised_and_only_https_or_loopback_is_trusted() {
    let own = "https://app.example.jp";
    let allowed: Vec<String> = [
        "HTTPS://Portal.Pref.Example.LG.JP:443/",
        "http://www.city.example.lg.jp",
        "http://127.0.0.1:9000",
        "http://localhost",
        "http://[::1]:8080/",
    ]
    .map(String::from)
    .to_vec();
    for ok in [
        "https://portal.pref.example.lg.jp",
        "https://portal.pref.example.lg.jp:443",
        "https://PORTAL.pref.example.lg.jp",
        "https://portal.pref.example.lg.jp/",
        "http://127.0.0.1:9000",
        "http://localhost:80",
        "http://[::1]:8080",
        "https://app.example.jp:443",
    ] {
        assert!(origin_allowed(ok, own, &allowed), "{ok}");
    }
    for bad in [
        // Listed, but plain http on another machine: never trusted.
        "http://www.city.example.lg.jp",
        "http://127.0.0.1:9001",
        "http://localhost:8080",
        "https://portal.pref.example.lg.jp/dxm",
        "null",
    ] {
        assert!(!origin_allowed(bad, own, &allowed), "{bad}");
    }
    // The app's own origin is allowed whatever its scheme (a plain-http intranet host).
    assert!(origin_allowed(
        "http://intra.example",
        "http://intra.example:80",
        &[]
    ));
}

#[test]
fn framing_is_allowed_only_when_every_ancestor_is() {
    let own = "https://app.example.jp";
    let allowed = vec!["https://portal.example.lg.jp".to_owned()];
    let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(framing_allowed(&[], own, &allowed), None);
    assert_eq!(
        framing_allowed(&list(&["https://portal.example.lg.jp"]), own, &allowed),
        Some(true)
    );
    assert_eq!(framing_allowed(&list(&[own]), own, &allowed), Some(true));
    assert_eq!(
        framing_allowed(&list(&["https://evil.example"]), own, &allowed),
        Some(false)
    );
    // An allowed portal framed in turn by another site: refused, as frame-ancestors would.
    assert_eq!(
        framing_allowed(
            &list(&["https://portal.example.lg.jp", "https://evil.example"]),
            own,
            &allowed
        ),
        Some(false)
    );
}
