//! The one SVG writer (`sis::svg`) and every drawing made with it: one
//! escaping path for texts and attribute values, and colours only as paint
//! classes, never as colour values; the colours of a file drawing are the
//! light tokens of the style sheets.

use std::collections::BTreeSet;
use std::path::PathBuf;

use plotters::drawing::IntoDrawingArea;
use plotters::element::Circle;
use plotters::style::{Color, BLACK};
use sis::chart_svg::{
    key, radar_band_svg, radar_file_svg, radar_svg, sparkline_svg, strip_svg, PaintBackend,
};
use sis::core::chart::radar;
use sis::core::i18n::Lang;
use sis::core::model::Dimension;
use sis::qr_code::qr_modules;
use sis::qr_svg::{qr_svg, qr_svg_of};
use sis::svg::{escape, Ink, Label, Paint, Svg, Target};

/// A start or empty tag of the markup: its name and attributes, unescaped
/// values as written.
#[derive(Debug)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
}

impl Element {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The start and empty tags of markup the writer made (attribute values are
/// always in double quotes, which they cannot contain).
fn elements(markup: &str) -> Vec<Element> {
    let mut found = Vec::new();
    for tag in markup.split('<').skip(1) {
        if tag.starts_with('/') {
            continue;
        }
        let tag = &tag[..tag.find('>').expect("a closed tag")];
        let tag = tag.trim_end_matches('/');
        let (name, mut rest) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attributes = Vec::new();
        while let Some((attribute, after)) = rest.split_once("=\"") {
            let (value, tail) = after.split_once('"').expect("a closing quote");
            attributes.push((attribute.trim().to_owned(), value.to_owned()));
            rest = tail;
        }
        found.push(Element {
            name: name.to_owned(),
            attributes,
        });
    }
    found
}

/// A style sheet of `style/`, without its comments.
fn style_sheet(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("style")
        .join(name);
    let text = std::fs::read_to_string(path).expect("readable style sheet");
    let mut rest = text.as_str();
    let mut without = String::new();
    while let Some(start) = rest.find("/*") {
        without.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("a closed comment");
        rest = &rest[start + end + 2..];
    }
    without.push_str(rest);
    without
}

/// The declarations of the first rule whose selector is exactly `selector`.
fn rule<'a>(sheet: &'a str, selector: &str) -> &'a str {
    let start = sheet
        .find(&format!("\n{selector} {{"))
        .unwrap_or_else(|| panic!("no rule {selector}"));
    let body = &sheet[start..];
    let open = body.find('{').expect("a block") + 1;
    let close = body.find('}').expect("a closed block");
    &body[open..close]
}

/// The value of `property` in a rule's declarations.
fn declared<'a>(declarations: &'a str, property: &str) -> Option<&'a str> {
    declarations.split(';').find_map(|declaration| {
        let (name, value) = declaration.split_once(':')?;
        (name.trim() == property).then(|| value.trim())
    })
}

#[test]
fn escaping_covers_markup_characters() {
    let cases = [
        ("plain", "plain"),
        ("<", "&lt;"),
        ("&", "&amp;"),
        ("\"", "&quot;"),
        ("'", "&#39;"),
        (">", "&gt;"),
        (
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        ),
        ("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;"),
        // Escaping is not undone or skipped for what looks escaped already.
        ("&amp;", "&amp;amp;"),
    ];
    for (input, expected) in cases {
        assert_eq!(escape(input), expected, "{input}");
    }
}

#[test]
fn texts_and_attribute_values_go_through_the_escaping() {
    let inputs = [
        "<b>x</b>",
        "Tom & Jerry",
        "say \"hi\"",
        "it's",
        "\"><svg onload=alert(1)>",
    ];
    for input in inputs {
        let mut svg = Svg::new(
            Target::Page,
            "test",
            [0.0, 0.0, 10.0, 10.0],
            Label::Named(input),
            &[("data-note", &input)],
        );
        svg.open(
            "text",
            Some(Ink::Fill(Paint::Ink)),
            &[("data-text", &input)],
        );
        svg.text(input);
        let markup = svg.finish();
        let escaped = escape(input);
        assert_eq!(
            markup.matches(&escaped).count(),
            4,
            "title, text and two attributes: {markup}"
        );
        assert!(!markup.contains(input), "{input} unescaped in {markup}");
        // The markup has exactly the elements written, whatever the input.
        let names: Vec<String> = elements(&markup).into_iter().map(|e| e.name).collect();
        assert_eq!(names, ["svg", "title", "text"], "{markup}");
        assert!(markup.ends_with("</text></svg>"), "{markup}");
    }
}

