//! The share link: an assessment (its context, ratings and matching settings) packed into a
//! few hundred characters for the URL fragment (`#/share/…`), which browsers never send to a
//! server. Versioned, checksummed, and checked against the data it refers to; decoding never
//! panics on any input.
//!
//! Layout (version 2), then base64url without padding:
//! version, counts of items/personas/phases/domains/programmes (to detect other data versions),
//! fiscal year (u16), 団体コード (u24), population band, persona/phase/domain bit sets, flags
//! (staff detail, metropolitan exception, mode, days), team size, months (u16), six weights,
//! programme bit set (u16), applied presets (u16), one byte per item (need 3 bits, required
//! 1 bit, in-house 3 bits with 7 = not entered), staff tiers of items that have them, usage per
//! programme (persons appointed, used before), the unconfirmed rules made hard (programme and
//! rule index, 255 = eligibility), name and project (length-prefixed UTF-8), Fletcher-16
//! checksum. Version 1 links (usage with visit and hour counters, no hard rules) still open.

use crate::assessment::{Assessment, Rating, StaffTier};
use crate::catalog::Catalog;
use crate::level::{Level, Priority};
use crate::matching::{EngagementMode, MatchSettings, Usage, Weights};
use crate::profile::DaysBand;
use crate::programme::Rule;
use thiserror::Error;

