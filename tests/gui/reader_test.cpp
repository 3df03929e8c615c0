// Selecting text in the reader with the mouse, as a person does (issue 12.9): the main window at
// 1600×1000 over the imported sample corpus, a press, a few moves and a release over Korean
// text. The selection ends at the character under the release point, also when the drag starts
// inside a selection the reader made itself (an article opened at a sentence from search or
// evidence), and Shift+←/→ then adjust it by one character. Runs on the offscreen platform in
// ctest; `xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb reader_test` runs it
// in a real X window. Also the highlight dialog driven from the keyboard alone.

#include "gui_test_support.h"

#include "services/library_service.h"
#include "store/library.h"
#include "widgets/annotation_dialog.h"
#include "widgets/main_window.h"
#include "widgets/reader_view.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>
#include <climits>

using namespace sillok;
using namespace sillok::gui;

namespace {
constexpr int kWait = 30000;

bool isHangul(QChar c)
{
    return c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3;
}

// A run of Hangul and spaces on one visual line of the reader: the document positions
// [start, end), all on the same line.
struct KoreanRun {
    int start = -1;
    int end = -1;
};

KoreanRun koreanRun(QTextBrowser *text, int minLength, int from = 0, int to = INT_MAX)
{
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        const QString s = block.text();
        QTextLayout *layout = block.layout();
        for (int l = 0; layout && l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            int runStart = -1;
            for (int i = line.textStart(); i <= line.textStart() + line.textLength(); ++i) {
                const bool inRun = i < line.textStart() + line.textLength() && i < s.size()
                                   && (isHangul(s[i]) || (s[i] == u' ' && runStart >= 0));
                if (inRun && runStart < 0)
                    runStart = i;
                if (!inRun && runStart >= 0) {
                    const int start = std::max(block.position() + runStart, from);
                    const int end = std::min(block.position() + i, to);
                    if (end - start >= minLength)
                        return {start, end};
                    runStart = -1;
                }
            }
        }
    }
    return {};
}

// A point inside the character at document position `pos`: `fraction` of its width from its
// left edge, at the middle of its line (viewport coordinates).
QPoint insideCharacter(QTextBrowser *text, int pos, qreal fraction)
{
    QTextCursor c(text->document());
    c.setPosition(pos);
    const QRect left = text->cursorRect(c);
    c.setPosition(pos + 1);
    const QRect right = text->cursorRect(c);
    return {int(left.x() + fraction * (right.x() - left.x())), left.center().y()};
}

// Press at `from`, move through `via` and release at `to`, with the button held, as QTest
// would from a person's hand. A drag of the selection (Qt's drag and drop) would block in its
// own event loop: a timer lets go of the button then, so the test reports instead of hanging.
void drag(QWidget *viewport, QPoint from, const QList<QPoint> &via, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTimer letGo;
    letGo.setSingleShot(true);
    QObject::connect(&letGo, &QTimer::timeout, viewport, [viewport, to] {
        QMouseEvent release(QEvent::MouseButtonRelease, to, viewport->mapToGlobal(to), Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &release);
    });
    letGo.start(1500);
    for (const QPoint &p : via + QList<QPoint>{to}) { // a hand's last move is to where it lets go
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
    }
    if (letGo.isActive()) {
        letGo.stop();
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }
}

QString describe(QTextBrowser *text, int expectedStart, int expectedEnd)
{
    const QTextCursor c = text->textCursor();
    QTextCursor want(text->document());
    want.setPosition(expectedStart);
    want.setPosition(expectedEnd, QTextCursor::KeepAnchor);
    return QStringLiteral("selected %1-%2 “%3”, the mouse went from %4 to %5 “%6”")
        .arg(c.selectionStart())
        .arg(c.selectionEnd())
        .arg(c.selectedText())
        .arg(expectedStart)
        .arg(expectedEnd)
        .arg(want.selectedText());
}

} // namespace

class ReaderTest : public QObject {
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

    void init() { QSettings().clear(); }

