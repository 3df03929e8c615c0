#pragma once
// TimelineView's private state, shared by its .cpp files (view, export).

#include "timeline_view.h"

class QComboBox;
class QMenu;
class QToolButton;

namespace sillok::gui {
class FlowLayout;
namespace timeline {
class TimelineCanvas;
class TimelineLegend;
class TimelineScene;
} // namespace timeline

struct TimelineView::Private {
    timeline::TimelineScene *scene = nullptr;
    timeline::TimelineCanvas *canvas = nullptr;
    timeline::TimelineLegend *legend = nullptr;
    QComboBox *groupingBox = nullptr;
    QComboBox *organizationBox = nullptr;
    QToolButton *kindButton = nullptr;
    QMenu *kindMenu = nullptr;
    FlowLayout *toolBar = nullptr; // wraps at narrow widths
    Grouping grouping = Grouping::ByInitiative;
    QString organization;
    QStringList kinds;
    QStringList countOrganizations; // the organization filter's choices in counts mode
    bool updatingControls = false;
};

} // namespace sillok::gui
