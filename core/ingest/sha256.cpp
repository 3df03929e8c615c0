#include "ingest/sha256.h"

#include <array>
#include <cstdint>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define SILLOK_SHA_NI 1
#endif

namespace sillok::core {

namespace {

constexpr std::array<uint32_t, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void compress(std::array<uint32_t, 8> &h, const unsigned char *block)
{
    std::array<uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i)
        w[i] = uint32_t(block[4 * i]) << 24 | uint32_t(block[4 * i + 1]) << 16
             | uint32_t(block[4 * i + 2]) << 8 | uint32_t(block[4 * i + 3]);
    for (int i = 16; i < 64; ++i) {
        const uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 64; ++i) {
        const uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
        const uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
}

// The same blocks through the processor's SHA extensions (SHA-NI): the text of every article is
// hashed twice (its content hash and its fingerprint), about 5 % of a worker's instructions in
// compress(). Four rounds an iteration; the message schedule as in Intel's reference code.
#ifdef SILLOK_SHA_NI
__attribute__((target("sha,sse4.1,ssse3"))) void compressHardware(std::array<uint32_t, 8> &h, const unsigned char *data,
                                                                  std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&h[0])), 0xB1);    // CDAB
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&h[4])), 0x1B); // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);                                                    // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);                                                         // CDGH
    for (std::size_t b = 0; b < blocks; ++b, data += 64) {
        const __m128i abef = state0;
        const __m128i cdgh = state1;
        __m128i msg[4]; // NOLINT(modernize-avoid-c-arrays): std::array drops the vector type's attributes
        for (std::size_t i = 0; i < 4; ++i)
            msg[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (std::size_t i = 0; i < 16; ++i) {
            __m128i words =
                _mm_add_epi32(msg[i & 3], _mm_loadu_si128(reinterpret_cast<const __m128i *>(&kRound[4 * i])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, words);
            words = _mm_shuffle_epi32(words, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, words);
            if (i < 12) { // the schedule's next four words replace the four just used
                __m128i next = _mm_sha256msg1_epu32(msg[i & 3], msg[(i + 1) & 3]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(msg[(i + 3) & 3], msg[(i + 2) & 3], 4));
                msg[i & 3] = _mm_sha256msg2_epu32(next, msg[(i + 3) & 3]);
            }
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&h[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&h[4]), state1);
}
#endif

void compressPortable(std::array<uint32_t, 8> &h, const unsigned char *data, std::size_t blocks)
{
    for (std::size_t i = 0; i < blocks; ++i)
        compress(h, data + 64 * i);
}

using CompressBlocks = void (*)(std::array<uint32_t, 8> &, const unsigned char *, std::size_t);

CompressBlocks hardwareCompress()
{
#ifdef SILLOK_SHA_NI
    __builtin_cpu_init();
    if (__builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1") && __builtin_cpu_supports("ssse3"))
        return compressHardware;
#endif
    return nullptr;
}

std::string sha256With(CompressBlocks compressBlocks, std::string_view bytes)
{
    std::array<uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    std::size_t full = bytes.size() / 64;
    compressBlocks(h, data, full);
    std::array<unsigned char, 128> tail{};
    const std::size_t rest = bytes.size() - 64 * full;
    for (std::size_t i = 0; i < rest; ++i)
        tail[i] = data[64 * full + i];
    tail[rest] = 0x80;
    const std::size_t tailLen = rest + 9 <= 64 ? 64 : 128;
    const uint64_t bits = uint64_t(bytes.size()) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailLen - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compressBlocks(h, tail.data(), tailLen / 64);
    static const char *hex = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (const uint32_t v : h)
        for (int s = 28; s >= 0; s -= 4)
            out.push_back(hex[(v >> s) & 0xF]);
    return out;
}

} // namespace

std::string sha256Hex(std::string_view bytes)
{
    static const CompressBlocks hardware = hardwareCompress();
    return sha256With(hardware != nullptr ? hardware : compressPortable, bytes);
}

bool sha256HasHardware()
{
    return hardwareCompress() != nullptr;
}

std::string sha256HexPortable(std::string_view bytes)
{
    return sha256With(compressPortable, bytes);
}

std::int64_t hexDigestKey(std::string_view digest)
{
    std::uint64_t key = 0;
    bool hex = digest.size() >= 16;
    for (std::size_t i = 0; hex && i < 16; ++i) {
        const char c = digest[i];
        const int v = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        hex = v >= 0;
        key = (key << 4) | static_cast<std::uint64_t>(hex ? v : 0);
    }
    if (!hex) {
        key = 0xcbf29ce484222325ULL;
        for (const char c : digest)
            key = (key ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return static_cast<std::int64_t>(key);
}

} // namespace sillok::core
