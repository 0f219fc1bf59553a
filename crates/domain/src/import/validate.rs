//! Checking every row of a mapped table and turning it into profile records. Each problem names
//! the row, the column, the value and what to do; a report with any error must not be applied.

use super::fields::Field;
use super::pii::{redact, PiiKind};
use super::values::{self, list_pieces, read_list, Vocab};
use super::{Row, Table};
use crate::catalog::Catalog;
use crate::fnv::FnvMap;
use crate::level::Level;
use crate::profile::{check_all, Basis, Coverage, ProfileRecord, Skills};
use crate::programme::{CoverageDefault, Modes};
use crate::text::fold;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOptions {
    /// Programme of rows that name none (e.g. a prefecture's pool list).
    #[serde(default)]
    pub default_programme: Option<String>,
    /// Prefix of the ids given to rows when no id column is mapped.
    #[serde(default)]
    pub id_prefix: String,
    /// Ids already used by other stored lists; a row may not reuse one.
    #[serde(default)]
    pub taken_ids: Vec<String>,
}

/// What is wrong (errors) or worth knowing (warnings). Rendered by the UI with a fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum Problem {
    /// Two columns are mapped to the same field.
    DuplicateMapping(Field),
    /// No column gives skill levels, nor anything to infer them from (fields, 人材像,
    /// qualifications, expertise).
    NoSkillColumn,
    /// A required value is empty.
    Empty(Field),
    UnknownLevel,
    UnknownProgramme,
    /// Both yes/no columns say no: the person works neither on site nor online.
    UnknownModes,
    UnknownSkill,
    /// The same id appears again (first on this line).
    DuplicateId(usize),
    /// The id is used by another stored list.
    IdTaken,
    // Warnings: the value is left out (in whole or in part) or a default is used, and the
    // report says so.
    UnknownPrefecture,
    /// A piece of the coverage names no place (the rest was read).
    UnknownArea,
    /// A piece of the 人材像 cell names no 人材像 (the rest was read).
    UnknownPersona,
    UnknownDomain,
    UnknownQualification,
    UnknownAffiliation,
    UnknownDays,
    UnknownPeriod,
    NotANumber,
    /// Neither a level nor anything to infer one from: matched on fields, region and ways of
    /// working only.
    NoSkills,
    NoPersona,
    CoverageDefaulted,
    ModesDefaulted,
    /// 「近隣県」 (or 「県内」) read as these prefectures (the value lists them).
    NearbyRead,
    /// A row above the header (a title) or below the data (a note): not imported.
    SkippedTitle,
    SkippedNote,
    // Header notes (line 0): how the whole list was read.
    /// Recognised as a publisher's layout (crosswalk.json `layouts` id).
    Layout(String),
    /// The list has no column for this; what was assumed instead.
    NoColumn(Field),
    /// Levels were inferred from field tags, free text or qualifications for this many people.
    LevelsInferred(usize),
    /// The affiliation column gives only the kind; its names and titles are not kept.
    NameNotKept,
    /// The base was read from the affiliation for this many people (no base column).
    BaseFromAffiliation(usize),
    /// Personal data found in text and removed before storing.
    PersonalDataRemoved(PiiKind),
    /// A column holding personal data is never read.
    PersonalColumn(PiiKind),
    /// A record the catalogue refuses for another reason (the message is the value).
    Invalid,
    /// The text holds characters that could not be decoded (the wrong encoding was used).
    Undecodable,
    /// The id is personal data (an e-mail address, a phone number …).
    PersonalId(PiiKind),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    /// 1-based line (CSV) or row (sheet) of the file; 0 for the header/mapping.
    pub line: usize,
    /// Header of the column concerned ("" when none).
    pub column: String,
    /// The offending value (never personal data; shortened).
    pub value: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The records to apply: all rows, or none when there is any error.
    pub records: Vec<ProfileRecord>,
    /// How many records there are to apply (kept when a worker holds `records` back).
    #[serde(default)]
    pub accepted: usize,
    /// At most `MAX_LISTED` of each, with the full counts beside them.
    pub errors: Vec<Issue>,
    pub error_count: usize,
    pub warnings: Vec<Issue>,
    pub warning_count: usize,
    /// Data rows read (blank rows are not counted).
    pub rows: usize,
}

