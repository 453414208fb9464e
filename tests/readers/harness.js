// What a reading system shows, screen by screen. An engine page (epubjs.html, foliate.html) defines
// window.Reader with open(), record() and next(); pageThrough() turns the pages and, on each screen,
// finds every character of the shown document that is drawn whole inside what the reader's frame
// leaves visible. report() then says, per spine document, which characters were shown on no screen
// or on several, the computed direction and writing mode of the text, and the lines of its display
// headings. Driven by tests/test_reading_systems.py.
"use strict";

window.Harness = (() => {
  // A character counts as shown when its box, less a fifth on each side, is on screen: the box is
  // the font's ascent and descent (about 1.45em for CJK fonts), taller than the line of a tightly
  // set heading and than the ink, so it may poke out of a page whose text is drawn whole.
  const INSET = 0.2;
  let display = ""; // selector of the display lines whose breaking report() shows
  const docs = new Map(); // document → its entry
  const order = []; // the entries in the order first shown

  // Text that is not meant to be seen: display none, visibility hidden, or clipped away (sr-only).
  const hidden = (el, win, cache) => {
    if (!el) return false;
    if (cache.has(el)) return cache.get(el);
    const s = win.getComputedStyle(el);
    const own = s.display === "none" || s.visibility === "hidden" ||
                (s.clip && s.clip !== "auto") || (s.clipPath && s.clipPath !== "none");
    const result = own || hidden(el.parentElement, win, cache);
    cache.set(el, result);
    return result;
  };

  // Every non-space character of the body meant to be seen, with its box in document coordinates
  // and the display heading (if any) it belongs to.
  const measure = (doc) => {
    const win = doc.defaultView;
    const cache = new Map();
    const chars = [];
    const headings = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    const range = doc.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      if (!/\S/.test(text) || hidden(node.parentElement, win, cache)) continue;
      const heading = display ? node.parentElement.closest(display) : null;
      let h = -1;
      if (heading) {
        h = headings.findIndex((x) => x.el === heading);
        if (h < 0) {
          h = headings.push({ el: heading, name: heading.localName + "." + String(heading.className).split(" ")[0],
                              vertical: win.getComputedStyle(heading).writingMode.startsWith("vertical") }) - 1;
        }
      }
      for (let i = 0; i < text.length; ) {
        const n = text.codePointAt(i) > 0xffff ? 2 : 1;
        const ch = text.slice(i, i + n);
        if (/\S/.test(ch)) {
          range.setStart(node, i);
          range.setEnd(node, i + n);
          const r = range.getBoundingClientRect();
          chars.push({ ch, h, left: r.left + win.scrollX, top: r.top + win.scrollY,
                       right: r.right + win.scrollX, bottom: r.bottom + win.scrollY,
                       empty: r.width === 0 || r.height === 0 });
        }
        i += n;
      }
    }
    return { chars, headings };
  };

  // Computed direction and writing mode of the root, the body and every element holding text itself;
  // and of those elements again with direction: rtl set on the root, as a reading system does that
  // takes a right-to-left book for horizontal (epub.js 0.3.93 where :has() is unknown, so that the
  // book's vertical writing mode reaches only its body): the text must keep its own direction.
  const styles = (doc) => {
    const win = doc.defaultView;
    const cache = new Map();
    const of = (el) => {
      const s = win.getComputedStyle(el);
      return { direction: s.direction, writingMode: s.writingMode };
    };
    const texts = [];
    for (const el of doc.body.querySelectorAll("*")) {
      const own = Array.from(el.childNodes).some((c) => c.nodeType === 3 && /\S/.test(c.data));
      if (own && !hidden(el, win, cache)) texts.push(el);
    }
    const describe = (el) => Object.assign(of(el), {
      element: el.localName + (el.className ? "." + String(el.className).split(" ")[0] : ""),
      text: el.textContent.replace(/\s+/g, " ").trim().slice(0, 12) });
    const found = { root: of(doc.documentElement), body: of(doc.body), elements: texts.map(describe) };
    const root = doc.documentElement.style;
    const before = [root.getPropertyValue("direction"), root.getPropertyPriority("direction")];
    root.setProperty("direction", "rtl", "important");
    found.underRtlRoot = [doc.body, ...texts].map(describe);
    root.setProperty("direction", before[0], before[1]);
    if (!before[0]) root.removeProperty("direction");
    return found;
  };

  // A heading's characters grouped into lines: a new line starts where the text steps back
  // against its inline direction (left in horizontal text, up in vertical).
  const lines = (chars, vertical) => {
    const out = [];
    let prev = null;
    for (const c of chars) {
      const back = prev && (vertical ? c.top < prev.top - 1 : c.left < prev.left - 1);
      if (!prev || back) out.push("");
      out[out.length - 1] += c.ch;
      prev = c;
    }
    return out;
  };

  // The part of the top window where FRAME's content can be seen: the frame's box cut by every
  // ancestor that clips (overflow other than visible), across shadow roots, and by the window.
  const visibleArea = (frame) => {
    const r = frame.getBoundingClientRect();
    let area = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    const cut = (b) => {
      area = { left: Math.max(area.left, b.left), top: Math.max(area.top, b.top),
               right: Math.min(area.right, b.right), bottom: Math.min(area.bottom, b.bottom) };
    };
    const up = (el) => el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
    for (let el = up(frame); el; el = up(el)) {
      const s = getComputedStyle(el);
      if (s.overflowX !== "visible" || s.overflowY !== "visible") cut(el.getBoundingClientRect());
    }
    cut({ left: 0, top: 0, right: innerWidth, bottom: innerHeight });
    return area;
  };

  // Count the characters of DOC (its spine href HREF) drawn on the screen as it is now.
  const record = (doc, href) => {
    let entry = docs.get(doc);
    if (!entry) {
      entry = Object.assign({ href, screens: 0, styles: styles(doc) }, measure(doc));
      entry.seen = entry.chars.map(() => []); // the screens each character was shown on
      docs.set(doc, entry);
      order.push(entry);
    }
    const win = doc.defaultView;
    const frame = win.frameElement;
    const fr = frame.getBoundingClientRect();
    const area = visibleArea(frame);
    const dx = fr.left - win.scrollX, dy = fr.top - win.scrollY;
    entry.screens += 1;
    let shown = 0;
    entry.chars.forEach((c, i) => {
      if (c.empty) return;
      const ix = (c.right - c.left) * INSET, iy = (c.bottom - c.top) * INSET;
      if (c.left + ix + dx >= area.left && c.right - ix + dx <= area.right &&
          c.top + iy + dy >= area.top && c.bottom - iy + dy <= area.bottom) {
        entry.seen[i].push(entry.screens);
        shown += 1;
      }
    });
    return { href, document: order.indexOf(entry), screen: entry.screens, shown };
  };

  // Turn pages from the current one, recording each screen, until the end of the book or a screen
  // that SHOOT wants a screenshot of: {documents: [ordinals whose first screen], continuation: bool
  // (the first second screen of any document)}. Returns {done, screens so far, last: that screen's record()}.
  let continued = false, started = false, screens = 0;
  const pageThrough = async (shoot, limit = 2000) => {
    for (;;) {
      if (started && !(await Reader.next())) return { done: true, screens };
      if (++screens > limit) throw new Error("still turning after " + limit + " screens");
      started = true;
      const last = Reader.record();
      const first = last.screen === 1 && shoot.documents.includes(last.document);
      const second = shoot.continuation && !continued && last.screen === 2;
      if (second) continued = true;
      if (first || second) return { done: false, screens, last };
    }
  };

  // Per document shown: its text, the characters shown on no screen and on several (with their
  // screens and some context), its number of screens, computed styles, and its display headings'
  // lines.
  const report = () => order.map((e) => {
    const text = e.chars.map((c) => c.ch).join("");
    const at = (i) => ({ index: i, ch: e.chars[i].ch, screens: e.seen[i],
                         context: text.slice(Math.max(0, i - 8), i) + "[" + e.chars[i].ch + "]" +
                                  text.slice(i + 1, i + 9) });
    const missing = [], repeated = [];
    e.seen.forEach((s, i) => {
      if (s.length === 0) missing.push(at(i));
      else if (s.length > 1) repeated.push(at(i));
    });
    // (the document may be gone: engines unload a chapter once it is turned past)
    const headings = e.headings.map((x, h) => ({
      element: x.name, lines: lines(e.chars.filter((c) => c.h === h), x.vertical) }));
    return { href: e.href, text, screens: e.screens, missing, repeated, styles: e.styles, headings };
  });

  const configure = (options) => { display = options.display || ""; };

  return { configure, record, pageThrough, report, visibleArea };
})();
