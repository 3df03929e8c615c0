#include "export/web_annotation.h"

#include "export/json_value.h"

#include "annotation_expect.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {

AnnotationRecord sample()
{
    AnnotationRecord a;
    a.uid = "0b6f1c1e-3a4d-4c55-9c1a-5b7f0e2d9a10";
    a.articleUid = "article:가상 기사#1";
    a.start = 12;
    a.end = 20;
    a.exact = "반도체 설계 \"인력\"";
    a.prefix = "참석자들은 ";
    a.suffix = " 양성 방안을\n논의했다";
    a.textHash = "ab12";
    a.note = "핵심 문장, 확인 필요";
    a.color = "green";
    a.tags = {"인력", "정책 과제"};
    a.entityUid = "initiative:가상 전략#2";
    a.createdAt = "2024-05-01T09:00:00Z";
    a.modifiedAt = "2024-05-02T10:30:00Z";
    return a;
}

} // namespace

TEST(WebAnnotationTest, ExportFollowsTheW3CModel)
{
    const std::string json = writeWebAnnotations({sample()});
    const auto root = JsonValue::parse(json);
    ASSERT_TRUE(root) << root.error().detail;
    EXPECT_EQ(root->stringAt("@context"), "http://www.w3.org/ns/anno.jsonld");
    EXPECT_EQ(root->stringAt("type"), "AnnotationCollection");
    EXPECT_EQ(root->find("total")->toInt(), 1);
    const JsonValue &item = root->find("first")->find("items")->items().at(0);
    EXPECT_EQ(item.stringAt("id"), "urn:uuid:0b6f1c1e-3a4d-4c55-9c1a-5b7f0e2d9a10");
    EXPECT_EQ(item.stringAt("type"), "Annotation");
    EXPECT_EQ(item.stringAt("motivation"), "commenting");
    EXPECT_EQ(item.stringAt("created"), "2024-05-01T09:00:00Z");
    const auto &bodies = item.find("body")->items();
    ASSERT_EQ(bodies.size(), 4u);
    EXPECT_EQ(bodies[0].stringAt("type"), "TextualBody");
    EXPECT_EQ(bodies[0].stringAt("purpose"), "commenting");
    EXPECT_EQ(bodies[1].stringAt("purpose"), "tagging");
    EXPECT_EQ(bodies[2].stringAt("value"), "정책 과제");
    EXPECT_EQ(bodies[3].stringAt("type"), "SpecificResource");
    EXPECT_EQ(bodies[3].stringAt("purpose"), "identifying");
    EXPECT_EQ(bodies[3].stringAt("source"), "urn:sillok:entity:initiative:가상%20전략%232");
    const JsonValue *target = item.find("target");
    EXPECT_EQ(target->stringAt("source"), "urn:sillok:article:article:가상%20기사%231");
    const auto &selectors = target->find("selector")->items();
    ASSERT_EQ(selectors.size(), 2u);
    EXPECT_EQ(selectors[0].stringAt("type"), "TextQuoteSelector");
    EXPECT_EQ(selectors[0].stringAt("exact"), "반도체 설계 \"인력\"");
    EXPECT_EQ(selectors[1].stringAt("type"), "TextPositionSelector");
    EXPECT_EQ(selectors[1].find("start")->toInt(), 12);
    EXPECT_EQ(selectors[1].find("end")->toInt(), 20);
}

TEST(WebAnnotationTest, HighlightWithoutBody)
{
    AnnotationRecord a = sample();
    a.note.clear();
    a.tags.clear();
    a.entityUid.clear();
    a.color = "#ff8800";
    a.orphaned = true;
    const auto root = JsonValue::parse(writeWebAnnotations({a}));
    ASSERT_TRUE(root);
    const JsonValue &item = root->find("first")->find("items")->items().at(0);
    EXPECT_EQ(item.stringAt("motivation"), "highlighting");
    EXPECT_EQ(item.find("body"), nullptr);
    EXPECT_EQ(item.stringAt("stylesClass"), "sillok-color-ff8800");
    const auto back = readWebAnnotations(writeWebAnnotations({a}));
    ASSERT_TRUE(back);
    ASSERT_EQ(back->annotations.size(), 1u);
    sillok::test::expectSameAnnotation(back->annotations[0], a);
}

