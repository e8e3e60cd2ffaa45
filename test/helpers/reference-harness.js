// Runs inside the reference page in headless Chromium (test/helpers/chromium.ts injects it with a
// plan): opens each planned operation by its address, as a reader would, opens the request
// samples' language menu, picks every language it offers and reads the code shown. The result is
// written into the page as base64 JSON in <pre id="harness-result"> for --dump-dom to carry out.
/* eslint-disable */
(function () {
  var plan = window.__HARNESS_PLAN;
  var sleep = function (ms) { return new Promise(function (r) { setTimeout(r, ms); }); };
  async function until(find, tries) {
    for (var i = 0; i < (tries || 100); i += 1) {
      var found = find();
      if (found) return found;
      await sleep(5);
    }
    return null;
  }
  function press(element) {
    ['pointerdown', 'mousedown', 'pointerup', 'mouseup'].forEach(function (type) {
      element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
    });
    element.click();
  }
  // The language menu opens in a portal outside the panel (the servers' menu is inside it).
  function openMenuItems(panel) {
    var menus = Array.prototype.filter.call(document.querySelectorAll('[data-testid="dropdown-menu"]'), function (m) {
      var box = m.getBoundingClientRect();
      return !m.closest('.panel-request-samples') && box.width > 0 && box.height > 0;
    });
    var items = menus.length ? menus[menus.length - 1].querySelectorAll('[role="menuitem"]') : [];
    return items.length ? items : null;
  }
  // The panel's menus: servers, request examples (where there are several) and languages; the
  // language one is the one showing a sample label.
  function languageButton(panel, labels) {
    return Array.prototype.map.call(panel.querySelectorAll('[data-testid="dropdown"]'), function (d) { return d.querySelector('button'); })
      .find(function (b) { return b && labels.indexOf(b.textContent.trim()) >= 0; }) || null;
  }
  async function visit(entry) {
    var out = { route: entry.route, found: false, title: '', tabs: [], samples: {}, brokenWords: [], cutCode: [] };
    window.location.hash = '#/' + entry.route;
    var section = await until(function () {
      var s = document.querySelector('[data-section-id="/' + entry.route + '"]');
      return s && (entry.section || s.querySelector('.panel-request-samples pre[data-testid="source-code"]')) ? s : null;
    });
    out.title = document.title;
    if (!section) return out;
    out.found = true;
    // Type names (one word each, such as `integer` or `TasksFilter`) broken over two lines, and
    // code blocks wider than their box that do not scroll (cut off).
    out.brokenWords = Array.prototype.filter.call(section.querySelectorAll('.schema-property-item em, .schema-property-item .schema-name, td code, th code'),
      function (e) { return !/\s/.test(e.textContent.trim()) && e.getClientRects().length > 1; }).map(function (e) { return e.textContent; });
    out.cutCode = Array.prototype.filter.call(section.querySelectorAll('pre'), function (e) {
      var style = getComputedStyle(e);
      return e.scrollWidth > e.clientWidth + 1 && !/auto|scroll/.test(style.overflowX);
    }).map(function (e) { return e.textContent.slice(0, 60); });
    if (entry.section) return out;
    var panel = section.querySelector('.panel-request-samples');
    var button = languageButton(panel, entry.labels);
    if (!button) return out;
    press(button);
    var items = await until(function () { return openMenuItems(panel); }, 20);
    out.tabs = items ? Array.prototype.map.call(items, function (i) { return i.textContent.trim(); }) : [button.textContent.trim()];
    // The menu is open now; picking an item closes it, so it is opened again for each next label.
    for (var t = 0; t < out.tabs.length; t += 1) {
      var label = out.tabs[t];
      if (items) {
        if (!openMenuItems(panel)) press(button);
        var item = await until(function () {
          return Array.prototype.find.call(openMenuItems(panel) || [], function (i) { return i.textContent.trim() === label; });
        }, 20);
        if (item) press(item);
      }
      var shown = await until(function () {
        return button.textContent.trim() === label && !openMenuItems(panel) ? panel.querySelector('pre[data-testid="source-code"]') : null;
      }, 20);
      out.samples[label] = shown ? shown.textContent : null;
    }
    return out;
  }
  async function main() {
    await until(function () { return document.querySelector('[data-section-id]'); }, 200);
    var results = [];
    for (var i = 0; i < plan.length; i += 1) {
      try { results.push(await visit(plan[i])); } catch (e) { results.push({ route: plan[i].route, error: String(e) }); }
    }
    var pre = document.createElement('pre');
    pre.id = 'harness-result';
    pre.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(results))));
    document.body.appendChild(pre);
  }
  window.addEventListener('load', function () { setTimeout(main, 0); });
})();
