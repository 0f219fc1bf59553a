//! Programme rule sets (地域情報化アドバイザー, 外部人材リスト, 人材プール …), as their sources say.
//!
//! A programme is data: who may apply, a list of rules (limits and conditions, each with the
//! words of its sources and whether it is confirmed), cost notes, how to apply, and the sources
//! themselves with their dates. The engine knows what some rule kinds mean ([`RuleKind`]); a
//! publisher may add rules of kinds it does not know yet, which are shown with their sources but
//! never applied. A rule that is not confirmed from a primary source (要確認) never excludes
//! anybody on its own: it is shown as a warning, and the user may make it a hard rule.
//!
//! Files in the first format (schema 1: a fixed `limits` object and an `unverified` list) are
//! still read and converted (see [`v1`]).

use crate::error::DataError;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Modes {
    pub onsite: bool,
    pub online: bool,
}

/// Whether a statement was confirmed from a primary source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Confirmed,
    /// Not confirmed (要確認): shown as a warning, never a reason to exclude on its own.
    Unverified,
}

impl Status {
    pub fn is_unverified(self) -> bool {
        self == Status::Unverified
    }
}

/// What one source says about a rule, in its own words (Japanese as published).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Id of one of the programme's `sources`.
    pub source: String,
    pub ja: String,
    /// A translation for the English UI (optional).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// This source says something different from the rule as the app applies it (an older or
    /// conflicting statement): shown beside the others, not applied.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub differs: bool,
}

/// The rule kinds the engine understands. A rule of another kind is shown, not applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleKind {
    /// One case (project × person) with on-site support lasts at most `max` days; online
    /// sessions may accompany it.
    OnsiteDaysPerCase,
    /// A case done online only lasts at most `max` hours in total.
    OnlineHoursPerCase,
    /// The same person for the same project at most once per fiscal year.
    OncePerProjectYear,
    /// Several people may be sent together.
    TeamDispatch,
    /// The organisation can use the programme once only.
    OncePerOrganisation,
    /// Invited for at least `min` days in a fiscal year (or the visits of `MinVisitsPerYear`).
    MinDaysPerYear,
    MinVisitsPerYear,
    /// At most `max` consecutive fiscal years.
    ConsecutiveYears,
    /// The engagement lasts between `min` and `max` months.
    DurationMonths,
    /// Organisations of at most `max` people.
    PopulationMax,
    /// The cost is covered for at most `max` persons (a ceiling of the financial support, not of
    /// hiring).
    PersonsCovered,
    /// Serves municipalities of its own prefecture only.
    SamePrefecture,
    /// The people need `min` years of experience (or an equivalent the rule's text names).
    ExperienceYears,
    /// Tied to a company's donation in the same fiscal year.
    SameYearAsDonation,
    /// The person works in the municipality at least half of each month.
    HalfOfEachMonth,
}

