//! Native tests of the pre-rendered first screen (`sis::ui::prerender`, run
//! with `--features prerender`): the first-load app's own components rendered
//! to HTML. That this markup is the mounted DOM, and that nothing moves at the
//! take-over, is `tests/e2e/prerender.test.mjs`'s; here: which templates the
//! document has, what they hold, and that nothing in it would break the CSP.

use sis::core::i18n::{Lang, Text};
use sis::core::questionnaire::Questionnaire;
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
fn every_language_has_an_intro_and_a_first_statement() {
    let document = rendered();
    for &lang in Lang::ALL {
        for page in ["intro", "question"] {
            let id = format!("sis-pre-{page}-{}", lang.tag());
            assert!(
                document.contains(&format!("<template id=\"{id}\">")),
                "{id}"
            );
        }
    }
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
