//! Data packs for publishers: a prefecture hosts a profile list (and, if it wants, an updated
//! programme rule set) next to the app and names them in `dxm-config.json`. Only paths on the
//! app's own origin are accepted. See docs/data-packs.md.

use crate::catalog::Catalog;
use crate::import::validate::validate_records;
use crate::import::{ImportOptions, Issue};
use crate::library::StoredSet;
use crate::profile::ProfileFile;
use serde::{Deserialize, Serialize};

pub const CONFIG_FILE: &str = "dxm-config.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackConfig {
    /// Where editors find the schema (docs/schema/dxm-config.schema.json); not used by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// A programme rule set replacing the built-in one (same format as programmes.json).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programmes: Option<String>,
    /// Profile packs (the app's JSON profile format) to load as read-only lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profile_packs: Vec<String>,
    /// Hide the built-in fictional samples unless the user shows them.
    #[serde(default)]
    pub hide_samples: bool,
    /// Portals allowed to embed the app and talk to it (docs/embedding.md).
    #[serde(default, skip_serializing_if = "EmbedConfig::is_empty")]
    pub embed: EmbedConfig,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedConfig {
    /// Origins (`https://portal.example.lg.jp`) whose messages the app hears and to which it
    /// reports results. The app's own origin is always allowed.
    #[serde(default)]
    pub allowed_origins: Vec<String>,
}

impl EmbedConfig {
    fn is_empty(&self) -> bool {
        self.allowed_origins.is_empty()
    }

    /// The portals to trust, normalised (`normalise_origin`), without repeats; each entry
    /// that is neither https nor loopback http is left out and returned as a problem for the
    /// publisher (`PackError::InsecureOrigin`). Entries that are not origins at all were
    /// already refused by `parse_config`.
    pub fn embedders(&self) -> (Vec<String>, Vec<PackError>) {
        let mut trusted: Vec<String> = Vec::new();
        let mut refused = Vec::new();
        for o in &self.allowed_origins {
            match normalise_origin(o) {
                Some(n) if is_trusted_embedder(&n) => {
                    if !trusted.contains(&n) {
                        trusted.push(n);
                    }
                }
                Some(_) => refused.push(PackError::InsecureOrigin(o.clone())),
                None => refused.push(PackError::NotAnOrigin(o.clone())),
            }
        }
        (trusted, refused)
    }
}

/// `scheme://host[:port]` and nothing more (a trailing slash is tolerated), as browsers
/// report a sender's origin.
pub fn is_origin(o: &str) -> bool {
    normalise_origin(o).is_some()
}

/// An origin written the way browsers report `MessageEvent.origin`: scheme and host in lower
/// case, no default port (`:443` for https, `:80` for http), no trailing slash. `None` when `o`
/// is not an origin: another scheme, a path, a query, a fragment, user info, a wildcard, an
/// empty or malformed host or port. Hosts are ASCII (an internationalised name is written as
/// browsers report it, `xn--…`).
pub fn normalise_origin(o: &str) -> Option<String> {
    let o = o.strip_suffix('/').unwrap_or(o);
    let (scheme, rest) = o.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let (host, port) = match rest.strip_prefix('[') {
        // An IPv6 address: `[::1]`, `[::1]:8080`.
        Some(v6) => {
            let (addr, tail) = v6.split_once(']')?;
            let ok = !addr.is_empty()
                && addr.contains(':')
                && addr
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
            if !ok {
                return None;
            }
            let port = match tail {
                "" => None,
                t => Some(t.strip_prefix(':')?),
            };
            (format!("[{}]", addr.to_ascii_lowercase()), port)
        }
        None => {
            let (host, port) = match rest.split_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (rest, None),
            };
            let ok = !host.is_empty()
                && !host.starts_with(['.', '-'])
                && !host.contains("..")
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
            if !ok {
                return None;
            }
            (host.to_ascii_lowercase(), port)
        }
    };
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            match p.parse::<u16>().ok()? {
                0 => return None,
                n if n == default_port => None,
                n => Some(n),
            }
        }
        Some(_) => return None,
    };
    Some(match port {
        Some(n) => format!("{scheme}://{host}:{n}"),
        None => format!("{scheme}://{host}"),
    })
}

