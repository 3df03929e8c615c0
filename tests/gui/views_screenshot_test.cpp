// Renders both views with sample data to timeline.png and graph.png, the way a user sees
// them (Korean locale). Output goes to $SILLOK_SCREENSHOT_DIR when set (e.g. docs/screenshots),
// otherwise to a temporary folder. The translator below stands in for sillok_ko.qm so the
// picture shows Korean labels without depending on the translations build.

#include "graph_view.h"
#include "model/records.h"
#include "timeline_view.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sillok;
using core::EntityType;
using core::PartialDate;

namespace {

class KoreanStub : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        static const QHash<QString, QString> table{
            {QStringLiteral("%2 %1|axis: month and year; %1 = year, %2 = month name"), QStringLiteral("%1년 %2")},
            {QStringLiteral("%1|axis: a year"), QStringLiteral("%1년")},
            {QStringLiteral("%1|axis: day of month"), QStringLiteral("%1일")},
            {QStringLiteral("Other|"), QStringLiteral("기타")},
            {QStringLiteral("Organization|"), QStringLiteral("기관")},
            {QStringLiteral("Person|"), QStringLiteral("인물")},
            {QStringLiteral("Initiative|"), QStringLiteral("이니셔티브")},
            {QStringLiteral("Meeting|"), QStringLiteral("회의")},
            {QStringLiteral("Forum|"), QStringLiteral("포럼")},
            {QStringLiteral("Policy|"), QStringLiteral("정책")},
            {QStringLiteral("Program|"), QStringLiteral("사업")},
            {QStringLiteral("Conference|"), QStringLiteral("콘퍼런스")},
            {QStringLiteral("Exhibition|"), QStringLiteral("전시회")},
            {QStringLiteral("Exact day|"), QStringLiteral("날짜 확정")},
            {QStringLiteral("Day range|"), QStringLiteral("기간")},
            {QStringLiteral("Month known|"), QStringLiteral("월까지만")},
            {QStringLiteral("Year known|"), QStringLiteral("연도까지만")},
            {QStringLiteral("Lanes:|"), QStringLiteral("레인:")},
            {QStringLiteral("By initiative|"), QStringLiteral("이니셔티브별")},
            {QStringLiteral("By organization|"), QStringLiteral("기관별")},
            {QStringLiteral("Organization:|"), QStringLiteral("기관:")},
            {QStringLiteral("All organizations|"), QStringLiteral("모든 기관")},
            {QStringLiteral("Kinds|"), QStringLiteral("종류")},
            {QStringLiteral("Kinds:|"), QStringLiteral("종류:")},
            {QStringLiteral("Strategy|"), QStringLiteral("전략")},
            {QStringLiteral("Fit|"), QStringLiteral("전체 보기")},
            {QStringLiteral("Show:|"), QStringLiteral("표시:")},
            {QStringLiteral("Depth:|"), QStringLiteral("깊이:")},
            {QStringLiteral("1 hop|"), QStringLiteral("1단계")},
            {QStringLiteral("2 hops|"), QStringLiteral("2단계")},
            {QStringLiteral("Centre of the view|"), QStringLiteral("중심")},
            {QStringLiteral("organizer|"), QStringLiteral("주최")},
            {QStringLiteral("participant|"), QStringLiteral("참석")},
            {QStringLiteral("owner|"), QStringLiteral("주관")},
            {QStringLiteral("discussed|"), QStringLiteral("논의")},
            {QStringLiteral("member of|"), QStringLiteral("소속")},
            {QStringLiteral("part of|"), QStringLiteral("일부")},
        };
        Q_UNUSED(context);
        const QString key = QString::fromUtf8(source) + QLatin1Char('|') + QString::fromUtf8(disambiguation ? disambiguation : "");
        return table.value(key);
    }
    bool isEmpty() const override { return false; }
};

core::TimelineItem item(std::int64_t id, EntityType type, const char *name, const char *kind, PartialDate start,
                        PartialDate end, std::vector<std::string> initiatives, std::vector<std::string> organizations)
{
    core::TimelineItem t;
    t.entityId = id;
    t.type = type;
    t.name = name;
    t.kind = kind;
    t.start = start;
    t.end = end.isValid() ? end : start;
    t.dateText = start.toString();
    t.initiatives = std::move(initiatives);
    t.organizations = std::move(organizations);
    return t;
}

