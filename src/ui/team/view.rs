//! The facilitator's team overview: paste any text with result links, see
//! what was found and what could not be read, and the team profile under the
//! privacy rule (nothing below the minimum group size but the count).

use leptos::prelude::*;

use super::profile::analysis_view;

use crate::core::i18n::Lang;
use crate::core::i18n::{fill, Text};
use crate::core::links::paste::{limit_paste, line_chunks, Findings, LinkReader};
use crate::core::team::DEFAULT_MIN_GROUP;
use crate::core::team::{analyse, clamp_min_group, TeamAnalysis};
use crate::ui::widgets::paste_box::{PasteBox, PasteBoxIds};
use crate::web::browser;

/// What the facilitator put into the team view: kept at the app's root, so
/// that switching the language, which renders the page again, keeps the
/// pasted links, the settings and the profile read from them. It lives in
/// memory only and goes with "delete my data".
#[derive(Clone, Copy)]
pub struct TeamViewDraft {
    pasted: RwSignal<String>,
    min_text: RwSignal<String>,
    /// Whether the text was read: then the page reads it again when it is
    /// rendered again.
    was_read: RwSignal<bool>,
}

impl TeamViewDraft {
    /// An empty draft.
    pub fn new() -> TeamViewDraft {
        TeamViewDraft {
            pasted: RwSignal::new(String::new()),
            min_text: RwSignal::new(DEFAULT_MIN_GROUP.to_string()),
            was_read: RwSignal::new(false),
        }
    }

    /// Forgets everything, as after "delete my data".
    pub fn clear(&self) {
        self.pasted.set(String::new());
        self.min_text.set(DEFAULT_MIN_GROUP.to_string());
        self.was_read.set(false);
    }
}

/// The team overview page: the result links of older, open sessions, all
/// read as one team.
#[component]
pub fn TeamViewPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let draft = expect_context::<TeamViewDraft>();
    let pasted = draft.pasted;
    let (findings, set_findings) = signal(None::<Findings>);
    // The minimum group size of the session, which the facilitator of an
    // older session knows (its set-up was not stored): 5 unless changed.
    let (min_text, set_min_text) = draft.min_text.split();
    let min_of =
        move || clamp_min_group(min_text.get().trim().parse().unwrap_or(DEFAULT_MIN_GROUP));
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();

    // The text is read a piece per task, and showing the result starts in
    // the next one, so no step blocks the page for long.
    let read = Callback::new(move |text: String| {
        draft.was_read.set(true);
        read_in_pieces(text, set_findings)
    });
    // Rendered again (another language): read what was read before.
    if draft.was_read.get_untracked() {
        read.run(pasted.get_untracked());
    }

    // Sealed replies pasted here cannot be read here; the count says where they belong.
    let sealed_here = move || {
        // Counted when the links are read, not at every key press.
        let read = findings.with(Option::is_some);
        let n = if read {
            pasted.with_untracked(|text| crate::core::team::sealed::find_replies(text).len())
        } else {
            0
        };
        (n > 0).then(|| view! {
            <p class="card card-warning" id="sealed-replies-here">{fill(t(Text::SealedRepliesHere.for_count(n)), &[("n", &n.to_string())])}</p>
        }.into_any())
    };
    // The team part is computed in a task of its own after the links are
    // read, so that the page never blocks long, even for ten thousand links.
    let (computed, set_computed) = signal(None::<Computed>);
    Effect::new(move |_| {
        let min_group = min_of();
        // Every readable link is a member: the view belongs to no one session.
        let Some(members) = findings.with(|findings| findings.as_ref().map(Findings::members))
        else {
            return;
        };
        if members.is_empty() {
            // Nothing readable was found; the summary says so.
            set_computed.set(None);
            return;
        }
        // The analysis starts in a task of its own, after the findings show.
        browser::next_task(move || {
            let analysis = browser::timed("sis:team:analyse", || analyse(&members, min_group));
            set_computed.set(Some(Computed {
                min_group,
                analysis,
            }));
        });
    });
    let report = move || {
        findings.with(|findings| {
            findings
                .as_ref()
                .map(|findings| report_of(findings, t).into_any())
        })
    };
    let team_part = move || {
        computed.get().map(|computed| {
            let min_group = computed.min_group;
            analysis_view(computed.analysis, min_group, String::new(), lang)
        })
    };

    // Reactive children as closures in the view, output `AnyView`: see `ui::App`.
    view! {
        <div class="wrap page team-view">
            <h1 id="team-view-title" tabindex="-1" node_ref=title_ref>{t(Text::TeamViewTitle)}</h1>
            <p class="lead" id="open-links-note">{t(Text::TeamViewOpenNote)}</p>
            <PasteBox ids=PasteBoxIds {
                area: "paste-links",
                read: "read-links",
                files: "link-files",
                label: Text::PasteLinksLabel,
                read_label: Text::ReadLinks,
            } pasted on_read=read lang>
                <label for="links-min-group" class="field-label">{t(Text::MinGroupField)}</label>
                <input id="links-min-group" type="number" min="3" max="50" inputmode="numeric"
                    aria-describedby="links-min-group-help" prop:value=move || min_text.get()
                    on:input=move |e| set_min_text.set(event_target_value(&e)) />
                <p id="links-min-group-help" class="field-note">{t(Text::MinGroupHelp)}</p>
            </PasteBox>
            {move || report()}
            {move || sealed_here()}
            {move || team_part()}
        </div>
    }
}

