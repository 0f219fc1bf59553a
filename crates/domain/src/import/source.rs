//! Turning a decoded file into a `Table` (CSV, JSON list of objects) or, for a profile pack
//! (the app's own JSON format), directly into records.

use super::{Row, SourceError, Table, MAX_COLUMNS, MAX_ROWS};
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

/// Reads CSV text: the first non-blank record is the header. Fully blank rows are skipped.
pub fn table_from_csv(text: &str) -> Result<Table, SourceError> {
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
    let mut it = records
        .into_iter()
        .filter(|r| r.fields.iter().any(|f| !f.trim().is_empty()));
    let header = it.next().ok_or(SourceError::NoHeader)?;
    let t = Table {
        headers: header.fields.iter().map(|h| h.trim().to_owned()).collect(),
        rows: it
            .map(|r| Row {
                line: r.line,
                cells: r.fields,
            })
            .collect(),
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
    let t = Table { headers, rows };
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
