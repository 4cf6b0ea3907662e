//! Native tests of the pre-rendered first screen (`sis::ui::prerender`, run
//! with `--features prerender`): the first-load app's own components rendered
//! to HTML. That this markup is the mounted DOM, and that nothing moves at the
//! take-over, is `tests/e2e/prerender.test.mjs`'s; here: which templates the
//! document has, what they hold, and that nothing in it would break the CSP.

use serde_json::Value;
use sis::core::i18n::{Lang, Text};
use sis::core::questionnaire::Questionnaire;
use sis::first_screen::question_progress;
use sis::first_screen::script::{
    script_arguments, statement_items, statement_texts, NUMBER_SLOT, SCRIPT_PARAMETERS,
};
use sis::ui::prerender::{document, without_style_attributes};

/// The document with a stand-in for the script's text.
fn rendered() -> String {
    document("/* the script */")
}

/// The content of the template with `id`.
fn template(document: &str, id: &str) -> String {
    let start_tag = format!("<template id=\"{id}\">");
    let start = document
        .find(&start_tag)
        .unwrap_or_else(|| panic!("no template {id}"))
        + start_tag.len();
    let end = start
        + document[start..]
            .find("</template>")
            .expect("a closed template");
    document[start..end].to_owned()
}

#[test]
fn every_language_has_an_intro_and_a_first_statement_and_no_other() {
    let document = rendered();
    for &lang in Lang::ALL {
        for page in ["intro", "question"] {
            let id = format!("sis-pre-{page}-{}", lang.tag());
            assert_eq!(
                document.matches(&format!("<template id=\"{id}\">")).count(),
                1,
                "{id}"
            );
        }
    }
    // One statement template per language (the script fills it in for the
    // others), the intro's Continue and Start over per language, and the
    // load-failure message.
    assert_eq!(
        document.matches("<template ").count(),
        3 * Lang::ALL.len() + 1
    );
}

#[test]
fn the_templates_show_their_page_in_their_language() {
    let document = rendered();
    let first = Questionnaire::current().items[0];
    for &lang in Lang::ALL {
        let intro = template(&document, &format!("sis-pre-intro-{}", lang.tag()));
        let question = template(&document, &format!("sis-pre-question-{}", lang.tag()));
        for (page, expected) in [
            (&intro, Text::IntroTitle.get(lang)),
            (&intro, Text::Start.get(lang)),
            (&question, first.text.get(lang)),
            (&question, Text::Skip.get(lang)),
            (&question, Text::DeleteData.get(lang)),
            (&intro, Text::DeleteData.get(lang)),
        ] {
            assert!(page.contains(expected), "{lang:?}: {expected}");
        }
        assert!(intro.contains("id=\"start\""));
        assert!(!intro.contains("id=\"q0-opt0\""));
        // Six options, the first one focusable, none chosen.
        for position in 0..6 {
            assert!(question.contains(&format!("id=\"q0-opt{position}\"")));
        }
        assert_eq!(question.matches("aria-checked=\"false\"").count(), 6);
        assert_eq!(question.matches("tabindex=\"0\"").count(), 1);
        // The language menu says which language is on.
        assert!(question.contains(&format!(
            "id=\"lang-{}\" lang=\"{}\" aria-label=\"{}\" aria-pressed=\"true\"",
            lang.tag(),
            lang.tag(),
            lang.menu_label()
        )));
    }
}

#[test]
fn the_load_failure_message_is_in_every_language() {
    let failed = template(&rendered(), "sis-load-failed");
    for &lang in Lang::ALL {
        assert!(failed.contains(&format!(
            "<p lang=\"{}\">{}</p>",
            lang.tag(),
            Text::AppLoadFailed.get(lang)
        )));
    }
}

#[test]
fn nothing_in_the_document_breaks_the_content_security_policy() {
    let document = rendered();
    // Style attributes are refused (`style-src 'self'`), event handler
    // attributes too; the one script is the inline script, hashed into the
    // CSP by the post-build step.
    assert!(!document.contains(" style="));
    let tags = document
        .split('<')
        .filter_map(|tag| tag.split_once('>'))
        .map(|(tag, _)| tag);
    for tag in tags {
        let handler = tag.split(' ').skip(1).find(|attribute| {
            attribute.split_once('=').is_some_and(|(name, _)| {
                name.starts_with("on") && name.chars().all(|c| c.is_ascii_lowercase())
            })
        });
        assert_eq!(handler, None, "an inline event handler in <{tag}>");
    }
    assert_eq!(document.matches("<script").count(), 1);
    assert!(document.ends_with("</script>"));
}

#[test]
fn style_attributes_are_removed_and_nothing_else() {
    for (html, expected) in [
        ("", ""),
        ("<p>no style</p>", "<p>no style</p>"),
        (
            "<span class=\"fill\" style=\"transform:translateX(-97%);\"></span>",
            "<span class=\"fill\"></span>",
        ),
        (
            "<a style=\"a\"></a><b style=\"\" id=\"x\"></b>",
            "<a></a><b id=\"x\"></b>",
        ),
        // Text that reads like an attribute is escaped, so it stays.
        (
            "<p>say style=&quot;x&quot;</p>",
            "<p>say style=&quot;x&quot;</p>",
        ),
    ] {
        assert_eq!(without_style_attributes(html), expected, "{html}");
    }
}

