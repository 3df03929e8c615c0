#include "store/packed_spans.h"

#include <climits>
#include <cstdint>
#include <iterator>
#include <utility>

namespace sillok::core::store {

namespace {

void putVarint(std::string &out, std::int64_t value)
{
    // Zigzag: small magnitudes of either sign take one byte.
    auto u = (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
    while (u >= 0x80) {
        out.push_back(static_cast<char>((u & 0x7f) | 0x80));
        u >>= 7;
    }
    out.push_back(static_cast<char>(u));
}

// The varint at `pos`, which moves past it; false when the bytes end inside it or it is too long.
bool getVarint(std::string_view in, std::size_t &pos, std::int64_t &value)
{
    std::uint64_t u = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        const auto byte = static_cast<unsigned char>(in[pos++]);
        u |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            value = static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
            return true;
        }
    }
    return false;
}

bool fitsInt(std::int64_t v)
{
    return v >= INT_MIN && v <= INT_MAX;
}

// A gap or a length no two int offsets can differ by (checked before any sum can overflow).
bool tooFar(std::int64_t v)
{
    constexpr std::int64_t kLimit = std::int64_t{1} << 33;
    return v < -kLimit || v > kLimit;
}

// The `size` bytes after a varint length at `pos`; false when they run past the blob.
bool getBytes(std::string_view in, std::size_t &pos, std::string &out)
{
    std::int64_t size = 0;
    if (!getVarint(in, pos, size) || size < 0 || static_cast<std::uint64_t>(size) > in.size() - pos)
        return false;
    out.assign(in.substr(pos, static_cast<std::size_t>(size)));
    pos += static_cast<std::size_t>(size);
    return true;
}

void putBytes(std::string &out, std::string_view bytes)
{
    putVarint(out, static_cast<std::int64_t>(bytes.size()));
    out.append(bytes);
}

// A span as both blobs hold it: its start less `previousEnd`, then its length; `previousEnd`
// moves to its end.
void putSpan(std::string &out, int start, int end, std::int64_t &previousEnd)
{
    putVarint(out, static_cast<std::int64_t>(start) - previousEnd);
    putVarint(out, static_cast<std::int64_t>(end) - start);
    previousEnd = end;
}

enum class SpanRead {
    Ok,
    Cut,       // the bytes end inside a number
    OutOfRange // an offset outside int's range
};

// The span at `pos` (putSpan's), which moves past it.
SpanRead getSpan(std::string_view in, std::size_t &pos, std::int64_t &previousEnd, int &start, int &end)
{
    std::int64_t gap = 0;
    std::int64_t length = 0;
    if (!getVarint(in, pos, gap) || !getVarint(in, pos, length))
        return SpanRead::Cut;
    if (tooFar(gap) || tooFar(length) || !fitsInt(previousEnd + gap) || !fitsInt(previousEnd + gap + length))
        return SpanRead::OutOfRange;
    start = static_cast<int>(previousEnd + gap);
    end = static_cast<int>(previousEnd + gap + length);
    previousEnd = end;
    return SpanRead::Ok;
}

constexpr BlockKind kKinds[] = {BlockKind::Body, BlockKind::Title, BlockKind::Noise, BlockKind::Caption};

std::int64_t kindCode(BlockKind kind)
{
    for (std::size_t i = 0; i < std::size(kKinds); ++i)
        if (kKinds[i] == kind)
            return static_cast<std::int64_t>(i);
    return 0;
}

} // namespace

std::string packSentences(const std::vector<Sentence> &sentences)
{
    std::string out;
    out.reserve(sentences.size() * 3);
    std::int64_t previousEnd = 0;
    for (const Sentence &s : sentences)
        putSpan(out, s.start, s.end, previousEnd);
    return out;
}

Result<std::vector<Sentence>> unpackSentences(std::string_view bounds)
{
    std::vector<Sentence> sentences;
    std::size_t pos = 0;
    std::int64_t previousEnd = 0;
    while (pos < bounds.size()) {
        Sentence s;
        const SpanRead span = getSpan(bounds, pos, previousEnd, s.start, s.end);
        if (span == SpanRead::Cut)
            return fail(ErrorCode::Database, "damaged sentence bounds: the bytes end inside a number");
        if (span == SpanRead::OutOfRange)
            return fail(ErrorCode::Database, "damaged sentence bounds: an offset out of range");
        sentences.push_back(s);
    }
    return sentences;
}

BlockKind blockKindNamed(std::string_view name)
{
    if (name == "title")
        return BlockKind::Title;
    if (name == "noise")
        return BlockKind::Noise;
    if (name == "caption")
        return BlockKind::Caption;
    return BlockKind::Body;
}

std::string packBlocks(const std::vector<TextBlock> &blocks, const std::vector<bool> &keepText)
{
    std::string out;
    std::int64_t previousEnd = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const TextBlock &b = blocks[i];
        putVarint(out, kindCode(b.kind));
        putSpan(out, b.start, b.end, previousEnd);
        putBytes(out, b.reason);
        putBytes(out, i >= keepText.size() || keepText[i] ? std::string_view(b.text) : std::string_view());
    }
    return out;
}

Result<std::vector<TextBlock>> unpackBlocks(std::string_view packed)
{
    std::vector<TextBlock> blocks;
    std::size_t pos = 0;
    std::int64_t previousEnd = 0;
    while (pos < packed.size()) {
        std::int64_t kind = 0;
        TextBlock b;
        if (!getVarint(packed, pos, kind))
            return fail(ErrorCode::Database, "damaged blocks: the bytes end inside a block");
        const SpanRead span = getSpan(packed, pos, previousEnd, b.start, b.end);
        if (span == SpanRead::Cut || !getBytes(packed, pos, b.reason) || !getBytes(packed, pos, b.text))
            return fail(ErrorCode::Database, "damaged blocks: the bytes end inside a block");
        if (kind < 0 || kind >= static_cast<std::int64_t>(std::size(kKinds)))
            return fail(ErrorCode::Database, "damaged blocks: a block of unknown kind " + std::to_string(kind));
        if (span == SpanRead::OutOfRange)
            return fail(ErrorCode::Database, "damaged blocks: an offset out of range");
        b.kind = kKinds[kind];
        blocks.push_back(std::move(b));
    }
    return blocks;
}

} // namespace sillok::core::store
