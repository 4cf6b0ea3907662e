//! Sealed team sessions in the browser: the facilitator's session page
//! (invite, collecting replies as counts only, opening the team profile
//! once), a member's team reply on their result page, and a reply opened as
//! a link. Both sides' stored sessions are `ui::team::store`.
//!
//! Invariant: before opening, no page here renders anything of a reply but
//! counts; the replies are opened in memory by `core::team::sealed::Collection`,
//! whose content only `core::storage::team_sessions::open_profile` takes out.
//!
//! Over 400 lines on purpose: the facilitator's and the member's side of a
//! sealed session share its states and its texts.

use leptos::prelude::*;

use crate::ui::widgets::when::When;

use crate::core::i18n::Lang;
use crate::core::i18n::{fill, Text};
use crate::ui::scan::history::date_text;
use crate::ui::state::{use_state, Route};
use crate::ui::team::member::team_label_text;
use crate::ui::team::profile::team_file_name;
use crate::ui::team::scanner::QrScanner;
use crate::ui::team::store::{use_team_store, TeamStore};
use crate::ui::widgets::link_field::LinkField;
use crate::ui::widgets::paste_box::{PasteBox, PasteBoxIds};

use crate::core::links::invite::{encode_invite, TeamId, INVITE_KEY};
use crate::core::links::team::decode_aggregate;
use crate::core::storage::team_sessions::{
    open_profile, set_replies, HostedSession, HostedState, TeamExports,
};
use crate::core::team::export::{team_csv, team_json};
use crate::core::team::scan;
use crate::core::team::sealed::{self, Collection, FoundReply, ReplyError, SealedReply, SecretKey};
use crate::core::team::Group;
use crate::qr_svg::qr_svg;
use crate::web::browser;

/// Replies opened per task: each takes a fraction of a millisecond (one
/// X25519 operation), so a task stays short even for thousands of replies.
const REPLIES_PER_TASK: usize = 32;

/// Opens the replies of a collecting session in memory: the stored ones,
/// then those in `pasted`, a piece per task, and gives the collection to
/// `done`. Nothing when the session is not collecting.
fn collect_in_pieces(
    session: &HostedSession,
    pasted: &str,
    done: impl FnOnce(Collection) + 'static,
) {
    let HostedState::Collecting { secret, replies } = &session.state else {
        return;
    };
    let mut collection = Collection::new();
    collection.result_links = sealed::count_result_links(pasted);
    let codes = sealed::codes_to_open(replies, pasted);
    open_piece(session.team, secret.clone(), codes, 0, collection, done);
}

/// Opens one piece of the codes, then the next in a task of its own.
fn open_piece(
    team: TeamId,
    secret: SecretKey,
    codes: Vec<FoundReply>,
    from: usize,
    mut collection: Collection,
    done: impl FnOnce(Collection) + 'static,
) {
    let to = (from + REPLIES_PER_TASK).min(codes.len());
    browser::timed("sis:sealed:open", || {
        for found in &codes[from..to] {
            let _ = collection.add(team, &secret, &found.code, found.line);
        }
    });
    if to == codes.len() {
        done(collection);
    } else {
        browser::next_task(move || open_piece(team, secret, codes, to, collection, done));
    }
}

/// Keeps the latest reply of each member of a collecting session in storage.
fn store_replies(store: TeamStore, team: TeamId, collection: &Collection) {
    // After "delete my data" (while the replies were read) the session is
    // gone, and nothing is written back.
    if store.session(team).is_none() {
        return;
    }
    let codes = collection.codes();
    store.change_hosted(|sessions| set_replies(sessions, team, &codes));
}

/// The counts of a collection: the only thing shown of the replies.
fn counts_view(collection: &Collection, min: usize, pasted_any: bool, lang: Lang) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let n = collection.received();
    let numbers = [("n", n.to_string()), ("min", min.to_string())];
    let numbers: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let headline = if n >= min {
        fill(t(Text::RepliesReady), &numbers)
    } else {
        fill(t(Text::RepliesCounted), &numbers)
    };
    let count = |text: Text, n: usize, id: &'static str| {
        (n > 0).then(|| view! { <li data-count=id>{fill(t(text), &[("n", &n.to_string())])}</li> })
    };
    let mut lines = vec![
        count(Text::RepliesDuplicates, collection.duplicates, "duplicates"),
        count(Text::RepliesReplaced, collection.replaced, "replaced"),
    ];
    let mut refused: Vec<_> = collection
        .refused_by_reason()
        .into_iter()
        .map(|(reason, n)| {
            let id = match reason {
                ReplyError::Damaged => "damaged",
                ReplyError::Newer => "newer",
                ReplyError::OtherSession => "other-session",
                ReplyError::OtherKey => "other-key",
                ReplyError::Invalid => "invalid",
            };
            count(reason.text(), n, id)
        })
        .collect();
    refused.push(count(
        Text::ReplyResultLinks,
        collection.result_links,
        "result-links",
    ));
    lines.extend(refused);
    let none_found =
        (pasted_any && n == 0 && collection.refused.is_empty() && collection.result_links == 0)
            .then(|| view! { <p id="no-replies-found">{t(Text::RepliesNoneFound)}</p> });
    let any_lines = lines.iter().any(Option::is_some);
    view! {
        <div class="card" id="reply-counts" role="status">
            <p class="lead" id="replies-counted">{headline}</p>
            {none_found}
            {any_lines.then(|| view! {
                <h2 class="field-label" id="not-counted-title">{t(Text::RepliesNotCounted)}</h2>
                <ul aria-labelledby="not-counted-title" id="reply-count-lines">{lines}</ul>
            })}
        </div>
    }
}

