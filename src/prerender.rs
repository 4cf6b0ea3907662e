//! Build time (native): prints the pre-rendered first screen, the first-load
//! app's intro and first statement as `<template>`s with the inline script
//! that shows the right one, to stdout for the post-build step
//! `.ci/post-build/prerender.mjs`. The markup is written by
//! `sis::first_screen::html` from the same content the components render
//! (`sis::first_screen`) and the core's texts; the script's rules get their
//! data generated from the core.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", sis::first_screen::html::document());
}