/// A normalised origin that may embed the app: https, or plain http on this machine only
/// (`localhost`, `127.0.0.1`, `[::1]`, any port), for trying things out.
pub fn is_trusted_embedder(normalised: &str) -> bool {
    match normalised.strip_prefix("http://") {
        None => normalised.starts_with("https://"),
        Some(rest) => {
            let host = match rest.strip_prefix("[::1]") {
                Some("") => return true,
                Some(port) => return port.starts_with(':'),
                None => rest.split(':').next().unwrap_or(""),
            };
            matches!(host, "localhost" | "127.0.0.1")
        }
    }
}

/// A path on the app's own origin: relative ("packs/pool.json") or rooted ("/packs/…"), never
/// a URL with a scheme or another host.
pub fn is_local_path(p: &str) -> bool {
    let p = p.trim();
    !p.is_empty()
        && !p.starts_with("//")
        && !p.contains('\\')
        && !p.split('/').next().unwrap_or("").contains(':')
        && !p.chars().any(char::is_control)
}

/// What is wrong with the publisher's configuration or one of its files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// Not valid JSON, or not the documented shape (the parser's message).
    #[error("not in the documented format: {0}")]
    Format(String),
    #[error("\"{0}\" is not a path on this site")]
    NotLocal(String),
    #[error("\"{0}\" is not an origin (https://host or https://host:port)")]
    NotAnOrigin(String),
    /// An embedding origin that is plain http on another machine: its pages can be altered on
    /// the way, so it is ignored (https, or http on localhost / 127.0.0.1 / [::1] only).
    #[error(
        "\"{0}\" is not https (plain http is allowed only for localhost, 127.0.0.1 and [::1])"
    )]
    InsecureOrigin(String),
    /// `?pack=` names a pack the publisher did not declare in `profile_packs`: not fetched.
    #[error("\"{0}\" is not one of the publisher's packs (profile_packs)")]
    Undeclared(String),
    /// The site has no such file.
    #[error("not found")]
    NotFound,
    /// The file could not be fetched.
    #[error("could not be fetched: {0}")]
    Fetch(FetchFailure),
    /// A profile in the pack fails validation; the first problem, and how many there are.
    #[error("{count} problem(s), the first on line {}: {:?}", .first.line, .first.problem)]
    Invalid { first: Issue, count: usize },
    /// A replacement programme rule set that does not load (the loader's message); the
    /// built-in rules are used instead.
    #[error("not usable as programme rules: {0}")]
    Rules(crate::DataError),
}

/// Why a file of the site could not be fetched (the site has it, or may have it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FetchFailure {
    /// No answer: offline, or the connection broke.
    #[error("no connection")]
    Network,
    /// The server answered with an error status (not 404).
    #[error("the server answered HTTP {0}")]
    Status(u16),
    /// An answer came but its text could not be read.
    #[error("the answer could not be read")]
    Unreadable,
}

/// A problem with one of the publisher's files, to show: the file and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub file: String,
    pub problem: PackError,
}

pub fn parse_config(text: &str) -> Result<PackConfig, PackError> {
    let c: PackConfig = serde_json::from_str(text.trim_start_matches('\u{FEFF}'))
        .map_err(|e| PackError::Format(e.to_string()))?;
    if let Some(p) = c
        .programmes
        .iter()
        .chain(&c.profile_packs)
        .find(|p| !is_local_path(p))
    {
        return Err(PackError::NotLocal(p.clone()));
    }
    if let Some(o) = c.embed.allowed_origins.iter().find(|o| !is_origin(o)) {
        return Err(PackError::NotAnOrigin(o.clone()));
    }
    Ok(c)
}

/// A pack asked for in the address (`?pack=`) is only one the publisher declared in
/// `profile_packs` (those are loaded anyway): a link cannot make the app read any other file
/// of the site as a list. Paths are compared without a leading `./`.
pub fn requested_pack(config: &PackConfig, p: &str) -> Result<(), PackError> {
    if !is_local_path(p) {
        return Err(PackError::NotLocal(p.to_owned()));
    }
    let plain = |s: &str| s.trim().trim_start_matches("./").to_owned();
    if config.profile_packs.iter().any(|d| plain(d) == plain(p)) {
        Ok(())
    } else {
        Err(PackError::Undeclared(p.to_owned()))
    }
}

