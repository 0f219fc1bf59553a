//! Prefectures, municipalities (全国地方公共団体コード) and the 総合通信局 areas, with search by name,
//! kana or code.

use crate::csv;
use crate::error::DataError;
use crate::text::{fold, paren, pick, Lang};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Deserialize)]
pub struct Region {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub bureau_ja: String,
    pub bureau_en: String,
    pub prefectures: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefecture {
    /// 1–47 (JIS X 0401).
    pub code: u8,
    /// 6-digit 全国地方公共団体コード with check digit, e.g. 010006.
    pub lgcode: u32,
    pub name: String,
    pub kana: String,
    pub short: String,
    pub name_en: String,
    /// Index into `Geography::regions`.
    pub region: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// 6-digit 全国地方公共団体コード with check digit.
    pub lgcode: u32,
    pub pref: u8,
    pub name: String,
    pub kana: String,
}

/// Either a prefecture or a municipality: what a user picks as "our organisation".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locality<'a> {
    Prefecture(&'a Prefecture),
    Municipality(&'a Municipality),
}

impl<'a> Locality<'a> {
    pub fn lgcode(&self) -> u32 {
        match self {
            Locality::Prefecture(p) => p.lgcode,
            Locality::Municipality(m) => m.lgcode,
        }
    }
    pub fn pref_code(&self) -> u8 {
        match self {
            Locality::Prefecture(p) => p.code,
            Locality::Municipality(m) => m.pref,
        }
    }
    pub fn name(&self) -> &'a str {
        match self {
            Locality::Prefecture(p) => &p.name,
            Locality::Municipality(m) => &m.name,
        }
    }
    pub fn kana(&self) -> &'a str {
        match self {
            Locality::Prefecture(p) => &p.kana,
            Locality::Municipality(m) => &m.kana,
        }
    }
}

/// Formats a code as the 6 digits people write (leading zero kept).
pub fn format_lgcode(code: u32) -> String {
    format!("{code:06}")
}

/// Check digit of a 5-digit 団体コード: 11 − (Σ dᵢ·wᵢ mod 11) with weights 6,5,4,3,2, keeping
/// only the last digit (so remainder 0 gives 1 and remainder 1 gives 0).
pub fn lgcode_check_digit(code5: u32) -> u32 {
    let digits = [
        code5 / 10000,
        code5 / 1000 % 10,
        code5 / 100 % 10,
        code5 / 10 % 10,
        code5 % 10,
    ];
    let sum: u32 = digits.iter().zip([6, 5, 4, 3, 2]).map(|(d, w)| d * w).sum();
    (11 - sum % 11) % 10
}

pub fn lgcode_is_valid(code6: u32) -> bool {
    code6 < 1_000_000 && lgcode_check_digit(code6 / 10) == code6 % 10
}

