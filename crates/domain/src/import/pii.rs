//! The anonymity guard: finding personal data (names by column, e-mail addresses, phone
//! numbers, postal addresses, dates of birth in text) so that it is never stored.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    Name,
    Email,
    Phone,
    Address,
    Birth,
    /// A photograph (or a link to one).
    Photo,
    /// A link to a personal page or document (the profile PDF of a published list, a homepage).
    Link,
}

/// What replaces removed personal data in free text.
pub const REDACTED: &str = "［個人情報を削除］";

/// A full-width ASCII character (Ａ, ＠, ．, ０ …) as its ASCII form: an address typed in
/// full width is still an address.
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

fn is_ascii_local(c: char) -> bool {
    let c = narrow(c);
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn is_domain_char(c: char) -> bool {
    let c = narrow(c);
    c.is_ascii_alphanumeric() || c == '.' || c == '-'
}

/// Byte ranges of e-mail-like tokens (local@domain.tld).
fn emails(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, _) in s.match_indices(['@', '＠']) {
        let start = s[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_ascii_local(*c))
            .last()
            .map(|(i, _)| i);
        let rest = &s[at + s[at..].chars().next().map_or(1, char::len_utf8)..];
        let dom_len: usize = rest
            .chars()
            .take_while(|c| is_domain_char(*c))
            .map(char::len_utf8)
            .sum();
        let domain: String = rest[..dom_len].chars().map(narrow).collect();
        if let Some(start) = start {
            if domain.contains('.') && !domain.starts_with('.') && domain.len() > 2 {
                out.push((start, at + (s.len() - rest.len() - at) + dom_len));
            }
        }
    }
    out
}

/// Byte ranges of runs of digits (half- or full-width) joined by hyphens, spaces or
/// parentheses: phone numbers have 10–11 digits starting with 0, postal codes 3+4 digits.
/// Each run is given to `found` with its digits (「-」 for a joiner, 「+」 first for an
/// international number), in one buffer for all runs.
fn digit_runs(s: &str, mut found: impl FnMut(usize, usize, &str)) {
    let mut digits = String::new();
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let joiner = |c: char| {
        matches!(
            c,
            '-' | '‐' | '－' | '―' | 'ー' | '(' | ')' | '（' | '）' | ' ' | '　' | '.'
        )
    };
    // One or two joiners between digits (「-」, 「 (」 as in 「+81 (0)3」) at the start of `rest`.
    let joins = |rest: &str| {
        let mut cs = rest.chars();
        let (a, b, c) = (cs.next(), cs.next(), cs.next());
        let is = |x: Option<char>, f: &dyn Fn(char) -> bool| x.is_some_and(f);
        is(a, &joiner) && (is(b, &digit) || (is(b, &joiner) && is(c, &digit)))
    };
    // The character before the one at `pos` (a run may follow a plus sign).
    let mut before: Option<char> = None;
    let mut pos = 0;
    while let Some(c) = s[pos..].chars().next() {
        if !digit(c) {
            before = Some(c);
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        digits.clear();
        // An international number: 「+81 90-…」, 「＋８１…」.
        let plus = matches!(before, Some('+' | '＋'));
        if plus {
            digits.push('+');
        }
        while let Some(c) = s[pos..].chars().next() {
            if digit(c) {
                digits.push(
                    char::from_digit(c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32), 10)
                        .unwrap_or('0'),
                );
            } else if joins(&s[pos..]) {
                digits.push('-');
            } else {
                break;
            }
            pos += c.len_utf8();
        }
        match before {
            Some(p) if plus => found(start - p.len_utf8(), pos, &digits),
            _ => found(start, pos, &digits),
        }
    }
}

fn classify_digits(d: &str) -> Option<PiiKind> {
    let digits = d.bytes().filter(u8::is_ascii_digit).count();
    let first = d.bytes().find(u8::is_ascii_digit);
    if first == Some(b'0') && (10..=11).contains(&digits) {
        return Some(PiiKind::Phone);
    }
    // +81 and the number without its leading 0 (9–10 digits), or with it in brackets: any
    // international number (E.164 allows up to 15 digits) is a phone number.
    if d.starts_with('+') && (10..=15).contains(&digits) {
        return Some(PiiKind::Phone);
    }
    let mut groups = d.split('-').filter(|g| !g.is_empty());
    if let (Some(a), Some(b), None) = (groups.next(), groups.next(), groups.next()) {
        if a.len() == 3 && b.len() == 4 {
            return Some(PiiKind::Address);
        }
    }
    None
}

/// A date of birth: 「生年月日」「生まれ」 near a date, or 19xx/20xx年m月d日 forms after 「生」.
const BIRTH_KEYS: [&str; 3] = ["生年月日", "生まれ", "誕生日"];

