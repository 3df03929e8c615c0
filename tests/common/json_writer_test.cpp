#include "common/json_writer.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(JsonWriter, WritesNestedDocument)
{
    JsonWriter w;
    w.beginObject().key("name").value("과기정통부 \"MSIT\"").key("n").value(3);
    w.key("date").value(PartialDate::ofMonth(2023, 12)).key("none").value(PartialDate{});
    w.key("list").stringArray({"a", "b"}).key("empty").beginArray().endArray().endObject();
    EXPECT_EQ(w.str(), R"({"name":"과기정통부 \"MSIT\"","n":3,"date":"2023-12","none":null,"list":["a","b"],"empty":[]})");
}

TEST(JsonWriter, EscapesControlsAndRepairsInvalidUtf8)
{
    std::string out;
    JsonWriter::appendQuoted(out, std::string("a\n\x01\xFF", 4));
    EXPECT_EQ(out, "\"a\\n\\u0001\xEF\xBF\xBD\"");
}
