//! Team sessions: the invite page a member opens, and the facilitator's
//! set-up of a session with its invite link.

use leptos::prelude::*;

use super::link_field::LinkField;
use super::state::{use_state, Route};
use crate::core::model::Lang;
use crate::core::stored::TeamSession;
use crate::core::team_link::{
    clamp_min_group, encode_invite, limit_label, Invite, InviteError, TeamId, DEFAULT_MIN_GROUP,
    INVITE_KEY,
};
use crate::core::texts::{fill, Text};
use crate::qr_svg::qr_svg;
use crate::web::browser;

/// The team label as shown: the label, or a neutral name when it is empty.
pub fn team_label_text(label: &str, lang: Lang) -> String {
    let name = if label.is_empty() {
        Text::InviteNoLabel.get(lang)
    } else {
        label
    };
    fill(Text::InviteTeam.get(lang), &[("label", name)])
}

/// The page of a team invite opened by a member.
#[component]
pub fn InvitePage(
    /// The decoded invite.
    outcome: Result<Invite, InviteError>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    request_animation_frame(|| crate::web::page::focus_by_id("invite-title"));
    let body = match outcome {
        Ok(invite) => {
            let session = TeamSession {
                id: invite.team,
                label: invite.label.clone(),
            };
            let start = move |_| {
                browser::clear_fragment();
                state.start_scan_for(Some(session.clone()));
                state.go(Route::Scan);
            };
            view! {
                <p class="team-label lead" id="invite-label">{team_label_text(&invite.label, lang)}</p>
                <p>{fill(t(Text::InviteExplain), &[("min", &invite.min_group.to_string())])}</p>
                <div class="button-row">
                    <button type="button" class="button-primary" id="start-team-scan" on:click=start>
                        {t(Text::StartTeamScan)}
                    </button>
                </div>
            }
            .into_any()
        }
        Err(error) => {
            let message = match error {
                InviteError::Damaged => Text::InviteBroken,
                InviteError::Newer => Text::InviteNewer,
                InviteError::OutOfRange => Text::InviteOutOfRange,
            };
            view! {
                <p class="card card-warning" id="invite-error">{t(message)}</p>
                <div class="button-row">
                    <button type="button" class="button-primary" id="take-scan" on:click=move |_| state.leave_shared()>
                        {t(Text::TakeScanYourself)}
                    </button>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <div class="wrap page invite">
            <h1 id="invite-title" tabindex="-1">{t(Text::InviteTitle)}</h1>
            {body}
        </div>
    }
}

/// The facilitator's set-up of a team session.
#[component]
pub fn TeamSetupPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    let (label, set_label) = signal(String::new());
    let (min_group, set_min_group) = signal(DEFAULT_MIN_GROUP.to_string());
    let (invite, set_invite) = signal(None::<Invite>);
    let (label_cut, set_label_cut) = signal(false);
    request_animation_frame(|| crate::web::page::focus_by_id("team-setup-title"));
    let create = move |_| {
        let (text, cut) = limit_label(&label.get_untracked());
        let requested = min_group
            .get_untracked()
            .trim()
            .parse()
            .unwrap_or(DEFAULT_MIN_GROUP);
        let min = clamp_min_group(requested);
        set_label_cut.set(cut);
        set_min_group.set(min.to_string());
        set_invite.set(Some(Invite {
            team: TeamId(browser::random_u32()),
            min_group: min,
            label: text,
        }));
    };
    let invite_panel = move || {
        invite.get().map(|invite| {
            let link = format!("{}#{INVITE_KEY}={}", browser::base_url(), encode_invite(&invite));
            let qr = qr_svg(&link, t(Text::QrAlt)).unwrap_or_default();
            let open = {
                let invite = invite.clone();
                move |_| state.go(Route::TeamView(Some(invite.clone())))
            };
            view! {
                <section class="card" aria-labelledby="invite-link-title">
                    <h2 id="invite-link-title">{t(Text::InviteLinkLabel)}</h2>
                    <p class="team-label">{team_label_text(&invite.label, lang)}</p>
                    <LinkField id="invite-link" label=Text::InviteLinkLabel link=link.clone() lang />
                    <div class="qr-box" inner_html=qr></div>
                    <div class="button-row">
                        <button type="button" class="button-primary" id="open-team-view" on:click=open>
                            {t(Text::OpenTeamView)}
                        </button>
                    </div>
                </section>
            }
        })
    };
    view! {
        <div class="wrap page team-setup">
            <h1 id="team-setup-title" tabindex="-1">{t(Text::TeamSetupTitle)}</h1>
            <p class="lead">{t(Text::TeamSetupIntro)}</p>
            <div class="card">
                <label for="team-label" class="field-label">{t(Text::TeamLabelField)}</label>
                <input id="team-label" type="text" maxlength="200" prop:value=move || label.get()
                    on:input=move |e| set_label.set(event_target_value(&e)) />
                <Show when=move || label_cut.get()>
                    <p class="field-note" role="status">{t(Text::TeamLabelCut)}</p>
                </Show>
                <label for="min-group" class="field-label">{t(Text::MinGroupField)}</label>
                <input id="min-group" type="number" min="3" max="50" inputmode="numeric"
                    aria-describedby="min-group-help" prop:value=move || min_group.get()
                    on:input=move |e| set_min_group.set(event_target_value(&e)) />
                <p id="min-group-help" class="field-note">{t(Text::MinGroupHelp)}</p>
                <div class="button-row">
                    <button type="button" class="button-primary" id="create-invite" on:click=create>
                        {t(Text::CreateInvite)}
                    </button>
                    <button type="button" class="button-secondary" id="team-view-any"
                        on:click=move |_| state.go(Route::TeamView(None))>
                        {t(Text::OpenTeamView)}
                    </button>
                </div>
            </div>
            {invite_panel}
        </div>
    }
}
