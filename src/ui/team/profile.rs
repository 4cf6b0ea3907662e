//! A team's profile as the facilitator sees it, under the privacy rule: the
//! analysis of pasted links or of an opened sealed session ([`analysis_view`]),
//! the profile itself with its role groups, items and themes
//! ([`TeamProfileView`]), sharing and exporting its aggregates, and a team
//! link opened from the address ([`TeamAggregatePage`]).
//!
//! Over 400 lines on purpose: the profile is one page of many sections, each a
//! few lines of markup around what the core decided.

use leptos::prelude::*;

use crate::chart_svg::{radar_band_svg, strip_svg};
use crate::core::chart::radar;
use crate::core::i18n::Lang;
use crate::core::i18n::{fill, Text};
use crate::core::links::team::{aggregate_fragment, AggregateError};
use crate::core::model::{Dimension, Theme};
use crate::core::scan::scoring::display_score;
use crate::core::team::aggregate::{aggregate_summary, AggregateSummary, TeamAggregate};
use crate::core::team::export::{team_csv, team_json};
use crate::core::team::gap::PerceptionGap;
use crate::core::team::profile::TeamProfile;
use crate::core::team::rounds::roles_of;
use crate::core::team::{clamp_min_group, Group, TeamAnalysis};
use crate::ui::team::rounds::KeepRoundForm;
use crate::ui::team::workshop::WorkshopLauncher;
use crate::ui::widgets::link_field::LinkField;
use crate::web::browser;

fn shown(value: f64) -> String {
    display_score(value).to_string()
}

/// The radar of a team or role group: the mean as a line over the band
/// from the lowest to the highest score, `size` in chart pixels.
pub(super) fn team_radar_svg(
    profile: &TeamProfile,
    size: (f64, f64),
    lang: Lang,
    title: &str,
) -> String {
    let series =
        |pick: fn(&crate::core::team::profile::DimensionStats) -> f64| -> Vec<Option<f64>> {
            profile
                .dimensions
                .iter()
                .map(|stats| stats.as_ref().map(pick))
                .collect()
        };
    radar_band_svg(
        &radar(
            size.0,
            size.1,
            profile.questionnaire.dimensions,
            &[series(|s| s.min), series(|s| s.max), series(|s| s.mean)],
        ),
        lang,
        title,
    )
}

/// A team's analysis as the team view and an opened sealed session show
/// it: the members not counted for another questionnaire version, then the
/// profile, or only the team's size when it is too small (a withheld whole
/// team reads the same as a too small one).
pub(crate) fn analysis_view(
    analysis: TeamAnalysis,
    min_group: usize,
    team_name: String,
    lang: Lang,
) -> AnyView {
    let t = move |text: Text| text.get(lang);
    let TeamAnalysis {
        other_versions,
        profile,
        gap,
        aggregate,
        ..
    } = analysis;
    let versions_note = (other_versions > 0).then(|| {
        view! {
            <p class="card card-warning" id="other-versions">
                {fill(t(Text::OtherVersions.for_count(other_versions)), &[("n", &other_versions.to_string())])}
            </p>
        }
    });
    let team = match (profile, gap) {
        (Group::Shown(team), Some(gap)) => view! {
            <TeamProfileView team gap link=aggregate.shown().cloned() min_group team_name lang />
        }
        .into_any(),
        (Group::TooSmall { n, .. } | Group::Withheld { n }, _)
        | (Group::Shown(TeamProfile { n, .. }), None) => view! {
            <p class="card card-warning" id="team-too-small">
                {fill(t(Text::TeamTooSmall), &[("n", &n.to_string()), ("min", &clamp_min_group(min_group).to_string())])}
            </p>
        }
        .into_any(),
    };
    view! { {versions_note} {team} }.into_any()
}