impl Report {
    /// True when the import may be applied: something to import and no error.
    pub fn is_ok(&self) -> bool {
        self.error_count == 0 && self.accepted > 0
    }
}

pub const MAX_LISTED: usize = 1000;
/// How often `validate_with_progress` reports.
pub const PROGRESS_EVERY: usize = 500;

/// A cell's value as a report may repeat it: personal data in it removed first (a report is
/// shown, printed and kept in notices), then cut to 60 characters.
fn shorten(s: &str) -> String {
    let (found, clean) = super::pii::redact(s);
    let s = if found.is_empty() { s } else { clean.as_str() };
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

struct Sink {
    errors: Vec<Issue>,
    error_count: usize,
    warnings: Vec<Issue>,
    warning_count: usize,
}

impl Sink {
    /// The report: the records only when nothing was wrong (an import is all or nothing).
    fn into_report(self, records: Vec<ProfileRecord>, rows: usize) -> Report {
        let records = if self.error_count == 0 {
            records
        } else {
            Vec::new()
        };
        Report {
            accepted: records.len(),
            records,
            errors: self.errors,
            error_count: self.error_count,
            warnings: self.warnings,
            warning_count: self.warning_count,
            rows,
        }
    }

    fn error(&mut self, line: usize, column: &str, value: &str, problem: Problem) {
        self.error_count += 1;
        if self.errors.len() < MAX_LISTED {
            self.errors.push(Issue {
                line,
                column: column.to_owned(),
                value: shorten(value),
                problem,
            });
        }
    }
    fn warn(&mut self, line: usize, column: &str, value: &str, problem: Problem) {
        self.warning_count += 1;
        if self.warnings.len() < MAX_LISTED {
            self.warnings.push(Issue {
                line,
                column: column.to_owned(),
                value: shorten(value),
                problem,
            });
        }
    }
}

/// Checks the mapped table and builds records. Pure and deterministic; never panics.
pub fn validate(table: &Table, mapping: &[Field], cat: &Catalog, opts: &ImportOptions) -> Report {
    validate_with_progress(table, mapping, cat, opts, &mut |_, _| {})
}

/// How many people something was done for, counted over the rows (for the header notes).
#[derive(Default)]
struct Tally {
    inferred: usize,
    base_from_affiliation: usize,
}

/// What every row reads the same way: the columns of each field and the defaults.
struct Plan<'a> {
    table: &'a Table,
    mapping: &'a [Field],
    col: FnvMap<&'a Field, usize>,
    /// Per column: a skill column whose item the standard has.
    known_skill: Vec<bool>,
    vocab: Vocab<'a>,
    programme: Option<String>,
    opts: &'a ImportOptions,
}

impl Plan<'_> {
    fn header(&self, c: usize) -> &str {
        self.table.headers.get(c).map_or("", String::as_str)
    }
    fn col(&self, f: &Field) -> Option<usize> {
        self.col.get(f).copied()
    }
    /// (header, cell) of a single-column field in a row.
    fn get<'r>(&'r self, row: &'r Row, f: &Field) -> Option<(&'r str, &'r str)> {
        self.col(f)
            .map(|c| (self.header(c), self.table.cell(row, c)))
    }
    fn has(&self, f: &Field) -> bool {
        self.col.contains_key(f)
    }
}

