//! The workshop view of a team profile: a button in the team profile
//! ([`WorkshopLauncher`]) opens a full-screen presentation of its findings,
//! one per screen, for a projector or a shared screen ([`Workshop`]).
//!
//! The screens, what each is about and its prompt come from
//! `core::team::workshop::screens`; this module only renders them, from the
//! team profile and the role groups the team view already has. Every screen
//! is in the page at once and all but the current one are hidden, so that
//! printing in the workshop view prints each screen on a page of its own
//! (`style/main.css`). The view is a modal dialog: the keys of
//! `core::team::workshop::key_move` move through it, Tab stays within it,
//! and leaving it gives the focus back to the button that opened it.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::i18n::{fill, Lang, Text};
use crate::core::model::Role;
use crate::core::scan::scoring::display_score;
use crate::core::team::gap::PerceptionGap;
use crate::core::team::profile::TeamProfile;
use crate::core::team::workshop::{key_move, screens, Finding, Move, Screen, MAX_SCREENS};
use crate::core::team::Group;
use crate::ui::widgets::focus::{focus_in_next_frame, focus_node};
use crate::web::browser;

fn shown(value: f64) -> String {
    display_score(value).to_string()
}

/// The button that opens the workshop view, with a line on what it is, and
/// the view itself while it is open.
#[component]
pub(super) fn WorkshopLauncher(
    /// The shown team.
    team: TeamProfile,
    /// Its role groups.
    gap: PerceptionGap,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let (open, set_open) = signal(false);
    let opener = NodeRef::<html::Button>::new();
    // The focus goes back to the button before the view leaves the page, so
    // that it never falls to the page's body.
    let leave = move || {
        focus_node(opener);
        set_open.set(false);
    };
    let workshop = move || {
        open.get()
            .then(|| view! { <Workshop team=team.clone() gap=gap.clone() lang leave /> }.into_any())
    };
    view! {
        <div class="workshop-launch no-print">
            <button type="button" class="button-secondary" id="workshop-open" node_ref=opener
                aria-describedby="workshop-open-note" on:click=move |_| set_open.set(true)>
                {t(Text::WorkshopOpen)}
            </button>
            <p class="field-note" id="workshop-open-note">{t(Text::WorkshopOpenNote)}</p>
        </div>
        {workshop}
    }
}

/// Whether a keyboard event comes from a button, whose own Space and Enter
/// belong to it.
fn from_button(event: &leptos::ev::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| element.tag_name().eq_ignore_ascii_case("button"))
}

/// Whether a keyboard event comes from the button of `node`.
fn from_node(event: &leptos::ev::KeyboardEvent, node: NodeRef<html::Button>) -> bool {
    let target = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok());
    node.get_untracked()
        .is_some_and(|button| button.is_same_node(target.as_ref()))
}

/// The full-screen presentation: a bar with the title, print and close; the
/// screens, one shown at a time; and a bar to move through them.
#[component]
fn Workshop(
    /// The shown team.
    team: TeamProfile,
    /// Its role groups.
    gap: PerceptionGap,
    /// The language to render in.
    lang: Lang,
    /// Leaves the view and gives the focus back to its button.
    leave: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let all = screens(&team, &gap);
    let count = all.len();
    let (current, set_current) = signal(0usize);
    // One title reference per screen, in an array, so that the closures
    // that hold it stay `Copy`.
    let headings: [NodeRef<html::H2>; MAX_SCREENS] = std::array::from_fn(|_| NodeRef::new());
    let focus_heading = move |index: usize| {
        if let Some(&heading) = headings.get(index) {
            focus_in_next_frame(heading);
        }
    };
    // The first and the last control, between which Tab goes round.
    let first_control = NodeRef::<html::Button>::new();
    let last_control = NodeRef::<html::Button>::new();
    let go = move |step: Move, to_heading: bool| match step.apply(current.get_untracked(), count) {
        Some(index) => {
            set_current.set(index);
            if to_heading {
                focus_heading(index);
            }
        }
        None => leave(),
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
            return;
        }
        let key = event.key();
        if key == "Tab" {
            let (from, to) = if event.shift_key() {
                (first_control, last_control)
            } else {
                (last_control, first_control)
            };
            if from_node(&event, from) {
                event.prevent_default();
                focus_node(to);
            }
            return;
        }
        let on_button = from_button(&event);
        if let Some(step) = key_move(&key, on_button) {
            event.prevent_default();
            // From a button the focus stays there; from the screen it goes
            // to the new screen's title, as the screen it was on is hidden.
            go(step, !on_button);
        }
    };
    let sections = all
        .into_iter()
        .enumerate()
        .zip(headings)
        .map(|((index, screen), heading)| {
            view! {
                <WorkshopScreen screen index count heading team=team.clone() gap=gap.clone() lang
                    current />
            }
        })
        .collect_view();
    focus_heading(0);
    let position = move || {
        fill(
            t(Text::WorkshopScreenOf),
            &[
                ("n", &(current.get() + 1).to_string()),
                ("total", &count.to_string()),
            ],
        )
    };
    let flag = |on: bool| if on { "true" } else { "false" };
    let at_first = move || flag(current.get() == 0);
    let at_last = move || flag(current.get() + 1 >= count);
    view! {
        <div class="workshop" id="workshop" role="dialog" aria-modal="true"
            aria-labelledby="workshop-title" aria-describedby="workshop-keys" on:keydown=on_key>
            <div class="workshop-bar workshop-top">
                <p class="workshop-title" id="workshop-title">{t(Text::WorkshopTitle)}</p>
                <div class="workshop-actions">
                    <button type="button" class="button-secondary" id="workshop-print" node_ref=first_control
                        on:click=|_| browser::print()>
                        {t(Text::WorkshopPrint)}
                    </button>
                    <button type="button" class="button-secondary" id="workshop-close" on:click=move |_| leave()>
                        {t(Text::WorkshopClose)}
                    </button>
                </div>
            </div>
            <p class="workshop-keys" id="workshop-keys">{t(Text::WorkshopKeys)}</p>
            <div class="workshop-screens">{sections}</div>
            <div class="workshop-bar workshop-nav">
                <button type="button" class="button-secondary" id="workshop-previous" aria-disabled=at_first
                    on:click=move |_| go(Move::Previous, false)>
                    <span aria-hidden="true">"←"</span>{t(Text::WorkshopPrevious)}
                </button>
                <p class="workshop-position" id="workshop-position" aria-live="polite">{position}</p>
                <button type="button" class="button-primary" id="workshop-next" node_ref=last_control aria-disabled=at_last
                    on:click=move |_| go(Move::Next, false)>
                    {t(Text::WorkshopNext)}<span aria-hidden="true">"→"</span>
                </button>
            </div>
        </div>
    }
}

