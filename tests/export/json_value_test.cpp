#include "export/json_value.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(JsonValueTest, ParsesAllTypesInOrder)
{
    const auto v = JsonValue::parse(R"( {"이름": "가상부", "n": -12.5e1, "i": 42, "t": true, "f": false,
        "z": null, "a": [1, "둘", [], {}], "b": "b"} )");
    ASSERT_TRUE(v) << v.error().detail;
    ASSERT_TRUE(v->isObject());
    EXPECT_EQ(v->keys().front(), "이름");
    EXPECT_EQ(v->stringAt("이름"), "가상부");
    EXPECT_DOUBLE_EQ(v->find("n")->toNumber(), -125.0);
    EXPECT_EQ(v->find("i")->toInt(), 42);
    EXPECT_EQ(v->find("n")->toInt(7), -125);
    EXPECT_TRUE(v->find("t")->toBool());
    EXPECT_FALSE(v->find("f")->toBool(true));
    EXPECT_TRUE(v->find("z")->isNull());
    ASSERT_EQ(v->find("a")->size(), 4u);
    EXPECT_EQ(v->find("a")->items()[1].toString(), "둘");
    EXPECT_EQ(v->find("missing"), nullptr);
    EXPECT_EQ(v->stringAt("i"), "");
    EXPECT_EQ(v->find("a")->find("x"), nullptr);
}

TEST(JsonValueTest, StringEscapesAndSurrogatePairs)
{
    const auto v = JsonValue::parse(R"(["\"\\\/\b\f\n\r\t", "\uD55C\uAE00", "\ud83d\ude00", "é"])");
    ASSERT_TRUE(v) << v.error().detail;
    EXPECT_EQ(v->items()[0].toString(), "\"\\/\b\f\n\r\t");
    EXPECT_EQ(v->items()[1].toString(), "한글");
    EXPECT_EQ(v->items()[2].toString(), "\xF0\x9F\x98\x80");
    EXPECT_EQ(v->items()[3].toString(), "é");
}

TEST(JsonValueTest, BomAndScalarsAtTheRoot)
{
    EXPECT_TRUE(JsonValue::parse("\xEF\xBB\xBF{}"));
    EXPECT_EQ(JsonValue::parse("\"가\"")->toString(), "가");
    EXPECT_EQ(JsonValue::parse(" 0 ")->toInt(), 0);
    EXPECT_EQ(JsonValue::parse("1.5")->toInt(-1), -1);
}

TEST(JsonValueTest, RejectsMalformedInputWithPosition)
{
    const char *bad[] = {
        "", "   ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[1 2]", "01", "1.", ".5", "-", "1e",
        "+1", "NaN", "Infinity", "tru", "nul", "'x'", "\"abc", "\"a\\x\"", "\"\\u12\"", "\"\\uZZZZ\"",
        "\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "\"a\tb\"", "{} {}", "[1] x", "// c\n1",
        "\"\xff\"", "\"\xed\xa0\x80\"", "1e999", "[\"a\",]", "{\"a\"}"};
    for (const char *text : bad) {
        const auto v = JsonValue::parse(text);
        EXPECT_FALSE(v) << "accepted: " << text;
        if (!v) {
            EXPECT_EQ(v.error().code, ErrorCode::Parse);
            EXPECT_NE(v.error().detail.find("line "), std::string::npos) << v.error().detail;
        }
    }
}

TEST(JsonValueTest, ErrorNamesLineAndColumn)
{
    const auto v = JsonValue::parse("{\n  \"가나\": [1,\n  2,, 3]\n}");
    ASSERT_FALSE(v);
    EXPECT_NE(v.error().detail.find("line 3, column 5"), std::string::npos) << v.error().detail;
}

TEST(JsonValueTest, DepthLimit)
{
    const std::string ok = std::string(64, '[') + std::string(64, ']');
    EXPECT_TRUE(JsonValue::parse(ok));
    const std::string deep = std::string(65, '[') + std::string(65, ']');
    const auto v = JsonValue::parse(deep);
    ASSERT_FALSE(v);
    EXPECT_NE(v.error().detail.find("nesting"), std::string::npos);
    // Very deep input fails cleanly instead of overflowing the stack.
    EXPECT_FALSE(JsonValue::parse(std::string(100000, '[')));
    EXPECT_FALSE(JsonValue::parse(std::string(100000, '{')));
    EXPECT_TRUE(JsonValue::parse(std::string(10, '['), 3) ? false : true);
}

TEST(JsonValueTest, DuplicateKeysFindTheFirst)
{
    const auto v = JsonValue::parse(R"({"a": 1, "a": 2})");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->find("a")->toInt(), 1);
    EXPECT_EQ(v->size(), 2u);
}
