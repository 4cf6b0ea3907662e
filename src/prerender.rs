//! Build time (native, feature `prerender`): prints the pre-rendered first
//! screen for the post-build step `.ci/post-build/prerender.mjs`: the
//! first-load app's intro and first statement in every language rendered to
//! HTML from its own components (`sis::ui::prerender`), as `<template>`s,
//! with the inline script that shows the right one and draws the other
//! statements from the first's (its data generated from the core).

fn main() {
    print!(
        "{}",
        sis::ui::prerender::document(include_str!("web/prerender.js"))
    );
}
