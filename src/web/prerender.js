// The pre-rendered first screen (put into index.html with the templates by
// the post-build step; see src/ui/prerender.rs). Wrapped as
// function (KEYS, SETTINGS, LANGS, SEPARATORS, SWITCHES) { ... }: KEYS are the
// localStorage keys the app writes, SETTINGS the settings records that only
// choose a language, LANGS the tags of the languages the app speaks, the
// default first, SEPARATORS the characters that end a tag's primary subtag,
// SWITCHES the values of intro= and their meaning (all generated from the
// core by first_screen::script::script_arguments). The rules below are the
// core's Lang::from_tag, i18n::start_lang and params::first_load_query;
// tests/build/first-visit-rules.test.mjs runs them over the table of
// tests/data/first-visit-rules.json, which tests/core/first_visit.rs makes
// from the core, and fails if they decide differently.
// It runs as the last script of the body, right after the page is parsed,
// and only once the first load's styles apply (src/web/first_styles.js, the
// first script of the body): without them it shows nothing, rather than an
// unstyled screen.
// Only on a plain first visit (the first-load app's rule: no query setting but
// lang and intro, not in a frame, nothing stored but a language, no link in
// the fragment) it shows the template of the view the app will show, and
// handles the few things one can do there: the language menu, Start, Back,
// an answer to the first statement (click or number key). The first-load app
// calls sisPre.take() when it mounts: that removes the markup and returns
// "lang view answer started focus", which the app adopts.
var d = document, w = window, ok = true, lang = null, stored = null, intro = true, done = false;
function has(table, k) { return Object.prototype.hasOwnProperty.call(table, k); }
// Lang::from_tag: the primary subtag, trimmed, compared without ASCII case.
function tag(t) {
  t = String(t).trim();
  for (var i = 0; i < t.length; i++) if (SEPARATORS.indexOf(t[i]) >= 0) { t = t.slice(0, i); break; }
  t = t.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
  return LANGS.indexOf(t) >= 0 ? t : null;
}
// The language rule of i18n::start_lang: lang= in the address, else the
// stored choice, else the browser's first preferred language the app speaks.
function preferred() {
  var tags = navigator.languages || [navigator.language || ''];
  for (var i = 0; i < tags.length; i++) if (tag(tags[i])) return tag(tags[i]);
  return null;
}
try { ok = w.parent === w; } catch (e) { ok = false; }
location.search.replace(/^\?/, '').split('&').forEach(function (p) {
  if (!p) return;
  var i = p.indexOf('='), k = i < 0 ? p : p.slice(0, i), v = p.slice(i + 1);
  if (i >= 0 && k === 'lang' && tag(v)) lang = tag(v);
  else if (i >= 0 && k === 'intro' && has(SWITCHES, v)) intro = SWITCHES[v];
  else ok = false;
});
if (/=|%3D/i.test(location.hash)) ok = false;
try {
  KEYS.forEach(function (k) {
    var v = localStorage.getItem(k);
    if (v === null) return;
    if (has(SETTINGS, v)) stored = SETTINGS[v];
    else ok = false;
  });
} catch (e) { ok = false; }
if (!ok || !(d.adoptedStyleSheets && d.adoptedStyleSheets.length)) return;
var st = { lang: lang || stored || preferred() || LANGS[0], view: intro ? 'intro' : 'question', answer: '-', started: 0 };
// Only the languages the first load carries have templates.
if (!d.getElementById('sis-pre-' + st.view + '-' + st.lang)) return;
var nodes = [];
// Every view is drawn afresh, with nothing chosen: an answer counts only
// while its statement is still on screen.
function show(focus) {
  st.answer = '-';
  nodes.forEach(function (n) { n.remove(); });
  var f = d.getElementById('sis-pre-' + st.view + '-' + st.lang).content.cloneNode(true);
  nodes = [].slice.call(f.childNodes);
  var bar = f.querySelector('[role=progressbar]');
  // As ui::scan::question's progress_shift: the full-width fill, shifted left.
  if (bar) bar.firstChild.style.transform = 'translateX(' + (Math.floor(bar.getAttribute('aria-valuenow') * 100 / bar.getAttribute('aria-valuemax')) - 100) + '%)';
  d.documentElement.lang = st.lang;
  d.body.appendChild(f);
  if (focus) { var e = d.getElementById(focus); if (e) e.focus(); }
}
// A language the first load does not carry (no template) is the full app's:
// the screen is drawn afresh (nothing chosen counts), shows the choice and
// takes no more clicks; the app adopts the choice and hands over to it.
function choose(b) {
  var l = tag(b.lang);
  if (d.getElementById('sis-pre-' + st.view + '-' + l)) { st.lang = l; return show(b.id); }
  show(b.id);
  st.lang = l;
  done = true;
  [].forEach.call(d.getElementById('lang-menu').children, function (o) {
    o.setAttribute('aria-pressed', o.lang === l ? 'true' : 'false');
  });
}
function answer(b) {
  st.answer = b.getAttribute('data-answer');
  [].forEach.call(b.parentNode.children, function (o) {
    o.setAttribute('aria-checked', o === b ? 'true' : 'false');
    o.tabIndex = o === b ? 0 : -1;
  });
  b.focus();
}
function inside(e) {
  return nodes.some(function (n) { return n.contains(e); });
}
function click(ev) {
  if (done) return;
  var t = ev.target.closest && ev.target.closest('button');
  if (!t || !inside(t)) return;
  if (t.parentNode.id === 'lang-menu') choose(t);
  else if (t.id === 'start') { st.view = 'question'; st.started = 1; show('q0-opt0'); }
  else if (t.id === 'back' || t.className === 'brand') { st.view = 'intro'; show(); }
  else if (t.getAttribute('role') === 'radio') answer(t);
}
function key(ev) {
  if (done || st.view !== 'question' || ev.ctrlKey || ev.metaKey || ev.altKey || !/^[0-5]$/.test(ev.key)) return;
  var b = d.querySelector('[role=radio][data-answer="' + ev.key + '"]');
  if (b && inside(b)) { ev.preventDefault(); answer(b); }
}
d.addEventListener('click', click);
d.addEventListener('keydown', key);
// As the app: the first option of a statement has the focus.
show(st.view === 'question' ? 'q0-opt0' : '');
w.sisPre = {
  take: function () {
    d.removeEventListener('click', click);
    d.removeEventListener('keydown', key);
    var a = d.activeElement, focus = a && a.id && inside(a) ? a.id : '';
    nodes.forEach(function (n) { n.remove(); });
    nodes = [];
    return [st.lang, st.view, st.answer, st.started, focus].join(' ');
  }
};