/// The facilitator's page of one sealed session.
#[component]
pub fn TeamSessionPage(
    /// The session's id.
    team: TeamId,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let store = use_team_store();
    let t = move |text: Text| text.get(lang);
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let Some(session) = store.session(team) else {
        return view! {
            <div class="wrap page team-session">
                <h1 id="session-title" tabindex="-1" node_ref=title_ref>{t(Text::SessionTitle)}</h1>
                <p class="card card-warning" id="session-missing">{t(Text::SessionNotFound)}</p>
                <div class="button-row">
                    <button type="button" class="button-primary" id="to-sessions"
                        on:click=move |_| state.go(Route::TeamSetup)>{t(Text::ToTeamSessions)}</button>
                </div>
            </div>
        }
        .into_any();
    };
    let label = team_label_text(&session.label, lang);
    let body = match &session.state {
        HostedState::Collecting { .. } => {
            view! { <Collecting session=session.clone() lang /> }.into_any()
        }
        HostedState::Opened {
            opened,
            n,
            aggregate,
            exports,
        } => {
            let note = fill(
                t(Text::SessionClosedNote),
                &[("date", &date_text(*opened, lang)), ("n", &n.to_string())],
            );
            // Opened in this visit: the full profile, this once.
            let now = store
                .just_opened
                .get_untracked()
                .filter(|(opened, _)| *opened == team)
                .map(|(_, analysis)| {
                    crate::ui::team::profile::analysis_view(
                        analysis,
                        session.min_group,
                        session.label.clone(),
                        lang,
                    )
                });
            match now {
                Some(profile) => view! {
                    <p class="card" id="opened-now-note">{t(Text::OpenedNowNote)}</p>
                    {profile}
                    <ClosedPaste lang />
                }
                .into_any(),
                None => view! {
                    <p class="card" id="session-closed-note">{note}</p>
                    <ClosedPaste lang />
                    <crate::ui::team::profile::AggregateBody outcome=decode_aggregate(aggregate) lang with_link=true team_name=session.label.clone() />
                    {exports.clone().map(|exports| view! { <KeptExports exports lang /> })}
                }
                .into_any(),
            }
        }
    };
    view! {
        <div class="wrap page team-session">
            <h1 id="session-title" tabindex="-1" node_ref=title_ref>{t(Text::SessionTitle)}</h1>
            <p class="team-label lead">{label}</p>
            {body}
        </div>
    }
    .into_any()
}

/// The exports kept with an opened session, for download.
#[component]
fn KeptExports(exports: TeamExports, lang: Lang) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let TeamExports { json, csv } = exports;
    view! {
        <section class="card no-print" aria-labelledby="kept-exports-title">
            <h2 id="kept-exports-title">{t(Text::KeptExportsTitle)}</h2>
            <div class="button-row">
                <button type="button" class="button-secondary" id="team-csv"
                    on:click=move |_| { browser::download_csv(&team_file_name("csv", lang), &csv); }>
                    {t(Text::DownloadTeamCsv)}
                </button>
                <button type="button" class="button-secondary" id="team-json"
                    on:click=move |_| { browser::download_text(&team_file_name("json", lang), "application/json", &json); }>
                    {t(Text::DownloadTeamJson)}
                </button>
            </div>
        </section>
    }
}

/// A paste box on a closed session: whatever is pasted, the session is closed.
#[component]
fn ClosedPaste(lang: Lang) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let (said, set_said) = signal(false);
    view! {
        <div class="card no-print">
            <label for="paste-replies" class="field-label">{t(Text::PasteRepliesLabel)}</label>
            <textarea id="paste-replies" rows="3"></textarea>
            <div class="button-row">
                <button type="button" class="button-secondary" id="read-replies"
                    on:click=move |_| set_said.set(true)>{t(Text::ReadReplies)}</button>
            </div>
            <p role="status" id="session-closed">{move || said.get().then(|| t(Text::SessionClosed))}</p>
        </div>
    }
}

