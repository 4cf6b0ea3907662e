//! The one reader of links: which link a text or the page address holds, and
//! its code, by one rule for every kind of link the app makes: result links
//! (`#r=`), team invites (`#i=`), team links (`#g=`) and sealed team replies
//! (`#s=`). Each kind's module checks the code itself; how a code is found,
//! and which damage on the way is harmless, is decided here only, so a link
//! reads the same whether it is pasted or opened from the address.
//!
//! # The rule
//!
//! A text that should hold one link of a kind is read like this:
//!
//! 1. Text longer than the kind's limit ([`LinkKind::max_bytes`]) is not a
//!    link; nothing of it is looked at.
//! 2. Percent-escapes (`%3D`, `%23`, `%20`, …) are decoded once, then every
//!    space and line break is removed, so a link that was escaped or wrapped
//!    on its way still reads. Nothing left: [`Reading::Empty`].
//! 3. Text with `<` or `>` is markup, not a link.
//! 4. With a `#`, the parameters are what follows the first `#`. Without
//!    one, text with `:` or `/` is an address without a fragment (not a
//!    link), text with `=` is parameters itself (`r=CODE`), and any other
//!    text is a bare code.
//! 5. Parameters are separated by `&` (`#r=CODE&t=TEAM`) or `?` (a query
//!    glued after the fragment, `#r=CODE?utm_source=x`). The code is the
//!    value of the first parameter whose name is the kind's key, possibly
//!    empty (a link cut off after `r=`); with no such parameter the text is
//!    not a link of that kind.
//! 6. Punctuation that ends a sentence or closes a bracket or quote
//!    ([`SENTENCE_ENDS`]) is taken off the code's end: a link written at
//!    the end of a sentence ("see …#r=CODE.") still reads. No code uses
//!    these characters (codes are base64url).
//!
//! The page address is read by the same rule, as the text `#FRAGMENT`: its
//! link is the first parameter named by one of the four keys
//! ([`kind_in_fragment`]), and that kind's module reads it.
//!
//! Finding many links in a long text (an e-mail thread pasted into the team
//! view or a sealed session) is another task: there, spaces and line breaks
//! separate links, so `paste::find_links` and `team::sealed::find_replies`
//! look for whole links and do not join lines.
//!
//! # The address and the screen
//!
//! [`screen_at_start`] and [`screen_after_change`] decide what the address
//! shows: a link of the fragment, the query's invite (an embed's
//! `?invite=CODE`), or one of the app's own pages. The screen follows the
//! address, also when Back or Forward changes it: a link that leaves the
//! address (Back to the page before it) leaves the screen too.

use crate::core::links::codec::percent_decode;

/// The kinds of link, each with the fragment parameter that holds its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    /// A result link, `#r=CODE` (`share`).
    Result,
    /// A team invite, `#i=CODE` (`links::invite`).
    Invite,
    /// A team link of aggregates, `#g=CODE` (`team`).
    TeamLink,
    /// A sealed team reply, `#s=CODE` (`sealed`).
    Reply,
}

impl LinkKind {
    /// Every kind, in the order their keys are listed in the docs.
    pub const ALL: [LinkKind; 4] = [
        LinkKind::Result,
        LinkKind::Invite,
        LinkKind::TeamLink,
        LinkKind::Reply,
    ];

    /// The name of the fragment parameter that holds the code: `r` in `#r=CODE`.
    pub const fn key(self) -> &'static str {
        match self {
            LinkKind::Result => "r",
            LinkKind::Invite => "i",
            LinkKind::TeamLink => "g",
            LinkKind::Reply => "s",
        }
    }

    /// Text longer than this is not read as this kind of link: no link of
    /// ours comes near it, and refusing it early keeps pasted garbage cheap.
    /// A team link of the largest team is about 450 characters; the others
    /// are far shorter.
    pub const fn max_bytes(self) -> usize {
        match self {
            LinkKind::TeamLink => 64 * 1024,
            LinkKind::Result | LinkKind::Invite | LinkKind::Reply => 4096,
        }
    }
}

/// What [`read`] found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// Nothing but spaces and line breaks.
    Empty,
    /// Too long, markup, an address without a fragment, or parameters
    /// without the kind's key.
    NotALink,
    /// The code: a bare code, or the value of the kind's parameter (empty
    /// when nothing follows `key=`). The code itself is not checked here.
    Code(String),
}

/// What may follow a link in a sentence: taken off a code's end (rule 6).
pub const SENTENCE_ENDS: [char; 12] = [
    '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '\u{201d}', '\u{2019}',
];

/// Reads the code of a link of `kind` from text, by the rule in the module
/// docs.
pub fn read(text: &str, kind: LinkKind) -> Reading {
    if text.len() > kind.max_bytes() {
        return Reading::NotALink;
    }
    let text = normalized(text);
    if text.is_empty() {
        return Reading::Empty;
    }
    if text.contains(['<', '>']) {
        return Reading::NotALink;
    }
    let code = |code: &str| Reading::Code(code.trim_end_matches(SENTENCE_ENDS).to_owned());
    let parameters = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None if text.contains([':', '/']) => return Reading::NotALink,
        None if text.contains('=') => &text,
        None => return code(&text),
    };
    match parameter(parameters, kind.key()) {
        Some(found) => code(found),
        None => Reading::NotALink,
    }
}