#[derive(Deserialize)]
struct RegionFile {
    as_of: String,
    source: String,
    regions: Vec<Region>,
    neighbours_source: String,
    /// Prefecture code → its neighbours (symmetric).
    neighbours: std::collections::BTreeMap<u8, Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct Geography {
    pub regions_as_of: String,
    pub regions_source: String,
    pub regions: Vec<Region>,
    pub prefectures: Vec<Prefecture>,
    pub municipalities: Vec<Municipality>,
    pub neighbours_source: String,
    /// Neighbouring prefectures of each prefecture (index code − 1), for 「近隣県」.
    neighbours: Vec<Vec<u8>>,
    by_code: HashMap<u32, usize>,
    /// Folded search keys, parallel to prefectures then municipalities.
    keys: Vec<SearchKey>,
}

#[derive(Debug, Clone)]
struct SearchKey {
    name: String,
    kana: String,
    /// Prefecture name + municipality name, so "北海道札幌" finds 札幌市.
    full: String,
    code: String,
}

pub const REGIONS_FILE: &str = "regions.json";
pub const PREFECTURES_FILE: &str = "prefectures.csv";
pub const MUNICIPALITIES_FILE: &str = "municipalities.csv";

impl Geography {
    pub fn load(
        regions_json: &str,
        prefectures_csv: &str,
        municipalities_csv: &str,
    ) -> Result<Self, DataError> {
        let rf: RegionFile =
            serde_json::from_str(regions_json).map_err(|e| DataError::json(REGIONS_FILE, &e))?;
        let prefectures = parse_prefectures(prefectures_csv)?;
        let municipalities = parse_municipalities(municipalities_csv, &prefectures)?;

        // Every prefecture must belong to exactly one region.
        let mut region_of: Vec<Option<usize>> = vec![None; prefectures.len()];
        let mut region_ids = std::collections::HashSet::new();
        for (ri, r) in rf.regions.iter().enumerate() {
            if !region_ids.insert(r.id.as_str()) {
                return Err(DataError::DuplicateId {
                    file: REGIONS_FILE.into(),
                    id: r.id.clone(),
                });
            }
            for &p in &r.prefectures {
                let slot = region_of
                    .get_mut(usize::from(p).wrapping_sub(1))
                    .ok_or_else(|| DataError::UnknownReference {
                        file: REGIONS_FILE.into(),
                        context: r.id.clone(),
                        kind: "prefecture",
                        id: p.to_string(),
                    })?;
                if slot.replace(ri).is_some() {
                    return Err(DataError::invalid(
                        REGIONS_FILE,
                        &r.id,
                        format!("prefecture {p} is in more than one region"),
                    ));
                }
            }
        }
        let mut prefectures = prefectures;
        for (p, region) in prefectures.iter_mut().zip(&region_of) {
            p.region = region.ok_or_else(|| {
                DataError::invalid(
                    REGIONS_FILE,
                    "regions",
                    format!("prefecture {} ({}) is in no region", p.code, p.name),
                )
            })?;
        }

        let mut neighbours = vec![Vec::new(); prefectures.len()];
        for (&a, list) in &rf.neighbours {
            for &b in list {
                let ok = |c: u8| (1..=prefectures.len()).contains(&usize::from(c));
                if !ok(a) || !ok(b) || !rf.neighbours.get(&b).is_some_and(|l| l.contains(&a)) {
                    return Err(DataError::invalid(
                        REGIONS_FILE,
                        "neighbours",
                        format!("{a} and {b} must be known prefectures, each listing the other"),
                    ));
                }
                neighbours[usize::from(a) - 1].push(b);
            }
        }
        let mut by_code = HashMap::new();
        let mut keys = Vec::with_capacity(prefectures.len() + municipalities.len());
        for (i, p) in prefectures.iter().enumerate() {
            by_code.insert(p.lgcode, i);
            keys.push(SearchKey {
                name: fold(&p.name),
                kana: fold(&p.kana),
                full: fold(&p.name),
                code: format_lgcode(p.lgcode),
            });
        }
        for (i, m) in municipalities.iter().enumerate() {
            if by_code.insert(m.lgcode, prefectures.len() + i).is_some() {
                return Err(DataError::DuplicateId {
                    file: MUNICIPALITIES_FILE.into(),
                    id: format_lgcode(m.lgcode),
                });
            }
            let pref = &prefectures[usize::from(m.pref) - 1];
            keys.push(SearchKey {
                name: fold(&m.name),
                kana: fold(&m.kana),
                full: fold(&format!("{}{}", pref.name, m.name)),
                code: format_lgcode(m.lgcode),
            });
        }
        Ok(Geography {
            regions_as_of: rf.as_of,
            regions_source: rf.source,
            regions: rf.regions,
            prefectures,
            municipalities,
            neighbours_source: rf.neighbours_source,
            neighbours,
            by_code,
            keys,
        })
    }

    pub fn prefecture(&self, code: u8) -> Option<&Prefecture> {
        self.prefectures.get(usize::from(code).checked_sub(1)?)
    }

    /// The prefectures next to one (by land, or linked by a bridge or tunnel; see the data).
    pub fn neighbours(&self, code: u8) -> &[u8] {
        usize::from(code)
            .checked_sub(1)
            .and_then(|i| self.neighbours.get(i))
            .map_or(&[], Vec::as_slice)
    }

    pub fn region_of(&self, pref_code: u8) -> Option<&Region> {
        self.prefecture(pref_code).map(|p| &self.regions[p.region])
    }

    pub fn region_index_of(&self, pref_code: u8) -> Option<usize> {
        self.prefecture(pref_code).map(|p| p.region)
    }

    fn locality_at(&self, i: usize) -> Locality<'_> {
        if i < self.prefectures.len() {
            Locality::Prefecture(&self.prefectures[i])
        } else {
            Locality::Municipality(&self.municipalities[i - self.prefectures.len()])
        }
    }

