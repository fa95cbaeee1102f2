// Trouvaille — search page. Plain ES2020, no dependencies, CSP-friendly
// (no inline script/style). Security rule: only `snippet` and `highlighted`
// (escaped by the server, containing only <mark>) go through innerHTML;
// every other string from the API or the URL is inserted as text.
'use strict';

const PAGE_SIZE = 10;
const SUGGEST_DELAY_MS = 150;
const EXAMPLES = ['troupes russes', 'Tokaïev', 'OTSC', 'révolution arménienne'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
  'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MSG_NETWORK = 'Le serveur ne répond pas. Réessayez dans un instant.';
const MSG_NOT_FOUND = 'Ce document n\'existe pas (ou plus).';

const $ = (id) => document.getElementById(id);
const el = {
  form: $('search-form'), q: $('q'), from: $('from'), to: $('to'),
  suggestions: $('suggestions'), error: $('error'),
  home: $('home'), examples: $('examples'), docCount: $('doc-count'),
  searchView: $('search-view'), count: $('result-count'), dym: $('did-you-mean'),
  relaxed: $('relaxed-notice'), results: $('results'), pager: $('pager'),
  facetPanel: $('facet-panel'), facets: $('facet-date'), activeFilter: $('active-filter'),
  activeFilterLabel: $('active-filter-label'), clearFilter: $('clear-filter'),
  facetTitle: $('facet-title'), folderFacet: $('folder-facet'), folders: $('facet-folder'),
  activeFolder: $('active-folder'), activeFolderLabel: $('active-folder-label'), clearFolder: $('clear-folder'),
  readerOriginal: $('reader-original'),
  reader: $('reader'), back: $('back-to-results'), readerTitle: $('reader-title'),
  readerDate: $('reader-date'), readerId: $('reader-id'), readerText: $('reader-text'),
  matchTools: $('match-tools'), matchCounter: $('match-counter'),
  nextMatch: $('next-match'), prevMatch: $('prev-match'),
  related: $('related'), relatedList: $('related-list'),
};

/* ---------- Small helpers ---------- */

function node(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = String(text);
  return e;
}

function plural(n, word) {
  return n.toLocaleString('fr-FR') + ' ' + word + (n > 1 ? 's' : '');
}

// "2022-01" → "janvier 2022"; "2022-01-15" → "15 janvier 2022"; other → as is.
function frenchDate(value) {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(value));
  if (!m) return String(value);
  if (!m[2]) return m[1];
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return String(value);
  return (m[3] ? Number(m[3]) + ' ' : '') + month + ' ' + m[1];
}

function setError(message) { // '' hides the box
  el.error.textContent = message;
  el.error.hidden = !message;
}

// Resolves to {status, data}, or to null when the server cannot be reached.
async function getJSON(url) {
  let res;
  try { res = await fetch(url, { headers: { Accept: 'application/json' } }); } catch (_) { return null; }
  let data = null;
  try { data = await res.json(); } catch (_) { /* non-JSON body (proxy page, 502…) */ }
  return { status: res.status, data, retryAfter: Number(res.headers.get('Retry-After')) || 0 };
}

function apiError(resp) {
  if (resp.data && typeof resp.data.error === 'string') return resp.data.error;
  return 'Erreur du serveur (' + resp.status + '). Réessayez dans un instant.';
}

function docPath(id) {
  return '/api/documents/' + String(id).split('/').map(encodeURIComponent).join('/');
}

/* ---------- State <-> URL ---------- */

// page is kept as the raw string so that a bad value in a shared URL is
// reported by the server's own 400 message instead of silently "fixed".
function readState() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') || '', page: p.get('page') || '1',
    from: p.get('from') || '', to: p.get('to') || '', folder: p.get('folder') || '', doc: p.get('doc') || '',
  };
}

function urlFor(s) {
  const p = new URLSearchParams();
  for (const k of ['q', 'page', 'from', 'to', 'folder', 'doc']) {
    if (s[k] && !(k === 'page' && String(s[k]) === '1')) p.set(k, String(s[k]));
  }
  const qs = p.toString();
  return '/' + (qs ? '?' + qs : '');
}

