/**
 * The report's script: documents on demand, filters and co-review decisions. Plain ES2017 in one
 * function, inlined into the page (its hash goes in the Content-Security-Policy). It reads the
 * page's JSON data block and only ever writes text with textContent, so nothing from a document
 * or a review file becomes markup; the only markup it adds is the report's own (a document's
 * body, written by html.ts with every piece of text escaped), when that document is opened.
 */
export const script = `
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function all(root, css) { return Array.prototype.slice.call(root.querySelectorAll(css)); }
  function str(value) { return value == null ? '' : String(value); }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  var data = JSON.parse($('widen-data').textContent);
  var choices = ['agree', 'disagree', 'discuss'];
  var words = { agree: 'Agree', disagree: 'Disagree', discuss: 'Needs discussion' };
  var storeKey = 'widen-review:' + data.reportId;
  var nameKey = 'widen-reviewer';
  var byId = {}, byKey = {}, byDoc = {}, state = {}, match = {};
  var me = '', pending = null, storage = null;
  try { storage = window.localStorage; me = storage.getItem(nameKey) || ''; } catch (e) { storage = null; }

  function keyOf(path, fingerprint) { return path + '\\n' + fingerprint; }
  function valid(entry) {
    return entry && typeof entry === 'object' && (choices.indexOf(entry.decision) >= 0 || entry.decision == null) &&
      typeof (entry.comment || '') === 'string' && typeof (entry.reviewer || '') === 'string' && typeof (entry.date || '') === 'string';
  }
  /** Keeps each reviewer's latest entry on a finding. */
  function put(id, entry) {
    var who = str(entry.reviewer).trim().slice(0, 200) || 'unnamed reviewer';
    var mine = state[id] || (state[id] = {});
    if (mine[who] && str(mine[who].date) > str(entry.date)) return;
    mine[who] = { decision: choices.indexOf(entry.decision) >= 0 ? entry.decision : undefined, comment: str(entry.comment).slice(0, 10000), reviewer: who, date: str(entry.date) };
  }
  function entries(id) {
    var mine = state[id] || {};
    return Object.keys(mine).map(function (who) { return mine[who]; }).filter(function (e) { return e.decision; });
  }

  data.findings.forEach(function (f) {
    f.path = data.paths[f.doc];
    byId[f.id] = f;
    byKey[keyOf(f.path, f.fingerprint)] = f;
    (byDoc[f.doc] = byDoc[f.doc] || []).push(f);
    if (f.review) put(f.id, f.review);
  });
  if (storage) {
    try {
      var saved = JSON.parse(storage.getItem(storeKey) || '{}');
      Object.keys(saved).forEach(function (k) {
        var f = byKey[k], kept = saved[k];
        if (!f || !kept || typeof kept !== 'object') return;
        (valid(kept) && (kept.decision || kept.reviewer) ? [kept] : Object.keys(kept).map(function (w) { return kept[w]; }))
          .forEach(function (e) { if (valid(e)) put(f.id, e); });
      });
    } catch (e) { /* a damaged store starts afresh */ }
  }
  function save() {
    if (!storage) return;
    var out = {};
    Object.keys(state).forEach(function (id) { out[keyOf(byId[id].path, byId[id].fingerprint)] = state[id]; });
    try { storage.setItem(storeKey, JSON.stringify(out)); } catch (e) { /* full or blocked: decisions stay for this visit */ }
  }
  function formatDate(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? str(iso) : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  /* One finding's badge, decision text, buttons and comment, where they are in the page. */
  function show(id) {
    var li = $(id);
    if (!li) return;
    var list = entries(id);
    li.querySelector('.badge').textContent = list.map(function (e) { return words[e.decision] + ' (' + e.reviewer + ')'; }).join('; ');
    var text = $(id + '-decision');
    if (!text) return;
    text.textContent = list.length ? list.map(function (e) {
      return e.reviewer + ': ' + words[e.decision] + ', ' + formatDate(e.date) + (e.comment ? ': ' + e.comment : '.');
    }).join(' ') : 'Not decided yet.';
    var mine = me && state[id] && state[id][me];
    all($(id + '-decide'), 'button[data-decide]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(Boolean(mine && mine.decision === button.getAttribute('data-decide'))));
    });
    var comment = $(id + '-comment');
    if (comment && document.activeElement !== comment) comment.value = mine ? mine.comment : '';
  }
  function progress() {
    var decided = 0, perDoc = {};
    data.findings.forEach(function (f) {
      var yes = entries(f.id).length > 0;
      if (yes) decided++;
      perDoc[f.doc] = (perDoc[f.doc] || 0) + (yes ? 1 : 0);
    });
    $('review-progress').textContent = decided + ' of ' + data.findings.length + ' decided';
    Object.keys(byDoc).forEach(function (doc) {
      var n = perDoc[doc];
      $(doc + '-idx-decided').textContent = n + ' of ' + byDoc[doc].length;
      $(doc + '-decided').textContent = n ? n + ' decided' : 'none decided';
    });
  }
  function who() {
    $('who').textContent = me ? 'Deciding as ' + me : 'No name yet';
    $('change-name').textContent = me ? 'Change name' : 'Your name';
  }

  /* The decision buttons, comment box and decisions so far, made when a finding is first opened. */
  function controls(id) {
    var li = $(id);
    if (!li || $(id + '-decide')) return;
    var box = document.createElement('div');
    box.className = 'decide';
    box.id = id + '-decide';
    var decision = document.createElement('p');
    decision.className = 'decision';
    decision.id = id + '-decision';
    var more = li.querySelector('.more');
    more.appendChild(box);
    more.appendChild(decision);
    var label = document.createElement('p');
    label.id = id + '-dl';
    label.className = 'decide-label';
    label.textContent = 'Your decision on finding ' + id.split('-')[1];
    var group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', id + '-dl');
    group.className = 'choices';
    choices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.setAttribute('data-decide', choice);
      button.setAttribute('data-finding', id);
      button.textContent = words[choice];
      group.appendChild(button);
    });
    var commentLabel = document.createElement('label');
    commentLabel.htmlFor = id + '-comment';
    commentLabel.textContent = 'Comment (optional)';
    var comment = document.createElement('textarea');
    comment.id = id + '-comment';
    comment.rows = 2;
    comment.maxLength = 10000;
    comment.setAttribute('data-finding', id);
    [label, group, commentLabel, comment].forEach(function (el) { box.appendChild(el); });
    show(id);
  }

  function decide(id, choice) {
    var mine = state[id] && state[id][me];
    var next = mine && mine.decision === choice ? undefined : choice;
    put(id, { decision: next, comment: mine ? mine.comment : '', reviewer: me, date: new Date().toISOString() });
    changed(id);
  }
  function comment(id, text) {
    var mine = state[id] && state[id][me];
    put(id, { decision: mine && mine.decision, comment: text, reviewer: me, date: new Date().toISOString() });
    changed(id);
  }
  function changed(id) {
    save();
    show(id);
    progress();
    if ($('filter-decision').value) filter();
  }

  var nameDialog = $('name-dialog');
  function askName() {
    $('reviewer').value = me;
    nameDialog.showModal();
  }
  $('name-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var name = $('reviewer').value.trim();
    if (!name) { $('reviewer').focus(); return; }
    me = name;
    if (storage) { try { storage.setItem(nameKey, me); } catch (e) { /* ignore */ } }
    who();
    data.findings.forEach(function (f) { show(f.id); });
    var next = pending;
    pending = null;
    nameDialog.close();
    if (!next) return;
    if (next.choice) { decide(next.id, next.choice); next.focus.focus(); }
    else { comment(next.id, next.focus.value); next.focus.focus(); }
  });
  $('name-cancel').addEventListener('click', function () { nameDialog.close(); });
  nameDialog.addEventListener('close', function () { pending = null; });
  $('change-name').addEventListener('click', askName);

  /* Documents on demand: a document's body, kept as the report's own markup in a script block of type text/html, is made into elements when it is first opened. */
  function insert(doc) {
    var source = $(doc + '-t');
    if (source) {
      var template = document.createElement('template');
      template.innerHTML = source.textContent;
      source.parentNode.replaceChild(template.content, source);
    }
    if (!$(doc + '-content') || $(doc + '-content').hasAttribute('data-ready')) return;
    $(doc + '-content').setAttribute('data-ready', '');
    (byDoc[doc] || []).forEach(function (f) { show(f.id); });
    paint(doc);
  }
  /* Opens whatever holds the element with this id (its document, its finding, a rule's help) and moves to it. */
  function reveal(id) {
    var doc = /^(?:ref-)?f(\\d+)-/.exec(id) || /^d(\\d+)/.exec(id) || /^evidence-(\\d+)-/.exec(id);
    if (doc) {
      var details = $('d' + doc[1] + '-body');
      if (details) { details.open = true; insert('d' + doc[1]); }
    }
    var target = $(id);
    if (!target) return false;
    for (var up = target.parentNode; up && up.tagName; up = up.parentNode) if (up.tagName === 'DETAILS') up.open = true;
    var inner = target.matches('li.finding') ? target.querySelector('details') : target.matches('details') ? target : null;
    if (inner) { inner.open = true; controls(target.id); }
    var focus = target.matches('section.document') ? $(target.id + '-body').querySelector('summary') : inner ? inner.querySelector('summary') : target;
    // The words that give a requirement, all their pieces, are outlined until the next link.
    all(document, '.ev-on').forEach(function (el) { el.classList.remove('ev-on'); });
    if (/^evidence-/.test(id)) all(document, '.ev').forEach(function (el) { if ((' ' + el.getAttribute('data-ev') + ' ').indexOf(' ' + id + ' ') >= 0) el.classList.add('ev-on'); });
    target.scrollIntoView({ block: 'start' });
    focus.focus({ preventScroll: true });
    return true;
  }
  document.addEventListener('toggle', function (event) {
    var details = event.target;
    if (!details.open) return;
    if (details.classList.contains('doc-body')) insert(details.id.replace(/-body$/, ''));
    else if (details.parentNode.classList.contains('finding')) controls(details.parentNode.id);
  }, true);

  document.addEventListener('click', function (event) {
    // Opening by its summary (a click, or Enter): make what is inside now, not at the later toggle event.
    var summary = event.target.closest('summary');
    if (summary) {
      var holder = summary.parentNode;
      if (holder.classList.contains('doc-body')) insert(holder.id.replace(/-body$/, ''));
      else if (holder.parentNode.classList.contains('finding')) controls(holder.parentNode.id);
      return;
    }
    var el = event.target.closest('a[href^="#"], button[data-decide]');
    if (!el) return;
    if (el.tagName === 'A') {
      if (reveal(el.getAttribute('href').slice(1))) { event.preventDefault(); history.replaceState(null, '', el.getAttribute('href')); }
      return;
    }
    var id = el.getAttribute('data-finding');
    if (!me) { pending = { id: id, choice: el.getAttribute('data-decide'), focus: el }; askName(); return; }
    decide(id, el.getAttribute('data-decide'));
  });
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (input.tagName !== 'TEXTAREA' || !input.hasAttribute('data-finding')) return;
    var id = input.getAttribute('data-finding');
    if (!me) { if (!pending) { pending = { id: id, focus: input }; askName(); } return; }
    comment(id, input.value);
  });

  /* Export: every reviewer's decisions in one file named for the reviewer and the day. */
  $('export').addEventListener('click', function () {
    var decisions = data.carried.slice();
    data.findings.forEach(function (f) {
      entries(f.id).forEach(function (entry) {
        var out = { path: f.path, fingerprint: f.fingerprint, ruleId: f.ruleId };
        if (f.requirement) out.requirement = f.requirement;
        out.excerpt = f.excerpt;
        out.message = f.message;
        out.decision = entry.decision;
        out.comment = entry.comment || '';
        out.reviewer = entry.reviewer;
        out.date = entry.date;
        decisions.push(out);
      });
    });
    if (decisions.length === 0) { $('review-status').textContent = 'Nothing to export yet: open a finding and choose Agree, Disagree or Needs discussion.'; return; }
    var now = new Date();
    var day = now.getFullYear() + '-' + ('0' + (now.getMonth() + 1)).slice(-2) + '-' + ('0' + now.getDate()).slice(-2);
    var slug = (me || 'reviewer').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'reviewer';
    var name = 'widen-review-' + slug + '-' + day + '.json';
    var file = { version: 1, tool: 'widen', reportId: data.reportId, exported: now.toISOString(), decisions: decisions };
    var url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2) + '\\n'], { type: 'application/json' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    $('review-status').textContent = 'Exported ' + plural(decisions.length, 'decision') + ' to ' + name + '.';
    $('export-what').textContent = 'Your browser saved ' + plural(decisions.length, 'decision') + ' in a file called ' + name + '.';
    $('export-dialog').showModal();
  });
  $('export-close').addEventListener('click', function () { $('export-dialog').close(); });

  /* Import: several reviewers' files at once, merged; each finding then shows who decided what. */
  function reviewers() {
    var counts = {};
    data.findings.forEach(function (f) { entries(f.id).forEach(function (e) { counts[e.reviewer] = (counts[e.reviewer] || 0) + 1; }); });
    var names = Object.keys(counts).sort();
    $('reviewers').textContent = names.length ? 'Decisions so far: ' + names.map(function (n) { return n + ' (' + counts[n] + ')'; }).join(', ') + '.' : '';
  }
  $('import').addEventListener('change', function () {
    var input = $('import');
    var files = Array.prototype.slice.call(input.files || []);
    Promise.all(files.map(function (file) {
      return file.text().then(function (text) {
        var matched = 0, other = 0;
        try {
          var review = JSON.parse(text);
          if (!review || review.version !== 1 || !Array.isArray(review.decisions)) throw new Error('not a review file');
          review.decisions.forEach(function (entry) {
            var f = entry && byKey[keyOf(entry.path, entry.fingerprint)];
            if (!f || !valid(entry) || !entry.decision || entry.ruleId !== f.ruleId) { other++; return; }
            put(f.id, entry);
            matched++;
          });
        } catch (e) { return 'Could not import ' + file.name + ': it is not a widen review file.'; }
        return 'Imported ' + plural(matched, 'decision') + ' from ' + file.name + (other ? '; ' + other + ' did not match a finding in this report.' : '.');
      });
    })).then(function (lines) {
      save();
      data.findings.forEach(function (f) { show(f.id); });
      progress();
      reviewers();
      filter();
      $('review-status').textContent = lines.join(' ');
      input.value = '';
    });
  });

  /* Filters: only the findings, blocks and documents that match are shown, and the counts follow. */
  var active = false, whole = false;
  function filter() {
    var category = $('filter-category').value, severity = $('filter-severity').value, rule = $('filter-rule').value;
    var decision = $('filter-decision').value, query = $('filter-text').value.trim().toLowerCase();
    active = Boolean(category || severity || rule || decision || query);
    whole = $('filter-whole').checked;
    var shown = 0, docsShown = 0, perDoc = {};
    data.findings.forEach(function (f) {
      var decided = entries(f.id).map(function (e) { return e.decision; });
      var ok = (!category || f.category === category) && (!severity || f.severity === severity) && (!rule || f.ruleId === rule) &&
        (!decision || (decision === 'undecided' ? decided.length === 0 : decided.indexOf(decision) >= 0)) &&
        (!query || (f.message + ' ' + f.excerpt + ' ' + f.ruleId).toLowerCase().indexOf(query) >= 0);
      match[f.id] = ok;
      if (ok) { shown++; perDoc[f.doc] = (perDoc[f.doc] || 0) + 1; }
    });
    all(document, 'section.document').forEach(function (section) {
      var doc = section.id, n = perDoc[doc] || 0, total = (byDoc[doc] || []).length;
      var hide = active && !whole && n === 0;
      section.hidden = hide;
      var row = document.querySelector('tr[data-doc="' + doc + '"]');
      if (row) row.hidden = hide;
      if (n) docsShown++;
      var count = $(doc + '-count');
      if (count) count.textContent = active ? n + ' of ' + plural(total, 'finding') + ' match' : plural(total, 'finding');
      paint(doc);
    });
    $('filter-status').textContent = active
      ? 'Showing ' + shown + ' of ' + plural(data.findings.length, 'finding') + ', in ' + docsShown + ' of ' + plural(document.querySelectorAll('section.document').length, 'document') + '.'
      : 'Showing all ' + plural(data.findings.length, 'finding') + '.';
  }
  function paint(doc) {
    var content = $(doc + '-content');
    if (!content || !content.hasAttribute('data-ready')) return;
    all(content, 'li.finding').forEach(function (li) {
      li.hidden = !match[li.id];
      var ref = $('ref-' + li.id);
      if (ref) ref.hidden = !match[li.id];
    });
    all(content, 'mark[data-ids]').forEach(function (mark) {
      mark.classList.toggle('dim', !mark.getAttribute('data-ids').split(' ').some(function (id) { return match[id]; }));
    });
    all(content, 'li.block').forEach(function (block) {
      var ids = (block.getAttribute('data-ids') || '').split(' ');
      block.hidden = active && !whole && !ids.some(function (id) { return match[id]; });
    });
    all(content, 'ol.findings[aria-labelledby]').forEach(function (list) {
      var none = active && !whole && !all(list, 'li.finding').some(function (li) { return !li.hidden; });
      list.hidden = none;
      $(list.getAttribute('aria-labelledby')).hidden = none;
    });
  }
  var form = $('filters'), timer = 0;
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(filter, 150); });
  form.addEventListener('change', filter);
  form.addEventListener('submit', function (event) { event.preventDefault(); filter(); });
  form.addEventListener('reset', function () { setTimeout(filter, 0); });

  window.addEventListener('beforeprint', function () {
    all(document, 'details.doc-body').forEach(function (details) { details.open = true; insert(details.id.replace(/-body$/, '')); });
  });

  who();
  all(document, 'details.doc-body[open]').forEach(function (details) { insert(details.id.replace(/-body$/, '')); });
  progress();
  reviewers();
  filter();
  if (location.hash.length > 1) reveal(decodeURIComponent(location.hash.slice(1)));
})();
`;
