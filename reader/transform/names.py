"""An edition → the person names a Traditional conversion keeps whole, and the surname table (surnames.tsv).

The names are the credits the parser found (Article.authors), a name after a
title (董事长胡望明) and the user's own list. A name after a title is found
by its surname: one of surnames.tsv's, or of MORE_SURNAMES.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from ..model import Edition

# Titles and posts a person's name follows in news text: 董事长胡望明, 市委书记张伦, 总经理李传杰.
TITLES = ("董事长|总经理|副总经理|经理|书记|副书记|主任|副主任|市长|副市长|县长|副县长|省长|副省长|部长|副部长|局长|"
          "副局长|厅长|副厅长|主席|副主席|总裁|院长|校长|所长|处长|科长|镇长|乡长|村长|委员|常委|总理|副总理|代表|"
          "教授|研究员|专家|负责人|记者|通讯员|主持人|队长|站长|馆长|社长|总编辑")
_AFTER_NAME = "(?=[，。、；：！？（）,;:!?()“”\\s]|$|[在与和是说表示指出介绍到出参])"
SURNAMES = os.path.join(os.path.dirname(__file__), "surnames.tsv")
# Surnames a name after a title may start with that surnames.tsv does not list, since their form as a surname is
# what OpenCC gives them anyway: common modern ones 百家姓 lacks, the Traditional forms of the commonest (in a
# Traditional dump), and two compounds. With the table, the surnames the parser knows in credits (a test keeps it so).
MORE_SURNAMES = ("付覃兰芦麦苟隋丛苑迟邝劉陳楊黃趙吳許馮鄧蔣葉蘇呂盧譚陸鄒龔賀顧錢嚴聶羅鄭謝韓張孫馬鍾蕭湯賴莊鄺麥韋賈龐鮑駱"
                 "衛關蘭歐華齊喬龍寧閻", ("太史", "独孤"))


@lru_cache(maxsize=1)
def surname_table() -> dict[str, tuple[str, str, str]]:
    """surnames.tsv: a Simplified surname (one or two characters) → its forms as a surname (TW, HK, generic)."""
    table = {}
    with open(SURNAMES, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                simplified, *forms = line.rstrip("\n").split("\t")
                table[simplified] = tuple(forms)
    return table


@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern:
    """A name after a title, its surname one of surnames.tsv's (百家姓 and the ambiguous modern ones) or
    MORE_SURNAMES."""
    table = surname_table()
    singles = "".join(sorted(set(MORE_SURNAMES[0]) | {k for k in table if len(k) == 1}))
    doubles = "|".join(sorted(set(MORE_SURNAMES[1]) | {k for k in table if len(k) == 2}))
    return re.compile(f"(?:{TITLES})((?:{doubles})[\u4e00-\u9fff]{{1,2}}|[{singles}][\u4e00-\u9fff]{{1,2}})" + _AFTER_NAME)


def protected_names(ed: Edition, extra: tuple[str, ...] = ()) -> list[str]:
    """Names to keep whole: the credits the parser found, names after a title, and the user's list."""
    names = set(extra)
    for a in ed.articles:
        names.update(a.authors)
        for b in a.blocks:
            names.update(m.group(1) for m in _titled_name().finditer(b.text))
    return sorted((n for n in names if len(n) >= 2), key=lambda n: (-len(n), n))
