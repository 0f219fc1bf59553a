//! The app crate's layers (ARCHITECTURE.md, "Code map"): browser adapters → i18n → state →
//! widgets → features → shell. A module may use only its own layer and those before it; a
//! feature never uses another feature; and no module is part of an import cycle.
//!
//! The check reads the source: every `crate::…` path (in `use` lines, grouped or not, and in
//! expressions) and every `super::…` path, resolved to the file it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LAYERS: [&str; 6] = ["adapters", "i18n", "state", "widgets", "features", "shell"];

/// A source file as a module path: `src/state/talent.rs` → `["state", "talent"]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code without comments, string literals and `#[cfg(test)]` modules (tests may reach
/// anywhere).
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The paths of a `{ a::b, c, d::{e, f} }` group, after its opening brace: `a::b`, `c`,
/// `d::e`, `d::f`.
fn group_paths(s: &str) -> Vec<Vec<String>> {
    let mut items = Vec::new();
    let (mut depth, mut item) = (0, String::new());
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(std::mem::take(&mut item));
                continue;
            }
            _ => {}
        }
        item.push(c);
    }
    items.push(item);
    let mut paths = Vec::new();
    for item in items {
        let item = item.trim();
        match item.find("::{") {
            Some(i) => {
                let head: Vec<String> =
                    item[..i].split("::").map(|p| p.trim().to_owned()).collect();
                for tail in group_paths(&item[i + 3..]) {
                    paths.push(head.iter().cloned().chain(tail).collect());
                }
            }
            None => {
                let path: Vec<String> = item
                    .split("::")
                    .map(|p| ident_at(p.trim()).to_owned())
                    .take_while(|p| !p.is_empty() && p != "self")
                    .collect();
                if !path.is_empty() {
                    paths.push(path);
                }
            }
        }
    }
    paths
}

/// Every module path the code names, absolute (`crate::` and `super::` resolved).
fn paths_used(module: &[String], is_mod_file: bool, code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (prefix, base) in [
        ("crate::", Vec::new()),
        ("super::", {
            // `super` of `a/b.rs` is `a`; of `a/b/mod.rs` it is `a` too (the parent of `a::b`).
            let mut m = module.to_vec();
            if !is_mod_file || !m.is_empty() {
                m.pop();
            }
            m
        }),
    ] {
        let mut rest = code;
        while let Some(i) = rest.find(prefix) {
            let before = rest[..i].chars().last();
            rest = &rest[i + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let tails = if let Some(group) = rest.strip_prefix('{') {
                group_paths(group)
            } else {
                let mut path = Vec::new();
                let mut at = rest;
                loop {
                    let name = ident_at(at);
                    if name.is_empty() {
                        break;
                    }
                    path.push(name.to_owned());
                    match at[name.len()..].strip_prefix("::") {
                        Some(more) => at = more,
                        None => break,
                    }
                }
                vec![path]
            };
            for tail in tails {
                let mut path = base.clone();
                path.extend(tail);
                found.push(path);
            }
        }
    }
    found
}

fn layer_of(module: &[String]) -> Option<usize> {
    LAYERS
        .iter()
        .position(|l| module.first().is_some_and(|m| m == l))
}

fn feature_of(module: &[String]) -> Option<&str> {
    (module.first().map(String::as_str) == Some("features"))
        .then(|| module.get(1).map(String::as_str))
        .flatten()
}

struct Crate {
    /// Module → the modules it uses (each a known module: the longest known prefix of a path).
    uses: BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
}

fn read_crate() -> Crate {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeMap<Vec<String>, (bool, String)> = files
        .iter()
        .map(|f| {
            let is_mod = f.file_stem().is_some_and(|s| s == "mod" || s == "lib");
            let text = std::fs::read_to_string(f).unwrap();
            (module_of(&src, f), (is_mod, code_of(&text)))
        })
        .collect();
    let known: BTreeSet<Vec<String>> = modules.keys().cloned().collect();
    let mut uses = BTreeMap::new();
    for (module, (is_mod, code)) in &modules {
        let mut used = BTreeSet::new();
        for path in paths_used(module, *is_mod, code) {
            let target = (0..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| known.contains(p))
                .unwrap_or_default();
            // A module's own items and its parent `mod.rs` (declarations only) are not uses.
            if !target.is_empty() && &target != module && !module.starts_with(&target) {
                used.insert(target);
            }
        }
        uses.insert(module.clone(), used);
    }
    Crate { uses }
}

#[test]
fn every_module_belongs_to_a_layer() {
    let c = read_crate();
    let outside: Vec<String> = c
        .uses
        .keys()
        .filter(|m| !m.is_empty() && layer_of(m).is_none())
        .map(|m| m.join("::"))
        .collect();
    assert!(
        outside.is_empty(),
        "modules outside the layers {LAYERS:?}: {outside:?} — put each in one (ARCHITECTURE.md)"
    );
}

#[test]
fn modules_use_only_their_layer_and_those_below() {
    let c = read_crate();
    let mut wrong = Vec::new();
    for (module, used) in &c.uses {
        let Some(own) = layer_of(module) else {
            continue;
        };
        for target in used {
            let Some(theirs) = layer_of(target) else {
                continue;
            };
            if theirs > own {
                wrong.push(format!(
                    "{} ({}) uses {} ({})",
                    module.join("::"),
                    LAYERS[own],
                    target.join("::"),
                    LAYERS[theirs]
                ));
            }
            if let (Some(a), Some(b)) = (feature_of(module), feature_of(target)) {
                if a != b {
                    wrong.push(format!(
                        "feature {a} ({}) uses feature {b} ({}): move what both need into a widget",
                        module.join("::"),
                        target.join("::")
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "upward or sideways uses:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_module_is_part_of_an_import_cycle() {
    let c = read_crate();
    let mut cycles = Vec::new();
    for start in c.uses.keys() {
        // Depth-first search back to `start`.
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in c.uses.get(&at).into_iter().flatten() {
                if next == start {
                    let names: Vec<String> = trail.iter().map(|m| m.join("::")).collect();
                    cycles.push(format!("{} → {}", names.join(" → "), start.join("::")));
                } else if seen.insert(next.clone()) {
                    let mut t = trail.clone();
                    t.push(next.clone());
                    stack.push((next.clone(), t));
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

/// The checker itself: an upward use, a sideways use and a cycle are each found.
#[test]
fn the_checker_sees_grouped_super_and_inline_paths() {
    let m = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    let code = "use crate::{i18n::Msg, state::{talent, workspace::AppState}};\n\
                fn f() { crate::shell::app::App; super::other::x(); }\n\
                // crate::features::gap is only mentioned in a comment\n\
                const S: &str = \"crate::widgets::x\";";
    let found = paths_used(&m("features::data::page"), false, code);
    assert!(found.contains(&m("i18n::Msg")));
    assert!(found.contains(&m("state::talent")));
    assert!(found.contains(&m("state::workspace::AppState")));
    assert!(found.contains(&m("shell::app::App")));
    assert!(found.contains(&m("features::data::other::x")));
    let code = code_of(code);
    assert!(!paths_used(&m("features::data::page"), false, &code)
        .iter()
        .any(|p| p.starts_with(&m("features::gap")) || p.starts_with(&m("widgets"))));
    assert_eq!(layer_of(&m("shell::app")), Some(5));
    assert_eq!(feature_of(&m("features::gap::gap_page")), Some("gap"));
}
