//! 「求める人材像」: a description of the people an assessment calls for — 人材像, role, required
//! and desirable skills with levels, and the programmes that fit with their limits and sources —
//! worded so that a municipality can paste it into a 募集要項 or 仕様書.
//!
//! `Sheet::build` gathers the content; `render` writes it as Markdown or plain text. Fixed
//! wording comes from the caller through `SheetText`, so every string stays in the UI's i18n
//! layer; data names come from the catalogue in the requested language.

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::fit::{programme_fits, Fit, FitReason, ProgrammeFit};
use crate::gap::{GapReport, GapRow};
use crate::geo::Locality;
use crate::level::{Level, Priority};
use crate::presets::{Domain, PopulationBand, Preset};
use crate::programme::{Programme, Quote, Rule, RuleKind, Status, StepKind};
use crate::standard::ItemIdx;
use crate::text::{paren, pick, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillLine {
    pub item: ItemIdx,
    pub need: Level,
    pub have: Level,
    pub priority: Priority,
}

impl From<GapRow> for SkillLine {
    fn from(r: GapRow) -> Self {
        SkillLine {
            item: r.item,
            need: r.need,
            have: r.have,
            priority: r.priority,
        }
    }
}

#[derive(Debug, Clone)]
pub struct PersonaSection<'a> {
    pub persona: &'a Preset,
    /// True when the user chose no 人材像 and this one was inferred from the gap.
    pub inferred: bool,
    pub required: Vec<SkillLine>,
    pub desirable: Vec<SkillLine>,
}

#[derive(Debug, Clone)]
pub struct Sheet<'a> {
    pub organisation: Option<Locality<'a>>,
    pub fiscal_year: u16,
    pub project: String,
    pub population_band: Option<&'a PopulationBand>,
    pub domains: Vec<&'a Domain>,
    pub phases: Vec<&'a Preset>,
    pub personas: Vec<PersonaSection<'a>>,
    /// Gaps that no listed 人材像 covers.
    pub other_required: Vec<SkillLine>,
    pub other_desirable: Vec<SkillLine>,
    pub fits: Vec<ProgrammeFit<'a>>,
}

/// How many 人材像 to infer when the user chose none.
const INFERRED_PERSONAS: usize = 2;

impl<'a> Sheet<'a> {
    pub fn build(cat: &'a Catalog, a: &Assessment) -> Sheet<'a> {
        let ctx = &a.context;
        let gap = GapReport::new(&cat.standard, a);
        let open: Vec<GapRow> = gap.open_gaps();
        let covers = |p: &Preset, item: ItemIdx| p.needs.iter().any(|n| n.item == item);

        let chosen: Vec<&'a Preset> = ctx
            .personas
            .iter()
            .filter_map(|id| cat.presets.persona(id))
            .collect();
        let (personas, inferred): (Vec<&'a Preset>, bool) = if chosen.is_empty() {
            // Rank personas by the required gap their preset covers; ties keep the data order.
            let mut scored: Vec<(u32, usize, &'a Preset)> = cat
                .presets
                .personas
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let covered = open
                        .iter()
                        .filter(|r| r.priority == Priority::Required && covers(p, r.item))
                        .map(|r| u32::from(r.gap()))
                        .sum();
                    (covered, i, p)
                })
                .filter(|(c, _, _)| *c > 0)
                .collect();
            scored.sort_by_key(|(c, i, _)| (std::cmp::Reverse(*c), *i));
            (
                scored
                    .into_iter()
                    .take(INFERRED_PERSONAS)
                    .map(|(_, _, p)| p)
                    .collect(),
                true,
            )
        } else {
            (chosen, false)
        };

        let in_order = |mut v: Vec<SkillLine>| {
            v.sort_by_key(|l| l.item);
            v
        };
        let sections = personas
            .iter()
            .map(|p| PersonaSection {
                persona: p,
                inferred,
                required: in_order(
                    open.iter()
                        .filter(|r| r.priority == Priority::Required && covers(p, r.item))
                        .map(|r| SkillLine::from(*r))
                        .collect(),
                ),
                desirable: in_order(
                    open.iter()
                        .filter(|r| r.priority == Priority::Desirable && covers(p, r.item))
                        .map(|r| SkillLine::from(*r))
                        .collect(),
                ),
            })
            .collect();
        let uncovered = |prio: Priority| {
            in_order(
                open.iter()
                    .filter(|r| r.priority == prio && !personas.iter().any(|p| covers(p, r.item)))
                    .map(|r| SkillLine::from(*r))
                    .collect(),
            )
        };
        Sheet {
            organisation: ctx.lgcode.and_then(|c| cat.geography.locality(c)),
            fiscal_year: a.fiscal_year,
            project: ctx.project.clone(),
            population_band: ctx
                .population_band
                .as_deref()
                .and_then(|b| cat.presets.population_band(b)),
            domains: ctx
                .domains
                .iter()
                .filter_map(|d| cat.presets.domain(d))
                .collect(),
            phases: ctx
                .phases
                .iter()
                .filter_map(|p| cat.presets.phase(p))
                .collect(),
            personas: sections,
            other_required: uncovered(Priority::Required),
            other_desirable: uncovered(Priority::Desirable),
            fits: programme_fits(cat, a, &gap),
        }
    }

