"""Line dumps (every printed line its own block) read back into paragraphs, and the conventions of pages that set
each author's name under the headline: a name run into the next story, a name doubled by the text layers, a list
announced by a colon. The texts are made up; column widths are counted in CJK cells."""
from reader.model import Role
from reader.parse import parse_text
from reader.parse.split import split_all
from reader.parse.styles import LINE_DUMP_MIN_BLOCKS, detect_style, segment
from reader.parse.segment import Chunk
from reader.model import Piece

COLUMN = "甲乙丙丁戊己庚辛壬癸子丑寅卯"  # 14 cells: one full line of the column


def _para(n_full: int, last: str, opening: str = "　") -> list[str]:
    """A paragraph as printed lines: an indented first line (two cells short), n_full full lines, a short last."""
    return [COLUMN[2:]] + [COLUMN] * n_full + [last]


def _line_dump(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _page(stories: int = 4) -> list[str]:
    """A page of stories as a line dump: a two-line headline, a dateline paragraph, two more paragraphs."""
    out = []
    for k in range(stories):
        out += [f"第{k}条新闻的标题", "标题的第二行在这里"]
        out += ["新华社北京3 月9 日电" + COLUMN[:3]] + [COLUMN] * 3 + ["第一段结束了。"]
        out += _para(4, "第二段结束了。") + _para(3, "第三段也结束了。")
    return out


def test_a_dump_of_one_line_blocks_is_a_line_dump():
    page = _page()
    assert len(page) >= LINE_DUMP_MIN_BLOCKS
    assert detect_style(_line_dump(page)) == "lines"
    # the same text with each paragraph in one block: a block dump
    blocks = ["".join(page[i:i + 5]) for i in range(0, len(page), 5)]
    assert detect_style(_line_dump(blocks)) == "block"
    # too few blocks to tell: a block dump
    assert detect_style(_line_dump(page[:LINE_DUMP_MIN_BLOCKS - 1])) == "block"
    # one character a line: text set vertically (or no text at all), not a page's lines
    assert detect_style(_line_dump(["字"] * 100)) == "block"
    # most lines ending a sentence: blocks cut at paragraph ends, not printed lines
    assert detect_style(_line_dump([COLUMN[:-1] + "。"] * 60)) == "block"


def test_line_dump_paragraphs_rebuilt_from_widths():
    _, chunks = segment(_line_dump(_page()))
    texts = [c.text for c in chunks]
    # the headline's two lines make one chunk, the dateline opens the next, each paragraph is one chunk
    assert texts[:5] == [
        "第0条新闻的标题标题的第二行在这里",
        "新华社北京3 月9 日电" + COLUMN[:3] + COLUMN * 3 + "第一段结束了。",
        COLUMN[2:] + COLUMN * 4 + "第二段结束了。",
        COLUMN[2:] + COLUMN * 3 + "第三段也结束了。",
        "第1条新闻的标题标题的第二行在这里",
    ]
    assert len(chunks) == 4 * 4
    assert all(len(c.pieces) == len(c.text) // 1 or c.pieces for c in chunks)


def test_a_short_line_beside_a_picture_goes_on_and_a_title_after_a_full_line_stands_alone():
    page = _page()
    # a line set short beside a picture (more than half the column, no sentence end) with a full line after it
    k = page.index("第一段结束了。")
    page[k - 1:k - 1] = [COLUMN[:9]]
    _, chunks = segment(_line_dump(page))
    assert chunks[1].text.endswith(COLUMN + COLUMN[:9] + COLUMN + "第一段结束了。")
    # a headline right under a column's last (full, unfinished) line: its own chunk
    page = _page()
    k = page.index("第1条新闻的标题")
    page[k - 1] = COLUMN  # the story before ends mid-sentence at the column's foot (it jumps)
    _, chunks = segment(_line_dump(page))
    assert "第1条新闻的标题标题的第二行在这里" in [c.text for c in chunks]


def test_a_line_across_columns_stands_alone_and_a_line_ending_a_clause_goes_on():
    page = _page()
    page[0:2] = ["一条横跨两栏的长标题，" + COLUMN + "通栏"]  # 27 cells: across two columns
    _, chunks = segment(_line_dump(page))
    assert chunks[0].text == "一条横跨两栏的长标题，" + COLUMN + "通栏"
    page = _page()
    k = page.index("第二段结束了。")
    page[k - 2] = "短行，"  # short, but ends a clause: the sentence goes on
    _, chunks = segment(_line_dump(page))
    assert any("短行，" + COLUMN + "第二段结束了。" in c.text for c in chunks)


def test_line_dump_parse_is_lossless_and_finds_the_headlines():
    ed = parse_text(_line_dump(_page()))
    assert ed.style == "lines"
    heads = [a.headline for a in ed.articles]
    assert heads == [f"第{k}条新闻的标题标题的第二行在这里" for k in range(4)]
    assert all(len(a.paragraphs) == 3 for a in ed.articles)


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk(t, (Piece(t, k + 1, k + 1),)) for k, t in enumerate(texts)]


BODY = "本文讨论的是一个普通的问题，作者从三个方面作了分析，结论清楚。" * 2


def test_a_name_run_into_the_next_story_is_cut_where_a_common_word_starts():
    # a page that sets authors' names alone under headlines (twice), then one run into the next story
    page = _chunks(BODY, "第一篇文章的标题", "王小明", BODY, "第二篇文章的标题", "李华", BODY,
                   "第三篇文章的标题", "赵建国坚持" + BODY)
    out = [c.text for c in split_all(page)]
    assert out[-2:] == ["赵建国", "坚持" + BODY]
    # a two-character name: the cut falls where the common word starts
    page[-1] = _chunks("周伟" + "坚持" + BODY)[0]
    assert [c.text for c in split_all(page)][-2:] == ["周伟", "坚持" + BODY]


def test_a_name_is_not_cut_where_the_page_sets_no_names_or_a_word_opens_the_text():
    lead = _chunks(BODY, "第一篇文章的标题", "王小明", BODY, "第二篇文章的标题", "李华", BODY, "第三篇文章的标题")
    # 党 is a surname, 党的 is no name
    assert [c.text for c in split_all(lead + _chunks("党的会议" + BODY))][-1] == "党的会议" + BODY
    # 高 is a surname, 高新 a word
    assert [c.text for c in split_all(lead + _chunks("高新技术" + BODY))][-1] == "高新技术" + BODY
    # one name under a headline is no page convention: a story may open with a person's name
    once = _chunks(BODY, "第一篇文章的标题", "王小明", BODY, "第二篇文章的标题", "赵建国坚持" + BODY)
    assert [c.text for c in split_all(once)][-1] == "赵建国坚持" + BODY
    # nor after the name's own line (王小明 / 毛泽东同志曾说…: the story opens with a name)
    named = lead + _chunks("王小明", "赵建国坚持" + BODY)
    assert [c.text for c in split_all(named)][-1] == "赵建国坚持" + BODY
    # nor after a paragraph: only right after a headline
    after_body = lead[:-1] + _chunks("赵建国坚持" + BODY)
    assert [c.text for c in split_all(after_body)][-1] == "赵建国坚持" + BODY


def test_a_name_doubled_by_the_text_layers_is_one_byline_and_a_duplicate():
    text = "\n\n".join([BODY, "一篇评论文章的标题", "王小明王小明", BODY, "另一篇评论的标题", "李华", BODY]) + "\n"
    ed = parse_text(text)
    bylines = [b for a in ed.articles for b in a.bylines]
    assert "王小明" in bylines and "王小明王小明" not in bylines
    assert "王小明" in [b.text for b in ed.furniture if b.role is Role.DUPLICATE]


def test_a_list_announced_by_a_colon_keeps_its_items_apart():
    announce = "这是一本讨论基层治理的新书，作者在书中梳理了大量案例，全书有三个鲜明的特点："
    item = "立意高远。书中的论述从大处着眼，层层展开。"
    said = "他在会上指出，这是一项长期的任务，全体干部都要："  # a comma inside and a colon at the end: no title
    rest = "久久为功，持之以恒地抓下去。"
    paras = [p for a in parse_text("\n\n".join([announce, item, said, rest]) + "\n").articles for p in a.paragraphs]
    # the first item opens with a short lead (立意高远。): its own paragraph; a colon before a sentence that
    # runs on is a wrap, joined
    assert paras == [announce, item, said + rest]


def test_a_name_is_not_cut_after_a_line_that_is_a_sentence_cut_at_its_end():
    """看似不大，但事 ⏎ 关人民群众…: the short line before holds a comma, a sentence cut at the line's end, no
    headline; the surname-led text after it goes on."""
    lead = _chunks(BODY, "第一篇文章的标题", "王小明", BODY, "第二篇文章的标题", "李华", BODY)
    page = lead + _chunks("看似不大，但事", "关人民群众" + BODY)
    assert [c.text for c in split_all(page)][-1] == "关人民群众" + BODY


def test_a_credit_wrapped_onto_two_lines_is_one_chunk_and_a_name_line_stands_alone():
    page = _page()
    k = page.index("第1条新闻的标题")
    # the story before ends on a full line; its author's note wraps; the next headline is nearly full width and
    # the author's name follows it on a line of its own
    page[k - 1] = COLUMN[:13] + "。"  # a full last line: the paragraph goes on as far as the widths tell
    page[k:k] = ["（作者为某某大学某某学院院", "教授）"]
    page[k + 2] = COLUMN[:12]
    page.insert(k + 4, "王小明")
    _, chunks = segment(_line_dump(page))
    texts = [c.text for c in chunks]
    assert "（作者为某某大学某某学院院教授）" in texts
    assert "王小明" in texts
    assert [t for t in texts if "王小明" in t] == ["王小明"]  # not run on to the headline over it



def test_a_block_dumps_narrow_column_of_line_blocks_keeps_a_wide_wrapped_note_whole_and_its_label_apart():
    """A block dump whose essay ends on its author's note, wrapped onto two blocks, the first wider than the narrow
    column that follows, where each printed line is a block: the note is one byline of the essay, not a headline;
    the column's label (a word) and its title on the next line are two lines, not one title."""
    essay = ["某某论题的理论文章标题", "第一段" + COLUMN * 5 + "。", "第二段" + COLUMN * 5 + "。", "第三段" + COLUMN * 6 + "。"]
    han = iter(chr(0x4E00 + 7 * k) for k in range(400))  # (characters none of which repeats)

    def take(n: int) -> str:
        return "".join(next(han) for _ in range(n))
    narrow = []  # four paragraphs in a column ten cells wide: an indented first line, five full lines, a short last
    for _ in range(4):
        narrow += [take(5) + "，" + take(2)] + [take(9) + "，" if k % 2 else take(10) for k in range(5)] + [take(4) + "。"]
    text = _line_dump(essay + ["（作者为某某省某某大学某某学院", "副教授）", "一家言", "小事见大道理"] + narrow)
    edition = parse_text(text)
    first, column = edition.articles[0], edition.articles[-1]
    assert "（作者为某某省某某大学某某学院副教授）" in first.bylines
    assert (column.rubric, column.headline) == ("一家言", "小事见大道理")


def test_a_boxs_label_alone_on_its_line_over_its_title_and_text_stays_a_line_of_its_own():
    """A page dumped a line a block, a tips box in a narrow column: its label (农技小课堂) alone on its line, its title
    as wide as the column, then the text's indented first line: the label heads the box, the title is its headline,
    not one paragraph running on from the label."""
    box = ["农技小课堂", "早稻分蘖期管理要点", "眼下，全县早",
           "稻陆续进入分", "蘖期。分蘖期", "是决定穗数的", "关键时期。"]
    text = _line_dump(_page(4) + box + ["（某县农业技术推广中心供稿）"])
    story = next(a for a in parse_text(text).articles if a.rubric == "农技小课堂")
    assert story.headline == "早稻分蘖期管理要点" and story.paragraphs[0].startswith("眼下，全县早稻")
    assert story.bylines == ("（某县农业技术推广中心供稿）",)
