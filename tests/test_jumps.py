"""A story jumping to another page (下转第N版 … 上接第M版) is one article again, within one dump and across the
pages of a day given as separate files."""
import re
from collections import Counter

import pytest

from reader.model import Role
from reader.parse import merge_pages, parse_file

PAGE_1 = """1 要闻

河湾新桥今日通车

本报讯（记者 林晓）经过四年建设，河湾新桥今天上午正式通车。新桥全长一千二百米，双向六车道，设计时速六十公里。

通车后，两岸之间的车程由四十分钟缩短到八分钟。市交通部门表示，公交线路将于下周调整，新增三条跨河线路，方便沿线居民

（下转第2版）

老城街巷改造启动

本报讯 老城十二条街巷的改造工程昨天启动，预计年底完工。
"""

PAGE_2 = """2 综合

（上接第1版）

新桥通车

出行。新桥两端各设一处停车场，可停放车辆六百台。

据介绍，新桥还设有人行道和自行车道，夜间有景观照明。

社区图书馆延长开放时间

本报讯 全市社区图书馆从本月起延长开放时间，每天开放到晚上九点。
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# the continuation's 上接 line set over its repeated headline, or under it
HEADLINE_FIRST = PAGE_2.replace("（上接第1版）\n\n新桥通车", "新桥通车\n\n（上接第1版）")


@pytest.mark.parametrize("page_2", [PAGE_2, HEADLINE_FIRST])
def test_a_story_jumping_to_the_next_page_file_reads_on_there(tmp_path, page_2):
    assert page_2.count("上接") == 1
    one = parse_file(write(tmp_path, "city-2025-03-01-p1.txt", PAGE_1))
    two = parse_file(write(tmp_path, "city-2025-03-01-p2.txt", page_2))
    [jumping] = [a for a in one.articles if a.headline == "河湾新桥今日通车"]
    assert jumping.jump_to == "2"
    edition = merge_pages([(2, two), (1, one)], "city-2025-03-01.txt")
    assert [a.headline for a in edition.articles] == ["河湾新桥今日通车", "老城街巷改造启动", "社区图书馆延长开放时间"]
    story = edition.articles[0]
    assert story.paragraphs[-2].endswith("方便沿线居民出行。新桥两端各设一处停车场，可停放车辆六百台。")  # cut at the jump
    assert story.paragraphs[-1].startswith("据介绍")
    assert story.jump_to is None
    aside = [b.text for b in edition.furniture]
    assert "新桥通车" in aside  # the headline repeated on the continuation page: kept, apart
    text = "".join(b.text for a in edition.articles for b in a.blocks) + "".join(aside)
    assert Counter(re.sub(r"\s", "", text)) == Counter(re.sub(r"\s", "", PAGE_1 + page_2))  # nothing lost, once


def test_a_jump_to_a_page_not_read_leaves_the_story_as_it_is(tmp_path):
    one = parse_file(write(tmp_path, "city-2025-03-01-p1.txt", PAGE_1))
    edition = merge_pages([(1, one)], "city-2025-03-01.txt")
    story = edition.articles[0]
    assert story.headline == "河湾新桥今日通车" and story.jump_to == "2"
    assert story.paragraphs[-1].endswith("方便沿线居民")


def test_within_one_dump_a_continuation_is_appended_and_jumps_no_further(tmp_path):
    both = parse_file(write(tmp_path, "city-2025-03-01.txt", PAGE_1 + "\n\f\n" + PAGE_2))
    story = next(a for a in both.articles if a.headline == "河湾新桥今日通车")
    assert any(p.startswith("据介绍") for p in story.paragraphs)
    assert story.jump_to is None
    assert "新桥通车" not in [a.headline for a in both.articles]  # the repeated headline heads no article of its own
    assert "新桥通车" in [b.text for b in both.furniture]


def test_in_a_days_dump_each_continuation_goes_with_the_story_that_jumps_to_its_page(tmp_path):
    """Page 1 holds two stories jumping on, the first to page 3, the second to page 2: each continuation goes with
    the story that jumps to the page it stands on, not merely the next one in order."""
    pages = ["1 要闻\n\n河湾新桥今日通车\n\n本报讯 新桥今天上午通车，全长一千二百米，两岸车程缩短，方便沿线居民\n\n（下转第3版）\n\n"
             "老城街巷改造启动\n\n本报讯 老城十二条街巷的改造工程昨天启动，涉及排水、路面和照明，预计\n\n（下转第2版）\n",
             "2 综合\n\n（上接第1版）\n\n年底完工，施工期间将分段封闭。\n\n社区图书馆延长开放时间\n\n"
             "本报讯 全市社区图书馆从本月起延长开放时间，每天开放到晚上九点。\n",
             "3 城市\n\n（上接第1版）\n\n出行。新桥两端各设一处停车场。\n"]
    edition = parse_file(write(tmp_path, "city-2025-03-01.txt", "\n\f\n".join(pages)))
    by_headline = {a.headline: a.paragraphs for a in edition.articles}
    assert by_headline["河湾新桥今日通车"][-1].endswith("方便沿线居民出行。新桥两端各设一处停车场。")
    assert by_headline["老城街巷改造启动"][-1].endswith("预计年底完工，施工期间将分段封闭。")


def test_the_e_paper_view_links_a_jumping_story_on_both_pages_and_labels_each_page_by_its_own_stories():
    from reader.model import Article, Block, Edition, Kind, Region, Sheet
    from reader.render.sheets import epaper

    def article(page, *regions):
        return Article(Kind.ARTICLE, (Block(Role.HEADLINE, "标题", ()),), page=page,
                       regions=tuple(Region(s, (10.0, 10.0, 100.0, 100.0)) for s in regions))

    ed = Edition("x", (article("1 要闻", 0, 1), article("2 综合", 1)),
                 sheets=(Sheet("p1.pdf", 0, 600, 800), Sheet("p2.pdf", 0, 600, 800)))
    view = epaper(ed, [{"href": "a001.html", "label": "甲"}, {"href": "a002.html", "label": "乙"}])
    assert [p["label"] for p in view] == ["1 要闻", "2 综合"]  # not page 1's label on page 2
    assert [[link["href"] for link in p["links"]] for p in view] == [["a001.html"], ["a001.html", "a002.html"]]


def test_a_jump_back_to_a_page_already_read_takes_nothing_twice(tmp_path):
    """Page 2's story says it goes on on page 1 (a misprint, or a jump back): page 1's stories are in the edition
    already and none is taken again."""
    one = parse_file(write(tmp_path, "city-2025-03-01-p1.txt", PAGE_2.replace("（上接第1版）", "（上接第2版）")))
    two = parse_file(write(tmp_path, "city-2025-03-01-p2.txt", PAGE_1.replace("（下转第2版）", "（下转第1版）")))
    edition = merge_pages([(1, one), (2, two)], "city-2025-03-01.txt")
    texts = [b.text for a in edition.articles for b in a.blocks]
    assert len(texts) == len(set(texts))  # no block twice
