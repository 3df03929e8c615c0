#pragma once
// TimelineView: initiatives and meetings on a zoomable, pannable time axis (see README.md).

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

namespace sillok::core {
struct TimelineItem;
}

// Headers seen by moc forward-declare core types: Qt 6.4 moc cannot parse <compare>.
namespace sillok::gui {

class TimelineView : public QWidget {
    Q_OBJECT
public:
    enum class Grouping { ByInitiative, ByOrganization };
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setItems(std::vector<sillok::core::TimelineItem> items);
    void setGrouping(Grouping grouping);
    void setOrganizationFilter(const QString &organization); // "" = all
    void setKindFilter(const QStringList &kinds);            // empty = all
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);

signals:
    void entityActivated(qint64 entityId); // click on an item

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
