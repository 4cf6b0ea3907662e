//! Sealed team sessions in the browser: the stored sessions on both sides
//! ([`TeamStore`]), the facilitator's session page (invite, collecting
//! replies as counts only, opening the team profile once), a member's team
//! reply on their result page, and a reply opened as a link.
//!
//! Invariant: before opening, no page here renders anything of a reply but
//! counts; the replies are opened in memory by `core::sealed::Collection`,
//! whose content only `core::team_store::open_profile` takes out.

use leptos::prelude::*;

use super::history::date_text;
use super::link_field::LinkField;
use super::state::{use_state, Route};
use super::team_setup::team_label_text;
use crate::core::model::Lang;
use crate::core::sealed::{
    self, reply_fragment, Collection, ReplyContent, ReplyError, SealedReply, SecretKey,
};
use crate::core::session::{Persistence, Read};
use crate::core::stored::LoadError;
use crate::core::team::{decode_aggregate, Group, TeamAnalysis};
use crate::core::team_link::{encode_invite, TeamId, INVITE_KEY, MAX_PASTE_BYTES};
use crate::core::team_store::{
    decode_memberships, decode_sessions, encode_memberships, encode_sessions, open_profile,
    HostedSession, HostedState, Membership, MEMBER_KEY, SESSIONS_KEY,
};
use crate::core::texts::{fill, Text};
use crate::qr_svg::qr_svg;
use crate::web::{browser, storage};

/// The team sessions this browser keeps: those it hosts as a facilitator
/// and those it was invited to as a member. Provided once by the full app.
#[derive(Clone, Copy)]
pub struct TeamStore {
    /// Sessions created here.
    pub hosted: RwSignal<Vec<HostedSession>>,
    /// Sealed sessions this browser was invited to.
    pub memberships: RwSignal<Vec<Membership>>,
    /// Whether the stored sessions may be written: not when what is stored
    /// could not be read (corrupt, or from a newer version), so a private
    /// key there is never overwritten.
    hosted_writable: StoredValue<bool>,
    memberships_writable: StoredValue<bool>,
    /// Set when the stored sessions could not be read.
    pub unreadable: bool,
    /// The app state, whose saving rules apply (kept here: saving also
    /// happens in tasks of its own, outside any component).
    state: super::state::AppState,
}

/// A stored list, or why it could not be used: (the list, writable).
fn load_list<T>(
    read: Read,
    decode: fn(&str) -> Result<crate::core::stored::Loaded<Vec<T>>, LoadError>,
) -> (Vec<T>, bool) {
    match read {
        Read::Found(text) => match decode(&text) {
            Ok(loaded) => (loaded.value, true),
            Err(_) => (Vec::new(), false),
        },
        Read::Missing | Read::Failed => (Vec::new(), true),
    }
}

impl TeamStore {
    /// Reads both lists from storage.
    pub fn load(state: super::state::AppState) -> TeamStore {
        let (hosted, hosted_writable) = load_list(storage::read(SESSIONS_KEY), decode_sessions);
        let (memberships, memberships_writable) =
            load_list(storage::read(MEMBER_KEY), decode_memberships);
        TeamStore {
            hosted: RwSignal::new(hosted),
            memberships: RwSignal::new(memberships),
            hosted_writable: StoredValue::new(hosted_writable),
            memberships_writable: StoredValue::new(memberships_writable),
            unreadable: !hosted_writable,
            state,
        }
    }

    /// Changes the hosted sessions and saves them.
    pub fn change_hosted(&self, change: impl FnOnce(&mut Vec<HostedSession>)) {
        self.hosted.update(change);
        if self.hosted_writable.get_value() {
            let json = self.hosted.with_untracked(|s| encode_sessions(s));
            self.state.save(SESSIONS_KEY, json);
        }
    }

    /// Changes the memberships and saves them.
    pub fn change_memberships(&self, change: impl FnOnce(&mut Vec<Membership>)) {
        self.memberships.update(change);
        if self.memberships_writable.get_value() {
            let json = self.memberships.with_untracked(|m| encode_memberships(m));
            self.state.save(MEMBER_KEY, json);
        }
    }

