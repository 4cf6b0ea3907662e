//! A result: first next step, radar chart with its table, key figures, theme
//! profile, advice per dimension and how the scores are made. `ResultBody`
//! renders any result (own, shared, from the history); `ResultPage` adds what
//! belongs to one's own result: sharing, exports and changing answers.

use leptos::prelude::*;

use crate::chart_svg::{radar_file_svg, radar_svg};
use crate::core::chart::results_radar;
use crate::core::i18n::Lang;
use crate::core::i18n::{fill, fill_questionnaire, Text};
use crate::core::links::share::SharedResult;
use crate::core::model::Level;
use crate::core::scan::advice::plan;
use crate::core::scan::progress::Stage;
use crate::core::scan::scoring::{display_score, score, Extremes, ScanResult};
use crate::svg::Target;
use crate::ui::scan::exports::Exports;
use crate::ui::scan::share_panel::SharePanel;
use crate::ui::state::use_state;

/// Size of the radar chart in SVG units; it scales to the page width.
const CHART_WIDTH: f64 = 640.0;
/// Height of the radar chart in SVG units.
const CHART_HEIGHT: f64 = 440.0;

fn level_text(level: Level, lang: Lang) -> String {
    fill(
        Text::LevelWithNumber.get(lang),
        &[
            ("n", &level.number().to_string()),
            ("name", level.label().get(lang)),
        ],
    )
}

fn score_text(score: Option<f64>) -> Option<String> {
    score.map(|s| display_score(s).to_string())
}

/// The radar chart of one result as SVG markup, in the given language, for
/// the page or for a file of its own (the downloads).
pub fn result_chart(result: &ScanResult, lang: Lang, target: Target) -> String {
    let draw = match target {
        Target::Page => radar_svg,
        Target::File => radar_file_svg,
    };
    draw(
        &results_radar(CHART_WIDTH, CHART_HEIGHT, &[result]),
        lang,
        Text::ChartAlt.get(lang),
    )
}

/// The own result page: the result with sharing, exports and actions.
#[component]
pub fn ResultPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    // The answers cannot change while this page is shown, so everything is
    // computed once, when the page (or its language) is rendered.
    let shared = state
        .progress
        .with_untracked(|progress| progress.shared_result());
    let team = state
        .progress
        .with_untracked(|progress| progress.team.clone());
    // In a sealed session the result link carries nothing of the session;
    // the team gets a sealed reply instead, offered first: it is what the
    // member came for. The session's key comes with the scan; the reply id
    // is kept per session (made now when this browser lost it).
    let sealed_session = team
        .as_ref()
        .and_then(|team| team.key.map(|key| (team.id, key)));
    let membership = sealed_session.and_then(|(id, key)| {
        let store = crate::ui::team::store::use_team_store();
        let known = store
            .memberships
            .with_untracked(|all| all.iter().find(|m| m.team == id && m.key == key).copied());
        known.or_else(|| {
            let reply = crate::web::browser::random_bytes::<8>().map(u64::from_be_bytes)?;
            let new = crate::core::storage::team_sessions::Membership {
                team: id,
                key,
                // The session's own minimum is not known here; the smallest any
                // session has keeps "at least {min}" true.
                min_group: crate::core::team::MIN_MIN_GROUP,
                reply: crate::core::team::sealed::ReplyId(reply),
            };
            let mut joined = None;
            store.change_memberships(|all| {
                joined = Some(crate::core::storage::team_sessions::join(all, new));
            });
            joined
        })
    });
    let finished = state
        .progress
        .with_untracked(|progress| progress.scan)
        .and_then(|scan| {
            state.history.with_untracked(|entries| {
                entries.iter().find(|e| e.scan == scan).map(|e| e.finished)
            })
        });
    let team_reply = sealed_session.map(|_| {
        let shared = shared.clone();
        view! {
            <crate::ui::team::member::TeamReplyPanel membership shared
                finished=finished.unwrap_or_else(crate::web::browser::now_ms) lang />
        }
    });
    let sealed = sealed_session.is_some();
    let team = team.map(|team| team.id).filter(|_| !sealed);
    let change = move |_| {
        state.update_progress(|p| p.stage = Stage::Questions { item: 0 });
    };
    let start_over = move |_| state.start_new_scan();
    // The action plan belongs to this scan: its history id.
    let own_scan = state.progress.with_untracked(|progress| progress.scan);
    let action_plan = own_scan.map(|scan| {
        let result = score(&shared.questionnaire, &shared.answers);
        view! { <crate::ui::scan::plan::ActionPlanSection scan result lang /> }
    });
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    view! {
        <div class="wrap page result">
            <h1 id="result-title" tabindex="-1" node_ref=title_ref>{t(Text::ResultTitle)}</h1>
            <crate::ui::embed::NextPersonButton lang />
            <ResultBody shared=shared.clone() lang />
            {action_plan}
            {team_reply}
            <SharePanel shared=shared.clone() team sealed lang />
            <Exports shared scan=own_scan lang />
            <div class="button-row no-print">
                <button type="button" class="button-secondary" id="change-answers" on:click=change>
                    {t(Text::ChangeAnswers)}
                </button>
                <button type="button" class="button-secondary" id="result-start-over" on:click=start_over>
                    {t(Text::StartOver)}
                </button>
            </div>
        </div>
    }
}

