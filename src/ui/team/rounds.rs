//! The facilitator's team rounds, "My team profiles": the form that keeps a
//! team profile or a pasted team link as a round ([`KeepRoundForm`]), and the
//! page of kept rounds per team, where two rounds are compared and three or
//! more show a trend ([`TeamRoundsPage`]). What a round holds and how rounds
//! compare is decided by `core::team::rounds`; they are kept in
//! localStorage by `core::storage::team_rounds`.

use leptos::prelude::*;

use crate::chart_svg::sparkline_svg;
use crate::core::i18n::{fill, format_day, Lang, Text};
use crate::core::links::team::decode_aggregate;
use crate::core::scan::actions::Day;
use crate::core::storage::team_rounds::{encode_rounds, rounds_at_start, ROUNDS_KEY};
use crate::core::team::aggregate::TeamAggregate;
use crate::core::team::rounds::{
    keep_new_round, keep_round_intro, new_round, new_round_id, round_figures, team_names, teams,
    trend, Keeping, RoleRound, Round, RoundError, RoundsNote, Trend, TrendRow,
};
use crate::ui::state::{use_state, AppState, Route};
use crate::ui::stored_list::StoredList;
use crate::ui::widgets::when::When;
use crate::web::browser;

/// The rounds this browser keeps, oldest kept first. Provided once by the
/// full app.
pub type RoundStore = StoredList<Round>;

impl StoredList<Round> {
    /// Reads the rounds from storage, with a notice as for every record.
    pub fn load_rounds(state: AppState) -> RoundStore {
        StoredList::load(state, ROUNDS_KEY, rounds_at_start, encode_rounds)
    }
}

/// The round store from context.
pub fn use_round_store() -> RoundStore {
    expect_context::<RoundStore>()
}

/// A whole number as shown, or a dash.
fn number_or_dash(value: Option<i64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| value.to_string())
}

/// A change as shown: with its sign, a true minus for a fall.
fn change_text(change: Option<i64>) -> String {
    match change {
        Some(change) if change > 0 => format!("+{change}"),
        Some(change) if change < 0 => format!("−{}", change.unsigned_abs()),
        Some(_) => "0".to_owned(),
        None => "–".to_owned(),
    }
}

/// Today in this browser's time zone, for the date field.
fn today() -> String {
    let (year, month, day, _, _) = browser::local_date_time(browser::now_ms());
    Day {
        year: year as u16,
        month: month as u8,
        day: day as u8,
    }
    .iso()
}