let current = readState();
let viewSeq = 0; // bumped on every render; late responses of older views are dropped

function go(state, opts = {}) {
  // The clicked pager button / facet link is about to be replaced: park focus
  // on the result count so keyboard users keep their place.
  const focusInResults = el.searchView.contains(document.activeElement);
  history.pushState({ fromResults: !!opts.fromResults }, '', urlFor(state));
  render(state); // its synchronous part has already swapped the view
  window.scrollTo(0, 0);
  if (!state.doc && state.q && focusInResults) el.count.focus({ preventScroll: true });
}

// Left click without modifier keys: those keep the browser's new-tab behaviour.
const plainClick = (ev) => ev.button === 0 && !(ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey);

// A link that is a real URL (middle-click, copy, bookmark work) but navigates
// in-page on a plain click.
function navLink(state, text, className, opts) {
  const a = node('a', className, text);
  a.href = urlFor(state);
  a.addEventListener('click', (ev) => {
    if (plainClick(ev)) { ev.preventDefault(); go(state, opts); }
  });
  return a;
}

function showView(name) {
  el.home.hidden = name !== 'home';
  el.searchView.hidden = name !== 'search';
  el.reader.hidden = name !== 'reader';
}

async function render(state) {
  current = state;
  const seq = ++viewSeq;
  // A request of the previous view may still be in flight: its answer will be dropped.
  setBusy(el.results, false);
  setBusy(el.related, false);
  closeSuggestions();
  setError('');
  el.q.value = state.q;
  el.from.value = state.from;
  el.to.value = state.to;
  if (state.doc) return renderReader(state, seq);
  if (state.q) return renderSearch(state, seq);
  return renderHome();
}

/* ---------- Home ---------- */

function renderHome() {
  document.title = 'Trouvaille';
  showView('home');
  if (!el.examples.firstChild) {
    for (const ex of EXAMPLES) {
      const li = node('li');
      li.append('« ', navLink({ q: ex }, ex), ' »');
      el.examples.append(li);
    }
  }
  // Nice-to-have: the index size. Any failure just leaves the line hidden.
  getJSON('/health').then((r) => {
    const n = r && r.status === 200 && r.data && r.data.documents;
    if (!Number.isInteger(n)) return;
    el.docCount.textContent = plural(n, 'document') + ' indexé' + (n > 1 ? 's' : '') + '.';
    el.docCount.hidden = false;
  });
}

/* ---------- Search results ---------- */

const searchCache = new Map(); // API URL → response; makes Back instant and keeps scroll

function searchUrl(s) {
  const p = new URLSearchParams({ q: s.q, page: String(s.page || '1'), size: String(PAGE_SIZE) });
  for (const k of ['from', 'to', 'folder']) if (s[k]) p.set(k, s[k]);
  return '/api/search?' + p;
}

async function renderSearch(state, seq) {
  document.title = state.q + ' — Trouvaille';
  showView('search');
  const url = searchUrl(state);
  let data = searchCache.get(url);
  if (!data) {
    setBusy(el.results, true);
    const resp = await getJSON(url);
    if (seq !== viewSeq) return;
    setBusy(el.results, false);
    if (!resp || resp.status !== 200 || !resp.data) {
      clearSearchView();
      setError(resp ? apiError(resp) : MSG_NETWORK);
      // The index is being built (503 with Retry-After): ask again, unless the user moved on.
      if (resp && resp.status === 503 && resp.retryAfter > 0) {
        setTimeout(() => { if (seq === viewSeq) renderSearch(state, seq); }, resp.retryAfter * 1000);
      }
      return;
    }
    data = resp.data;
    searchCache.set(url, data);
    if (searchCache.size > 30) searchCache.delete(searchCache.keys().next().value);
  }
  setError(''); // a retry's answer replaces the message that asked to wait
  fillSearchView(state, data);
}

// aria-busy tells screen readers (and the browser tests) that a request is in flight; the
// class dims the previous results meanwhile.
function setBusy(e, busy) {
  e.setAttribute('aria-busy', String(busy));
  e.classList.toggle('loading', busy);
}