impl RuleKind {
    pub const ALL: [RuleKind; 15] = [
        RuleKind::OnsiteDaysPerCase,
        RuleKind::OnlineHoursPerCase,
        RuleKind::OncePerProjectYear,
        RuleKind::TeamDispatch,
        RuleKind::OncePerOrganisation,
        RuleKind::MinDaysPerYear,
        RuleKind::MinVisitsPerYear,
        RuleKind::ConsecutiveYears,
        RuleKind::DurationMonths,
        RuleKind::PopulationMax,
        RuleKind::PersonsCovered,
        RuleKind::SamePrefecture,
        RuleKind::ExperienceYears,
        RuleKind::SameYearAsDonation,
        RuleKind::HalfOfEachMonth,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RuleKind::OnsiteDaysPerCase => "onsite_days_per_case",
            RuleKind::OnlineHoursPerCase => "online_hours_per_case",
            RuleKind::OncePerProjectYear => "once_per_project_year",
            RuleKind::TeamDispatch => "team_dispatch",
            RuleKind::OncePerOrganisation => "once_per_organisation",
            RuleKind::MinDaysPerYear => "min_days_per_year",
            RuleKind::MinVisitsPerYear => "min_visits_per_year",
            RuleKind::ConsecutiveYears => "consecutive_years",
            RuleKind::DurationMonths => "duration_months",
            RuleKind::PopulationMax => "population_max",
            RuleKind::PersonsCovered => "persons_covered",
            RuleKind::SamePrefecture => "same_prefecture",
            RuleKind::ExperienceYears => "experience_years",
            RuleKind::SameYearAsDonation => "same_year_as_donation",
            RuleKind::HalfOfEachMonth => "half_of_each_month",
        }
    }

    pub fn from_id(id: &str) -> Option<RuleKind> {
        RuleKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Which of `min` / `max` the kind needs (the others take none).
    fn bounds(self) -> (bool, bool) {
        match self {
            RuleKind::OnsiteDaysPerCase
            | RuleKind::OnlineHoursPerCase
            | RuleKind::ConsecutiveYears
            | RuleKind::PopulationMax
            | RuleKind::PersonsCovered => (false, true),
            RuleKind::MinDaysPerYear | RuleKind::MinVisitsPerYear | RuleKind::ExperienceYears => {
                (true, false)
            }
            RuleKind::DurationMonths => (true, true),
            _ => (false, false),
        }
    }

    /// A rule that can exclude somebody (the others shape the plan or are notes).
    pub fn is_hard(self) -> bool {
        matches!(
            self,
            RuleKind::OncePerProjectYear
                | RuleKind::OncePerOrganisation
                | RuleKind::DurationMonths
                | RuleKind::PopulationMax
                | RuleKind::SamePrefecture
        )
    }
}

/// One limit or condition of a programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// A [`RuleKind`] id, or a kind of the publisher's own (shown, not applied).
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// The rule in the app's words; when empty the UI phrases a known kind itself.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ja: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// What the sources say, each with its source id; a conflicting one is marked `differs`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub status: Status,
}

impl Rule {
    pub fn known(&self) -> Option<RuleKind> {
        RuleKind::from_id(&self.kind)
    }

    /// The sources disagree: at least one quote differs from the rule as applied.
    pub fn has_conflict(&self) -> bool {
        self.quotes.iter().any(|q| q.differs)
    }

    /// Key of this rule in `MatchSettings::strict` (the user made it a hard rule).
    pub fn key(programme: &str, kind: &str) -> String {
        format!("{programme}/{kind}")
    }
}

/// Which municipalities may use a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MunicipalityScope {
    All,
    /// ① outside the three metropolitan areas, or ② inside them by exception (地域活性化起業人).
    OutsideMetropolitan,
    /// Only municipalities of the prefecture that runs the pool.
    SamePrefecture,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicant {
    Municipality,
    Prefecture,
    RecommendedOrg,
}

/// The municipalities inside the metropolitan prefectures that qualify by exception (②), when a
/// publisher supplies the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExceptionList {
    /// 全国地方公共団体コード (6 digits).
    pub lgcodes: Vec<u32>,
    pub as_of: String,
    /// Id of one of the programme's sources.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    pub applicants: Vec<Applicant>,
    pub municipality_scope: MunicipalityScope,
    /// For `OutsideMetropolitan`: prefectures with areas inside the three metropolitan areas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metropolitan_prefectures: Vec<u8>,
    /// For `OutsideMetropolitan`: the list of ②, if the publisher has one. Without it a
    /// municipality in those prefectures is told to confirm, not excluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exceptions: Option<ExceptionList>,
    pub note_ja: String,
    pub note_en: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub status: Status,
}

/// A note with its sources: a cost rule, or a step of applying.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub ja: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub status: Status,
}

/// Who to turn to, when the UI can name it for the user's organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contact {
    /// The 総合通信局 of the organisation's area.
    RegionalBureau,
    /// The organisation's prefecture.
    Prefecture,
}

