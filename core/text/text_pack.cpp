#include "text/text_pack.h"

#include <zlib.h>

#include <array>
#include <cstdint>

namespace sillok::core {

namespace {

constexpr std::string_view kDictionary =
#include "text/text_pack_dictionary.inc"
    ;

constexpr int kLevel = 6;
constexpr std::size_t kHeaderBytes = 6; // CMF, FLG, then the dictionary's Adler-32 (FDICT)

const Bytef *bytes(std::string_view s)
{
    return reinterpret_cast<const Bytef *>(s.data());
}

uLong dictionaryId()
{
    static const uLong id = adler32(adler32(0L, Z_NULL, 0), bytes(kDictionary), static_cast<uInt>(kDictionary.size()));
    return id;
}

} // namespace

Result<std::string> packText(std::string_view text)
{
    z_stream z{};
    if (deflateInit(&z, kLevel) != Z_OK)
        return fail(ErrorCode::Internal, "zlib deflateInit failed (out of memory)");
    deflateSetDictionary(&z, bytes(kDictionary), static_cast<uInt>(kDictionary.size()));
    std::string out(deflateBound(&z, static_cast<uLong>(text.size())), '\0');
    z.next_in = const_cast<Bytef *>(bytes(text));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH); // the bound holds the whole stream: one call finishes it
    out.resize(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return fail(ErrorCode::Internal, "zlib deflate did not finish (" + std::to_string(rc) + ")");
    return out;
}

bool isPackedText(std::string_view b)
{
    if (b.size() < kHeaderBytes)
        return false;
    const auto u = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[i])); };
    const bool header = (u(0) & 0x0f) == Z_DEFLATED && ((u(0) << 8) | u(1)) % 31 == 0 && (u(1) & 0x20) != 0;
    const std::uint32_t id = (u(2) << 24) | (u(3) << 16) | (u(4) << 8) | u(5);
    return header && id == dictionaryId();
}

Result<std::string> unpackText(std::string_view packed)
{
    if (!isPackedText(packed))
        return fail(ErrorCode::Database, "stored text is not in the packed format of this build");
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return fail(ErrorCode::Internal, "zlib inflateInit failed");
    z.next_in = const_cast<Bytef *>(bytes(packed));
    z.avail_in = static_cast<uInt>(packed.size());
    std::string out;
    std::array<char, 16384> chunk{};
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_out = static_cast<uInt>(chunk.size());
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_NEED_DICT)
            rc = inflateSetDictionary(&z, bytes(kDictionary), static_cast<uInt>(kDictionary.size()));
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            return fail(ErrorCode::Database, "stored text is damaged (zlib " + std::to_string(rc) + ")");
        }
        out.append(chunk.data(), chunk.size() - z.avail_out);
        if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
            inflateEnd(&z);
            return fail(ErrorCode::Database, "stored text is cut short");
        }
    }
    inflateEnd(&z);
    return out;
}

} // namespace sillok::core
