#pragma once
// SettingsDialog: the interface language (system, Korean, English). Stored in QSettings under
// "ui/language" ("" = follow the system); applied at the next start.

#include <QDialog>

class QComboBox;

namespace sillok::gui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace sillok::gui
