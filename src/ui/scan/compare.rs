//! Two results side by side: an overlaid radar with a legend that does not
//! rely on colour alone, and a table of per-dimension differences.

use leptos::prelude::*;

use crate::chart_svg::radar_svg;
use crate::core::chart::results_radar;
use crate::core::i18n::Lang;
use crate::core::i18n::Text;
use crate::core::links::share::SharedResult;
use crate::core::scan::compare::{compare, Direction};
use crate::core::scan::scoring::score;
use crate::ui::scan::history::date_text;
use crate::ui::state::CompareNames;

/// The compare page.
#[component]
pub fn ComparePage(
    /// The first result.
    first: SharedResult,
    /// The second result.
    second: SharedResult,
    /// How the two are named.
    names: CompareNames,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let a = score(&first.questionnaire, &first.answers);
    let b = score(&second.questionnaire, &second.answers);
    let chart = radar_svg(
        &results_radar(640.0, 440.0, &[&a, &b]),
        lang,
        t(Text::CompareChartAlt),
    );
    let name = move |when: Option<i64>| match when {
        Some(ms) => date_text(ms, lang),
        None => t(Text::PastedLink).to_owned(),
    };
    let (first_name, second_name) =
        crate::core::scan::compare::distinct_names(name(names.0), name(names.1));
    let rows = compare(&a, &b)
        .into_iter()
        .map(|delta| {
            let shown = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".to_owned());
            let (arrow, words) = match delta.direction {
                Direction::Up => ("▲", Text::DirectionUp),
                Direction::Down => ("▼", Text::DirectionDown),
                Direction::Same => ("=", Text::DirectionSame),
                Direction::Unknown => ("", Text::DirectionUnknown),
            };
            let difference = match delta.delta {
                Some(0) => format!("{arrow} 0 {}", t(words)),
                Some(d) => format!("{arrow} {d:+} {}", t(words)),
                None => t(words).to_owned(),
            };
            view! {
                <tr data-dimension=delta.dimension.id()>
                    <th scope="row">{delta.dimension.label().get(lang)}</th>
                    <td class="score-cell">{shown(delta.first)}</td>
                    <td class="score-cell">{shown(delta.second)}</td>
                    <td class="difference">{difference}</td>
                </tr>
            }
        })
        .collect_view();
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    view! {
        <div class="wrap page compare">
            <h1 id="compare-title" tabindex="-1" node_ref=title_ref>{t(Text::CompareTitle)}</h1>
            <figure class="chart">
                <div class="chart-box" inner_html=chart></div>
                <figcaption>
                    <span class="visually-hidden">{t(Text::CompareLegend)}": "</span>
                    <ul class="legend">
                        <li><span class="swatch swatch-solid" aria-hidden="true"></span>{first_name.clone()}</li>
                        <li><span class="swatch swatch-dashed" aria-hidden="true"></span>{second_name.clone()}</li>
                    </ul>
                </figcaption>
            </figure>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
                <table id="compare-table">
                    <caption id="compare-caption" class="visually-hidden">{t(Text::CompareTitle)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(Text::ColumnDimension)}</th>
                            <th scope="col">{first_name}</th>
                            <th scope="col">{second_name}</th>
                            <th scope="col">{t(Text::ColumnDifference)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <crate::ui::BackToResults lang />
        </div>
    }
}
