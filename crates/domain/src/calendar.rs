//! Dates as Japanese users read them: the fiscal year (April to March), and 和暦 (令和, 平成 …)
//! next to 西暦. The domain has no clock: callers pass milliseconds since the epoch and the
//! local offset from UTC, so the same instant always reads the same way.

use crate::text::Lang;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike};

/// The local date and time of an instant (`ms` since the epoch, `offset_minutes` east of UTC —
/// 540 in Japan). `None` outside the range chrono represents.
pub fn local(ms: i64, offset_minutes: i32) -> Option<NaiveDateTime> {
    let shifted = ms.checked_add(i64::from(offset_minutes) * 60_000)?;
    DateTime::from_timestamp_millis(shifted).map(|d| d.naive_utc())
}

/// The fiscal year a date falls in: 2026 for 2026-04-01 … 2027-03-31 (令和8年度).
pub fn fiscal_year(d: NaiveDate) -> i32 {
    if d.month() >= 4 {
        d.year()
    } else {
        d.year() - 1
    }
}

/// First and last day of a fiscal year.
pub fn fiscal_year_span(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(year, 4, 1)?,
        NaiveDate::from_ymd_opt(year + 1, 3, 31)?,
    ))
}

/// A Japanese era: its name and the day it began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    pub ja: &'static str,
    pub en: &'static str,
    start: (i32, u32, u32),
}

const ERAS: [Era; 4] = [
    Era {
        ja: "令和",
        en: "Reiwa",
        start: (2019, 5, 1),
    },
    Era {
        ja: "平成",
        en: "Heisei",
        start: (1989, 1, 8),
    },
    Era {
        ja: "昭和",
        en: "Shōwa",
        start: (1926, 12, 25),
    },
    Era {
        ja: "大正",
        en: "Taishō",
        start: (1912, 7, 30),
    },
];

/// The era of a date and the year within it (1 = 元年); `None` before 大正.
pub fn era_year(d: NaiveDate) -> Option<(Era, i32)> {
    ERAS.iter().find_map(|e| {
        let (y, m, day) = e.start;
        let start = NaiveDate::from_ymd_opt(y, m, day)?;
        (d >= start).then(|| (*e, d.year() - y + 1))
    })
}

/// 「令和8年」, 「令和元年」 (Japanese) or "Reiwa 8" (English); empty before 大正.
pub fn era_label(lang: Lang, d: NaiveDate) -> String {
    era_year(d).map_or(String::new(), |(e, y)| era_year_label(lang, e, y))
}

/// Year `y` of era `e`: 「令和8年」, 「令和元年」 / "Reiwa 8".
fn era_year_label(lang: Lang, e: Era, y: i32) -> String {
    match (lang, y) {
        (Lang::Ja, 1) => format!("{}元年", e.ja),
        (Lang::Ja, _) => format!("{}{y}年", e.ja),
        (Lang::En, _) => format!("{} {y}", e.en),
    }
}