    pub fn locality(&self, lgcode: u32) -> Option<Locality<'_>> {
        self.by_code.get(&lgcode).map(|&i| self.locality_at(i))
    }

    /// "北海道 札幌市" for a municipality, "北海道" for a prefecture (prefecture in `lang`).
    pub fn full_name(&self, l: Locality<'_>, lang: Lang) -> String {
        match (l, self.prefecture(l.pref_code())) {
            (Locality::Municipality(m), Some(p)) => {
                format!("{} {}", pick(lang, &p.name, &p.name_en), m.name)
            }
            _ => l.name().to_owned(),
        }
    }

    /// `full_name` followed by the code: "北海道 札幌市（011002）" / "Hokkaido 札幌市 (011002)".
    pub fn label_with_code(&self, l: Locality<'_>, lang: Lang) -> String {
        format!(
            "{}{}",
            self.full_name(l, lang),
            paren(lang, &format_lgcode(l.lgcode()))
        )
    }

    /// Finds prefectures and municipalities by name, kana (hiragana or katakana), or code
    /// (5 or 6 digits, or a prefix). Best matches first; ties in code order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Locality<'_>> {
        let q = fold(query);
        if q.is_empty() {
            return Vec::new();
        }
        let digits = q.bytes().all(|b| b.is_ascii_digit());
        let mut hits: Vec<(u8, u32, usize)> = Vec::new();
        for (i, k) in self.keys.iter().enumerate() {
            let rank = if digits {
                // A 5-digit query is the code without its check digit, so a prefix match suits both.
                if k.code == q {
                    Some(0)
                } else if k.code.starts_with(&q) {
                    Some(1)
                } else {
                    None
                }
            } else if k.name == q || k.kana == q {
                Some(0)
            } else if k.name.starts_with(&q) || k.kana.starts_with(&q) {
                Some(1)
            } else if k.full.starts_with(&q) {
                Some(2)
            } else if k.name.contains(&q) || k.kana.contains(&q) || k.full.contains(&q) {
                Some(3)
            } else {
                None
            };
            if let Some(rank) = rank {
                hits.push((rank, self.locality_at(i).lgcode(), i));
            }
        }
        hits.sort_unstable();
        hits.into_iter()
            .take(limit)
            .map(|(_, _, i)| self.locality_at(i))
            .collect()
    }
}

/// A CSV file with a header row, and the positions of the columns a reader asks for.
struct Table {
    rows: Vec<csv::Record>,
    columns: Vec<usize>,
}

