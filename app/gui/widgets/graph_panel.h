#pragma once
// GraphPanel: the GraphView (app/views, with its own type and relation filters, hop, co-mention
// and zoom controls) around the current entity, or the best-connected entities of the whole
// library ("Whole graph", with "Show more"); exports of what is shown as PNG, SVG or GraphML.
// Double-click re-centres on another entity; a hop button in the whole graph returns to the
// last centre.

#include <QWidget>

#include <algorithm>

class QLabel;
class QPushButton;

namespace sillok::gui {

class GraphView;
class LibraryService;

class GraphPanel : public QWidget {
    Q_OBJECT
public:
    enum class ExportFormat { Png, Svg, GraphMl };
    // The whole graph starts with this many entities; each "Show more" adds as many again.
    static constexpr int kTopStep = 100;
    // An ego network keeps at most this many entities besides the centre (strongest links first).
    static constexpr int kMaxEgoNodes = 300;
    // How many co-mentioned entities the co-mention layer adds, strongest first.
    static constexpr int kCoMentionLimit = 15;

    explicit GraphPanel(LibraryService *service, QWidget *parent = nullptr);

    void showNeighbourhood(qint64 centerId); // 0 = the whole graph (its best-connected entities)
    qint64 centerId() const { return m_center; }
    qint64 lastCenterId() const { return m_lastCenter; }
    int topLimit() const { return m_topLimit; }
    // How many entities the whole graph starts with and "Show more" adds (kTopStep; tests use less).
    void setTopStep(int step) { m_topStep = std::max(step, 1); }
    // Adds kTopStep entities to the whole graph.
    void showMore();
    // Switches the co-mention layer (around the centre) and reloads.
    void setCoMentionsShown(bool shown);
    GraphView *view() const { return m_view; }
    QPushButton *showMoreButton() const { return m_more; }
    // Writes what is shown (nodes and edges passing the filters, or for GraphML the graph
    // fetched); confirms with statusMessage and exported(path), or reports errorOccurred.
    void exportTo(ExportFormat format, const QString &path);

signals:
    void entityActivated(qint64 id);
    // A translated sentence, and the core's technical detail for "Details" ("" when none).
    void errorOccurred(const QString &message, const QString &detail);
    void statusMessage(const QString &message);
    void exported(const QString &path);
    void loaded();

private:
    void reload();
    void askExport(ExportFormat format);

    LibraryService *m_service;
    GraphView *m_view;
    QLabel *m_status;
    QPushButton *m_more;
    qint64 m_center = 0;
    qint64 m_lastCenter = 0;
    int m_topStep = kTopStep;
    int m_topLimit = kTopStep;
    int m_total = 0;
    int m_generation = 0;
};

} // namespace sillok::gui
