#include "prepare_digest.h"

#include <cinttypes>
#include <string_view>

namespace sillok::bench {

namespace {

using namespace sillok::core;

struct Fnv {
    std::uint64_t h = 1469598103934665603ULL;
    Fnv &bytes(const void *data, std::size_t n)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < n; ++i)
            h = (h ^ p[i]) * 1099511628211ULL;
        return *this;
    }
    Fnv &str(std::string_view s)
    {
        const std::uint64_t n = s.size();
        bytes(&n, sizeof n);
        return bytes(s.data(), s.size());
    }
    Fnv &num(std::int64_t v) { return bytes(&v, sizeof v); }
    Fnv &real(double v) { return bytes(&v, sizeof v); }
};

int hashToken(void *context, int flags, const char *token, int tokenBytes, int begin, int end)
{
    auto &f = *static_cast<Fnv *>(context);
    f.num(flags).str(std::string_view(token, static_cast<std::size_t>(tokenBytes))).num(begin).num(end);
    return 0;
}

std::uint64_t tokensDigest(const PretokenizedText &t)
{
    Fnv f;
    f.str(t.text);
    t.word.replay(t.text, &f, hashToken);
    f.num(-1);
    t.bigram.replay(t.text, &f, hashToken);
    return f.h;
}

void mention(Fnv &f, const Mention &m)
{
    f.num(m.start).num(m.end).num(m.sentence).str(m.surface).str(m.field).num(m.caption ? 1 : 0);
}

std::uint64_t planDigest(const MergePlan &plan)
{
    Fnv f;
    for (const auto &e : plan.entities) {
        f.str(e.uid).num(static_cast<int>(e.type)).str(e.name).str(e.kind).str(e.country).str(e.english);
        f.str(e.gazetteerId).str(e.date.toString()).str(e.endDate.toString()).str(e.dateText).str(e.place);
        f.str(e.series).num(e.ordinal).num(e.referenceOnly ? 1 : 0).num(e.genericName ? 1 : 0).real(e.confidence);
        for (const auto &a : e.aliases)
            f.str(a.form).str(a.kind).str(a.source);
        for (const auto &m : e.matchForms)
            f.str(m);
        f.num(-1);
    }
    for (const auto &m : plan.mentions) {
        f.num(m.entity);
        mention(f, m.mention);
    }
    for (const auto &x : plan.facts) {
        f.num(x.subject).str(x.predicate).num(x.object).str(x.value).real(x.confidence);
        for (const int e : x.evidence)
            f.num(e);
        f.str(x.date.toString()).str(x.dateText);
    }
    return f.h;
}

std::uint64_t mentionsDigest(const Extraction &x)
{
    Fnv f;
    for (const auto &o : x.organizations)
        for (const auto &m : o.mentions)
            mention(f, m);
    for (const auto &p : x.people)
        for (const auto &m : p.mentions)
            mention(f, m);
    for (const auto &i : x.initiatives)
        for (const auto &m : i.mentions)
            mention(f, m);
    for (const auto &m : x.meetings)
        for (const auto &mm : m.mentions)
            mention(f, mm);
    return f.h;
}

} // namespace

void printPreparedDigest(std::FILE *out, const PreparedArticle &p)
{
    Fnv sig;
    sig.num(p.signature.valid ? 1 : 0);
    for (const auto v : p.signature.minhash)
        sig.num(static_cast<std::int64_t>(v));
    for (const auto b : p.signature.bands)
        sig.num(b);
    std::fprintf(out,
                 "%s uid=%s err=%d title=%016" PRIx64 " mined=%016" PRIx64 " sig=%016" PRIx64 " fp=%s pack=%016" PRIx64
                 " mentions=%016" PRIx64 " plan=%016" PRIx64 "\n",
                 p.path.c_str(), p.uid.c_str(), p.error ? 1 : 0, tokensDigest(p.titleTokens),
                 tokensDigest(p.minedTokens), sig.h, p.fingerprint.c_str(), Fnv().str(p.packedMined).h,
                 mentionsDigest(p.extraction), planDigest(p.plan));
}

} // namespace sillok::bench
