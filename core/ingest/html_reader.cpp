#include "ingest/html_reader.h"

#include "common/utf.h"
#include "ingest/source_line.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <memory>

namespace sillok::core {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view name(const xmlNode *n) { return n->name ? reinterpret_cast<const char *>(n->name) : ""; }

std::string attr(const xmlNode *n, const char *key)
{
    xmlChar *v = xmlGetProp(n, reinterpret_cast<const xmlChar *>(key));
    if (!v)
        return {};
    std::string out(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return out;
}

bool hasAttr(const xmlNode *n, const char *key) { return xmlHasProp(n, reinterpret_cast<const xmlChar *>(key)) != nullptr; }

std::string textOf(const xmlNode *n)
{
    xmlChar *v = xmlNodeGetContent(n);
    if (!v)
        return {};
    const std::string out = collapseWhitespace(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return std::string(trimSpaces(out));
}

template <std::size_t N>
bool oneOf(std::string_view v, const std::array<std::string_view, N> &set)
{
    return std::find(set.begin(), set.end(), v) != set.end();
}

constexpr std::array<std::string_view, 16> kDropped = {
    "script", "style", "noscript", "iframe", "template", "svg", "head", "object",
    "embed", "canvas", "select", "button", "input", "textarea", "math", "map"};

constexpr std::array<std::string_view, 44> kBlocks = {
    "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "ul", "caption", "center", "html", "legend"};

// Noise hint from an element's tag, class and id; "" when it says nothing.
std::string hintOf(const xmlNode *n)
{
    const std::string_view tag = name(n);
    if (tag == "nav")
        return "nav";
    if (tag == "aside")
        return "related";
    if (tag == "footer")
        return "footer";
    if (tag == "figcaption" || tag == "figure")
        return "caption";
    if (tag == "html" || tag == "body" || tag == "main" || tag == "article")
        return {};
    const std::string cls = lower(attr(n, "class") + " " + attr(n, "id"));
    if (cls.size() <= 1)
        return {};
    auto has = [&](std::initializer_list<std::string_view> words) {
        return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return cls.find(w) != std::string::npos; });
    };
    if (has({"comment", "reply"}))
        return "comments";
    if (has({"related", "relation", "popular", "ranking", "most-read", "mostread", "recommend"}))
        return "related";
    if (has({"share", "sns", "social"}))
        return "share";
    if (has({"breadcrumb", "gnb", "lnb", "navbar", "navigation", "menu", "sitemap"}))
        return "nav";
    if (has({"footer", "copyright"}))
        return "footer";
    if (has({"caption", "photo_desc", "img_desc"}))
        return "caption";
    if (has({"banner", "advert", "sponsor"}))
        return "ad";
    if (has({"byline", "reporter", "writer"}))
        return "byline";
    return {};
}

// Priority of a machine publication date by its meta name (lower wins), -1 when not one.
int metaDatePriority(std::string_view key)
{
    static constexpr std::array<std::string_view, 13> kKeys = {
        "article:published_time", "og:article:published_time", "datepublished", "article:published",
        "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
        "dcterms.created", "parsely-pub-date", "sailthru.date"};
    const auto it = std::find(kKeys.begin(), kKeys.end(), key);
    return it == kKeys.end() ? -1 : static_cast<int>(it - kKeys.begin());
}

struct Context {
    bool inLink = false;
    std::string hint;
    LineRole role = LineRole::Text;
};

class Walker
{
public:
    HtmlPage page;

    void walk(const xmlNode *n, const Context &ctx)
    {
        for (const xmlNode *c = n; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                appendText(c->content ? reinterpret_cast<const char *>(c->content) : "", ctx);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE)
                continue;
            const std::string tag = lower(name(c));
            readMetadata(c, tag);
            if (tag == "title" && page.title.empty())
                page.title = textOf(c);
            if (tag == "head")
                scanMetadata(c->children); // its <title> and <meta>, never its text
            if (oneOf(tag, kDropped) || tag == "title")
                continue;
            if (tag == "br") {
                flush(false);
                continue;
            }
            const bool block = oneOf(tag, kBlocks);
            if (block)
                flush(true);
            Context inner = ctx;
            if (std::string h = hintOf(c); !h.empty())
                inner.hint = std::move(h);
            if (tag == "a")
                inner.inLink = true;
            if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6')
                inner.role = LineRole::Heading;
            else if (tag == "li")
                inner.role = LineRole::ListItem;
            if (tag == "h1" && page.h1.empty())
                page.h1 = textOf(c);
            walk(c->children, inner);
            if (block)
                flush(true);
        }
    }

    void flush(bool paragraph)
    {
        const std::string_view t = trimSpaces(m_cur);
        if (!t.empty()) {
            SourceLine line;
            line.text = std::string(t);
            line.blankBefore = m_blankNext;
            line.role = m_role;
            line.noiseHint = m_hint;
            line.linkDensity = m_cps ? static_cast<double>(m_linkCps) / static_cast<double>(m_cps) : 0.0;
            page.lines.push_back(std::move(line));
            m_blankNext = paragraph;
        } else if (paragraph) {
            m_blankNext = true;
        }
        m_cur.clear();
        m_cps = m_linkCps = 0;
        m_pendingSpace = false;
    }

private:
    void scanMetadata(const xmlNode *n)
    {
        for (const xmlNode *c = n; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            const std::string tag = lower(name(c));
            readMetadata(c, tag);
            if (tag == "title" && page.title.empty())
                page.title = textOf(c);
            scanMetadata(c->children);
        }
    }

    void appendText(std::string_view s, const Context &ctx)
    {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || nbsp) {
                m_pendingSpace = true;
                i += nbsp ? 1 : 0;
                continue;
            }
            if (m_cur.empty()) {
                m_hint = ctx.hint;
                m_role = ctx.role;
            } else if (m_pendingSpace) {
                m_cur.push_back(' ');
                ++m_cps;
            }
            m_pendingSpace = false;
            m_cur.push_back(c);
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++m_cps;
                m_linkCps += ctx.inLink ? 1 : 0;
            }
        }
    }

    void readMetadata(const xmlNode *c, const std::string &tag)
    {
        if (tag == "meta") {
            const std::string key = lower(!attr(c, "property").empty() ? attr(c, "property")
                                          : !attr(c, "name").empty()   ? attr(c, "name")
                                                                       : attr(c, "itemprop"));
            const std::string content = attr(c, "content");
            if (key == "og:title" && m_ogTitleUnset) {
                page.ogTitle = std::string(trimSpaces(content));
                m_ogTitleUnset = page.ogTitle.empty();
            }
            if (key == "og:url" && m_canonicalPriority > 1 && !trimSpaces(content).empty()) {
                page.canonicalUrl = std::string(trimSpaces(content));
                m_canonicalPriority = 1;
            }
            offerDate(metaDatePriority(key), content, key);
            return;
        }
        if (tag == "link" && m_canonicalPriority > 0 && lower(attr(c, "rel")).find("canonical") != std::string::npos
            && !trimSpaces(attr(c, "href")).empty()) {
            page.canonicalUrl = std::string(trimSpaces(attr(c, "href")));
            m_canonicalPriority = 0;
            return;
        }
        if (lower(attr(c, "itemprop")) == "datepublished") {
            std::string v = attr(c, "content");
            if (v.empty())
                v = attr(c, "datetime");
            if (v.empty())
                v = textOf(c);
            offerDate(metaDatePriority("datepublished"), v, "datePublished");
        } else if (tag == "time" && hasAttr(c, "datetime")) {
            offerDate(hasAttr(c, "pubdate") ? 20 : 30, attr(c, "datetime"), "time");
        }
    }

    void offerDate(int priority, const std::string &value, const std::string &label)
    {
        if (priority < 0 || trimSpaces(value).empty() || priority >= m_datePriority)
            return;
        m_datePriority = priority;
        page.published = std::string(trimSpaces(value));
        page.publishedLabel = label;
    }

    std::string m_cur;
    std::size_t m_cps = 0, m_linkCps = 0;
    bool m_pendingSpace = false;
    bool m_blankNext = true;
    std::string m_hint;
    LineRole m_role = LineRole::Text;
    bool m_ogTitleUnset = true;
    int m_canonicalPriority = 2; // 0: <link rel=canonical> seen, 1: og:url seen
    int m_datePriority = 1000;
};

} // namespace

Result<HtmlPage> readHtml(std::string_view utf8, const std::string &path)
{
    if (utf8.size() > static_cast<std::size_t>(INT32_MAX))
        return fail(ErrorCode::Unsupported, "HTML file too large", path);
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options), &xmlFreeDoc);
    if (!doc)
        return fail(ErrorCode::Parse, "libxml2 could not parse the HTML", path);
    Walker walker;
    Context ctx;
    walker.walk(xmlDocGetRootElement(doc.get()), ctx);
    walker.flush(true);
    return std::move(walker.page);
}

std::string declaredHtmlCharset(std::string_view bytes)
{
    const std::string head = lower(bytes.substr(0, 4096));
    const std::size_t p = head.find("charset=");
    if (p == std::string::npos)
        return {};
    std::size_t b = p + 8;
    while (b < head.size() && (head[b] == '"' || head[b] == '\'' || head[b] == ' '))
        ++b;
    std::size_t e = b;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_'))
        ++e;
    return head.substr(b, e - b);
}

bool looksLikeHtml(std::string_view bytes)
{
    const std::string head = lower(bytes.substr(0, 2048));
    return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos
        || (head.find("<head") != std::string::npos && head.find("<body") != std::string::npos);
}

} // namespace sillok::core
