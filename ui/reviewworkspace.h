#pragma once

#include "applicationsworkspace.h"
#include "core/result.h"

#include <QList>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace OneSeal {

class ReviewQueueModel;

/// The back office's workspace: the section's queue with each case's light, and the steps of a case
/// from the keyboard: claim (F6), release (F7), record the opinion (F8), decide (F9); a special procedure
/// (Ctrl+Shift+P), a supplement (Ctrl+Shift+B), the end of either (Ctrl+Shift+R), the one extension
/// (Ctrl+Shift+E) and the chief's correction of a decision (Ctrl+Shift+C) each open a small dialog. The keys
/// act only while the queue is shown. The services enforce who may do which step; a refusal is shown under
/// the table or in the dialog as the service words it. Sealed documents the steps issue are saved as PDFs in
/// documentFolder(), and the message says where. The search
/// box asks the case search as the user types (after a short pause, so typing never waits on it); a
/// search with its scope and order can be saved under a name (Ctrl+Shift+S) and picked again.
class ReviewWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWorkspace)

public:
    ReviewWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);

    ReviewQueueModel* queueModel() const { return m_model; }
    QSortFilterProxyModel* queueProxy() const { return m_proxy; }
    /// The case number of the selected row, empty when none.
    QString currentCase() const;

    /// F5: the queue when its tab is shown (the applications tab with it), else the applications tab alone.
    void refresh() override;
    void refreshQueue();
    /// Saves the current search under the name typed beside the saved filters; focuses that box when empty.
    void saveCurrentFilter();
    /// Applies the saved filter @p name.
    void applySavedFilter(const QString& name);
    void claimCase();
    void releaseCase();
    void recordOpinion();
    void decideCase();
    void startSpecialProcedure();
    void requestSupplement();
    /// The special procedure ended or the supplement arrived: the clock runs again.
    void resumeClock();
    void extendCase();
    void correctDecision();

    /// Where the sealed documents the steps issue are saved; a folder OneSeal in the user's documents unless set.
    QString documentFolder() const { return m_documentFolder; }
    void setDocumentFolder(const QString& folder) { m_documentFolder = folder; }

private:
    static Description describe();
    QWidget* buildQueueTool();
    void selectCase(const QString& caseNumber);
    void showOutcome(const QString& message, bool error);
    /// Writes sealed document @p noticeId as a PDF into documentFolder(), as `onesealctl review --out` does;
    /// returns its document number and the file's path.
    Result<std::pair<QString, QString>> saveDocument(const QString& noticeId);
    /// After a step on @p caseNumber: the queue is read again (clock and light) and the case stays selected.
    void refreshAfterStep(const QString& caseNumber);
    void loadSavedFilters();
    /// Reloads the queue's page for the search box, scope and order (the applications tab stays as it is).
    void search();
    /// Runs a search the pause is still waiting for.
    void flushSearch();
    bool eventFilter(QObject* watched, QEvent* event) override;

    Services& m_services;
    const Session& m_session;
    ReviewQueueModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_sort = nullptr;
    QCheckBox* m_descending = nullptr;
    QComboBox* m_saved = nullptr;
    QLineEdit* m_filterName = nullptr;
    QLabel* m_count = nullptr;
    QString m_documentFolder;
    QWidget* m_queueTool = nullptr;
    /// F6–F9 and what they do on the queue.
    QList<std::pair<Qt::Key, void (ReviewWorkspace::*)()>> m_stepKeys;
};

} // namespace OneSeal