function clearSearchView() {
  el.count.textContent = '';
  el.dym.hidden = true;
  el.relaxed.hidden = true;
  el.results.replaceChildren();
  el.pager.hidden = true;
  renderFacets(current, [], []); // keeps "Effacer le filtre" reachable after a bad date
}

function fillSearchView(state, data) {
  const total = Number(data.total) || 0;
  const hits = Array.isArray(data.hits) ? data.hits : [];
  if (total === 0) {
    el.count.textContent = 'Aucun document ne correspond à « ' + state.q + ' ».';
  } else {
    const took = Number.isFinite(data.tookMs) ? ' (' + data.tookMs + ' ms)' : '';
    // totalExact false: the server stopped counting (a lower bound, as "plus de 1 000").
    el.count.textContent = (data.totalExact === false ? 'Plus de ' : '') + plural(total, 'document') + took;
  }
  renderDidYouMean(state, data.didYouMean);
  // One notice line for whatever made these results less than exact.
  const notices = [ignoredNotice(data.ignored), RELAXED[data.relaxed],
    data.relaxed == null && data.allWords === false && total > 0 ? SOME_WORDS : null,
    data.partial ? PARTIAL : null].filter(Boolean);
  el.relaxed.textContent = notices.join(' ');
  el.relaxed.hidden = notices.length === 0;
  renderHits(state, hits, total);
  renderPager(state, Number(data.page) || 1, Number(data.size) || PAGE_SIZE, total);
  renderFacets(state, (data.facets && data.facets.date) || [], (data.facets && data.facets.folder) || []);
}

function renderDidYouMean(state, suggestion) {
  el.dym.replaceChildren();
  el.dym.hidden = !suggestion;
  if (!suggestion) return;
  const s = { q: suggestion, from: state.from, to: state.to, folder: state.folder };
  el.dym.append('Vouliez-vous dire : ', navLink(s, suggestion), ' ?');
}

// Words no document holds in any form were left out of the search: say which (as text, never markup).
function ignoredNotice(words) {
  if (!Array.isArray(words) || words.length === 0) return null;
  return (words.length === 1 ? 'Mot ignoré' : 'Mots ignorés') + ' : ' + words.join(', ')
    + (words.length === 1 ? ' (aucun document ne le contient).' : ' (aucun document ne les contient).');
}

const SOME_WORDS = 'Requête longue : résultats contenant une partie des mots, les plus pertinents en premier.';
const PARTIAL = 'La recherche a pris trop de temps : les résultats sont partiels. Précisez la requête.';
const RELAXED = {
  or: 'Aucun document ne contient tous les mots ; résultats contenant au moins un mot.',
  fuzzy: 'Aucun résultat exact ; résultats pour des orthographes proches.',
};

function renderHits(state, hits, total) {
  el.results.replaceChildren(...hits.map((hit) => hitElement(state, hit)));
  if (hits.length) return;
  const p = node('p', 'empty');
  if (total > 0) { // e.g. a shared URL with page=99
    p.append('Cette page est au-delà des résultats. ', navLink({ ...state, page: '1' }, 'Revenir à la première page'));
  } else {
    p.textContent = 'Vérifiez l\'orthographe, essayez moins de mots'
      + (state.from || state.to ? ' ou effacez le filtre de date.'
        : state.folder ? ' ou effacez le filtre de dossier.' : ' ou des mots plus courants.');
  }
  el.results.append(p);
}

function hitElement(state, hit) {
  const art = node('article', 'hit');
  const h = art.appendChild(node('h2', 'hit-heading'));
  h.append(navLink({ ...state, doc: hit.id }, hit.title || hit.id, 'hit-title', { fromResults: true }));
  if (hit.date) {
    const t = node('time', 'hit-date', frenchDate(hit.date));
    t.dateTime = hit.date;
    art.append(t);
  }
  const snip = node('p', 'hit-snippet');
  snip.innerHTML = hit.snippet || ''; // server-escaped, only <mark>
  art.append(snip);
  const why = whyLine(hit.matches || []);
  if (why) art.append(node('p', 'hit-why', why));
  art.append(node('p', 'hit-id doc-id', hit.id));
  return art;
}

