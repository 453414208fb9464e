"""Dump bytes → text: BOMs, UTF-16, UTF-8, Japanese Shift-JIS, then the Chinese encodings, in a fixed order."""
from __future__ import annotations

import codecs

from ..errors import ReaderError

# Tried after UTF-8 fails; when several decode, charset-normalizer picks, and
# this order breaks its ties, so the choice never depends on chance.
CHINESE_ENCODINGS = ("gb18030", "big5")
MAX_CONTROL_SHARE = 0.01  # more C0 control characters than this reads as binary, not text
MIN_PLAUSIBLE_UTF16 = 0.95  # of characters: BOM-less UTF-16 must read as CJK, ASCII and punctuation
BINARY_SIGNATURES = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")
MAX_DAMAGED_UTF8 = 0.001  # of bytes: UTF-8 with no more invalid bytes than this is damaged UTF-8, not another encoding
MAX_DAMAGED_RUNS = 64  # and no more separate damaged places than this
MIN_UTF8_SEQUENCES = 0.9  # of non-ASCII bytes: this many inside valid multi-byte sequences make text UTF-8
# Japanese dumps: GB18030 reads almost any bytes, so Shift-JIS and EUC-JP are tried first, and taken only when they
# read as Japanese (kana among the letters), which Chinese bytes misread never do: they give kanji and half-width
# katakana soup, or fail.
JAPANESE_ENCODINGS = ("shift_jis", "cp932", "euc_jp")
MIN_KANA_SHARE = 0.1  # of kana and Han characters: Japanese prose has 40-60 % kana, Chinese under any misreading ~0
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE's BOM starts as UTF-16 LE's


class Decoded(str):
    """Decoded text with what decoding found: the encoding used and warnings for the user."""

    encoding: str
    warnings: tuple[str, ...]

    def __new__(cls, text: str, encoding: str, warnings: tuple[str, ...] = ()):
        obj = super().__new__(cls, text)
        obj.encoding, obj.warnings = encoding, warnings
        return obj


def _plausible(text: str) -> float:
    """Share of characters a Chinese dump is made of: CJK, its punctuation, printable ASCII, white space."""
    ok = sum(1 for c in text if " " <= c < "\x7f" or c in "\n\r\t\f" or "\u4e00" <= c <= "\u9fff"
             or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or "\u2010" <= c <= "\u2027")
    return ok / len(text) if text else 0.0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: its line ends read as 0A 00 (or 00 0A), and it decodes to plausible text."""
    if len(data) < 4 or len(data) % 2:
        return None
    for enc, newline in (("utf-16-le", b"\n\x00"), ("utf-16-be", b"\x00\n")):
        pairs = [data[i:i + 2] for i in range(0, min(len(data), 65536), 2)]
        if newline not in pairs and (b" \x00" if enc == "utf-16-le" else b"\x00 ") not in pairs:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible(text) >= MIN_PLAUSIBLE_UTF16:
            return text
    return None


def kana_share(text: str) -> float:
    """Share of kana (ひらがな, カタカナ) among the kana and Han characters of text: how Japanese it reads."""
    kana = han = 0
    for c in text:
        if "\u3041" <= c <= "\u30ff" and c not in "\u30fb\u30fc":  # not ・ and ー, which Chinese text uses too
            kana += 1
        elif "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
            han += 1
    return kana / (kana + han) if kana + han else 0.0


def _japanese(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes are Shift-JIS or EUC-JP that read as Japanese; else None."""
    for enc in JAPANESE_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if kana_share(text[:20000]) >= MIN_KANA_SHARE:
            return text, enc
    return None


