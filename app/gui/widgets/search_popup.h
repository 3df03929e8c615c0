#pragma once
// SearchPopup (Ctrl+K): results as you type (debounced) — entities first, grouped by type, then
// articles with their snippets — filtered by type, organisation and publication date range.
// Enter opens the best hit (or the selected one).

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace sillok::gui {

class LibraryService;
class SearchResultModel;

class SearchPopup : public QDialog {
    Q_OBJECT
public:
    explicit SearchPopup(LibraryService *service, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    SearchResultModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void popup();
    void runNow(); // skips the debounce (tests)
    bool isSearching() const { return m_searching; }

signals:
    void entityChosen(qint64 id);
    void articleChosen(qint64 id);
    void searched();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void openRow(int row);
    void loadOrganizations();

    LibraryService *m_service;
    QLineEdit *m_query;
    QComboBox *m_type;
    QComboBox *m_organization;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QListView *m_view;
    QLabel *m_status;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    int m_generation = 0;
    bool m_searching = false;
    bool m_openBest = false;
};

} // namespace sillok::gui