/// `validate`, telling `progress(done, total)` every `PROGRESS_EVERY` rows.
pub fn validate_with_progress(
    table: &Table,
    mapping: &[Field],
    cat: &Catalog,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    let mut sink = Sink {
        errors: Vec::new(),
        error_count: 0,
        warnings: Vec::new(),
        warning_count: 0,
    };
    let header = |c: usize| table.headers.get(c).map_or("", String::as_str);
    let layout = super::layout::detect(&table.headers, cat);
    if let Some(l) = layout {
        sink.warn(0, "", "", Problem::Layout(l.id.clone()));
    }
    for s in &table.skipped {
        let problem = match s.kind {
            super::SkipKind::Title => Problem::SkippedTitle,
            super::SkipKind::Note => Problem::SkippedNote,
        };
        sink.warn(s.line, "", &s.text, problem);
    }

    // Text decoded with the wrong encoding: nothing in it can be trusted.
    let garbled = |s: &String| s.contains('\u{FFFD}');
    if table.headers.iter().any(garbled)
        || table
            .rows
            .iter()
            .take(20)
            .any(|r| r.cells.iter().any(garbled))
    {
        sink.error(0, "", "", Problem::Undecodable);
    }

    // Mapping-level checks.
    let mut col: FnvMap<&Field, usize> = FnvMap::default();
    for (c, f) in mapping.iter().enumerate() {
        if let Field::Personal(kind) = f {
            sink.warn(0, header(c), "", Problem::PersonalColumn(*kind));
            continue;
        }
        if f.is_single() && col.insert(f, c).is_some() {
            sink.error(0, header(c), "", Problem::DuplicateMapping(f.clone()));
        }
    }
    let has_skills = mapping
        .iter()
        .any(|f| matches!(f, Field::Skill(_) | Field::SkillList));
    // Lists without DSS-P levels are the rule (levels are inferred); a list with nothing at all
    // to match on — no levels, fields, 人材像, qualifications or expertise — is a wrong file or
    // a wrong reading of it (a garbled encoding, the wrong header row).
    let has_clues = mapping.iter().any(|f| {
        matches!(
            f,
            Field::Domains | Field::Personas | Field::Qualifications | Field::Expertise
        )
    });
    if !has_skills && !has_clues {
        sink.error(0, "", "", Problem::NoSkillColumn);
    } else if !has_skills {
        sink.warn(0, "", "", Problem::NoColumn(Field::SkillList));
    }
    if let Some(&c) = col.get(&Field::Affiliation) {
        sink.warn(0, header(c), "", Problem::NameNotKept);
    }
    let programme = opts
        .default_programme
        .as_deref()
        .or(layout.map(|l| l.programme.as_str()))
        .and_then(|p| cat.programmes.get(p))
        .map(|p| p.id.clone());
    for f in [Field::Personas, Field::BasePrefecture, Field::Coverage] {
        if !col.contains_key(&f) {
            sink.warn(0, "", "", Problem::NoColumn(f));
        }
    }
    if ![Field::Modes, Field::Onsite, Field::Online]
        .iter()
        .any(|f| col.contains_key(f))
    {
        sink.warn(0, "", "", Problem::NoColumn(Field::Modes));
    }
    let plan = Plan {
        table,
        mapping,
        col,
        known_skill: mapping
            .iter()
            .map(|f| matches!(f, Field::Skill(code) if cat.standard.idx(code).is_some()))
            .collect(),
        vocab: Vocab::new(cat),
        programme,
        opts,
    };
    let id_col = plan.col(&Field::Id);
    let taken: std::collections::HashSet<&str> =
        opts.taken_ids.iter().map(String::as_str).collect();
    let mut seen_ids: HashMap<String, usize> = HashMap::with_capacity(table.rows.len());
    let mut records = Vec::with_capacity(table.rows.len());
    let mut rows = 0;
    let mut tally = Tally::default();

    let total = table.rows.len();
    for (n, row) in table.rows.iter().enumerate() {
        if n % PROGRESS_EVERY == 0 {
            progress(n, total);
        }
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows += 1;
        let errors_before = sink.error_count;
        if let Some(rec) = read_row(&plan, row, &mut sink, &mut tally) {
            // Ids: unique in the file and not used by another stored list.
            let id_header = id_col.map_or("", header);
            if let Some(first) = seen_ids.get(&rec.id) {
                sink.error(row.line, id_header, &rec.id, Problem::DuplicateId(*first));
            } else {
                seen_ids.insert(rec.id.clone(), row.line);
                if taken.contains(rec.id.as_str()) {
                    sink.error(row.line, id_header, &rec.id, Problem::IdTaken);
                }
            }
            if sink.error_count == errors_before {
                records.push(rec);
            }
        }
    }
    if tally.inferred > 0 {
        sink.warn(0, "", "", Problem::LevelsInferred(tally.inferred));
    }
    if tally.base_from_affiliation > 0 {
        sink.warn(
            0,
            "",
            "",
            Problem::BaseFromAffiliation(tally.base_from_affiliation),
        );
    }
    // The records must also pass the catalogue's own validation; any disagreement is an error.
    if sink.error_count == 0 {
        if let Err(e) = check_all("import", &records, &cat.refs()) {
            sink.error(0, "", &e.to_string(), Problem::UnknownSkill);
        }
    }
    // Header notes first, then the rows in order.
    sink.warnings.sort_by_key(|w| w.line);
    sink.into_report(records, rows)
}