    /// "求める人材像 — 札幌市 窓口DX": the base wording, the organisation and the project.
    pub fn title(&self, base: &str) -> String {
        let mut title = base.to_owned();
        if let Some(l) = self.organisation {
            title.push_str(&format!(" — {}", l.name()));
        }
        if !self.project.is_empty() {
            title.push_str(&format!(" {}", self.project));
        }
        title
    }

    /// True when nothing is missing: no skill to ask for.
    pub fn is_empty(&self) -> bool {
        self.personas
            .iter()
            .all(|p| p.required.is_empty() && p.desirable.is_empty())
            && self.other_required.is_empty()
            && self.other_desirable.is_empty()
    }

    /// Every required skill named anywhere on the sheet.
    pub fn required_items(&self) -> Vec<ItemIdx> {
        let mut v: Vec<ItemIdx> = self
            .personas
            .iter()
            .flat_map(|p| p.required.iter().map(|l| l.item))
            .chain(self.other_required.iter().map(|l| l.item))
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// Fixed wording the caller supplies (from its i18n layer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetText {
    Title,
    Organisation,
    FiscalYear(u16),
    FiscalYearLabel,
    Project,
    Population,
    Fields,
    Phases,
    PeopleNeeded,
    Role,
    Inferred,
    RequiredSkills,
    DesirableSkills,
    OtherSkills,
    NoSkillGap,
    LevelWord,
    Engagement,
    EngagementIntro,
    Fit(Fit),
    Reason(FitReason),
    Limits,
    /// A rule of a known kind that its data does not word (min, max).
    Rule(RuleKind, Option<u32>, Option<u32>),
    /// Before the words of a source that differs from the rule as applied.
    SourcesDiffer,
    /// Before the sources of a line.
    SourceWord,
    Cost,
    HowToApply,
    Step(StepKind),
    Sources,
    /// "資料の日付" / "dated" before a source's own date.
    Published,
    AsOf,
    ToBeConfirmed,
    StandardNote,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Markdown,
    Text,
}

struct Writer<'t> {
    out: String,
    style: Style,
    t: &'t dyn Fn(SheetText) -> String,
}

