#pragma once
// TimelinePanel: the TimelineView (app/views; it has its own lane, organisation and kind
// controls) fed from the service, with PNG/SVG export buttons and the load status.

#include <QWidget>

class QLabel;

namespace sillok::gui {

class LibraryService;
class TimelineView;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    TimelineView *view() const { return m_view; }
    int itemCount() const { return m_count; }

signals:
    void entityActivated(qint64 id);
    void loaded();
    // A translated sentence, and the core's technical detail for "Details" ("" when none).
    void errorOccurred(const QString &message, const QString &detail);

private:
    void exportImage(bool svg);

    LibraryService *m_service;
    TimelineView *m_view;
    QLabel *m_status;
    int m_count = 0;
    int m_generation = 0;
};

} // namespace sillok::gui
