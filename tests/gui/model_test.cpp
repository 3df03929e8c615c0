// Every model under QAbstractItemModelTester, filled from a real imported library, plus the
// code-point/UTF-16 offset helper and where the sample corpus is imported from.

#include "gui_test_support.h"

#include "app/app_options.h"
#include "app/first_run.h"
#include "data_paths.h"
#include "models/annotation_model.h"
#include "models/article_model.h"
#include "models/entity_model.h"
#include "models/fact_model.h"
#include "models/search_result_model.h"
#include "services/display.h"
#include "services/text_offsets.h"
#include "store/library.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace sillok;
using namespace sillok::gui;

class ModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = test::importedDatabase(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        m_library = test::openLibrary(m_path);
        QVERIFY(m_library);
    }

    void textOffsetsCountCodePoints()
    {
        const QString text = QStringLiteral("가😀나🇰🇷다");
        TextOffsets offsets(text);
        // 가, 😀, 나, 🇰, 🇷, 다: a flag is two regional-indicator code points.
        QCOMPARE(offsets.codePointLength(), 6);
        QCOMPARE(offsets.toUtf16(0), 0);
        QCOMPARE(offsets.toUtf16(2), 3);  // 나 after one surrogate pair
        QCOMPARE(offsets.toUtf16(5), 8);  // 다 after three pairs
        QCOMPARE(offsets.toCodePoint(3), 2);
        QCOMPARE(offsets.toCodePoint(2), 1); // inside the pair: the emoji itself
        QCOMPARE(offsets.toCodePoint(int(text.size())), 6);
        QCOMPARE(offsets.toCodePoint(8), 5);
        QCOMPARE(offsets.toUtf16(99), int(text.size())); // clamped
    }

    void aSpanOfDatesFitsANarrowColumn()
    {
        using core::PartialDate;
        QCOMPARE(gui::Display::span(PartialDate::ofDay(2024, 3, 5), PartialDate::ofDay(2025, 11, 2)),
                 QStringLiteral("2024-03 – 2025-11"));
        QCOMPARE(gui::Display::span(PartialDate::ofDay(2025, 3, 4), PartialDate::ofDay(2025, 11, 2)),
                 QStringLiteral("2025-03-04 – 11-02"));
        QCOMPARE(gui::Display::span(PartialDate::ofDay(2025, 3, 4), PartialDate::ofDay(2025, 3, 4)),
                 QStringLiteral("2025-03-04"));
        QCOMPARE(gui::Display::span(PartialDate::ofDay(2025, 3, 4), PartialDate{}), QStringLiteral("2025-03-04"));
        QCOMPARE(gui::Display::span(PartialDate::ofYear(2024), PartialDate::ofDay(2025, 6, 1)),
                 QStringLiteral("2024 – 2025-06-01"));
        QCOMPARE(gui::Display::span(PartialDate{}, PartialDate{}), QString());
    }

    void sampleCorpusIsImportedInPlace()
    {
        // A test binary lives in the build tree: the data are the source tree's, never a copy.
        const auto &data = app::applicationData();
        QVERIFY2(data.has_value(), data ? "" : data.error().detail.c_str());
        const app::DataPaths &paths = (*data)->paths;
        QVERIFY(!paths.installed);
        QCOMPARE(QDir(QString::fromStdString(paths.corpus.string())).canonicalPath(),
                 QDir(QStringLiteral(SILLOK_SAMPLE_CORPUS_DIR)).canonicalPath());
        const QString corpus = QString::fromStdString(paths.corpus.string());
        const int articles =
            int(QDir(corpus).entryList({QStringLiteral("*.txt"), QStringLiteral("*.html")}, QDir::Files).size());
        QVERIFY(articles >= 20);
        QCOMPARE(sampleCorpusFileCount(corpus), articles); // gold/ holds .json only
        QCOMPARE(sampleCorpusFileCount(QDir(m_dir.path()).filePath(QStringLiteral("missing"))), 0);
        QVERIFY(QFileInfo::exists(QString::fromStdString((paths.translations / "sillok_ko.qm").string())));
    }

    void filesOnTheCommandLineAreImported()
    {
        // What the desktop passes with "Open with Sillok" (Exec=sillok %F): files to import, made
        // absolute against the current folder; options keep their meaning.
        const AppOptions options =
            parseOptions({QStringLiteral("sillok"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                          QStringLiteral("news/a.txt"), QStringLiteral("/tmp/b.html")});
        QCOMPARE(options.databasePath, QStringLiteral("x.sqlite"));
        QCOMPARE(options.importPaths, QStringList({QDir::current().absoluteFilePath(QStringLiteral("news/a.txt")),
                                                   QStringLiteral("/tmp/b.html")}));
        QVERIFY(parseOptions({QStringLiteral("sillok")}).importPaths.isEmpty());
    }

    void articleModel()
    {
        auto articles = m_library->articles();
        QVERIFY(articles);
        ArticleModel model;
        ArticleFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(*articles);
        QCOMPARE(model.rowCount(), int(articles->size()));
        proxy.sort(ArticleModel::DateColumn);
        proxy.setText(QStringLiteral("zzzz-no-such-title"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
        model.setResults({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void entityAndFactModels()
    {
        auto entities = m_library->entities();
        QVERIFY(entities);
        // The list as the Entities panel reads it: a window, then the next ones as it scrolls.
        EntityModel model;
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::EntityWindow window;
        window.limit = 7;
        auto first = m_library->entityWindow(window);
        QVERIFY(first);
        QCOMPARE(int(first->size()), std::min<int>(7, int(entities->size())));
        model.setResults(*first, int(first->size()) == window.limit);
        model.setFetcher([] {}); // the owner answers later, with append()
        while (model.hasMore()) {
            if (!model.isFetching()) // (the tester may have asked already)
                model.fetchMore({});
            QVERIFY(model.isFetching());
            QVERIFY(!model.canFetchMore({})); // one window asked for at a time
            window.offset = model.rowCount();
            auto next = m_library->entityWindow(window);
            QVERIFY(next);
            model.append(*next, int(next->size()) == window.limit);
        }
        QCOMPARE(model.rowCount(), int(entities->size()));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.entityAt(r - 1)->articleCount >= model.entityAt(r)->articleCount);
        // Sorting is the owner's: the model asks for it.
        QSignalSpy sorted(&model, &EntityModel::sortRequested);
        model.sort(EntityModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(sorted.size(), 1);
        QCOMPARE(sorted.front().at(0).toInt(), int(EntityModel::NameColumn));
        if (entities->empty())
            return;
        auto detail = m_library->entity(entities->front().id);
        QVERIFY(detail);
        FactModel facts;
        EvidenceModel evidence;
        QAbstractItemModelTester t3(&facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&evidence, QAbstractItemModelTester::FailureReportingMode::QtTest);
        facts.setResults(detail->facts, detail->summary.id);
        evidence.setResults(detail->mentions);
        QCOMPARE(facts.rowCount(), int(detail->facts.size()));
    }

    void searchResultModel()
    {
        auto hits = m_library->search("반도체");
        QVERIFY(hits);
        auto entities = m_library->entities(core::EntityFilter{{}, "반도체", false});
        std::vector<core::EntitySummary> found = entities ? *entities : std::vector<core::EntitySummary>{};
        SearchResultModel model;
        QAbstractItemModelTester t(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(found, *hits);
        QVERIFY(model.rowCount() >= int(hits->size()));
        if (!hits->empty()) {
            QVERIFY(model.bestRow() >= 0);
            // Snippet matches ([ ] from the core) become bold.
            bool bold = false;
            for (int r = 0; r < model.rowCount(); ++r)
                bold = bold || model.index(r).data(SearchResultModel::HtmlRole).toString().contains(QStringLiteral("<b>"));
            QVERIFY(bold);
        }
        model.clear();
        QCOMPARE(model.bestRow(), -1);
    }

    void annotationModel()
    {
        auto articles = m_library->articles();
        QVERIFY(articles && !articles->empty());
        core::AnnotationRecord a;
        a.articleId = articles->front().id;
        a.start = 0;
        a.end = 4;
        a.color = "green";
        a.tags = {"model-test"};
        auto added = m_library->addAnnotation(a);
        QVERIFY(added);
        auto all = m_library->annotations(0);
        QVERIFY(all);
        AnnotationModel model;
        AnnotationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(*all);
        QVERIFY(model.allTags().contains(QStringLiteral("model-test")));
        proxy.setColor(QStringLiteral("pink"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setColor(QStringLiteral("green"));
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setTag(QStringLiteral("model-test"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setArticleId(a.articleId + 100000);
        QCOMPARE(proxy.rowCount(), 0);
        // The evidence column names the linked entity (its uid when the name is unknown).
        core::AnnotationRecord linked = *added;
        linked.entityUid = "organization:test:model";
        QVERIFY(m_library->updateAnnotation(linked));
        model.setResults(*m_library->annotations(0));
        proxy.setArticleId(0);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex evidence = proxy.index(0, AnnotationModel::EntityColumn);
        QCOMPARE(evidence.data().toString(), QStringLiteral("organization:test:model"));
        model.setEntityNames({{QStringLiteral("organization:test:model"), QStringLiteral("모델 기관")}});
        QCOMPARE(evidence.data().toString(), QStringLiteral("모델 기관"));
        QCOMPARE(evidence.data(AnnotationModel::EntityUidRole).toString(), QStringLiteral("organization:test:model"));
        QVERIFY(m_library->deleteAnnotation(added->uid));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Library> m_library;
};

int runModelTests(int argc, char **argv)
{
    ModelTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "model_test.moc"
