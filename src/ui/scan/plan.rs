//! The personal action plan on one's own result: choose up to three next
//! steps (from the advice for the weakest dimensions and themes, or in
//! one's own words), each with a "by when" date; what was chosen last time
//! and how it moved; and the plan of a scan in "My results". The choices
//! are made by `core::scan::actions` and kept by `core::storage::plans`;
//! this module renders them and keeps them in localStorage.

use leptos::prelude::*;

use crate::core::i18n::{fill, format_day, Lang, Text};
use crate::core::model::{Dimension, Theme};
use crate::core::scan::actions::{
    offered, ActionPlan, AddError, Chosen, ChosenAction, Day, Focus, Shift, MAX_CHOSEN,
    MAX_OWN_CHARS,
};
use crate::core::scan::scoring::ScanResult;
use crate::core::storage::plans::{
    encode_plans, keep, last_time, plan_of, plans_at_start, PLANS_KEY,
};
use crate::ui::scan::history::date_text;
use crate::ui::state::{use_state, AppState};
use crate::ui::stored_list::StoredList;

/// The plans this browser keeps, oldest scan first. Provided once by the
/// full app.
pub type PlanStore = StoredList<ActionPlan>;

impl StoredList<ActionPlan> {
    /// Reads the plans from storage, with a notice as for every record.
    pub fn load_plans(state: AppState) -> PlanStore {
        StoredList::load(state, PLANS_KEY, plans_at_start, encode_plans)
    }

    /// Changes the plan of one scan (an empty one if it has none) and saves
    /// every plan.
    pub fn change_plan(&self, scan: i64, change: impl FnOnce(&mut ActionPlan)) {
        self.change(|plans| {
            let mut plan = plan_of(plans, scan)
                .cloned()
                .unwrap_or_else(|| ActionPlan::new(scan));
            change(&mut plan);
            keep(plans, plan);
        });
    }

    /// Forgets the plan of a scan removed from the history.
    pub fn forget(&self, scan: i64) {
        if self
            .items
            .with_untracked(|plans| plan_of(plans, scan).is_some())
        {
            self.change_plan(scan, |plan| plan.actions.clear());
        }
    }
}

/// The plan store from context.
pub fn use_plan_store() -> PlanStore {
    expect_context::<PlanStore>()
}

/// The name of a dimension or theme.
fn focus_label(focus: Focus, lang: Lang) -> &'static str {
    match focus {
        Focus::Dimension(dimension) => dimension.label().get(lang),
        Focus::Theme(theme) => theme.label().get(lang),
    }
}

/// The words of a chosen step.
fn step_text(chosen: &ChosenAction, lang: Lang) -> String {
    match &chosen.what {
        Chosen::Offered(action) => action.text().get(lang).to_owned(),
        Chosen::Own { text, .. } => text.clone(),
    }
}

