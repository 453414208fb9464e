/* reader: the search page, on Pagefind's search API (pagefind.js) and the indexes search.py writes.

   Those indexes hold every Chinese character as a word of its own. Each part of a query (the query split at
   its spaces) that holds Chinese is searched as an exact phrase of characters, Pagefind's quoted search: a
   result holds each such part as written (spaces and punctuation between its characters aside), never just
   a piece of it (量子计算机 does not find 高质量), and is not missed for holding it inside a longer word (水平
   in 高水平). The same query unquoted gives the order, Pagefind's ranking. Parts without Chinese are searched
   as Pagefind's own words (prefixes, English stems). Titles and excerpts are made here from each page's text,
   every piece of it set as text, never as markup. */
(function () {
  "use strict";
  var PAGE = 10;  // results shown at a time
  var BEFORE = 24;  // characters of an excerpt before its first match
  var LENGTH = 96;  // characters of an excerpt
  var PHRASE_CHARS = 10;  // site.py's: a title whose phrases are all this short breaks between them only
  var phraseBreak = /[\s\u3000]+|(?<=[，。、：；！？”’」』）》〉】])|(?=[“‘「『（《〈【])/u;
  var HAN = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}";  // as search.py's HAN
  var isHan = new RegExp("^[" + HAN + "]$", "u");
  var hasHan = new RegExp("[" + HAN + "]", "u");
  // Pagefind's text of a page (data().content) holds a space between the characters search.py spaced apart,
  // and ". " after a block that ends without punctuation
  var CJK = HAN + "，。、：；！？“”‘’「」『』（）《》〈〉【】";
  var spacedPair = new RegExp("([" + CJK + "]) (?=[" + CJK + "])", "gu");
  var blockBreak = new RegExp("([" + CJK + "0-9])\\.(?: (?=[" + CJK + "0-9])|$)", "gu");

  var form = document.getElementById("search");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var note = document.getElementById("search-nojs");
  var bundles = form.dataset.bundles.split(" ").filter(Boolean);
  var root = new URL(form.dataset.pagefind, location.href);
  var pagefind = null, searches = 0, timer = null;

  function load() {
    if (!pagefind) {
      pagefind = import(new URL(bundles[0] + "/pagefind.js", root).href).then(async function (pf) {
        await pf.options({});
        for (var i = 1; i < bundles.length; i++) {  // one index per paper and year, merged into the newest
          await pf.mergeIndex(new URL(bundles[i] + "/", root).pathname);
        }
        return pf;
      });
    }
    return pagefind;
  }

  function spaced(text) {
    var out = "", after = false;
    Array.from(text).forEach(function (ch) {
      var han = isHan.test(ch);
      out += (after && han ? " " : "") + ch;
      after = han;
    });
    return out;
  }

  function escaped(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function pattern(parts) {
    // a Chinese part's characters with any spaces or punctuation between them; any other part as written
    return new RegExp(parts.map(function (part) {
      return hasHan.test(part) ? Array.from(part).map(escaped).join("[\\s\\p{P}]*") : escaped(part);
    }).join("|"), "giu");
  }

  function pageText(content) {  // as the page reads, blocks apart by a space (spaces it had between characters lost)
    return content.replace(spacedPair, "$1").replace(blockBreak, "$1 ").trim();
  }

  function excerpt(text, find) {
    find.lastIndex = 0;
    var first = find.exec(text), start = 0, whole = true;
    if (first && first.index > BEFORE) {  // from the start of the match's sentence, if it began not long before
      start = first.index - BEFORE;
      whole = false;
      for (var i = first.index - 1; i >= start; i--) {
        if (/[。！？；\s]/.test(text[i])) {
          start = i + 1;
          whole = true;
          break;
        }
      }
    }
    while (start < (first ? first.index : 0) && /[\s\p{P}]/u.test(text[start])) start++;  // on a character
    var end = Math.min(text.length, start + LENGTH);
    var piece = text.slice(start, end), out = document.createDocumentFragment(), at = 0, m;
    if (!whole) out.append("…");
    find.lastIndex = 0;
    while ((m = find.exec(piece)) && m[0]) {
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      out.append(piece.slice(at, m.index), mark);
      at = m.index + m[0].length;
    }
    out.append(piece.slice(at));
    if (end < text.length) out.append("…");
    return out;
  }

  function item(data, find) {
    var li = document.createElement("li"), title = document.createElement("h2"), link = document.createElement("a");
    li.className = "result";
    title.className = "result__title";
    link.href = data.url;
    link.textContent = (data.meta && (data.meta.label || data.meta.title)) || data.url;
    if (link.textContent.split(phraseBreak).every(function (p) { return Array.from(p).length <= PHRASE_CHARS; })) {
      title.className += " phrased";
    }
    title.append(link);
    li.append(title);
    if (data.meta && data.meta.edition) {  // an archive prints the same headline on many days
      var edition = document.createElement("p");
      edition.className = "result__edition";
      edition.textContent = data.meta.edition;
      li.append(edition);
    }
    var text = document.createElement("p");
    text.className = "result__excerpt";
    text.append(excerpt(pageText(data.content || ""), find));
    li.append(text);
    return li;
  }

  async function found(pf, parts) {
    var ranked = (await pf.search(parts.map(spaced).join(" "))).results;
    var chinese = parts.filter(function (part) { return hasHan.test(part); });
    if (!chinese.length) return ranked;
    var order = new Map(ranked.map(function (r, i) { return [r.id, i]; }));
    var results = null;
    for (var i = 0; i < chinese.length; i++) {  // one after another: Pagefind's searches share its index
      var exact = (await pf.search('"' + spaced(chinese[i]) + '"')).results;
      var ids = new Set(exact.map(function (r) { return r.id; }));
      results = results ? results.filter(function (r) { return ids.has(r.id); }) : exact;
    }
    if (chinese.length < parts.length) results = results.filter(function (r) { return order.has(r.id); });
    return results.sort(function (a, b) {
      return (order.has(a.id) ? order.get(a.id) : Infinity) - (order.has(b.id) ? order.get(b.id) : Infinity);
    });
  }

  async function show(results, from, find, search) {
    var batch = await Promise.all(results.slice(from, from + PAGE).map(function (r) { return r.data(); }));
    if (search !== searches) return;
    var items = batch.map(function (data) { return item(data, find); });
    items.forEach(function (li) { list.append(li); });
    more.hidden = from + PAGE >= results.length;
    more.onclick = function () {
      show(results, from + PAGE, find, search).then(function () {  // on to the first result it added
        var next = list.children[from + PAGE];
        if (next) next.querySelector("a").focus();
      });
    };
  }

  async function run(query) {
    var search = ++searches;
    var parts = query.split(/\s+/).filter(Boolean);
    history.replaceState(null, "", parts.length ? "?q=" + encodeURIComponent(query.trim()) : location.pathname);
    list.replaceChildren();
    more.hidden = true;
    if (!parts.length) {
      status.textContent = "";
      return;
    }
    status.textContent = form.dataset.busy;
    var pf = await load();
    var results = await found(pf, parts);
    if (search !== searches) return;
    status.textContent = results.length ? form.dataset.found.replace("{n}", results.length)
      : form.dataset.none.replace("{q}", query.trim());
    await show(results, 0, pattern(parts), search);
  }

  form.hidden = false;
  note.hidden = true;
  load().catch(function () {  // no index, or a browser without modules: the note says search is not here
    form.hidden = true;
    note.hidden = false;
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 250);
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    run(asked);
  }
})();