fn births(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Every key has 「生」 (a test checks): most text is passed over with one quick search.
    if !s.contains('生') {
        return out;
    }
    for key in BIRTH_KEYS {
        for (at, _) in s.match_indices(key) {
            // The key and up to 16 characters around it that belong to a date.
            let after: usize = s[at..]
                .char_indices()
                .take(16 + key.chars().count())
                .last()
                .map_or(0, |(i, c)| i + c.len_utf8());
            let before = s[..at]
                .char_indices()
                .rev()
                .take(16)
                .last()
                .map_or(at, |(i, _)| i);
            let window = &s[before..at + after];
            if window
                .chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
            {
                out.push((before, at + after));
            }
        }
    }
    out
}

/// Postal addresses: a prefecture name followed by 市/区/町/村 and a block number, or 〒.
fn addresses(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, _) in s.match_indices('〒') {
        let end = s[at..]
            .char_indices()
            .take(40)
            .take_while(|(_, c)| *c != '\n' && *c != '。')
            .last()
            .map_or(at, |(i, c)| at + i + c.len_utf8());
        out.push((at, end));
    }
    for pref_end in ['都', '道', '府', '県'] {
        for (at, _) in s.match_indices(pref_end) {
            let tail = &s[at..];
            let tail_chars = &tail[..tail.char_indices().nth(30).map_or(tail.len(), |(i, _)| i)];
            let has_city = tail_chars.contains('市')
                || tail_chars.contains('区')
                || tail_chars.contains('町')
                || tail_chars.contains('村');
            let has_block = tail_chars.contains('丁') || tail_chars.contains("番地") || {
                let mut joined = false;
                digit_runs(tail_chars, |_, _, d| joined |= d.contains('-'));
                joined
            };
            if has_city && has_block {
                let start = s[..at]
                    .char_indices()
                    .rev()
                    .take(3)
                    .last()
                    .map_or(at, |(i, _)| i);
                let end = at + tail_chars.len();
                out.push((start, end));
            }
        }
    }
    out
}

/// The kind of personal data a whole value is (an e-mail address, a phone number …), if it is
/// nothing but that.
pub fn value_kind(value: &str) -> Option<PiiKind> {
    let value = value.trim();
    let spans = findings(value);
    if spans.is_empty() {
        return None;
    }
    let (kinds, clean) = remove(value, spans);
    (kinds.len() == 1 && clean.trim() == REDACTED).then(|| kinds[0])
}

/// The kind of personal data a column holds, judged by its values whatever its header says:
/// at least half of its first non-empty values are e-mail addresses, phone numbers, postal
/// addresses or dates of birth of one kind.
pub fn column_kind<'a>(values: impl Iterator<Item = &'a str>) -> Option<PiiKind> {
    let mut seen = 0usize;
    let mut counts: Vec<(PiiKind, usize)> = Vec::new();
    for v in values.filter(|v| !v.trim().is_empty()).take(50) {
        seen += 1;
        if let Some(k) = value_kind(v) {
            match counts.iter_mut().find(|(c, _)| *c == k) {
                Some((_, n)) => *n += 1,
                None => counts.push((k, 1)),
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| seen > 0 && n * 2 >= seen)
        .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))
        .map(|(k, _)| k)
}

/// Finds personal data in free text; returns the kinds found and the text with each finding
/// replaced by `REDACTED`.
pub fn redact(text: &str) -> (Vec<PiiKind>, String) {
    remove(text, findings(text))
}

/// Where `redact` finds personal data, and of what kind.
fn findings(text: &str) -> Vec<(usize, usize, PiiKind)> {
    let mut spans: Vec<(usize, usize, PiiKind)> = Vec::new();
    spans.extend(
        emails(text)
            .into_iter()
            .map(|(a, b)| (a, b, PiiKind::Email)),
    );
    digit_runs(text, |a, b, d| {
        if let Some(k) = classify_digits(d) {
            spans.push((a, b, k));
        }
    });
    spans.extend(
        births(text)
            .into_iter()
            .map(|(a, b)| (a, b, PiiKind::Birth)),
    );
    spans.extend(
        addresses(text)
            .into_iter()
            .map(|(a, b)| (a, b, PiiKind::Address)),
    );
    spans
}

