//! The `postMessage` contract with a portal that embeds the app (docs/embedding.md): what a
//! host may send (`dxm:load`: a profile pack and/or an assessment) and what the app reports
//! (`dxm:results`). Parsing and validation live here so they are tested natively; the app only
//! moves the messages between the window and these functions.

use crate::catalog::Catalog;
use crate::library::StoredSet;
use crate::matching::{exclusions, Band, Exclusion, ProfileIndex, Query, Ranking};
use crate::pack::{is_trusted_embedder, normalise_origin, pack_set, PackError};
use crate::profile::Profile;
use crate::share::{self, ShareError};
use crate::Assessment;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The contract's version; messages carrying another one are refused.
pub const VERSION: u32 = 1;
/// A data pack handed in by the host is stored under this list id (one at a time).
pub const HOST_PACK_ID: &str = "embed:host";
/// At most this many ranked profiles and excluded profiles are reported.
pub const MAX_RANKED: usize = 50;
pub const MAX_EXCLUDED: usize = 200;

/// Why a host's `dxm:load` was refused. Nothing is applied when any part is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("the message is version {0}; this app speaks version {VERSION}")]
    Version(u64),
    #[error("the message carries neither a pack nor an assessment")]
    Empty,
    #[error("the pack: {0}")]
    Pack(PackError),
    #[error("the assessment is not in the documented format: {0}")]
    AssessmentFormat(String),
    #[error("the assessment: {0}")]
    Assessment(ShareError),
}

impl LoadError {
    /// A stable code for the host's program; the text is for people.
    pub fn code(&self) -> &'static str {
        match self {
            LoadError::Version(_) => "version",
            LoadError::Empty => "empty",
            LoadError::Pack(_) => "pack",
            LoadError::AssessmentFormat(_) | LoadError::Assessment(_) => "assessment",
        }
    }
}

#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    version: Option<u64>,
}

#[derive(Deserialize)]
struct LoadMessage {
    #[serde(default)]
    request_id: Option<serde_json::Value>,
    #[serde(default)]
    pack: Option<serde_json::Value>,
    #[serde(default)]
    assessment: Option<serde_json::Value>,
}

/// A validated `dxm:load`, ready to apply in one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Load {
    pub request_id: Option<serde_json::Value>,
    pub pack: Option<StoredSet>,
    pub assessment: Option<Assessment>,
}

/// `dxm:hello`: a host that the app may not be able to see (no `ancestorOrigins`, no referrer)
/// introduces itself; the app answers with `dxm:ready`.
pub fn is_hello(json: &str) -> bool {
    serde_json::from_str::<Envelope>(json)
        .is_ok_and(|e| e.kind == "dxm:hello" && e.version == Some(u64::from(VERSION)))
}

/// What a host sent: `None` when it is not a `dxm:load` (other messages are ignored, as the
/// contract says); the request id is kept for the reply even when the load is refused.
pub fn parse_host_message(
    json: &str,
    cat: &Catalog,
    taken_ids: &[String],
    new_assessment_id: &str,
) -> Option<Result<Load, (Option<serde_json::Value>, LoadError)>> {
    let env: Envelope = serde_json::from_str(json).ok()?;
    if env.kind != "dxm:load" {
        return None;
    }
    let msg: LoadMessage = serde_json::from_str(json).unwrap_or(LoadMessage {
        request_id: None,
        pack: None,
        assessment: None,
    });
    let id = msg.request_id.clone();
    Some(read_load(msg, env.version, cat, taken_ids, new_assessment_id).map_err(|e| (id, e)))
}

fn read_load(
    msg: LoadMessage,
    version: Option<u64>,
    cat: &Catalog,
    taken_ids: &[String],
    new_assessment_id: &str,
) -> Result<Load, LoadError> {
    match version {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => return Err(LoadError::Version(v)),
        None => return Err(LoadError::Version(0)),
    }
    if msg.pack.is_none() && msg.assessment.is_none() {
        return Err(LoadError::Empty);
    }
    let pack = match &msg.pack {
        None => None,
        Some(v) => Some(
            pack_set(HOST_PACK_ID, &v.to_string(), cat, taken_ids)
                .map(|mut s| {
                    s.id = HOST_PACK_ID.to_owned();
                    s.source = "host".to_owned();
                    s
                })
                .map_err(LoadError::Pack)?,
        ),
    };
    let assessment = match msg.assessment {
        None => None,
        Some(v) => Some(read_assessment(cat, v, new_assessment_id)?),
    };
    Ok(Load {
        request_id: msg.request_id,
        pack,
        assessment,
    })
}

/// An assessment as a share link (the whole URL or the part after `#/share/`) or as the object
/// found in a backup. Either way it goes through the share codec, which checks every value
/// against the catalogue and drops what this version does not know.
pub fn read_assessment(
    cat: &Catalog,
    v: serde_json::Value,
    id: &str,
) -> Result<Assessment, LoadError> {
    let code = match v {
        serde_json::Value::String(s) => match s.rfind("#/share/") {
            Some(at) => s[at + "#/share/".len()..].to_owned(),
            None => s,
        },
        other => {
            let a: Assessment = serde_json::from_value(other)
                .map_err(|e| LoadError::AssessmentFormat(e.to_string()))?;
            share::encode(cat, &a)
        }
    };
    share::decode(cat, &code, id).map_err(LoadError::Assessment)
}