fn read_row(
    plan: &Plan<'_>,
    row: &Row,
    sink: &mut Sink,
    tally: &mut Tally,
) -> Option<ProfileRecord> {
    let cat = plan.vocab.catalog();
    let vocab = &plan.vocab;
    let line = row.line;
    let get = |f: &Field| plan.get(row, f);
    let errors_before = sink.error_count;

    let id = match plan.col(&Field::Id) {
        Some(c) => {
            let v = plan.table.cell(row, c);
            if v.is_empty() {
                sink.error(line, plan.header(c), "", Problem::Empty(Field::Id));
            }
            if let Some(k) = super::pii::value_kind(v) {
                // Never kept, and not repeated in the report either.
                sink.error(line, plan.header(c), "", Problem::PersonalId(k));
                String::new()
            } else {
                v.to_owned()
            }
        }
        None => format!(
            "{}{:05}",
            if plan.opts.id_prefix.is_empty() {
                "ROW-"
            } else {
                &plan.opts.id_prefix
            },
            line
        ),
    };

    let programme = match get(&Field::Programme) {
        Some((h, v)) if !v.is_empty() => {
            match vocab
                .programmes
                .find(v)
                .and_then(|i| cat.programmes.programmes.get(i))
            {
                Some(p) => p.id.clone(),
                None => {
                    sink.error(line, h, v, Problem::UnknownProgramme);
                    String::new()
                }
            }
        }
        other => match &plan.programme {
            Some(p) => p.clone(),
            None => {
                sink.error(
                    line,
                    other.map_or("", |(h, _)| h),
                    "",
                    Problem::Empty(Field::Programme),
                );
                String::new()
            }
        },
    };
    let prog = cat.programmes.get(&programme);

    let mut personas = Vec::new();
    if let Some((h, v)) = get(&Field::Personas) {
        let (found, unknown) = read_list(v, |x| vocab.personas.find(x));
        personas = found
            .into_iter()
            .filter_map(|i| cat.presets.personas.get(i))
            .map(|p| p.id.clone())
            .collect();
        for part in unknown {
            sink.warn(line, h, &part, Problem::UnknownPersona);
        }
        if v.is_empty() {
            sink.warn(line, h, "", Problem::NoPersona);
        }
    }

    // Field tags (the advisers' 主な対応分野), 取組分野 and key terms: one cell read three ways.
    // Domains in the order the cell names them, whichever way each was recognised.
    let mut placed: Vec<(usize, &str)> = Vec::new();
    let mut tags: Vec<&str> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    if let Some((h, v)) = get(&Field::Domains) {
        let (found, rest) = vocab.tags.find(v);
        for (at, i) in found {
            let tag = &cat.crosswalk.tags[i];
            tags.push(&tag.tag);
            placed.extend(tag.domains.iter().map(|d| (at, d.as_str())));
        }
        for piece in rest {
            let at = v.find(piece).unwrap_or(v.len());
            let (found, unknown) = read_list(piece, |x| vocab.domains.find(x));
            placed.extend(
                found
                    .into_iter()
                    .filter_map(|i| cat.presets.domains.get(i))
                    .map(|d| (at, d.id.as_str())),
            );
            for u in unknown {
                if cat.crosswalk.terms_in(&u).is_empty() {
                    sink.warn(line, h, &u, Problem::UnknownDomain);
                }
            }
        }
        // Its words count as expertise too (「AI・RPA」 names a field and two key terms).
        texts.push(v);
    }
    placed.sort_by_key(|&(at, _)| at);
    let mut domains: Vec<String> = Vec::new();
    let add_domain = |d: &str, domains: &mut Vec<String>| {
        if !domains.iter().any(|x| x == d) {
            domains.push(d.to_owned());
        }
    };
    for (_, d) in placed {
        add_domain(d, &mut domains);
    }
    for (c, f) in plan.mapping.iter().enumerate() {
        if *f == Field::Expertise {
            texts.push(plan.table.cell(row, c));
        }
    }
    let summary_cell = get(&Field::Summary);
    if let Some((_, v)) = summary_cell {
        texts.push(v);
    }

    let affiliation = match get(&Field::Affiliation) {
        Some((h, v)) if !v.is_empty() => {
            match vocab
                .affiliations
                .find(v)
                .and_then(|i| cat.presets.affiliations.get(i))
                .map(|a| a.id.as_str())
                .or_else(|| values::affiliation_kind(v))
            {
                Some(a) => a.to_owned(),
                None => {
                    sink.warn(line, h, v, Problem::UnknownAffiliation);
                    "other".to_owned()
                }
            }
        }
        _ => "other".to_owned(),
    };

    let base = match get(&Field::BasePrefecture) {
        Some((h, v)) if !v.is_empty() => match vocab.prefecture_of_place(v) {
            Some(p) => Some(p),
            None => {
                sink.warn(line, h, v, Problem::UnknownPrefecture);
                None
            }
        },
        Some(_) => None,
        // No base column: a place at the start of the affiliation tells (「○○市 …」).
        None => {
            let guess = get(&Field::Affiliation)
                .filter(|_| affiliation == "municipal_staff" || affiliation == "university")
                .and_then(|(_, v)| vocab.prefecture_of_place(v));
            tally.base_from_affiliation += usize::from(guess.is_some());
            guess
        }
    };

    let nationwide_default =
        prog.is_some_and(|p| p.coverage_default == CoverageDefault::Nationwide);
    let coverage = match get(&Field::Coverage) {
        Some((h, v)) if !v.is_empty() => {
            let read = vocab.coverage(v, base);
            for part in &read.unknown {
                sink.warn(line, h, part, Problem::UnknownArea);
            }
            if let (true, Some(Coverage::Prefectures { codes })) = (read.relative, &read.coverage) {
                let names: Vec<&str> = codes
                    .iter()
                    .filter_map(|c| cat.geography.prefecture(*c))
                    .map(|p| p.name.as_str())
                    .collect();
                sink.warn(line, h, &names.join("・"), Problem::NearbyRead);
            }
            read.coverage
        }
        _ => None,
    };
    let coverage = coverage.unwrap_or_else(|| {
        if nationwide_default {
            return Coverage::Nationwide;
        }
        // Own prefecture only (or nowhere on site when that is not known), and say so once a
        // column was there to read.
        if plan.has(&Field::Coverage) || base.is_none() {
            sink.warn(
                line,
                get(&Field::Coverage).map_or("", |(h, _)| h),
                "",
                Problem::CoverageDefaulted,
            );
        }
        Coverage::Prefectures {
            codes: base.into_iter().collect(),
        }
    });

    let offered = prog.map_or(
        Modes {
            onsite: true,
            online: true,
        },
        |p| p.modes,
    );
    let modes = read_modes(plan, row, offered, sink);

    let days = get(&Field::Days).and_then(|(h, v)| {
        let d = values::days(v);
        if d.is_none() && !v.is_empty() {
            sink.warn(line, h, v, Problem::UnknownDays);
        }
        d
    });
    let period = get(&Field::Period).and_then(|(h, v)| {
        let p = values::period(v);
        if p.is_none() && !v.is_empty() {
            sink.warn(line, h, v, Problem::UnknownPeriod);
        }
        p
    });
    let mut number = |f: &Field| -> u32 {
        match get(f) {
            Some((h, v)) if !v.is_empty() => values::number(v).unwrap_or_else(|| {
                sink.warn(line, h, v, Problem::NotANumber);
                0
            }),
            _ => 0,
        }
    };
    let experience = number(&Field::Experience).min(99) as u8;
    let track_record = number(&Field::TrackRecord).min(u32::from(u16::MAX)) as u16;

    let mut qualifications = Vec::new();
    if let Some((h, v)) = get(&Field::Qualifications).filter(|(_, v)| !values::says_none(v)) {
        let (found, unknown) = read_list(v, |x| vocab.qualifications.find(x));
        for i in found {
            if let Some(q) = cat.presets.qualifications.get(i) {
                if !qualifications.contains(&q.id) {
                    qualifications.push(q.id.clone());
                }
            }
        }
        for part in unknown {
            sink.warn(line, h, &part, Problem::UnknownQualification);
        }
    }
    qualifications.sort();

    let mut skills = Skills::new();
    let mut basis: BTreeMap<String, Basis> = BTreeMap::new();
    let mut declare = |code: &str, l: Level, b: Option<Basis>| {
        if l.value() > 0 {
            skills.insert(code, l);
            match b {
                Some(b) => basis.insert(code.to_owned(), b),
                None => basis.remove(code),
            };
        }
    };
    for (c, f) in plan.mapping.iter().enumerate() {
        let v = plan.table.cell(row, c);
        let h = plan.header(c);
        match f {
            Field::Skill(code) if !v.is_empty() => match values::level_with_basis(v) {
                Some((l, b)) if plan.known_skill[c] => declare(code, l, b),
                Some(_) => sink.error(line, h, code, Problem::UnknownSkill),
                None => sink.error(line, h, v, Problem::UnknownLevel),
            },
            Field::SkillList => {
                for pair in list_pieces(v) {
                    let (name, lv) = pair.rsplit_once([':', '：', '=']).unwrap_or((pair, ""));
                    let item = vocab
                        .items
                        .find(name.trim())
                        .and_then(|i| cat.standard.items().get(i));
                    match (item, values::level_with_basis(lv)) {
                        (Some(it), Some((l, b))) => declare(&it.id, l, b),
                        (None, _) => sink.error(line, h, pair, Problem::UnknownSkill),
                        (Some(_), None) => sink.error(line, h, pair, Problem::UnknownLevel),
                    }
                }
            }
            _ => {}
        }
    }
    // A list that gives levels gives them all; its field tags still name 取組分野. Where the
    // list gives no level at all: what the person's qualifications back (in full), then what the
    // field tags and free text suggest (inferred, counted at a discount).
    let mut recognised = Vec::new();
    if skills.is_empty() {
        for q in &qualifications {
            for s in cat.crosswalk.qualification(q) {
                let code = &cat.standard.item(s.item).id;
                let have = skills.get(code).and_then(Level::from_letter);
                if have.is_none_or(|h| h < s.level) {
                    skills.insert(code, s.level);
                }
            }
        }
        let inference = cat
            .crosswalk
            .infer(tags.iter().copied(), texts.iter().copied());
        for (item, level, _) in &inference.levels {
            let code = &cat.standard.item(*item).id;
            if !skills.contains_key(code) {
                skills.insert(code, *level);
                basis.insert(code.clone(), Basis::Inferred);
            }
        }
        tally.inferred += usize::from(!inference.levels.is_empty());
        for d in &inference.domains {
            add_domain(d, &mut domains);
        }
        recognised = inference.tags;
    }
    if skills.is_empty() && domains.is_empty() && sink.error_count == errors_before {
        sink.warn(line, "", "", Problem::NoSkills);
    }

    let summary = match summary_cell {
        Some((h, v)) => {
            let (found, clean) = redact(v);
            for k in found {
                sink.warn(line, h, "", Problem::PersonalDataRemoved(k));
            }
            clean
        }
        None => String::new(),
    };

    (sink.error_count == errors_before).then(|| ProfileRecord {
        id,
        programme,
        personas,
        skills,
        domains,
        affiliation,
        base_prefecture: base,
        coverage,
        modes,
        tags: recognised,
        basis,
        days,
        period,
        experience_years: experience,
        qualifications,
        track_record,
        summary_ja: summary,
        summary_en: String::new(),
    })
}