/// The kinds of personal data found and the text with each finding replaced by `REDACTED`.
fn remove(text: &str, mut spans: Vec<(usize, usize, PiiKind)>) -> (Vec<PiiKind>, String) {
    if spans.is_empty() {
        return (Vec::new(), text.to_owned());
    }
    spans.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
    let mut out = String::new();
    let mut kinds = Vec::new();
    let mut pos = 0;
    for (a, b, k) in spans {
        if a < pos {
            // Overlaps a span already removed.
            pos = pos.max(b);
            continue;
        }
        out.push_str(&text[pos..a]);
        out.push_str(REDACTED);
        pos = b;
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    out.push_str(&text[pos..]);
    kinds.sort();
    (kinds, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `digit_runs` as first written (every character laid out first): the new one must agree.
    fn digit_runs_by_index(s: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let joiner = |c: char| {
            matches!(
                c,
                '-' | '‐' | '－' | '―' | 'ー' | '(' | ')' | '（' | '）' | ' ' | '　' | '.'
            )
        };
        let mut i = 0;
        while i < chars.len() {
            if !digit(chars[i].1) {
                i += 1;
                continue;
            }
            let start = i;
            let mut digits = String::new();
            let mut end = i;
            // One or two joiners between digits (「-」, 「 (」 as in 「+81 (0)3」).
            let joins = |at: usize| {
                (1..=2).any(|n| {
                    (at..at + n).all(|k| k < chars.len() && joiner(chars[k].1))
                        && chars.get(at + n).is_some_and(|&(_, c)| digit(c))
                })
            };
            while end < chars.len() && (digit(chars[end].1) || joins(end)) {
                let c = chars[end].1;
                if digit(c) {
                    digits.push(
                        char::from_digit(
                            c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32),
                            10,
                        )
                        .unwrap_or('0'),
                    );
                } else {
                    digits.push('-');
                }
                end += 1;
            }
            let byte_end = chars.get(end).map_or(s.len(), |(b, _)| *b);
            // An international number: 「+81 90-…」, 「＋８１…」.
            let plus = start
                .checked_sub(1)
                .filter(|&p| matches!(chars[p].1, '+' | '＋'));
            match plus {
                Some(p) => out.push((chars[p].0, byte_end, format!("+{digits}"))),
                None => out.push((chars[start].0, byte_end, digits)),
            }
            i = end;
        }
        out
    }

    #[test]
    fn every_birth_key_has_the_character_searched_first() {
        assert!(BIRTH_KEYS.iter().all(|k| k.contains('生')));
    }

    proptest::proptest! {
        #[test]
        fn digit_runs_agree_with_the_first_version(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "0", "12", "０９", "-", "ー", "（", ")", " ", "　", ".", "+", "＋", "a", "電話", "--",
                ]),
                0..20,
            )
        ) {
            let text: String = pieces.concat();
            let mut runs = Vec::new();
            digit_runs(&text, |a, b, d| runs.push((a, b, d.to_owned())));
            proptest::prop_assert_eq!(runs, digit_runs_by_index(&text));
        }
    }

    #[test]
    fn finds_and_removes_contact_details_and_birth_dates() {
        let (k, t) = redact(
            "連絡は taro.yamada@example.jp まで。電話 03-1234-5678、携帯０９０１２３４５６７８",
        );
        assert_eq!(k, [PiiKind::Email, PiiKind::Phone]);
        assert_eq!(
            t,
            "連絡は ［個人情報を削除］ まで。電話 ［個人情報を削除］、携帯［個人情報を削除］"
        );
        let (k, t) = redact("〒060-0001 北海道札幌市中央区北1条西2丁目 在住");
        assert_eq!(k, [PiiKind::Address]);
        assert!(!t.contains("060") && !t.contains("中央区北1条"), "{t}");
        let (k, _) = redact("生年月日：1980年4月1日");
        assert_eq!(k, [PiiKind::Birth]);
    }

    #[test]
    fn finds_full_width_addresses_and_international_numbers() {
        for (text, kind) in [
            (
                "連絡先：ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ",
                PiiKind::Email,
            ),
            ("taro＠example.jp", PiiKind::Email),
            (
                "ｈａｎａｋｏ@ｍａｉｌ．ｅｘａｍｐｌｅ．ｃｏｍ まで",
                PiiKind::Email,
            ),
            ("携帯 +81 90-1234-5678", PiiKind::Phone),
            ("電話 +81-3-1234-5678", PiiKind::Phone),
            ("TEL: +81 (0)3 1234 5678", PiiKind::Phone),
            ("＋８１　９０－１２３４－５６７８", PiiKind::Phone),
            ("+819012345678", PiiKind::Phone),
        ] {
            let (k, t) = redact(text);
            assert_eq!(k, [kind], "{text} → {t}");
            assert!(
                !t.chars()
                    .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
                    && !t.contains('@')
                    && !t.contains('＠'),
                "{text} → {t}"
            );
        }
        assert_eq!(value_kind("+81 90-1234-5678"), Some(PiiKind::Phone));
        assert_eq!(
            value_kind("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"),
            Some(PiiKind::Email)
        );
        // Not numbers of a person: a score, a count, a year range.
        for s in ["+12点", "＋3件", "2019-2024", "+81"] {
            assert_eq!(redact(s).0, vec![], "{s}");
        }
    }

    #[test]
    fn leaves_ordinary_profile_text_alone() {
        for s in [
            "民間IT企業。エンジニアとして防災の分野を中心に支援。経験12年、支援実績15件。",
            "2019年から2024年まで県のCIO補佐官。ISO 27001 の導入支援。",
            "北海道の自治体で窓口DXを支援",
            "",
        ] {
            assert_eq!(redact(s), (vec![], s.to_owned()), "{s}");
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "@",
            "a@",
            "@b.c",
            "０",
            "〒",
            "生年月日",
            "県市区1-",
            "x@y.",
            "ー1ー2ー",
            "１２３-４５６７",
        ] {
            let _ = redact(s);
        }
    }
}
