//! Exports of a result: the chart as SVG and PNG, the result as JSON and CSV,
//! and printing (or saving as PDF) through the print stylesheet.

use leptos::prelude::*;

use crate::ui::widgets::when::When;

use crate::core::i18n::Lang;
use crate::core::i18n::Text;
use crate::core::links::share::SharedResult;
use crate::core::scan::export::{to_csv, to_json_with_plan};
use crate::core::scan::scoring::score;
use crate::core::storage::plans::plan_of;
use crate::svg::Target;
use crate::ui::scan::result::result_chart;
use crate::web::browser;

/// A click handler of an export button.
type Action = Box<dyn Fn(leptos::ev::MouseEvent)>;

/// The PNG size of the chart, matching its SVG viewBox.
const PNG_SIZE: (u32, u32) = (640, 440);

/// The export buttons.
#[component]
pub fn Exports(
    /// The result to export.
    shared: SharedResult,
    /// The scan it belongs to, when it is one's own: its action plan goes
    /// into the JSON too.
    scan: Option<i64>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let (failed, set_failed) = signal(false);
    let report = move |ok: bool| set_failed.set(!ok);
    // The downloads leave the page's style sheet behind: their chart carries
    // its colours.
    // The result is shared by the buttons' handlers: a `StoredValue` is a
    // copyable handle to it.
    let shared = StoredValue::new(shared);
    let chart = move || {
        shared.with_value(|shared| {
            result_chart(
                &score(&shared.questionnaire, &shared.answers),
                lang,
                Target::File,
            )
        })
    };
    let name = move |extension: &str| format!("{}.{extension}", Text::ExportFileStem.get(lang));
    let svg = move |_| {
        report(browser::download_text(
            &name("svg"),
            "image/svg+xml",
            &chart(),
        ))
    };
    let png = move |_| {
        browser::download_svg_as_png(&chart(), PNG_SIZE.0, PNG_SIZE.1, name("png"), report);
    };
    let plans = crate::ui::scan::plan::use_plan_store();
    let json = move |_| {
        // The plan as it is at the click: it may have changed since the page showed.
        let plan = scan.and_then(|scan| {
            plans
                .items
                .with_untracked(|all| plan_of(all, scan).cloned())
        });
        let text = shared.with_value(|shared| to_json_with_plan(shared, plan.as_ref()));
        report(browser::download_text(
            &name("json"),
            "application/json",
            &text,
        ))
    };
    let csv = move |_| {
        let text = shared.with_value(|shared| {
            to_csv(
                shared,
                |index| shared.questionnaire.items[index].text.get(lang).to_owned(),
                |dimension| dimension.label().get(lang).to_owned(),
            )
        });
        report(browser::download_csv(&name("csv"), &text));
    };
    let buttons: [(&'static str, Text, Action); 5] = [
        ("export-svg", Text::DownloadSvg, Box::new(svg)),
        ("export-png", Text::DownloadPng, Box::new(png)),
        ("export-json", Text::DownloadJson, Box::new(json)),
        ("export-csv", Text::DownloadCsv, Box::new(csv)),
        ("print", Text::PrintResult, Box::new(|_| browser::print())),
    ];
    view! {
        <section class="exports no-print" aria-labelledby="export-title">
            <h2 id="export-title">{t(Text::ExportTitle)}</h2>
            <div class="button-row">
                {buttons.into_iter().map(|(id, label, action)| view! {
                    <button type="button" class="button-secondary" id=id on:click=action>{t(label)}</button>
                }).collect_view()}
            </div>
            <When when=move || failed.get()>
                <p class="card card-warning" role="alert">{t(Text::ExportFailed)}</p>
            </When>
        </section>
    }
}