    /// Forgets everything in memory (after "delete my data").
    pub fn clear(&self) {
        self.hosted.set(Vec::new());
        self.memberships.set(Vec::new());
        self.hosted_writable.set_value(true);
        self.memberships_writable.set_value(true);
    }

    /// The hosted session with this id.
    pub fn session(&self, team: TeamId) -> Option<HostedSession> {
        self.hosted
            .with_untracked(|sessions| sessions.iter().find(|s| s.team == team).cloned())
    }
}

/// The team store from context.
pub fn use_team_store() -> TeamStore {
    expect_context::<TeamStore>()
}

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
    // Stored replies were accepted once; they come first, at line 0.
    let mut codes: Vec<(usize, String)> = replies.iter().map(|code| (0, code.clone())).collect();
    codes.extend(
        sealed::find_replies(pasted)
            .into_iter()
            .map(|found| (found.line, found.code)),
    );
    open_piece(session.team, secret.clone(), codes, 0, collection, done);
}

/// Opens one piece of the codes, then the next in a task of its own.
fn open_piece(
    team: TeamId,
    secret: SecretKey,
    codes: Vec<(usize, String)>,
    from: usize,
    mut collection: Collection,
    done: impl FnOnce(Collection) + 'static,
) {
    let to = (from + REPLIES_PER_TASK).min(codes.len());
    browser::timed("sis:sealed:open", || {
        for (line, code) in &codes[from..to] {
            collection.add(team, &secret, code, *line);
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
    let codes = collection.codes();
    store.change_hosted(|sessions| {
        for s in sessions.iter_mut().filter(|s| s.team == team) {
            if let HostedState::Collecting { replies, .. } = &mut s.state {
                replies.clone_from(&codes);
            }
        }
    });
}

/// The text of a reply error, as a count line.
fn refusal_text(error: ReplyError) -> Text {
    match error {
        ReplyError::Damaged => Text::ReplyDamaged,
        ReplyError::Newer => Text::ReplyNewer,
        ReplyError::OtherSession => Text::ReplyOtherSession,
        ReplyError::OtherKey => Text::ReplyOtherKey,
        ReplyError::Invalid => Text::ReplyInvalid,
    }
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
            count(refusal_text(reason), n, id)
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
    request_animation_frame(|| crate::web::page::focus_by_id("session-title"));
    let Some(session) = store.session(team) else {
        return view! {
            <div class="wrap page team-session">
                <h1 id="session-title" tabindex="-1">{t(Text::SessionTitle)}</h1>
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
        } => {
            let note = fill(
                t(Text::SessionClosedNote),
                &[("date", &date_text(*opened, lang)), ("n", &n.to_string())],
            );
            view! {
                <p class="card" id="session-closed-note">{note}</p>
                <ClosedPaste lang />
                <super::team_view::AggregateBody outcome=decode_aggregate(aggregate) lang with_link=true />
            }
            .into_any()
        }
    };
    view! {
        <div class="wrap page team-session">
            <h1 id="session-title" tabindex="-1">{t(Text::SessionTitle)}</h1>
            <p class="team-label lead">{label}</p>
            {body}
        </div>
    }
    .into_any()
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
    let memory_only = (state.persistence.get_untracked() != Persistence::Saving)
        .then(|| view! { <p class="card card-warning" id="memory-only-key">{t(Text::MemoryOnlyKeyWarning)}</p> });

    let (pasted, set_pasted) = signal(String::new());
    let (pasted_any, set_pasted_any) = signal(false);
    // The counts of the stored replies, then of every read of pasted text;
    // the replies themselves stay inside the collection.
    let (collection, set_collection) = signal(None::<Collection>);
    if let Some(current) = store.session(team) {
        collect_in_pieces(&current, "", move |result| set_collection.set(Some(result)));
    }
    let (opened, set_opened) = signal(None::<TeamAnalysis>);
    let (confirming, set_confirming) = signal(false);

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
    let read = move |_| read_text(pasted.get_untracked());
    let add_file_text = move |text: Option<String>| {
        if let Some(text) = text {
            set_pasted.update(|pasted| {
                pasted.push('\n');
                pasted.push_str(&text);
            });
            read_text(pasted.get_untracked());
        }
    };
    let choose_files = move |event: leptos::ev::Event| {
        browser::read_files_of_event(&event, MAX_PASTE_BYTES, add_file_text);
    };
    let (dragging, set_dragging) = signal(false);
    let drag_over = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        set_dragging.set(true);
    };
    let drop_files = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        set_dragging.set(false);
        browser::read_dropped_files(&event, MAX_PASTE_BYTES, add_file_text);
    };

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
        if let Ok((analysis, closed)) = opened_now {
            store.change_hosted(|sessions| {
                for s in sessions.iter_mut().filter(|s| s.team == team) {
                    *s = closed.clone();
                }
            });
            set_collection.set(None);
            set_confirming.set(false);
            set_opened.set(Some(analysis));
            request_animation_frame(|| crate::web::page::focus_by_id("team-profile-title"));
        }
    };

    let collecting_part = move || {
        if opened.with(Option::is_some) {
            return None;
        }
        let counts = collection.with(|c| {
            c.as_ref()
                .map(|c| (c.received(), counts_view(c, min, pasted_any.get(), lang)))
        });
        let received = counts.as_ref().map_or(0, |(n, _)| *n);
        let counts = counts.map(|(_, view)| view);
        let ready = received >= min;
        let need = fill(
            t(Text::OpenProfileNeedMore),
            &[("n", &min.saturating_sub(received).to_string())],
        );
        Some(view! {
            {counts}
            <div class="card no-print" id="open-part">
                <div class="button-row">
                    <button type="button" class="button-primary" id="open-profile" disabled=!ready
                        aria-describedby="open-profile-note"
                        on:click=move |_| {
                            set_confirming.set(true);
                            request_animation_frame(|| crate::web::page::focus_by_id("confirm-open-title"));
                        }>
                        {t(Text::OpenProfile)}
                    </button>
                </div>
                <p class="field-note" id="open-profile-note">{if ready { t(Text::OpenProfileOnce).to_owned() } else { need }}</p>
                <Show when=move || confirming.get()>
                    <section class="card card-warning" id="confirm-open" role="alertdialog"
                        aria-labelledby="confirm-open-title" aria-describedby="confirm-open-text">
                        <h2 id="confirm-open-title" tabindex="-1">{t(Text::ConfirmOpenTitle)}</h2>
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
                </Show>
            </div>
        })
    };
    let opened_part = move || {
        opened.get().map(|analysis| {
            let TeamAnalysis { profile, gap, aggregate } = analysis;
            let profile_view = match (profile, gap) {
                (Group::Shown(team), Some(gap)) => view! {
                    <super::team_view::TeamProfileView team gap link=aggregate.shown().cloned() min_group=min lang />
                }
                .into_any(),
                (Group::TooSmall { n, .. } | Group::Withheld { n }, _)
                | (Group::Shown(crate::core::team::TeamProfile { n, .. }), None) => view! {
                    <p class="card card-warning" id="team-too-small">
                        {fill(t(Text::TeamTooSmall), &[("n", &n.to_string()), ("min", &min.to_string())])}
                    </p>
                }
                .into_any(),
            };
            view! {
                <p class="card" id="opened-now-note">{t(Text::OpenedNowNote)}</p>
                {profile_view}
            }
        })
    };
    let invite_part = move || {
        (!opened.with(Option::is_some)).then(|| view! {
            <section class="card no-print" aria-labelledby="invite-link-title">
                <h2 id="invite-link-title">{t(Text::InviteLinkLabel)}</h2>
                <p>{t(Text::SessionInviteIntro)}</p>
                <LinkField id="invite-link" label=Text::InviteLinkLabel link=invite_link.clone() lang />
                <div class="qr-box" inner_html=qr.clone()></div>
            </section>
            <div class="card drop-zone no-print" class:dragging=move || dragging.get() id="drop-zone"
                on:dragover=drag_over on:dragleave=move |_| set_dragging.set(false) on:drop=drop_files>
                <h2 id="collect-title">{t(Text::SessionCollectTitle)}</h2>
                <p>{t(Text::SessionCollectIntro)}</p>
                <label for="paste-replies" class="field-label">{t(Text::PasteRepliesLabel)}</label>
                <textarea id="paste-replies" rows="6" prop:value=move || pasted.get()
                    on:input=move |e| set_pasted.set(event_target_value(&e))></textarea>
                <div class="button-row">
                    <button type="button" class="button-primary" id="read-replies" on:click=read>
                        {t(Text::ReadReplies)}
                    </button>
                    <label class="button-secondary file-button">
                        {t(Text::ChooseFiles)}
                        <input type="file" id="reply-files" class="visually-hidden" multiple accept=".txt,.eml,.csv,.json,text/plain"
                            on:change=choose_files />
                    </label>
                </div>
                <p class="field-note">{t(Text::DropFilesHint)}</p>
            </div>
        })
    };
    view! {
        {memory_only}
        {invite_part}
        {collecting_part}
        {opened_part}
    }
}

