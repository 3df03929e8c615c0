// Glue between the "sillok_ko" tokenizer and SQLite's fts5_api (v1 tokenizer struct, SQLite
// 3.40). No SQL here: the store obtains the API pointer on its connection (Database::fts5Api).

#include "search/korean_tokenizer.h"
#include "search/pretokenized.h"

#include <sqlite3.h>

#include <cstring>
#include <new>
#include <string_view>

namespace sillok::core {

namespace {

struct KoTokenizer {
    TokenizerMode mode = TokenizerMode::Bigram;
};

int xCreate(void *, const char **args, int argCount, Fts5Tokenizer **out)
{
    *out = nullptr;
    auto *tok = new (std::nothrow) KoTokenizer;
    if (tok == nullptr)
        return SQLITE_NOMEM;
    for (int i = 0; i < argCount; ++i) {
        std::string_view a = args[i];
        std::string_view value;
        if (a == "mode" && i + 1 < argCount)
            value = args[++i];
        else if (a.starts_with("mode="))
            value = a.substr(5);
        else {
            delete tok;
            return SQLITE_ERROR;
        }
        if (value == "word")
            tok->mode = TokenizerMode::Word;
        else if (value == "bigram")
            tok->mode = TokenizerMode::Bigram;
        else {
            delete tok;
            return SQLITE_ERROR;
        }
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tok);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *tokenizer) { delete reinterpret_cast<KoTokenizer *>(tokenizer); }

int xTokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int bytes,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    const auto *tok = reinterpret_cast<const KoTokenizer *>(tokenizer);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    try {
        const std::string_view input(text == nullptr ? "" : text, text == nullptr ? 0 : static_cast<std::size_t>(bytes));
        if (!query) {
            if (const TokenList *ready = pretokenizedFor(input, tok->mode))
                return ready->replay(input, context, xToken); // computed on an import worker (pretokenized.h)
        }
        return tokenizeKorean(input, tok->mode, query, context, xToken);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

} // namespace

Status registerKoreanTokenizer(fts5_api *api)
{
    if (api == nullptr || api->iVersion < 2)
        return fail(ErrorCode::Database, "FTS5 is not available in this SQLite build");
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    const int rc = api->xCreateTokenizer(api, kKoreanTokenizerName, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return fail(ErrorCode::Database, std::string("cannot register tokenizer: ") + sqlite3_errstr(rc));
    return {};
}

} // namespace sillok::core