/// The collecting part of a session page: the invite, the paste box, the
/// counts and opening.
#[component]
fn Collecting(session: HostedSession, lang: Lang) -> impl IntoView {
    let state = use_state();
    let store = use_team_store();
    let t = move |text: Text| text.get(lang);
    let team = session.team;
    let min = session.min_group;
    let invite_link = session
        .invite()
        .map(|invite| {
            format!(
                "{}#{INVITE_KEY}={}",
                browser::base_url(),
                encode_invite(&invite)
            )
        })
        .unwrap_or_default();
    let qr = qr_svg(&invite_link, t(Text::QrAlt)).unwrap_or_default();
    // Replies may be read by camera in a room without network: the decoder
    // is fetched now, while this page is open online.
    crate::web::camera::prepare_decoder();
    let memory_only = store
        .keys_in_memory_only()
        .then(|| view! { <p class="card card-warning" id="memory-only-key">{t(Text::MemoryOnlyKeyWarning)}</p> });

    let pasted = RwSignal::new(String::new());
    let (pasted_any, set_pasted_any) = signal(false);
    // The counts of the stored replies, then of every read of pasted text;
    // the replies themselves stay inside the collection.
    let (collection, set_collection) = signal(None::<Collection>);
    if let Some(current) = store.session(team) {
        collect_in_pieces(&current, "", move |result| set_collection.set(Some(result)));
    }
    let (confirming, set_confirming) = signal(false);
    // The confirmation's title takes the focus when the confirmation opens.
    let confirm_title = NodeRef::<leptos::html::H2>::new();
    let (open_failed, set_open_failed) = signal(false);

    let read_text = move |text: String| {
        let Some(current) = store.session(team) else {
            return;
        };
        collect_in_pieces(&current, &text, move |result| {
            store_replies(store, team, &result);
            set_pasted_any.set(true);
            set_collection.set(Some(result));
        });
    };
    let read = Callback::new(read_text);
    // A code read by the camera: added to the same collection as pasted
    // replies, and kept the same way; says what it did.
    let read_scanned = Callback::new(move |text: String| {
        let current = store.session(team)?;
        let HostedState::Collecting { secret, .. } = &current.state else {
            return None;
        };
        let mut said = None;
        set_collection.update(|collection| {
            if let Some(collection) = collection {
                let outcome = scan::read_scanned(collection, team, secret, &text);
                if outcome.counts() {
                    store_replies(store, team, collection);
                }
                said = Some((
                    outcome.counts(),
                    scan::outcome_message(outcome, collection, lang),
                ));
            }
        });
        said
    });

    let confirm_open = move |_| {
        let Some(current) = store.session(team) else {
            return;
        };
        // Exactly the counted replies make the profile.
        let Some(replies) = collection.get_untracked() else {
            return;
        };
        let opened_now = browser::timed("sis:sealed:profile", || {
            open_profile(&current, replies, browser::now_ms())
        });
        let Ok((analysis, mut closed)) = opened_now else {
            return;
        };
        // The team's exports (aggregates only) stay with the opened session.
        if let (HostedState::Opened { exports, .. }, Group::Shown(profile)) =
            (&mut closed.state, &analysis.profile)
        {
            *exports = Some(TeamExports {
                json: team_json(profile, min),
                csv: team_csv(profile, |d| d.label().get(lang).to_owned()),
            });
        }
        // The key and the replies leave storage before the profile shows;
        // when that cannot be confirmed, the profile does not open.
        if store.commit_opened(closed) {
            store.just_opened.set(Some((team, analysis)));
            state.go(Route::TeamSession(team));
        } else {
            set_confirming.set(false);
            set_open_failed.set(true);
        }
    };

    let collecting_part = move || {
        let counts = collection.with(|c| {
            c.as_ref()
                .map(|c| (c.received(), counts_view(c, min, pasted_any.get(), lang)))
        });
        let received = counts.as_ref().map_or(0, |(n, _)| *n);
        let counts = counts.map(|(_, view)| view);
        let ready = received >= min;
        let missing = min.saturating_sub(received);
        let need = fill(
            t(Text::OpenProfileNeedMore.for_count(missing)),
            &[("n", &missing.to_string())],
        );
        Some(view! {
            {counts}
            <div class="card no-print" id="open-part">
                <div class="button-row">
                    <button type="button" class="button-primary" id="open-profile" disabled=!ready
                        aria-describedby="open-profile-note"
                        on:click=move |_| {
                            set_confirming.set(true);
                            crate::ui::widgets::focus::focus_in_next_frame(confirm_title);
                        }>
                        {t(Text::OpenProfile)}
                    </button>
                </div>
                <p class="field-note" id="open-profile-note">{if ready { t(Text::OpenProfileOnce).to_owned() } else { need }}</p>
                <When when=move || confirming.get()>
                    <section class="card card-warning" id="confirm-open" role="alertdialog"
                        aria-labelledby="confirm-open-title" aria-describedby="confirm-open-text">
                        <h2 id="confirm-open-title" tabindex="-1" node_ref=confirm_title>{t(Text::ConfirmOpenTitle)}</h2>
                        <p id="confirm-open-text">{t(Text::ConfirmOpenText)}</p>
                        <div class="button-row">
                            <button type="button" class="button-primary" id="confirm-open-yes" on:click=confirm_open>
                                {t(Text::ConfirmOpen)}
                            </button>
                            <button type="button" class="button-secondary" id="confirm-open-no"
                                on:click=move |_| set_confirming.set(false)>
                                {t(Text::CancelOpen)}
                            </button>
                        </div>
                    </section>
                </When>
            </div>
        }.into_any())
    };
    let invite_part = move || {
        Some(view! {
            <section class="card no-print" aria-labelledby="invite-link-title">
                <h2 id="invite-link-title">{t(Text::InviteLinkLabel)}</h2>
                <p>{t(Text::SessionInviteIntro)}</p>
                <LinkField id="invite-link" label=Text::InviteLinkLabel link=invite_link.clone() lang />
                <div class="qr-box" inner_html=qr.clone()></div>
            </section>
            <QrScanner read=read_scanned lang />
            <PasteBox ids=PasteBoxIds {
                area: "paste-replies",
                read: "read-replies",
                files: "reply-files",
                label: Text::PasteRepliesLabel,
                read_label: Text::ReadReplies,
            } pasted on_read=read lang>
                <h2 id="collect-title">{t(Text::SessionCollectTitle)}</h2>
                <p>{t(Text::SessionCollectIntro)}</p>
            </PasteBox>
        }.into_any())
    };
    // Reactive children as closures in the view, output `AnyView`: see `ui::App`.
    view! {
        {memory_only}
        {move || invite_part()}
        {move || collecting_part()}
        <When when=move || open_failed.get()>
            <p class="card card-warning" role="alert" id="open-failed">{t(Text::OpenFailed)}</p>
        </When>
    }
}

