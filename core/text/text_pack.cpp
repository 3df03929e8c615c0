#include "text/text_pack.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace sillok::core {

namespace {

constexpr std::string_view kDictionary =
#include "text/text_pack_dictionary.inc"
    ;

// Level 3 (greedy matches, zlib's deflate_fast) rather than the default 6 (lazy matches, chains of
// 128): at 6 packing took 0.153 ms an article; at 5, 0.100 ms for 3 % more packed bytes; at 3, a
// third less again (95 → 65 µs for 2,000 generated articles, 2.8 % more bytes), paid for by the
// disk the content keys freed (migration 20, docs/performance.md "The content keys").
// Inflating does not depend on it: texts packed at any level read the same.
constexpr int kLevel = 3;
// "SK" and the format (1: raw deflate with this dictionary), then the stream, then the Adler-32 of
// the text (big-endian). zlib's own wrapper would name the dictionary by its Adler-32, which
// inflate computes again over the 32 KB dictionary for every text: more than the text costs.
constexpr std::string_view kMagic = "SK\x01";
constexpr std::size_t kTrailerBytes = 4;

const Bytef *bytes(std::string_view s)
{
    return reinterpret_cast<const Bytef *>(s.data());
}

std::uint32_t textChecksum(std::string_view text)
{
    return static_cast<std::uint32_t>(adler32(adler32(0L, Z_NULL, 0), bytes(text), static_cast<uInt>(text.size())));
}

// A deflate stream that has just taken the dictionary, made once per thread. Taking the 32 KB
// dictionary means hashing all of it, several times what deflating an article costs; a copy of
// the primed stream (deflateCopy: the same state, so the same output) is a few memcpys.
class PrimedStream {
public:
    PrimedStream()
    {
        m_ok = deflateInit2(&m_z, kLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        if (m_ok)
            m_ok = deflateSetDictionary(&m_z, bytes(kDictionary), static_cast<uInt>(kDictionary.size())) == Z_OK;
    }
    ~PrimedStream() { deflateEnd(&m_z); }
    PrimedStream(const PrimedStream &) = delete;
    PrimedStream &operator=(const PrimedStream &) = delete;

    // Makes `z` a stream ready to deflate with the dictionary. false when zlib is out of memory.
    bool copyTo(z_stream &z) { return m_ok && deflateCopy(&z, &m_z) == Z_OK; }

private:
    z_stream m_z{};
    bool m_ok = false;
};

// An inflate stream kept per thread. inflateInit2 and the dictionary allocate its state and its
// 32 KB window, and inflateEnd frees them, for every text: a search that checks thousands of
// stories (library_search.cpp) spent as much on that, and on the pages the allocator got back each
// time, as on inflating. inflateReset keeps both; the dictionary is copied in again (a memcpy).
class ReusedInflater {
public:
    ReusedInflater() { m_ok = inflateInit2(&m_z, -15) == Z_OK; }
    ~ReusedInflater()
    {
        if (m_ok)
            inflateEnd(&m_z);
    }
    ReusedInflater(const ReusedInflater &) = delete;
    ReusedInflater &operator=(const ReusedInflater &) = delete;

    // The stream, reset and given the dictionary; null when zlib could not get memory.
    z_stream *ready()
    {
        if (!m_ok || inflateReset(&m_z) != Z_OK
            || inflateSetDictionary(&m_z, bytes(kDictionary), static_cast<uInt>(kDictionary.size())) != Z_OK)
            return nullptr;
        return &m_z;
    }

private:
    z_stream m_z{};
    bool m_ok = false;
};

} // namespace

Result<std::string> packText(std::string_view text)
{
    thread_local PrimedStream primed;
    z_stream z{};
    if (!primed.copyTo(z))
        return fail(ErrorCode::Internal, "zlib deflateInit failed (out of memory)");
    std::string out(kMagic);
    out.resize(kMagic.size() + deflateBound(&z, static_cast<uLong>(text.size())));
    z.next_in = const_cast<Bytef *>(bytes(text));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data() + kMagic.size());
    z.avail_out = static_cast<uInt>(out.size() - kMagic.size());
    const int rc = deflate(&z, Z_FINISH); // the bound holds the whole stream: one call finishes it
    out.resize(kMagic.size() + z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return fail(ErrorCode::Internal, "zlib deflate did not finish (" + std::to_string(rc) + ")");
    const std::uint32_t sum = textChecksum(text);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((sum >> shift) & 0xff));
    return out;
}

bool isPackedText(std::string_view b)
{
    return b.size() >= kMagic.size() + kTrailerBytes && b.starts_with(kMagic);
}

Result<std::string> unpackText(std::string_view packed)
{
    if (!isPackedText(packed))
        return fail(ErrorCode::Database, "stored text is not in the packed format of this build");
    const std::string_view stream = packed.substr(kMagic.size(), packed.size() - kMagic.size() - kTrailerBytes);
    thread_local ReusedInflater inflater;
    z_stream *z = inflater.ready();
    if (z == nullptr)
        return fail(ErrorCode::Internal, "zlib inflateInit failed");
    z->next_in = const_cast<Bytef *>(bytes(stream));
    z->avail_in = static_cast<uInt>(stream.size());
    // Inflated straight into the text, sized for news (about 2.6 times the stream) and doubled as needed.
    std::string out(std::max<std::size_t>(256, stream.size() * 4), '\0');
    std::size_t used = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (used == out.size())
            out.resize(out.size() * 2);
        z->next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z->avail_out = static_cast<uInt>(out.size() - used);
        rc = inflate(z, Z_NO_FLUSH);
        used = out.size() - z->avail_out;
        if (rc != Z_OK && rc != Z_STREAM_END)
            return fail(ErrorCode::Database, "stored text is damaged (zlib " + std::to_string(rc) + ")");
        if (rc == Z_OK && z->avail_in == 0 && z->avail_out != 0)
            return fail(ErrorCode::Database, "stored text is cut short");
    }
    out.resize(used);
    std::uint32_t sum = 0;
    for (std::size_t i = packed.size() - kTrailerBytes; i < packed.size(); ++i)
        sum = (sum << 8) | static_cast<unsigned char>(packed[i]);
    if (z->avail_in != 0 || sum != textChecksum(out))
        return fail(ErrorCode::Database, "stored text is damaged (checksum)");
    return out;
}

} // namespace sillok::core
