"""The ctest scripts' reader of an article's stored text (core/text/text_pack.h).

article.body holds the text packed: a zlib stream with the frozen preset dictionary of
core/text/text_pack_dictionary.inc. Scripts that open a library with Python's sqlite3 (which has
no sillok_text() function) read it back with unpack().
"""
import os
import zlib

_INC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "text", "text_pack_dictionary.inc")


def _dictionary():
    with open(_INC, encoding="utf-8") as f:
        source = f.read()
    begin = source.index('R"dict(') + len('R"dict(')
    return source[begin:source.index(')dict"', begin)].encode("utf-8")


_DICT = _dictionary()


def unpack(value):
    """The text of a stored body: a packed blob unpacked, a str (an older library) as it is."""
    if value is None or isinstance(value, str):
        return value
    z = zlib.decompressobj(zdict=_DICT)
    text = z.decompress(bytes(value)) + z.flush()
    if not z.eof:
        raise ValueError("stored text is cut short")
    return text.decode("utf-8")