/// The form that keeps a round in "My team profiles": the team's name and
/// the day of the round, and, without an `aggregate`, a field for the team
/// link to read it from. Its element ids start with `id`.
#[component]
pub fn KeepRoundForm(
    /// The first part of every element id of the form.
    id: &'static str,
    /// The team profile's answer counts; `None` asks for a team link.
    #[prop(optional)]
    aggregate: Option<TeamAggregate>,
    /// The shown role groups, `None` when the roles are not known.
    #[prop(optional)]
    roles: Option<Vec<RoleRound>>,
    /// The name the team field starts with (a session's label).
    #[prop(optional)]
    team: String,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let store = use_round_store();
    let t = move |text: Text| text.get(lang);
    let from_link = aggregate.is_none();
    let ids = move |part: &str| format!("{id}-{part}");
    let (name, set_name) = signal(team);
    let (day, set_day) = signal(today());
    let (link, set_link) = signal(String::new());
    let (error, set_error) = signal(None::<&'static str>);
    let (kept, set_kept) = signal(None::<Keeping>);
    let roles_known = roles.is_some();
    let keep_intro = keep_round_intro(roles.as_deref());
    let keep = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let counts = match &aggregate {
            Some(aggregate) => Ok(aggregate.clone()),
            None => decode_aggregate(&link.get_untracked()).map_err(RoundError::Link),
        };
        let id = store
            .items
            .with_untracked(|rounds| new_round_id(rounds, browser::now_ms()));
        let round = counts.and_then(|counts| {
            new_round(
                id,
                &name.get_untracked(),
                &day.get_untracked(),
                counts,
                roles.clone(),
            )
        });
        match round {
            Err(error) => {
                set_kept.set(None);
                set_error.set(Some(t(error.text())));
            }
            Ok(round) => {
                set_error.set(None);
                let mut keeping = None;
                store.change(|rounds| keeping = Some(keep_new_round(rounds, round)));
                if from_link && matches!(keeping, Some(Keeping::Kept(_))) {
                    set_link.set(String::new());
                }
                set_kept.set(keeping);
            }
        }
    };
    let link_field = from_link.then(|| {
        view! {
            <label for=ids("link") class="field-label">{t(Text::AddRoundLink)}</label>
            <input type="text" id=ids("link") autocomplete="off" spellcheck="false"
                prop:value=move || link.get() on:input=move |e| set_link.set(event_target_value(&e)) />
        }
    });
    let no_roles = (!roles_known && !from_link).then(
        || view! { <p class="field-note" id=ids("no-roles")>{t(Text::KeepRoundNoRoles)}</p> },
    );
    let status = move || {
        kept.get().map(|keeping| match keeping {
            Keeping::Kept(team) => fill(t(Text::RoundKept), &[("team", &team)]),
            Keeping::Already(team) => fill(t(Text::RoundAlreadyKept), &[("team", &team)]),
        })
    };
    // The way to the page, from forms elsewhere (the page's own form is on it).
    let to_rounds = move || {
        (!from_link && kept.with(Option::is_some)).then(|| {
            view! {
                <button type="button" class="button-secondary" id=ids("open")
                    on:click=move |_| state.go(Route::TeamRounds)>{t(Text::OpenRounds)}</button>
            }
        })
    };
    let (title, intro) = if from_link {
        (Text::AddRoundTitle, Text::AddRoundIntro)
    } else {
        (Text::KeepRoundTitle, keep_intro)
    };
    view! {
        <section class="card keep-round no-print" aria-labelledby=ids("title") id=id>
            <h2 id=ids("title")>{t(title)}</h2>
            <p id=ids("intro")>{t(intro)}</p>
            {no_roles}
            <form on:submit=keep>
                {link_field}
                <div class="keep-round-fields">
                    <div>
                        <label for=ids("name") class="field-label">{t(Text::RoundTeamField)}</label>
                        <input type="text" id=ids("name") maxlength="80" autocomplete="off" list=ids("teams")
                            prop:value=move || name.get() on:input=move |e| set_name.set(event_target_value(&e)) />
                        // The teams kept before, to pick a name from: rounds of one team share it.
                        <datalist id=ids("teams")>
                            {move || store.items.with(|rounds| team_names(rounds).into_iter().map(|name| view! { <option value=name></option> }).collect_view())}
                        </datalist>
                    </div>
                    <div>
                        <label for=ids("day") class="field-label">{t(Text::RoundDayField)}</label>
                        <input type="date" id=ids("day") min="2000-01-01" max="9999-12-31"
                            prop:value=move || day.get() on:input=move |e| set_day.set(event_target_value(&e)) />
                    </div>
                </div>
                <div class="button-row">
                    <button type="submit" class="button-primary" id=ids("submit")>
                        {t(if from_link { Text::AddRound } else { Text::KeepRound })}
                    </button>
                    {move || to_rounds()}
                </div>
                <p class="form-error" id=ids("error") role="alert">{move || error.get()}</p>
                <p id=ids("status") role="status">{move || status()}</p>
            </form>
        </section>
    }
}

/// The label of a round in a column head or a choice: its day and size.
fn round_label(round: &Round, lang: Lang) -> String {
    fill(
        Text::RoundOption.get(lang),
        &[
            ("date", &format_day(lang, round.day)),
            ("n", &round.aggregate.n.to_string()),
        ],
    )
}

