"""The ctest scripts' reader of an article's stored text (core/text/text_pack.h).

article.body holds the text packed with the frozen preset dictionary of
core/text/text_pack_dictionary.inc: "SK\\x02" and a zstd frame (what Sillok writes), or "SK\\x01", a
raw deflate stream and the text's Adler-32 (what libraries packed before 2026-12-05 hold). Scripts
that open a library with Python's sqlite3 (which has no sillok_text() function) read it back with
unpack(). zstd is reached through libzstd itself (ctypes): Sillok links it, so it is installed.
"""
import ctypes
import ctypes.util
import os
import zlib

_INC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "text", "text_pack_dictionary.inc")


def _dictionary():
    with open(_INC, encoding="utf-8") as f:
        source = f.read()
    begin = source.index('R"dict(') + len('R"dict(')
    return source[begin:source.index(')dict"', begin)].encode("utf-8")


_DICT = _dictionary()
_ZSTD = None


def _zstd():
    global _ZSTD
    if _ZSTD is None:
        lib = ctypes.CDLL(ctypes.util.find_library("zstd") or "libzstd.so.1")
        lib.ZSTD_getFrameContentSize.restype = ctypes.c_ulonglong
        lib.ZSTD_getFrameContentSize.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
        lib.ZSTD_createDCtx.restype = ctypes.c_void_p
        lib.ZSTD_freeDCtx.argtypes = [ctypes.c_void_p]
        lib.ZSTD_decompress_usingDict.restype = ctypes.c_size_t
        lib.ZSTD_decompress_usingDict.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                                  ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
        lib.ZSTD_isError.argtypes = [ctypes.c_size_t]
        _ZSTD = lib
    return _ZSTD


def _unzstd(frame):
    lib = _zstd()
    size = lib.ZSTD_getFrameContentSize(frame, len(frame))
    if size > (1 << 30):  # also ZSTD_CONTENTSIZE_UNKNOWN and _ERROR, the two largest values
        raise ValueError("stored text is damaged (its frame header)")
    out = ctypes.create_string_buffer(max(size, 1))
    dctx = lib.ZSTD_createDCtx()
    try:
        got = lib.ZSTD_decompress_usingDict(dctx, out, size, frame, len(frame), _DICT, len(_DICT))
    finally:
        lib.ZSTD_freeDCtx(dctx)
    if lib.ZSTD_isError(got) or got != size:
        raise ValueError("stored text is damaged")
    return out.raw[:size]


def _inflate(value):
    z = zlib.decompressobj(wbits=-15, zdict=_DICT)
    text = z.decompress(value[3:-4]) + z.flush()
    if not z.eof or zlib.adler32(text).to_bytes(4, "big") != value[-4:]:
        raise ValueError("stored text is damaged")
    return text


def unpack(value):
    """The text of a stored body: a packed blob unpacked, a str (an older library) as it is."""
    if value is None or isinstance(value, str):
        return value
    value = bytes(value)
    if value.startswith(b"SK\x02"):
        return _unzstd(value[3:]).decode("utf-8")
    if value.startswith(b"SK\x01") and len(value) >= 7:
        return _inflate(value).decode("utf-8")
    raise ValueError("stored text is not in the packed format")
