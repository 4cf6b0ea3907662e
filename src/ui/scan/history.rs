//! "My results": the finished scans kept in this browser, with open, delete,
//! delete all, import, compare, and the trend over three or more results.

use leptos::prelude::*;

use crate::ui::widgets::when::When;

use crate::chart_svg::sparkline_svg;
use crate::core::i18n::Lang;
use crate::core::i18n::{fill, format_date_time, Text};
use crate::core::links::share;
use crate::core::model::Dimension;
use crate::core::scan::compare::trend;
use crate::core::scan::export::{from_json, ImportError};
use crate::core::scan::scoring::{display_score, score, ScanResult};
use crate::core::storage::history::{self, HistoryEntry};
use crate::ui::scan::result::ResultBody;
use crate::ui::state::{use_state, CompareNames, Route};
use crate::web::browser;

/// The local date and time of a moment in the user's language.
pub fn date_text(ms: i64, lang: Lang) -> String {
    format_date_time(lang, browser::local_date_time(ms))
}

/// The "My results" page.
#[component]
pub fn HistoryPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    let (message, set_message) = signal(None::<(Text, bool)>);
    let (confirm_all, set_confirm_all) = signal(false);
    let plans = crate::ui::scan::plan::use_plan_store();
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();

    let rows = move || {
        let entries = state.history.get();
        entries
            .iter()
            .rev()
            .map(|entry| {
                let scan = entry.scan;
                let index = score(&entry.result.questionnaire, &entry.result.answers)
                    .index
                    .map(|i| display_score(i).to_string())
                    .unwrap_or_else(|| "–".to_owned());
                let role = entry.result.role.map(|r| r.label().get(lang)).unwrap_or("–");
                let open = move |_| state.go(Route::HistoryEntry(scan));
                let delete = move |_| {
                    state.change_history(|entries| history::remove(entries, scan));
                    plans.forget(scan);
                };
                view! {
                    <tr data-scan=scan.to_string()>
                        <th scope="row">{date_text(entry.finished, lang)}</th>
                        <td class="score-cell">{index}</td>
                        <td>{role}</td>
                        <td class="actions">
                            <button type="button" class="link-button open-entry" on:click=open>{t(Text::OpenResult)}</button>
                            <button type="button" class="link-button delete-entry" on:click=delete>{t(Text::DeleteResult)}</button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };

    let import = move |event: leptos::ev::Event| {
        browser::read_file_of_event(&event, move |text| {
            let outcome = text
                .ok_or(ImportError::NotJson)
                .and_then(|text| from_json(&text));
            match outcome {
                Ok(result) => {
                    let now = browser::now_ms();
                    state.change_history(|entries| {
                        history::record(
                            entries,
                            HistoryEntry {
                                scan: now,
                                finished: now,
                                result,
                            },
                        )
                    });
                    set_message.set(Some((Text::Imported, true)));
                }
                Err(error) => set_message.set(Some((error.text(), false))),
            }
        });
    };

    let delete_all = move |_| {
        let scans: Vec<i64> = state
            .history
            .with_untracked(|entries| entries.iter().map(|entry| entry.scan).collect());
        state.change_history(Vec::clear);
        for scan in scans {
            plans.forget(scan);
        }
        set_confirm_all.set(false);
    };

    // Reactive children as closures in the view, output `AnyView`: see `ui::App`.
    view! {
        <div class="wrap page history">
            <h1 id="history-title" tabindex="-1" node_ref=title_ref>{t(Text::MyResults)}</h1>
            <p class="lead">{t(Text::HistoryIntro)}</p>
            {move || message.get().map(|(text, ok)| view! {
                <p class="card" class:card-warning=!ok class:card-ok=ok role="status" id="history-message">{t(text)}</p>
            })}
            <When when=move || state.history.with(Vec::is_empty)>
                <p id="history-empty">{t(Text::HistoryEmpty)}</p>
            </When>
            <When when=move || !state.history.with(Vec::is_empty)>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="history-caption">
                    <table id="history-table">
                        <caption id="history-caption" class="visually-hidden">{t(Text::MyResults)}</caption>
                        <thead>
                            {crate::ui::header_row(&[Text::ColumnDate, Text::ColumnIndex, Text::ColumnRole, Text::ColumnActions], lang)}
                        </thead>
                        <tbody>{move || rows()}</tbody>
                    </table>
                </div>
                <CompareForm lang />
                <Trend lang />
            </When>
            <div class="button-row">
                <label class="button-secondary file-button">
                    {t(Text::ImportJson)}
                    <input type="file" id="import-json" accept=".json,application/json" class="visually-hidden" on:change=import />
                </label>
                <When when=move || !state.history.with(Vec::is_empty)>
                    <When when=move || confirm_all.get()
                        fallback=move || view! {
                            <button type="button" class="button-secondary" id="delete-all-results"
                                on:click=move |_| set_confirm_all.set(true)>
                                {t(Text::DeleteAllResults)}
                            </button>
                        }>
                        <div class="confirm" role="group" aria-labelledby="delete-all-question">
                            <p id="delete-all-question">{t(Text::DeleteAllConfirm)}</p>
                            <div class="button-row">
                                <button type="button" class="button-danger" id="delete-all-yes" on:click=delete_all>
                                    {t(Text::DeleteYes)}
                                </button>
                                <button type="button" class="button-secondary" on:click=move |_| set_confirm_all.set(false)>
                                    {t(Text::Cancel)}
                                </button>
                            </div>
                        </div>
                    </When>
                </When>
            </div>
        </div>
    }
}

/// Choose two own results, or one and a pasted link, and compare them.
#[component]
fn CompareForm(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    let entries = state.history.get_untracked();
    let newest = entries.len().saturating_sub(1);
    let (first, set_first) = signal(newest.saturating_sub(1));
    let (second, set_second) = signal(newest);
    let (pasted, set_pasted) = signal(String::new());
    let (error, set_error) = signal(None::<Text>);
    let options = move |selected: ReadSignal<usize>| {
        entries
            .iter()
            .enumerate()
            .map(|(position, entry)| {
                view! {
                    <option value=position.to_string() selected=move || selected.get() == position>
                        {date_text(entry.finished, lang)}
                    </option>
                }
            })
            .collect_view()
    };
    let first_options = options(first);
    let second_options = options(second);
    let chosen =
        |event: leptos::ev::Event| event_target_value(&event).parse::<usize>().unwrap_or(0);
    let compare = move |_| {
        let entries = state.history.get_untracked();
        let Some(a) = entries.get(first.get_untracked()) else {
            set_error.set(Some(Text::NeedTwoResults));
            return;
        };
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            match entries.get(second.get_untracked()) {
                Some(b) => state.go(Route::Compare(
                    a.result.clone(),
                    b.result.clone(),
                    CompareNames(Some(a.finished), Some(b.finished)),
                )),
                None => set_error.set(Some(Text::NeedTwoResults)),
            }
        } else {
            match share::decode(&text) {
                Ok(b) => state.go(Route::Compare(
                    a.result.clone(),
                    b,
                    CompareNames(Some(a.finished), None),
                )),
                Err(link_error) => set_error.set(Some(link_error.text())),
            }
        }
    };
    view! {
        <section class="card compare-form" aria-labelledby="compare-form-title">
            <h2 id="compare-form-title">{t(Text::CompareTitle)}</h2>
            <div class="form-grid">
                <label for="compare-first" class="field-label">{t(Text::CompareFirst)}</label>
                <select id="compare-first" on:change=move |e| set_first.set(chosen(e))>{first_options}</select>
                <label for="compare-second" class="field-label">{t(Text::CompareSecond)}</label>
                <select id="compare-second" on:change=move |e| set_second.set(chosen(e))>{second_options}</select>
                <label for="compare-link" class="field-label">{t(Text::PasteLinkLabel)}</label>
                <textarea id="compare-link" rows="2" prop:value=move || pasted.get()
                    on:input=move |e| { set_pasted.set(event_target_value(&e)); set_error.set(None); }></textarea>
            </div>
            {move || error.get().map(|text| view! { <p class="card card-warning" role="alert" id="compare-error">{t(text)}</p> })}
            <div class="button-row">
                <button type="button" class="button-primary" id="compare-button" on:click=compare>{t(Text::CompareButton)}</button>
            </div>
        </section>
    }
}

/// The trend of each dimension over three or more own results.
#[component]
fn Trend(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    move || {
        let results: Vec<ScanResult> = state
            .history
            .get()
            .iter()
            .map(|entry| score(&entry.result.questionnaire, &entry.result.answers))
            .collect();
        (results.len() >= 3).then(|| {
            let rows = Dimension::ALL
                .map(|dimension| {
                    let values = trend(&results, dimension);
                    let svg = sparkline_svg(&values);
                    let numbers = values
                        .iter()
                        .map(|v| v.map(|v| v.to_string()).unwrap_or_else(|| "–".to_owned()))
                        .collect::<Vec<_>>()
                        .join(" → ");
                    view! {
                        <tr data-dimension=dimension.id()>
                            <th scope="row">{dimension.label().get(lang)}</th>
                            <td class="trend-numbers">{numbers}</td>
                            <td inner_html=svg></td>
                        </tr>
                    }
                });
            view! {
                <section class="trend" aria-labelledby="trend-title">
                    <h2 id="trend-title">{t(Text::TrendTitle)}</h2>
                    <p>{t(Text::TrendIntro)}</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="trend-title">
                        <table id="trend-table"><tbody>{rows}</tbody></table>
                    </div>
                </section>
            }
        })
    }
}

/// One finished scan from the history, read-only.
#[component]
pub fn HistoryEntryPage(
    /// The scan to show.
    scan: i64,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    let entry = state
        .history
        .with_untracked(|entries| entries.iter().find(|e| e.scan == scan).cloned());
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let body = entry.map(|entry| {
        view! {
            <h1 id="entry-title" tabindex="-1" node_ref=title_ref>
                {fill(t(Text::HistoryEntryTitle), &[("date", &date_text(entry.finished, lang))])}
            </h1>
            <ResultBody shared=entry.result lang />
            <crate::ui::scan::plan::PlanSummary scan lang />
        }
    });
    view! {
        <div class="wrap page result">
            {body}
            <crate::ui::BackToResults lang />
        </div>
    }
}