/// The team profile: counts, per-dimension statistics with a dot strip,
/// index and coherence, items of most and least agreement, and the
/// perception gap by role.
#[component]
pub(super) fn TeamProfileView(
    /// The aggregated team (at least the minimum group size).
    team: TeamProfile,
    /// The role groups.
    gap: PerceptionGap,
    /// The aggregates for the team link.
    link: Option<TeamAggregate>,
    /// The minimum group size.
    min_group: usize,
    /// The session's label, the name a kept round starts with.
    team_name: String,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let workshop = view! { <WorkshopLauncher team=team.clone() gap=gap.clone() lang /> };
    let questionnaire = team.questionnaire;
    let keep_round = link.clone().map(|aggregate| {
        let roles = roles_of(&gap);
        view! { <KeepRoundForm id="keep-round" aggregate roles team=team_name lang /> }
    });
    let rows = questionnaire
        .dimensions
        .iter()
        .zip(&team.dimensions)
        .map(|(&dimension, stats)| match stats {
            Some(stats) => view! {
                <tr data-dimension=dimension.id()>
                    <th scope="row">{dimension.label().get(lang)}</th>
                    <td class="score-cell">{shown(stats.mean)}</td>
                    <td>{shown(stats.median)}</td>
                    <td>{shown(stats.sd)}</td>
                    <td>{format!("{}–{}", shown(stats.min), shown(stats.max))}</td>
                    <td inner_html=strip_svg(&stats.scores)></td>
                </tr>
            }
            .into_any(),
            None => view! {
                <tr data-dimension=dimension.id()>
                    <th scope="row">{dimension.label().get(lang)}</th>
                    <td colspan="5" class="missing">{t(Text::NotEnoughAnswers)}</td>
                </tr>
            }
            .into_any(),
        })
        .collect_view();
    let chart = team_radar_svg(&team, (640.0, 440.0), lang, t(Text::TeamChartAlt));
    let theme_rows = team
        .themes
        .iter()
        .zip(Theme::ALL)
        .map(|(score, theme)| {
            view! {
                <tr data-theme=theme.id()>
                    <th scope="row">{theme.label().get(lang)}</th>
                    <td class="score-cell">{score.map(shown).unwrap_or_else(|| t(Text::NotEnoughAnswers).to_owned())}</td>
                </tr>
            }
        })
        .collect_view();
    let figure = |label: Text, value: Option<f64>, id: &'static str| {
        view! {
            <div class="figure" data-figure=id>
                <dt>{t(label)}</dt>
                <dd class="figure-number">{value.map(shown).unwrap_or_else(|| "–".to_owned())}</dd>
            </div>
        }
    };
    // A list without items (no statement spreads more than the rest) is
    // left out.
    let items = |list: &[crate::core::team::profile::ItemSpread], id: &'static str, title: Text| {
        if list.is_empty() {
            return None;
        }
        let entries = list
            .iter()
            .map(|item| {
                let text = questionnaire.items[item.index].text.get(lang);
                view! { <li>{text}" "<span class="muted">{fill(t(Text::SpreadOfItem), &[("sd", &shown(item.sd))])}</span></li> }
            })
            .collect_view();
        Some(view! {
            <section class="card" aria-labelledby=format!("{id}-title") id=id>
                <h2 id=format!("{id}-title")>{t(title)}</h2>
                <ol>{entries}</ol>
            </section>
        })
    };
    let shown_groups = gap.shown();
    let gap_view = if shown_groups.len() >= 2 {
        let header = shown_groups
            .iter()
            .map(|(role, profile)| view! { <th scope="col">{format!("{} (n={})", role.label().get(lang), profile.n)}</th> })
            .collect_view();
        let body = gap
            .means
            .iter()
            .map(|row| {
                let dimension = row.dimension;
                let cells = row
                    .by_role
                    .iter()
                    .map(|(role, mean)| match mean {
                        Some(mean) => view! { <td class="score-cell">{shown(*mean)}</td> }.into_any(),
                        None if row.withheld.contains(role) => {
                            view! { <td class="score-cell withheld" data-withheld="true">{t(Text::RoleMeanWithheld)}</td> }.into_any()
                        }
                        None => view! { <td class="score-cell">"–"</td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr data-dimension=dimension.id()><th scope="row">{dimension.label().get(lang)}</th>{cells}</tr> }
            })
            .collect_view();
        let withheld_note = gap
            .means
            .iter()
            .any(|row| !row.withheld.is_empty())
            .then(|| view! { <p class="muted" id="role-means-withheld">{t(Text::RoleMeanWithheldNote)}</p> });
        let largest = gap.largest.map(|largest| {
            let (dimension, high, low) = (largest.dimension, largest.higher, largest.lower);
            view! {
                <p id="largest-gap">{fill(t(Text::LargestGap), &[
                    ("dimension", dimension.label().get(lang)),
                    ("high", high.label().get(lang)),
                    ("x", &shown(largest.higher_mean)),
                    ("low", low.label().get(lang)),
                    ("y", &shown(largest.lower_mean)),
                ])}</p>
                <p>{fill(t(Text::TeamDiscussGap), &[
                    ("dimension", dimension.label().get(lang)),
                    ("high", high.label().get(lang)),
                    ("low", low.label().get(lang)),
                ])}</p>
            }
        });
        // The groups' radars side by side, each with its own band; the
        // table below gives the same means.
        let radars = shown_groups
            .iter()
            .map(|(role, profile)| {
                let heading = format!("{} (n={})", role.label().get(lang), profile.n);
                let alt = format!("{heading}: {}", t(Text::TeamChartAlt));
                let chart = team_radar_svg(profile, (480.0, 360.0), lang, &alt);
                view! {
                    <figure class="role-radar" data-role=role.id()>
                        <figcaption>{heading}</figcaption>
                        <div class="chart-box" inner_html=chart></div>
                    </figure>
                }
            })
            .collect_view();
        view! {
            <div class="role-radars" id="role-radars">{radars}</div>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="perception-title">
                <table id="perception-table">
                    <thead><tr><th scope="col">{t(Text::ColumnDimension)}</th>{header}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {withheld_note}
            {largest}
        }
        .into_any()
    } else {
        view! { <p id="perception-needs-two">{t(Text::PerceptionNeedsTwo)}</p> }.into_any()
    };
    let group_counts = gap
        .groups
        .iter()
        .map(|group| {
            let status = match &group.profile {
                Group::Shown(profile) => profile.n.to_string(),
                Group::TooSmall { n, .. } => fill(t(Text::GroupTooSmallShort), &[("n", &n.to_string())]),
                Group::Withheld { n } => fill(t(Text::GroupWithheldShort), &[("n", &n.to_string())]),
            };
            view! { <li data-role=group.role.id()>{format!("{}: {status}", group.role.label().get(lang))}</li> }
        })
        .collect_view();
    let weakest = team
        .shown_dimensions()
        .min_by(|a, b| a.mean.total_cmp(&b.mean))
        .map(|stats| {
            view! { <p id="team-weakest">{fill(t(Text::TeamDiscussWeakest), &[("dimension", stats.dimension.label().get(lang))])}</p> }
        });
    view! {
        <section class="team-profile" aria-labelledby="team-profile-title">
            <h2 id="team-profile-title">{t(Text::TeamProfileTitle)}</h2>
            {workshop}
            <dl class="figures">
                <div class="figure" data-figure="n">
                    <dt>{t(Text::Respondents)}</dt>
                    <dd class="figure-number">{team.n.to_string()}</dd>
                </div>
                {figure(Text::IndexLabel, team.index, "index")}
                {figure(Text::CoherenceLabel, team.coherence, "coherence")}
            </dl>
            <figure class="chart">
                <div class="chart-box" inner_html=chart></div>
                <figcaption>{t(Text::TeamChartLegend)}</figcaption>
            </figure>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="team-table-caption">
                <table id="team-table">
                    <caption id="team-table-caption">{t(Text::TeamTableCaption)}</caption>
                    <thead>
                        {crate::ui::header_row(&[Text::ColumnDimension, Text::ColumnMean, Text::ColumnMedian, Text::ColumnSpread, Text::ColumnRange, Text::ColumnDistribution], lang)}
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <section aria-labelledby="discuss-title">
                <h2 id="discuss-title">{t(Text::TeamDiscussTitle)}</h2>
                {weakest}
            </section>
            <section aria-labelledby="perception-title">
                <h2 id="perception-title">{t(Text::PerceptionTitle)}</h2>
                <p>{t(Text::PerceptionIntro)}</p>
                <ul class="role-counts">{group_counts}</ul>
                {gap_view}
            </section>
            <div class="two-columns">
                {items(&team.most_disagreed, "most-disagreed", Text::DisagreeTitle)}
                {items(&team.most_agreed, "most-agreed", Text::AgreeTitle)}
            </div>
            <TeamShare team=team.clone() link min_group lang />
            {keep_round}
            <section class="themes" aria-labelledby="team-themes-title">
                <h2 id="team-themes-title">{t(Text::ThemesTitle)}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="team-themes-title">
                    <table id="team-theme-table"><tbody>{theme_rows}</tbody></table>
                </div>
            </section>
        </section>
    }
}

/// Sharing and exporting the team's aggregates: the team link, CSV, JSON, print.
#[component]
fn TeamShare(
    /// The shown team.
    team: TeamProfile,
    /// The aggregates for the team link.
    link: Option<TeamAggregate>,
    /// The minimum group size.
    min_group: usize,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let link = link
        .map(|a| format!("{}#{}", browser::base_url(), aggregate_fragment(&a)))
        .unwrap_or_default();
    // The files are made when asked for, not with every render.
    let team_for_json = team.clone();
    let json = move || team_json(&team_for_json, clamp_min_group(min_group));
    let csv = move || team_csv(&team, |d| d.label().get(lang).to_owned());
    view! {
        <section class="card share no-print" aria-labelledby="team-share-title">
            <h2 id="team-share-title">{t(Text::TeamShareTitle)}</h2>
            <p>{t(Text::TeamShareIntro)}</p>
            <LinkField id="team-link" label=Text::TeamLinkLabel link lang />
            <div class="button-row">
                <button type="button" class="button-secondary" id="team-csv"
                    on:click=move |_| { browser::download_csv(&team_file_name("csv", lang), &csv()); }>
                    {t(Text::DownloadTeamCsv)}
                </button>
                <button type="button" class="button-secondary" id="team-json"
                    on:click=move |_| { browser::download_text(&team_file_name("json", lang), "application/json", &json()); }>
                    {t(Text::DownloadTeamJson)}
                </button>
                <button type="button" class="button-secondary" id="team-print" on:click=|_| browser::print()>
                    {t(Text::PrintResult)}
                </button>
            </div>
        </section>
    }
}

/// A team profile opened from a team link: read-only, aggregates only.
#[component]
pub fn TeamAggregatePage(
    /// The decoded team link.
    outcome: Result<TeamAggregate, AggregateError>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = crate::ui::state::use_state();
    let t = move |text: Text| text.get(lang);
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let frame = outcome
        .is_ok()
        .then(|| view! { <p>{t(Text::TeamAggregateFrame)}</p> });
    view! {
        <div class="wrap page team-aggregate">
            <div class="shared-frame">
                <h1 id="team-aggregate-title" tabindex="-1" node_ref=title_ref>{t(Text::TeamAggregateTitle)}</h1>
                <div class="button-row no-print">
                    <button type="button" class="button-primary" id="take-scan" on:click=move |_| state.leave_shared()>
                        {t(Text::TakeScanYourself)}
                    </button>
                </div>
            </div>
            {frame}
            <AggregateBody outcome lang />
        </div>
    }
}

/// The aggregates of a team link: figures, chart and means per dimension,
/// or why the link could not be read. With `link`, the team link itself too.
#[component]
pub(crate) fn AggregateBody(
    /// The decoded team link.
    outcome: Result<TeamAggregate, AggregateError>,
    /// The language to render in.
    lang: Lang,
    /// Whether to offer the team link (a facilitator's own closed session).
    #[prop(optional)]
    with_link: bool,
    /// The session's label, the name a kept round starts with.
    #[prop(optional)]
    team_name: String,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    match outcome {
        Ok(aggregate) => {
            let AggregateSummary {
                dimensions: means,
                index,
                coherence,
                ..
            } = aggregate_summary(&aggregate);
            let axes: Vec<Dimension> = means.iter().map(|(dimension, _)| *dimension).collect();
            let series: Vec<Option<f64>> = means.iter().map(|(_, mean)| *mean).collect();
            let chart = crate::chart_svg::radar_svg(
                &radar(640.0, 440.0, &axes, &[series]),
                lang,
                t(Text::ChartAlt),
            );
            let rows = means
                .into_iter()
                .map(|(dimension, mean)| view! {
                    <tr data-dimension=dimension.id()>
                        <th scope="row">{dimension.label().get(lang)}</th>
                        <td class="score-cell">{mean.map(shown).unwrap_or_else(|| t(Text::NotEnoughAnswers).to_owned())}</td>
                    </tr>
                })
                .collect_view();
            let link = with_link.then(|| {
                let link = format!("{}#{}", browser::base_url(), aggregate_fragment(&aggregate));
                view! {
                    <section class="card share no-print" aria-labelledby="team-share-title">
                        <h2 id="team-share-title">{t(Text::TeamShareTitle)}</h2>
                        <p>{t(Text::TeamShareIntro)}</p>
                        <LinkField id="team-link" label=Text::TeamLinkLabel link lang />
                    </section>
                }
            });
            let keep = view! { <KeepRoundForm id="keep-round" aggregate=aggregate.clone() team=team_name lang /> };
            view! {
                <dl class="figures">
                    <div class="figure" data-figure="n"><dt>{t(Text::Respondents)}</dt><dd class="figure-number">{aggregate.n.to_string()}</dd></div>
                    <div class="figure" data-figure="index"><dt>{t(Text::IndexLabel)}</dt><dd class="figure-number">{index.map(shown).unwrap_or_else(|| "–".to_owned())}</dd></div>
                    <div class="figure" data-figure="coherence"><dt>{t(Text::CoherenceLabel)}</dt><dd class="figure-number">{coherence.map(shown).unwrap_or_else(|| "–".to_owned())}</dd></div>
                </dl>
                <figure class="chart"><div class="chart-box" inner_html=chart></div></figure>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="team-aggregate-caption">
                    <table id="team-aggregate-table">
                        <caption id="team-aggregate-caption">{t(Text::TeamTableCaption)}</caption>
                        <thead>{crate::ui::header_row(&[Text::ColumnDimension, Text::ColumnMean], lang)}</thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {link}
                {keep}
            }
            .into_any()
        }
        Err(error) => {
            view! { <p class="card card-warning" id="team-link-error">{t(error.text())}</p> }
                .into_any()
        }
    }
}

/// The name of a downloaded team profile with `extension`, in the page's
/// language.
pub(crate) fn team_file_name(extension: &str, lang: Lang) -> String {
    format!("{}.{extension}", Text::TeamExportFileStem.get(lang))
}
