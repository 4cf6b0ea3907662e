//! Settings that may come in the page address's query string.
//!
//! Only settings that carry no answers belong in the query string (answers
//! only ever travel in the fragment). Every value is validated; an invalid or
//! unknown one is ignored and reported as a warning for the console, never
//! shown as markup and never a reason to fail.

use super::model::Lang;

/// Query-string values longer than this are ignored without being read further.
pub const MAX_VALUE_LENGTH: usize = 64;

/// The settings read from the query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LaunchParams {
    /// `lang=nl|en`: the language for this visit (not remembered).
    pub lang: Option<Lang>,
    /// `intro=0`: start at the first statement instead of the intro.
    pub skip_intro: bool,
}

/// Reads the query string (with or without its leading `?`). Returns the
/// valid settings and a warning for each ignored parameter.
pub fn parse_query(query: &str) -> (LaunchParams, Vec<String>) {
    let mut params = LaunchParams::default();
    let mut warnings = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if value.len() > MAX_VALUE_LENGTH || name.len() > MAX_VALUE_LENGTH {
            warnings.push(format!(
                "ignored a query parameter longer than {MAX_VALUE_LENGTH} characters"
            ));
            continue;
        }
        match name {
            "lang" => match Lang::from_tag(value) {
                Some(lang) => params.lang = Some(lang),
                None => warnings.push(format!("ignored lang='{value}': use nl or en")),
            },
            "intro" => match value {
                "0" => params.skip_intro = true,
                "1" => params.skip_intro = false,
                _ => warnings.push(format!("ignored intro='{value}': use 0 or 1")),
            },
            other => warnings.push(format!("ignored unknown query parameter '{other}'")),
        }
    }
    (params, warnings)
}
