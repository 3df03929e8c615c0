#include "widgets/reader_view.h"

#include "common/utf.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/annotation_dialog.h"
#include "widgets/reader_document.h"
#include "widgets/undo_commands.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace sillok::gui {

namespace {

// Plain-text browser that never loads anything (imported pages may reference remote images).
class SafeBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }

protected:
    // A press inside the selection starts a new selection there. Qt's default picks the
    // selected text up to drag it elsewhere: the mouse then selects nothing and the old
    // selection stays, running past where the mouse stopped — and a reader opened at a
    // sentence has that sentence selected, so a drag inside it never worked.
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier && textCursor().hasSelection())
            setTextCursor(cursorForPosition(event->position().toPoint())); // visible: does not scroll
        QTextBrowser::mousePressEvent(event);
    }
};

struct Loaded {
    core::ArticleRecord article;
    std::vector<core::AnnotationRecord> annotations;
    std::optional<core::Error> annotationsError; // the article is shown without its highlights
};

} // namespace

struct ReaderView::Private {
    LibraryService *service = nullptr;
    QUndoStack *undo = nullptr;
    EntityNameModel *entities = nullptr;
    QLabel *header = nullptr;
    QLabel *orphans = nullptr;
    QCheckBox *noise = nullptr;
    QToolButton *highlight = nullptr;
    SafeBrowser *text = nullptr;
    std::optional<core::ArticleRecord> article;
    std::vector<core::AnnotationRecord> annotations;
    ReaderDocument document;
    qint64 requested = 0;
    QWidget *findBar = nullptr;
    QLineEdit *find = nullptr;
    QLabel *findCount = nullptr;
    QList<QTextCursor> matches;
    int match = -1;
    int focusStart = -1;
    int focusEnd = -1;
    bool loading = false;

    const core::AnnotationRecord *annotationAt(int bodyPos) const
    {
        for (const auto &a : annotations)
            if (!a.orphaned && bodyPos >= a.start && bodyPos < a.end)
                return &a;
        return nullptr;
    }
    QTextCursor cursorFor(int bodyStart, int bodyEnd) const
    {
        QTextCursor c(text->document());
        const int s = document.utf16FromBody(bodyStart), e = document.utf16FromBody(bodyEnd);
        if (s < 0 || e < 0)
            return {};
        c.setPosition(s);
        c.setPosition(e, QTextCursor::KeepAnchor);
        return c;
    }
};