/// What the rounds of a trend have in common and what not, as notes.
fn notes_view(notes: &[RoundsNote], lang: Lang) -> impl IntoView {
    let list = |values: Vec<String>| values.join(", ");
    notes
        .iter()
        .map(|note| {
            let (kind, text) = match note {
                RoundsNote::Versions(versions) => (
                    "versions",
                    fill(
                        Text::RoundsNoteVersions.get(lang),
                        &[(
                            "versions",
                            &list(versions.iter().map(u16::to_string).collect()),
                        )],
                    ),
                ),
                RoundsNote::Minimums(sizes) => (
                    "minimums",
                    fill(
                        Text::RoundsNoteMinimums.get(lang),
                        &[("sizes", &list(sizes.iter().map(usize::to_string).collect()))],
                    ),
                ),
                RoundsNote::NoRoles(n) => (
                    "no-roles",
                    fill(
                        Text::RoundsNoteNoRoles.for_count(*n).get(lang),
                        &[("n", &n.to_string())],
                    ),
                ),
            };
            view! { <p class="card card-warning rounds-note" data-note=kind>{text}</p> }
        })
        .collect_view()
}

/// One row of a trend table: its head, a cell per round, the change, and
/// with `spark` a sparkline.
fn trend_row(head: String, key: &'static str, row: &TrendRow, spark: bool) -> impl IntoView {
    let shown = row.shown_values();
    let cells = shown
        .iter()
        .map(|value| view! { <td class="score-cell">{number_or_dash(*value)}</td> })
        .collect_view();
    let line =
        spark.then(|| view! { <td class="spark-cell" inner_html=sparkline_svg(&shown)></td> });
    view! {
        <tr data-row=key>
            <th scope="row">{head}</th>
            {cells}
            <td class="score-cell change-cell">{change_text(row.shown_change())}</td>
            {line}
        </tr>
    }
}

