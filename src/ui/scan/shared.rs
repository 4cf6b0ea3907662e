//! A result opened from a link: shown read-only in a clear frame, with a way
//! to take the scan oneself; or, for a bad link, what is wrong and a way on.
//! Nothing here touches one's own answers or progress.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::i18n::{fill, Text};
use crate::core::links::share::{LinkError, SharedResult};
use crate::ui::scan::result::ResultBody;
use crate::ui::state::{use_state, CompareNames, Route};

/// The page of a shared result or of a bad link.
#[component]
pub fn SharedPage(
    /// The decoded link.
    outcome: Result<SharedResult, LinkError>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    let take_scan = move |_| state.leave_shared();
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    match outcome {
        Ok(shared) => {
            let own = state
                .history
                .with_untracked(|entries| entries.last().cloned());
            let compare = own.map(|entry| {
                let shared = shared.clone();
                let go = move |_| {
                    state.go(Route::Compare(
                        entry.result.clone(),
                        shared.clone(),
                        CompareNames(Some(entry.finished), None),
                    ))
                };
                view! {
                    <button type="button" class="button-secondary" id="compare-with-mine" on:click=go>
                        {t(Text::CompareWithMine)}
                    </button>
                }
            });
            let role = shared.role.map(|role| {
                view! { <p class="shared-role">{fill(t(Text::RoleLabel), &[("role", role.label().get(lang))])}</p> }
            });
            view! {
                <div class="wrap page result shared">
                    <div class="shared-frame" role="note">
                        <h1 id="shared-title" tabindex="-1" node_ref=title_ref>{t(Text::SharedTitle)}</h1>
                        <p>{t(Text::SharedFrame)}</p>
                        {role}
                        <div class="button-row no-print">
                            <button type="button" class="button-primary" id="take-scan" on:click=take_scan>
                                {t(Text::TakeScanYourself)}
                            </button>
                            {compare}
                        </div>
                    </div>
                    <ResultBody shared lang />
                </div>
            }
            .into_any()
        }
        Err(error) => view! {
            <div class="wrap page link-error">
                <h1 id="shared-title" tabindex="-1" node_ref=title_ref>{t(Text::LinkErrorTitle)}</h1>
                <p class="card card-warning" id="link-error" data-error=error.id()>
                    {t(error.text())}
                </p>
                <div class="button-row">
                    <button type="button" class="button-primary" id="take-scan" on:click=take_scan>
                        {t(Text::TakeScanYourself)}
                    </button>
                </div>
            </div>
        }
        .into_any(),
    }
}