ReaderView::ReaderView(LibraryService *service, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->service = service;
    d->undo = undoStack;
    d->header = new QLabel(this);
    d->header->setWordWrap(true);
    d->header->setTextFormat(Qt::RichText);
    d->header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->orphans = new QLabel(this);
    d->orphans->setWordWrap(true);
    d->orphans->setStyleSheet(QStringLiteral("color:#9a3412"));
    d->orphans->hide();
    d->noise = new QCheckBox(tr("Show hidden blocks (navigation, captions, related news…)"), this);
    d->highlight = new QToolButton(this);
    d->highlight->setText(tr("Highlight…"));
    d->highlight->setToolTip(tr("Highlight the selected text, with a note and tags"));
    d->highlight->setPopupMode(QToolButton::MenuButtonPopup);
    auto *colours = new QMenu(d->highlight);
    for (const QString &name : Display::annotationColorNames())
        colours->addAction(Display::annotationColorLabel(name), this, [this, name] { annotateSelection(name); });
    d->highlight->setMenu(colours);
    connect(d->highlight, &QToolButton::clicked, this, [this] { annotateSelection(); });

    d->text = new SafeBrowser(this);
    d->text->setOpenLinks(false);
    d->text->setOpenExternalLinks(false);
    d->text->setContextMenuPolicy(Qt::CustomContextMenu);
    d->text->document()->setDocumentMargin(16);
    // Shift+arrows (and Shift+Home/End) adjust a selection made with the mouse.
    d->text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);

    d->findBar = new QWidget(this);
    d->find = new QLineEdit(d->findBar);
    d->find->setObjectName(QStringLiteral("findInArticle"));
    d->find->setPlaceholderText(tr("Find in this article…"));
    d->find->setClearButtonEnabled(true);
    d->findCount = new QLabel(d->findBar);
    auto *findPrevious = new QToolButton(d->findBar);
    findPrevious->setText(tr("Previous"));
    auto *findNextButton = new QToolButton(d->findBar);
    findNextButton->setText(tr("Next"));
    auto *findClose = new QToolButton(d->findBar);
    findClose->setText(tr("Close"));
    auto *findLayout = new QHBoxLayout(d->findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(d->find, 1);
    findLayout->addWidget(d->findCount);
    findLayout->addWidget(findPrevious);
    findLayout->addWidget(findNextButton);
    findLayout->addWidget(findClose);
    d->findBar->hide();
    connect(d->find, &QLineEdit::textChanged, this, [this] { updateFind(true); });
    connect(d->find, &QLineEdit::returnPressed, this,
            [this] { findNext(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(findNextButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(findClose, &QToolButton::clicked, this, &ReaderView::closeFind);
    auto *escape =
        new QShortcut(QKeySequence(Qt::Key_Escape), d->findBar, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ReaderView::closeFind);
    connect(d->text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"entity")
            emit entityActivated(url.path().toLongLong());
    });
    connect(d->text, &QWidget::customContextMenuRequested, this, &ReaderView::showContextMenu);
    connect(d->noise, &QCheckBox::toggled, this, &ReaderView::setShowNoise);

    auto *bar = new QHBoxLayout;
    bar->addWidget(d->highlight);
    bar->addStretch();
    bar->addWidget(d->noise);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->header);
    layout->addLayout(bar);
    layout->addWidget(d->orphans);
    layout->addWidget(d->findBar);
    layout->addWidget(d->text, 1);

    connect(service, &LibraryService::changed, this, [this](int changes) {
        if ((changes & (LibraryService::Annotations | LibraryService::Articles | LibraryService::Entities)) && d->requested)
            reload(true);
    });
    clear();
}

ReaderView::~ReaderView() = default;

qint64 ReaderView::articleId() const { return d->article ? d->article->summary.id : 0; }
QString ReaderView::articleTitle() const { return d->article ? toQ(d->article->summary.title) : QString(); }
QTextBrowser *ReaderView::textBrowser() const { return d->text; }
int ReaderView::annotationCount() const { return int(d->annotations.size()); }
bool ReaderView::isLoading() const { return d->loading; }

int ReaderView::orphanCount() const
{
    return int(std::count_if(d->annotations.begin(), d->annotations.end(), [](const auto &a) { return a.orphaned; }));
}

void ReaderView::clear()
{
    d->requested = 0;
    d->article.reset();
    d->annotations.clear();
    d->header->setText(QStringLiteral("<i>") + tr("Choose an article in the Library.") + QStringLiteral("</i>"));
    d->text->clear();
    d->orphans->hide();
}

void ReaderView::showArticle(qint64 id, int sentenceStart, int sentenceEnd)
{
    d->requested = id;
    d->focusStart = sentenceStart;
    d->focusEnd = sentenceEnd;
    reload(false);
}

void ReaderView::reload(bool keepPosition)
{
    const qint64 id = d->requested;
    const int scroll = keepPosition ? d->text->verticalScrollBar()->value() : -1;
    d->loading = true;
    d->service->run(this, [id](core::Library &lib) -> core::Result<Loaded> {
        auto article = lib.article(id);
        if (!article)
            return std::unexpected(article.error());
        Loaded loaded{std::move(*article), {}, {}};
        if (auto notes = lib.annotations(id))
            loaded.annotations = std::move(*notes);
        else
            loaded.annotationsError = notes.error();
        return loaded;
    }, [this, id, scroll](core::Result<Loaded> result) {
        if (id != d->requested)
            return; // a newer request is on its way
        d->loading = false;
        if (!result) {
            emit errorOccurred(Display::error(result.error()), Display::errorDetail(result.error()));
            return;
        }
        const bool sameArticle = d->article && d->article->summary.id == id;
        d->article = std::move(result->article);
        d->annotations = std::move(result->annotations);
        render();
        if (scroll >= 0 && sameArticle)
            d->text->verticalScrollBar()->setValue(scroll);
        if (!sameArticle || scroll < 0)
            emit articleShown(id);
        if (const auto &e = result->annotationsError)
            emit errorOccurred(tr("The highlights of this article could not be loaded. %1").arg(Display::error(*e)),
                               Display::errorDetail(*e));
    });
}

void ReaderView::setShowNoise(bool show)
{
    if (d->noise->isChecked() != show)
        d->noise->setChecked(show);
    if (d->article)
        render();
}

void ReaderView::render()
{
    const core::ArticleRecord &a = *d->article;
    d->document = ReaderDocument::build(a, d->noise->isChecked());
    QString title = toQ(a.summary.title);
    if (title.isEmpty())
        title = QFileInfo(toQ(a.summary.source)).fileName();
    QString meta = Display::dateWithPrecision(a.summary.published);
    if (a.summary.published.isValid())
        meta += QStringLiteral(" · ") + tr("from the %1").arg(Display::basis(a.summary.publishedBasis));
    if (!a.publishedText.empty())
        meta += QStringLiteral(" (“") + toQ(a.publishedText).toHtmlEscaped() + QStringLiteral("”)");
    d->header->setText(QStringLiteral("<h2 style='margin:0'>") + title.toHtmlEscaped() + QStringLiteral("</h2><div style='color:gray'>")
                       + meta + QStringLiteral("<br>") + QFileInfo(toQ(a.summary.source)).fileName().toHtmlEscaped()
                       + QStringLiteral("</div>"));
    d->header->setToolTip(toQ(a.summary.source));

    QTextDocument *doc = d->text->document();
    doc->setPlainText(d->document.text());
    QTextCursor c(doc);
    QTextCharFormat noise;
    noise.setForeground(QColor(0x99, 0x99, 0x99));
    noise.setFontItalic(true);
    for (const auto &[s, e] : d->document.noiseSpans()) {
        c.setPosition(s);
        c.setPosition(e, QTextCursor::KeepAnchor);
        c.mergeCharFormat(noise);
    }
    for (const core::MentionRecord &m : a.mentions) {
        if (m.entityId == 0)
            continue;
        QTextCursor mc = d->cursorFor(m.start, m.end);
        if (mc.isNull())
            continue;
        QTextCharFormat f;
        const QColor colour = Display::entityColor(m.entityType);
        f.setAnchor(true);
        f.setAnchorHref(QStringLiteral("entity:") + QString::number(m.entityId));
        f.setForeground(colour);
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(colour);
        f.setToolTip(toQ(m.entityName) + QStringLiteral(" — ") + Display::entityType(m.entityType));
        mc.mergeCharFormat(f);
    }
    QStringList orphanQuotes;
    for (const auto &n : d->annotations) {
        if (n.orphaned) {
            orphanQuotes << QStringLiteral("“") + toQ(n.exact).simplified() + QStringLiteral("”");
            continue;
        }
        QTextCursor nc = d->cursorFor(n.start, n.end);
        if (nc.isNull())
            continue;
        QTextCharFormat f;
        f.setBackground(Display::annotationColor(toQ(n.color)));
        QString tip = toQ(n.note);
        if (!n.tags.empty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + u'#' + toQList(n.tags).join(QStringLiteral(" #"));
        if (!tip.isEmpty())
            f.setToolTip(tip);
        nc.mergeCharFormat(f);
    }
    d->orphans->setVisible(!orphanQuotes.isEmpty());
    d->orphans->setText(tr("%n highlight(s) could not be placed in this version of the article (orphaned): ", nullptr,
                           int(orphanQuotes.size())) + orphanQuotes.join(QStringLiteral(", ")));

    if (d->focusStart >= 0) {
        QTextCursor fc = d->cursorFor(d->focusStart, std::max(d->focusEnd, d->focusStart));
        if (!fc.isNull()) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = fc;
            sel.format.setBackground(QColor(0xff, 0xd5, 0x80));
            d->text->setExtraSelections({sel});
            d->text->setTextCursor(fc);
            d->text->ensureCursorVisible();
        }
        d->focusStart = d->focusEnd = -1;
    } else {
        d->text->setExtraSelections({});
        if (d->findBar->isVisible())
            updateFind(false); // the find bar stays open across articles
    }
}

QLineEdit *ReaderView::findEdit() const
{
    return d->find;
}
int ReaderView::findMatchCount() const
{
    return int(d->matches.size());
}
int ReaderView::findMatchIndex() const
{
    return d->match + 1;
}

void ReaderView::startFind()
{
    d->findBar->show();
    // A selection of a few words is what the user wants to find.
    const QString selected = d->text->textCursor().selectedText();
    if (!selected.isEmpty() && selected.size() < 80 && !selected.contains(QChar::ParagraphSeparator))
        d->find->setText(selected);
    d->find->setFocus(Qt::ShortcutFocusReason);
    d->find->selectAll();
    updateFind(true);
}

void ReaderView::closeFind()
{
    d->findBar->hide();
    d->matches.clear();
    d->match = -1;
    d->text->setExtraSelections({});
    d->text->setFocus();
}

void ReaderView::updateFind(bool fromStart)
{
    d->matches.clear();
    d->match = -1;
    const QString needle = d->find->text();
    QList<QTextEdit::ExtraSelection> marks;
    if (!needle.isEmpty()) {
        QTextCursor c(d->text->document());
        while (true) {
            c = d->text->document()->find(needle, c);
            if (c.isNull())
                break;
            d->matches << c;
            QTextEdit::ExtraSelection mark;
            mark.cursor = c;
            mark.format.setBackground(QColor(0xfd, 0xe6, 0x8a));
            marks << mark;
        }
    }
    d->text->setExtraSelections(marks);
    if (!d->matches.isEmpty() && fromStart) {
        d->match = 0;
        d->text->setTextCursor(d->matches.front());
        d->text->ensureCursorVisible();
    }
    d->findCount->setText(needle.isEmpty()       ? QString()
                          : d->matches.isEmpty() ? tr("not found")
                                                 : tr("%1 of %2").arg(d->match + 1).arg(d->matches.size()));
}

void ReaderView::findNext(bool backward)
{
    if (d->matches.isEmpty())
        return;
    const int n = int(d->matches.size());
    d->match = ((d->match < 0 ? 0 : d->match + (backward ? -1 : 1)) % n + n) % n;
    d->text->setTextCursor(d->matches[d->match]);
    d->text->ensureCursorVisible();
    d->findCount->setText(tr("%1 of %2").arg(d->match + 1).arg(n));
}

std::pair<int, int> ReaderView::selectedBodyRange() const
{
    const QTextCursor c = d->text->textCursor();
    if (!c.hasSelection() || !d->article)
        return {-1, -1};
    const int s = d->document.bodyFromUtf16(c.selectionStart()), e = d->document.bodyFromUtf16(c.selectionEnd());
    if (s < 0 || e <= s)
        return {-1, -1};
    return {s, e};
}

void ReaderView::selectBodyRange(int bodyStart, int bodyEnd)
{
    const QTextCursor c = d->cursorFor(bodyStart, bodyEnd);
    if (!c.isNull())
        d->text->setTextCursor(c);
}

void ReaderView::annotateSelection(const QString &color)
{
    const auto [s, e] = selectedBodyRange();
    if (s < 0) {
        emit errorOccurred(tr("Select some text of the article body first."), QString());
        return;
    }
    if (!color.isEmpty()) {
        addAnnotation(s, e, color, {}, {});
        return;
    }
    AnnotationDialog dialog(d->text->textCursor().selectedText(), this);
    dialog.setEntityModel(d->entities);
    if (dialog.exec() == QDialog::Accepted)
        addAnnotation(s, e, dialog.color(), dialog.note(), dialog.tags(), dialog.entityUid());
}

void ReaderView::setEntityModel(EntityNameModel *entities)
{
    d->entities = entities;
}

void ReaderView::addAnnotation(int bodyStart, int bodyEnd, const QString &color, const QString &note,
                               const QStringList &tags, const QString &entityUid)
{
    if (!d->article)
        return;
    core::AnnotationRecord a;
    a.articleId = d->article->summary.id;
    a.articleUid = d->article->summary.uid;
    a.start = bodyStart;
    a.end = bodyEnd;
    a.exact = core::substrCodePoints(d->article->body, std::size_t(bodyStart), std::size_t(bodyEnd));
    a.note = toStd(note);
    a.color = toStd(color.isEmpty() ? QStringLiteral("yellow") : color);
    for (const QString &t : tags)
        a.tags.push_back(toStd(t));
    a.entityUid = toStd(entityUid);
    d->undo->push(new AddAnnotationCommand({d->service, d->undo, reportTo(this)}, std::move(a)));
}

void ReaderView::showContextMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(d->text->createStandardContextMenu(pos));
    const int bodyPos = d->document.bodyFromUtf16(d->text->cursorForPosition(pos).position());
    menu->addSeparator();
    if (selectedBodyRange().first >= 0) {
        menu->addAction(tr("Highlight with note…"), this, [this] { annotateSelection(); });
        QMenu *quick = menu->addMenu(tr("Highlight in"));
        for (const QString &name : Display::annotationColorNames())
            quick->addAction(Display::annotationColorLabel(name), this, [this, name] { annotateSelection(name); });
    }
    if (bodyPos >= 0 && d->annotationAt(bodyPos)) {
        menu->addAction(tr("Edit highlight…"), this, [this, bodyPos] { editAnnotationAt(bodyPos); });
        menu->addAction(tr("Delete highlight"), this, [this, bodyPos] { deleteAnnotationAt(bodyPos); });
    }
    menu->exec(d->text->viewport()->mapToGlobal(pos));
}

void ReaderView::editAnnotationAt(int bodyPos)
{
    const core::AnnotationRecord *a = d->annotationAt(bodyPos);
    if (!a)
        return;
    const core::AnnotationRecord before = *a; // the dialog's event loop may reload the list
    core::AnnotationRecord after = before;
    if (!AnnotationDialog::editRecord(after, d->entities, this))
        return;
    d->undo->push(new EditAnnotationCommand({d->service, d->undo, reportTo(this)}, before, std::move(after)));
}

void ReaderView::deleteAnnotationAt(int bodyPos)
{
    if (const core::AnnotationRecord *a = d->annotationAt(bodyPos))
        d->undo->push(new DeleteAnnotationCommand({d->service, d->undo, reportTo(this)}, *a));
}

} // namespace sillok::gui
