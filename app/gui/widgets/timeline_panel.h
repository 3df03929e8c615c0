#pragma once
// TimelinePanel: the TimelineView (app/views) with its controls — lanes by initiative or by
// organisation, organisation and kind filters, PNG/SVG export. Data comes from the service.

#include <QWidget>

class QComboBox;
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
    void errorOccurred(const QString &message);

private:
    void exportImage(bool svg);

    LibraryService *m_service;
    TimelineView *m_view;
    QComboBox *m_grouping;
    QComboBox *m_organization;
    QComboBox *m_kind;
    QLabel *m_status;
    int m_count = 0;
    int m_generation = 0;
};

} // namespace sillok::gui
