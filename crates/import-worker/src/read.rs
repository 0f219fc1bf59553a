//! Reading one file into a table (or a profile pack): choosing the reader by name, decoding
//! text, and summarising what was read for the page (headers, a preview, suggestions).

use dxm_domain::import::encoding::looks_binary;
pub use dxm_domain::import::protocol::{ReadError, Summary};
use dxm_domain::import::{
    detect_encoding, suggest_mapping, table_from_csv, table_from_json, Encoding, JsonInput, Row,
    SourceError, Table,
};
use dxm_domain::profile::ProfileFile;
use dxm_domain::Catalog;

pub struct Read<'a> {
    pub name: &'a str,
    /// "" to detect, or a `TextDecoder` label chosen by the user.
    pub encoding: &'a str,
    /// "" for the first sheet.
    pub sheet: &'a str,
}

pub enum Input {
    Table(Table),
    Pack(ProfileFile),
}

const PREVIEW_ROWS: usize = 5;

fn extension(name: &str) -> String {
    name.rsplit('.').next().unwrap_or("").to_ascii_lowercase()
}

/// Decodes text with the browser's decoder (Shift_JIS included, no decoder shipped).
fn decode(bytes: &[u8], label: &str) -> Result<String, ReadError> {
    let opts = web_sys::TextDecoderOptions::new();
    opts.set_fatal(false);
    let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &opts)
        .map_err(|_| ReadError::Decode(label.to_owned()))?;
    decoder
        .decode_with_u8_array(bytes)
        .map_err(|_| ReadError::Decode(label.to_owned()))
}

pub fn read_file(
    cat: &Catalog,
    bytes: &[u8],
    req: &Read<'_>,
) -> Result<(Summary, Input), ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Source(SourceError::Empty));
    }
    let summary = |kind: &str, encoding, sheets: Vec<String>, sheet: String, t: &Table| Summary {
        kind: kind.to_owned(),
        encoding,
        sheets,
        sheet,
        headers: t.headers.clone(),
        preview: t
            .rows
            .iter()
            .take(PREVIEW_ROWS)
            .map(|r| r.cells.clone())
            .collect(),
        rows: t.rows.len(),
        suggested: suggest_mapping(&t.headers, cat),
        pack_name: String::new(),
        pack_as_of: String::new(),
    };
    match extension(req.name).as_str() {
        "xlsx" | "xlsm" => {
            let (sheets, sheet, t) = read_xlsx(bytes, req.sheet)?;
            Ok((summary("xlsx", None, sheets, sheet, &t), Input::Table(t)))
        }
        ext => {
            if looks_binary(bytes) {
                return Err(ReadError::Source(SourceError::Binary));
            }
            let detected = detect_encoding(bytes);
            let label = if req.encoding.is_empty() {
                detected.label()
            } else {
                req.encoding
            };
            let encoding = match label {
                "shift_jis" => Encoding::ShiftJis,
                _ if detected == Encoding::Utf8Bom => Encoding::Utf8Bom,
                _ => Encoding::Utf8,
            };
            let text = decode(bytes, label)?;
            if ext == "json" {
                match table_from_json(&text).map_err(ReadError::Source)? {
                    JsonInput::Table(t) => Ok((
                        summary("json", Some(encoding), Vec::new(), String::new(), &t),
                        Input::Table(t),
                    )),
                    JsonInput::Pack(p) => {
                        let s = Summary {
                            kind: "pack".to_owned(),
                            encoding: Some(encoding),
                            sheets: Vec::new(),
                            sheet: String::new(),
                            headers: Vec::new(),
                            preview: Vec::new(),
                            rows: p.profiles.len(),
                            suggested: Vec::new(),
                            pack_name: if p.ja.is_empty() {
                                p.en.clone()
                            } else {
                                p.ja.clone()
                            },
                            pack_as_of: p.as_of.clone(),
                        };
                        Ok((s, Input::Pack(p)))
                    }
                }
            } else {
                let t = table_from_csv(&text).map_err(ReadError::Source)?;
                Ok((
                    summary("csv", Some(encoding), Vec::new(), String::new(), &t),
                    Input::Table(t),
                ))
            }
        }
    }
}

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

/// The chosen (or first) sheet as a table: the first non-empty row is the header; row numbers
/// are the sheet's (1-based), as Excel shows them.
fn read_xlsx(bytes: &[u8], wanted: &str) -> Result<(Vec<String>, String, Table), ReadError> {
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
    let mut rows = range.rows().enumerate().map(|(i, r)| Row {
        line: first_row + i + 1,
        // Keep columns aligned with the sheet even when the used range starts further right.
        cells: std::iter::repeat_n(String::new(), first_col)
            .chain(r.iter().map(cell_text))
            .collect(),
    });
    let header = rows
        .find(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
        .ok_or(ReadError::Source(SourceError::NoHeader))?;
    let table = Table {
        headers: header.cells.iter().map(|h| h.trim().to_owned()).collect(),
        rows: rows
            .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
            .collect(),
    };
    if table.rows.len() > dxm_domain::import::MAX_ROWS {
        return Err(ReadError::Source(SourceError::TooManyRows {
            rows: table.rows.len(),
            max: dxm_domain::import::MAX_ROWS,
        }));
    }
    if table.headers.len() > dxm_domain::import::MAX_COLUMNS {
        return Err(ReadError::Source(SourceError::TooManyColumns {
            columns: table.headers.len(),
            max: dxm_domain::import::MAX_COLUMNS,
        }));
    }
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
        let Ok(bytes) = std::fs::read(path) else {
            return;
        };
        let (sheets, sheet, t) = read_xlsx(&bytes, "").unwrap();
        assert_eq!(sheets.first(), Some(&sheet));
        assert!(t.headers.len() > 60 && !t.rows.is_empty());
        assert_eq!(t.headers[0], "登録番号");
        assert!(matches!(
            read_xlsx(&bytes, "no such sheet"),
            Err(ReadError::NoSheet(_))
        ));
    }
}
