"""No rule in reader/ names the fixtures' own words: their authors and the phrases of their headlines stay out of
every string of the code (comments and docstrings aside), so the rules are newspaper conventions that hold on
papers never seen, not memories of the pages they were tuned on."""
import ast
import glob
import json
import os
import re

from conftest import FIXTURES, ROOT

# Modules that are data, not rules, left out. (The word list for breaking cover lines, which holds every headline's
# words, is reader/zh_words.txt: data read at run time, not a string of the code.)
DATA_MODULES: set[str] = set()
# Words a convention names that a fixture later happened to print, each with why it is the convention's: a made-up
# page's subheadline (——一论贯彻落实…) uses the campaign phrase BANNER opens with, as real banners do.
CONVENTION_WORDS = {"新闻链接": "a background box's label (RUBRIC_LABEL, as 知识链接 and 相关链接), there before the made-up "
                                "国防 page that sets one",
                    "专家简介": "an expert's profile box's label beside a health page's interview (PROFILE_LABEL), as 人物简介 "
                                "is a profile's; the made-up 健康 page prints one",
                    "知识链接": "a knowledge box's label many papers print beside a story (RUBRIC_LABEL), there before the "
                                "made-up 文化 page that sets one",
                    "贯彻落实": "a series banner's opening phrase (BANNER), there before the fixture that prints it",
                    "本报记者": "the paper's own reporter, the credit role the byline and interview conventions name (QA_TURN); a "
                                "made-up page's subheadline (——本报记者走访…) prints it",
                    "人物名片": "a profile box's label (PROFILE_LABEL), there before the made-up 人物 page that heads its box "
                                "with it",
                    "史上的今": "历史上的今天 / 党史上的今天, a chronicle box's label many papers print (SIDEBAR_TITLE); the "
                                "made-up 党建 page heads its box with one",
                    "上的今天": "the same label's other four characters",
                    "温馨提示": "a box of the paper's reminders' label (RUBRIC_LABEL), there before the made-up 社区 page "
                                "that heads its box of tips with it",
                    "开放时间": "opening hours, a field label every listing of a place prints (forms._FACTS); the made-up "
                                "Singapore page's library brief says its hours in these words",
                    "个百分点": "percentage points, a unit a big figure of a 数读 box counts in (notices.FIGURE_UNIT), there "
                                "before the fixture that prints it",
                    "空气质量": "air quality, the line every weather box prints (boilerplate's weather rule), there before "
                                "the made-up 天气 page that heads its AQI box with it",
                    "人物简介": "a profile box's label (PROFILE_LABEL), there before the made-up 人物专访 page that heads its "
                                "box with it",
                    "人大代表": "a people's congress deputy, the post every 两会 page names its speakers by (crossheads."
                                "_DEPUTY); the made-up 两会特刊 page's quote items are headed so",
                    "政协委员": "a CPPCC member, the other post the same convention names",
                    "作者簡介": "an author's note's label (conventions.BYLINE: 作者简介　X，…, the writer's credit under an "
                                "essay), Traditional script; the made-up 藝文 page heads its writer's note with it",
                    "名词解释": "a glossary box's label (SIDEBAR_TITLE), as common over a 科普 page's terms as 相关链接 over "
                                "a story's background; the made-up 科普 page that heads its box with it came after",
                    "人物档案": "a profile box's label (PROFILE_LABEL), as 人物名片 and 人物简介, there before the made-up "
                                "纪念·人物 page that heads its box with it"}
HAN4 = re.compile(r"(?=([\u4e00-\u9fff]{4}))")


def fixture_words() -> dict[str, str]:
    """Each author of the fixtures' gold and each run of four Han characters of their headlines → its fixture."""
    words = {}
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        name = os.path.basename(path)
        for a in gold["articles"]:
            for author in a.get("authors") or []:
                if len(author) >= 2:
                    words.setdefault(author, name)
            for title in (a.get("headline"), a.get("kicker"), a.get("subheadline")):
                for run in HAN4.findall(title or ""):
                    words.setdefault(run, name)
    return words


def code_strings(path: str) -> list[tuple[int, str]]:
    """The string literals of a module, docstrings left out."""
    tree = ast.parse(open(path, encoding="utf-8").read())
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_the_fixtures_give_words_to_look_for():
    assert len(fixture_words()) > 200  # authors and headline phrases of every fixture


def test_no_string_of_the_code_names_a_fixtures_words():
    words = {w: f for w, f in fixture_words().items() if w not in CONVENTION_WORDS}
    pattern = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    found = []
    for path in sorted(glob.glob(os.path.join(ROOT, "reader", "**", "*.py"), recursive=True)):
        rel = os.path.relpath(path, ROOT)
        if rel in DATA_MODULES:
            continue
        for line, text in code_strings(path):
            for m in pattern.finditer(text):
                found.append(f"{rel}:{line}: {m.group(0)} (from {words[m.group(0)]})")
    assert not found, "\n".join(found)
