//! Turning a decoded file into a `Table` (CSV, JSON list of objects) or, for a profile pack
//! (the app's own JSON format), directly into records.

use super::{Row, SkipKind, Skipped, SourceError, Table, MAX_COLUMNS, MAX_ROWS};
use crate::csv;
use crate::profile::{ProfileFile, ProfileRecord};

fn limits(t: &Table) -> Result<(), SourceError> {
    if t.rows.len() > MAX_ROWS {
        return Err(SourceError::TooManyRows {
            rows: t.rows.len(),
            max: MAX_ROWS,
        });
    }
    let columns = t
        .rows
        .iter()
        .map(|r| r.cells.len())
        .chain([t.headers.len()])
        .max()
        .unwrap_or(0);
    if columns > MAX_COLUMNS {
        return Err(SourceError::TooManyColumns {
            columns,
            max: MAX_COLUMNS,
        });
    }
    Ok(())
}

/// Reads CSV text, finding the header below any title rows (see `table_from_grid`). Fully
/// blank rows are skipped.
pub fn table_from_csv(text: &str) -> Result<Table, SourceError> {
    table_from_csv_at(text, None)
}

/// `table_from_csv` with the header on the given line (as the user chose it), if any.
pub fn table_from_csv_at(text: &str, header: Option<usize>) -> Result<Table, SourceError> {
    if text.trim_start_matches('\u{FEFF}').trim().is_empty() {
        return Err(SourceError::Empty);
    }
    if text.contains('\0') {
        return Err(SourceError::Binary);
    }
    let records = csv::parse(text).map_err(|e| SourceError::Csv {
        line: e.line,
        message: e.message,
    })?;
    let rows = records
        .into_iter()
        .map(|r| Row {
            line: r.line,
            cells: r.fields,
        })
        .collect();
    table_from_grid(rows, header)
}

fn filled(r: &Row) -> usize {
    filled_cells(r).count()
}

fn filled_cells(r: &Row) -> impl Iterator<Item = &String> {
    r.cells.iter().filter(|c| !c.trim().is_empty())
}

/// At most one cell filled (a title or a note), without looking at every cell of a data row.
fn at_most_one_filled(r: &Row) -> bool {
    filled_cells(r).nth(1).is_none()
}

fn short(r: &Row) -> String {
    let text = r
        .cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out: String = text.chars().take(80).collect();
    if text.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// A note line among or below the data: 「※…」「注…」「出典…」.
fn is_note_text(r: &Row) -> bool {
    let first = r.cells.iter().map(|c| c.trim()).find(|c| !c.is_empty());
    first.is_some_and(|t| {
        t.starts_with(['※', '＊', '*', '注', '（', '('])
            || t.starts_with("出典")
            || t.starts_with("備考")
    })
}

/// A table from rows of cells (a CSV or a sheet), as spreadsheets are really kept: title rows
/// above the header and notes below the data are set aside and reported. The header is the
/// row chosen by its line, or else the first row as full as the fullest row (the title rows of
/// a sheet hold one or two cells, the header all of them).
pub fn table_from_grid(rows: Vec<Row>, header: Option<usize>) -> Result<Table, SourceError> {
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| filled_cells(r).next().is_some())
        .collect();
    if rows.is_empty() {
        return Err(SourceError::NoHeader);
    }
    let at = match header {
        Some(line) => rows
            .iter()
            .position(|r| r.line == line)
            .ok_or(SourceError::NoSuchRow(line))?,
        None => {
            let widest = rows.iter().take(50).map(filled).max().unwrap_or(0);
            let enough = (widest * 3).div_ceil(5).max(2.min(widest));
            rows.iter().position(|r| filled(r) >= enough).unwrap_or(0)
        }
    };
    let mut rows = rows.into_iter();
    let mut skipped: Vec<Skipped> = rows
        .by_ref()
        .take(at)
        .map(|r| Skipped {
            line: r.line,
            kind: SkipKind::Title,
            text: short(&r),
        })
        .collect();
    let head = rows.next().ok_or(SourceError::NoHeader)?;
    let headers: Vec<String> = head.cells.iter().map(|h| h.trim().to_owned()).collect();
    let mut data: Vec<Row> = rows.collect();
    // Notes below the data: trailing rows of one cell when the table is wider than that.
    let wide = headers.iter().filter(|h| !h.is_empty()).count() >= 3;
    let mut notes = Vec::new();
    while wide && data.last().is_some_and(at_most_one_filled) {
        if let Some(r) = data.pop() {
            notes.push(r);
        }
    }
    notes.reverse();
    // A single 「※…」 line among the data is a note too.
    let (kept, inline): (Vec<Row>, Vec<Row>) = data
        .into_iter()
        .partition(|r| !(wide && at_most_one_filled(r) && is_note_text(r)));
    let mut all_notes: Vec<Row> = inline.into_iter().chain(notes).collect();
    all_notes.sort_by_key(|r| r.line);
    skipped.extend(all_notes.iter().map(|r| Skipped {
        line: r.line,
        kind: SkipKind::Note,
        text: short(r),
    }));
    let t = Table {
        headers,
        rows: kept,
        header_line: head.line,
        skipped,
    };
    limits(&t)?;
    Ok(t)
}

