#include "text/text_pack.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>

namespace sillok::core {

namespace {

constexpr std::string_view kDictionary =
#include "text/text_pack_dictionary.inc"
    ;

// "SK" and the format byte. Format 2 (what packText writes): a zstd frame made with the dictionary
// as raw content, holding the text's size and the low 4 bytes of its XXH64. Format 1 (what
// libraries packed before 2026-12-05 hold, read as ever): a raw deflate stream made with the
// dictionary, then the Adler-32 of the text (big-endian); zlib's own wrapper would name the
// dictionary by its Adler-32, which inflate computes again over the 32 KB for every text.
constexpr std::string_view kMagic = "SK";
constexpr char kDeflate = '\x01';
constexpr char kZstd = '\x02';
constexpr std::size_t kFormatAt = kMagic.size(); // the format byte, after the magic
constexpr std::size_t kHeaderBytes = kFormatAt + 1;
constexpr std::size_t kDeflateTrailerBytes = 4;
// zstd at level 3 (its double-fast match finder). Why zstd: deflate had to start every text from a
// stream primed with the dictionary, and copying that stream (deflateCopy: ~260 KB of window, hash
// chains and buffers) cost almost as much as deflating the text; zstd keeps its tables in a context
// reused from text to text and refers to the dictionary's. Per generated article (callgrind): 595 k
// instructions (deflate level 3 and the copy) → 200 k, for 7 % more packed bytes (2.57× → 2.40×
// smaller than UTF-8; on the project's real articles 2.54× → 2.42×). The greedy finder keeps 3 %
// more bytes for 420 k, level 5 as many as deflate for 450 k (docs/performance.md, "The seventh
// stop of 2026-12-05").
constexpr int kZstdLevel = 3;
// The largest text packed or unpacked: a damaged frame header could claim any size, and no article
// comes near this (extracting 1 MB of text takes seconds).
constexpr unsigned long long kLargestText = 1ULL << 30;

const Bytef *bytes(std::string_view s)
{
    return reinterpret_cast<const Bytef *>(s.data());
}

std::uint32_t textChecksum(std::string_view text)
{
    return static_cast<std::uint32_t>(adler32(adler32(0L, Z_NULL, 0), bytes(text), static_cast<uInt>(text.size())));
}

struct FreeCCtx {
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
};
struct FreeDCtx {
    void operator()(ZSTD_DCtx *d) const { ZSTD_freeDCtx(d); }
};
using Packer = std::unique_ptr<ZSTD_CCtx, FreeCCtx>;
using Unpacker = std::unique_ptr<ZSTD_DCtx, FreeDCtx>;

// A zstd compression context, set up once per thread: the parameters and the dictionary, which
// zstd digests into tables the first time it packs and then refers to for every text. Null when
// zstd could not get memory.
Packer makePacker()
{
    Packer c(ZSTD_createCCtx());
    if (!c || ZSTD_isError(ZSTD_CCtx_setParameter(c.get(), ZSTD_c_compressionLevel, kZstdLevel))
        || ZSTD_isError(ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag, 1))
        || ZSTD_isError(ZSTD_CCtx_setParameter(c.get(), ZSTD_c_contentSizeFlag, 1))
        || ZSTD_isError(ZSTD_CCtx_loadDictionary(c.get(), kDictionary.data(), kDictionary.size())))
        return nullptr;
    return c;
}

// A zstd decompression context, given the dictionary once per thread; null when out of memory.
Unpacker makeUnpacker()
{
    Unpacker d(ZSTD_createDCtx());
    if (!d || ZSTD_isError(ZSTD_DCtx_loadDictionary(d.get(), kDictionary.data(), kDictionary.size())))
        return nullptr;
    return d;
}

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
    if (text.size() > kLargestText)
        return fail(ErrorCode::Unsupported, "the text is larger than 1 GiB");
    thread_local const Packer packer = makePacker();
    ZSTD_CCtx *cctx = packer.get();
    if (cctx == nullptr)
        return fail(ErrorCode::Internal, "zstd could not set up its context (out of memory)");
    std::string out(kMagic);
    out.push_back(kZstd);
    out.resize(kHeaderBytes + ZSTD_compressBound(text.size()));
    const std::size_t size =
        ZSTD_compress2(cctx, out.data() + kHeaderBytes, out.size() - kHeaderBytes, text.data(), text.size());
    if (ZSTD_isError(size))
        return fail(ErrorCode::Internal, std::string("zstd could not pack a text: ") + ZSTD_getErrorName(size));
    out.resize(kHeaderBytes + size);
    return out;
}

bool isPackedText(std::string_view b)
{
    return b.size() > kHeaderBytes && b.starts_with(kMagic)
           && (b[kFormatAt] == kZstd || (b[kFormatAt] == kDeflate && b.size() >= kHeaderBytes + kDeflateTrailerBytes));
}

namespace {

Result<std::string> inflateText(std::string_view packed)
{
    const std::string_view stream = packed.substr(kHeaderBytes, packed.size() - kHeaderBytes - kDeflateTrailerBytes);
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
    for (std::size_t i = packed.size() - kDeflateTrailerBytes; i < packed.size(); ++i)
        sum = (sum << 8) | static_cast<unsigned char>(packed[i]);
    if (z->avail_in != 0 || sum != textChecksum(out))
        return fail(ErrorCode::Database, "stored text is damaged (checksum)");
    return out;
}

Result<std::string> decompressText(std::string_view packed)
{
    const std::string_view frame = packed.substr(kHeaderBytes);
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kLargestText)
        return fail(ErrorCode::Database, "stored text is damaged (its frame header)");
    thread_local const Unpacker unpacker = makeUnpacker();
    ZSTD_DCtx *dctx = unpacker.get();
    if (dctx == nullptr)
        return fail(ErrorCode::Internal, "zstd could not set up its context (out of memory)");
    std::string out(static_cast<std::size_t>(size), '\0');
    const std::size_t got = ZSTD_decompressDCtx(dctx, out.data(), out.size(), frame.data(), frame.size());
    if (ZSTD_isError(got))
        return fail(ErrorCode::Database, std::string("stored text is damaged (") + ZSTD_getErrorName(got) + ")");
    if (got != out.size())
        return fail(ErrorCode::Database, "stored text is cut short");
    return out;
}

} // namespace

Result<std::string> unpackText(std::string_view packed)
{
    if (!isPackedText(packed))
        return fail(ErrorCode::Database, "stored text is not in the packed format of this build");
    return packed[kFormatAt] == kZstd ? decompressText(packed) : inflateText(packed);
}

} // namespace sillok::core