impl Table {
    fn read(file: &str, text: &str, names: &[&str]) -> Result<Table, DataError> {
        let mut rows = csv::parse(text).map_err(|e| DataError::Csv {
            file: file.into(),
            line: e.line,
            message: e.message,
        })?;
        if rows.is_empty() {
            return Err(DataError::Csv {
                file: file.into(),
                line: 1,
                message: "empty file".into(),
            });
        }
        let header = rows.remove(0);
        let columns = names
            .iter()
            .map(|n| {
                header
                    .fields
                    .iter()
                    .position(|h| h == n)
                    .ok_or_else(|| DataError::Csv {
                        file: file.into(),
                        line: header.line,
                        message: format!("missing column \"{n}\""),
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(Table { rows, columns })
    }

    /// The `i`-th requested column of a row ("" when the row is short).
    fn get<'a>(&self, row: &'a csv::Record, i: usize) -> &'a str {
        row.fields.get(self.columns[i]).map_or("", String::as_str)
    }
}

fn parse_lgcode(file: &str, line: usize, s: &str) -> Result<u32, DataError> {
    let code = (s.len() == 6)
        .then(|| s.parse::<u32>().ok())
        .flatten()
        .filter(|&c| lgcode_is_valid(c));
    code.ok_or_else(|| DataError::Csv {
        file: file.into(),
        line,
        message: format!(
            "\"{s}\" is not a valid 6-digit 全国地方公共団体コード (check digit included)"
        ),
    })
}

fn parse_prefectures(text: &str) -> Result<Vec<Prefecture>, DataError> {
    let file = PREFECTURES_FILE;
    let t = Table::read(
        file,
        text,
        &["code", "lgcode", "name", "kana", "short", "name_en"],
    )?;
    let mut out: Vec<Prefecture> = Vec::new();
    for r in &t.rows {
        let f = |i: usize| t.get(r, i);
        let code: u8 = f(0)
            .parse()
            .ok()
            .filter(|c| (1..=47).contains(c))
            .ok_or_else(|| DataError::Csv {
                file: file.into(),
                line: r.line,
                message: format!("prefecture code \"{}\" is not 1–47", f(0)),
            })?;
        if usize::from(code) != out.len() + 1 {
            return Err(DataError::Csv {
                file: file.into(),
                line: r.line,
                message: format!(
                    "prefecture {code} is out of order or duplicated (expected {})",
                    out.len() + 1
                ),
            });
        }
        let lgcode = parse_lgcode(file, r.line, f(1))?;
        if lgcode / 10 != u32::from(code) * 1000 {
            return Err(DataError::Csv {
                file: file.into(),
                line: r.line,
                message: format!("code {} does not belong to prefecture {code}", f(1)),
            });
        }
        out.push(Prefecture {
            code,
            lgcode,
            name: f(2).into(),
            kana: f(3).into(),
            short: f(4).into(),
            name_en: f(5).into(),
            region: 0,
        });
    }
    if out.len() != 47 {
        return Err(DataError::Csv {
            file: file.into(),
            line: t.rows.last().map_or(1, |r| r.line),
            message: format!("{} prefectures instead of 47", out.len()),
        });
    }
    Ok(out)
}

fn parse_municipalities(text: &str, prefs: &[Prefecture]) -> Result<Vec<Municipality>, DataError> {
    let file = MUNICIPALITIES_FILE;
    let t = Table::read(file, text, &["lgcode", "pref", "name", "kana"])?;
    let mut out = Vec::with_capacity(t.rows.len());
    for r in &t.rows {
        let f = |i: usize| t.get(r, i);
        let lgcode = parse_lgcode(file, r.line, f(0))?;
        let pref: u8 = f(1)
            .parse()
            .ok()
            .filter(|&p| usize::from(p) >= 1 && usize::from(p) <= prefs.len())
            .ok_or_else(|| DataError::Csv {
                file: file.into(),
                line: r.line,
                message: format!("prefecture \"{}\" is not 1–47", f(1)),
            })?;
        if lgcode / 10_000 != u32::from(pref) {
            return Err(DataError::Csv {
                file: file.into(),
                line: r.line,
                message: format!("code {} does not belong to prefecture {pref}", f(0)),
            });
        }
        if f(2).is_empty() || f(3).is_empty() {
            return Err(DataError::Csv {
                file: file.into(),
                line: r.line,
                message: "name and kana are required".into(),
            });
        }
        out.push(Municipality {
            lgcode,
            pref,
            name: f(2).into(),
            kana: f(3).into(),
        });
    }
    Ok(out)
}

/// The prefecture a local government code belongs to: its first two digits (JIS X 0401), for a
/// prefecture's own code as for its municipalities'. Known without the municipality list.
pub fn prefecture_of(lgcode: u32) -> Option<u8> {
    u8::try_from(lgcode / 10_000)
        .ok()
        .filter(|p| (1..=47).contains(p))
}

/// Derives the compact `prefectures.csv` and `municipalities.csv` from the code4fukui/localgovjp
/// source files: drops the wards of designated cities (their city name contains a space), and
/// restores the leading zero the prefecture file lost.
pub fn derive_from_localgovjp(
    pref_src: &str,
    city_src: &str,
) -> Result<(String, String), DataError> {
    let pt = Table::read(
        "localgovjp/prefjp-utf8.csv",
        pref_src,
        &["pid", "pref", "prefkana", "prefshort", "pref_en", "lgcode"],
    )?;
    let mut prefs = String::from("code,lgcode,name,kana,short,name_en\n");
    for r in &pt.rows {
        let f = |i: usize| pt.get(r, i);
        prefs.push_str(&format!(
            "{},{:0>6},{},{},{},{}\n",
            f(0),
            f(5),
            f(1),
            f(2),
            f(3),
            f(4)
        ));
    }
    let ct = Table::read(
        "localgovjp/localgovjp-utf8.csv",
        city_src,
        &["pid", "city", "citykana", "lgcode"],
    )?;
    let mut cities = String::from("lgcode,pref,name,kana\n");
    for r in &ct.rows {
        let f = |i: usize| ct.get(r, i);
        if f(1).contains(' ') {
            continue;
        }
        cities.push_str(&format!("{},{},{},{}\n", f(3), f(0), f(1), f(2)));
    }
    Ok((prefs, cities))
}
