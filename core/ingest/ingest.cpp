#include "ingest/ingest.h"

#include "common/utf.h"
#include "ingest/cleaner.h"
#include "ingest/dateline.h"
#include "ingest/decode.h"
#include "ingest/html_reader.h"
#include "ingest/identity.h"
#include "ingest/sha256.h"
#include "text/normalize.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace sillok::core {

namespace {

std::string extensionOf(std::string_view path)
{
    const std::size_t slash = path.find_last_of("/\\");
    const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = file.rfind('.');
    if (dot == std::string_view::npos || dot == 0)
        return {};
    std::string ext(file.substr(dot + 1));
    for (char &c : ext)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

// Joins blocks with "\n\n" and fills their code-point spans, fullText, body and hash. Each
// block is NFC on its own (a no-op check for almost every block), so the joined texts are NFC:
// "\n" never composes with what follows it.
void assemble(ParsedArticle &a, std::vector<TextBlock> blocks)
{
    std::size_t bytes = 0;
    for (TextBlock &b : blocks) {
        b.text = normalizeNfc(b.text);
        bytes += b.text.size() + 2;
    }
    a.fullText.reserve(bytes);
    int cp = 0;
    for (TextBlock &b : blocks) {
        if (!a.fullText.empty()) {
            a.fullText += "\n\n";
            cp += 2;
        }
        const int len = static_cast<int>(codePointCount(b.text));
        b.start = cp;
        b.end = cp + len;
        cp += len;
        a.fullText += b.text;
        if (b.kind == BlockKind::Body) {
            if (!a.body.empty())
                a.body += "\n\n";
            a.body += b.text;
        }
    }
    a.blocks = std::move(blocks);
    a.contentHash = sha256Hex(a.fullText);
}

std::optional<PartialDate> machineDate(std::string_view raw)
{
    const auto hit = findDate(raw);
    if (!hit || hit->date.precision != DatePrecision::Day)
        return std::nullopt;
    return hit->date;
}

} // namespace

std::vector<std::string> captionTexts(const ParsedArticle &article)
{
    std::vector<std::string> out;
    for (const TextBlock &b : article.blocks)
        if (b.kind == BlockKind::Caption)
            out.push_back(b.text);
    return out;
}

std::string minedText(const ParsedArticle &article)
{
    std::string out = article.body;
    for (const std::string &caption : captionTexts(article)) {
        out += "\n\n";
        out += caption;
    }
    return out;
}

int minedCaptionStart(const ParsedArticle &article)
{
    const int body = static_cast<int>(codePointCount(article.body));
    return captionTexts(article).empty() ? body : body + 2;
}

bool isImportableExtension(std::string_view path)
{
    const std::string ext = extensionOf(path);
    return ext == "txt" || ext == "html" || ext == "htm";
}

bool isRefusedDocumentExtension(std::string_view path)
{
    const std::string ext = extensionOf(path);
    for (const std::string_view e : {"pdf", "doc", "docx", "hwp", "hwpx", "rtf", "odt", "epub"})
        if (ext == e)
            return true;
    return false;
}

Result<ParsedArticle> parseArticleBytes(std::string_view bytes, const std::string &sourcePath,
                                        const ParseOptions &options)
{
    const std::string ext = extensionOf(sourcePath);
    const bool html = ext == "html" || ext == "htm" || (ext != "txt" && looksLikeHtml(bytes));
    auto decoded = decodeText(bytes, sourcePath, html ? declaredHtmlCharset(bytes) : std::string());
    if (!decoded)
        return std::unexpected(decoded.error());

    ParsedArticle a;
    a.sourcePath = sourcePath;
    a.format = html ? "html" : "txt";
    a.encoding = decoded->encoding;

    std::vector<SourceLine> lines;
    std::vector<std::string> knownTitles;
    HtmlPage page;
    if (html) {
        auto parsed = readHtml(decoded->text, sourcePath);
        if (!parsed)
            return std::unexpected(parsed.error());
        page = std::move(*parsed);
        lines = std::move(page.lines);
        // Text joined across tags, entities and dropped control bytes can leave decomposed
        // pairs side by side (ᄋ<b>ᅵ</b>, e&#x301;): the decoded page was NFC, its text may not be.
        for (SourceLine &line : lines)
            line.text = normalizeNfc(line.text);
        if (!canonicalUrlKey(page.canonicalUrl).empty())
            a.canonicalUrl = page.canonicalUrl;
        for (const std::string *t : {&page.ogTitle, &page.h1, &page.title})
            if (!t->empty())
                knownTitles.push_back(normalizeNfc(*t));
    } else {
        lines = splitTextLines(decoded->text);
        std::vector<std::string> texts;
        texts.reserve(lines.size());
        for (const SourceLine &line : lines)
            texts.push_back(line.text);
        a.canonicalUrl = sourceLineUrl(texts);
    }
    decoded->text.clear();
    decoded->text.shrink_to_fit();
    if (lines.empty())
        return fail(ErrorCode::Empty, "the page has no visible text", sourcePath);

    CleanResult clean = cleanLines(lines, knownTitles);
    lines.clear();
    a.title = normalizeNfc(clean.title);

    // A machine date from the page's metadata, then the printed dateline, then the caller's.
    const auto meta = html && page.publishedLabel != "time" ? machineDate(page.published) : std::nullopt;
    if (meta) {
        a.published = *meta;
        a.publishedBasis = "html-meta";
        a.publishedText = page.publishedLabel + ": " + page.published;
    } else if (clean.dateline) {
        a.published = clean.dateline->date;
        a.publishedBasis = "dateline";
        a.publishedText = clean.dateline->text;
    } else if (const auto timeTag = html ? machineDate(page.published) : std::nullopt) {
        a.published = *timeTag;
        a.publishedBasis = "html-meta";
        a.publishedText = page.publishedLabel + ": " + page.published;
    } else if (options.fallbackPublished.isValid()) {
        a.published = options.fallbackPublished;
        a.publishedBasis = "option";
        a.publishedText = options.fallbackPublished.toString();
    }

    assemble(a, std::move(clean.blocks));
    return a;
}

Result<ParsedArticle> parseArticleFile(const std::string &path, const ParseOptions &options)
{
    if (!isImportableExtension(path))
    {
        const std::string ext = extensionOf(path);
        return fail(ErrorCode::Unsupported,
                    (ext.empty() ? std::string("unsupported file type") : "unsupported file type ." + ext)
                        + " (only .txt, .html and .htm are imported)",
                    path);
    }
    // One open, fstat, read and close: an ifstream also built a locale and a buffer and moved the
    // file offset three times, a few percent of a worker here, where a system call is dear. A
    // FIFO opens without blocking and is then refused as not a regular file.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return fail(ErrorCode::Io, std::string("cannot open: ") + std::strerror(errno), path);
    const auto closeFd = [fd] { ::close(fd); };
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        closeFd();
        return fail(ErrorCode::Io, "cannot read (not a regular file?)", path);
    }
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const std::string reason = std::strerror(errno);
            closeFd();
            return fail(ErrorCode::Io, "read failed: " + reason, path);
        }
        if (n == 0)
            break; // the file shrank since fstat: what it holds now
        got += static_cast<std::size_t>(n);
    }
    closeFd();
    bytes.resize(got);
    return parseArticleBytes(bytes, path, options);
}

} // namespace sillok::core
