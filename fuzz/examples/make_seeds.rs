//! Writes the fuzzers' generated seeds: files as the app itself makes them (a municipality's
//! submission and backup JSON, share links, portal messages), from the built-in data, so they
//! follow the current formats. Run by tools/fuzz.sh: `cargo run --example make_seeds -- DIR`;
//! writes DIR/<target>/<name>. The hand-made seeds are in fuzz/seed-files/.

use dxm_domain::library::{Backup, StoredSet};
use dxm_domain::{samples, share, Assessment, Catalog, Workspace};
use serde_json::json;
use std::path::Path;

const SEP: u8 = 0x1E;

fn write(dir: &Path, target: &str, name: &str, bytes: &[u8]) {
    let d = dir.join(target);
    std::fs::create_dir_all(&d).expect("seed folder");
    std::fs::write(d.join(name), bytes).expect("seed file");
}

fn submission(a: &Assessment) -> String {
    Backup::new(
        Workspace::new(a.clone()),
        Vec::new(),
        false,
        1_790_000_000_000,
    )
    .to_json()
}

fn link(cat: &Catalog, a: &Assessment) -> String {
    format!(
        "https://dx.example.lg.jp/match/#/share/{}",
        share::encode(cat, a)
    )
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: make_seeds DIR");
    let dir = Path::new(&dir);
    let cat = Catalog::builtin().expect("built-in data");
    // Fictional assessments of 北海道's municipalities (FY2026) and of 東京都's (FY2025).
    let hokkaido = samples::synthetic_assessments(&cat, 1, 2026);
    let tokyo = samples::synthetic_assessments(&cat, 13, 2025);
    let name = |a: &Assessment| {
        a.context
            .lgcode
            .and_then(|c| cat.geography.locality(c))
            .map(|l| l.name().to_owned())
            .unwrap_or_default()
    };

    // The prefecture view: submissions as exported, a full backup, files of links.
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for a in hokkaido.iter().take(3).chain(tokyo.iter().take(1)) {
        let code = a.context.lgcode.unwrap_or(0);
        files.push((
            format!("dxm-submission-{code}.json"),
            submission(a).into_bytes(),
        ));
    }
    let mut ws = Workspace::new(hokkaido[0].clone());
    let mut older = hokkaido[0].clone();
    older.id = "older".into();
    older.fiscal_year = 2025;
    older.name = "令和7年度".into();
    ws.add(older);
    ws.add(hokkaido[1].clone());
    let set = StoredSet {
        id: "list-1".into(),
        name: "道の人材プール".into(),
        source: "pool.csv".into(),
        as_of: "2026-04-01".into(),
        imported_ms: 1,
        enabled: true,
        fictional: true,
        standard: cat.standard.edition(),
        records: samples::generate(&cat.standard, &cat.presets, &cat.geography).profiles[..3]
            .iter()
            .map(|r| dxm_domain::profile::ProfileRecord {
                id: format!("POOL-{}", r.id),
                ..r.clone()
            })
            .collect(),
    };
    files.push((
        "dxm-backup-2026-11-25.json".into(),
        Backup::new(ws.clone(), vec![set.clone()], true, 1_790_000_000_000)
            .to_json()
            .into_bytes(),
    ));
    files.push((
        "workspace-v0.json".into(),
        serde_json::to_string(&ws).unwrap_or_default().into_bytes(),
    ));
    let mut links = String::new();
    for a in hokkaido.iter().take(12) {
        links.push_str(&format!("{}\t{}\r\n", name(a), link(&cat, a)));
    }
    links.push_str("\r\n");
    links.push_str(&format!(
        "{} {}\r\n",
        name(&tokyo[0]),
        link(&cat, &tokyo[0])
    ));
    links.push_str(&format!(
        "{} 再提出 {}\r\n",
        name(&hokkaido[0]),
        link(&cat, &hokkaido[0])
    ));
    files.push(("links-hokkaido.txt".into(), links.into_bytes()));
    let codes: String = hokkaido
        .iter()
        .skip(12)
        .take(20)
        .map(|a| share::encode(&cat, a) + "\n")
        .collect();
    files.push(("codes-only.txt".into(), codes.into_bytes()));
    files.push(("one-link.txt".into(), link(&cat, &tokyo[1]).into_bytes()));
    let all: String = hokkaido.iter().map(|a| link(&cat, a) + "\n").collect();
    files.push(("links-all-hokkaido.txt".into(), all.into_bytes()));
    for (n, b) in &files {
        write(dir, "prefecture_intake", n, b);
        write(dir, "prefecture_plan", n, b);
    }

    // The portal's messages.
    let pack: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("../examples/embed/pool.json").unwrap_or_else(|_| "{}".into()),
    )
    .unwrap_or(json!({}));
    let a = &hokkaido[2];
    let code = share::encode(&cat, a);
    let object = serde_json::to_value(a).unwrap_or(json!({}));
    let messages = [
        ("hello.json", json!({"type": "dxm:hello", "version": 1})),
        (
            "load-pack.json",
            json!({"type": "dxm:load", "version": 1, "request_id": 1, "pack": pack}),
        ),
        (
            "load-link.json",
            json!({"type": "dxm:load", "version": 1, "request_id": "r-2", "assessment": link(&cat, a)}),
        ),
        (
            "load-code.json",
            json!({"type": "dxm:load", "version": 1, "assessment": code}),
        ),
        (
            "load-object.json",
            json!({"type": "dxm:load", "version": 1, "request_id": {"n": 3}, "assessment": object}),
        ),
        (
            "load-both.json",
            json!({"type": "dxm:load", "version": 1, "request_id": 4, "pack": pack, "assessment": code}),
        ),
        (
            "load-old-version.json",
            json!({"type": "dxm:load", "version": 0, "assessment": code}),
        ),
        (
            "load-empty.json",
            json!({"type": "dxm:load", "version": 1, "request_id": null}),
        ),
        (
            "other.json",
            json!({"type": "dxm:resize", "version": 1, "height": 900}),
        ),
    ];
    for (n, m) in messages {
        write(dir, "embed_message", n, m.to_string().as_bytes());
    }

    // After loading: lists joined with assessments (0x1E between).
    let sample_list = dxm_domain::export::profiles_csv(&cat, &set.records);
    let assessments: Vec<(&str, Vec<u8>)> = vec![
        ("submission", submission(a).into_bytes()),
        ("link", link(&cat, &tokyo[0]).into_bytes()),
        ("object", object.to_string().into_bytes()),
    ];
    let lists: Vec<(String, Vec<u8>)> = [
        "../crates/domain/tests/corpus/good_pool.csv",
        "../crates/domain/tests/corpus/good_pool_bom.csv",
        "../crates/domain/tests/corpus/good_pool_sjis.csv",
        "../crates/domain/tests/corpus/list.json",
        "../docs/templates/profiles-template.csv",
        "../docs/templates/profile-pack-example.json",
        "../tests/fixtures/lists/advisors-fy2025.csv",
        "../tests/fixtures/lists/pref-pool-excel.csv",
    ]
    .iter()
    .filter_map(|p| {
        let b = std::fs::read(p).ok()?;
        let n = Path::new(p).file_name()?.to_string_lossy().into_owned();
        Some((n, b))
    })
    .chain([("profiles-export.csv".to_owned(), sample_list.into_bytes())])
    .collect();
    for (k, (ln, lb)) in lists.iter().enumerate() {
        let (an, ab) = &assessments[k % assessments.len()];
        let mut joined = lb.clone();
        joined.push(SEP);
        joined.extend(ab);
        write(dir, "after_load", &format!("{ln}+{an}"), &joined);
        write(dir, "after_load", ln, lb);
    }
}
