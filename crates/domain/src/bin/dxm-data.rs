//! Maintenance tool for the built-in data files.
//!
//!   dxm-data municipalities [SOURCE_DIR]   derive prefectures.csv and municipalities.csv from
//!                                          the code4fukui/localgovjp files (default: data/source/localgovjp)
//!   dxm-data samples                       regenerate data/sample_profiles.json (seeded, reproducible)
//!
//! Run from anywhere with `cargo run -p dxm-domain --bin dxm-data -- <command>`.

use dxm_domain::catalog::{Catalog, DataTexts, BUILTIN};
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
            // The generator needs the catalogue but not the old samples: load with an empty set.
            let texts = DataTexts {
                profiles: EMPTY_PROFILES,
                ..BUILTIN
            };
            let cat = Catalog::load(&texts).map_err(|e| e.to_string())?;
            let file = samples::generate(&cat.standard, &cat.presets, &cat.geography);
            write("sample_profiles.json", &samples::to_json_lines(&file))?;
            Ok(format!("wrote {} sample profiles", file.profiles.len()))
        }
        _ => Err("usage: dxm-data municipalities [SOURCE_DIR] | dxm-data samples".into()),
    }
}

const EMPTY_PROFILES: &str = r#"{"id":"none","ja":"","en":"","as_of":"2026-01-01","source":"","fictional":true,"profiles":[]}"#;

fn write(name: &str, text: &str) -> Result<(), String> {
    let path = data_dir().join(name);
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}
