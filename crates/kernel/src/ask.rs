//! What the loops need to know about the assessment and its settings, compiled by the domain
//! crate once per edit (`dxm_domain::matching::Query::compile`).

/// One item with a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    pub item: u16,
    /// Level the organisation has in house, and steps from there to the level needed.
    pub have: u8,
    pub gap: u8,
    /// Points per step (required or desirable weight).
    pub weight: u8,
}

/// The way of working the engagement needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    Onsite,
    Online,
    #[default]
    Either,
}

/// One programme's rules as the check per profile reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gate {
    /// Exclusions that hit every profile of the programme.
    pub flags: u32,
    /// What rules not confirmed by their sources would exclude (not applied).
    pub cautions: u32,
    pub onsite_offered: bool,
    pub online_offered: bool,
    /// Serves its own prefecture only: `Some(hard)`.
    pub same_prefecture: Option<bool>,
    /// The same person once per project and year: `Some(hard)`.
    pub once_per_project: Option<bool>,
}

/// Points of the four parts of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Points {
    pub gap: u32,
    pub persona: u32,
    pub domain: u32,
    pub logistics: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ask {
    /// Items with a gap; the required ones first.
    pub gap: Vec<Need>,
    /// How many of `gap` are required.
    pub required: usize,
    /// Σ weight × gap over `gap`.
    pub total_weight: u32,
    /// Wanted 人材像 and 取組分野, as bit sets.
    pub personas: u64,
    pub domains: u64,
    /// The organisation's prefecture and 総合通信局 area, when known.
    pub org_pref: Option<u8>,
    pub org_region: Option<u8>,
    pub mode: Mode,
    /// Days and period bands the work needs (position, shortest first).
    pub days: Option<u8>,
    pub period: Option<u8>,
    /// One gate per programme, by programme index.
    pub gates: Vec<Gate>,
    /// Profiles already engaged for this project this year (sorted indices).
    pub dispatched: Vec<u32>,
    pub points: Points,
    /// What an inferred level counts, in percent (the crosswalk's discount).
    pub inferred_percent: u8,
}

impl Ask {
    /// The logistics part applies: on-site work is possible and the organisation's place known.
    pub fn logistics_applies(&self) -> bool {
        self.mode != Mode::Online && self.org_pref.is_some()
    }
}