/// "About: …" and "by …" of a step, as one line (empty when it has neither).
fn step_details(chosen: &ChosenAction, lang: Lang) -> String {
    let about = chosen.focus().map(|focus| {
        fill(
            Text::PlanAbout.get(lang),
            &[("focus", focus_label(focus, lang))],
        )
    });
    let due = chosen.due.map(|day| {
        fill(
            Text::PlanDueOn.get(lang),
            &[("date", &format_day(lang, day))],
        )
    });
    [about, due]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What was chosen after the previous scan, and how each step's dimension
/// or theme moved by this one (decided by `storage::plans::last_time`).
fn last_time_view(scan: i64, result: &ScanResult, lang: Lang) -> Option<impl IntoView> {
    let state = use_state();
    let store = use_plan_store();
    let last = store.items.with_untracked(|plans| {
        state
            .history
            .with_untracked(|history| last_time(plans, history, scan, result))
    })?;
    let t = move |text: Text| text.get(lang);
    let items = last
        .movements
        .iter()
        .map(|movement| {
            let moved = movement.shift().map(|(focus, shift)| {
                let name = focus_label(focus, lang);
                match shift {
                    Shift::Moved { before, after } => fill(
                        t(Text::PlanMoved),
                        &[
                            ("focus", name),
                            ("before", &before.to_string()),
                            ("after", &after.to_string()),
                        ],
                    ),
                    Shift::Stayed(score) => fill(
                        t(Text::PlanStayed),
                        &[("focus", name), ("score", &score.to_string())],
                    ),
                    Shift::NoComparison => fill(t(Text::PlanNoComparison), &[("focus", name)]),
                }
            });
            view! {
                <li>
                    <span class="plan-step-text">{step_text(&movement.action, lang)}</span>
                    {moved.map(|moved| view! { <span class="plan-moved">{moved}</span> })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div class="plan-last-time" id="plan-last-time">
            <h3>{t(Text::PlanLastTimeTitle)}</h3>
            <p>{fill(t(Text::PlanLastTimeIntro), &[("date", &date_text(last.finished, lang))])}</p>
            <ul class="plan-moves">{items}</ul>
        </div>
    })
}

/// The options of "what it is about" for a step of one's own: nothing, each
/// dimension, each theme (by their ids).
fn focus_options(lang: Lang) -> impl IntoView {
    let dimensions = Dimension::ALL
        .iter()
        .map(|&dimension| view! { <option value=dimension.id()>{dimension.label().get(lang)}</option> })
        .collect_view();
    let themes = Theme::ALL
        .iter()
        .map(|&theme| view! { <option value=theme.id()>{theme.label().get(lang)}</option> })
        .collect_view();
    view! {
        <option value="">{Text::PlanOwnFocusNone.get(lang)}</option>
        <optgroup label=Text::PlanFocusDimensions.get(lang)>{dimensions}</optgroup>
        <optgroup label=Text::PlanFocusThemes.get(lang)>{themes}</optgroup>
    }
}

/// "Choose your next steps" on one's own result.
#[component]
pub fn ActionPlanSection(
    /// The scan the result belongs to (its history id).
    scan: i64,
    /// The result.
    result: ScanResult,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let store = use_plan_store();
    let t = move |text: Text| text.get(lang);
    let max = MAX_CHOSEN.to_string();
    // The plan of this scan as it is now (read afresh: it holds three steps
    // at most, and a memo of it would cost the wasm more than the copies).
    let plan = move || {
        store.items.with(|plans| {
            plan_of(plans, scan)
                .cloned()
                .unwrap_or_else(|| ActionPlan::new(scan))
        })
    };
    let full = move || plan().actions.len() >= MAX_CHOSEN;
    let (own_error, set_own_error) = signal(None::<Text>);
    let own_text = NodeRef::<leptos::html::Input>::new();
    let own_focus = NodeRef::<leptos::html::Select>::new();

    let last = last_time_view(scan, &result, lang);

    let steps = move || {
        let actions = plan().actions;
        if actions.is_empty() {
            return view! { <p class="plan-none" id="plan-none">{t(Text::PlanNone)}</p> }
                .into_any();
        }
        let items = actions
            .into_iter()
            .enumerate()
            .map(|(position, chosen)| {
                let text = step_text(&chosen, lang);
                let details = step_details(&chosen, lang);
                let due_id = format!("plan-due-{position}");
                let due_value = chosen.due.map(Day::iso).unwrap_or_default();
                let set_due = move |event: leptos::ev::Event| {
                    let day = Day::parse(&event_target_value(&event));
                    store.change_plan(scan, |plan| plan.set_due(position, day));
                };
                let remove = move |_| store.change_plan(scan, |plan| plan.remove(position));
                let remove_label = format!("{}: {}", t(Text::PlanRemove), text);
                view! {
                    <li class="plan-step">
                        <p class="plan-step-text">{text}</p>
                        <p class="plan-step-details">{details}</p>
                        <div class="plan-step-controls no-print">
                            <label for=due_id.clone()>{t(Text::PlanDue)}</label>
                            <input type="date" id=due_id min="2000-01-01" max="9999-12-31"
                                prop:value=due_value on:change=set_due />
                            <button type="button" class="link-button plan-remove"
                                aria-label=remove_label on:click=remove>{t(Text::PlanRemove)}</button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="plan-steps" aria-labelledby="plan-chosen-title">{items}</ol> }.into_any()
    };

    let offered = offered(&result);
    // A result without scores offers nothing: one's own step still can be written.
    let any_offered = !offered.is_empty();
    let options = offered
        .into_iter()
        .map(|action| {
            let checked = move || plan().has(action);
            let toggle = move |_| store.change_plan(scan, |plan| plan.toggle(action));
            let id = format!("plan-option-{}", action.id());
            view! {
                <li class="plan-option">
                    <input type="checkbox" id=id.clone() data-action=action.id()
                        prop:checked=checked prop:disabled=move || full() && !checked()
                        on:change=toggle />
                    <label for=id>
                        {action.text().get(lang)}
                        <span class="plan-option-about">{focus_label(action.focus(), lang)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();

    let add_own = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(input), Some(select)) = (own_text.get_untracked(), own_focus.get_untracked())
        else {
            return;
        };
        let focus = Focus::from_id(&select.value());
        let mut outcome = Ok(());
        store.change_plan(scan, |plan| {
            outcome = plan.add(Chosen::Own {
                text: input.value(),
                focus,
            });
        });
        if outcome.is_ok() {
            input.set_value("");
            select.set_value("");
        }
        set_own_error.set(outcome.err().and_then(AddError::text));
    };

    view! {
        <section class="action-plan" id="action-plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{t(Text::PlanTitle)}</h2>
            {last}
            <p class="no-print">{fill(t(Text::PlanIntro), &[("max", &max)])}</p>
            <h3 id="plan-chosen-title">{t(Text::PlanChosenTitle)}</h3>
            // A closure in the view, not `{steps}`: see `ui::App`.
            {move || steps()}
            <p class="plan-full no-print" id="plan-full" role="status">
                {move || full().then(|| fill(t(Text::PlanFull), &[("max", &max)]))}
            </p>
            {any_offered.then(|| view! {
                <fieldset class="plan-options no-print">
                    <legend>{t(Text::PlanOptionsLegend)}</legend>
                    <ul>{options}</ul>
                </fieldset>
            })}
            <form class="plan-own no-print" on:submit=add_own>
                <div class="plan-own-fields">
                    <div>
                        <label for="plan-own-text">{t(Text::PlanOwnLabel)}</label>
                        <input type="text" id="plan-own-text" node_ref=own_text
                            maxlength=MAX_OWN_CHARS.to_string() autocomplete="off" />
                    </div>
                    <div>
                        <label for="plan-own-focus">{t(Text::PlanOwnFocus)}</label>
                        <select id="plan-own-focus" node_ref=own_focus>{focus_options(lang)}</select>
                    </div>
                </div>
                <button type="submit" class="button-secondary" id="plan-own-add">{t(Text::PlanOwnAdd)}</button>
                <p class="plan-own-error" id="plan-own-error" role="alert">
                    {move || own_error.get().map(|text| fill(t(text), &[("max", &MAX_CHOSEN.to_string())]))}
                </p>
            </form>
        </section>
    }
}

/// The steps chosen after one scan, read-only (in "My results"); nothing
/// when the scan has no plan.
#[component]
pub fn PlanSummary(
    /// The scan (its history id).
    scan: i64,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let store = use_plan_store();
    let plan = store
        .items
        .with_untracked(|plans| plan_of(plans, scan).cloned())?;
    let items = plan
        .actions
        .iter()
        .map(|chosen| {
            view! {
                <li class="plan-step">
                    <p class="plan-step-text">{step_text(chosen, lang)}</p>
                    <p class="plan-step-details">{step_details(chosen, lang)}</p>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="action-plan" id="plan-summary" aria-labelledby="plan-summary-title">
            <h2 id="plan-summary-title">{Text::PlanEntryTitle.get(lang)}</h2>
            <ol class="plan-steps">{items}</ol>
        </section>
    })
}