TEST(WebAnnotationTest, RoundTripGivesTheSameAnnotations)
{
    AnnotationRecord second = sample();
    second.uid = "5d0e8d1c-0000-4000-8000-000000000002";
    second.note = "여러 줄\n메모 \\ 백슬래시";
    second.tags = {"a,b"};
    second.entityUid.clear();
    second.color.clear();
    second.prefix.clear();
    second.start = 0;
    second.end = 9;
    const std::vector<AnnotationRecord> original{sample(), second};
    const auto back = readWebAnnotations(writeWebAnnotations(original));
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_TRUE(back->skipped.empty());
    ASSERT_EQ(back->annotations.size(), 2u);
    sillok::test::expectSameAnnotation(back->annotations[0], original[0]);
    sillok::test::expectSameAnnotation(back->annotations[1], original[1]);
    // Exporting the import again gives the same document.
    EXPECT_EQ(writeWebAnnotations(back->annotations), writeWebAnnotations(original));
}

TEST(WebAnnotationTest, ImportsOtherShapesAndClients)
{
    // A single annotation as another W3C client might write it: one selector object, a string
    // body IRI, bodyValue, type as an array, and a foreign id.
    const auto one = readWebAnnotations(R"({
      "@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/1",
      "type": ["Annotation"], "bodyValue": "메모",
      "body": "urn:sillok:entity:organization:gaz:x",
      "target": {"source": "http://example.org/page",
                 "selector": {"type": "TextQuoteSelector", "exact": "가상부", "suffix": "는"}}})");
    ASSERT_TRUE(one) << one.error().detail;
    ASSERT_EQ(one->annotations.size(), 1u);
    const AnnotationRecord &a = one->annotations[0];
    // A foreign id gets a stable name-based UUID, so importing the file again finds it.
    ASSERT_EQ(a.uid.size(), 36u);
    EXPECT_EQ(a.uid[14], '8');
    EXPECT_NE(std::string("89ab").find(a.uid[19]), std::string::npos) << a.uid;
    const auto again = readWebAnnotations(R"({"id": "http://example.org/anno/1", "type": "Annotation",
      "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "x"}}})");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->annotations.at(0).uid, a.uid);
    const auto other = readWebAnnotations(R"({"id": "http://example.org/anno/2", "type": "Annotation",
      "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "x"}}})");
    ASSERT_TRUE(other);
    EXPECT_NE(other->annotations.at(0).uid, a.uid);
    EXPECT_EQ(a.note, "메모");
    EXPECT_EQ(a.entityUid, "organization:gaz:x");
    EXPECT_EQ(a.articleUid, "http://example.org/page");
    EXPECT_EQ(a.exact, "가상부");
    EXPECT_EQ(a.suffix, "는");
    EXPECT_EQ(a.start, 0);

    // A bare array and an AnnotationPage.
    const auto array = readWebAnnotations(R"([{"type": "Annotation", "target": {"source": "urn:sillok:article:u",
        "selector": [{"type": "TextQuoteSelector", "exact": "x"}]}}])");
    ASSERT_TRUE(array);
    EXPECT_EQ(array->annotations.size(), 1u);
    EXPECT_EQ(array->annotations.at(0).uid, ""); // no id at all: the importer matches by content
    const auto page = readWebAnnotations(R"({"type": "AnnotationPage", "items": []})");
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->annotations.empty());
}

TEST(WebAnnotationTest, UnusableItemsAreSkippedWithAReason)
{
    const auto r = readWebAnnotations(R"([
      {"type": "Annotation"},
      {"type": "Annotation", "target": "urn:sillok:article:u"},
      {"type": "Annotation", "target": {"source": "s", "selector": {"type": "TextPositionSelector", "start": 1, "end": 3}}},
      {"type": "Annotation", "target": {"source": "s", "selector": [{"type": "TextQuoteSelector", "exact": "가"},
                                                                    {"type": "TextPositionSelector", "start": 5, "end": 2}]}},
      7,
      {"type": "Annotation", "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "좋음"}}}])");
    ASSERT_TRUE(r) << r.error().detail;
    ASSERT_EQ(r->annotations.size(), 1u);
    EXPECT_EQ(r->annotations[0].exact, "좋음");
    ASSERT_EQ(r->skipped.size(), 5u);
    EXPECT_EQ(r->skipped[0], "item 0: no target");
    EXPECT_EQ(r->skipped[1], "item 1: target has no selector");
    EXPECT_EQ(r->skipped[2], "item 2: no TextQuoteSelector");
    EXPECT_EQ(r->skipped[3], "item 3: invalid TextPositionSelector");
    EXPECT_EQ(r->skipped[4], "item 4: not an object");
}

TEST(WebAnnotationTest, MalformedDocumentsFail)
{
    EXPECT_FALSE(readWebAnnotations("{\"type\": \"Annotation\""));
    EXPECT_FALSE(readWebAnnotations("{\"hello\": 1}"));
    EXPECT_FALSE(readWebAnnotations("42"));
    EXPECT_EQ(readWebAnnotations("[").error().code, ErrorCode::Parse);
}