/// Ways of working from a 「支援の形」 column or from ○/× columns for on-site and online work.
/// A blank beside a ○ is a no; two blanks (or an unreadable cell) fall back to what the
/// programme offers, and the report says so; two ×s are an error (nobody works neither way).
fn read_modes(plan: &Plan<'_>, row: &Row, offered: Modes, sink: &mut Sink) -> Modes {
    let line = row.line;
    let get = |f: &Field| plan.get(row, f);
    let default = |sink: &mut Sink, h: &str, v: &str| {
        sink.warn(line, h, v, Problem::ModesDefaulted);
        offered
    };
    if let Some((h, v)) = get(&Field::Modes) {
        return if v.is_empty() {
            default(sink, h, "")
        } else {
            values::modes(v).unwrap_or_else(|| default(sink, h, v))
        };
    }
    let onsite = get(&Field::Onsite);
    let online = get(&Field::Online);
    if onsite.is_none() && online.is_none() {
        return offered;
    }
    fn mark<'a>(x: Option<(&'a str, &'a str)>) -> Option<(&'a str, &'a str, Option<bool>)> {
        x.map(|(h, v)| (h, v, values::yes_no(v)))
    }
    let (on, off) = (mark(onsite), mark(online));
    let unreadable = [on, off]
        .into_iter()
        .flatten()
        .find(|(_, v, m)| !v.is_empty() && m.is_none());
    if let Some((h, v, _)) = unreadable {
        return default(sink, h, v);
    }
    let yes = |m: Option<(&str, &str, Option<bool>)>| m.and_then(|(_, _, b)| b);
    let (onsite, online) = match (yes(on), yes(off)) {
        (Some(a), Some(b)) => (a, b),
        // One column answered, the other blank: a ○ excludes the other way, a × leaves it.
        (Some(a), None) => (a, !a),
        (None, Some(b)) => (!b, b),
        (None, None) => {
            let h = on.or(off).map_or("", |(h, _, _)| h);
            return default(sink, h, "");
        }
    };
    let modes = Modes { onsite, online };
    if !modes.onsite && !modes.online {
        let h = on.map_or("", |(h, _, _)| h);
        sink.error(line, h, "×", Problem::UnknownModes);
    }
    modes
}

