use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// One spoke: a label and two values on the 0 (z) – 4 (a) scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Spoke {
    pub label: String,
    pub need: f64,
    pub have: f64,
}

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 440.0;
const CENTER: (f64, f64) = (280.0, 220.0);
const RADIUS: f64 = 140.0;
const MAX: f64 = 4.0;

fn point(k: usize, n: usize, value: f64) -> (f64, f64) {
    // Start at the top and go clockwise.
    let angle = -std::f64::consts::FRAC_PI_2 + (k as f64) * std::f64::consts::TAU / (n as f64);
    let r = RADIUS * value.clamp(0.0, MAX) / MAX;
    (CENTER.0 + r * angle.cos(), CENTER.1 + r * angle.sin())
}

fn polygon(values: impl Iterator<Item = f64>, n: usize) -> String {
    values
        .enumerate()
        .map(|(k, v)| {
            let (x, y) = point(k, n, v);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Radar chart of needed vs in-house levels. Needed is a dashed outline with square markers,
/// in-house a filled shape with round markers, so colour never carries the meaning alone. The
/// same numbers must be given in a table next to it (`table_id`).
#[component]
pub fn RadarChart(
    #[prop(into)] spokes: Signal<Vec<Spoke>>,
    #[prop(into)] summary: Signal<String>,
    table_id: &'static str,
) -> impl IntoView {
    let rings = [1.0, 2.0, 3.0, 4.0];
    let letters = ['d', 'c', 'b', 'a'];
    view! {
        <figure class="chart radar">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="radar-title radar-desc"
                aria-describedby=table_id
            >
                <title id="radar-title">{tr(Msg::RadarTitle)}</title>
                <desc id="radar-desc">{move || summary.get()}</desc>
                {move || {
                    let s = spokes.get();
                    let n = s.len().max(3);
                    let grid = rings
                        .iter()
                        .zip(letters)
                        .map(|(r, letter)| {
                            let (lx, ly) = point(0, n, *r);
                            view! {
                                <polygon class="radar-ring" points=polygon(std::iter::repeat_n(*r, n), n)></polygon>
                                <text class="radar-tick" x=format!("{:.1}", lx + 4.0) y=format!("{:.1}", ly + 4.0)>{letter.to_string()}</text>
                            }
                        })
                        .collect_view();
                    let axes = s
                        .iter()
                        .enumerate()
                        .map(|(k, sp)| {
                            let (x, y) = point(k, n, MAX);
                            let (tx, ty) = point(k, n, MAX + 0.7);
                            let anchor = if (tx - CENTER.0).abs() < 8.0 {
                                "middle"
                            } else if tx > CENTER.0 {
                                "start"
                            } else {
                                "end"
                            };
                            view! {
                                <line class="radar-axis" x1=CENTER.0 y1=CENTER.1 x2=format!("{x:.1}") y2=format!("{y:.1}")></line>
                                <text class="radar-label" x=format!("{tx:.1}") y=format!("{:.1}", ty + 5.0) text-anchor=anchor>
                                    {sp.label.clone()}
                                </text>
                            }
                        })
                        .collect_view();
                    let marks = s
                        .iter()
                        .enumerate()
                        .map(|(k, sp)| {
                            let (nx, ny) = point(k, n, sp.need);
                            let (hx, hy) = point(k, n, sp.have);
                            view! {
                                <rect class="radar-need-mark" x=format!("{:.1}", nx - 4.0) y=format!("{:.1}", ny - 4.0) width="8" height="8"></rect>
                                <circle class="radar-have-mark" cx=format!("{hx:.1}") cy=format!("{hy:.1}") r="4.5"></circle>
                            }
                        })
                        .collect_view();
                    view! {
                        <g aria-hidden="true">
                            {grid}
                            {axes}
                            <polygon class="radar-have" points=polygon(s.iter().map(|p| p.have), n)></polygon>
                            <polygon class="radar-need" points=polygon(s.iter().map(|p| p.need), n)></polygon>
                            {marks}
                        </g>
                    }
                }}
            </svg>
            <figcaption class="chart-legend">
                <span class="legend-need" aria-hidden="true"></span>
                {tr(Msg::AvgNeed)}
                <span class="legend-have" aria-hidden="true"></span>
                {tr(Msg::AvgHave)}
            </figcaption>
        </figure>
    }
}
