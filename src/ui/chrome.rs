//! The frame around every page: header with the language switch, storage
//! notices, and the footer with "delete my data".

use leptos::html;
use leptos::prelude::*;

use super::state::{use_state, Route};
use crate::core::i18n::{Lang, Text};
use crate::core::scan::progress::Stage;
use crate::ui::widgets::focus::focus_in_next_frame;

/// The page header: the app's name (back to the intro) and the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let go_home = move |_| {
        if matches!(
            state.route.get_untracked(),
            Route::Shared(_) | Route::Invite(_) | Route::TeamAggregate(_) | Route::Reply(_)
        ) {
            state.leave_shared();
        } else {
            state.go(Route::Scan);
        }
        state.update_progress(|progress| progress.stage = Stage::Intro);
    };
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                <button type="button" class="brand" on:click=go_home
                    aria-label=move || state.t(Text::HomeLabel)>
                    <span class="brand-mark" aria-hidden="true"></span>
                    <span class="brand-name">{move || state.t(Text::AppName)}</span>
                </button>
                <nav class="header-nav" aria-label=move || state.t(Text::MyResults)>
                    <MyResultsButton />
                </nav>
                <LanguageSwitch />
            </div>
        </header>
    }
}

/// Storage notices, each dismissable.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="notices" role="status">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        view! {
                            <div class="notice" data-notice=notice.id()>
                                <p>{move || state.t(notice.text())}</p>
                                <button type="button" class="button-quiet" on:click=move |_| state.dismiss(notice)>
                                    {move || state.t(Text::Dismiss)}
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
            {move || {
                let lang = state.lang.get();
                let on_scan = matches!(state.route.get(), Route::Scan);
                state.progress.with(|progress| {
                    progress.team.as_ref().filter(|_| on_scan).map(|team| {
                        view! {
                            <div class="notice notice-team" data-notice="team">
                                <p>{crate::ui::team::member::team_label_text(&team.label, lang)}</p>
                            </div>
                        }
                    })
                })
            }}
            <Show when=move || state.deleted.get()>
                <div class="notice notice-ok" data-notice="deleted">
                    <p>{move || state.t(Text::Deleted)}</p>
                </div>
            </Show>
        </div>
    }
}

/// The footer: the privacy reminder, the team session for facilitators and
/// "delete my data".
#[component]
pub fn Footer() -> impl IntoView {
    let state = use_state();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p class="footer-privacy">{move || state.t(Text::PrivacyFooter)}</p>
                <PrivacyLink />
                <button type="button" class="button-quiet" id="team-session"
                    on:click=move |_| state.go(Route::TeamSetup)>
                    {move || state.t(Text::FacilitatorLink)}
                </button>
                <DeleteControl />
            </div>
        </footer>
    }
}

/// "Delete my data" with one confirmation.
#[component]
pub fn DeleteControl() -> impl IntoView {
    let state = use_state();
    let (confirming, set_confirming) = state.confirming_delete.split();
    // Opening the confirmation puts the focus on its safe answer; cancelling
    // puts it back on "delete my data". Each button is rendered anew then, in
    // a microtask after the click: the next frame comes after it.
    let cancel_button = NodeRef::<html::Button>::new();
    let data_button = NodeRef::<html::Button>::new();
    let confirm = move |_| {
        set_confirming.set(true);
        focus_in_next_frame(cancel_button);
    };
    let close = move || {
        set_confirming.set(false);
        focus_in_next_frame(data_button);
    };
    // Escape closes the confirmation as Cancel does. A window listener, as
    // the statement page has one already: a handler on the confirmation
    // itself would bring the first load the element events' code (2.3 KiB).
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" && confirming.get_untracked() {
            close();
        }
    });
    on_cleanup(move || escape.remove());
    let delete = move |_| {
        state.delete_everything();
        set_confirming.set(false);
        crate::web::page::scroll_to_top();
    };
    view! {
        <Show when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="button-quiet" id="delete-data" node_ref=data_button
                    on:click=confirm>
                    {move || state.t(Text::DeleteData)}
                </button>
            }>
            <div class="confirm" role="group" aria-labelledby="delete-question">
                <p id="delete-question">{move || state.t(Text::DeleteConfirm)}</p>
                <div class="button-row">
                    <button type="button" class="button-danger" id="delete-yes" on:click=delete>
                        {move || state.t(Text::DeleteYes)}
                    </button>
                    <button type="button" class="button-secondary" id="delete-cancel"
                        node_ref=cancel_button on:click=move |_| close()>
                        {move || state.t(Text::Cancel)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The language menu: a button per language the app speaks, showing its
/// tag and named in the language itself; the current one is pressed.
/// Choosing one switches at once, or once its texts are here (its button is
/// busy meanwhile, `AppState::set_lang`); the focus stays on the menu.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let buttons = Lang::ALL
        .iter()
        .map(|&lang| {
            let pressed = move || {
                if state.lang.get() == lang {
                    "true"
                } else {
                    "false"
                }
            };
            view! {
                <button type="button" class="lang-option" id=lang.menu_id() lang=lang.tag()
                    aria-label=lang.menu_label() aria-pressed=pressed
                    on:click=move |_| state.set_lang(lang)>
                    {lang.tag()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="lang-menu" id="lang-menu" role="group"
            aria-label=move || state.t(Text::LanguageMenuLabel)>
            {buttons}
        </div>
    }
}

/// "My results", shown once there is a finished scan.
#[component]
pub fn MyResultsButton() -> impl IntoView {
    let state = use_state();
    let has_history = move || state.history.with(|entries| !entries.is_empty());
    view! {
        <Show when=has_history>
            <button type="button" class="button-quiet" id="my-results"
                on:click=move |_| state.go(Route::History)>
                {move || state.t(Text::MyResults)}
            </button>
        </Show>
    }
}

/// The link to the privacy page.
#[component]
pub fn PrivacyLink() -> impl IntoView {
    let state = use_state();
    view! {
        <button type="button" class="button-quiet" id="privacy-link"
            on:click=move |_| state.go(Route::Privacy)>
            {move || state.t(Text::PrivacyLink)}
        </button>
    }
}
