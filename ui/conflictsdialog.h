#pragma once

#include "sync/syncstate.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;

namespace OneSeal {

class FilteredTable;
class Services;
struct Session;

/// The steps of this device that the central store refused, each with its reason in the user's
/// language, what it was (the step in words, the case, when, who), and what can be done: open the
/// case to redo it, send it again when only the order of steps was at fault, or mark it seen.
/// Keyboard-first: the list has the focus, Enter opens the case, Alt+S sends again, Del marks seen.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    ConflictsDialog(Services& services, const Session& session, QWidget* parent = nullptr);
    ~ConflictsDialog() override;

    void reload();
    FilteredTable* table() const { return m_table; }
    const QList<ConflictEntry>& entries() const { return m_entries; }

    void openCurrentCase();
    void resubmitCurrent();
    void markCurrentSeen();

signals:
    /// The user wants to redo a step of the case @p caseNumber.
    void caseRequested(const QString& caseNumber);
    /// A refusal left the list (seen or sent again).
    void conflictsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    const ConflictEntry* current() const;
    void showCurrent();

    Services& m_services;
    const Session& m_session;
    QList<ConflictEntry> m_entries;
    FilteredTable* m_table;
    QLabel* m_detail;
    QLabel* m_message;
    QPushButton* m_open;
    QPushButton* m_resubmit;
    QPushButton* m_seen;
};

} // namespace OneSeal
