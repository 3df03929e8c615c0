#include "export/csv_writer.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {

// A minimal RFC 4180 reader to check what the writer produces.
std::vector<std::vector<std::string>> parseCsv(std::string_view text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.push_back(c);
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            fieldStarted = false;
            rows.emplace_back();
            ++i;
        } else {
            EXPECT_NE(c, '"') << "bare quote in an unquoted field";
            EXPECT_NE(c, '\n') << "bare LF outside quotes";
            field.push_back(c);
            fieldStarted = true;
        }
    }
    EXPECT_TRUE(rows.back().empty() && field.empty()) << "last record must end with CRLF";
    rows.pop_back();
    return rows;
}

} // namespace

TEST(CsvWriterTest, FieldQuoting)
{
    std::string out;
    appendCsvField(out, "과학기술정보통신부");
    EXPECT_EQ(out, "과학기술정보통신부");
    out.clear();
    appendCsvField(out, "가, 나");
    EXPECT_EQ(out, "\"가, 나\"");
    out.clear();
    appendCsvField(out, "그는 \"시급하다\"고");
    EXPECT_EQ(out, "\"그는 \"\"시급하다\"\"고\"");
    out.clear();
    appendCsvField(out, "첫 줄\r\n둘째 줄");
    EXPECT_EQ(out, "\"첫 줄\r\n둘째 줄\"");
}

TEST(CsvWriterTest, EntitiesWithKoreanTextAndPartialDates)
{
    EntitySummary org;
    org.id = 1;
    org.uid = "organization:gaz:example";
    org.name = "가상부, 산하기관";
    org.english = "Ministry of \"Examples\"";
    org.articleCount = 2;
    org.mentionCount = 5;
    EntitySummary meeting;
    meeting.id = 2;
    meeting.uid = "meeting:협의회#1";
    meeting.type = EntityType::Meeting;
    meeting.name = "제1차 가상 협의회";
    meeting.date = PartialDate::ofMonth(2024, 4);
    meeting.dateText = "지난달";
    meeting.rejected = true;
    const std::string csv = writeEntitiesCsv({org, meeting});
    EXPECT_FALSE(csv.starts_with("\xEF\xBB\xBF"));
    const auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 3u);
    ASSERT_EQ(rows[0].size(), 14u);
    EXPECT_EQ(rows[0][3], "name");
    EXPECT_EQ(rows[1][2], "organization");
    EXPECT_EQ(rows[1][3], "가상부, 산하기관");
    EXPECT_EQ(rows[1][6], "Ministry of \"Examples\"");
    EXPECT_EQ(rows[1][11], "2");
    EXPECT_EQ(rows[2][1], "meeting:협의회#1");
    EXPECT_EQ(rows[2][7], "2024-04");
    EXPECT_EQ(rows[2][8], "");
    EXPECT_EQ(rows[2][9], "지난달");
    EXPECT_EQ(rows[2][13], "1");
}

TEST(CsvWriterTest, ExcelBomIsOptional)
{
    const std::string csv = writeEntitiesCsv({}, CsvOptions{true});
    EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFid,uid,type,"));
    EXPECT_EQ(parseCsv(std::string_view(csv).substr(3)).size(), 1u);
}

TEST(CsvWriterTest, FactsOneRowPerEvidence)
{
    FactRecord owner;
    owner.id = 10;
    owner.predicate = "owner";
    owner.subjectId = 2;
    owner.subjectName = "가상 전략";
    owner.subjectType = EntityType::Initiative;
    owner.objectId = 1;
    owner.objectName = "가상부";
    owner.firstSeen = "2024-04-01T00:00:00Z";
    owner.confidence = 0.85;
    owner.articleCount = 2;
    owner.evidenceCount = 2;
    owner.firstArticle = PartialDate::ofDay(2024, 3, 2);
    owner.lastArticle = PartialDate::ofDay(2024, 4, 1);
    owner.date = "2024-03";
    owner.dateText = "지난 3월";
    owner.evidence.push_back({7, "제목, 쉼표", "a.txt", 3, 6, 0, 20, "가상부는 \"가상 전략\"을 발표했다.\n"});
    owner.evidence.push_back({8, "둘째 기사", "b.html", 10, 13, 5, 30, "둘째 문장"});
    FactRecord role;
    role.id = 11;
    role.predicate = "role";
    role.subjectId = 4;
    role.subjectName = "홍길동";
    role.subjectType = EntityType::Person;
    role.value = "장관";
    const auto rows = parseCsv(writeFactsCsv({owner, role}));
    ASSERT_EQ(rows.size(), 4u);
    ASSERT_EQ(rows[0].size(), 25u);
    EXPECT_EQ(rows[0][16], "evidence_quote");
    EXPECT_EQ(rows[0][17], "confidence");
    EXPECT_EQ(rows[0][24], "date_text");
    EXPECT_EQ(rows[1][0], "10");
    EXPECT_EQ(rows[1][2], "initiative");
    EXPECT_EQ(rows[1][6], "organization");
    EXPECT_EQ(rows[1][12], "제목, 쉼표");
    EXPECT_EQ(rows[1][14], "3");
    EXPECT_EQ(rows[1][16], "가상부는 \"가상 전략\"을 발표했다.\n");
    EXPECT_EQ(rows[2][11], "8");
    EXPECT_EQ(rows[3][0], "11");
    EXPECT_EQ(rows[3][5], "");
    EXPECT_EQ(rows[3][6], "");
    EXPECT_EQ(rows[3][8], "장관");
    EXPECT_EQ(rows[3][11], "");
    // The merged fact on every row of it.
    for (int r : {1, 2}) {
        EXPECT_EQ(rows[r][17], "0.85");
        EXPECT_EQ(rows[r][18], "2");
        EXPECT_EQ(rows[r][19], "2");
        EXPECT_EQ(rows[r][20], "2024-03-02");
        EXPECT_EQ(rows[r][21], "2024-04-01");
        EXPECT_EQ(rows[r][22], "2024-03");
        EXPECT_EQ(rows[r][23], "month");
        EXPECT_EQ(rows[r][24], "지난 3월");
    }
    EXPECT_EQ(rows[3][17], "1");
    EXPECT_EQ(rows[3][22], "");
    EXPECT_EQ(rows[3][23], "");
}