/// The kind of link the address's fragment (without its `#`) holds, read
/// as the text `#FRAGMENT`: the kind of the first parameter named by a
/// link's key. Only the key is looked at, not the code, so a damaged link
/// still opens its kind's page, which says what is wrong with it.
pub fn kind_in_fragment(fragment: &str) -> Option<LinkKind> {
    if !fragment_may_hold_link(fragment) {
        // No parameter at all (`#main`, no fragment): nothing to decode.
        return None;
    }
    parameters(&normalized(fragment))
        .find_map(|(name, _)| LinkKind::ALL.into_iter().find(|kind| kind.key() == name))
}

/// Whether the fragment may hold a link: it has a parameter (`=`, or `%3D`
/// escaped). Every fragment that [`kind_in_fragment`] names a kind for
/// passes, and nothing is decoded or allocated: the first-load app, which
/// does not carry the readers, hands such an address to the full app, which
/// reads it (and shows the scan when it holds no link after all). The
/// pre-rendered first screen's script (`src/web/prerender.js`) tests the same.
pub fn fragment_may_hold_link(fragment: &str) -> bool {
    fragment.contains('=')
        || fragment
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == b'%' && w[1] == b'3' && w[2].eq_ignore_ascii_case(&b'd'))
}

/// What the address asks the app to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The link in the fragment, of this kind.
    Link(LinkKind),
    /// The team invite of the query string (`?invite=CODE`, as an embed
    /// gives it), when the fragment holds no link.
    QueryInvite,
    /// No link: one of the app's own pages (the scan, unless the person
    /// goes elsewhere in the app; those pages are not in the address).
    Own,
}

/// What the address shows when the app starts: the fragment's link, else
/// the query's invite, else the app's own pages.
pub fn screen_at_start(fragment: &str, query_invite: bool) -> Screen {
    match kind_in_fragment(fragment) {
        Some(kind) => Screen::Link(kind),
        None if query_invite => Screen::QueryInvite,
        None => Screen::Own,
    }
}

/// Where a kiosk starts the next person, after "next person" or its wipe
/// for inactivity: the query's invite when the kiosk was set up with one,
/// so that every person replies to the same session as the first, else the
/// app's own pages (the intro). The fragment plays no part: the wipe clears
/// it with everything else of the person before.
pub fn screen_for_next_person(query_invite: bool) -> Screen {
    if query_invite {
        Screen::QueryInvite
    } else {
        Screen::Own
    }
}

/// What to show after the fragment changed (a link pasted into the address
/// bar, Back or Forward); `None` when the screen stays.
///
/// A link in the fragment is shown. A fragment that became empty means
/// the link left the address (Back to the page before it): when a link is
/// shown (`showing_link`), the screen goes where the same address would
/// start; an own page stays as it is. Any other fragment is a place on the
/// page, such as the skip link's `#main`, and changes nothing.
pub fn screen_after_change(
    fragment: &str,
    query_invite: bool,
    showing_link: bool,
) -> Option<Screen> {
    if let Some(kind) = kind_in_fragment(fragment) {
        return Some(Screen::Link(kind));
    }
    (showing_link && normalized(fragment).is_empty())
        .then(|| screen_at_start(fragment, query_invite))
}

/// The page the full app opens when the first-load app hands over: the
/// first-load app names it on the hand-off, the full app reads it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoffPage {
    /// One's own scan, at its stage.
    Scan,
    /// My results.
    History,
    /// A facilitator's team-session set-up.
    TeamSetup,
    /// The privacy page.
    Privacy,
    /// Whatever the address holds, read again by the full app (a link in
    /// the fragment, an invite in the query).
    Address,
}

impl HandoffPage {
    /// Every page, each with its own name.
    pub const ALL: [HandoffPage; 5] = [
        HandoffPage::Scan,
        HandoffPage::History,
        HandoffPage::TeamSetup,
        HandoffPage::Privacy,
        HandoffPage::Address,
    ];

    /// The page's name on the hand-off.
    pub fn id(self) -> &'static str {
        match self {
            HandoffPage::Scan => "scan",
            HandoffPage::History => "history",
            HandoffPage::TeamSetup => "team-setup",
            HandoffPage::Privacy => "privacy",
            HandoffPage::Address => "link",
        }
    }

    /// The page of a name; an unknown name opens one's own scan.
    pub fn from_id(id: &str) -> HandoffPage {
        HandoffPage::ALL
            .into_iter()
            .find(|page| page.id() == id)
            .unwrap_or(HandoffPage::Scan)
    }
}

/// The text with percent-escapes decoded once and whitespace removed.
fn normalized(text: &str) -> String {
    percent_decode(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The parameters of a fragment as (name, value) pairs, separated by `&`
/// or `?`; a part without `=` is no parameter.
fn parameters(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split(['&', '?'])
        .filter_map(|parameter| parameter.split_once('='))
}

/// The value of the first parameter named `key`.
fn parameter<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    parameters(text).find_map(|(name, value)| (name == key).then_some(value))
}
