// foliate-js (the engine of Foliate and other readers) as an app uses it: <foliate-view> opens the
// book, its paginator shows one column per screen (max-column-count 1) and turns with next().
// Driven by tests/test_reading_systems.py.
import "/node_modules/foliate-js/view.js";

// The paginator waits 100 ms after every page turn (a lock against double taps): most of the time
// a page turn takes here, with nothing drawn in it, so that one delay is made 0.
const realSetTimeout = window.setTimeout;
window.setTimeout = (f, ms, ...args) => realSetTimeout(f, ms === 100 ? 0 : ms, ...args);

let view;
const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const current = () => view.renderer.getContents()[0];
const position = () => JSON.stringify([current() && current().index, view.renderer.start]);

window.Reader = {
  async open(url, width, height) {
    view = document.createElement("foliate-view");
    view.style.width = width + "px";
    view.style.height = height + "px";
    document.body.append(view);
    await view.open(url);
    view.renderer.setAttribute("max-column-count", "1");
    await view.goTo(0);
    await settle();
    return { name: "foliate-js", dir: view.book.dir };
  },
  record() {
    const { doc, index } = current();
    return Harness.record(doc, view.book.sections[index].id);
  },
  // Turn the page; false when nothing moved (the end of the book).
  async next() {
    const before = position();
    await view.next();
    return position() !== before;
  },
};