/// Every drawing of the app in the page, with the paints it must use.
fn page_drawings() -> Vec<(&'static str, String, Vec<Paint>)> {
    let one = [Some(80.0), Some(60.0), Some(40.0), Some(20.0), Some(50.0)];
    let other = [Some(30.0), Some(90.0), None, Some(70.0), Some(45.0)];
    let low = [Some(10.0), Some(20.0), Some(30.0), Some(20.0), Some(10.0)];
    let high = [Some(90.0), Some(80.0), Some(70.0), Some(95.0), Some(60.0)];
    let title = "Chart <title> & 'more'";
    vec![
        (
            "radar",
            radar_svg(
                &radar(640.0, 440.0, &Dimension::ALL, &[one.to_vec()]),
                Lang::En,
                title,
            ),
            vec![Paint::Ink, Paint::Muted, Paint::Grid, Paint::Accent],
        ),
        (
            "radar comparing two results",
            radar_svg(
                &radar(
                    640.0,
                    440.0,
                    &Dimension::ALL,
                    &[one.to_vec(), other.to_vec()],
                ),
                Lang::Nl,
                title,
            ),
            vec![
                Paint::Ink,
                Paint::Muted,
                Paint::Grid,
                Paint::Accent,
                Paint::Series2,
            ],
        ),
        (
            "team radar with its band",
            radar_band_svg(
                &radar(
                    480.0,
                    360.0,
                    &Dimension::ALL,
                    &[low.to_vec(), high.to_vec(), one.to_vec()],
                ),
                Lang::En,
                title,
            ),
            vec![
                Paint::Ink,
                Paint::Muted,
                Paint::Grid,
                Paint::Background,
                Paint::Accent,
            ],
        ),
        (
            "dot strip",
            strip_svg(&[10.0, 10.0, 55.5, 90.0]),
            vec![Paint::Grid, Paint::Accent],
        ),
        (
            "sparkline",
            sparkline_svg(&[Some(30), None, Some(70), Some(55)]),
            vec![Paint::Accent],
        ),
        (
            "QR code",
            qr_svg("https://scan.example/#r=BEzOtPY63CuB24MgMVVb", title).expect("a QR code"),
            vec![Paint::QrLight, Paint::QrDark],
        ),
    ]
}

#[test]
fn drawings_in_the_page_paint_by_class_only() {
    for (name, markup, expected) in page_drawings() {
        // No colour value at all: no hex colour, no rgb(), no inline style
        // (the policy refuses style attributes anyway).
        let hex = markup.match_indices('#').find(|(at, _)| {
            markup[at + 1..]
                .chars()
                .take_while(char::is_ascii_hexdigit)
                .count()
                >= 3
        });
        assert_eq!(hex, None, "{name} has a colour value: {markup}");
        assert!(!markup.contains("rgb"), "{name}: {markup}");
        assert!(!markup.contains("style="), "{name}: {markup}");
        let mut used = BTreeSet::new();
        let mut painted = 0;
        for element in elements(&markup) {
            let mut paints_itself = false;
            for property in ["fill", "stroke"] {
                match element.get(property) {
                    None | Some("none") => {}
                    Some("currentColor") => paints_itself = true,
                    Some(other) => panic!("{name}: {property}={other} in {element:?}"),
                }
            }
            let class = element.get("class");
            let paint = Paint::ALL.into_iter().find(|p| Some(p.class()) == class);
            assert_eq!(
                paints_itself,
                paint.is_some(),
                "{name}: currentColor comes with a paint class: {element:?}"
            );
            if let Some(paint) = paint {
                used.insert(paint.class());
                painted += 1;
            }
        }
        let expected: BTreeSet<&str> = expected.iter().map(|p| p.class()).collect();
        assert_eq!(used, expected, "{name}: {markup}");
        assert!(painted >= expected.len(), "{name}");
    }
}

#[test]
fn a_file_drawing_carries_the_light_colours() {
    let scores = [Some(80.0), Some(60.0), Some(40.0), Some(20.0), Some(50.0)];
    let chart = radar(640.0, 440.0, &Dimension::ALL, &[scores.to_vec()]);
    let markup = radar_file_svg(&chart, Lang::En, "Chart");
    assert!(!markup.contains("currentColor"), "{markup}");
    assert!(!markup.contains("paint-"), "{markup}");
    let mut used = BTreeSet::new();
    for element in elements(&markup) {
        for property in ["fill", "stroke"] {
            if let Some(value) = element.get(property).filter(|v| *v != "none") {
                used.insert(value.to_owned());
            }
        }
    }
    let expected: BTreeSet<String> = [Paint::Ink, Paint::Muted, Paint::Grid, Paint::Accent]
        .iter()
        .map(|p| p.file_colour().to_owned())
        .collect();
    assert_eq!(used, expected, "{markup}");
    // The same drawing as in the page, but for the colours.
    let page = radar_svg(&chart, Lang::En, "Chart");
    assert_eq!(elements(&markup).len(), elements(&page).len());
}

