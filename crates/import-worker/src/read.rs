//! Reading one file into a table (or a profile pack): choosing the reader by name, decoding
//! text, and summarising what was read for the page (headers, a preview, suggestions).

use dxm_domain::import::encoding::looks_binary;
use dxm_domain::import::layout;
pub use dxm_domain::import::protocol::{ReadError, Summary};
use dxm_domain::import::xlsx::read_xlsx_at;
use dxm_domain::import::{
    detect_encoding, suggest_for_table, table_from_csv_at, table_from_json, Encoding, JsonInput,
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
    /// The header's line, or `None` to find it.
    pub header: Option<usize>,
}

pub enum Input {
    Table(Table),
    Pack(ProfileFile),
}

const PREVIEW_ROWS: usize = 5;

fn extension(name: &str) -> String {
    name.rsplit('.').next().unwrap_or("").to_ascii_lowercase()
}

/// Decodes text: UTF-8 here (no round trip through JavaScript strings for a large list), other
/// encodings with the browser's decoder (Shift_JIS included, no decoder shipped). Bytes that
/// are not text in the encoding become U+FFFD either way, which validation reports.
fn decode(bytes: &[u8], label: &str) -> Result<String, ReadError> {
    if label.eq_ignore_ascii_case("utf-8") {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    }
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
        suggested: suggest_for_table(t, cat),
        pack_name: String::new(),
        pack_as_of: String::new(),
        pack_fictional: false,
        header_line: t.header_line,
        header_choices: Summary::header_choices(t),
        layout: layout::detect(&t.headers, cat).map(|l| l.id.clone()),
    };
    match extension(req.name).as_str() {
        "xlsx" | "xlsm" => {
            let (sheets, sheet, t) = read_xlsx_at(bytes, req.sheet, req.header)?;
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
                            pack_fictional: p.fictional,
                            header_line: 0,
                            header_choices: Vec::new(),
                            layout: None,
                        };
                        Ok((s, Input::Pack(p)))
                    }
                }
            } else {
                let t = table_from_csv_at(&text, req.header).map_err(ReadError::Source)?;
                Ok((
                    summary("csv", Some(encoding), Vec::new(), String::new(), &t),
                    Input::Table(t),
                ))
            }
        }
    }
}
