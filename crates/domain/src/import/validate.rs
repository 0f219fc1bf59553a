//! Checking every row of a mapped table and turning it into profile records. Each problem names
//! the row, the column, the value and what to do; a report with any error must not be applied.

use super::fields::Field;
use super::pii::{redact, PiiKind};
use super::values::{self, split_list, Vocab};
use super::{Row, Table};
use crate::catalog::Catalog;
use crate::profile::{resolve_all, Coverage, ProfileRecord};
use crate::programme::Modes;
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
    /// No column gives skill levels.
    NoSkillColumn,
    /// A required value is empty.
    Empty(Field),
    UnknownLevel,
    UnknownPrefecture,
    UnknownArea,
    UnknownPersona,
    UnknownProgramme,
    UnknownModes,
    UnknownSkill,
    /// The same id appears again (first on this line).
    DuplicateId(usize),
    /// The id is used by another stored list.
    IdTaken,
    // Warnings: the value is left out or a default is used, and the report says so.
    UnknownDomain,
    UnknownQualification,
    UnknownAffiliation,
    UnknownDays,
    UnknownPeriod,
    NotANumber,
    NoSkills,
    NoPersona,
    CoverageDefaulted,
    ModesDefaulted,
    /// Personal data found in text and removed before storing.
    PersonalDataRemoved(PiiKind),
    /// A column holding personal data is never read.
    PersonalColumn(PiiKind),
    /// A record the catalogue refuses for another reason (the message is the value).
    Invalid,
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

