//! Reading .xlsx workbooks into a table (only with the `xlsx` feature: the import worker has
//! it, the page does not, so the spreadsheet reader is downloaded only by people who import).

use super::protocol::ReadError;
use super::{table_from_grid, Row, SourceError, Table, MAX_COLUMNS, MAX_ROWS};

fn cell_text(c: &calamine::Data) -> String {
    use calamine::Data;
    match c {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        // Whole numbers as integers ("15", not "15.0"), as people typed them.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// The chosen (or first) sheet as a table, its header found below any title rows (or on the
/// row given); row numbers are the sheet's (1-based), as Excel shows them.
pub fn read_xlsx(bytes: &[u8], wanted: &str) -> Result<(Vec<String>, String, Table), ReadError> {
    read_xlsx_at(bytes, wanted, None)
}

pub fn read_xlsx_at(
    bytes: &[u8],
    wanted: &str,
    header: Option<usize>,
) -> Result<(Vec<String>, String, Table), ReadError> {
    use calamine::Reader;
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes))
        .map_err(|e| ReadError::Spreadsheet(e.to_string()))?;
    let sheets = book.sheet_names();
    let sheet = if wanted.is_empty() {
        sheets
            .first()
            .cloned()
            .ok_or_else(|| ReadError::NoSheet(String::new()))?
    } else if sheets.iter().any(|s| s == wanted) {
        wanted.to_owned()
    } else {
        return Err(ReadError::NoSheet(wanted.to_owned()));
    };
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| ReadError::Spreadsheet(e.to_string()))?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    if range.height() > MAX_ROWS + 100 {
        return Err(ReadError::Source(SourceError::TooManyRows {
            rows: range.height(),
            max: MAX_ROWS,
        }));
    }
    if range.width() > MAX_COLUMNS {
        return Err(ReadError::Source(SourceError::TooManyColumns {
            columns: range.width(),
            max: MAX_COLUMNS,
        }));
    }
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, r)| Row {
            line: first_row + i + 1,
            // Keep columns aligned with the sheet even when the used range starts further right.
            cells: std::iter::repeat_n(String::new(), first_col)
                .chain(r.iter().map(cell_text))
                .collect(),
        })
        .collect();
    let table = table_from_grid(rows, header).map_err(ReadError::Source)?;
    Ok((sheets, sheet, table))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheets_that_are_not_spreadsheets_are_refused_cleanly() {
        assert!(matches!(
            read_xlsx(b"not a zip", ""),
            Err(ReadError::Spreadsheet(_))
        ));
        assert!(matches!(
            read_xlsx(b"PK\x03\x04truncated", ""),
            Err(ReadError::Spreadsheet(_))
        ));
        assert!(matches!(read_xlsx(&[], ""), Err(ReadError::Spreadsheet(_))));
    }

    #[test]
    fn the_template_workbook_reads_with_its_header_row() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../docs/templates/profiles-template.xlsx"
        );
        let bytes = std::fs::read(path).expect("the template is part of the repository");
        let (sheets, sheet, t) = read_xlsx(&bytes, "").unwrap();
        assert_eq!(sheets.first(), Some(&sheet));
        assert!(t.headers.len() > 60 && !t.rows.is_empty());
        assert_eq!(t.headers[0], "登録番号");
        assert!(matches!(
            read_xlsx(&bytes, "no such sheet"),
            Err(ReadError::NoSheet(_))
        ));
    }

    #[test]
    fn a_sheet_chosen_by_name_is_the_one_read() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../docs/templates/profiles-template.xlsx"
        );
        let bytes = std::fs::read(path).expect("the template is part of the repository");
        let (sheets, sheet, t) = read_xlsx(&bytes, "記入方法").unwrap();
        assert_eq!(sheets, ["人材リスト", "記入方法"]);
        assert_eq!(sheet, "記入方法");
        assert_eq!(t.headers, ["列", "書き方", "使える値"]);
        assert!(t.rows.iter().any(|r| r.cells[0] == "登録番号"));
    }
}
