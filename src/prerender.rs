//! Build time (native, feature `prerender`): prints the pre-rendered first
//! screen for the post-build step `.ci/post-build/prerender.mjs`: the
//! first-load app's intro and first statement rendered to HTML from its own
//! components (`sis::ui::prerender`), as `<template>`s, with the inline
//! script that shows the right one (its rules' data generated from the core).

fn main() {
    print!(
        "{}",
        sis::ui::prerender::document(include_str!("web/prerender.js"))
    );
}