/// One screen: its title, what it shows, and its prompt. Hidden unless it
/// is the current one (printing shows them all).
#[component]
fn WorkshopScreen(
    /// The screen.
    screen: Screen,
    /// Its place, from 0.
    index: usize,
    /// How many screens there are.
    count: usize,
    /// Its title's reference, for the focus.
    heading: NodeRef<html::H2>,
    /// The shown team.
    team: TeamProfile,
    /// Its role groups.
    gap: PerceptionGap,
    /// The language to render in.
    lang: Lang,
    /// The current screen.
    current: ReadSignal<usize>,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let title_id = format!("workshop-screen-{}-title", index + 1);
    // Every list and table of the screens is written by one of two
    // functions, `pairs` and `table`, so that their markup is compiled once.
    let body = match &screen.finding {
        Finding::Profile {
            n,
            index,
            coherence,
        } => profile_body(&team, *n, *index, *coherence, lang),
        Finding::RoleGap { roles, largest } => {
            let sentence = largest.map(|largest| {
                fill(
                    t(Text::LargestGap),
                    &[
                        ("dimension", largest.dimension.label().get(lang)),
                        ("high", largest.higher.label().get(lang)),
                        ("x", &shown(largest.higher_mean)),
                        ("low", largest.lower.label().get(lang)),
                        ("y", &shown(largest.lower_mean)),
                    ],
                )
            });
            let head =
                std::iter::once(t(Text::ColumnDimension).to_owned())
                    .chain(gap.shown().iter().map(|(role, profile)| {
                        format!("{} (n={})", role.label().get(lang), profile.n)
                    }))
                    .collect();
            let rows = gap
                .means
                .iter()
                .map(|row| {
                    let cells = row
                        .by_role
                        .iter()
                        .map(|(role, mean)| match mean {
                            None if row.withheld.contains(role) => {
                                t(Text::RoleMeanWithheld).to_owned()
                            }
                            _ => score_or_dash(*mean),
                        })
                        .collect();
                    (
                        row.dimension.id(),
                        row.dimension.short_label().get(lang),
                        cells,
                    )
                })
                .collect();
            let withheld_note = gap
                .means
                .iter()
                .any(|row| !row.withheld.is_empty())
                .then(|| view! { <p class="muted" id="workshop-role-means-withheld">{t(Text::RoleMeanWithheldNote)}</p> });
            view! {
                {role_counts(roles, lang)}
                {table("workshop-roles-table", head, rows)}
                {withheld_note}
                <p class="workshop-finding" id="workshop-largest-gap">{sentence}</p>
            }
            .into_any()
        }
        Finding::RoleGapNeedsTwo { roles } => view! {
            <p class="workshop-finding">{t(Text::PerceptionNeedsTwo)}</p>
            {role_counts(roles, lang)}
        }
        .into_any(),
        Finding::AgreesLeast { items } | Finding::AgreesMost { items } => {
            let rows = items
                .iter()
                .map(|item| {
                    let text = team.questionnaire.items[item.index].text.get(lang);
                    (
                        "",
                        text.to_owned(),
                        fill(t(Text::SpreadOfItem), &[("sd", &shown(item.sd))]),
                    )
                })
                .collect();
            pairs("workshop-statements", "muted", rows)
        }
        Finding::Themes { themes } => {
            let rows = themes
                .iter()
                .map(|(theme, mean)| (theme.id(), theme.label().get(lang).to_owned(), shown(*mean)))
                .collect();
            pairs("workshop-themes", "workshop-score", rows)
        }
    };
    let number = fill(
        t(Text::WorkshopScreenOf),
        &[
            ("n", &(index + 1).to_string()),
            ("total", &count.to_string()),
        ],
    );
    let labelled_by = title_id.clone();
    view! {
        <section class="workshop-screen" data-screen=screen.finding.id() aria-labelledby=labelled_by
            hidden=move || current.get() != index>
            <p class="workshop-page-number">{number}</p>
            <h2 id=title_id tabindex="-1" node_ref=heading>{t(screen.finding.title())}</h2>
            <div class="workshop-body">{body}</div>
            <div class="workshop-prompt">
                <h3>{t(Text::TeamDiscussTitle)}</h3>
                <p class="workshop-prompt-text">{screen.prompt.text(lang)}</p>
            </div>
        </section>
    }
}

