// EntityPage's showing: the loaded page into the header, aliases, tabs and their counts, and a
// person's posts read off the role facts.
#include "widgets/entity_page.h"
#include "widgets/entity_page_p.h"

#include "flow_layout.h"
#include "models/annotation_model.h"
#include "models/article_model.h"
#include "models/fact_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_counts.h"
#include "timeline_view.h"
#include "widgets/error_text.h"
#include "widgets/row_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sillok::gui {

QStringList EntityPage::postLines() const
{
    QStringList lines;
    if (!d->data || d->data->detail.summary.type != core::EntityType::Person)
        return lines;
    const auto &e = d->data->detail;
    struct Post {
        const core::FactRecord *fact;
        core::PartialDate first, last; // publication dates of the articles that state it
    };
    std::vector<Post> current, former;
    for (const auto &f : e.facts) {
        if (f.subjectId != e.summary.id || !f.objectId)
            continue;
        if (f.predicate == "role" || f.predicate == "member_of")
            current.push_back({&f, f.firstArticle, f.lastArticle});
        else if (f.predicate == "former_role" || f.predicate == "former_member_of")
            former.push_back({&f, f.firstArticle, f.lastArticle});
    }
    // A post that a later (or the same) article states as past is a former post, whatever older
    // articles said: "지난해까지 X 대표" ends it. Its dates then cover both.
    const auto widen = [](Post &p, const Post &o) {
        if (o.first.isValid() && (!p.first.isValid() || o.first < p.first))
            p.first = o.first;
        if (o.last.isValid() && (!p.last.isValid() || p.last < o.last))
            p.last = o.last;
    };
    std::erase_if(current, [&](const Post &c) {
        for (Post &f : former)
            if (f.fact->objectId == c.fact->objectId && (f.fact->value == c.fact->value || c.fact->value.empty())
                && !(f.last < c.last)) {
                widen(f, c);
                return true;
            }
        return false;
    });
    const auto latestFirst = [](const Post &a, const Post &b) { return b.last < a.last; };
    std::ranges::sort(current, latestFirst);
    std::ranges::sort(former, latestFirst);
    const auto post = [](const core::FactRecord &f) {
        return f.value.empty() ? toQ(f.objectName) : tr("%1, %2").arg(toQ(f.value), toQ(f.objectName));
    };
    const auto seen = [](const Post &p) {
        if (!p.first.isValid())
            return QString();
        if (p.first == p.last || !p.last.isValid())
            return tr(" (article of %1)").arg(Display::date(p.first));
        return tr(" (articles of %1 – %2)").arg(Display::date(p.first), Display::date(p.last));
    };
    // The post the latest article gives is the current one; posts only older articles give are
    // earlier ones.
    for (std::size_t i = 0; i < current.size(); ++i)
        lines << (i == 0 ? tr("Current post: %1%2") : tr("Earlier post: %1%2"))
                     .arg(post(*current[i].fact), seen(current[i]));
    for (const Post &f : former) {
        QString line = tr("Former post: %1").arg(post(*f.fact));
        if (!f.fact->dateText.empty())
            line += tr(" (“%1”)").arg(toQ(f.fact->dateText));
        lines << line + seen(f);
    }
    return lines;
}

