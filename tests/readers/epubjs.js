// epub.js as a reader app uses it: a book rendered paginated into a box of the screen's size, one
// page at a time (no spread), turned with rendition.next(). Driven by tests/test_reading_systems.py;
// open() names the package to load: "epubjs" (0.4.2, ePub() resolves to the book) or "epubjs-0.3"
// (0.3.93, npm's latest, the release reader apps ship: ePub() returns the book).
"use strict";

window.Reader = (() => {
  let book, rendition;

  const load = (src) => new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error("cannot load " + src));
    document.head.append(s);
  });
  const frame = () => {
    const iframe = document.querySelector("#viewer iframe");
    return iframe && iframe.contentDocument;
  };
  const href = () => {
    const loc = rendition.currentLocation();
    return loc && loc.start && loc.start.href;
  };
  const position = () => {
    const c = document.querySelector("#viewer .epub-container");
    return JSON.stringify([href(), c && c.scrollLeft, c && c.scrollTop]);
  };
  // Two animation frames: what was laid out is painted before anything is measured.
  const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  return {
    async open(url, width, height, lib) {
      await load("/node_modules/" + lib + "/dist/epub.min.js");
      const viewer = document.getElementById("viewer");
      viewer.style.width = width + "px";
      viewer.style.height = height + "px";
      book = await ePub(url);
      rendition = book.renderTo(viewer, { width, height, spread: "none", flow: "paginated" });
      await rendition.display(0);
      await settle();
      return { name: "epub.js " + ePub.VERSION };
    },
    record() {
      return Harness.record(frame(), href());
    },
    // Turn the page; false when nothing moved (the end of the book).
    async next() {
      const before = position();
      await rendition.next();
      return position() !== before;
    },
  };
})();