impl Contact {
    /// The office to turn to, for an organisation (a municipality or prefecture code).
    pub fn resolve(
        self,
        geo: &crate::geo::Geography,
        lgcode: u32,
        lang: crate::Lang,
    ) -> Option<String> {
        let pref = geo.locality(lgcode)?.pref_code();
        Some(match self {
            Contact::RegionalBureau => {
                let r = geo.region_of(pref)?;
                crate::text::pick(lang, &r.bureau_ja, &r.bureau_en).to_owned()
            }
            Contact::Prefecture => {
                let p = geo.prefecture(pref)?;
                crate::text::pick(lang, &p.name, &p.name_en).to_owned()
            }
        })
    }
}

/// What a step of applying is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Who to contact.
    Contact,
    /// When applications are taken.
    When,
    /// What the application needs.
    Needs,
    /// What is owed afterwards.
    After,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: StepKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(flatten)]
    pub note: Note,
}

/// A document or page the rules come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Id the quotes refer to.
    pub id: String,
    pub ja: String,
    pub en: String,
    /// The page or document itself; empty when it is known only by its title.
    #[serde(default)]
    pub url: String,
    /// Date of the document (YYYY-MM-DD), if it carries one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub published: String,
    /// When this project last read it (YYYY-MM-DD).
    pub checked: String,
}

/// The sheet's first reading of which programmes suit an assessment (`fit.rs`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FitHints {
    /// Short-term advice from registered experts (suits planning phases).
    #[serde(default)]
    pub advice: bool,
    /// An ongoing role: suits these 人材像, or a large required gap.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Aimed at regional revitalisation rather than digital work.
    #[serde(default)]
    pub revitalisation: bool,
    /// The 取組分野 group (presets.json `domain_groups`) it is for …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_group: Option<String>,
    /// … and how well it fits when no field of that group was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without_field_group: Option<crate::fit::Fit>,
}

/// Where people of a list under this programme can work on site when the list does not say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverageDefault {
    /// Their own prefecture only (to be safe).
    #[default]
    BasePrefecture,
    /// Anywhere: the programme sends them nationwide (and pays the travel).
    Nationwide,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub id: String,
    pub ja: String,
    pub en: String,
    /// Other names people write in lists (for imports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub operator_ja: String,
    pub operator_en: String,
    pub fiscal_year: u16,
    pub as_of: String,
    pub summary_ja: String,
    pub summary_en: String,
    pub modes: Modes,
    #[serde(default)]
    pub coverage_default: CoverageDefault,
    #[serde(default)]
    pub rules: Vec<Rule>,
    pub eligibility: Eligibility,
    #[serde(default)]
    pub costs: Vec<Note>,
    #[serde(default)]
    pub apply: Vec<Step>,
    #[serde(default)]
    pub fit: FitHints,
    pub sources: Vec<SourceRef>,
}

impl Programme {
    /// The first rule of a known kind.
    pub fn rule(&self, kind: RuleKind) -> Option<&Rule> {
        self.rules.iter().find(|r| r.known() == Some(kind))
    }

    pub fn rule_index(&self, kind: RuleKind) -> Option<usize> {
        self.rules.iter().position(|r| r.known() == Some(kind))
    }

    pub fn max_of(&self, kind: RuleKind) -> Option<u32> {
        self.rule(kind).and_then(|r| r.max)
    }

    pub fn min_of(&self, kind: RuleKind) -> Option<u32> {
        self.rule(kind).and_then(|r| r.min)
    }

    pub fn has(&self, kind: RuleKind) -> bool {
        self.rule(kind).is_some()
    }

    pub fn source(&self, id: &str) -> Option<&SourceRef> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Anything about the programme not confirmed from a primary source.
    pub fn has_unverified(&self) -> bool {
        self.eligibility.status.is_unverified()
            || self.rules.iter().any(|r| r.status.is_unverified())
            || self.costs.iter().any(|c| c.status.is_unverified())
    }

    /// The sources whose words conflict on some rule.
    pub fn has_conflict(&self) -> bool {
        self.rules.iter().any(Rule::has_conflict)
    }

