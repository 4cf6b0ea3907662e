// The pre-rendered first screen (put into index.html with the templates by
// the post-build step; see src/ui/prerender.rs). Wrapped as
// function (KEYS, SETTINGS, LANGS, SEPARATORS, SWITCHES, ITEMS, DIMENSIONS,
// PACKED, TEXTS) { ... }: KEYS are the localStorage keys the app writes, SETTINGS the
// settings records that only choose a language, LANGS the tags of the
// languages the app speaks, the default first, SEPARATORS the characters that
// end a tag's primary subtag, SWITCHES the values of intro= and their meaning;
// ITEMS the statements' ids, DIMENSIONS each statement's dimension (its
// position), PACKED where each statement's text is in a text pack, TEXTS per
// language what a statement page shows beyond the templates: [Next,
// "Statement {n} of N", "Dimension {n} of M", the loading line] (all
// generated from the core by first_screen::script::script_arguments). The
// dimensions' names are read from the intro's list. The statements from the
// second on come from the language's text pack (core::i18n::pack), which the
// loader fetches at once for the language the page starts in and on a
// switch (sisFull.texts in src/web/loader.js): the page does not carry them
// in every language. Until it is here, a statement's heading is empty.
// The rules below are the core's Lang::from_tag, i18n::start_lang and
// params::first_load_query; tests/build/first-visit-rules.test.mjs runs them
// over the table of tests/data/first-visit-rules.json, which
// tests/core/first_visit.rs makes from the core, and fails if they decide
// differently.
// It runs as the last script of the body, right after the page is parsed,
// and only once the page's styles apply (src/web/first_styles.js, the
// first script of the body): without them it shows nothing, rather than an
// unstyled screen.
// Only on a plain first visit (params::first_load_query: no query setting but
// lang and intro, not in a frame, nothing stored but a language, no link in
// the fragment) it shows the template of the view the app will show, and
// lets one do there what ui::scan::question's QuestionPage does: answer every
// statement (click, number key, arrows and Enter), Next or Skip, Back, the
// language menu; and on the intro Start, or once statements were answered
// Continue and Start over (the sis-pre-resume template). A statement is the
// first statement's template, filled in for its number. Past the last statement (the app's review, which
// this screen cannot draw) the last statement stays with a loading line and
// takes nothing but the language menu. The app calls sisPre.take() when it
// mounts: that removes the markup and returns "lang view answers started
// focus" (core::scan::flow::PreScreen), which the app adopts.
var d = document, w = window, ok = true, lang = null, stored = null, intro = true;
var N = ITEMS.length, answers = [], packs = {};
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
// The language the app will start in, on any visit: the loader (a module,
// so it runs after this script) fetches its texts while the app loads.
w.sisStartLang = lang || stored || preferred() || LANGS[0];
if (!ok || !(d.adoptedStyleSheets && d.adoptedStyleSheets.length)) return;
for (var i = 0; i < N; i++) answers.push('-');
// view: -1 the intro, k statement k, N past the last.
var st = { lang: w.sisStartLang, view: intro ? -1 : 0, started: 0 };
function template(view) { return d.getElementById('sis-pre-' + (view < 0 ? 'intro' : 'question') + '-' + st.lang); }
if (!template(st.view)) return;
var nodes = [];
function radios() { return [].slice.call(d.querySelectorAll('[role=radio]')).filter(inside); }
// The options' state for statement k's answer, as the app renders it: the
// chosen option checked and focusable, else the first focusable; the Next
// button says Next once there is an answer, else Skip (the template's).
function mark(options, k) {
  var a = answers[k], next = d.getElementById('next');
  options.forEach(function (o, i) {
    var chosen = o.getAttribute('data-answer') === a;
    o.setAttribute('aria-checked', chosen ? 'true' : 'false');
    o.tabIndex = chosen || (a === '-' && !i) ? 0 : -1;
  });
  if (a !== '-' && next && inside(next)) next.textContent = TEXTS[st.lang][0];
}
// The first statement's template made statement k's, as the app's
// QuestionPage renders it (progress texts and bar, dimension, statement,
// option ids).
function fill(f, k) {
  var t = TEXTS[st.lang], n = k + 1, page = f.querySelector('.question-page');
  var bar = f.querySelector('[role=progressbar]');
  if (k && page) {
    var count = t[1].replace('{n}', n);
    page.setAttribute('data-item', ITEMS[k]);
    page.setAttribute('data-number', n);
    f.getElementById('progress-count').textContent = count;
    f.querySelector('.progress-text').lastElementChild.textContent = t[2].replace('{n}', DIMENSIONS[k] + 1);
    bar.setAttribute('aria-valuenow', n);
    bar.setAttribute('aria-valuetext', count);
    f.querySelector('.dimension-name').textContent = template(-1).content.querySelectorAll('.dimension-list li')[DIMENSIONS[k]].textContent;
    f.getElementById('statement').textContent = statement(k);
    [].forEach.call(f.querySelectorAll('[role=radio]'), function (o, i) { o.id = 'q' + k + '-opt' + i; });
  }
  // As ui::scan::question's progress_shift: the full-width fill, shifted left.
  if (bar) bar.firstChild.style.transform = 'translateX(' + (Math.floor(bar.getAttribute('aria-valuenow') * 100 / bar.getAttribute('aria-valuemax')) - 100) + '%)';
}
// Statement k's text in the language shown, from its text pack; empty
// until the pack is here, when the view is drawn again if it still shows
// that language.
function statement(k) {
  var l = st.lang, p = packs[l];
  if (p) return p[PACKED[k]] || '';
  if (p === undefined) {
    packs[l] = 0;
    // The loader is a module, which runs after this script: it is there
    // long before a second statement can be asked for, else soon.
    var later = function () {
      var a = d.activeElement;
      if (st.lang === l && st.view > 0 && nodes.length) show(a && a.id && inside(a) ? a.id : '');
    };
    if (!w.sisFull) { delete packs[l]; setTimeout(later, 100); }
    else sisFull.texts(l).then(function (text) {
      packs[l] = text.slice(text.indexOf('\n') + 1).split('\x1e');
      later();
    }, function () { delete packs[l]; });
  }
  return '';
}
// Draws the current view afresh. Focus goes to `focus` (the language menu's
// button after a switch, as in the app), else on a statement to its chosen
// option or the first, as the app's QuestionPage does.
function show(focus) {
  var k = Math.min(st.view, N - 1);
  nodes.forEach(function (n) { n.remove(); });
  var f = template(st.view).content.cloneNode(true);
  nodes = [].slice.call(f.childNodes);
  if (k >= 0) fill(f, k);
  // The intro once statements were answered: Continue and Start over, as
  // the app's intro, instead of Start.
  var answered = answers.filter(function (a) { return a !== '-'; }).length, start = f.querySelector('#start');
  if (answered && start) {
    var resume = d.getElementById('sis-pre-resume-' + st.lang).content.cloneNode(true), info = resume.firstChild;
    info.textContent = info.textContent.replace('{n}', answered);
    start.replaceWith(resume);
  }
  if (st.view === N) {
    var hint = f.querySelector('.keyboard-hint');
    if (hint) { hint.setAttribute('role', 'status'); hint.textContent = TEXTS[st.lang][3]; }
  }
  d.documentElement.lang = st.lang;
  d.body.appendChild(f);
  if (k >= 0) {
    var options = radios();
    mark(options, k);
    if (!focus) options.forEach(function (o) { if (o.tabIndex === 0) focus = o.id; });
  }
  if (focus) { var e = d.getElementById(focus); if (e) e.focus(); }
}
function go(view) { st.view = view; show(); }
// An answer to the statement on screen: saved, then the next statement
// (`advance`), or chosen and focused in place (arrows).
function give(key, advance) {
  answers[st.view] = key;
  if (advance) return go(st.view + 1);
  var options = radios();
  mark(options, st.view);
  options.forEach(function (o) { if (o.tabIndex === 0) o.focus(); });
}
function inside(e) {
  return nodes.some(function (n) { return n.contains(e); });
}
function click(ev) {
  var t = ev.target.closest && ev.target.closest('button');
  if (!t || !inside(t)) return;
  // A language switch also starts fetching that language's texts for the app.
  if (t.parentNode.id === 'lang-menu') { if (d.getElementById('sis-pre-intro-' + tag(t.lang))) { st.lang = tag(t.lang); show(t.id); if (w.sisFull) sisFull.texts(st.lang).catch(function () {}); } }
  // Past the last statement the screen waits for the app's review.
  else if (st.view === N) return;
  else if (t.id === 'start' || t.id === 'start-over') { answers = answers.map(function () { return '-'; }); st.started = 1; go(0); }
  // As the app's intro: the first statement without an answer, else the review.
  else if (t.id === 'continue') go(answers.indexOf('-') < 0 ? N : answers.indexOf('-'));
  else if (t.id === 'back') go(st.view - 1);
  else if (t.id === 'next') go(st.view + 1);
  else if (t.getAttribute('role') === 'radio') give(t.getAttribute('data-answer'), 1);
}
// As ui::scan::question's from_question: a key from the options, or from no
// control at all, belongs to the statement (Enter, arrows).
function fromStatement(t) {
  return !t || !t.closest || !!t.closest('[role=radiogroup]') || !/^(BUTTON|A|INPUT|SELECT|TEXTAREA)$/.test(t.tagName);
}
// flow::key_action: a number key answers and moves on; in the options,
// Enter moves on and arrows change the choice (wrapping, as
// flow::moved_option), focus following.
function key(ev) {
  if (st.view < 0 || st.view >= N || ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
  var k = ev.key, step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[k], here = fromStatement(ev.target);
  if (/^[0-5]$/.test(k)) give(k, 1);
  else if (k === 'Enter' && here) go(st.view + 1);
  else if (step && here) {
    var options = radios(), keys = options.map(function (o) { return o.getAttribute('data-answer'); });
    var at = keys.indexOf(answers[st.view]), count = keys.length;
    give(keys[((at < 0 ? (step > 0 ? -1 : 0) : at) + step + count) % count], 0);
  } else return;
  ev.preventDefault();
}
d.addEventListener('click', click);
d.addEventListener('keydown', key);
show();
w.sisPre = {
  // The language shown, which the app starts in (ui::state::start_language).
  get lang() { return st.lang; },
  take: function () {
    d.removeEventListener('click', click);
    d.removeEventListener('keydown', key);
    var a = d.activeElement, focus = a && a.id && inside(a) ? a.id : '';
    nodes.forEach(function (n) { n.remove(); });
    nodes = [];
    return [st.lang, st.view < 0 ? 'intro' : st.view < N ? st.view : 'review', answers.join(''), st.started, focus].join(' ');
  }
};