/// One ranked profile as reported to the host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RankedOut {
    pub id: String,
    pub score: u8,
    pub band: &'static str,
    pub band_label: String,
    pub programme: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReasonOut {
    pub code: &'static str,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExcludedOut {
    pub id: String,
    pub reasons: Vec<ReasonOut>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssessmentRef {
    pub id: String,
    pub name: String,
}

/// The body of `dxm:results`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Results {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub version: u32,
    pub assessment: AssessmentRef,
    pub feasible: usize,
    pub matching: usize,
    pub excluded_total: usize,
    pub ranking: Vec<RankedOut>,
    pub excluded: Vec<ExcludedOut>,
}

pub fn band_code(b: Band) -> &'static str {
    match b {
        Band::Best => "best",
        Band::Good => "good",
        Band::Partial => "partial",
        Band::NoMatch => "none",
    }
}

pub fn exclusion_code(e: Exclusion) -> &'static str {
    match e {
        Exclusion::ProgrammeNotSelected => "programme_not_selected",
        Exclusion::NotForPrefectures => "not_for_prefectures",
        Exclusion::PrefecturesOnly => "prefectures_only",
        Exclusion::MetropolitanArea => "metropolitan_area",
        Exclusion::OtherPrefecture => "other_prefecture",
        Exclusion::PopulationAbove(_) => "population_above",
        Exclusion::DurationOutOfRange { .. } => "duration_out_of_range",
        Exclusion::AlreadyUsed => "already_used",
        Exclusion::AlreadyDispatched => "already_dispatched",
        Exclusion::NoOnsite => "no_onsite",
        Exclusion::OutsideCoverage => "outside_coverage",
        Exclusion::NoOnline => "no_online",
        Exclusion::AvailabilityShort { .. } => "availability_short",
        Exclusion::PeriodShort { .. } => "period_short",
    }
}

/// Texts in the user's language, supplied by the app's i18n layer.
pub struct ResultTexts<'a> {
    pub band: &'a dyn Fn(Band) -> String,
    pub exclusion: &'a dyn Fn(Exclusion) -> String,
}

/// `dxm:results` for the ranking on screen: the best profiles in rank order (ties by id, as
/// the ranking itself), then the excluded ones in id order with every reason.
pub fn results(
    a: &Assessment,
    profiles: &[Profile],
    ix: &ProfileIndex,
    q: &Query,
    ranking: &Ranking,
    texts: &ResultTexts,
) -> Results {
    let ranked = ranking
        .top
        .iter()
        .take(MAX_RANKED)
        .map(|r| {
            let p = &profiles[r.profile as usize];
            RankedOut {
                id: p.id.clone(),
                score: r.score(),
                band: band_code(r.band()),
                band_label: (texts.band)(r.band()),
                programme: p.programme.clone(),
            }
        })
        .collect();
    let excluded = ranking
        .excluded_page(ix, 0, MAX_EXCLUDED)
        .into_iter()
        .map(|p| ExcludedOut {
            id: profiles[p as usize].id.clone(),
            reasons: exclusions(ix, q, p as usize)
                .into_iter()
                .map(|e| ReasonOut {
                    code: exclusion_code(e),
                    text: (texts.exclusion)(e),
                })
                .collect(),
        })
        .collect();
    Results {
        kind: "dxm:results",
        version: VERSION,
        assessment: AssessmentRef {
            id: a.id.clone(),
            name: a.name.clone(),
        },
        feasible: ranking.feasible,
        matching: ranking.matching,
        excluded_total: ranking.excluded,
        ranking: ranked,
        excluded,
    }
}

/// The host's origin is one the publisher listed (or the app's own). Both sides are compared
/// normalised (`pack::normalise_origin`: case, default ports, a trailing slash), and a listed
/// origin counts only when it is https or loopback http (`pack::is_trusted_embedder`), whoever
/// built the list.
pub fn origin_allowed(origin: &str, own: &str, allowed: &[String]) -> bool {
    let Some(origin) = normalise_origin(origin) else {
        return false;
    };
    normalise_origin(own).is_some_and(|own| own == origin)
        || allowed
            .iter()
            .any(|a| normalise_origin(a).is_some_and(|a| is_trusted_embedder(&a) && a == origin))
}

/// Whether a page framed by these origins (the parent first, then its ancestors, as
/// `location.ancestorOrigins` lists them; or only the parent, from the referrer) may show
/// itself: every one of them is allowed (`origin_allowed`), as `frame-ancestors` checks every
/// ancestor. `None` when nothing is known (no ancestor origins, no referrer): the host has to
/// prove itself with a message.
pub fn framing_allowed(ancestors: &[String], own: &str, allowed: &[String]) -> Option<bool> {
    if ancestors.is_empty() {
        return None;
    }
    Some(ancestors.iter().all(|o| origin_allowed(o, own, allowed)))
}
