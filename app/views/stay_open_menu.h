#pragma once
// A QMenu for lists of check boxes (kinds, relation types): clicking, Space or Enter on a
// checkable action toggles it and leaves the menu open, so several can be ticked in one go.
// Other actions close it as usual.

#include <QMenu>

namespace sillok::gui {

class StayOpenMenu : public QMenu {
    Q_OBJECT
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace sillok::gui