/// A trend as tables: per dimension, the index and coherence, then the
/// gap between roles when any round knows it. `id` names the tables. (What
/// makes rounds differ is said once per team, under its list of rounds.)
fn trend_tables(trend: &Trend, id: &str, lang: Lang) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let spark = trend.rounds.len() >= 3;
    let heads = move || {
        let rounds = trend
            .rounds
            .iter()
            .map(|round| {
                view! {
                    <th scope="col">
                        <span class="round-day">{format_day(lang, round.day)}</span>" "
                        <span class="round-size">{format!("(n={})", round.aggregate.n)}</span>
                    </th>
                }
            })
            .collect_view();
        let line = spark.then(|| view! { <td class="spark-cell"></td> });
        view! {
            <tr>
                <th scope="col">{t(Text::ColumnDimension)}</th>
                {rounds}
                <th scope="col">{t(Text::ColumnChange)}</th>
                {line}
            </tr>
        }
    };
    // A row per dimension, headed by its short name.
    let dimension_rows = |rows: &[TrendRow]| {
        rows.iter()
            .filter_map(|row| {
                let dimension = row.dimension?;
                Some(trend_row(
                    dimension.short_label().get(lang).to_owned(),
                    dimension.id(),
                    row,
                    spark,
                ))
            })
            .collect_view()
    };
    let gaps = (!trend.gaps.is_empty()).then(|| {
        let rows = dimension_rows(&trend.gaps);
        view! {
            <h4 id=format!("{id}-gap-title")>{t(Text::GapTableTitle)}</h4>
            <p class="field-note">{t(Text::GapTableIntro)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=format!("{id}-gap-title")>
                <table class="rounds-table" id=format!("{id}-gap")>
                    <thead>{heads()}</thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(Text::TeamTableCaption)>
            <table class="rounds-table" id=id.to_owned()>
                <thead>{heads()}</thead>
                <tbody>
                    {dimension_rows(&trend.dimensions)}
                    {trend_row(t(Text::IndexLabel).to_owned(), "index", &trend.index, spark)}
                    {trend_row(t(Text::CoherenceLabel).to_owned(), "coherence", &trend.coherence, spark)}
                </tbody>
            </table>
        </div>
        {gaps}
    }
}

/// One team's rounds: the list with figures and a delete button each, two
/// rounds compared by choice, and the trend over three or more.
#[component]
fn TeamRounds(
    /// The team's place on the page, for element ids.
    position: usize,
    /// Its rounds, in order of day.
    rounds: Vec<Round>,
    /// Where to say that a round was deleted.
    set_deleted: WriteSignal<Option<String>>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let store = use_round_store();
    let t = move |text: Text| text.get(lang);
    let id = format!("team-{position}");
    let name = rounds.first().map(|r| r.team.clone()).unwrap_or_default();
    let list = rounds
        .iter()
        .map(|round| {
            let figures = round_figures(round);
            let shown = |value: Option<f64>| {
                number_or_dash(value.map(crate::core::scan::scoring::display_score))
            };
            let details = [
                fill(t(Text::RoundParticipants), &[("n", &round.aggregate.n.to_string())]),
                format!("{} {}", t(Text::IndexLabel), shown(figures.index)),
                format!("{} {}", t(Text::CoherenceLabel), shown(figures.coherence)),
                fill(t(Text::RoundMinGroup), &[("n", &round.aggregate.min_group.to_string())]),
                t(if round.roles.is_some() { Text::RoundWithRoles } else { Text::RoundFromLink }).to_owned(),
            ]
            .join(" · ");
            let round_id = round.id;
            let day = format_day(lang, round.day);
            let delete_label = format!("{}: {}", t(Text::DeleteRound), round_label(round, lang));
            let deleted_day = day.clone();
            let delete = move |_| {
                store.change(|rounds| rounds.retain(|kept| kept.id != round_id));
                set_deleted.set(Some(deleted_day.clone()));
            };
            view! {
                <li class="round-item" data-round=round.id.to_string()
                    data-roles=if round.roles.is_some() { "known" } else { "unknown" }>
                    <span class="round-name">{day}</span>
                    <span class="muted round-details">{details}</span>
                    <button type="button" class="button-quiet delete-round no-print" aria-label=delete_label on:click=delete>
                        {t(Text::DeleteRound)}
                    </button>
                </li>
            }
        })
        .collect_view();
    let count = rounds.len();
    let compare = (count >= 2).then(|| {
        let rounds_for_options = StoredValue::new(rounds.clone());
        let options = move |selected: i64| {
            rounds_for_options
                .with_value(|rounds: &Vec<Round>| {
                    rounds
                        .iter()
                        .map(|round| {
                            view! {
                                <option value=round.id.to_string() selected=round.id == selected>
                                    {round_label(round, lang)}
                                </option>
                            }
                        })
                        .collect_view()
                })
        };
        let (first, set_first) = signal(rounds[count - 2].id);
        let (second, set_second) = signal(rounds[count - 1].id);
        let table_id = format!("{id}-compare-table");
        let compared = move || {
            rounds_for_options.with_value(|rounds| {
                let pick = |id: i64| rounds.iter().find(|round| round.id == id);
                let (Some(a), Some(b)) = (pick(first.get()), pick(second.get())) else {
                    return ().into_any();
                };
                trend_tables(&trend(&[a, b]), &table_id, lang).into_any()
            })
        };
        let choose = |set: WriteSignal<i64>| {
            move |event: leptos::ev::Event| {
                if let Ok(value) = event_target_value(&event).parse() {
                    set.set(value);
                }
            }
        };
        view! {
            <h3 id=format!("{id}-compare-title")>{t(Text::CompareRoundsTitle)}</h3>
            <p class="no-print">{t(Text::CompareRoundsIntro)}</p>
            <div class="keep-round-fields no-print">
                <div>
                    <label for=format!("{id}-first") class="field-label">{t(Text::CompareFirstRound)}</label>
                    <select id=format!("{id}-first") on:change=choose(set_first)>{options(first.get_untracked())}</select>
                </div>
                <div>
                    <label for=format!("{id}-second") class="field-label">{t(Text::CompareSecondRound)}</label>
                    <select id=format!("{id}-second") on:change=choose(set_second)>{options(second.get_untracked())}</select>
                </div>
            </div>
            {move || compared()}
        }
    });
    let all: Vec<&Round> = rounds.iter().collect();
    let whole = trend(&all);
    let notes = (count >= 2).then(|| notes_view(&whole.notes, lang));
    let trend_view = (count >= 3).then(|| {
        view! {
            <h3 id=format!("{id}-trend-title")>{fill(t(Text::RoundsTrendTitle), &[("n", &count.to_string())])}</h3>
            <p>{t(Text::RoundsTrendIntro)}</p>
            {trend_tables(&whole, &format!("{id}-trend-table"), lang)}
        }
    });
    view! {
        <section class="card team-rounds" aria-labelledby=format!("{id}-title") id=id.clone() data-team=name.clone()>
            <h2 id=format!("{id}-title")>{fill(t(Text::RoundsOfTeam), &[("team", &name)])}</h2>
            <ul class="rounds-list" id=format!("{id}-rounds")>{list}</ul>
            {notes}
            {compare}
            {trend_view}
        </section>
    }
}

/// "My team profiles": the kept rounds per team, and a form that adds a
/// round from a team link.
#[component]
pub fn TeamRoundsPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let store = use_round_store();
    let t = move |text: Text| text.get(lang);
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let (deleted, set_deleted) = signal(None::<String>);
    let read_only = store
        .read_only()
        .then(|| view! { <p class="card card-warning" id="rounds-read-only">{t(Text::RoundsNotSaved)}</p> });
    let body = move || {
        store.items.with(|rounds| {
            if rounds.is_empty() {
                return view! { <p class="lead" id="rounds-empty">{t(Text::RoundsEmpty)}</p> }
                    .into_any();
            }
            teams(rounds)
                .into_iter()
                .enumerate()
                .map(|(position, team)| {
                    let rounds: Vec<Round> = team.into_iter().cloned().collect();
                    view! { <TeamRounds position rounds set_deleted lang /> }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <div class="wrap page team-rounds-page">
            <h1 id="rounds-title" tabindex="-1" node_ref=title_ref>{t(Text::RoundsTitle)}</h1>
            <p class="lead">{t(Text::RoundsIntro)}</p>
            {read_only}
            <p id="round-deleted" role="status">
                {move || deleted.get().map(|date| fill(t(Text::RoundDeleted), &[("date", &date)]))}
            </p>
            {move || body()}
            <KeepRoundForm id="add-round" lang />
        </div>
    }
}

/// The part of the facilitator's page that leads to "My team profiles":
/// how many rounds are kept, and the way there.
#[component]
pub fn RoundsHub(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let store = use_round_store();
    let t = move |text: Text| text.get(lang);
    let count = move || {
        let n = store.items.with(Vec::len);
        (n > 0).then(|| fill(t(Text::RoundsCount.for_count(n)), &[("n", &n.to_string())]))
    };
    view! {
        <section class="card" aria-labelledby="rounds-hub-title" id="rounds-hub">
            <h2 id="rounds-hub-title">{t(Text::RoundsTitle)}</h2>
            <p>{t(Text::RoundsHubText)}</p>
            <When when=move || store.items.with(|rounds| !rounds.is_empty())>
                <p class="muted" id="rounds-count">{move || count()}</p>
            </When>
            <div class="button-row">
                <button type="button" class="button-secondary" id="open-rounds"
                    on:click=move |_| state.go(Route::TeamRounds)>
                    {t(Text::OpenRounds)}
                </button>
            </div>
        </section>
    }
}
