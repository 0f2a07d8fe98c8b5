#pragma once

#include "applicationsworkspace.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace OneSeal {

class ReviewQueueModel;

/// The back office's workspace: the section's queue with each case's light, and the steps of a case
/// from the keyboard: claim (F6), release (F7), record the opinion (F8), decide (F9). The services
/// enforce who may do which step; a refusal is shown under the table as the service words it.
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

    void refreshQueue();
    void claimCase();
    void releaseCase();
    void recordOpinion();
    void decideCase();

private:
    static Description describe();
    QWidget* buildQueueTool();
    void selectCase(const QString& caseNumber);
    void showOutcome(const QString& message, bool error);
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
};

} // namespace OneSeal