    // The highlight dialog from the keyboard alone: it opens in the note, Tab goes on to the
    // tags (not a tab character in the note), Enter there is OK.
    void highlightDialogByKeyboard()
    {
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        AnnotationDialog dialog(QStringLiteral("라피더스가 홋카이도 공장에서"), &parent);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QWidget *note = QApplication::focusWidget();
        QVERIFY2(qobject_cast<QPlainTextEdit *>(note), note ? note->metaObject()->className() : "no focus");
        QTest::keyClicks(note, QStringLiteral("pilot line start"));
        QTest::keyClick(note, Qt::Key_Tab);
        QWidget *tags = QApplication::focusWidget();
        QVERIFY(tags != note && qobject_cast<QLineEdit *>(tags));
        QTest::keyClicks(tags, QStringLiteral("fab, follow-up"));
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.note(), QStringLiteral("pilot line start"));
        QCOMPARE(dialog.tags(), QStringList({QStringLiteral("fab"), QStringLiteral("follow-up")}));
    }

    // The status bar tells undo and redo, and says nothing of "Redone" for a new highlight
    // (found in task 4: every highlight made was reported as "Redone: Highlight …").
    void newHighlightIsNotReportedAsRedone()
    {
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        const qint64 id = m_library->articles()->front().id;
        window.openArticle(id);
        QTRY_COMPARE_WITH_TIMEOUT(window.reader()->articleId(), id, kWait);
        const int before = int(m_library->annotations(id)->size());
        window.statusBar()->clearMessage();
        window.reader()->addAnnotation(0, 6, QStringLiteral("green"), QStringLiteral("status"), {});
        QTRY_COMPARE_WITH_TIMEOUT(int(m_library->annotations(id)->size()), before + 1, kWait);
        const QString redone = MainWindow::tr("Redone: %1").arg(QString()).trimmed();
        QVERIFY2(!window.statusBar()->currentMessage().startsWith(redone),
                 qPrintable(window.statusBar()->currentMessage()));
        window.action(QStringLiteral("undo"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_library->annotations(id)->size()), before, kWait);
        QVERIFY(window.statusBar()->currentMessage().startsWith(MainWindow::tr("Undone: %1").arg(QString()).trimmed()));
        window.action(QStringLiteral("redo"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_library->annotations(id)->size()), before + 1, kWait);
        QVERIFY(window.statusBar()->currentMessage().startsWith(redone));
    }

    void dragSelectsToTheMouseAndShiftArrowsAdjust()
    {
        LibraryService service(m_path);
        MainWindow window(&service);
        window.setWindowState(Qt::WindowNoState);
        window.resize(1600, 1000);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReaderView *reader = window.reader();
        QTextBrowser *text = reader->textBrowser();

        // An article with a long run of Korean on one line, opened at its first sentence, as
        // search and evidence open it (that sentence selected).
        const auto articles = *m_library->articles();
        qint64 chosen = 0;
        KoreanRun run;
        std::pair<int, int> sentence{-1, -1};
        for (const auto &summary : articles) {
            const auto article = *m_library->article(summary.id);
            if (article.sentences.empty())
                continue;
            window.openArticle(summary.id);
            QTRY_COMPARE_WITH_TIMEOUT(reader->articleId(), summary.id, kWait);
            QTRY_VERIFY_WITH_TIMEOUT(!reader->isLoading(), kWait);
            QCoreApplication::processEvents();
            run = koreanRun(text, 24);
            if (run.start >= 0) {
                chosen = summary.id;
                sentence = {int(article.sentences.front().first), int(article.sentences.front().second)};
                break;
            }
        }
        QVERIFY2(chosen != 0, "no article of the sample corpus has a line of Korean");
        QWidget *viewport = text->viewport();
        text->ensureCursorVisible();

        // 1. A drag over Korean text ends at the character under the release point: released
        // in the left quarter of a syllable, before it; in the right quarter, after it.
        {
            QTextCursor top(text->document());
            top.setPosition(run.start);
            text->setTextCursor(top);
            text->ensureCursorVisible();
            const int from = run.start + 2, stop = run.start + 12;
            const QPoint press = insideCharacter(text, from, 0.2);
            const QList<QPoint> moves{insideCharacter(text, from + 3, 0.5), insideCharacter(text, stop + 4, 0.5),
                                      insideCharacter(text, stop, 0.6)};
            drag(viewport, press, moves, insideCharacter(text, stop, 0.2));
            QVERIFY2(text->textCursor().selectionStart() == from && text->textCursor().selectionEnd() == stop,
                     qPrintable(describe(text, from, stop)));
            QVERIFY(text->hasFocus()); // the press gave the reader the keyboard
            // Shift+→ grows it by one syllable, Shift+← takes it back.
            QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
            QCOMPARE(text->textCursor().selectionEnd(), stop + 1);
            QTest::keyClick(text, Qt::Key_Left, Qt::ShiftModifier);
            QTest::keyClick(text, Qt::Key_Left, Qt::ShiftModifier);
            QCOMPARE(text->textCursor().selectionEnd(), stop - 1);
            QCOMPARE(text->textCursor().selectionStart(), from);
            // Right quarter: the syllable under the mouse is included.
            QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50); // not a double click
            drag(viewport, insideCharacter(text, from, 0.2), {insideCharacter(text, stop, 0.5)},
                 insideCharacter(text, stop, 0.8));
            QVERIFY2(text->textCursor().selectionStart() == from && text->textCursor().selectionEnd() == stop + 1,
                     qPrintable(describe(text, from, stop + 1)));
        }

        // 2. The article opened at a sentence: the reader selected it. A drag that starts inside
        // that selection selects from where it starts to where it stops — it does not pick the
        // sentence up to drag it elsewhere, leaving the whole sentence selected.
        {
            window.openArticle(chosen, sentence.first, sentence.second);
            QTRY_VERIFY_WITH_TIMEOUT(text->textCursor().hasSelection(), kWait);
            QTRY_VERIFY_WITH_TIMEOUT(!reader->isLoading(), kWait);
            const QTextCursor opened = text->textCursor();
            // A Korean run inside the selected sentence, else the run above, selected the same way.
            KoreanRun inside = koreanRun(text, 8, opened.selectionStart(), opened.selectionEnd());
            if (inside.start < 0) {
                QTextCursor manual(text->document());
                manual.setPosition(run.start);
                manual.setPosition(run.end, QTextCursor::KeepAnchor);
                text->setTextCursor(manual);
                inside = {run.start, run.end};
            }
            text->ensureCursorVisible();
            QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
            const int from = inside.start + 1, stop = inside.start + 6;
            drag(viewport, insideCharacter(text, from, 0.2),
                 {insideCharacter(text, from + 2, 0.5), insideCharacter(text, stop, 0.5)},
                 insideCharacter(text, stop, 0.2));
            QVERIFY2(text->textCursor().selectionStart() == from && text->textCursor().selectionEnd() == stop,
                     qPrintable(describe(text, from, stop)));
            QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
            QCOMPARE(text->textCursor().selectionEnd(), stop + 1);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Library> m_library;
};

int main(int argc, char **argv)
{
    return gui::test::runTest(argc, argv, QStringLiteral("sillok-reader-test"),
                              [] { return std::make_unique<ReaderTest>(); });
}

#include "reader_test.moc"
