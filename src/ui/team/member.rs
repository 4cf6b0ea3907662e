//! A member's side of a team session, which every visitor's app renders
//! (the facilitator's pages are the team app's, `ui::team::setup` and the
//! rest): the page of an invite the member opens ([`InvitePage`]) and the
//! sealed team reply on the member's result page ([`TeamReplyPanel`]). Kept
//! apart from the facilitator's files, so that the texts only those use can
//! stay out of the app's text packs (`core::i18n::TEAM_APP_ONLY`).

use leptos::prelude::*;

use crate::core::i18n::{fill, Lang, Text};
use crate::core::links::invite::{Invite, InviteError};
use crate::core::scan::progress::TeamSession;
use crate::core::storage::team_sessions::{join, Membership};
use crate::core::team::sealed::{reply_fragment, PublicKey, ReplyContent, ReplyId};
use crate::ui::state::{use_state, AppState, Route};
use crate::ui::team::store::{use_team_store, TeamStore};
use crate::ui::widgets::link_field::LinkField;
use crate::ui::widgets::qr_box::QrBox;
use crate::ui::widgets::retry::{on_demand, retry_card};
use crate::ui::widgets::when::When;
use crate::web::browser;
use crate::web::share_module::{self, ShareError};

/// The team label as shown: "Team session: label", or a neutral name when
/// the label is empty (which names the session itself, not "Team session:
/// Unnamed team session").
pub fn team_label_text(label: &str, lang: Lang) -> String {
    if label.is_empty() {
        Text::InviteNoLabel.get(lang).to_owned()
    } else {
        fill(Text::InviteTeam.get(lang), &[("label", label)])
    }
}

/// The page of a team invite opened by a member. A sealed invite's key is
/// checked first (`web::share_module`; in the app this fetches the share
/// module, which the member's reply needs later anyway, so that it is here
/// then, even offline): an invite with a key no reply can be sealed to is
/// refused (`sealed::check_key`) with the message of an invite out of range.
#[component]
pub fn InvitePage(
    /// The decoded invite.
    outcome: Result<Invite, InviteError>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let store = use_team_store();
    let t = move |text: Text| text.get(lang);
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let body = match outcome {
        Ok(invite) => match invite.key {
            Some(key) => {
                let (checked, check) =
                    on_demand(move || Some(async move { share_module::check_key(key).await }));
                (move || match checked.get() {
                    None => view! {
                        <p class="field-note" role="status" id="invite-checking">{t(Text::ShareModuleLoading)}</p>
                    }
                    .into_any(),
                    Some(Ok(Some(key))) => invite_body(invite.clone(), Some(key), state, store, lang),
                    // A key no reply can be sealed to (a low-order point) is no key.
                    Some(Ok(None)) => error_body(InviteError::OutOfRange, state, lang),
                    Some(Err(_)) => retry_card(
                        "invite-check-failed",
                        "retry-invite-check",
                        Text::InviteCheckFailed,
                        lang,
                        check,
                        "invite-title",
                    ),
                })
                .into_any()
            }
            None => invite_body(invite, None, state, store, lang),
        },
        Err(error) => error_body(error, state, lang),
    };
    view! {
        <div class="wrap page invite">
            <h1 id="invite-title" tabindex="-1" node_ref=title_ref>{t(Text::InviteTitle)}</h1>
            {body}
        </div>
    }
}

/// An invite that can be taken: its team, what taking it means, and the
/// button that starts the scan for it. `key` is the invite's key once
/// checked (`None` for an open session's invite, which has none).
fn invite_body(
    invite: Invite,
    key: Option<PublicKey>,
    state: AppState,
    store: TeamStore,
    lang: Lang,
) -> AnyView {
    let t = move |text: Text| text.get(lang);
    let session = TeamSession {
        id: invite.team,
        label: invite.label.clone(),
        key,
    };
    let sealed = key.is_some();
    let (no_random, set_no_random) = signal(false);
    let (team, min_group) = (invite.team, invite.min_group);
    let start = move |_| {
        if let Some(key) = key {
            // The reply id is kept per session and key, so a second scan
            // for this session replaces the first. Without a secure random
            // source there is no reply id, and no scan for a sealed session.
            let Some(reply) = browser::random_bytes::<8>().map(u64::from_be_bytes) else {
                set_no_random.set(true);
                return;
            };
            let new = Membership {
                team,
                key,
                min_group,
                reply: ReplyId(reply),
            };
            store.change_memberships(|memberships| {
                join(memberships, new);
            });
        }
        browser::clear_fragment();
        state.start_scan_for(Some(session.clone()));
        state.go(Route::Scan);
    };
    let min = [("min", invite.min_group.to_string())];
    let min: Vec<(&str, &str)> = min.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let explain = if sealed {
        view! {
            <p id="invite-explain">{fill(t(Text::SealedInviteExplain), &min)}</p>
            <p class="field-note" id="invite-limits">{t(Text::SealedInviteLimits)}</p>
        }
        .into_any()
    } else {
        view! { <p id="invite-explain">{fill(t(Text::InviteExplain), &min)}</p> }.into_any()
    };
    view! {
        <p class="team-label lead" id="invite-label">{team_label_text(&invite.label, lang)}</p>
        {explain}
        <div class="button-row">
            <button type="button" class="button-primary" id="start-team-scan" on:click=start>
                {t(Text::StartTeamScan)}
            </button>
        </div>
        <When when=move || no_random.get()>
            <p class="card card-warning" role="alert" id="no-secure-random">{t(Text::TeamReplyUnavailable)}</p>
        </When>
    }
    .into_any()
}