/// Unreadable links listed by line; the rest are counted.
const LISTED_UNREADABLE: usize = 50;

/// Bytes of pasted text read per task: about 1,800 links.
const PIECE_BYTES: usize = 100_000;

/// Reads pasted text a piece per task and then sets the findings.
fn read_in_pieces(text: String, set_findings: WriteSignal<Option<Findings>>) {
    let (limited, truncated) = limit_paste(&text);
    let bounds: Vec<(usize, usize)> = line_chunks(limited, PIECE_BYTES)
        .iter()
        .scan(0, |start, chunk| {
            let range = (*start, *start + chunk.len());
            *start = range.1;
            Some(range)
        })
        .collect();
    read_piece(
        std::rc::Rc::new(text),
        bounds,
        0,
        LinkReader::new(),
        truncated,
        set_findings,
    );
}

fn read_piece(
    text: std::rc::Rc<String>,
    bounds: Vec<(usize, usize)>,
    index: usize,
    mut reader: LinkReader,
    truncated: bool,
    set_findings: WriteSignal<Option<Findings>>,
) {
    if let Some(&(start, end)) = bounds.get(index) {
        browser::timed("sis:team:read", || reader.read(&text[start..end]));
        browser::next_task(move || {
            read_piece(text, bounds, index + 1, reader, truncated, set_findings)
        });
    } else {
        let mut findings = reader.finish();
        findings.truncated = truncated;
        set_findings.set(Some(findings));
    }
}

/// The team part of the view, computed in a task of its own.
#[derive(Clone)]
struct Computed {
    /// The minimum group size it was computed with.
    min_group: usize,
    /// The team's analysis.
    analysis: TeamAnalysis,
}

/// What was found in the pasted text: the summary and the unreadable links.
fn report_of(
    findings: &Findings,
    t: impl Fn(Text) -> &'static str + Copy + 'static,
) -> impl IntoView {
    let unreadable: Vec<_> = findings
        .links
        .iter()
        .filter_map(|found| {
            found
                .result
                .as_ref()
                .err()
                .map(|error| (found.line, error.text()))
        })
        .collect();
    let readable = findings.links.len() - unreadable.len();
    let summary = if findings.links.is_empty() {
        t(Text::NoLinksFound).to_owned()
    } else {
        fill(
            t(Text::FoundSummary.for_count(readable)),
            &[
                ("n", &readable.to_string()),
                ("duplicates", &findings.duplicates.to_string()),
            ],
        )
    };
    let unreadable_list = (!unreadable.is_empty()).then(|| {
        // A long list says no more than its start: the first lines are
        // listed and the rest counted, so the page stays quick.
        let more = unreadable.len().saturating_sub(LISTED_UNREADABLE);
        let more = (more > 0).then(|| {
            view! { <li id="unreadable-more">{fill(t(Text::UnreadableMore.for_count(more)), &[("n", &more.to_string())])}</li> }
        });
        view! {
            <section class="card card-warning no-print" aria-labelledby="unreadable-title" id="unreadable">
                <h2 id="unreadable-title">{t(Text::UnreadableTitle)}</h2>
                <ul>
                    {unreadable.iter().take(LISTED_UNREADABLE).map(|(line, reason)| view! {
                        <li>{fill(t(Text::UnreadableLine), &[("line", &line.to_string()), ("reason", t(*reason))])}</li>
                    }).collect_view()}
                    {more}
                </ul>
            </section>
        }
    });
    let truncated = findings
        .truncated
        .then(|| view! { <p class="card card-warning">{t(Text::PasteTruncated)}</p> });
    view! {
        <p class="lead no-print" id="found-summary" role="status">{summary}</p>
        {truncated}
        {unreadable_list}
    }
}