    /// The conditions a user may choose to apply as hard rules (`MatchSettings::set_strict`):
    /// who may apply, when no source confirms it or it turns on a list of exceptions nobody
    /// supplied, and each rule that would exclude someone but no source confirms. Each with its
    /// key; the rule is `None` for who may apply.
    pub fn strict_choices(&self) -> Vec<(String, Option<&Rule>)> {
        let e = &self.eligibility;
        let eligibility = e.status.is_unverified()
            || (e.municipality_scope == MunicipalityScope::OutsideMetropolitan
                && e.exceptions.is_none());
        eligibility
            .then(|| (Rule::key(&self.id, "eligibility"), None))
            .into_iter()
            .chain(
                self.rules
                    .iter()
                    .filter(|r| {
                        r.status.is_unverified() && r.known().is_some_and(RuleKind::is_hard)
                    })
                    .map(|r| (Rule::key(&self.id, &r.kind), Some(r))),
            )
            .collect()
    }

    /// A source as cited beside a rule: its title, and the document's date when it has one.
    pub fn cite(&self, id: &str, lang: crate::Lang) -> String {
        match self.source(id) {
            Some(s) if s.published.is_empty() => crate::text::pick(lang, &s.ja, &s.en).to_owned(),
            Some(s) => format!(
                "{}{}",
                crate::text::pick(lang, &s.ja, &s.en),
                crate::text::paren(lang, &s.published)
            ),
            None => id.to_owned(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammeFile {
    /// Read before the rest (see `from_json`).
    #[serde(rename = "schema")]
    _schema: u8,
    /// Where an editor finds the JSON Schema (ignored).
    #[serde(rename = "$schema", default)]
    _schema_url: Option<String>,
    id: String,
    fiscal_year: u16,
    as_of: String,
    note_ja: String,
    note_en: String,
    programmes: Vec<Programme>,
}

#[derive(Debug, Clone)]
pub struct ProgrammeSet {
    pub id: String,
    pub fiscal_year: u16,
    pub as_of: String,
    pub note_ja: String,
    pub note_en: String,
    pub programmes: Vec<Programme>,
    /// The file was in the first format and was converted (the UI says so).
    pub converted_from_v1: bool,
}

pub const SCHEMA: u8 = 2;

impl ProgrammeSet {
    pub const FILE: &'static str = "programmes.json";

    /// No programmes (the first screen's catalogue, before the rules are read).
    pub fn empty() -> Self {
        ProgrammeSet {
            id: String::new(),
            fiscal_year: 0,
            as_of: String::new(),
            note_ja: String::new(),
            note_en: String::new(),
            programmes: Vec::new(),
            converted_from_v1: false,
        }
    }

    pub fn from_json(file: &str, json: &str) -> Result<Self, DataError> {
        // Only the format number first (everything else skipped unread).
        #[derive(Deserialize)]
        struct Probe {
            #[serde(default)]
            schema: Option<u64>,
        }
        let probe: Probe = serde_json::from_str(json).map_err(|e| DataError::json(file, &e))?;
        let (raw, converted) = match probe.schema {
            None | Some(1) => (v1::convert(file, json)?, true),
            Some(2) => (
                serde_json::from_str::<ProgrammeFile>(json)
                    .map_err(|e| DataError::json(file, &e))?,
                false,
            ),
            Some(n) => {
                return Err(DataError::invalid(
                    file,
                    "schema",
                    format!("format {n} is newer than this app understands (up to {SCHEMA})"),
                ))
            }
        };
        let mut ids = HashSet::new();
        for p in &raw.programmes {
            if !ids.insert(p.id.as_str()) {
                return Err(DataError::DuplicateId {
                    file: file.into(),
                    id: p.id.clone(),
                });
            }
            validate(file, p)?;
        }
        if !is_iso_date(&raw.as_of) {
            return Err(DataError::invalid(
                file,
                "as_of",
                format!("\"{}\" is not a YYYY-MM-DD date", raw.as_of),
            ));
        }
        Ok(ProgrammeSet {
            id: raw.id,
            fiscal_year: raw.fiscal_year,
            as_of: raw.as_of,
            note_ja: raw.note_ja,
            note_en: raw.note_en,
            programmes: raw.programmes,
            converted_from_v1: converted,
        })
    }

    pub fn get(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }
}

fn validate(file: &str, p: &Programme) -> Result<(), DataError> {
    let bad = |m: String| Err(DataError::invalid(file, &p.id, m));
    if !(2000..=2100).contains(&p.fiscal_year) {
        return bad(format!("fiscal_year {} is implausible", p.fiscal_year));
    }
    if !is_iso_date(&p.as_of) {
        return bad(format!("as_of \"{}\" is not a YYYY-MM-DD date", p.as_of));
    }
    if p.sources.is_empty() {
        return bad("a rule set needs at least one source".into());
    }
    let mut source_ids = HashSet::new();
    for s in &p.sources {
        if !source_ids.insert(s.id.as_str()) {
            return bad(format!("source id \"{}\" is used twice", s.id));
        }
        if !is_iso_date(&s.checked) || !(s.published.is_empty() || is_iso_date(&s.published)) {
            return bad(format!("source \"{}\": dates must be YYYY-MM-DD", s.id));
        }
        if !(s.url.is_empty() || s.url.starts_with("https://") || s.url.starts_with("http://")) {
            return bad(format!("source \"{}\": url must be http(s)", s.id));
        }
    }
    if !p.modes.onsite && !p.modes.online {
        return bad("neither on-site nor online engagement is possible".into());
    }
    let quotes_ok = |quotes: &[Quote], what: &str| -> Result<(), DataError> {
        match quotes
            .iter()
            .find(|q| !source_ids.contains(q.source.as_str()))
        {
            Some(q) => Err(DataError::invalid(
                file,
                &p.id,
                format!("{what}: quote names unknown source \"{}\"", q.source),
            )),
            None => Ok(()),
        }
    };
    let mut kinds = HashSet::new();
    for r in &p.rules {
        let what = format!("rule \"{}\"", r.kind);
        if r.kind.trim().is_empty() {
            return bad("a rule without a kind".into());
        }
        if !kinds.insert(r.kind.as_str()) {
            return bad(format!("{what} is given twice"));
        }
        quotes_ok(&r.quotes, &what)?;
        match r.known() {
            Some(k) => {
                let ok = match (k.bounds(), r.min.is_some(), r.max.is_some()) {
                    // A range: either end, or both.
                    ((true, true), lo, hi) => lo || hi,
                    ((want_lo, want_hi), lo, hi) => want_lo == lo && want_hi == hi,
                };
                if !ok {
                    let needs = match k.bounds() {
                        (true, true) => "min and/or max",
                        (true, false) => "min (and no max)",
                        (false, true) => "max (and no min)",
                        (false, false) => "neither min nor max",
                    };
                    return bad(format!("{what} takes {needs}"));
                }
                if let (Some(lo), Some(hi)) = (r.min, r.max) {
                    if lo > hi {
                        return bad(format!("{what}: {lo}–{hi} is inverted"));
                    }
                }
            }
            // A kind the app does not know must say what it means.
            None if r.ja.trim().is_empty() => {
                return bad(format!(
                    "{what} is not a kind this app knows, so it needs \"ja\""
                ))
            }
            None => {}
        }
    }
    let e = &p.eligibility;
    if e.applicants.is_empty() {
        return bad("eligibility names no applicant".into());
    }
    quotes_ok(&e.quotes, "eligibility")?;
    if let Some(x) = &e.exceptions {
        if !source_ids.contains(x.source.as_str()) || !is_iso_date(&x.as_of) {
            return bad("eligibility.exceptions needs a known source and an as_of date".into());
        }
        if let Some(c) = x.lgcodes.iter().find(|c| !(10_000..1_000_000).contains(*c)) {
            return bad(format!(
                "eligibility.exceptions: \"{c}\" is not a 6-digit code"
            ));
        }
    }
    for c in &p.costs {
        quotes_ok(&c.quotes, "cost")?;
    }
    for s in &p.apply {
        quotes_ok(&s.note.quotes, "apply")?;
    }
    Ok(())
}

/// `YYYY-MM-DD` with a plausible month and day.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    matches!((num(0..4), num(5..7), num(8..10)), (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d))
}

/// The first file format (until 2026-11): a fixed `limits` object, free-text `limits_ja`/`cost_ja`
/// and a list of `unverified` top-level fields. Converted rule by rule; every limit keeps the
/// file's own wording, and whatever was listed as unverified stays unverified.
pub mod v1 {
    use super::*;

    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Limits {
        onsite_visits_per_year: Option<u16>,
        online_hours_total: Option<u16>,
        min_days_per_year: Option<u16>,
        min_visits_per_year: Option<u16>,
        max_consecutive_years: Option<u8>,
        duration_months_min: Option<u16>,
        duration_months_max: Option<u16>,
        max_persons: Option<u8>,
        min_experience_years: Option<u8>,
        population_max: Option<u32>,
        #[serde(default)]
        same_person_once_per_year: bool,
        #[serde(default)]
        team_dispatch: bool,
        #[serde(default)]
        once_per_municipality: bool,
        #[serde(default)]
        same_prefecture_only: bool,
        #[serde(default)]
        same_fiscal_year_as_donation: bool,
    }

    #[derive(Debug, Clone, Deserialize)]
    struct Eligibility1 {
        applicants: Vec<Applicant>,
        municipality_scope: MunicipalityScope,
        #[serde(default)]
        metropolitan_prefectures: Vec<u8>,
        note_ja: String,
        note_en: String,
    }

    #[derive(Debug, Clone, Deserialize)]
    struct Source1 {
        ja: String,
        en: String,
        url: String,
    }

    #[derive(Debug, Clone, Deserialize)]
    struct Programme1 {
        id: String,
        ja: String,
        en: String,
        operator_ja: String,
        operator_en: String,
        fiscal_year: u16,
        as_of: String,
        summary_ja: String,
        summary_en: String,
        modes: Modes,
        limits: Limits,
        limits_ja: String,
        limits_en: String,
        eligibility: Eligibility1,
        cost_ja: String,
        cost_en: String,
        sources: Vec<Source1>,
        unverified: Vec<String>,
    }

    #[derive(Debug, Clone, Deserialize)]
    struct File1 {
        id: String,
        fiscal_year: u16,
        as_of: String,
        note_ja: String,
        note_en: String,
        programmes: Vec<Programme1>,
    }

    const FIELDS: [&str; 3] = ["limits", "eligibility", "cost"];

    pub(super) fn convert(file: &str, json: &str) -> Result<ProgrammeFile, DataError> {
        let raw: File1 = serde_json::from_str(json).map_err(|e| DataError::json(file, &e))?;
        let programmes = raw
            .programmes
            .into_iter()
            .map(|p| convert_one(file, p))
            .collect::<Result<_, _>>()?;
        Ok(ProgrammeFile {
            _schema: SCHEMA,
            _schema_url: None,
            id: raw.id,
            fiscal_year: raw.fiscal_year,
            as_of: raw.as_of,
            note_ja: raw.note_ja,
            note_en: raw.note_en,
            programmes,
        })
    }

    fn convert_one(file: &str, p: Programme1) -> Result<Programme, DataError> {
        if let Some(f) = p.unverified.iter().find(|f| !FIELDS.contains(&f.as_str())) {
            return Err(DataError::invalid(
                file,
                &p.id,
                format!("unverified field \"{f}\" is not one of limits, eligibility, cost"),
            ));
        }
        let status = |field: &str| {
            if p.unverified.iter().any(|f| f == field) {
                Status::Unverified
            } else {
                Status::Confirmed
            }
        };
        let sources: Vec<SourceRef> = p
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceRef {
                id: format!("s{}", i + 1),
                ja: s.ja.clone(),
                en: s.en.clone(),
                url: s.url.clone(),
                published: String::new(),
                checked: p.as_of.clone(),
            })
            .collect();
        // The file's own wording of its limits stays with every rule made from them.
        let quote = |ja: &str, en: &str| -> Vec<Quote> {
            sources
                .first()
                .filter(|_| !ja.is_empty())
                .map(|s| Quote {
                    source: s.id.clone(),
                    ja: ja.to_owned(),
                    en: en.to_owned(),
                    differs: false,
                })
                .into_iter()
                .collect()
        };
        let l = &p.limits;
        let rule = |kind: RuleKind, min: Option<u32>, max: Option<u32>| Rule {
            kind: kind.id().to_owned(),
            min,
            max,
            ja: String::new(),
            en: String::new(),
            quotes: quote(&p.limits_ja, &p.limits_en),
            status: status("limits"),
        };
        let mut rules = Vec::new();
        let mut add = |on: bool, kind: RuleKind, min: Option<u32>, max: Option<u32>| {
            if on {
                rules.push(rule(kind, min, max));
            }
        };
        // Schema 1 called the per-case budget of 地域情報化アドバイザー "visits per year" and
        // "hours in total"; both were meant for one engagement.
        add(
            l.onsite_visits_per_year.is_some(),
            RuleKind::OnsiteDaysPerCase,
            None,
            l.onsite_visits_per_year.map(u32::from),
        );
        add(
            l.online_hours_total.is_some(),
            RuleKind::OnlineHoursPerCase,
            None,
            l.online_hours_total.map(u32::from),
        );
        add(
            l.same_person_once_per_year,
            RuleKind::OncePerProjectYear,
            None,
            None,
        );
        add(l.team_dispatch, RuleKind::TeamDispatch, None, None);
        add(
            l.once_per_municipality,
            RuleKind::OncePerOrganisation,
            None,
            None,
        );
        add(
            l.min_days_per_year.is_some(),
            RuleKind::MinDaysPerYear,
            l.min_days_per_year.map(u32::from),
            None,
        );
        add(
            l.min_visits_per_year.is_some(),
            RuleKind::MinVisitsPerYear,
            l.min_visits_per_year.map(u32::from),
            None,
        );
        add(
            l.max_consecutive_years.is_some(),
            RuleKind::ConsecutiveYears,
            None,
            l.max_consecutive_years.map(u32::from),
        );
        add(
            l.duration_months_min.is_some() || l.duration_months_max.is_some(),
            RuleKind::DurationMonths,
            l.duration_months_min.map(u32::from),
            l.duration_months_max.map(u32::from),
        );
        add(
            l.population_max.is_some(),
            RuleKind::PopulationMax,
            None,
            l.population_max,
        );
        add(
            l.max_persons.is_some(),
            RuleKind::PersonsCovered,
            None,
            l.max_persons.map(u32::from),
        );
        add(l.same_prefecture_only, RuleKind::SamePrefecture, None, None);
        add(
            l.min_experience_years.is_some(),
            RuleKind::ExperienceYears,
            l.min_experience_years.map(u32::from),
            None,
        );
        add(
            l.same_fiscal_year_as_donation,
            RuleKind::SameYearAsDonation,
            None,
            None,
        );
        let e = p.eligibility;
        Ok(Programme {
            id: p.id,
            ja: p.ja,
            en: p.en,
            aliases: Vec::new(),
            operator_ja: p.operator_ja,
            operator_en: p.operator_en,
            fiscal_year: p.fiscal_year,
            as_of: p.as_of.clone(),
            summary_ja: p.summary_ja,
            summary_en: p.summary_en,
            modes: p.modes,
            coverage_default: CoverageDefault::BasePrefecture,
            rules,
            eligibility: Eligibility {
                applicants: e.applicants,
                municipality_scope: e.municipality_scope,
                metropolitan_prefectures: e.metropolitan_prefectures,
                exceptions: None,
                note_ja: e.note_ja,
                note_en: e.note_en,
                quotes: Vec::new(),
                status: status("eligibility"),
            },
            costs: vec![Note {
                ja: p.cost_ja,
                en: p.cost_en,
                quotes: Vec::new(),
                status: status("cost"),
            }],
            apply: Vec::new(),
            fit: FitHints::default(),
            sources,
        })
    }
}