/// What a JSON file held.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonInput {
    /// A list of objects, read as a table (keys become columns, in first-seen order).
    Table(Table),
    /// A profile pack in the app's own format: records ready for validation.
    Pack(ProfileFile),
}

pub fn table_from_json(text: &str) -> Result<JsonInput, SourceError> {
    let text = text.trim_start_matches('\u{FEFF}');
    if text.trim().is_empty() {
        return Err(SourceError::Empty);
    }
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| SourceError::Json {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    if v.get("profiles").is_some_and(|p| p.is_array()) {
        let pack: ProfileFile = serde_json::from_value(v).map_err(|e| SourceError::Json {
            line: 0,
            column: 0,
            message: e.to_string(),
        })?;
        if pack.profiles.len() > MAX_ROWS {
            return Err(SourceError::TooManyRows {
                rows: pack.profiles.len(),
                max: MAX_ROWS,
            });
        }
        return Ok(JsonInput::Pack(pack));
    }
    let list = match &v {
        serde_json::Value::Array(a) => a,
        _ => return Err(SourceError::JsonShape),
    };
    let mut headers: Vec<String> = Vec::new();
    for item in list {
        let obj = item.as_object().ok_or(SourceError::JsonShape)?;
        for k in obj.keys() {
            if !headers.contains(k) {
                headers.push(k.clone());
                if headers.len() > MAX_COLUMNS {
                    return Err(SourceError::TooManyColumns {
                        columns: headers.len(),
                        max: MAX_COLUMNS,
                    });
                }
            }
        }
    }
    let cell = |v: Option<&serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join("、"),
        Some(other) => other.to_string(),
    };
    let rows = list
        .iter()
        .enumerate()
        .map(|(i, item)| Row {
            line: i + 1,
            cells: headers.iter().map(|h| cell(item.get(h))).collect(),
        })
        .collect();
    let t = Table {
        headers,
        rows,
        ..Table::default()
    };
    limits(&t)?;
    Ok(JsonInput::Table(t))
}

/// The records of a profile pack (for validation like any other import).
pub fn pack_records(pack: &ProfileFile) -> &[ProfileRecord] {
    &pack.profiles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_tables_skip_blank_rows_and_keep_line_numbers() {
        let t = table_from_csv("\u{FEFF}ID,活動拠点\n\nA1,北海道\n,\nA2,\"東京都\"\n").unwrap();
        assert_eq!(t.headers, ["ID", "活動拠点"]);
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 5]);
        assert_eq!(table_from_csv("  \n").unwrap_err(), SourceError::Empty);
        assert!(matches!(
            table_from_csv("a,b\n\"x"),
            Err(SourceError::Csv { line: 2, .. })
        ));
    }

    #[test]
    fn title_rows_above_and_notes_below_are_set_aside() {
        let csv = "令和7年度 人材一覧,,,\n（令和7年4月1日現在）,,,\n\n登録番号,人材類型,活動拠点,現地対応\nP1,エンジニア,北海道,○\n※ 注記の行,,,\nP2,プロデューサー,青森県,×\n\n※ 表の下の注記,,,\n出典：○○県,,,\n";
        let t = table_from_csv(csv).unwrap();
        assert_eq!(t.header_line, 4);
        assert_eq!(t.headers, ["登録番号", "人材類型", "活動拠点", "現地対応"]);
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [5, 7]);
        let kinds: Vec<(usize, SkipKind)> = t.skipped.iter().map(|s| (s.line, s.kind)).collect();
        assert_eq!(
            kinds,
            [
                (1, SkipKind::Title),
                (2, SkipKind::Title),
                (6, SkipKind::Note),
                (9, SkipKind::Note),
                (10, SkipKind::Note)
            ]
        );
        // The user may pick another row as the header.
        let t = table_from_csv_at(csv, Some(2)).unwrap();
        assert_eq!(t.headers[0], "（令和7年4月1日現在）");
        assert_eq!(
            table_from_csv_at(csv, Some(99)).unwrap_err(),
            SourceError::NoSuchRow(99)
        );
    }

    #[test]
    fn json_lists_and_packs() {
        let JsonInput::Table(t) =
            table_from_json(r#"[{"ID":"1","専門分野":["防災","観光"]},{"ID":2,"資格":null}]"#)
                .unwrap()
        else {
            panic!("a table")
        };
        assert_eq!(t.headers, ["ID", "専門分野", "資格"]);
        assert_eq!(t.rows[0].cells, ["1", "防災、観光", ""]);
        assert_eq!(t.rows[1].cells, ["2", "", ""]);
        assert_eq!(
            table_from_json("{\"a\":1}").unwrap_err(),
            SourceError::JsonShape
        );
        assert!(matches!(
            table_from_json("[1,2]"),
            Err(SourceError::JsonShape)
        ));
        assert!(matches!(
            table_from_json("[{"),
            Err(SourceError::Json { .. })
        ));
        let pack = r#"{"id":"p","ja":"","en":"","as_of":"2026-01-01","source":"","fictional":false,"profiles":[]}"#;
        assert!(matches!(table_from_json(pack), Ok(JsonInput::Pack(_))));
    }
}