#[test]
fn every_paint_has_a_rule_and_the_file_colours_are_the_light_tokens() {
    let main = style_sheet("main.css");
    let light = rule(&main, ":root");
    let dark_start = main
        .find("prefers-color-scheme: dark")
        .expect("a dark scheme");
    let dark = rule(&main[dark_start..], "  html:not(.embedded)");
    for paint in Paint::ALL {
        let selector = format!(".{}", paint.class());
        let colour =
            declared(rule(&main, &selector), "color").unwrap_or_else(|| panic!("{selector}"));
        let token = colour
            .strip_prefix("var(")
            .and_then(|v| v.strip_suffix(')'));
        match (paint, token) {
            // The QR code's paints are fixed, not the theme's.
            (Paint::QrLight | Paint::QrDark, None) => {
                assert_eq!(colour, paint.file_colour(), "{paint:?}")
            }
            (Paint::QrLight | Paint::QrDark, Some(token)) => {
                panic!("{paint:?} follows the theme's {token}")
            }
            (_, Some(token)) => {
                assert_eq!(
                    declared(light, token),
                    Some(paint.file_colour()),
                    "{paint:?}: {token}"
                );
                // Dark mode reaches every theme paint through its token.
                assert!(
                    declared(dark, token).is_some(),
                    "{paint:?}: {token} in dark mode"
                );
            }
            (_, None) => panic!("{paint:?} has a fixed colour {colour}, not a token"),
        }
    }
}

#[test]
fn no_style_rule_selects_a_colour_value() {
    let sheet = style_sheet("main.css");
    for pattern in ["[fill", "[stroke"] {
        assert!(!sheet.contains(pattern), "main.css selects {pattern}");
    }
}

#[test]
fn the_radar_backend_paints_keys_and_refuses_other_colours() {
    let cases = [
        (key(Paint::Accent).filled(), Some("paint-accent")),
        (
            key(Paint::Series2).mix(0.5).filled(),
            Some("paint-series-2"),
        ),
        (BLACK.filled(), None),
        (plotters::style::RGBColor(0x0e, 0x6b, 0x64).filled(), None),
    ];
    for (style, class) in cases {
        let mut svg = Svg::new(
            Target::Page,
            "t",
            [0.0, 0.0, 20.0, 20.0],
            Label::Hidden,
            &[],
        );
        let drawn = {
            let area = PaintBackend::new(&mut svg, (20, 20)).into_drawing_area();
            area.draw(&Circle::new((10, 10), 5, style))
        };
        let markup = svg.finish();
        match class {
            Some(class) => {
                assert!(drawn.is_ok(), "{class}");
                let circle = elements(&markup)
                    .into_iter()
                    .find(|e| e.name == "circle")
                    .expect("a circle");
                assert_eq!(circle.get("class"), Some(class));
                assert_eq!(circle.get("fill"), Some("currentColor"));
            }
            None => {
                assert!(drawn.is_err(), "{markup}");
                assert!(!markup.contains("<circle"), "{markup}");
            }
        }
    }
}

#[test]
fn qr_modules_are_a_square_that_qr_svg_of_draws_and_nothing_else() {
    let link = "https://scan.example/#r=BEzOtPY63CuB24MgMVVb";
    let modules = qr_modules(link).expect("a QR code");
    let size = usize::from(modules[0]);
    // Version 4 at level M for a link of this length: 33 modules wide.
    assert_eq!(size, 33);
    assert_eq!(modules.len(), 1 + size * size);
    assert!(modules[1..].iter().all(|&module| module <= 1));
    // The app draws what the share module gives; the same markup as at once.
    assert_eq!(qr_svg_of(&modules, "QR"), qr_svg(link, "QR"));
    // Anything but a square of its stated size draws nothing.
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", vec![]),
        ("size 0", vec![0]),
        ("one module short", modules[..modules.len() - 1].to_vec()),
        ("one module more", [&modules[..], &[0]].concat()),
    ];
    for (name, bytes) in cases {
        assert_eq!(qr_svg_of(&bytes, "QR"), None, "{name}");
    }
    // A text too long for any QR code has none.
    assert_eq!(qr_modules(&"x".repeat(8000)), None);
}