/* ---------- Why a hit matched (the server's `matches`) ---------- */

// How each rule reads in French; a rule without a label (same stem) shows only "typed → found".
const RULE_LABELS = {
  accents: 'accents',
  hyphen: 'trait d\u2019union',
  prefix: 'début de mot',
  variant: 'variante connue',
  spelling: 'orthographe proche',
};

// "typed → found (rule)": one rule of one word, what the page and the reader both say.
function ruleText(word, forms, rule) {
  const label = RULE_LABELS[rule];
  return word + ' → ' + forms.join(', ') + (label ? ' (' + label + ')' : '');
}

// One discreet line: the words found in another form than typed, and the words this hit lacks;
// empty when every word was found as typed. Plain text, never markup.
function whyLine(matches) {
  const parts = [];
  for (const m of matches) {
    if (m.absent) continue;
    const byRule = new Map();
    for (const f of m.forms) {
      if (f.rule === 'exact') continue;
      if (!byRule.has(f.rule)) byRule.set(f.rule, []);
      byRule.get(f.rule).push(f.form);
    }
    for (const [rule, forms] of byRule) parts.push(ruleText(m.word, forms.slice(0, 3), rule));
  }
  const absent = matches.filter((m) => m.absent).map((m) => m.word);
  if (absent.length) parts.push('sans : ' + absent.join(', '));
  return parts.join(' · ');
}

// What the reader says of one occurrence: the word typed it answers and by which rule; '' when as typed.
function whyOccurrence(matches, text) {
  const shown = text.replace(/^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i, '');
  for (const m of matches) {
    const f = m.forms.find((form) => form.form === shown);
    if (f) return f.rule === 'exact' ? '' : ruleText(m.word, [f.form], f.rule);
  }
  return '';
}

function renderPager(state, page, size, total) {
  const pages = Math.ceil(total / size);
  el.pager.replaceChildren();
  el.pager.hidden = pages <= 1;
  if (pages <= 1) return;
  const button = (label, target, extra) => {
    const b = node('button', 'page-btn' + (extra ? ' ' + extra : ''), label);
    b.type = 'button';
    if (target === null) b.disabled = true;
    else b.addEventListener('click', () => go({ ...state, page: String(target) }));
    return b;
  };
  el.pager.append(button('Précédent', page > 1 ? Math.min(page - 1, pages) : null, 'prev'));
  // Window of pages around the current one, plus the first and last pages.
  const numbers = new Set([1, pages]);
  for (let i = Math.max(1, page - 2); i <= Math.min(pages, page + 2); i++) numbers.add(i);
  const group = node('span', 'pages'); // own row on phones, between Précédent and Suivant
  let prev = 0;
  for (const n of [...numbers].sort((a, b) => a - b)) {
    if (n - prev > 1) group.append(node('span', 'ellipsis', '…'));
    // The current page is plain text (aria-current), the others are buttons.
    const b = n === page ? node('span', 'page-btn num current', n) : button(String(n), n, 'num');
    b.setAttribute(n === page ? 'aria-current' : 'aria-label', n === page ? 'page' : 'Page ' + n);
    group.append(b);
    prev = n;
  }
  el.pager.append(group, button('Suivant', page < pages ? page + 1 : null, 'next'));
}

/* ---------- Date facet ---------- */

// Over 12 months, the list gets long: group by year (a year = Jan..Dec range). The year being
// filtered on (or the year of the month filtered on) lists its months beneath it, to narrow further.
function facetEntries(state, months) {
  const entries = months.filter((m) => m && m.value).map((m) => ({
    label: frenchDate(m.value), count: m.count, from: m.value, to: m.value,
  }));
  if (entries.length <= 12) return entries;
  const years = new Map();
  for (const e of entries) {
    const y = e.from.slice(0, 4);
    years.set(y, (years.get(y) || 0) + (Number(e.count) || 0));
  }
  const open = state.from && state.from.slice(0, 4) === (state.to || '').slice(0, 4) ? state.from.slice(0, 4) : '';
  const result = [];
  for (const [y, count] of years) {
    result.push({ label: y, count, from: y + '-01', to: y + '-12' });
    if (y === open) result.push(...entries.filter((e) => e.from.startsWith(y)).map((e) => ({ ...e, sub: true })));
  }
  return result;
}

