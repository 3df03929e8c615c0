#pragma once
// AnnotationDialog: colour, note and tags of one highlight (new or edited).

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sillok::gui {

class AnnotationDialog : public QDialog {
    Q_OBJECT
public:
    AnnotationDialog(const QString &quote, QWidget *parent = nullptr);

    void setColor(const QString &color);
    void setNote(const QString &note);
    void setTags(const QStringList &tags);
    QString color() const;
    QString note() const;
    QStringList tags() const; // trimmed, empty ones dropped

private:
    QComboBox *m_color;
    QPlainTextEdit *m_note;
    QLineEdit *m_tags;
};

} // namespace sillok::gui