pub const VERSION: u8 = 2;
/// The oldest version still decoded.
const OLDEST: u8 = 1;
/// The rule index that stands for a programme's eligibility in the list of hard rules.
const ELIGIBILITY: u8 = u8::MAX;
const MAX_TEXT: usize = 240;
/// The fiscal years a link may carry (and a backup may hold: `library::parse_backup`).
pub const FISCAL_YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, serde::Serialize, serde::Deserialize)]
pub enum ShareError {
    #[error("the link is not valid (unexpected characters)")]
    Encoding,
    #[error("the link is incomplete or damaged")]
    Damaged,
    #[error("the link was made by another version of the app ({0})")]
    Version(u8),
    #[error("the link was made with other data (skill standard or lists differ)")]
    DataMismatch,
    #[error("the link holds an impossible value")]
    BadValue,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

pub fn base64url_decode(s: &str) -> Result<Vec<u8>, ShareError> {
    let vals: Vec<u32> = s
        .bytes()
        .map(|c| {
            ALPHABET
                .iter()
                .position(|&a| a == c)
                .map(|p| p as u32)
                .ok_or(ShareError::Encoding)
        })
        .collect::<Result<_, _>>()?;
    if vals.len() % 4 == 1 {
        return Err(ShareError::Damaged);
    }
    let mut out = Vec::with_capacity(vals.len() * 3 / 4);
    for chunk in vals.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &v)| acc | (v << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

fn fletcher16(bytes: &[u8]) -> u16 {
    let (mut a, mut b) = (0u16, 0u16);
    for &x in bytes {
        a = (a + u16::from(x)) % 255;
        b = (b + a) % 255;
    }
    (b << 8) | a
}

fn counts(cat: &Catalog) -> [u8; 5] {
    let c = |n: usize| n.min(255) as u8;
    [
        c(cat.standard.len()),
        c(cat.presets.personas.len()),
        c(cat.presets.phases.len()),
        c(cat.presets.domains.len()),
        c(cat.programmes.programmes.len()),
    ]
}

fn bits<T>(all: &[T], chosen: &[String], id: impl Fn(&T) -> &str) -> u32 {
    all.iter()
        .enumerate()
        .take(32)
        .filter(|(_, x)| chosen.iter().any(|c| c == id(x)))
        .fold(0, |s, (i, _)| s | (1 << i))
}

fn ids<T>(all: &[T], set: u32, id: impl Fn(&T) -> &str) -> Vec<String> {
    all.iter()
        .enumerate()
        .take(32)
        .filter(|(i, _)| set & (1 << i) != 0)
        .map(|(_, x)| id(x).to_owned())
        .collect()
}

/// Packs an assessment into the text that follows `#/share/`.
pub fn encode(cat: &Catalog, a: &Assessment) -> String {
    let mut b: Vec<u8> = vec![VERSION];
    b.extend(counts(cat));
    b.extend(a.fiscal_year.to_be_bytes());
    let lg = a.context.lgcode.unwrap_or(0).min(0xFF_FFFF);
    b.extend(&lg.to_be_bytes()[1..]);
    let band = a
        .context
        .population_band
        .as_deref()
        .and_then(|id| cat.presets.population_bands.iter().position(|x| x.id == id));
    b.push(band.map_or(0, |i| i as u8 + 1));
    b.push(bits(&cat.presets.personas, &a.context.personas, |p| &p.id) as u8);
    b.push(bits(&cat.presets.phases, &a.context.phases, |p| &p.id) as u8);
    b.extend(bits(&cat.presets.domains, &a.context.domains, |d| &d.id).to_be_bytes());
    let m = &a.matching;
    let mode = match m.mode {
        EngagementMode::Onsite => 0,
        EngagementMode::Online => 1,
        EngagementMode::Either => 2,
    };
    let days = m.days.map_or(0, |d| d as u8 + 1);
    b.push(
        u8::from(a.staff_detail)
            | (u8::from(m.metropolitan_exception) << 1)
            | (mode << 2)
            | (days << 4),
    );
    b.push(m.team_size);
    b.extend(m.duration_months.unwrap_or(0).to_be_bytes());
    let w = m.weights;
    b.extend([
        w.required,
        w.desirable,
        w.gap_points,
        w.persona_points,
        w.domain_points,
        w.logistics_points,
    ]);
    let progs = &cat.programmes.programmes;
    let selected = if m.programmes.is_empty() {
        u32::MAX
    } else {
        bits(progs, &m.programmes, |p| &p.id)
    };
    b.extend((selected as u16).to_be_bytes());
    let presets: Vec<&crate::presets::Preset> = cat.presets.all().collect();
    let applied = presets
        .iter()
        .enumerate()
        .take(16)
        .filter(|(_, p)| a.presets.contains(&p.id))
        .fold(0u16, |s, (i, _)| s | (1 << i));
    b.extend(applied.to_be_bytes());
    let (dense, _) = a.dense(&cat.standard);
    for r in &dense {
        let have = r.have.map_or(7, Level::value);
        b.push(r.need.value() | (u8::from(r.priority == Priority::Required) << 3) | (have << 4));
    }
    let staffed: Vec<(usize, &Rating)> = dense
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.staff.is_empty())
        .collect();
    b.push(staffed.len() as u8);
    for (i, r) in staffed {
        let s = &r.staff;
        let packed = u16::from(s.general.value())
            | (u16::from(s.dx_leader.value()) << 3)
            | (u16::from(s.specialist.value()) << 6);
        b.push(i as u8);
        b.extend(packed.to_be_bytes());
    }
    let usage: Vec<(usize, &Usage)> = progs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| m.usage.get(&p.id).map(|u| (i, u)))
        .collect();
    b.push(usage.len() as u8);
    for (i, u) in usage {
        b.push(i as u8);
        b.push(u.persons);
        b.push(u8::from(u.used_before));
    }
    let strict: Vec<(u8, u8)> = progs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            let eligibility = m
                .is_strict(&Rule::key(&p.id, "eligibility"))
                .then_some((i as u8, ELIGIBILITY));
            eligibility.into_iter().chain(
                p.rules
                    .iter()
                    .enumerate()
                    .filter(|(k, r)| {
                        *k < usize::from(ELIGIBILITY) && m.is_strict(&Rule::key(&p.id, &r.kind))
                    })
                    .map(move |(k, _)| (i as u8, k as u8)),
            )
        })
        .take(usize::from(u8::MAX))
        .collect();
    b.push(strict.len() as u8);
    for (i, k) in strict {
        b.extend([i, k]);
    }
    for text in [&a.name, &a.context.project] {
        // At most 80 characters and MAX_TEXT bytes, cut between characters (a cut inside a
        // multi-byte character would make the link undecodable).
        let mut end = 0;
        for (i, c) in text.char_indices().take(80) {
            if i + c.len_utf8() > MAX_TEXT {
                break;
            }
            end = i + c.len_utf8();
        }
        let t = &text.as_bytes()[..end];
        b.push(t.len() as u8);
        b.extend(t);
    }
    seal(&b)
}