/// A fiscal year (April `year` to March `year + 1`) as users read it: 「令和8年度（2026年度）」,
/// 「令和元年度（2019年度）」 in Japanese, "FY2026" in English. A fiscal year is named after the
/// era of the calendar year it starts in (2019 is 令和元年度 though 令和 began on 1 May; 2018
/// is 平成30年度); one before 大正 reads in 西暦 only.
pub fn fiscal_year_label(lang: Lang, year: u16) -> String {
    let era = NaiveDate::from_ymd_opt(i32::from(year), 12, 31).and_then(era_year);
    match (lang, era) {
        (Lang::Ja, Some((e, y))) => format!("{}度（{year}年度）", era_year_label(lang, e, y)),
        (Lang::Ja, _) => format!("{year}年度"),
        (Lang::En, _) => format!("FY{year}"),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// 「2026年（令和8年）11月26日 13:45」 / "26 Nov 2026 (Reiwa 8) 13:45".
pub fn date_time_label(lang: Lang, t: NaiveDateTime) -> String {
    let d = t.date();
    let era = era_label(lang, d);
    match lang {
        Lang::Ja => format!(
            "{}年（{era}）{}月{}日 {:02}:{:02}",
            d.year(),
            d.month(),
            d.day(),
            t.hour(),
            t.minute()
        ),
        Lang::En => format!(
            "{} {} {} ({era}) {:02}:{:02}",
            d.day(),
            MONTHS[d.month0() as usize],
            d.year(),
            t.hour(),
            t.minute()
        ),
    }
}

/// 2026-11-26, for file names.
pub fn iso_date(t: NaiveDateTime) -> String {
    let d = t.date();
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn fiscal_years_turn_on_the_first_of_april() {
        assert_eq!(fiscal_year(day(2026, 3, 31)), 2025);
        assert_eq!(fiscal_year(day(2026, 4, 1)), 2026);
        assert_eq!(fiscal_year(day(2027, 3, 31)), 2026);
        assert_eq!(fiscal_year(day(2024, 2, 29)), 2023);
        assert_eq!(
            fiscal_year_span(2026),
            Some((day(2026, 4, 1), day(2027, 3, 31)))
        );
    }

    #[test]
    fn eras_change_on_their_first_day() {
        assert_eq!(era_label(Lang::Ja, day(2019, 4, 30)), "平成31年");
        assert_eq!(era_label(Lang::Ja, day(2019, 5, 1)), "令和元年");
        assert_eq!(era_label(Lang::Ja, day(2026, 11, 26)), "令和8年");
        assert_eq!(era_label(Lang::Ja, day(1989, 1, 7)), "昭和64年");
        assert_eq!(era_label(Lang::Ja, day(1989, 1, 8)), "平成元年");
        assert_eq!(era_label(Lang::En, day(2026, 1, 1)), "Reiwa 8");
        assert_eq!(era_label(Lang::Ja, day(1900, 1, 1)), "");
    }

    #[test]
    fn fiscal_years_read_in_both_calendars() {
        assert_eq!(fiscal_year_label(Lang::Ja, 2026), "令和8年度（2026年度）");
        assert_eq!(fiscal_year_label(Lang::Ja, 2020), "令和2年度（2020年度）");
        // 令和 began on 1 May 2019, within the fiscal year: the year is 令和元年度.
        assert_eq!(fiscal_year_label(Lang::Ja, 2019), "令和元年度（2019年度）");
        assert_eq!(fiscal_year_label(Lang::Ja, 2018), "平成30年度（2018年度）");
        // 平成 began on 8 January 1989: fiscal 1989 is 平成元年度.
        assert_eq!(fiscal_year_label(Lang::Ja, 1989), "平成元年度（1989年度）");
        assert_eq!(fiscal_year_label(Lang::Ja, 1900), "1900年度");
        assert_eq!(fiscal_year_label(Lang::En, 2026), "FY2026");
        assert_eq!(fiscal_year_label(Lang::En, 2018), "FY2018");
    }

    #[test]
    fn instants_read_in_local_time_in_both_calendars() {
        // 2026-03-31T15:30:00Z is 2026-04-01 00:30 in Japan: already the next fiscal year.
        let ms = 1_774_971_000_000;
        let utc = local(ms, 0).unwrap();
        let japan = local(ms, 540).unwrap();
        assert_eq!(fiscal_year(utc.date()), 2025);
        assert_eq!(fiscal_year(japan.date()), 2026);
        assert_eq!(
            date_time_label(Lang::Ja, japan),
            "2026年（令和8年）4月1日 00:30"
        );
        assert_eq!(
            date_time_label(Lang::En, japan),
            "1 Apr 2026 (Reiwa 8) 00:30"
        );
        assert_eq!(iso_date(japan), "2026-04-01");
        assert_eq!(local(i64::MAX, 540), None);
    }
}