function filterLabel(from, to) {
  if (from && from === to) return frenchDate(from);
  if (from && to && from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01') && to.endsWith('-12')) {
    return 'année ' + from.slice(0, 4);
  }
  if (from && to) return 'de ' + frenchDate(from) + ' à ' + frenchDate(to);
  return from ? 'depuis ' + frenchDate(from) : 'jusqu\'à ' + frenchDate(to);
}

function renderFacets(state, months, folders) {
  const filtered = !!(state.from || state.to);
  el.activeFilter.hidden = !filtered;
  if (filtered) el.activeFilterLabel.textContent = 'Filtre : ' + filterLabel(state.from, state.to);
  el.facets.replaceChildren();
  for (const f of facetEntries(state, months)) {
    const li = node('li', f.sub ? 'sub' : null);
    const a = navLink({ q: state.q, from: f.from, to: f.to, folder: state.folder }, f.label, 'facet');
    a.append(' ', node('span', 'count', f.count));
    a.setAttribute('aria-label', f.label + ' : ' + plural(Number(f.count) || 0, 'document'));
    if (state.from === f.from && state.to === f.to) a.setAttribute('aria-current', 'true');
    li.append(a);
    el.facets.append(li);
  }
  const dates = filtered || !!el.facets.firstChild;
  el.facetTitle.hidden = !dates;
  const folderShown = renderFolders(state, folders);
  el.facetPanel.hidden = !dates && !folderShown;
  el.facetPanel.parentElement.classList.toggle('no-facets', el.facetPanel.hidden);
}

/* ---------- Folder facet ---------- */

// The top-level folders of the corpus, the most hits first; one chosen filters the hits, the
// others keep their counts (the server counts this facet without its own filter).
function renderFolders(state, folders) {
  const filtered = !!state.folder;
  el.activeFolder.hidden = !filtered;
  if (filtered) el.activeFolderLabel.textContent = 'Filtre : ' + state.folder;
  el.folders.replaceChildren();
  for (const f of folders) {
    if (!f || !f.value) continue;
    const a = navLink({ q: state.q, from: state.from, to: state.to, folder: f.value }, f.value, 'facet');
    a.append(' ', node('span', 'count', f.count));
    a.setAttribute('aria-label', 'Dossier ' + f.value + ' : ' + plural(Number(f.count) || 0, 'document'));
    if (state.folder === f.value) a.setAttribute('aria-current', 'true');
    const li = node('li');
    li.append(a);
    el.folders.append(li);
  }
  el.folderFacet.hidden = !filtered && !el.folders.firstChild;
  return !el.folderFacet.hidden;
}

el.clearFilter.addEventListener('click', () => go({ ...current, from: '', to: '', page: '1', doc: '' }));
el.clearFolder.addEventListener('click', () => go({ ...current, folder: '', page: '1', doc: '' }));

/* ---------- Reader ---------- */

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
let marks = [];
let markIndex = -1;
let readerMatches = []; // the document's `matches`: why each occurrence matched

async function renderReader(state, seq) {
  showView('reader');
  el.back.href = urlFor({ ...state, doc: '' });
  el.back.textContent = state.q ? '← Retour aux résultats' : '← Retour à l\'accueil';
  for (const e of [el.readerTitle, el.readerDate, el.readerId, el.readerText]) e.replaceChildren();
  el.matchTools.hidden = el.related.hidden = el.readerOriginal.hidden = true;
  el.readerTitle.textContent = 'Chargement…';
  marks = [];
  const qs = state.q ? '?' + new URLSearchParams({ q: state.q }) : '';
  loadRelated(state, seq); // independent: its failure must not affect the document
  const resp = await getJSON(docPath(state.doc) + qs);
  if (seq !== viewSeq) return;
  if (!resp || resp.status !== 200 || !resp.data) {
    el.readerTitle.textContent = 'Document introuvable';
    document.title = 'Document introuvable — Trouvaille';
    setError(!resp ? MSG_NETWORK : resp.status === 404 ? MSG_NOT_FOUND : apiError(resp));
    return;
  }
  fillReader(state, resp.data);
}