impl Writer<'_> {
    fn heading(&mut self, level: usize, text: &str) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        match self.style {
            Style::Markdown => self
                .out
                .push_str(&format!("{} {text}\n\n", "#".repeat(level))),
            Style::Text if level == 1 => self
                .out
                .push_str(&format!("{text}\n{}\n\n", "=".repeat(24))),
            Style::Text => self.out.push_str(&format!("【{text}】\n")),
        }
    }
    fn para(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }
    fn item(&mut self, text: &str) {
        let bullet = match self.style {
            Style::Markdown => "- ",
            Style::Text => "・",
        };
        self.out.push_str(bullet);
        self.out.push_str(text);
        self.out.push('\n');
    }
    fn sub(&mut self, text: &str) {
        let bullet = match self.style {
            Style::Markdown => "  - ",
            Style::Text => "　・",
        };
        self.out.push_str(bullet);
        self.out.push_str(text);
        self.out.push('\n');
    }
    fn field(&mut self, label: SheetText, value: &str) {
        let label = (self.t)(label);
        match self.style {
            Style::Markdown => self.item(&format!("**{label}**: {value}")),
            Style::Text => self.item(&format!("{label}：{value}")),
        }
    }
    fn strong(&mut self, label: SheetText) {
        let label = (self.t)(label);
        match self.style {
            Style::Markdown => self.out.push_str(&format!("\n**{label}**\n\n")),
            Style::Text => self.out.push_str(&format!("\n{label}\n")),
        }
    }
}

/// A programme's rules, costs, steps of applying and sources, each line with its sources and
/// whether it is confirmed; where sources disagree, what each says.
fn programme_details(
    w: &mut Writer<'_>,
    prog: &Programme,
    cat: &Catalog,
    sheet: &Sheet<'_>,
    lang: Lang,
) {
    let t = w.t;
    let p = |ja: &str, en: &str| pick(lang, ja, en).to_owned();
    let flag = |status: Status| {
        if status.is_unverified() {
            format!(" [{}]", t(SheetText::ToBeConfirmed))
        } else {
            String::new()
        }
    };
    let cited = |quotes: &[Quote]| {
        let mut ids: Vec<&str> = Vec::new();
        for q in quotes.iter().filter(|q| !q.differs) {
            if !ids.contains(&q.source.as_str()) {
                ids.push(&q.source);
            }
        }
        if ids.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = ids.iter().map(|id| prog.cite(id, lang)).collect();
            paren(
                lang,
                &format!("{}: {}", t(SheetText::SourceWord), names.join(" / ")),
            )
        }
    };
    let rule_text = |r: &Rule| {
        let own = p(&r.ja, &r.en);
        if !own.is_empty() {
            own
        } else {
            r.known()
                .map_or_else(|| r.kind.clone(), |k| t(SheetText::Rule(k, r.min, r.max)))
        }
    };
    if !prog.rules.is_empty() {
        w.strong(SheetText::Limits);
        for r in &prog.rules {
            w.item(&format!(
                "{}{}{}",
                rule_text(r),
                flag(r.status),
                cited(&r.quotes)
            ));
            for q in r.quotes.iter().filter(|q| q.differs) {
                w.sub(&format!(
                    "{}: 「{}」{}",
                    t(SheetText::SourcesDiffer),
                    q.ja,
                    paren(lang, &prog.cite(&q.source, lang))
                ));
            }
        }
    }
    if !prog.costs.is_empty() {
        w.strong(SheetText::Cost);
        for c in &prog.costs {
            w.item(&format!(
                "{}{}{}",
                p(&c.ja, &c.en),
                flag(c.status),
                cited(&c.quotes)
            ));
        }
    }
    if !prog.apply.is_empty() {
        w.strong(SheetText::HowToApply);
        let lgcode = sheet.organisation.map(|l| l.lgcode());
        for s in &prog.apply {
            let office = s
                .contact
                .zip(lgcode)
                .and_then(|(c, code)| c.resolve(&cat.geography, code, lang))
                .map_or(String::new(), |o| paren(lang, &o));
            w.item(&format!(
                "{}: {}{}{}{}",
                t(SheetText::Step(s.kind)),
                p(&s.note.ja, &s.note.en),
                office,
                flag(s.note.status),
                cited(&s.note.quotes)
            ));
        }
    }
    w.strong(SheetText::Sources);
    for s in &prog.sources {
        let mut line = p(&s.ja, &s.en);
        if !s.url.is_empty() {
            line.push(' ');
            line.push_str(&s.url);
        }
        let mut dates = Vec::new();
        if !s.published.is_empty() {
            dates.push(format!("{} {}", t(SheetText::Published), s.published));
        }
        dates.push(format!("{} {}", s.checked, t(SheetText::AsOf)));
        line.push_str(&paren(lang, &dates.join(", ")));
        w.item(&line);
    }
}

