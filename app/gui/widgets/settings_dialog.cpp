#include "widgets/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace sillok::gui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(QStringLiteral("ui/language")).toString())));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies when Sillok starts again."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString chosen = m_language->currentData().toString();
    if (settings.value(QStringLiteral("ui/language")).toString() != chosen) {
        settings.setValue(QStringLiteral("ui/language"), chosen);
        QMessageBox::information(this, tr("Language"), tr("Restart Sillok to use the new language."));
    }
    QDialog::accept();
}

} // namespace sillok::gui
