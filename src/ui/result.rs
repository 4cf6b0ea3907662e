//! The result page: first next step, radar chart with its table, key figures,
//! theme profile, advice per dimension and how the scores are made.

use leptos::prelude::*;

use super::state::use_state;
use crate::chart_svg::radar_svg;
use crate::core::advice::plan;
use crate::core::chart::radar;
use crate::core::model::{Lang, Level};
use crate::core::questionnaire::ITEMS_PER_DIMENSION;
use crate::core::scoring::{display_score, score, Extremes, ScanResult};
use crate::core::stored::{Progress, Stage};
use crate::core::texts::{fill, Text};

/// Size of the radar chart in SVG units; it scales to the page width.
const CHART_SIZE: f64 = 440.0;

fn level_text(level: Level, lang: Lang) -> String {
    fill(
        Text::LevelWithNumber.get(lang),
        &[("n", &level.number().to_string()), ("name", level.label().get(lang))],
    )
}

fn score_text(score: Option<f64>) -> Option<String> {
    score.map(|s| display_score(s).to_string())
}

/// The result page.
#[component]
pub fn ResultPage() -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| state.t(text);
    let lang = move || state.lang.get();
    let result = Memo::new(move |_| {
        state
            .progress
            .with(|progress| score(&progress.questionnaire, &progress.answers))
    });
    let advice = move || plan(&result.get());
    let chart = move || {
        let result: ScanResult = result.get();
        let scores = result.dimensions.map(|d| d.score);
        radar_svg(&radar(CHART_SIZE, &[scores]), lang(), t(Text::ChartAlt))
    };
    let any_score = move || result.with(|r| r.dimensions.iter().any(|d| d.score.is_some()));
    let change = move |_| {
        state.update_progress(|p| p.stage = Stage::Questions { item: 0 });
    };
    let start_over = move |_| {
        state.update_progress(|p| {
            *p = Progress::new();
            p.stage = Stage::Questions { item: 0 };
        })
    };
    request_animation_frame(|| crate::web::page::focus_by_id("result-title"));

    let next_step = move || {
        advice().next_step.map(|step| {
            let dimension = step.advice.dimension;
            view! {
                <section class="next-step" aria-labelledby="next-step-title">
                    <h2 id="next-step-title">{move || t(Text::NextStepTitle)}</h2>
                    <p class="next-step-for">{move || fill(t(Text::NextStepFor), &[("dimension", dimension.label().get(lang()))])}</p>
                    {step.purpose_note.map(|note| view! { <p class="purpose-note">{move || note.get(lang())}</p> })}
                    <p>{move || step.advice.text.get(lang())}</p>
                </section>
            }
        })
    };

    let rows = move || {
        result
            .get()
            .dimensions
            .into_iter()
            .map(|d| {
                let lang = lang();
                let (score_cell, level_cell) = match (score_text(d.score), d.level()) {
                    (Some(score), Some(level)) => (score, level_text(level, lang)),
                    _ => (Text::NotEnoughAnswers.get(lang).to_owned(), "–".to_owned()),
                };
                let answered = fill(
                    Text::AnsweredOf.get(lang),
                    &[("n", &d.scored_items.to_string()), ("total", &ITEMS_PER_DIMENSION.to_string())],
                );
                view! {
                    <tr data-dimension=d.dimension.id()>
                        <th scope="row">{d.dimension.label().get(lang)}</th>
                        <td class="score-cell" class:missing=d.score.is_none()>{score_cell}</td>
                        <td>{level_cell}</td>
                        <td>{answered}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let key_figures = move || {
        let r = result.get();
        let lang = lang();
        let (strongest, weakest) = match r.extremes {
            Extremes::Distinct { strongest, weakest } => (
                strongest.label().get(lang).to_owned(),
                weakest.label().get(lang).to_owned(),
            ),
            Extremes::AllEqual => (Text::AllEqual.get(lang).to_owned(), Text::AllEqual.get(lang).to_owned()),
            Extremes::NotEnough => (
                Text::ExtremesMissing.get(lang).to_owned(),
                Text::ExtremesMissing.get(lang).to_owned(),
            ),
        };
        let figure = |label: Text, value: Option<String>, missing: Text, id: &'static str| {
            let missing_class = value.is_none();
            view! {
                <div class="figure" data-figure=id>
                    <dt>{label.get(lang)}</dt>
                    <dd class:figure-number=!missing_class class:figure-missing=missing_class>
                        {value.unwrap_or_else(|| missing.get(lang).to_owned())}
                    </dd>
                </div>
            }
        };
        view! {
            <dl class="figures">
                {figure(Text::IndexLabel, score_text(r.index), Text::IndexMissing, "index")}
                {figure(Text::CoherenceLabel, score_text(r.coherence), Text::CoherenceMissing, "coherence")}
                <div class="figure" data-figure="strongest">
                    <dt>{Text::StrongestLabel.get(lang)}</dt>
                    <dd>{strongest}</dd>
                </div>
                <div class="figure" data-figure="weakest">
                    <dt>{Text::WeakestLabel.get(lang)}</dt>
                    <dd>{weakest}</dd>
                </div>
            </dl>
        }
    };

    let theme_rows = move || {
        let lang = lang();
        result
            .get()
            .themes
            .into_iter()
            .map(|theme| {
                let shown = score_text(theme.score);
                let width = theme.score.map_or(0.0, |s| s.clamp(0.0, 100.0));
                view! {
                    <tr data-theme=theme.theme.id()>
                        <th scope="row">{theme.theme.label().get(lang)}</th>
                        <td class="score-cell">{shown.clone().unwrap_or_else(|| Text::NotEnoughAnswers.get(lang).to_owned())}</td>
                        <td class="bar-cell" aria-hidden="true">
                            <span class="bar"><span class="bar-fill" style=format!("width: {width:.0}%")></span></span>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };

    let advice_list = move || {
        let lang = lang();
        advice()
            .per_dimension
            .into_iter()
            .map(|a| {
                view! {
                    <article class="advice" data-dimension=a.dimension.id()>
                        <h3>{a.dimension.label().get(lang)}</h3>
                        <p class="advice-level">{level_text(a.level, lang)}</p>
                        <p>{a.text.get(lang)}</p>
                    </article>
                }
            })
            .collect_view()
    };

    view! {
        <div class="wrap page result">
            <h1 id="result-title" tabindex="-1">{move || t(Text::ResultTitle)}</h1>
            <Show when=any_score fallback=move || view! {
                <p class="card card-warning" id="no-score">{move || t(Text::NoScoreAtAll)}</p>
            }>
                {next_step}
            </Show>
            <section class="profile" aria-labelledby="profile-title">
                <h2 id="profile-title">{move || t(Text::ProfileTitle)}</h2>
                <div class="profile-grid">
                    <figure class="chart">
                        <div class="chart-box" inner_html=chart></div>
                        <figcaption>{move || t(Text::ChartTitle)}</figcaption>
                    </figure>
                    {key_figures}
                </div>
                <div class="table-scroll">
                    <table class="score-table" id="score-table">
                        <caption>{move || t(Text::TableCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t(Text::ColumnDimension)}</th>
                                <th scope="col">{move || t(Text::ColumnScore)}</th>
                                <th scope="col">{move || t(Text::ColumnLevel)}</th>
                                <th scope="col">{move || t(Text::ColumnAnswered)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
            <section class="themes" aria-labelledby="themes-title">
                <h2 id="themes-title">{move || t(Text::ThemesTitle)}</h2>
                <p>{move || t(Text::ThemesIntro)}</p>
                <div class="table-scroll">
                    <table class="theme-table" id="theme-table">
                        <thead>
                            <tr>
                                <th scope="col">{move || t(Text::ThemeColumn)}</th>
                                <th scope="col">{move || t(Text::ColumnScore)}</th>
                                <th scope="col"><span class="visually-hidden">{move || t(Text::ColumnScore)}</span></th>
                            </tr>
                        </thead>
                        <tbody>{theme_rows}</tbody>
                    </table>
                </div>
            </section>
            <Show when=any_score>
                <section class="advice-section" aria-labelledby="advice-title">
                    <h2 id="advice-title">{move || t(Text::AdviceTitle)}</h2>
                    <div class="advice-grid">{advice_list}</div>
                </section>
            </Show>
            <section class="explain" aria-labelledby="explain-title">
                <h2 id="explain-title">{move || t(Text::ExplainTitle)}</h2>
                <p>{move || t(Text::ExplainScores)}</p>
                <p>{move || t(Text::ExplainLevels)}</p>
                <p>{move || t(Text::ExplainIndex)}</p>
                <p>{move || t(Text::ExplainCoherence)}</p>
            </section>
            <div class="button-row">
                <button type="button" class="button-secondary" id="change-answers" on:click=change>
                    {move || t(Text::ChangeAnswers)}
                </button>
                <button type="button" class="button-secondary" id="result-start-over" on:click=start_over>
                    {move || t(Text::StartOver)}
                </button>
            </div>
        </div>
    }
}