/// The texts the script fills into the first statement's template are, for
/// every statement and language, what `QuestionPage` renders for it.
#[test]
fn the_script_draws_every_statement_with_the_pages_texts() {
    let questionnaire = Questionnaire::current();
    let items = statement_items(&questionnaire);
    assert_eq!(items.len(), questionnaire.item_count());
    for &lang in Lang::ALL {
        let texts = statement_texts(&questionnaire, lang);
        assert_eq!(texts.next, Text::Next.get(lang));
        for (index, item) in questionnaire.items.iter().enumerate() {
            let progress = question_progress(&questionnaire, index, lang);
            let drawn = &items[index];
            assert_eq!(drawn.id, item.id);
            assert_eq!(
                texts
                    .count
                    .replace(NUMBER_SLOT, &progress.number.to_string()),
                progress.count_text,
                "{lang:?} {index}"
            );
            assert_eq!(
                texts
                    .dimension
                    .replace(NUMBER_SLOT, &(drawn.dimension + 1).to_string()),
                progress.dimension_text,
                "{lang:?} {index}"
            );
            assert_eq!(questionnaire.dimensions[drawn.dimension], item.dimension);
            // The statement's text, where the script reads it: in the
            // language's text pack, as the app writes it.
            let pack = sis::core::i18n::pack::write(lang);
            let strings = sis::core::i18n::pack::read(&pack, lang).expect("the pack of this build");
            assert_eq!(
                strings[drawn.packed],
                item.text.get(lang),
                "{lang:?} {index}"
            );
        }
    }
}

/// The script's arguments, read as JSON (they are written as JavaScript
/// literals that JSON also reads), hold that data where the script looks
/// for it, and no statement's text (the first is in its template, the rest
/// come with the text pack).
#[test]
fn the_script_arguments_carry_the_statement_data() {
    let arguments: Value =
        serde_json::from_str(&format!("[{}]", script_arguments())).expect("JSON literals");
    let parameters: Vec<&str> = SCRIPT_PARAMETERS.split(',').collect();
    let argument = |name: &str| {
        let position = parameters
            .iter()
            .position(|each| *each == name)
            .expect(name);
        &arguments[position]
    };
    let questionnaire = Questionnaire::current();
    let items = statement_items(&questionnaire);
    let ids: Vec<&str> = items.iter().map(|item| item.id).collect();
    let dimensions: Vec<usize> = items.iter().map(|item| item.dimension).collect();
    assert_eq!(argument("ITEMS"), &serde_json::json!(ids));
    assert_eq!(argument("DIMENSIONS"), &serde_json::json!(dimensions));
    let packed: Vec<usize> = items.iter().map(|item| item.packed).collect();
    assert_eq!(argument("PACKED"), &serde_json::json!(packed));
    for &lang in Lang::ALL {
        let texts = statement_texts(&questionnaire, lang);
        assert_eq!(
            argument("TEXTS")[lang.tag()],
            serde_json::json!([texts.next, texts.count, texts.dimension, texts.loading]),
            "{lang:?}"
        );
        // No statement's text: the first is in its template, the rest come
        // with the text pack.
        for item in questionnaire.items {
            assert!(
                !script_arguments().contains(item.text.get(lang)),
                "{lang:?} {}",
                item.id
            );
        }
    }
}

/// The script reads a statement's dimension name from the intro's list of
/// dimensions, by the dimension's position: the list has every dimension's
/// name, in the questionnaire's order.
#[test]
fn the_intro_lists_the_dimension_names_the_script_reads() {
    let document = rendered();
    let questionnaire = Questionnaire::current();
    for &lang in Lang::ALL {
        let intro = template(&document, &format!("sis-pre-intro-{}", lang.tag()));
        let start = intro
            .find("<ol class=\"dimension-list\">")
            .expect("the list");
        let end = start + intro[start..].find("</ol>").expect("its end");
        // The items' texts, as the script's `textContent` reads them.
        let listed: Vec<String> = intro[start..end]
            .split("<li>")
            .skip(1)
            .map(|item| {
                item.split("</li>")
                    .next()
                    .unwrap_or("")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&")
            })
            .collect();
        let expected: Vec<&str> = questionnaire
            .dimensions
            .iter()
            .map(|dimension| dimension.label().get(lang))
            .collect();
        assert_eq!(listed, expected, "{lang:?}");
    }
}

/// What the intro shows instead of Start once statements were answered, with
/// the number left for the script.
#[test]
fn the_intro_after_answers_has_continue_and_start_over() {
    let document = rendered();
    for &lang in Lang::ALL {
        let resume = template(&document, &format!("sis-pre-resume-{}", lang.tag()));
        assert!(resume.starts_with("<p class=\"resume-info\">"), "{lang:?}");
        assert_eq!(resume.matches(NUMBER_SLOT).count(), 1, "{lang:?}");
        for expected in [
            "id=\"continue\"",
            "id=\"start-over\"",
            Text::Continue.get(lang),
            Text::StartOver.get(lang),
        ] {
            assert!(resume.contains(expected), "{lang:?}: {expected}");
        }
        assert!(!resume.contains("id=\"start\""), "{lang:?}");
    }
}