function fillReader(state, doc) {
  const title = doc.title || doc.id || state.doc;
  el.readerTitle.textContent = title;
  document.title = title + ' — Trouvaille';
  el.readerDate.textContent = frenchDate(doc.date);
  if (doc.date) el.readerDate.dateTime = doc.date;
  el.readerId.textContent = doc.id || state.doc;
  el.readerOriginal.href = docPath(doc.id || state.doc) + '/original';
  el.readerOriginal.textContent = 'Fichier d\'origine' + (doc.format ? ' (' + String(doc.format).toUpperCase() + ')' : '');
  el.readerOriginal.hidden = false;
  if (typeof doc.highlighted === 'string') {
    el.readerText.innerHTML = doc.highlighted; // server-escaped, only <mark>
  } else {
    el.readerText.textContent = doc.text || '';
  }
  marks = [...el.readerText.querySelectorAll('mark')];
  readerMatches = doc.matches || [];
  el.matchTools.hidden = !state.q;
  setMark(marks.length ? 0 : -1, false);
  el.readerTitle.focus({ preventScroll: true }); // screen readers start at the title; n/p keys work at once
}

// Highlight match i as "current"; scroll only when the user asked to move.
function setMark(i, scroll) {
  if (marks[markIndex]) marks[markIndex].classList.remove('current');
  markIndex = i;
  const none = marks.length === 0;
  el.nextMatch.disabled = el.prevMatch.disabled = none;
  if (none) { el.matchCounter.textContent = 'Aucune occurrence'; return; }
  const m = marks[i];
  m.classList.add('current');
  const why = whyOccurrence(readerMatches, m.textContent);
  el.matchCounter.textContent = 'Occurrence ' + (i + 1) + ' / ' + marks.length + (why ? ' · ' + why : '');
  if (scroll) m.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
}

function stepMark(delta) {
  if (!marks.length) return;
  setMark((markIndex + delta + marks.length) % marks.length, true); // wraps around
}

async function loadRelated(state, seq) {
  setBusy(el.related, true);
  const resp = await getJSON(docPath(state.doc) + '/related');
  if (seq !== viewSeq) return;
  setBusy(el.related, false);
  if (!resp || resp.status !== 200 || !resp.data || !Array.isArray(resp.data.related)) return;
  el.relatedList.replaceChildren();
  for (const r of resp.data.related) {
    if (!r || !r.id) continue;
    const li = node('li');
    li.append(navLink({ ...state, doc: r.id }, r.title || r.id, 'related-link'));
    if (r.date) li.append(node('span', 'related-date', frenchDate(r.date)));
    el.relatedList.append(li);
  }
  el.related.hidden = !el.relatedList.firstChild;
}

el.nextMatch.addEventListener('click', () => stepMark(1));
el.prevMatch.addEventListener('click', () => stepMark(-1));

el.back.addEventListener('click', (ev) => {
  if (!plainClick(ev)) return;
  ev.preventDefault();
  // Coming straight from the results: going back restores their scroll position.
  if (history.state && history.state.fromResults) history.back();
  else go({ ...current, doc: '' });
});

document.addEventListener('keydown', (ev) => {
  if (el.reader.hidden || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const t = ev.target;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  if (ev.key === 'n') { ev.preventDefault(); stepMark(1); }
  if (ev.key === 'p') { ev.preventDefault(); stepMark(-1); }
});

/* ---------- Search form ---------- */

el.form.addEventListener('submit', (ev) => { ev.preventDefault(); submitSearch(); });

function submitSearch() {
  closeSuggestions();
  const q = el.q.value.trim();
  if (!q) {
    setError('Saisissez un ou plusieurs mots à rechercher.');
    el.q.focus();
    return;
  }
  go({ q, page: '1', from: el.from.value, to: el.to.value, folder: current.folder });
}

/* ---------- Completions (ARIA combobox) ---------- */

let suggestTimer = 0;
let suggestSeq = 0; // only the latest request may fill the list
let options = [];
let activeOption = -1;

// The word being typed = trailing letters/digits, when the caret is at the end.
function lastWord() {
  const v = el.q.value;
  if (el.q.selectionStart !== v.length) return null;
  const m = /[\p{L}\p{N}]+$/u.exec(v);
  return m ? { word: m[0], start: m.index } : null;
}

el.q.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const seq = ++suggestSeq;
  const lw = lastWord();
  if (!lw || lw.word.length < 2) { closeSuggestions(); return; }
  suggestTimer = setTimeout(() => fetchSuggestions(lw.word, seq), SUGGEST_DELAY_MS);
});

