//! A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM.
//! It never panics; a malformed record is reported with its line number.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// 1-based physical line where the problem was found.
    pub line: usize,
    pub message: String,
}

/// One record with the 1-based line on which it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

pub fn parse(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Every character with a meaning here is ASCII, so the text is read byte by byte and the
    // runs between them are copied whole (a byte after a run is always a character boundary).
    let bytes = text.as_bytes();
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut in_quotes = false;
    let mut quoted_field = false;
    let mut i = 0;
    while i < bytes.len() {
        if in_quotes {
            let end = run_end(bytes, i, |b| b == b'"' || b == b'\n');
            field.push_str(&text[i..end]);
            i = end;
            match bytes.get(i) {
                Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                    field.push('"');
                    i += 2;
                }
                Some(b'"') => {
                    in_quotes = false;
                    i += 1;
                }
                Some(_) => {
                    line += 1;
                    field.push('\n');
                    i += 1;
                }
                None => {}
            }
            continue;
        }
        match bytes[i] {
            b'"' if field.is_empty() && !quoted_field => {
                in_quotes = true;
                quoted_field = true;
            }
            b'"' => {
                return Err(CsvError {
                    line,
                    message: "a quote (\") inside an unquoted field: put the whole field in quotes and double the inner quote".into(),
                })
            }
            b',' => {
                fields.push(std::mem::take(&mut field));
                quoted_field = false;
            }
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {}
            b'\n' | b'\r' => {
                fields.push(std::mem::take(&mut field));
                quoted_field = false;
                push_record(&mut records, &mut fields, record_line);
                line += 1;
                record_line = line;
            }
            _ if quoted_field => {
                return Err(CsvError {
                    line,
                    message: "text after the closing quote of a field".into(),
                })
            }
            _ => {
                let end = run_end(bytes, i, |b| matches!(b, b'"' | b',' | b'\r' | b'\n'));
                field.push_str(&text[i..end]);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if in_quotes {
        return Err(CsvError {
            line: record_line,
            message: "a quoted field is never closed".into(),
        });
    }
    if !field.is_empty() || !fields.is_empty() || quoted_field {
        fields.push(field);
        push_record(&mut records, &mut fields, record_line);
    }
    Ok(records)
}

/// Where the run of bytes from `from` that `stop` does not stop at ends.
fn run_end(bytes: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| stop(b))
        .map_or(bytes.len(), |p| from + p)
}

fn push_record(records: &mut Vec<Record>, fields: &mut Vec<String>, line: usize) {
    // The next record is likely as wide as this one.
    let fields = std::mem::replace(fields, Vec::with_capacity(fields.len()));
    // A blank line is not a record.
    if fields.len() == 1 && fields[0].is_empty() {
        return;
    }
    records.push(Record { line, fields });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        parse(text).unwrap().into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn reads_quotes_bom_and_line_endings() {
        assert_eq!(
            fields("\u{FEFF}a,b\r\n\"x, y\",\"he said \"\"hi\"\"\"\n\nlast,\n"),
            vec![
                vec!["a", "b"],
                vec!["x, y", "he said \"hi\""],
                vec!["last", ""]
            ]
        );
        assert_eq!(
            fields("a,\"multi\nline\"\nb,c"),
            vec![vec!["a", "multi\nline"], vec!["b", "c"]]
        );
        assert_eq!(parse("a\nb,\"c\nd\"\ne").unwrap()[2].line, 4);
    }

    /// The reader as first written, character by character: the byte reader must agree.
    fn parse_by_char(text: &str) -> Result<Vec<Record>, CsvError> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let mut records = Vec::new();
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut line = 1;
        let mut record_line = 1;
        let mut in_quotes = false;
        let mut quoted_field = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if in_quotes {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' if field.is_empty() && !quoted_field => {
                    in_quotes = true;
                    quoted_field = true;
                }
                '"' => {
                    return Err(CsvError {
                        line,
                        message: "quote".into(),
                    })
                }
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    quoted_field = false;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    fields.push(std::mem::take(&mut field));
                    quoted_field = false;
                    push_record(&mut records, &mut fields, record_line);
                    line += 1;
                    record_line = line;
                }
                _ if quoted_field => {
                    return Err(CsvError {
                        line,
                        message: "after".into(),
                    })
                }
                _ => field.push(c),
            }
        }
        if in_quotes {
            return Err(CsvError {
                line: record_line,
                message: "open".into(),
            });
        }
        if !field.is_empty() || !fields.is_empty() || quoted_field {
            fields.push(field);
            push_record(&mut records, &mut fields, record_line);
        }
        Ok(records)
    }

    proptest::proptest! {
        #[test]
        fn reads_as_the_reader_by_character_did(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "bc", "防災", "、", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\u{FEFF}",
                ]),
                0..24,
            )
        ) {
            let text: String = pieces.concat();
            let kind = |m: &str| match m {
                _ if m.starts_with("a quote (") => "quote",
                _ if m.starts_with("text after") => "after",
                _ if m.starts_with("a quoted field") => "open",
                other => other,
            }
            .to_owned();
            let got = parse(&text).map_err(|e| (e.line, kind(&e.message)));
            let want = parse_by_char(&text).map_err(|e| (e.line, e.message));
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn reports_malformed_quotes_with_line() {
        assert_eq!(parse("ok\nab\"c").unwrap_err().line, 2);
        assert_eq!(parse("ok\n\"abc").unwrap_err().line, 2);
        assert_eq!(parse("\"abc\"x").unwrap_err().line, 1);
    }
}