/// A mean as shown, or a dash when there is none.
fn score_or_dash(mean: Option<f64>) -> String {
    mean.map(shown).unwrap_or_else(|| "–".to_owned())
}

/// The team as a whole: the radar, the figures and the mean per dimension.
/// The tables name the dimensions by their short names, as the radar does,
/// so that they fit beside it, and on a phone.
fn profile_body(
    team: &TeamProfile,
    n: usize,
    index: Option<f64>,
    coherence: Option<f64>,
    lang: Lang,
) -> AnyView {
    let t = move |text: Text| text.get(lang);
    let chart = super::profile::team_radar_svg(team, (640.0, 440.0), lang, t(Text::TeamChartAlt));
    let figure = |label: Text, value: Option<f64>, id: &'static str| {
        view! {
            <div class="figure" data-figure=id>
                <dt>{t(label)}</dt>
                <dd class="figure-number">{score_or_dash(value)}</dd>
            </div>
        }
    };
    let head = vec![
        t(Text::ColumnDimension).to_owned(),
        t(Text::ColumnMean).to_owned(),
    ];
    let rows = team
        .means()
        .into_iter()
        .map(|(dimension, mean)| {
            let cell = mean.map_or_else(|| t(Text::NotEnoughAnswers).to_owned(), shown);
            (
                dimension.id(),
                dimension.short_label().get(lang),
                vec![cell],
            )
        })
        .collect();
    view! {
        <div class="workshop-profile">
            <figure class="chart workshop-chart">
                <div class="chart-box" inner_html=chart></div>
                <figcaption>{t(Text::TeamChartLegend)}</figcaption>
            </figure>
            <div>
                <dl class="figures workshop-figures">
                    {figure(Text::Respondents, Some(n as f64), "n")}
                    {figure(Text::IndexLabel, index, "index")}
                    {figure(Text::CoherenceLabel, coherence, "coherence")}
                </dl>
                {table("workshop-means", head, rows)}
            </div>
        </div>
    }
    .into_any()
}

/// Each role group with its size, or the count of a group not shown, as the
/// team view lists them.
fn role_counts(roles: &[(Role, Group<usize>)], lang: Lang) -> AnyView {
    let t = move |text: Text| text.get(lang);
    let rows = roles
        .iter()
        .map(|(role, group)| {
            let status = match group {
                Group::Shown(n) => n.to_string(),
                Group::TooSmall { n, .. } => {
                    fill(t(Text::GroupTooSmallShort), &[("n", &n.to_string())])
                }
                Group::Withheld { n } => {
                    fill(t(Text::GroupWithheldShort), &[("n", &n.to_string())])
                }
            };
            (role.id(), format!("{}:", role.label().get(lang)), status)
        })
        .collect();
    pairs("workshop-roles", "workshop-count", rows)
}

/// A list of rows in two parts, the second in `second_class`, each row with
/// an id (`data-id`, empty for none): the role counts, the statements and
/// the themes.
fn pairs(
    class: &'static str,
    second_class: &'static str,
    rows: Vec<(&'static str, String, String)>,
) -> AnyView {
    let items = rows
        .into_iter()
        .map(|(id, first, second)| {
            view! { <li data-id=id><span>{first}</span>" "<span class=second_class>{second}</span></li> }
        })
        .collect_view();
    view! { <ol class=class>{items}</ol> }.into_any()
}

/// A table with a head row, and per dimension (its id, its name) a row of
/// cells.
fn table(
    id: &'static str,
    head: Vec<String>,
    rows: Vec<(&'static str, &'static str, Vec<String>)>,
) -> AnyView {
    let head = head
        .into_iter()
        .map(|text| view! { <th scope="col">{text}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(dimension, name, cells)| {
            let cells = cells
                .into_iter()
                .map(|cell| view! { <td class="score-cell">{cell}</td> })
                .collect_view();
            view! { <tr data-dimension=dimension><th scope="row">{name}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="workshop-table" id=id>
            <thead><tr>{head}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}
