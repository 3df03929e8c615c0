"""The ctest scripts' reader of an article's stored text (core/text/text_pack.h).

article.body holds the text packed: "SK\\x01", a raw deflate stream made with the frozen preset
dictionary of core/text/text_pack_dictionary.inc, and the text's Adler-32. Scripts that open a
library with Python's sqlite3 (which has no sillok_text() function) read it back with unpack().
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
    value = bytes(value)
    if not value.startswith(b"SK\x01"):
        raise ValueError("stored text is not in the packed format")
    z = zlib.decompressobj(wbits=-15, zdict=_DICT)
    text = z.decompress(value[3:-4]) + z.flush()
    if not z.eof or zlib.adler32(text).to_bytes(4, "big") != value[-4:]:
        raise ValueError("stored text is damaged")
    return text.decode("utf-8")
