//! Maintenance tool for the built-in data files.
//!
//!   dxm-data municipalities [SOURCE_DIR]   derive prefectures.csv and municipalities.csv from
//!                                          the code4fukui/localgovjp files (default: data/source/localgovjp)
//!   dxm-data samples                       regenerate data/sample_profiles.json (seeded, reproducible)
//!   dxm-data templates                     write docs/templates/profiles-template.{csv,xlsx}
//!                                          and docs/templates/profile-pack-example.json
//!   dxm-data lists                         write tests/fixtures/lists/: fictional lists in the
//!                                          layouts publishers ship (advisers' open data, a
//!                                          prefecture's pool kept in Excel)
//!
//! Run from anywhere with `cargo run -p dxm-domain --bin dxm-data -- <command>`.

mod lists;
mod xlsx;

use dxm_domain::catalog::Catalog;
use dxm_domain::{geo, samples};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(msg) => {
            println!("{msg}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("dxm-data: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        Some("municipalities") => {
            let src = args
                .get(1)
                .map(PathBuf::from)
                .unwrap_or_else(|| data_dir().join("source/localgovjp"));
            let read = |f: &str| {
                std::fs::read_to_string(src.join(f))
                    .map_err(|e| format!("{}: {e}", src.join(f).display()))
            };
            let (prefs, cities) = geo::derive_from_localgovjp(
                &read("prefjp-utf8.csv")?,
                &read("localgovjp-utf8.csv")?,
            )
            .map_err(|e| e.to_string())?;
            write(geo::PREFECTURES_FILE, &prefs)?;
            write(geo::MUNICIPALITIES_FILE, &cities)?;
            Ok(format!(
                "wrote {} prefectures and {} municipalities",
                prefs.lines().count() - 1,
                cities.lines().count() - 1
            ))
        }
        Some("samples") => {
            // The generator needs the catalogue but not the old samples.
            let cat = Catalog::builtin_without_profiles().map_err(|e| e.to_string())?;
            let file = samples::generate(&cat.standard, &cat.presets, &cat.geography);
            write("sample_profiles.json", &samples::to_json_lines(&file))?;
            Ok(format!("wrote {} sample profiles", file.profiles.len()))
        }
        Some("templates") => {
            let cat = Catalog::builtin().map_err(|e| e.to_string())?;
            // Three fictional example rows, marked as examples.
            let examples: Vec<_> = cat
                .profiles
                .profiles
                .iter()
                .step_by(97)
                .take(3)
                .enumerate()
                .map(|(n, p)| {
                    let file = samples::generate(&cat.standard, &cat.presets, &cat.geography);
                    let mut r = file
                        .profiles
                        .into_iter()
                        .find(|r| r.id == p.id)
                        .unwrap_or_else(|| unreachable!());
                    r.id = format!("EXAMPLE-{:03}", n + 1);
                    r.summary_ja = format!("（記入例・架空）{}", r.summary_ja);
                    r
                })
                .collect();
            let csv = dxm_domain::export::profiles_csv(&cat, &examples);
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/templates");
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            std::fs::write(dir.join("profiles-template.csv"), &csv).map_err(|e| e.to_string())?;
            let rows: Vec<Vec<String>> = dxm_domain::csv::parse(&csv)
                .map_err(|e| e.message)?
                .into_iter()
                .map(|r| {
                    r.fields
                        .into_iter()
                        .map(|f| f.trim_start_matches('\'').to_owned())
                        .collect()
                })
                .collect();
            std::fs::write(
                dir.join("profiles-template.xlsx"),
                xlsx::workbook(&[
                    ("人材リスト", rows),
                    ("記入方法", dxm_domain::export::template_guide(&cat)),
                ]),
            )
            .map_err(|e| e.to_string())?;
            // The same people as a data pack, the format publishers host (docs/data-packs.md).
            let pack = dxm_domain::profile::ProfileFile {
                id: "example-pack".into(),
                ja: "記入例の人材プール（架空）".into(),
                en: "Example talent pool (fictional)".into(),
                as_of: cat.profiles.as_of.clone(),
                source: "自治体DX人材マッチ docs/templates（記入例・架空の人物）".into(),
                fictional: true,
                profiles: examples.clone(),
            };
            let json = serde_json::to_string_pretty(&pack).map_err(|e| e.to_string())?;
            std::fs::write(dir.join("profile-pack-example.json"), json + "\n")
                .map_err(|e| e.to_string())?;
            Ok(format!(
                "wrote {} example rows to docs/templates/",
                examples.len()
            ))
        }
        Some("lists") => {
            let cat = Catalog::builtin().map_err(|e| e.to_string())?;
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/lists");
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let files = lists::files(&cat);
            for (name, bytes) in &files {
                std::fs::write(dir.join(name), bytes).map_err(|e| e.to_string())?;
            }
            Ok(format!("wrote {} lists to tests/fixtures/lists/", files.len()))
        }
        _ => Err(
            "usage: dxm-data municipalities [SOURCE_DIR] | dxm-data samples | dxm-data templates | dxm-data lists"
                .into(),
        ),
    }
}

fn write(name: &str, text: &str) -> Result<(), String> {
    let path = data_dir().join(name);
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}