/// A sealed reply opened as a link: added to this browser's session when it
/// hosts it, else an explanation that nothing can be shown.
#[component]
pub fn ReplyPage(
    /// The parsed reply, or why it could not be read.
    outcome: Result<SealedReply, ReplyError>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let store = use_team_store();
    let t = move |text: Text| text.get(lang);
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let body = match outcome {
        Ok(reply) => match store.session(reply.team) {
            Some(session) if matches!(session.state, HostedState::Collecting { .. }) => {
                let code = reply.code.clone();
                let team = session.team;
                let add = move |_| {
                    if let Some(current) = store.session(team) {
                        collect_in_pieces(&current, &format!("#s={code}"), move |result| {
                            store_replies(store, team, &result);
                            browser::clear_fragment();
                            state.go(Route::TeamSession(team));
                        });
                    }
                };
                view! {
                    <p class="team-label lead">{team_label_text(&session.label, lang)}</p>
                    <p>{t(Text::ReplyForYourSession)}</p>
                    <div class="button-row">
                        <button type="button" class="button-primary" id="add-reply" on:click=add>{t(Text::AddReply)}</button>
                    </div>
                }
                .into_any()
            }
            Some(_) => view! { <p class="card card-warning" id="session-closed">{t(Text::SessionClosed)}</p> }.into_any(),
            None => view! { <p class="card" id="reply-sealed">{t(Text::ReplySealedElsewhere)}</p> }.into_any(),
        },
        Err(error) => {
            let message = if error == ReplyError::Newer { Text::ReplyNewerVersion } else { Text::ReplyBroken };
            view! { <p class="card card-warning" id="reply-error">{t(message)}</p> }.into_any()
        }
    };
    view! {
        <div class="wrap page reply">
            <h1 id="reply-title" tabindex="-1" node_ref=title_ref>{t(Text::ReplyPageTitle)}</h1>
            {body}
            <div class="button-row">
                <button type="button" class="button-secondary" id="take-scan" on:click=move |_| state.leave_shared()>
                    {t(Text::TakeScanYourself)}
                </button>
            </div>
        </div>
    }
}