async function fetchSuggestions(word, seq) {
  const resp = await getJSON('/api/suggest?' + new URLSearchParams({ q: word }));
  if (seq !== suggestSeq || document.activeElement !== el.q) return;
  const list = resp && resp.status === 200 && resp.data && Array.isArray(resp.data.suggestions)
    ? resp.data.suggestions.filter((s) => typeof s === 'string' && s) : [];
  showSuggestions(list.slice(0, 8), word);
}

function showSuggestions(list, typed) {
  closeSuggestions();
  if (!list.length) return;
  options = list;
  list.forEach((s, i) => {
    const li = node('li', 'option');
    li.id = 'suggestion-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    // Bold the completed part, like most search boxes.
    if (s.toLowerCase().startsWith(typed.toLowerCase())) li.append(s.slice(0, typed.length), node('strong', null, s.slice(typed.length)));
    else li.textContent = s;
    li.addEventListener('mousedown', (ev) => ev.preventDefault()); // keep focus in the box
    li.addEventListener('click', () => chooseSuggestion(i));
    el.suggestions.append(li);
  });
  el.suggestions.hidden = false;
  el.q.setAttribute('aria-expanded', 'true');
}

function closeSuggestions() {
  clearTimeout(suggestTimer);
  suggestSeq++; // a response still in flight must not reopen the list
  options = [];
  activeOption = -1;
  el.suggestions.hidden = true;
  el.suggestions.replaceChildren();
  el.q.setAttribute('aria-expanded', 'false');
  el.q.removeAttribute('aria-activedescendant');
}

function setActiveOption(i) {
  const items = el.suggestions.children;
  if (items[activeOption]) items[activeOption].setAttribute('aria-selected', 'false');
  activeOption = i;
  if (items[i]) {
    items[i].setAttribute('aria-selected', 'true');
    items[i].scrollIntoView({ block: 'nearest' });
    el.q.setAttribute('aria-activedescendant', items[i].id);
  } else {
    el.q.removeAttribute('aria-activedescendant');
  }
}

function chooseSuggestion(i) {
  const lw = lastWord() || { start: el.q.value.length };
  el.q.value = el.q.value.slice(0, lw.start) + options[i];
  submitSearch();
}

el.q.addEventListener('keydown', (ev) => {
  const open = !el.suggestions.hidden && options.length > 0;
  if (!open) return;
  if (ev.key === 'ArrowDown') {
    ev.preventDefault();
    setActiveOption((activeOption + 1) % options.length);
  } else if (ev.key === 'ArrowUp') {
    ev.preventDefault();
    setActiveOption(activeOption <= 0 ? options.length - 1 : activeOption - 1);
  } else if (ev.key === 'Enter' && activeOption >= 0) {
    ev.preventDefault();
    chooseSuggestion(activeOption);
  } else if (ev.key === 'Escape') {
    ev.preventDefault(); // closes the list without clearing the box
    closeSuggestions();
  }
});

el.q.addEventListener('blur', closeSuggestions);

/* ---------- Start ---------- */

window.addEventListener('popstate', () => {
  render(readState());
  // Focus was on an element that is now hidden (e.g. the back link): move it
  // somewhere sensible rather than leaving it on <body>.
  const a = document.activeElement;
  if (!current.doc && (!a || a === document.body || !a.getClientRects().length)) {
    (current.q ? el.count : el.q).focus({ preventScroll: true });
  }
});

render(current);
if (!current.doc) el.q.focus();
