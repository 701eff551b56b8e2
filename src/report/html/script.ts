/**
 * The report's script: filters and co-review decisions. Plain ES2017 in one function, inlined into
 * the page (its hash goes in the Content-Security-Policy). It reads the page's JSON data block and
 * only ever writes text with textContent, so nothing from a document or a review file becomes markup.
 */
export const script = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('widen-data').textContent);
  var choices = ['agree', 'disagree', 'discuss'];
  var words = { agree: 'Agree', disagree: 'Disagree', discuss: 'Needs discussion' };
  var storeKey = 'widen-review:' + data.reportId;
  var nameKey = 'widen-reviewer';
  var byId = {};
  var byKey = {};
  var state = {};
  var storage = null;
  try { storage = window.localStorage; storage.getItem(nameKey); } catch (e) { storage = null; }

  function keyOf(path, fingerprint) { return path + '\\n' + fingerprint; }
  function $(id) { return document.getElementById(id); }
  function valid(entry) {
    return entry && typeof entry === 'object' && choices.indexOf(entry.decision) >= 0 &&
      typeof (entry.comment || '') === 'string' && typeof (entry.reviewer || '') === 'string' && typeof (entry.date || '') === 'string';
  }
  function later(a, b) { return !a || (b && String(b.date || '') >= String(a.date || '')); }

  data.findings.forEach(function (f) {
    byId[f.id] = f;
    byKey[keyOf(f.path, f.fingerprint)] = f;
    if (f.review) state[f.id] = f.review;
  });
  if (storage) {
    try {
      var saved = JSON.parse(storage.getItem(storeKey) || '{}');
      Object.keys(saved).forEach(function (k) {
        var f = byKey[k];
        var entry = saved[k];
        if (f && entry && typeof entry === 'object' && (valid(entry) || typeof entry.comment === 'string') && later(state[f.id], entry)) state[f.id] = entry;
      });
    } catch (e) { /* a damaged store starts afresh */ }
  }

  function save() {
    if (!storage) return;
    var out = {};
    Object.keys(state).forEach(function (id) { out[keyOf(byId[id].path, byId[id].fingerprint)] = state[id]; });
    try { storage.setItem(storeKey, JSON.stringify(out)); } catch (e) { /* full or blocked: decisions stay for this visit */ }
  }
  function reviewerName() { return $('reviewer').value.trim(); }
  function formatDate(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? String(iso) : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function show(id) {
    var card = $(id);
    var entry = state[id];
    var decision = entry && choices.indexOf(entry.decision) >= 0 ? entry.decision : '';
    card.setAttribute('data-decision', decision);
    choices.forEach(function (choice) { $(id + '-' + choice).checked = choice === decision; });
    var comment = $(id + '-comment');
    if (document.activeElement !== comment) comment.value = entry && entry.comment ? entry.comment : '';
    var text = 'Not decided yet.';
    if (decision) {
      text = 'Decision: ' + words[decision] + ' (' + (entry.reviewer || 'unnamed reviewer') + ', ' + formatDate(entry.date) + ')';
      text += entry.comment ? ': ' + entry.comment : '.';
    }
    $(id + '-decision').textContent = text;
  }
  function progress() {
    var decided = data.findings.filter(function (f) { return state[f.id] && state[f.id].decision; }).length;
    $('review-progress').textContent = decided + ' of ' + data.findings.length + ' findings decided.';
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'radio' || !input.hasAttribute('data-finding')) return;
    var id = input.getAttribute('data-finding');
    var entry = state[id] || { comment: '' };
    state[id] = { decision: input.value, comment: entry.comment || '', reviewer: reviewerName() || 'unnamed reviewer', date: new Date().toISOString() };
    save();
    show(id);
    progress();
    filter();
  });
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (input.tagName !== 'TEXTAREA' || !input.hasAttribute('data-finding')) return;
    var id = input.getAttribute('data-finding');
    var entry = state[id] || {};
    state[id] = { decision: entry.decision, comment: input.value, reviewer: reviewerName() || entry.reviewer || 'unnamed reviewer', date: new Date().toISOString() };
    save();
    show(id);
  });

  var name = $('reviewer');
  if (storage) { try { name.value = storage.getItem(nameKey) || ''; } catch (e) { /* ignore */ } }
  name.addEventListener('input', function () {
    if (storage) { try { storage.setItem(nameKey, name.value); } catch (e) { /* ignore */ } }
  });

  $('export').addEventListener('click', function () {
    var decisions = data.carried.slice();
    data.findings.forEach(function (f) {
      var entry = state[f.id];
      if (!entry || !entry.decision) return;
      var out = { path: f.path, fingerprint: f.fingerprint, ruleId: f.ruleId };
      if (f.requirement) out.requirement = f.requirement;
      out.excerpt = f.excerpt;
      out.message = f.message;
      out.decision = entry.decision;
      out.comment = entry.comment || '';
      out.reviewer = entry.reviewer || 'unnamed reviewer';
      out.date = entry.date;
      decisions.push(out);
    });
    var file = { version: 1, tool: 'widen', reportId: data.reportId, exported: new Date().toISOString(), decisions: decisions };
    var url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2) + '\\n'], { type: 'application/json' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = 'widen-review.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    $('review-status').textContent = 'Exported ' + decisions.length + ' decision' + (decisions.length === 1 ? '' : 's') + ' to widen-review.json.';
  });

  $('import').addEventListener('change', function () {
    var input = $('import');
    var file = input.files && input.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var matched = 0;
      var other = 0;
      try {
        var review = JSON.parse(String(reader.result));
        if (!review || review.version !== 1 || !Array.isArray(review.decisions)) throw new Error('not a widen review file');
        review.decisions.forEach(function (entry) {
          var f = entry && byKey[keyOf(entry.path, entry.fingerprint)];
          if (!f || !valid(entry) || entry.ruleId !== f.ruleId) { other++; return; }
          if (later(state[f.id], entry)) state[f.id] = { decision: entry.decision, comment: String(entry.comment || ''), reviewer: String(entry.reviewer || 'unnamed reviewer'), date: String(entry.date || '') };
          matched++;
        });
      } catch (e) {
        $('review-status').textContent = 'Could not import ' + file.name + ': it is not a widen review file.';
        return;
      }
      save();
      data.findings.forEach(function (f) { show(f.id); });
      progress();
      filter();
      $('review-status').textContent = 'Imported ' + matched + ' decision' + (matched === 1 ? '' : 's') + ' from ' + file.name +
        (other ? '; ' + other + ' did not match a finding in this report.' : '.');
      input.value = '';
    };
    reader.readAsText(file);
  });

  var form = $('filters');
  var cards = Array.prototype.slice.call(document.querySelectorAll('li.finding[data-severity]'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark[data-ids]'));
  var searchText = {};
  cards.forEach(function (card) { searchText[card.id] = card.querySelector('.finding-body').textContent.toLowerCase(); });

  function filter() {
    var category = $('filter-category').value;
    var severity = $('filter-severity').value;
    var rule = $('filter-rule').value;
    var decision = $('filter-decision').value;
    var query = $('filter-text').value.trim().toLowerCase();
    var visible = {};
    var shown = 0;
    var perDocument = {};
    cards.forEach(function (card) {
      var entry = state[card.id];
      var decided = entry && entry.decision ? entry.decision : 'undecided';
      var ok = (!category || card.getAttribute('data-category') === category) &&
        (!severity || card.getAttribute('data-severity') === severity) &&
        (!rule || card.getAttribute('data-rule') === rule) &&
        (!decision || decided === decision) &&
        (!query || searchText[card.id].indexOf(query) >= 0);
      card.hidden = !ok;
      var ref = $('ref-' + card.id);
      if (ref) ref.hidden = !ok;
      var doc = card.getAttribute('data-doc');
      perDocument[doc] = perDocument[doc] || [0, 0];
      perDocument[doc][1]++;
      if (ok) { visible[card.id] = true; shown++; perDocument[doc][0]++; }
    });
    marks.forEach(function (mark) {
      var on = mark.getAttribute('data-ids').split(' ').some(function (id) { return visible[id]; });
      mark.classList.toggle('dim', !on);
    });
    Object.keys(perDocument).forEach(function (doc) {
      var counts = perDocument[doc];
      $(doc + '-shown').textContent = 'Showing ' + counts[0] + ' of ' + counts[1] + ' findings in this document.';
    });
    $('filter-status').textContent = shown === cards.length ? 'Showing all ' + cards.length + ' findings.' : 'Showing ' + shown + ' of ' + cards.length + ' findings.';
  }
  var timer = 0;
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(filter, 150); });
  form.addEventListener('change', filter);
  form.addEventListener('submit', function (event) { event.preventDefault(); filter(); });
  form.addEventListener('reset', function () { setTimeout(filter, 0); });

  data.findings.forEach(function (f) { show(f.id); });
  progress();
  filter();
})();
`;