// Illustrative sample data (made up for the picture, not taken from any article).
std::vector<core::TimelineItem> demoTimeline()
{
    const PartialDate none;
    return {
        item(1, EntityType::Initiative, "K-반도체 전략", "strategy", PartialDate::ofYear(2024), none, {"K-반도체 전략"}, {"산업부"}),
        item(2, EntityType::Initiative, "AI 반도체 이니셔티브", "program", PartialDate::ofMonth(2024, 4), none,
             {"AI 반도체 이니셔티브"}, {"과기정통부"}),
        item(3, EntityType::Meeting, "AI 반도체 분과회의", "meeting", PartialDate::ofDay(2024, 4, 9), none,
             {"AI 반도체 이니셔티브"}, {"과기정통부", "삼성전자"}),
        item(4, EntityType::Meeting, "반도체 현안 점검회의", "meeting", PartialDate::ofDay(2024, 5, 23), none,
             {"K-반도체 전략"}, {"산업부", "SK하이닉스"}),
        item(5, EntityType::Meeting, "AI 반도체 최고위 전략대화", "forum", PartialDate::ofMonth(2024, 6), none,
             {"AI 반도체 이니셔티브", "K-반도체 전략"}, {"과기정통부", "산업부"}),
        item(6, EntityType::Meeting, "반도체대전", "exhibition", PartialDate::ofDay(2024, 10, 23),
             PartialDate::ofDay(2024, 10, 25), {"K-반도체 전략"}, {"한국반도체산업협회"}),
        item(7, EntityType::Meeting, "AI 반도체 포럼", "forum", PartialDate::ofDay(2024, 9, 3), none,
             {"AI 반도체 이니셔티브"}, {"과기정통부", "리벨리온", "퓨리오사AI"}),
        item(8, EntityType::Meeting, "NPU 실증 성과 공유회", "conference", PartialDate::ofDay(2024, 12, 11), none, {},
             {"정보통신산업진흥원"}),
        item(9, EntityType::Initiative, "K-클라우드 프로젝트", "program", PartialDate::ofMonth(2023, 3),
             PartialDate::ofMonth(2025, 2), {"K-클라우드 프로젝트"}, {"과기정통부"}),
        item(10, EntityType::Meeting, "K-클라우드 협의체 출범식", "meeting", PartialDate::ofDay(2023, 3, 17), none,
             {"K-클라우드 프로젝트"}, {"과기정통부", "네이버클라우드"}),
        item(11, EntityType::Meeting, "데이터센터 실증 점검", "meeting", PartialDate::ofMonth(2023, 11), none,
             {"K-클라우드 프로젝트"}, {"정보통신산업진흥원"}),
        item(12, EntityType::Meeting, "AI 반도체 전략 간담회", "meeting", PartialDate::ofDay(2025, 1, 15), none,
             {"AI 반도체 이니셔티브"}, {"과기정통부"}),
    };
}

core::Graph demoGraph()
{
    core::Graph g;
    g.nodes = {{1, EntityType::Meeting, "AI 반도체 분과회의", 8},
               {2, EntityType::Organization, "과기정통부", 20},
               {3, EntityType::Organization, "삼성전자", 9},
               {4, EntityType::Organization, "SK하이닉스", 7},
               {5, EntityType::Organization, "리벨리온", 4},
               {6, EntityType::Person, "장관", 3},
               {7, EntityType::Initiative, "AI 반도체 이니셔티브", 11},
               {8, EntityType::Initiative, "K-클라우드 프로젝트", 5},
               {9, EntityType::Meeting, "AI 반도체 포럼", 2},
               {10, EntityType::Organization, "퓨리오사AI", 3},
               {11, EntityType::Person, "차관", 1}};
    g.edges = {{1, 2, "organizer", 1}, {1, 3, "participant", 2}, {1, 4, "participant", 3},
               {1, 5, "participant", 4}, {6, 2, "member_of", 5},  {1, 7, "discussed", 6},
               {2, 7, "owner", 7},       {2, 8, "owner", 8},      {9, 7, "discussed", 9},
               {9, 10, "participant", 10}, {9, 2, "organizer", 11}, {11, 2, "member_of", 12},
               {1, 8, "discussed", 13}};
    return g;
}

} // namespace

class ViewsScreenshot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCoreApplication::installTranslator(&m_translator);
        const QByteArray env = qgetenv("SILLOK_SCREENSHOT_DIR");
        m_dir = env.isEmpty() ? m_temp.path() : QString::fromLocal8Bit(env);
        QVERIFY(QDir().mkpath(m_dir));
    }
    void timeline()
    {
        gui::TimelineView view;
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setItems(demoTimeline());
        QTest::qWait(50);
        const QString path = QDir(m_dir).filePath(QStringLiteral("timeline.png"));
        QVERIFY(view.grab().save(path));
        QVERIFY(view.exportPng(QDir(m_temp.path()).filePath(QStringLiteral("timeline-export.png"))));
        qInfo("wrote %s", qPrintable(path));
    }
    void graph()
    {
        gui::GraphView view;
        view.resize(1100, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(demoGraph(), 1);
        view.finishLayout();
        QTest::qWait(50);
        const QString path = QDir(m_dir).filePath(QStringLiteral("graph.png"));
        QVERIFY(view.grab().save(path));
        qInfo("wrote %s", qPrintable(path));
    }

private:
    KoreanStub m_translator;
    QTemporaryDir m_temp;
    QString m_dir;
};

QTEST_MAIN(ViewsScreenshot)
#include "views_screenshot_test.moc"