/// Reads a profile pack into a read-only list, validated like an import. `taken` holds the
/// ids already in use (samples, other packs).
pub fn pack_set(
    path: &str,
    text: &str,
    cat: &Catalog,
    taken: &[String],
) -> Result<StoredSet, PackError> {
    let file: ProfileFile = serde_json::from_str(text.trim_start_matches('\u{FEFF}'))
        .map_err(|e| PackError::Format(e.to_string()))?;
    let report = validate_records(
        file.profiles,
        cat,
        &ImportOptions {
            taken_ids: taken.to_vec(),
            ..ImportOptions::default()
        },
    );
    if let Some(first) = report.errors.first() {
        return Err(PackError::Invalid {
            first: first.clone(),
            count: report.error_count,
        });
    }
    Ok(StoredSet {
        id: format!("pack:{path}"),
        name: if file.ja.is_empty() { file.en } else { file.ja },
        source: path.to_owned(),
        as_of: file.as_of,
        imported_ms: 0,
        enabled: true,
        fictional: file.fictional,
        standard: cat.standard.edition(),
        records: report.records,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_the_same_site() {
        for ok in [
            "packs/pool.json",
            "./pool.json",
            "/pref/packs/pool.json",
            "data/2027/rules.json",
        ] {
            assert!(is_local_path(ok), "{ok}");
        }
        for bad in [
            "https://evil.example/p.json",
            "//evil.example/p.json",
            "javascript:alert(1)",
            "",
            "C:\\x.json",
            "data:application/json,{}",
        ] {
            assert!(!is_local_path(bad), "{bad}");
        }
        let c = parse_config(
            r#"{"$schema":"docs/schema/dxm-config.schema.json","profile_packs":["packs/a.json"],"hide_samples":true}"#,
        )
        .unwrap();
        assert_eq!(
            (c.profile_packs, c.hide_samples),
            (vec!["packs/a.json".to_owned()], true)
        );
        assert_eq!(
            parse_config(r#"{"profile_packs":["https://x.example/a.json"]}"#),
            Err(PackError::NotLocal("https://x.example/a.json".into()))
        );
        assert!(
            parse_config(r#"{"unknown":1}"#).is_err(),
            "typos in the config are reported"
        );
    }

    #[test]
    fn embedding_origins_must_be_origins() {
        let c = parse_config(
            r#"{"embed":{"allowed_origins":["https://portal.pref.example.lg.jp","http://127.0.0.1:9000/"]}}"#,
        )
        .unwrap();
        assert_eq!(c.embed.allowed_origins.len(), 2);
        for bad in [
            "portal.example.jp",
            "https://portal.example.jp/dxm/",
            "*",
            "https://",
            "javascript:alert(1)",
            "https://user@portal.example.jp",
        ] {
            let text = format!(r#"{{"embed":{{"allowed_origins":["{bad}"]}}}}"#);
            assert_eq!(
                parse_config(&text),
                Err(PackError::NotAnOrigin(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn origins_are_normalised_as_browsers_report_them() {
        for (written, normal) in [
            ("https://portal.example.jp", "https://portal.example.jp"),
            ("https://portal.example.jp/", "https://portal.example.jp"),
            ("HTTPS://Portal.Example.JP", "https://portal.example.jp"),
            ("https://portal.example.jp:443", "https://portal.example.jp"),
            (
                "https://portal.example.jp:443/",
                "https://portal.example.jp",
            ),
            (
                "https://portal.example.jp:8443",
                "https://portal.example.jp:8443",
            ),
            ("http://127.0.0.1:80", "http://127.0.0.1"),
            ("http://127.0.0.1:9000/", "http://127.0.0.1:9000"),
            ("http://[::1]:8080", "http://[::1]:8080"),
            (
                "https://xn--eckwd4c7c.example.jp",
                "https://xn--eckwd4c7c.example.jp",
            ),
        ] {
            assert_eq!(
                normalise_origin(written).as_deref(),
                Some(normal),
                "{written}"
            );
        }
        for bad in [
            "https://portal.example.jp/dxm/",
            "https://portal.example.jp//",
            "https://portal.example.jp:",
            "https://portal.example.jp:0",
            "https://portal.example.jp:99999",
            "https://portal.example.jp:44x",
            "https://ポータル.example.jp",
            "https://[]",
            "https://[::1",
            "ftp://portal.example.jp",
            "https://portal.example.jp?x",
            "https://*.example.jp",
        ] {
            assert_eq!(normalise_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_https_or_loopback_may_embed_others_are_reported_and_ignored() {
        let c = parse_config(
            r#"{"embed":{"allowed_origins":[
                "https://Portal.example.lg.jp:443/",
                "https://portal.example.lg.jp",
                "http://portal.example.lg.jp",
                "http://localhost:8090",
                "http://127.0.0.1",
                "http://[::1]:3000/",
                "http://127.0.0.2",
                "http://localhost.example.jp"
            ]}}"#,
        )
        .unwrap();
        let (trusted, refused) = c.embed.embedders();
        assert_eq!(
            trusted,
            [
                "https://portal.example.lg.jp",
                "http://localhost:8090",
                "http://127.0.0.1",
                "http://[::1]:3000"
            ]
        );
        assert_eq!(
            refused,
            [
                PackError::InsecureOrigin("http://portal.example.lg.jp".into()),
                PackError::InsecureOrigin("http://127.0.0.2".into()),
                PackError::InsecureOrigin("http://localhost.example.jp".into()),
            ]
        );
    }

    #[test]
    fn the_address_asks_only_for_declared_packs() {
        let c = parse_config(r#"{"profile_packs":["packs/pool.json","./packs/b.json"]}"#).unwrap();
        assert_eq!(requested_pack(&c, "packs/pool.json"), Ok(()));
        assert_eq!(requested_pack(&c, "./packs/pool.json"), Ok(()));
        assert_eq!(requested_pack(&c, "packs/b.json"), Ok(()));
        assert_eq!(
            requested_pack(&c, "uploads/evil.json"),
            Err(PackError::Undeclared("uploads/evil.json".into()))
        );
        assert_eq!(
            requested_pack(&c, "https://evil.example/p.json"),
            Err(PackError::NotLocal("https://evil.example/p.json".into()))
        );
        assert_eq!(
            requested_pack(&PackConfig::default(), "packs/pool.json"),
            Err(PackError::Undeclared("packs/pool.json".into()))
        );
    }

    #[test]
    fn a_pack_becomes_a_read_only_list_or_a_clear_error() {
        let cat = Catalog::builtin().unwrap();
        let mut file = crate::samples::generate(&cat.standard, &cat.presets, &cat.geography);
        file.profiles.truncate(2);
        file.ja = "北海道 人材プール".into();
        let text = serde_json::to_string(&file).unwrap();
        let set = pack_set("packs/hokkaido.json", &text, &cat, &[]).unwrap();
        assert_eq!(
            (set.id.as_str(), set.name.as_str(), set.records.len()),
            ("pack:packs/hokkaido.json", "北海道 人材プール", 2)
        );
        // Invented people stay labelled as samples wherever they are shown.
        assert!(file.fictional && set.fictional);
        let (profiles, _) = crate::library::compose(&cat, std::slice::from_ref(&set), true);
        assert!(profiles.len() == 2 && profiles.iter().all(|p| p.sample));
        let taken = vec![file.profiles[0].id.clone()];
        match pack_set("p.json", &text, &cat, &taken) {
            Err(PackError::Invalid { first, count }) => {
                assert_eq!((first.problem, count), (crate::import::Problem::IdTaken, 1));
                assert_eq!(first.value, file.profiles[0].id);
            }
            other => panic!("expected the taken id to be reported, got {other:?}"),
        }
        assert!(matches!(
            pack_set("p.json", "{", &cat, &[]),
            Err(PackError::Format(_))
        ));
    }
}
