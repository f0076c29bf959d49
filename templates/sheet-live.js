
// runsheet's live view of a run-sheet: the current segment marked (aria-current), a countdown
// to its end (#remaining), the turn, the next cue and who is next; over time in red, counting
// up. Times come from the page's data-* attributes (UTC instants, or minutes from a start the
// moderator taps, kept in localStorage); ?now=2021-12-10T10:20:00Z fixes the clock. It sets
// text and attributes only, and fetches nothing.
(function () {
  'use strict';
  var panel = document.getElementById('live');
  if (!panel) { return; }
  var MINUTE = 60000;
  var param = new URLSearchParams(window.location.search).get('now');
  var fixed = param ? Date.parse(param) : NaN;
  var now = function () { return isNaN(fixed) ? Date.now() : fixed; };
  var all = function (root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); };
  var byId = function (id) { return document.getElementById(id); };
  var text = function (el) { return el ? el.textContent.replace(/\s+/g, ' ').trim() : ''; };
  var store = {
    get: function (key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* kept for this view only */ } },
    clear: function (key) { try { window.localStorage.removeItem(key); } catch (e) { /* nothing kept */ } }
  };
  var taps = {};

  var sheets = all(document, 'section.sheet').map(function (el, i) {
    return {
      el: el,
      minutes: Number(el.dataset.minutes),
      slot: el.dataset.start ? Date.parse(el.dataset.start) : NaN,
      key: 'runsheet start ' + window.location.pathname + ' ' + i + ' ' + el.dataset.name,
      rows: all(el, 'tbody tr').map(function (tr) {
        return { el: tr, kind: tr.className, from: Number(tr.dataset.from), to: Number(tr.dataset.to) };
      }),
      cues: all(el, 'li[data-at]').map(function (li) { return { el: li, at: Number(li.dataset.at) }; })
    };
  });

  function startOf(s) {
    if (!isNaN(s.slot)) { return s.slot; }
    var kept = s.key in taps ? taps[s.key] : store.get(s.key);
    return kept === null || kept === undefined ? NaN : Number(kept);
  }

  // MM:SS, or H:MM:SS from an hour on.
  function clock(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return (h > 0 ? h + ':' + two(m) : two(m)) + ':' + two(s);
  }
  var left = function (ms) { return clock(Math.max(0, Math.ceil(ms / 1000))); };
  var past = function (ms) { return '+' + clock(Math.max(0, Math.floor(ms / 1000))); };

  // Where a row stands: its clock time, else its offset.
  var when = function (r) { return text(r.el.querySelector('td.clock')) || text(r.el.querySelector('td.offset')); };
  function describe(r) {
    var who = text(r.el.querySelector('.who'));
    var after = r.el.nextElementSibling;
    if (!who && r.el.className === 'segment' && after && after.className === 'turn') { who = text(after.querySelector('.title')); }
    return when(r) + ' ' + text(r.el.querySelector('.title')) + (who ? ' \u2014 ' + who : '');
  }

  function lay(s) {
    var t0 = startOf(s);
    s.t0 = t0;
    s.end = t0 + s.minutes * MINUTE;
    s.begin = t0;
    s.finish = s.end;
    s.rows.forEach(function (r) {
      r.start = r.el.dataset.start ? Date.parse(r.el.dataset.start) : t0 + r.from * MINUTE;
      r.stop = r.el.dataset.end ? Date.parse(r.el.dataset.end) : t0 + r.to * MINUTE;
      if (r.kind !== 'end' && r.stop > r.start) {
        s.begin = Math.min(s.begin, r.start);
        s.finish = Math.max(s.finish, r.stop);
      }
    });
  }

  function controls(s) {
    var bar = s.el.querySelector('.live-start');
    if (!bar) { return; }
    var started = !isNaN(startOf(s));
    bar.hidden = false;
    bar.querySelector('.start').hidden = started;
    bar.querySelector('.reset').hidden = !started;
    bar.querySelector('.started').textContent = started
      ? 'Started at ' + new Date(startOf(s)).toLocaleTimeString() + '; times run from then.'
      : 'No clock times: tap Start when the session begins.';
  }

  function show(id, value) {
    var el = byId(id);
    el.textContent = value || '';
    el.hidden = !value;
  }

  function tick() {
    var t = now();
    var running = null, upcoming = null, ended = null;
    sheets.forEach(function (s) {
      all(s.el, '[aria-current]').forEach(function (el) { el.removeAttribute('aria-current'); });
      controls(s);
      lay(s);
      if (isNaN(s.t0)) { return; }
      if (t >= s.begin && t < s.finish) {
        running = running || s;
      } else if (t < s.begin) {
        if (!upcoming || s.begin < upcoming.begin) { upcoming = s; }
      } else if (!ended || s.finish >= ended.finish) {
        ended = s;
      }
    });
    var state = '', what = '', remaining = '', over = false, turn = '', cue = '', next = '', then = '';
    var s = running || upcoming;
    if (running) {
      var current = null, step = null;
      s.rows.forEach(function (r) {
        if (r.stop > r.start && t >= r.start && t < r.stop) {
          if (r.kind === 'segment' || r.kind === 'gap') { current = r; }
          if (r.kind === 'turn' || r.kind === 'buffer') { step = r; }
        }
      });
      var coming = s.rows.filter(function (r) { return r.kind === 'segment' && r.start > t; })[0];
      if (current) { current.el.setAttribute('aria-current', 'true'); }
      if (step) {
        step.el.setAttribute('aria-current', 'step');
        turn = text(step.el.querySelector('.title'));
        byId('turn-remaining').textContent = left(step.stop - t);
        var after = step.el.nextElementSibling;
        if (after && (after.className === 'turn' || after.className === 'buffer')) { coming = { el: after }; }
      }
      what = (sheets.length > 1 ? s.el.dataset.name + ': ' : '') + (current ? text(current.el.querySelector('.title')) : '');
      if (t >= s.end) {
        over = true;
        state = 'Over time';
        remaining = past(t - s.end);
        what = 'the session ended at ' + (s.el.dataset.ends || 'T+' + s.minutes + ' min') + (what ? '; still on: ' + what : '');
      } else if (current) {
        state = 'Now';
        remaining = left(current.stop - t);
      } else {
        state = 'Next segment in';
        remaining = left((coming ? coming.start : s.end) - t);
      }
      next = coming ? 'Next: ' + describe(coming) : 'Next: end of the session' + (s.el.dataset.ends ? ' at ' + s.el.dataset.ends : '');
    } else if (upcoming) {
      state = ended ? 'Next session starts in' : 'Starts in';
      what = s.el.dataset.name + (s.el.dataset.begins ? ' at ' + s.el.dataset.begins : '');
      remaining = left(s.t0 - t);
      var first = s.rows.filter(function (r) { return r.kind === 'segment'; })[0];
      next = first ? 'First: ' + describe(first) : '';
    } else if (ended) {
      over = true;
      state = sheets.length > 1 ? 'The last session has ended' : 'The session has ended';
      what = (ended.el.dataset.ends ? 'at ' + ended.el.dataset.ends + '; ' : '') + 'over time by';
      remaining = past(t - ended.end);
    } else {
      state = 'Not started';
      what = 'tap Start when the session begins; times are offsets from the start';
      remaining = '--:--';
    }
    if (s) {
      var due = s.cues.filter(function (c) { return s.t0 + c.at * MINUTE >= t; })
        .sort(function (a, b) { return a.at - b.at; })[0];
      cue = due ? 'Next cue: ' + text(due.el) : '';
      var later = sheets.filter(function (o) { return o !== s && !isNaN(o.t0) && o.begin > t; })
        .sort(function (a, b) { return a.begin - b.begin; })[0];
      then = running && later ? 'Then: ' + later.el.dataset.name + (later.el.dataset.begins ? ' at ' + later.el.dataset.begins : '') : '';
    }
    panel.classList.toggle('over', over);
    byId('live-state').textContent = state;
    byId('live-what').textContent = what;
    byId('remaining').textContent = remaining;
    byId('turn-title').textContent = turn;
    byId('live-turn').hidden = !turn;
    show('next-cue', cue);
    show('next-up', next);
    show('next-session', then);
    panel.hidden = false;
  }

  sheets.forEach(function (s) {
    var bar = s.el.querySelector('.live-start');
    if (!bar) { return; }
    bar.querySelector('.start').addEventListener('click', function () {
      taps[s.key] = String(now());
      store.set(s.key, taps[s.key]);
      tick();
    });
    bar.querySelector('.reset').addEventListener('click', function () {
      taps[s.key] = null;
      store.clear(s.key);
      tick();
    });
  });
  tick();
  if (isNaN(fixed)) {
    (function again() { window.setTimeout(function () { tick(); again(); }, 1000 - Date.now() % 1000); })();
  }
}());