/// For a JSON profile pack (no mapping needed): validates the records as they are and removes
/// personal data from their texts.
pub fn validate_records(
    records: Vec<ProfileRecord>,
    cat: &Catalog,
    opts: &ImportOptions,
) -> Report {
    let mut sink = Sink {
        errors: Vec::new(),
        error_count: 0,
        warnings: Vec::new(),
        warning_count: 0,
    };
    let taken: std::collections::HashSet<&str> =
        opts.taken_ids.iter().map(String::as_str).collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::with_capacity(records.len());
    for (n, mut r) in records.into_iter().enumerate() {
        let line = n + 1;
        for text in [&mut r.summary_ja, &mut r.summary_en] {
            let (found, clean) = redact(text);
            for k in found {
                sink.warn(line, "summary", "", Problem::PersonalDataRemoved(k));
            }
            *text = clean;
        }
        // An id that is personal data (an e-mail address, a phone number …) is refused as in a
        // table, and never repeated: not in this report, nor as another row's duplicate.
        let personal = super::pii::value_kind(&r.id);
        if let Some(k) = personal {
            sink.error(line, "id", "", Problem::PersonalId(k));
            // Not kept (a report with errors applies nothing); the rest is still checked.
            r.id = format!("#{line}");
        } else if let Some(first) = seen.insert(r.id.clone(), line) {
            sink.error(line, "id", &r.id, Problem::DuplicateId(first));
        } else if taken.contains(r.id.as_str()) {
            sink.error(line, "id", &r.id, Problem::IdTaken);
        }
        if personal.is_none() && r.id.trim().is_empty() {
            sink.error(line, "id", "", Problem::Empty(Field::Id));
        } else if !r.modes.onsite && !r.modes.online {
            sink.error(line, "modes", "", Problem::UnknownModes);
        } else if let Err(e) = check_all("import", std::slice::from_ref(&r), &cat.refs()) {
            let (column, value, problem) = record_problem(e);
            sink.error(line, column, &value, problem);
        }
        out.push(r);
    }
    let rows = out.len();
    sink.into_report(out, rows)
}

/// The field, value and problem behind a catalogue check that failed on one record (a pack or
/// JSON import), so the report names them like a table import does.
fn record_problem(e: crate::DataError) -> (&'static str, String, Problem) {
    use crate::DataError as D;
    match e {
        D::UnknownItem { id, .. } => ("skills", id, Problem::UnknownSkill),
        D::LevelOutOfRange { value, .. } => ("skills", value, Problem::UnknownLevel),
        D::UnknownReference { kind, id, .. } => match kind {
            "programme" => ("programme", id, Problem::UnknownProgramme),
            "人材像" => ("personas", id, Problem::UnknownPersona),
            "取組分野" => ("domains", id, Problem::UnknownDomain),
            "affiliation" => ("affiliation", id, Problem::UnknownAffiliation),
            "qualification" => ("qualifications", id, Problem::UnknownQualification),
            "region" => ("coverage", id, Problem::UnknownArea),
            _ => ("base_prefecture", id, Problem::UnknownPrefecture),
        },
        other => ("", other.to_string(), Problem::Invalid),
    }
}

/// Folded header equality, for callers matching their own column names.
pub fn same_header(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}