def _looks_binary(data: bytes) -> bool:
    if data.startswith(BINARY_SIGNATURES):
        return True
    controls = sum(1 for b in data[:65536] if b < 32 and b not in (9, 10, 12, 13))
    return controls > MAX_CONTROL_SHARE * min(len(data), 65536)


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bytes damaged or cut off at the end: (text with U+FFFD for each bad run, warning).

    None when the bytes are not UTF-8 at all (another encoding's bytes are mostly invalid as UTF-8)."""
    limit = max(16, MAX_DAMAGED_UTF8 * len(data))  # bad bytes
    parts, bad, pos, view = [], [], 0, memoryview(data)
    while True:
        try:
            parts.append(str(view[pos:], "utf-8"))
            break
        except UnicodeDecodeError as e:
            parts += [str(view[pos:pos + e.start], "utf-8"), "\ufffd"]
            bad.append((pos + e.start, pos + e.end))
            pos += e.end
            if len(bad) > MAX_DAMAGED_RUNS or sum(end - start for start, end in bad) > limit:
                return None
    text = "".join(parts)
    n_bad = sum(end - start for start, end in bad)
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))  # non-ASCII bytes
    if not bad or (high - n_bad) < MIN_UTF8_SEQUENCES * high:
        return None
    if len(bad) == 1 and bad[0][1] == len(data):
        return text, f"ends in the middle of a character ({n_bad} byte{'s' if n_bad > 1 else ''} of it): " \
                     "the file looks cut short; the partial character is shown as \ufffd"
    return text, f"{n_bad} byte{'s' if n_bad > 1 else ''} not valid UTF-8 (the first at byte {bad[0][0]}), " \
                 "shown as \ufffd"


def decode(data: bytes, path: str, encoding: str | None = None) -> Decoded:
    """The text (a str carrying .encoding and .warnings) or a ReaderError naming the file and the problem."""
    if encoding:
        try:
            forced = codecs.lookup(encoding).name
        except LookupError:
            raise ReaderError(path, f"unknown encoding {encoding!r} (try utf-8, gb18030, big5, utf-16)") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise ReaderError(path, f"not valid {encoding} at byte {e.start} (drop --encoding to detect it)") from None
        try:
            detected = detect(data, path)
        except ReaderError:
            return Decoded(text, encoding)
        if codecs.lookup(detected.encoding).name != forced and str(detected) != text:
            return Decoded(text, encoding, (f"read as {encoding} as asked, but it reads as {detected.encoding}: "
                                            "check --encoding (without it the encoding is detected)",))
        return Decoded(text, encoding)
    return detect(data, path)


def detect(data: bytes, path: str) -> Decoded:
    """Decode bytes of an unknown encoding: BOM, UTF-16, UTF-8 (also slightly damaged), Japanese, GB18030, Big5."""
    if not data.strip(b" \t\r\n\f\x00"):
        raise ReaderError(path, "empty input: no text to parse")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError as e:
                if enc == "utf-32" and data.startswith(codecs.BOM_UTF16_LE):
                    continue  # UTF-16 whose first character is NUL, not UTF-32
                raise ReaderError(path, f"starts with a {enc} byte-order mark but is not valid {enc} at byte {e.start}") from None
    text = _utf16_without_bom(data)
    if text is not None:
        return Decoded(text, "utf-16")
    if _looks_binary(data):
        raise ReaderError(path, "binary data, not a text dump (give the text extracted from the PDF)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e.start
    damaged = _damaged_utf8(data)
    if damaged:
        return Decoded(damaged[0], "utf-8", (damaged[1],))
    japanese = _japanese(data)
    if japanese:
        return Decoded(*japanese)
    decoded = {}
    for enc in CHINESE_ENCODINGS:
        try:
            decoded[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if len(decoded) > 1:
        # Both decode (Big5 bytes are mostly valid GB18030): let the detector judge which
        # reads as language, and fall back to the fixed order when it cannot tell.
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(CHINESE_ENCODINGS)).best()
        enc = best.encoding if best is not None and best.encoding in decoded else CHINESE_ENCODINGS[0]
        return Decoded(decoded[enc], enc)
    if decoded:
        enc, text = next(iter(decoded.items()))
        return Decoded(text, enc)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in (None, "ascii"):
        raise ReaderError(path, f"not valid UTF-8 (byte {utf8_error}), GB18030 or Big5; "
                                "give --encoding if you know it")
    return Decoded(str(best), best.encoding)