void EntityPage::render()
{
    const bool has = d->data.has_value();
    for (QPushButton *b : d->actions)
        b->setEnabled(has);
    d->split->setEnabled(canSplit());
    d->aliases->clear();
    if (!has) {
        d->header->setText(QStringLiteral("<i>")
                           + tr("Choose an entity in the Entities list, the reader, the timeline or the graph.")
                           + QStringLiteral("</i>"));
        d->facts->setResults({}, 0);
        d->relations->setResults({}, 0);
        d->articles->setResults({});
        d->mentions->setResults({});
        d->evidence->setResults({});
        dropSources();
        d->factsShown->hide();
        d->timeline->setItems({});
        d->renderedId = 0;
        fitAliases();
        return;
    }
    renderHeader();
    const core::EntityDetail &e = d->data->detail;
    const core::EntitySummary &s = e.summary;
    std::vector<core::FactRecord> facts, relations;
    for (const auto &f : e.facts)
        (Display::isTypedRelation(f.predicate) ? relations : facts).push_back(f);
    // Relations: the most recently stated first.
    std::ranges::stable_sort(
        relations, [](const core::FactRecord &a, const core::FactRecord &b) { return b.lastArticle < a.lastArticle; });
    // The Value column (a post's title) only when a fact has one: a meeting's or an initiative's
    // facts have none, and the column took the width the other end's name needs in the dock.
    d->factView->setColumnHidden(FactModel::ValueColumn,
                                 std::ranges::none_of(facts, [](const auto &f) { return !f.value.empty(); }));
    d->facts->setResults(std::move(facts), s.id);
    d->relations->setResults(std::move(relations), s.id);
    const int shown = int(e.facts.size());
    if (shown < e.factTotal) {
        d->factsShown->setText(tr("Showing the %1 most stated of %2 facts and relations.").arg(shown).arg(e.factTotal)
                               + QStringLiteral(" <a href=\"all\">") + tr("Show all %1").arg(e.factTotal)
                               + QStringLiteral("</a>"));
        d->factsShown->show();
    } else {
        d->factsShown->hide();
    }
    d->articles->setResults(e.articles, d->data->nextArticle != 0);
    d->mentions->setResults(e.mentions, d->data->nextMention != 0);
    d->evidence->setResults(d->data->evidence);
    // A tab's name with its count ("31k": the exact count in its tooltip); fitTabs() keeps the
    // counts only while every name stays whole.
    const auto label = [this](QWidget *tab, const QString &name, int n) {
        const int index = d->tabs->indexOf(tab);
        const QString counted = n ? tr("%1 (%2)").arg(name, timeline::abbreviatedCount(n)) : name;
        d->tabs->tabBar()->setTabData(index, QStringList{name, counted});
        d->tabs->setTabToolTip(index, n ? tr("%1 (%2)").arg(name, locale().toString(n)) : QString());
    };
    label(d->factView, tr("Facts"), d->facts->rowCount());
    label(d->relationView, tr("Relations"), d->relations->rowCount());
    label(d->articleView, tr("Articles"), s.articleCount);
    label(d->mentionView, tr("Mentions"), s.mentionCount);
    label(d->evidenceView, tr("Evidence"), int(d->data->evidence.size()));
    const bool timeline = !d->data->meetings.empty();
    d->tabs->setTabVisible(d->tabs->indexOf(d->timeline), timeline);
    d->timeline->setItems(d->data->meetings);
    fitAliases();
    fitTabs();
    // A newly shown entity opens on the tab that was in use if it has something to show, else
    // on the first tab that has (facts, relations, articles, mentions).
    if (std::exchange(d->renderedId, s.id) != s.id) {
        // Another entity: the sources listed were of a fact of the one before. Its tab is shown
        // once asked for (S on a fact), as the timeline is when there are meetings.
        dropSources();
        openFilledTab();
    } else {
        keepSourcesListed();
    }
}

// The header (name, type, kind, dates, posts, counts) and the aliases of the loaded entity.
void EntityPage::renderHeader()
{
    const core::EntityDetail &e = d->data->detail;
    const core::EntitySummary &s = e.summary;
    QStringList lines;
    if (!s.kind.empty())
        lines << tr("Kind: %1").arg(Display::entityKind(s.kind).toHtmlEscaped());
    if (!s.country.empty())
        lines << tr("Country: %1").arg(toQ(s.country).toHtmlEscaped());
    if (!s.english.empty())
        lines << tr("English: %1").arg(toQ(s.english).toHtmlEscaped());
    if (s.date.isValid()) {
        QString when = Display::dateWithPrecision(s.date);
        if (s.endDate.isValid() && s.endDate != s.date)
            when += QStringLiteral(" – ") + Display::date(s.endDate);
        if (!s.dateText.empty())
            when += QStringLiteral(" (“") + toQ(s.dateText).toHtmlEscaped() + QStringLiteral("”)");
        lines << tr("Date: %1").arg(when);
    }
    if (!s.place.empty())
        lines << tr("Place: %1").arg(toQ(s.place).toHtmlEscaped());
    for (const QString &post : postLines())
        lines << post.toHtmlEscaped();
    lines << tr("%n article(s)", nullptr, s.articleCount) + QStringLiteral(" · ")
                 + tr("%n mention(s)", nullptr, s.mentionCount);
    if (s.rejected)
        lines << QStringLiteral("<b>") + tr("Marked as not an entity") + QStringLiteral("</b>");
    d->header->setText(QStringLiteral("<h2 style='margin:0;color:%1'>").arg(Display::entityColor(s.type).name())
                       + toQ(s.name).toHtmlEscaped() + QStringLiteral(" <small>") + Display::entityType(s.type)
                       + QStringLiteral("</small></h2>") + lines.join(QStringLiteral("<br>")));
    for (const auto &a : e.aliases) {
        if (a.form == s.name)
            continue;
        auto *item = new QListWidgetItem(toQ(a.form), d->aliases);
        item->setToolTip(Display::aliasKind(a.kind));
    }
}

// The tab in use when it has something to show, else the first that has (facts, relations,
// articles, mentions).
void EntityPage::openFilledTab()
{
    const auto rows = [this](QWidget *tab) -> int {
        if (tab == d->timeline)
            return d->tabs->isTabVisible(d->tabs->indexOf(d->timeline)) ? 1 : 0;
        auto *view = qobject_cast<QTableView *>(tab);
        return view && view->model() ? view->model()->rowCount() : 0;
    };
    if (rows(d->tabs->currentWidget()) == 0) {
        for (QWidget *tab : {static_cast<QWidget *>(d->factView), static_cast<QWidget *>(d->relationView),
                             static_cast<QWidget *>(d->articleView), static_cast<QWidget *>(d->mentionView)}) {
            if (rows(tab) > 0) {
                d->tabs->setCurrentWidget(tab);
                break;
            }
        }
    }
}

} // namespace sillok::gui