/// An invite that cannot be taken: why, and the way to one's own scan.
fn error_body(error: InviteError, state: AppState, lang: Lang) -> AnyView {
    let t = move |text: Text| text.get(lang);
    view! {
        <p class="card card-warning" id="invite-error">{t(error.text())}</p>
        <div class="button-row">
            <button type="button" class="button-primary" id="take-scan" on:click=move |_| state.leave_shared()>
                {t(Text::TakeScanYourself)}
            </button>
        </div>
    }
    .into_any()
}

/// A member's sealed team reply, on their own result page.
#[component]
pub fn TeamReplyPanel(
    /// The member's session, `None` when this browser could not keep one
    /// (no secure random source): then no reply, and a message why.
    membership: Option<Membership>,
    /// The result to seal.
    shared: crate::core::links::share::SharedResult,
    /// When the scan was finished (ms since 1970).
    finished: i64,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let unavailable = move || {
        view! { <p class="card card-warning" id="team-reply-unavailable">{t(Text::TeamReplyUnavailable)}</p> }
            .into_any()
    };
    let (Some(membership), Some(seed)) = (membership, browser::random_bytes::<32>()) else {
        return unavailable();
    };
    let content = ReplyContent {
        reply: membership.reply,
        finished: u32::try_from(finished.max(0) / 1000).unwrap_or(u32::MAX),
        result: shared,
    };
    // In the app the sealing runs in the on-demand share module, which the
    // invite page fetched already (`web::share_module`).
    let (team, key, min) = (membership.team, membership.key, membership.min_group);
    let content = StoredValue::new(content);
    let (sealed_code, seal) = on_demand(move || {
        let content = content.try_get_value()?;
        Some(async move { share_module::seal_reply(team, &key, &content, seed).await })
    });
    // One section throughout, so that the focus Try again gives its
    // heading stays.
    view! {
        <section class="share card no-print" id="team-reply" aria-labelledby="team-reply-title"
            aria-busy=move || if sealed_code.with(Option::is_none) { "true" } else { "false" }>
            <h2 id="team-reply-title" tabindex="-1">{t(Text::TeamReplyTitle)}</h2>
            {move || match sealed_code.get() {
                None => view! { <p class="field-note" role="status">{t(Text::ShareModuleLoading)}</p> }
                    .into_any(),
                Some(Ok(code)) => sealed_reply_view(&code, min, lang),
                // The invite page let no one start with a key no reply can be
                // sealed to; a stored one that is not usable is an invite
                // that is not right.
                Some(Err(ShareError::Refused)) => view! {
                    <p class="card card-warning" id="team-reply-unavailable">{t(Text::InviteOutOfRange)}</p>
                }
                .into_any(),
                Some(Err(ShareError::Unavailable)) => retry_card(
                    "team-reply-load-failed",
                    "retry-team-reply",
                    Text::TeamReplyLoadFailed,
                    lang,
                    seal,
                    "team-reply-title",
                ),
            }}
        </section>
    }
    .into_any()
}

/// The body of a sealed reply's panel: its link, to copy, mail or show as a
/// QR code.
fn sealed_reply_view(code: &str, min_group: usize, lang: Lang) -> AnyView {
    let t = move |text: Text| text.get(lang);
    let link = format!("{}#{}", browser::base_url(), reply_fragment(code));
    let mail = crate::core::links::codec::mailto_link(
        t(Text::TeamReplyMailSubject),
        &format!("{}\n\n{link}\n", t(Text::TeamReplyMailBody)),
    );
    let (show_qr, set_show_qr) = signal(false);
    view! {
        <p>{fill(t(Text::TeamReplyIntro), &[("min", &min_group.to_string())])}</p>
        <p>{t(Text::TeamReplyAgain)}</p>
        <LinkField id="team-reply-link" label=Text::TeamReplyLabel link=link.clone() lang />
        <div class="button-row">
            <a class="button-secondary" id="team-reply-mail" href=mail>{t(Text::TeamReplyMail)}</a>
            <button type="button" class="button-quiet" id="toggle-reply-qr"
                aria-expanded=move || if show_qr.get() { "true" } else { "false" }
                on:click=move |_| set_show_qr.update(|shown| *shown = !*shown)>
                {move || if show_qr.get() { t(Text::HideQr) } else { t(Text::ShowQr) }}
            </button>
        </div>
        <When when=move || show_qr.get()>
            <QrBox id="reply-qr" link=link.clone() lang />
        </When>
    }
    .into_any()
}