/// Writes the sheet. `t` supplies fixed wording in `lang`; data names follow `lang` too.
pub fn render(
    sheet: &Sheet<'_>,
    cat: &Catalog,
    lang: Lang,
    style: Style,
    t: &dyn Fn(SheetText) -> String,
) -> String {
    let p = |ja: &str, en: &str| pick(lang, ja, en).to_owned();
    let list = |v: Vec<String>| {
        if v.is_empty() {
            t(SheetText::None)
        } else {
            v.join(if lang == Lang::Ja { "、" } else { ", " })
        }
    };
    let org = sheet
        .organisation
        .map(|l| cat.geography.label_with_code(l, lang));
    let mut w = Writer {
        out: String::new(),
        style,
        t,
    };

    let title = sheet.title(&t(SheetText::Title));
    w.heading(1, &title);
    w.field(
        SheetText::Organisation,
        &org.unwrap_or_else(|| t(SheetText::None)),
    );
    w.field(
        SheetText::FiscalYearLabel,
        &t(SheetText::FiscalYear(sheet.fiscal_year)),
    );
    if !sheet.project.is_empty() {
        w.field(SheetText::Project, &sheet.project);
    }
    if let Some(b) = sheet.population_band {
        w.field(SheetText::Population, &p(&b.ja, &b.en));
    }
    w.field(
        SheetText::Fields,
        &list(sheet.domains.iter().map(|d| p(&d.ja, &d.en)).collect()),
    );
    w.field(
        SheetText::Phases,
        &list(
            sheet
                .phases
                .iter()
                .map(|ph| format!("{}. {}", ph.numeral, p(&ph.ja, &ph.en)))
                .collect(),
        ),
    );

    let skill = |l: &SkillLine| {
        let it = cat.standard.item(l.item);
        let d = cat.standard.descriptor(l.need);
        format!(
            "{} — {}{}{}",
            p(&it.ja, &it.en),
            t(SheetText::LevelWord),
            l.need.letter(),
            paren(lang, &p(&d.ja, &d.en))
        )
    };
    let skills = |w: &mut Writer<'_>, title: SheetText, lines: &[SkillLine]| {
        if lines.is_empty() {
            return;
        }
        w.strong(title);
        for l in lines {
            w.item(&skill(l));
        }
    };

    w.heading(2, &t(SheetText::PeopleNeeded));
    if sheet.is_empty() {
        w.para(&t(SheetText::NoSkillGap));
    }
    for s in &sheet.personas {
        let mut h = p(&s.persona.ja, &s.persona.en);
        if s.inferred {
            h.push_str(&paren(lang, &t(SheetText::Inferred)));
        }
        w.heading(3, &h);
        w.field(SheetText::Role, &p(&s.persona.desc_ja, &s.persona.desc_en));
        skills(&mut w, SheetText::RequiredSkills, &s.required);
        skills(&mut w, SheetText::DesirableSkills, &s.desirable);
    }
    if !sheet.other_required.is_empty() || !sheet.other_desirable.is_empty() {
        w.heading(3, &t(SheetText::OtherSkills));
        skills(&mut w, SheetText::RequiredSkills, &sheet.other_required);
        skills(&mut w, SheetText::DesirableSkills, &sheet.other_desirable);
    }

    w.heading(2, &t(SheetText::Engagement));
    w.para(&t(SheetText::EngagementIntro));
    for f in sheet.fits.iter().filter(|f| f.fit != Fit::NotApplicable) {
        let prog = f.programme;
        w.heading(
            3,
            &format!(
                "{}{}",
                p(&prog.ja, &prog.en),
                paren(lang, &t(SheetText::Fit(f.fit)))
            ),
        );
        for r in &f.reasons {
            w.item(&t(SheetText::Reason(*r)));
        }
        programme_details(&mut w, prog, cat, sheet, lang);
    }
    w.out.push('\n');
    w.para(&t(SheetText::StandardNote));
    w.out
}
