//! Recognising a list by its headers as the layout its publisher ships (the 地域情報化アドバイザー
//! open data, current and older forms), so that it imports without any mapping by hand and its
//! people get the right programme. The layouts are data (`crosswalk.json`, `layouts`).

use super::fields::{field_from_key, suggest_one, Field};
use crate::catalog::Catalog;
use crate::crosswalk::Layout;
use crate::text::fold;

/// The layout whose needed headers are all present (headers folded: width, kana, spaces and
/// line breaks inside a header cell do not matter).
pub fn detect<'c>(headers: &[String], cat: &'c Catalog) -> Option<&'c Layout> {
    let have: Vec<String> = headers.iter().map(|h| fold(h)).collect();
    cat.crosswalk
        .layouts
        .iter()
        .find(|l| l.needs.iter().all(|n| have.contains(&fold(n))))
}

impl Layout {
    /// The field of every header: the layout's own for its columns (a personal-data column
    /// keeps the kind its header names), the usual suggestion for any other column.
    pub fn mapping(&self, headers: &[String], cat: &Catalog) -> Vec<Field> {
        let mut taken: Vec<Field> = Vec::new();
        headers
            .iter()
            .map(|h| {
                let own = self
                    .columns
                    .iter()
                    .find(|(c, _)| fold(c) == fold(h))
                    .and_then(|(_, key)| field_from_key(key));
                let f = match own {
                    Some(Field::Personal(_)) => match suggest_one(h, cat) {
                        p @ Field::Personal(_) => p,
                        _ => Field::Personal(super::PiiKind::Name),
                    },
                    Some(f) => f,
                    None => suggest_one(h, cat),
                };
                if f.is_single() && taken.contains(&f) {
                    Field::Ignore
                } else {
                    taken.push(f.clone());
                    f
                }
            })
            .collect()
    }
}