/// The link text for an encoded body: checksum appended, base64url. (Public so the fuzzers
/// can reach the decoder's later stages with arbitrary bodies.)
pub fn seal(body: &[u8]) -> String {
    let mut b = body.to_vec();
    b.extend(fletcher16(body).to_be_bytes());
    base64url_encode(&b)
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, ShareError> {
        let v = *self.b.get(self.pos).ok_or(ShareError::Damaged)?;
        self.pos += 1;
        Ok(v)
    }
    fn u16(&mut self) -> Result<u16, ShareError> {
        Ok(u16::from_be_bytes([self.u8()?, self.u8()?]))
    }
    fn u32(&mut self) -> Result<u32, ShareError> {
        Ok(u32::from_be_bytes([
            self.u8()?,
            self.u8()?,
            self.u8()?,
            self.u8()?,
        ]))
    }
    fn bytes(&mut self, n: usize) -> Result<&[u8], ShareError> {
        let s = self
            .b
            .get(self.pos..self.pos + n)
            .ok_or(ShareError::Damaged)?;
        self.pos += n;
        Ok(s)
    }
}

fn level(v: u8) -> Result<Level, ShareError> {
    Level::from_value(v).ok_or(ShareError::BadValue)
}

/// Unpacks a share link into a new assessment with the given id (checked against the catalogue).
pub fn decode(cat: &Catalog, text: &str, id: &str) -> Result<Assessment, ShareError> {
    let raw = base64url_decode(text.trim())?;
    if raw.len() < 3 {
        return Err(ShareError::Damaged);
    }
    let (body, sum) = raw.split_at(raw.len() - 2);
    let version = body.first().copied().unwrap_or(VERSION);
    if !(OLDEST..=VERSION).contains(&version) {
        return Err(ShareError::Version(version));
    }
    if fletcher16(body) != u16::from_be_bytes([sum[0], sum[1]]) {
        return Err(ShareError::Damaged);
    }
    let mut r = Reader { b: body, pos: 1 };
    if r.bytes(5)? != counts(cat) {
        return Err(ShareError::DataMismatch);
    }
    let fiscal_year = r.u16()?;
    if !FISCAL_YEARS.contains(&fiscal_year) {
        return Err(ShareError::BadValue);
    }
    let lg = u32::from_be_bytes([0, r.u8()?, r.u8()?, r.u8()?]);
    let mut a = Assessment::new(id, "", fiscal_year);
    if lg != 0 {
        cat.geography.locality(lg).ok_or(ShareError::BadValue)?;
        a.context.lgcode = Some(lg);
    }
    let band = r.u8()?;
    if band != 0 {
        let b = cat
            .presets
            .population_bands
            .get(usize::from(band) - 1)
            .ok_or(ShareError::BadValue)?;
        a.context.population_band = Some(b.id.clone());
    }
    a.context.personas = ids(&cat.presets.personas, u32::from(r.u8()?), |p| &p.id);
    a.context.phases = ids(&cat.presets.phases, u32::from(r.u8()?), |p| &p.id);
    a.context.domains = ids(&cat.presets.domains, r.u32()?, |d| &d.id);
    let flags = r.u8()?;
    a.staff_detail = flags & 1 != 0;
    let m = &mut a.matching;
    m.metropolitan_exception = flags & 2 != 0;
    m.mode = match (flags >> 2) & 3 {
        0 => EngagementMode::Onsite,
        1 => EngagementMode::Online,
        2 => EngagementMode::Either,
        _ => return Err(ShareError::BadValue),
    };
    m.days = match flags >> 4 {
        0 => None,
        d => Some(
            *DaysBand::ALL
                .get(usize::from(d) - 1)
                .ok_or(ShareError::BadValue)?,
        ),
    };
    m.team_size = r.u8()?;
    if !(1..=MatchSettings::MAX_TEAM).contains(&m.team_size) {
        return Err(ShareError::BadValue);
    }
    m.duration_months = match r.u16()? {
        0 => None,
        d => Some(d),
    };
    let w = r.bytes(6)?;
    m.weights = Weights {
        required: w[0],
        desirable: w[1],
        gap_points: w[2],
        persona_points: w[3],
        domain_points: w[4],
        logistics_points: w[5],
    };
    if m.weights.normalised() != m.weights {
        return Err(ShareError::BadValue);
    }
    let progs = &cat.programmes.programmes;
    let selected = r.u16()?;
    let all = if progs.len() >= 16 {
        u16::MAX
    } else {
        (1u16 << progs.len()) - 1
    };
    m.programmes = if selected & all == all {
        Vec::new()
    } else {
        ids(progs, u32::from(selected), |p| &p.id)
    };
    let applied = r.u16()?;
    let presets: Vec<&crate::presets::Preset> = cat.presets.all().collect();
    a.presets = presets
        .iter()
        .enumerate()
        .take(16)
        .filter(|(i, _)| applied & (1 << i) != 0)
        .map(|(_, p)| p.id.clone())
        .collect();
    for it in cat.standard.items() {
        let v = r.u8()?;
        let have = match v >> 4 {
            7 => None,
            h => Some(level(h)?),
        };
        let need = level(v & 7)?;
        let priority = if v & 8 != 0 {
            Priority::Required
        } else {
            Priority::Desirable
        };
        a.update(&it.id, |x| {
            *x = Rating {
                need,
                priority,
                have,
                ..Rating::default()
            }
        });
    }
    for _ in 0..r.u8()? {
        let i = usize::from(r.u8()?);
        let p = r.u16()?;
        let code = cat
            .standard
            .items()
            .get(i)
            .ok_or(ShareError::BadValue)?
            .id
            .clone();
        let tiers = [
            (StaffTier::General, p & 7),
            (StaffTier::Leader, (p >> 3) & 7),
            (StaffTier::Specialist, (p >> 6) & 7),
        ];
        if p >> 9 != 0 {
            return Err(ShareError::BadValue);
        }
        for (t, v) in tiers {
            let l = level(v as u8)?;
            // Set directly: the overall level was packed on its own above.
            a.update(&code, |x| match t {
                StaffTier::General => x.staff.general = l,
                StaffTier::Leader => x.staff.dx_leader = l,
                StaffTier::Specialist => x.staff.specialist = l,
            });
        }
        if a.rating(&code)
            .have
            .is_none_or(|h| h < a.rating(&code).staff.max())
        {
            return Err(ShareError::BadValue);
        }
    }
    for _ in 0..r.u8()? {
        let i = usize::from(r.u8()?);
        let p = progs.get(i).ok_or(ShareError::BadValue)?;
        if version == 1 {
            // Counters of visits and hours used in the year: meaningless with per-case budgets.
            r.u16()?;
            r.u16()?;
        }
        let u = Usage {
            persons: r.u8()?,
            used_before: r.u8()? != 0,
            profiles: Vec::new(),
        };
        if u != Usage::default() {
            a.matching.usage.insert(p.id.clone(), u);
        }
    }
    if version >= 2 {
        for _ in 0..r.u8()? {
            let p = progs
                .get(usize::from(r.u8()?))
                .ok_or(ShareError::BadValue)?;
            let k = r.u8()?;
            let kind = if k == ELIGIBILITY {
                "eligibility"
            } else {
                &p.rules
                    .get(usize::from(k))
                    .ok_or(ShareError::BadValue)?
                    .kind
            };
            a.matching.set_strict(&Rule::key(&p.id, kind), true);
        }
    }
    let mut text = || -> Result<String, ShareError> {
        let n = usize::from(r.u8()?);
        String::from_utf8(r.bytes(n)?.to_vec()).map_err(|_| ShareError::BadValue)
    };
    a.name = text()?;
    a.context.project = text()?;
    if a.name.trim().is_empty() {
        return Err(ShareError::BadValue);
    }
    if r.pos != body.len() {
        return Err(ShareError::Damaged);
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rich(cat: &Catalog) -> Assessment {
        let mut a = Assessment::new("x", "令和8年度 窓口DX", 2026);
        a.context.lgcode = Some(11002);
        a.context.population_band = Some("ge300k".into());
        a.context.project = "フロントヤード改革".into();
        a.context.personas = vec!["producer".into(), "engineer".into()];
        a.context.phases = vec!["p1_issue".into()];
        a.context.domains = vec!["front_yard".into(), "smart_city".into()];
        a.apply_presets(&cat.standard, &[cat.presets.persona("producer").unwrap()]);
        a.staff_detail = true;
        a.set_staff("BT01", StaffTier::Leader, Level::C);
        a.set_have("TE08", Some(Level::Z));
        a.matching.mode = EngagementMode::Onsite;
        a.matching.days = Some(DaysBand::Week1To2);
        a.matching.duration_months = Some(18);
        a.matching.team_size = 2;
        a.matching.programmes = vec!["chiiki_joho_advisor".into(), "pref_pool".into()];
        a.matching.weights.persona_points = 0;
        a.matching.usage.insert(
            "gaibu_jinzai_list".into(),
            Usage {
                persons: 2,
                ..Usage::default()
            },
        );
        a.matching.usage.insert(
            "chiikiryoku_advisor".into(),
            Usage {
                used_before: true,
                ..Usage::default()
            },
        );
        a.matching.strict = vec![
            "chihososei_jinzai/population_max".into(),
            "kigyojin/eligibility".into(),
        ];
        a
    }

    #[test]
    fn an_assessment_survives_the_link_and_the_link_is_short() {
        let cat = Catalog::builtin().unwrap();
        let a = rich(&cat);
        let link = encode(&cat, &a);
        assert!(link.len() < 260, "{} chars", link.len());
        assert!(link
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        let b = decode(&cat, &link, "new-id").unwrap();
        assert_eq!(b.id, "new-id");
        assert_eq!(
            Assessment {
                id: a.id.clone(),
                created_ms: 0,
                updated_ms: 0,
                ..b
            },
            Assessment {
                created_ms: 0,
                updated_ms: 0,
                ..a
            }
        );
        // A blank assessment, all programmes.
        let blank = Assessment::new("y", "空", 2025);
        assert_eq!(decode(&cat, &encode(&cat, &blank), "y").unwrap(), blank);
    }

    #[test]
    fn damaged_or_foreign_links_are_refused() {
        let cat = Catalog::builtin().unwrap();
        let link = encode(&cat, &rich(&cat));
        assert_eq!(
            decode(&cat, &link[..link.len() - 5], "n"),
            Err(ShareError::Damaged)
        );
        let mut flipped = link.clone().into_bytes();
        flipped[20] = if flipped[20] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            decode(&cat, std::str::from_utf8(&flipped).unwrap(), "n"),
            Err(ShareError::Damaged)
        );
        assert_eq!(decode(&cat, "not a link!", "n"), Err(ShareError::Encoding));
        assert_eq!(decode(&cat, "", "n"), Err(ShareError::Damaged));
        let mut v3 = base64url_decode(&link).unwrap();
        v3[0] = 3;
        assert_eq!(
            decode(&cat, &base64url_encode(&v3), "n"),
            Err(ShareError::Version(3))
        );
    }

    #[test]
    fn long_names_in_wide_characters_are_cut_between_characters() {
        let cat = shared_cat();
        let mut a = Assessment::new("x", "🏛".repeat(80), 2026);
        a.context.project = format!("a{}", "情".repeat(100));
        let back = decode(cat, &encode(cat, &a), "y").unwrap();
        assert_eq!(back.name, "🏛".repeat(60));
        assert_eq!(back.context.project, format!("a{}", "情".repeat(79)));
    }

    fn shared_cat() -> &'static Catalog {
        static CAT: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        CAT.get_or_init(|| Catalog::builtin().unwrap())
    }

    proptest::proptest! {
        /// Any bytes with a valid checksum (so they pass the first gate) decode or fail cleanly.
        #[test]
        fn arbitrary_links_never_panic(mut body in proptest::collection::vec(proptest::num::u8::ANY, 0..120)) {
            let cat = shared_cat();
            if let Some(first) = body.first_mut() {
                *first = VERSION;
            }
            let _ = decode(cat, &seal(&body), "p");
        }

        #[test]
        fn arbitrary_text_never_panics(s in ".{0,300}") {
            let _ = decode(shared_cat(), &s, "p");
        }
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&data)).unwrap(), data);
        }
    }
}