/// A member's sealed team reply, on their own result page.
#[component]
pub fn TeamReplyPanel(
    /// The member's session.
    membership: Membership,
    /// The result to seal.
    shared: crate::core::share::SharedResult,
    /// When the scan was finished (ms since 1970).
    finished: i64,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let Some(seed) = browser::random_bytes::<32>() else {
        return view! { <p class="card card-warning" id="team-reply-unavailable">{t(Text::TeamReplyUnavailable)}</p> }
            .into_any();
    };
    let content = ReplyContent {
        reply: membership.reply,
        finished: u32::try_from(finished.max(0) / 1000).unwrap_or(u32::MAX),
        result: shared,
    };
    let code = sealed::seal(membership.team, &membership.key, &content, seed);
    let link = format!("{}#{}", browser::base_url(), reply_fragment(&code));
    let mail = crate::core::codec::mailto_link(
        t(Text::TeamReplyMailSubject),
        &format!("{}\n\n{link}\n", t(Text::TeamReplyMailBody)),
    );
    let qr = qr_svg(&link, t(Text::QrAlt)).unwrap_or_default();
    let (show_qr, set_show_qr) = signal(false);
    view! {
        <section class="share card no-print" id="team-reply" aria-labelledby="team-reply-title">
            <h2 id="team-reply-title">{t(Text::TeamReplyTitle)}</h2>
            <p>{fill(t(Text::TeamReplyIntro), &[("min", &membership.min_group.to_string())])}</p>
            <p>{t(Text::TeamReplyAgain)}</p>
            <LinkField id="team-reply-link" label=Text::TeamReplyLabel link lang />
            <div class="button-row">
                <a class="button-secondary" id="team-reply-mail" href=mail>{t(Text::TeamReplyMail)}</a>
                <button type="button" class="button-quiet" id="toggle-reply-qr"
                    aria-expanded=move || if show_qr.get() { "true" } else { "false" }
                    on:click=move |_| set_show_qr.update(|shown| *shown = !*shown)>
                    {move || if show_qr.get() { t(Text::HideQr) } else { t(Text::ShowQr) }}
                </button>
            </div>
            <Show when=move || show_qr.get()>
                <div class="qr-box" id="reply-qr" inner_html=qr.clone()></div>
            </Show>
        </section>
    }
    .into_any()
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
    request_animation_frame(|| crate::web::page::focus_by_id("reply-title"));
    let body = match outcome {
        Ok(reply) => match store.session(reply.team) {
            Some(session) if matches!(session.state, HostedState::Collecting { .. }) => {
                let code = browser::fragment()
                    .strip_prefix(&format!("{}=", sealed::REPLY_KEY))
                    .map(|c| c.split('&').next().unwrap_or_default().to_owned())
                    .unwrap_or_default();
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
            <h1 id="reply-title" tabindex="-1">{t(Text::ReplyPageTitle)}</h1>
            {body}
            <div class="button-row">
                <button type="button" class="button-secondary" id="take-scan" on:click=move |_| state.leave_shared()>
                    {t(Text::TakeScanYourself)}
                </button>
            </div>
        </div>
    }
}
