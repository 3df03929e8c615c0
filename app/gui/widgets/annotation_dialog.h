#pragma once
// AnnotationDialog: colour, note, tags and evidence link of one highlight (new or edited).
// The evidence link names an entity, completed as you type from the names and aliases an
// EntityNameModel finds (English aliases included); an empty field means no link, a name that
// matches no entity disables OK.

#include <QDialog>
#include <QStringList>

class QComboBox;
class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sillok::core {
struct AnnotationRecord;
}

namespace sillok::gui {

class EntityNameModel;

class AnnotationDialog : public QDialog {
    Q_OBJECT
public:
    AnnotationDialog(const QString &quote, QWidget *parent = nullptr);

    void setColor(const QString &color);
    void setNote(const QString &note);
    void setTags(const QStringList &tags);
    // `entities` is not owned and must outlive the dialog; null = no completion.
    void setEntityModel(EntityNameModel *entities);
    // Shows the linked entity by name (the uid itself when the model does not know its name).
    void setEntityUid(const QString &uid);
    QString color() const;
    QString note() const;
    QStringList tags() const; // trimmed, empty ones dropped
    QString entityUid() const; // "" = no link
    QLineEdit *entityEdit() const { return m_entity; }

    // Asks for a new colour, note, tags and evidence link of `record` (modal); true when the
    // user accepted, with `record` updated.
    static bool editRecord(core::AnnotationRecord &record, EntityNameModel *entities, QWidget *parent);
    QCompleter *entityCompleter() const { return m_completer; }

private:
    void validateEntity();
    QString resolveEntity(const QString &text) const;

    QComboBox *m_color;
    QPlainTextEdit *m_note;
    QLineEdit *m_tags;
    QLineEdit *m_entity;
    QLabel *m_entityHint;
    QDialogButtonBox *m_buttons;
    QCompleter *m_completer = nullptr;
    EntityNameModel *m_entities = nullptr;
    QString m_chosenUid;  // picked from the completer
    QString m_chosenName; // its name, to notice later edits
    QString m_unknownUid; // a link to an entity the model does not list (kept unless edited)
    bool m_settingText = false;
};

} // namespace sillok::gui
