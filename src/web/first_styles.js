// The app's styles (style/main.css), as part of the page: the
// post-build step `.ci/post-build/inline-css.mjs` puts this script, with the
// minified stylesheet as CSS, first in the body of index.html, so the page
// needs no stylesheet request before its first paint. Wrapped as
// function (CSS, FILE, INTEGRITY) { ... }.
//
// The sheet is a constructed stylesheet (CSSOM), which the
// Content-Security-Policy's `style-src 'self'` does not govern: that still
// refuses every <style> element and style attribute. The text is covered by
// this script's hash in the policy, as a file's by its integrity.
// A browser without constructed stylesheets gets the same file (FILE, part
// of the build) as a <link> with its integrity instead.
function adopt(css, file, integrity) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.integrity = integrity;
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.append(link);
  }
}
adopt(CSS, FILE, INTEGRITY);