/// Everything a result shows, computed from its answers.
#[component]
pub fn ResultBody(
    /// The result to show.
    shared: SharedResult,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let result: ScanResult = score(&shared.questionnaire, &shared.answers);
    let advice = plan(&result);
    let chart = result_chart(&result, lang, Target::Page);
    let any_score = result.dimensions.iter().any(|d| d.score.is_some());

    let next_step = advice.next_step.map(|step| {
        let dimension = step.advice.dimension;
        // With purpose as the start, the purpose note says it better than "start with".
        let start_with = step.purpose_note.is_none().then(|| {
            view! {
                <p class="next-step-for">
                    {fill(t(Text::NextStepFor), &[("dimension", dimension.label().get(lang))])}
                </p>
            }
        });
        view! {
            <section class="next-step" aria-labelledby="next-step-title">
                <h2 id="next-step-title">{t(Text::NextStepTitle)}</h2>
                {start_with}
                {step.purpose_note.map(|note| view! { <p class="purpose-note">{note.get(lang)}</p> })}
                <p>{step.advice.text.get(lang)}</p>
            </section>
        }
    });
    let no_score = (!any_score).then(|| {
        view! { <p class="card card-warning" id="no-score">{fill_questionnaire(t(Text::NoScoreAtAll), &shared.questionnaire)}</p> }
    });

    let rows = result
        .dimensions
        .iter()
        .map(|d| {
            let (score_cell, level_cell) = match (score_text(d.score), d.level()) {
                (Some(score), Some(level)) => (score, level_text(level, lang)),
                _ => (t(Text::NotEnoughAnswers).to_owned(), "–".to_owned()),
            };
            let answered = fill(
                t(Text::AnsweredOf),
                &[
                    ("n", &d.scored_items.to_string()),
                    (
                        "total",
                        &shared.questionnaire.items_in(d.dimension).to_string(),
                    ),
                ],
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
        .collect_view();

    // Each extreme: the text shown and a stable value for tests and tools.
    let (strongest, weakest) = match result.extremes {
        Extremes::Distinct { strongest, weakest } => (
            (strongest.label().get(lang), strongest.id()),
            (weakest.label().get(lang), weakest.id()),
        ),
        Extremes::AllEqual => (
            (t(Text::AllEqual), "all-equal"),
            (t(Text::AllEqual), "all-equal"),
        ),
        Extremes::NotEnough => (
            (t(Text::ExtremesMissing), ""),
            (t(Text::ExtremesMissing), ""),
        ),
    };
    let number_figure = |score: Option<f64>, missing: Text| match score_text(score) {
        Some(number) => (number.clone(), number, true),
        None => (t(missing).to_owned(), String::new(), false),
    };
    let figures = [
        (
            "index",
            Text::IndexLabel,
            number_figure(result.index, Text::IndexMissing),
        ),
        (
            "coherence",
            Text::CoherenceLabel,
            number_figure(result.coherence, Text::CoherenceMissing),
        ),
        (
            "strongest",
            Text::StrongestLabel,
            (strongest.0.to_owned(), strongest.1.to_owned(), false),
        ),
        (
            "weakest",
            Text::WeakestLabel,
            (weakest.0.to_owned(), weakest.1.to_owned(), false),
        ),
    ]
    .map(|(id, label, (shown, value, is_number))| {
        view! {
            <div class="figure" data-figure=id>
                <dt>{t(label)}</dt>
                <dd class:figure-number=is_number data-value=value>{shown}</dd>
            </div>
        }
    });

    let theme_rows = result
        .themes
        .iter()
        .map(|theme| {
            let width = theme.score.map_or(0, |s| display_score(s.clamp(0.0, 100.0)));
            view! {
                <tr data-theme=theme.theme.id()>
                    <th scope="row">{theme.theme.label().get(lang)}</th>
                    <td class="score-cell" class:missing=theme.score.is_none()>
                        {score_text(theme.score).unwrap_or_else(|| t(Text::NotEnoughAnswers).to_owned())}
                    </td>
                    <td class="bar-cell" aria-hidden="true">
                        // The width goes through the CSSOM (`style:`), which the CSP allows;
                        // a `style` attribute would be refused.
                        <span class="bar"><span class="bar-fill" style:width=format!("{width}%")></span></span>
                    </td>
                </tr>
            }
        })
        .collect_view();

    let advice_list = advice
        .per_dimension
        .iter()
        .map(|a| {
            view! {
                <article class="advice" data-dimension=a.dimension.id()>
                    <h3>{a.dimension.label().get(lang)}</h3>
                    <p class="advice-level">{level_text(a.level, lang)}</p>
                    <p>{a.text.get(lang)}</p>
                </article>
            }
        })
        .collect_view();
    let advice_section = any_score.then(|| {
        view! {
            <section class="advice-section" aria-labelledby="advice-title">
                <h2 id="advice-title">{t(Text::AdviceTitle)}</h2>
                <div class="advice-grid">{advice_list}</div>
            </section>
        }
    });

    let header_row = crate::ui::header_row(
        &[
            Text::ColumnDimension,
            Text::ColumnScore,
            Text::ColumnLevel,
            Text::ColumnAnswered,
        ],
        lang,
    );
    let explanation = [
        Text::ExplainScores,
        Text::ExplainLevels,
        Text::ExplainIndex,
        Text::ExplainCoherence,
    ]
    .map(|text| view! { <p>{fill_questionnaire(t(text), &shared.questionnaire)}</p> });

    view! {
        <div class="result-body">
            {no_score}
            {next_step}
            <section class="profile" aria-labelledby="profile-title">
                <h2 id="profile-title">{t(Text::ProfileTitle)}</h2>
                <div class="profile-grid">
                    <figure class="chart">
                        <div class="chart-box" inner_html=chart></div>
                        <figcaption>{t(Text::ChartTitle)}</figcaption>
                    </figure>
                    <dl class="figures">{figures}</dl>
                </div>
                // Focusable, so keyboard users can scroll the table when it is wider than the screen.
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="score-caption">
                    <table class="score-table" id="score-table">
                        <caption id="score-caption">{t(Text::TableCaption)}</caption>
                        <thead>
                            {header_row}
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
            <section class="themes" aria-labelledby="themes-title">
                <h2 id="themes-title">{t(Text::ThemesTitle)}</h2>
                <p>{t(Text::ThemesIntro)}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="theme-caption">
                    <table class="theme-table" id="theme-table">
                        <caption id="theme-caption" class="visually-hidden">{t(Text::ThemeTableCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Text::ThemeColumn)}</th>
                                <th scope="col">{t(Text::ColumnScore)}</th>
                                <th scope="col"><span class="visually-hidden">{t(Text::ColumnScore)}</span></th>
                            </tr>
                        </thead>
                        <tbody>{theme_rows}</tbody>
                    </table>
                </div>
            </section>
            {advice_section}
            <section class="explain" aria-labelledby="explain-title">
                <h2 id="explain-title">{t(Text::ExplainTitle)}</h2>
                {explanation}
            </section>
        </div>
    }
}
