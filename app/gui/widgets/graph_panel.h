#pragma once
// GraphPanel: the GraphView (app/views, with its own type filter, hop and zoom row) around the
// current entity, plus "Whole graph" and the GraphML export of the neighbourhood shown
// (core/export's writer, written off the GUI thread). Double-click re-centres on another entity.

#include <QWidget>

class QLabel;

namespace sillok::gui {

class GraphView;
class LibraryService;

class GraphPanel : public QWidget {
    Q_OBJECT
public:
    explicit GraphPanel(LibraryService *service, QWidget *parent = nullptr);

    void showNeighbourhood(qint64 centerId); // 0 = the whole graph
    qint64 centerId() const { return m_center; }
    GraphView *view() const { return m_view; }

signals:
    void entityActivated(qint64 id);
    // A translated sentence, and the core's technical detail for "Details" ("" when none).
    void errorOccurred(const QString &message, const QString &detail);
    void loaded();

private:
    void reload();
    void exportGraphMl();

    LibraryService *m_service;
    GraphView *m_view;
    QLabel *m_status;
    qint64 m_center = 0;
    int m_generation = 0;
};

} // namespace sillok::gui
