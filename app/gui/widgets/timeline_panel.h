#pragma once
// TimelinePanel: the TimelineView (app/views; it has its own lane, organisation and kind
// controls) fed from the service, with PNG/SVG export buttons and the load status.

#include <QTimer>
#include <QWidget>

#include <utility>
#include <vector>

class QLabel;

namespace sillok::core {
struct TimelineCount;
}

namespace sillok::gui {

class LibraryService;
class TimelineView;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(LibraryService *service, QWidget *parent = nullptr);
    ~TimelinePanel() override;

    // A library with more items than this shows counts per lane and month, and the items of a
    // window once zoomed in to no more than this many.
    static constexpr int kItemLimit = 1000;

    void refresh();
    void setItemLimit(int limit); // for tests: the aggregated path on a small library
    bool isAggregated() const { return m_aggregated; }
    TimelineView *view() const { return m_view; }
    // Items loaded, and how many pass the view's filters (what the count label says).
    int itemCount() const { return m_count; }
    int shownCount() const;
    QLabel *countLabel() const { return m_status; }
    // Writes the whole timeline as PNG or SVG; confirms with statusMessage and exported(path),
    // or reports errorOccurred.
    void exportTo(bool svg, const QString &path);

signals:
    void entityActivated(qint64 id);
    // An item was double-clicked: the first article that names it.
    void articleActivated(qint64 articleId);
    void loaded();
    void statusMessage(const QString &message);
    void exported(const QString &path);
    // A translated sentence, and the core's technical detail for "Details" ("" when none).
    void errorOccurred(const QString &message, const QString &detail);

private:
    void exportImage(bool svg);
    void updateCount();
    void viewChanged();
    void loadWindow();
    void openArticleOf(qint64 entityId);

    LibraryService *m_service;
    TimelineView *m_view;
    QLabel *m_status;
    int m_count = 0;
    int m_generation = 0;
    int m_itemLimit = kItemLimit;
    bool m_aggregated = false;
    std::vector<sillok::core::TimelineCount> m_counts;
    QStringList m_organizations;
    std::pair<bool, QString> m_countsQuery; // grouping and organization the counts were read for
    long m_windowFirst = 0, m_windowLast = 0; // days of the window items loaded
    QTimer m_windowTimer;
};

} // namespace sillok::gui