fn shorten(s: &str) -> String {
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

    // Mapping-level checks.
    let mut by_field: HashMap<&Field, usize> = HashMap::new();
    for (c, f) in mapping.iter().enumerate() {
        if let Field::Personal(kind) = f {
            sink.warn(0, header(c), "", Problem::PersonalColumn(*kind));
            continue;
        }
        if f.is_single() && by_field.insert(f, c).is_some() {
            sink.error(0, header(c), "", Problem::DuplicateMapping(f.clone()));
        }
    }
    if !mapping
        .iter()
        .any(|f| matches!(f, Field::Skill(_) | Field::SkillList))
    {
        sink.error(0, "", "", Problem::NoSkillColumn);
    }
    let col = |f: &Field| by_field.get(f).copied();
    let id_col = col(&Field::Id);
    let default_programme = opts
        .default_programme
        .as_deref()
        .and_then(|p| cat.programmes.get(p))
        .map(|p| p.id.clone());
    let taken: std::collections::HashSet<&str> =
        opts.taken_ids.iter().map(String::as_str).collect();
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    let mut records = Vec::new();
    let mut rows = 0;

    let vocab = Vocab::new(cat);
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
        if let Some(rec) = read_row(
            table,
            row,
            mapping,
            &col,
            &vocab,
            &default_programme,
            id_col,
            opts,
            &mut sink,
        ) {
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
    // The records must also pass the catalogue's own validation; any disagreement is an error.
    if sink.error_count == 0 {
        if let Err(e) = resolve_all("import", &records, &cat.refs(), false) {
            sink.error(0, "", &e.to_string(), Problem::UnknownSkill);
        }
    }
    sink.into_report(records, rows)
}

#[allow(clippy::too_many_arguments)]
fn read_row(
    table: &Table,
    row: &Row,
    mapping: &[Field],
    col: &dyn Fn(&Field) -> Option<usize>,
    vocab: &Vocab<'_>,
    default_programme: &Option<String>,
    id_col: Option<usize>,
    opts: &ImportOptions,
    sink: &mut Sink,
) -> Option<ProfileRecord> {
    let cat = vocab.catalog();
    let line = row.line;
    let header = |c: usize| table.headers.get(c).map_or("", String::as_str);
    let get = |f: &Field| col(f).map(|c| (header(c), table.cell(row, c)));
    let errors_before = sink.error_count;

    let id = match id_col {
        Some(c) => {
            let v = table.cell(row, c);
            if v.is_empty() {
                sink.error(line, header(c), "", Problem::Empty(Field::Id));
            }
            if let Some(k) = super::pii::value_kind(v) {
                // Never kept, and not repeated in the report either.
                sink.error(line, header(c), "", Problem::PersonalId(k));
                String::new()
            } else {
                v.to_owned()
            }
        }
        None => format!(
            "{}{:05}",
            if opts.id_prefix.is_empty() {
                "ROW-"
            } else {
                &opts.id_prefix
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
        other => match default_programme {
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

    let mut personas = Vec::new();
    if let Some((h, v)) = get(&Field::Personas) {
        for part in split_list(v) {
            match vocab
                .personas
                .find(&part)
                .and_then(|i| cat.presets.personas.get(i))
            {
                Some(p) if !personas.contains(&p.id) => personas.push(p.id.clone()),
                Some(_) => {}
                None => sink.error(line, h, &part, Problem::UnknownPersona),
            }
        }
    }
    if personas.is_empty() && sink.error_count == errors_before {
        sink.warn(
            line,
            get(&Field::Personas).map_or("", |(h, _)| h),
            "",
            Problem::NoPersona,
        );
    }

    let mut domains = Vec::new();
    if let Some((h, v)) = get(&Field::Domains) {
        for part in split_list(v) {
            match vocab
                .domains
                .find(&part)
                .and_then(|i| cat.presets.domains.get(i))
            {
                Some(d) if !domains.contains(&d.id) => domains.push(d.id.clone()),
                Some(_) => {}
                None => sink.warn(line, h, &part, Problem::UnknownDomain),
            }
        }
    }

    let affiliation = match get(&Field::Affiliation) {
        Some((h, v)) if !v.is_empty() => {
            match vocab
                .affiliations
                .find(v)
                .and_then(|i| cat.presets.affiliations.get(i))
            {
                Some(a) => a.id.clone(),
                None => {
                    sink.warn(line, h, v, Problem::UnknownAffiliation);
                    "other".to_owned()
                }
            }
        }
        _ => "other".to_owned(),
    };

    let base = match get(&Field::BasePrefecture) {
        Some((h, v)) if !v.is_empty() => match vocab.prefecture(v) {
            Some(p) => p,
            None => {
                sink.error(line, h, v, Problem::UnknownPrefecture);
                0
            }
        },
        other => {
            sink.error(
                line,
                other.map_or("", |(h, _)| h),
                "",
                Problem::Empty(Field::BasePrefecture),
            );
            0
        }
    };

    let coverage = match get(&Field::Coverage) {
        Some((h, v)) => match vocab.coverage(v) {
            Ok(Some(c)) => Some(c),
            Ok(None) => None,
            Err(part) => {
                sink.error(line, h, &part, Problem::UnknownArea);
                None
            }
        },
        None => None,
    };
    let coverage = coverage.unwrap_or_else(|| {
        if base != 0 {
            sink.warn(
                line,
                get(&Field::Coverage).map_or("", |(h, _)| h),
                "",
                Problem::CoverageDefaulted,
            );
        }
        Coverage::Prefectures { codes: vec![base] }
    });

    let modes = match get(&Field::Modes) {
        Some((h, v)) if !v.is_empty() => values::modes(v).unwrap_or_else(|| {
            sink.error(line, h, v, Problem::UnknownModes);
            Modes {
                onsite: true,
                online: true,
            }
        }),
        other => {
            sink.warn(
                line,
                other.map_or("", |(h, _)| h),
                "",
                Problem::ModesDefaulted,
            );
            Modes {
                onsite: true,
                online: true,
            }
        }
    };

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
    if let Some((h, v)) = get(&Field::Qualifications) {
        for part in split_list(v) {
            match vocab
                .qualifications
                .find(&part)
                .and_then(|i| cat.presets.qualifications.get(i))
            {
                Some(q) if !qualifications.contains(&q.id) => qualifications.push(q.id.clone()),
                Some(_) => {}
                None => sink.warn(line, h, &part, Problem::UnknownQualification),
            }
        }
    }
    qualifications.sort();

    let mut skills: BTreeMap<String, String> = BTreeMap::new();
    for (c, f) in mapping.iter().enumerate() {
        let v = table.cell(row, c);
        match f {
            Field::Skill(code) if !v.is_empty() => match values::level(v) {
                Some(l) if cat.standard.idx(code).is_some() => {
                    if l.value() > 0 {
                        skills.insert(code.clone(), l.letter().to_string());
                    }
                }
                Some(_) => sink.error(line, header(c), code, Problem::UnknownSkill),
                None => sink.error(line, header(c), v, Problem::UnknownLevel),
            },
            Field::SkillList => {
                for pair in split_list(v) {
                    let (name, lv) = pair
                        .rsplit_once([':', '：', '='])
                        .unwrap_or((pair.as_str(), ""));
                    let item = vocab
                        .items
                        .find(name.trim())
                        .and_then(|i| cat.standard.items().get(i));
                    match (item, values::level(lv)) {
                        (Some(it), Some(l)) => {
                            if l.value() > 0 {
                                skills.insert(it.id.clone(), l.letter().to_string());
                            }
                        }
                        (None, _) => sink.error(line, header(c), &pair, Problem::UnknownSkill),
                        (Some(_), None) => {
                            sink.error(line, header(c), &pair, Problem::UnknownLevel)
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if skills.is_empty() && sink.error_count == errors_before {
        sink.warn(line, "", "", Problem::NoSkills);
    }

    let summary = match get(&Field::Summary) {
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
        days,
        period,
        experience_years: experience,
        qualifications,
        track_record,
        summary_ja: summary,
        summary_en: String::new(),
    })
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
        if let Some(first) = seen.insert(r.id.clone(), line) {
            sink.error(line, "id", &r.id, Problem::DuplicateId(first));
        } else if taken.contains(r.id.as_str()) {
            sink.error(line, "id", &r.id, Problem::IdTaken);
        }
        if r.id.trim().is_empty() {
            sink.error(line, "id", "", Problem::Empty(Field::Id));
        } else if !r.modes.onsite && !r.modes.online {
            sink.error(line, "modes", "", Problem::UnknownModes);
        } else if let Err(e) = resolve_all("import", std::slice::from_ref(&r), &cat.refs(), false) {
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
