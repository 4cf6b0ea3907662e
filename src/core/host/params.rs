//! Settings that may come in the page address's query string.
//!
//! Only settings that carry no answers belong in the query string (answers
//! only ever travel in the fragment). Every value is validated; an invalid or
//! unknown one is ignored and reported as a warning for the console, never
//! shown as markup and never a reason to fail. The parameters are documented
//! in the README's "Embedding" section.

use crate::core::host::colour::Rgb;
use crate::core::host::origin::parse_origin;
use crate::core::i18n::Lang;
use crate::core::links::codec::percent_decode;

/// Query-string values longer than this are ignored without being read further.
pub const MAX_VALUE_LENGTH: usize = 1024;

/// The kiosk's inactivity timeout unless another is asked for, in seconds.
pub const DEFAULT_KIOSK_TIMEOUT_SECONDS: u32 = 120;

/// The shortest kiosk timeout that may be asked for, in seconds.
pub const MIN_KIOSK_TIMEOUT_SECONDS: u32 = 30;

/// The longest kiosk timeout that may be asked for, in seconds.
pub const MAX_KIOSK_TIMEOUT_SECONDS: u32 = 3600;

/// The settings read from the query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaunchParams {
    /// `lang=nl|en|de`: the language for this visit (not remembered).
    pub lang: Option<Lang>,
    /// `intro=0`: start at the first statement instead of the intro.
    pub skip_intro: bool,
    /// `embed=1|0`: embed mode on or off; `None` detects a frame.
    pub embed: Option<bool>,
    /// `accent=#rrggbb` (the `#` written `%23`, or left out): the accent colour.
    pub accent: Option<Rgb>,
    /// `parentOrigin=https://host`: the one origin the finished result is
    /// posted to; without it, nothing but the page height leaves a frame.
    pub parent_origin: Option<String>,
    /// `kiosk=1`: a shared device; every respondent starts clean.
    pub kiosk: bool,
    /// `kioskTimeout=SECONDS` (30-3600): inactivity before a kiosk wipes and
    /// returns to the intro.
    pub kiosk_timeout_seconds: u32,
    /// `invite=CODE`: a team invite, as in an `#i=CODE` link. Only its
    /// characters are checked here; the full app decodes it (the first-load
    /// app carries no link decoders) and says when it is damaged.
    pub invite: Option<String>,
}

impl Default for LaunchParams {
    fn default() -> Self {
        LaunchParams {
            lang: None,
            skip_intro: false,
            embed: None,
            accent: None,
            parent_origin: None,
            kiosk: false,
            kiosk_timeout_seconds: DEFAULT_KIOSK_TIMEOUT_SECONDS,
            invite: None,
        }
    }
}

/// The values of a switch such as `intro=` and what each means.
/// `src/web/prerender.js` gets them generated.
pub const SWITCHES: [(&str, bool); 2] = [("0", false), ("1", true)];

/// Reads `0` or `1` as a switch.
fn switch(value: &str) -> Option<bool> {
    SWITCHES
        .iter()
        .find(|(spelling, _)| *spelling == value)
        .map(|&(_, on)| on)
}

/// Reads the query string (with or without its leading `?`). Returns the
/// valid settings and a warning for each ignored parameter.
pub fn parse_query(query: &str) -> (LaunchParams, Vec<String>) {
    let mut params = LaunchParams::default();
    let mut warnings = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (name, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if raw.len() > MAX_VALUE_LENGTH || name.len() > MAX_VALUE_LENGTH {
            warnings.push(format!(
                "ignored a query parameter longer than {MAX_VALUE_LENGTH} characters"
            ));
            continue;
        }
        let value = percent_decode(raw);
        let value = value.as_str();
        let ignored = |expected: &str| format!("ignored {name}='{value}': {expected}");
        match name {
            "lang" => match Lang::from_tag(value) {
                Some(lang) => params.lang = Some(lang),
                None => {
                    let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
                    warnings.push(ignored(&format!("use one of {}", tags.join(", "))));
                }
            },
            "intro" => match switch(value) {
                Some(shown) => params.skip_intro = !shown,
                None => warnings.push(ignored("use 0 or 1")),
            },
            "embed" => match switch(value) {
                Some(embed) => params.embed = Some(embed),
                None => warnings.push(ignored("use 0 or 1")),
            },
            "kiosk" => match switch(value) {
                Some(kiosk) => params.kiosk = kiosk,
                None => warnings.push(ignored("use 0 or 1")),
            },
            "kioskTimeout" => match value.parse::<u32>() {
                Ok(seconds)
                    if (MIN_KIOSK_TIMEOUT_SECONDS..=MAX_KIOSK_TIMEOUT_SECONDS)
                        .contains(&seconds) =>
                {
                    params.kiosk_timeout_seconds = seconds;
                }
                _ => warnings.push(ignored(&format!(
                    "use whole seconds from {MIN_KIOSK_TIMEOUT_SECONDS} to {MAX_KIOSK_TIMEOUT_SECONDS}"
                ))),
            },
            "accent" => match Rgb::from_hex(value) {
                Some(rgb) => params.accent = Some(rgb),
                None => warnings.push(ignored("use a colour as #rrggbb")),
            },
            "parentOrigin" => match parse_origin(value) {
                Some(origin) => params.parent_origin = Some(origin),
                None => warnings.push(ignored(
                    "use the exact origin of the host page, such as https://example.org",
                )),
            },
            "invite" => {
                let code_like = !value.is_empty()
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                if code_like {
                    params.invite = Some(value.to_owned());
                } else {
                    warnings.push(ignored("not the code of a team invite"));
                }
            }
            other => warnings.push(format!("ignored unknown query parameter '{other}'")),
        }
    }
    (params, warnings)
}

/// The query string as the first-load app reads it: the valid `lang` and
/// `intro` settings, and whether the visit is plain, that is, the query holds
/// nothing else and nothing invalid. The first-load app carries no parser for
/// the rest; it hands any other visit to the full app at once, which reads
/// every setting and warns about the invalid ones. The pre-rendered first
/// screen's script (`src/web/prerender.js`) applies the same rule;
/// `tests/build/first-visit-rules.test.mjs` checks that it decides as this.
pub fn first_load_query(query: &str) -> (LaunchParams, bool) {
    let mut params = LaunchParams::default();
    let mut plain = true;
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        match pair.split_once('=') {
            Some(("lang", tag)) if Lang::from_tag(tag).is_some() => {
                params.lang = Lang::from_tag(tag);
            }
            Some(("intro", value)) if switch(value).is_some() => {
                params.skip_intro = switch(value) == Some(false);
            }
            _ => plain = false,
        }
    }
    (params, plain)
}
