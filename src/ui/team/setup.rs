//! The facilitator's set-up of a sealed session, with the list of sessions
//! this browser hosts (the team app's; a member's invite page is
//! `ui::team::member`).

use leptos::prelude::*;

use crate::ui::widgets::when::When;

use crate::core::i18n::Lang;
use crate::core::i18n::{fill, Text};
use crate::core::links::invite::{limit_label, TeamId};
use crate::core::storage::team_sessions::{host, HostedSession, HostedState};
use crate::core::team::sealed::{session_keys, SecretKey};
use crate::core::team::{clamp_min_group, DEFAULT_MIN_GROUP};
use crate::ui::scan::history::date_text;
use crate::ui::state::{use_state, Route};
use crate::ui::team::member::team_label_text;
use crate::ui::team::store::use_team_store;
use crate::web::browser;

/// The facilitator's set-up of a sealed team session, and the sessions
/// this browser hosts.
#[component]
pub fn TeamSetupPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let store = use_team_store();
    let t = move |text: Text| text.get(lang);
    let (label, set_label) = signal(String::new());
    let (min_group, set_min_group) = signal(DEFAULT_MIN_GROUP.to_string());
    let (no_random, set_no_random) = signal(false);
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let create = move |_| {
        let (text, _) = limit_label(&label.get_untracked());
        let requested = min_group
            .get_untracked()
            .trim()
            .parse()
            .unwrap_or(DEFAULT_MIN_GROUP);
        let min = clamp_min_group(requested);
        // The key pair and the id come from the platform's CSPRNG only.
        let (Some(seed), Some(id)) = (browser::random_bytes::<32>(), browser::random_bytes::<4>())
        else {
            set_no_random.set(true);
            return;
        };
        let (secret, _): (SecretKey, _) = session_keys(seed);
        let team = TeamId(u32::from_be_bytes(id));
        store.change_hosted(|sessions| {
            host(
                sessions,
                HostedSession {
                    team,
                    label: text,
                    min_group: min,
                    created: browser::now_ms(),
                    state: HostedState::Collecting {
                        secret,
                        replies: Vec::new(),
                    },
                },
            )
        });
        state.go(Route::TeamSession(team));
    };
    let unreadable = store
        .unreadable()
        .then(|| view! { <p class="card card-warning" id="team-store-unreadable">{t(Text::TeamStoreUnreadable)}</p> });
    let memory_only = store
        .keys_in_memory_only()
        .then(|| view! { <p class="card card-warning" id="memory-only-key">{t(Text::MemoryOnlyKeyWarning)}</p> });
    let sessions = move || {
        let hosted = store.hosted.get();
        (!hosted.is_empty()).then(|| {
            let items = hosted
                .iter()
                .rev()
                .map(|session| {
                    let status = match &session.state {
                        HostedState::Collecting { replies, .. } => fill(
                            t(Text::SessionCollecting.for_count(replies.len())),
                            &[("n", &replies.len().to_string()), ("date", &date_text(session.created, lang))],
                        ),
                        HostedState::Opened { opened, n, .. } => fill(
                            t(Text::SessionOpened),
                            &[("n", &n.to_string()), ("date", &date_text(*opened, lang))],
                        ),
                    };
                    let team = session.team;
                    view! {
                        <li class="session-item" data-session=team.0.to_string()>
                            <span class="session-name">{team_label_text(&session.label, lang)}</span>
                            <span class="muted">{status}</span>
                            <button type="button" class="button-secondary"
                                aria-label=format!("{}: {}", t(Text::GoToSession), team_label_text(&session.label, lang))
                                on:click=move |_| state.go(Route::TeamSession(team))>
                                {t(Text::GoToSession)}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card" aria-labelledby="your-sessions-title" id="your-sessions">
                    <h2 id="your-sessions-title">{t(Text::YourSessionsTitle)}</h2>
                    <ul class="session-list">{items}</ul>
                </section>
            }
            .into_any()
        })
    };
    // Reactive children as closures in the view, output `AnyView`: see `ui::App`.
    view! {
        <div class="wrap page team-setup">
            <h1 id="team-setup-title" tabindex="-1" node_ref=title_ref>{t(Text::TeamSetupTitle)}</h1>
            <p class="lead">{t(Text::TeamSetupIntro)}</p>
            {unreadable}
            {memory_only}
            <div class="card">
                <label for="team-label" class="field-label">{t(Text::TeamLabelField)}</label>
                <input id="team-label" type="text" maxlength="80" prop:value=move || label.get()
                    on:input=move |e| set_label.set(event_target_value(&e)) />
                <label for="min-group" class="field-label">{t(Text::MinGroupField)}</label>
                <input id="min-group" type="number" min="3" max="50" inputmode="numeric"
                    aria-describedby="min-group-help" prop:value=move || min_group.get()
                    on:input=move |e| set_min_group.set(event_target_value(&e)) />
                <p id="min-group-help" class="field-note">{t(Text::MinGroupHelp)}</p>
                <div class="button-row">
                    <button type="button" class="button-primary" id="create-invite" on:click=create>
                        {t(Text::CreateInvite)}
                    </button>
                </div>
                <When when=move || no_random.get()>
                    <p class="card card-warning" role="alert" id="no-secure-random">{t(Text::NoSecureRandom)}</p>
                </When>
            </div>
            {move || sessions()}
            <super::rounds::RoundsHub lang />
            <section class="card" aria-labelledby="older-open-title">
                <h2 id="older-open-title">{t(Text::OlderOpenTitle)}</h2>
                <p>{t(Text::OlderOpenText)}</p>
                <div class="button-row">
                    <button type="button" class="button-secondary" id="team-view-any"
                        on:click=move |_| state.go(Route::TeamView)>
                        {t(Text::CombineResultLinks)}
                    </button>
                </div>
            </section>
        </div>
    }
}
