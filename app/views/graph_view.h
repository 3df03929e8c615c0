#pragma once
// GraphView: the neighbourhood of one entity, typed nodes and edges (see README.md).

#include <QSet>
#include <QWidget>

#include <memory>

namespace sillok::core {
struct Graph;
}

// Headers seen by moc forward-declare core types: Qt 6.4 moc cannot parse <compare>.
namespace sillok::gui {

class GraphView : public QWidget {
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    void setGraph(sillok::core::Graph graph, qint64 centerId);
    void setTypeFilter(const QSet<int> &visibleTypes); // values of core::EntityType
    int hops() const;

signals:
    void entityActivated(qint64 entityId);   // single click
    void recenterRequested(qint64 entityId); // double click: fetch that entity's neighbourhood
    void hopsChanged(int hops);              // the 1/2-hop selector changed

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
