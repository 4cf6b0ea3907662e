//! The facilitator's paste box, shared by the team view of result links and
//! a sealed session's page: a text area for any pasted text, a button that
//! reads it, and files chosen or dropped onto the box, whose text is added
//! to what was pasted and read at once.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::i18n::Text;
use crate::core::links::paste::MAX_PASTE_BYTES;
use crate::web::browser;

/// The element ids and texts of one paste box.
#[derive(Clone, Copy)]
pub struct PasteBoxIds {
    /// The text area.
    pub area: &'static str,
    /// The read button.
    pub read: &'static str,
    /// The file input.
    pub files: &'static str,
    /// The text area's label.
    pub label: Text,
    /// The read button's text.
    pub read_label: Text,
}

/// A paste box. `on_read` gets the whole text whenever it is to be read:
/// on the button, and after files were added to it.
#[component]
pub fn PasteBox(
    /// Element ids and texts.
    ids: PasteBoxIds,
    /// What was pasted (and the text of added files).
    pasted: RwSignal<String>,
    /// Reads the text.
    on_read: Callback<String>,
    /// The language to render in.
    lang: Lang,
    /// What the box shows above its label (a heading, a note).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let add_file_text = move |text: Option<String>| {
        if let Some(text) = text {
            pasted.update(|pasted| {
                pasted.push('\n');
                pasted.push_str(&text);
            });
            on_read.run(pasted.get_untracked());
        }
    };
    let choose_files = move |event: leptos::ev::Event| {
        browser::read_files_of_event(&event, MAX_PASTE_BYTES, add_file_text);
    };
    let (dragging, set_dragging) = signal(false);
    let drag_over = move |event: leptos::ev::DragEvent| {
        // Accepting the drag is what makes the box a drop target.
        event.prevent_default();
        set_dragging.set(true);
    };
    let drop_files = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        set_dragging.set(false);
        browser::read_dropped_files(&event, MAX_PASTE_BYTES, add_file_text);
    };
    view! {
        <div class="card drop-zone no-print" class:dragging=move || dragging.get() id="drop-zone"
            on:dragover=drag_over on:dragleave=move |_| set_dragging.set(false) on:drop=drop_files>
            {children.map(|children| children())}
            <label for=ids.area class="field-label">{t(ids.label)}</label>
            <textarea id=ids.area rows="6" prop:value=move || pasted.get()
                on:input=move |e| pasted.set(event_target_value(&e))></textarea>
            <div class="button-row">
                <button type="button" class="button-primary" id=ids.read
                    on:click=move |_| on_read.run(pasted.get_untracked())>
                    {t(ids.read_label)}
                </button>
                <label class="button-secondary file-button">
                    {t(Text::ChooseFiles)}
                    <input type="file" id=ids.files class="visually-hidden" multiple accept=".txt,.eml,.csv,.json,text/plain"
                        on:change=choose_files />
                </label>
            </div>
            <p class="field-note">{t(Text::DropFilesHint)}</p>
        </div>
    }
}
