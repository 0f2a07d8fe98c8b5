#pragma once

#include "services/ticketservice.h"

#include <QFrame>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace OneSeal {

class Services;

/// The queue at the clerk's window, above the work: the ticket at the window now, how many wait for
/// this kind of window, and the calls, each on a function key so that the clerk never leaves the
/// form: F2 call the next, F3 call again, F4 no-show, F6 pass to another kind of window, F7 finished.
class TicketPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketPanel)

public:
    TicketPanel(Services& services, const Session& session, QWidget* parent = nullptr);
    ~TicketPanel() override;

    /// Puts the function keys on @p scope: they work wherever the focus is inside it.
    void installShortcuts(QWidget* scope);
    /// The ticket at the window, for intake to link the case to; empty when there is none.
    QString currentTicketId() const;

    void refresh();
    void callNext();
    void recall();
    void skip();
    /// Shows the choice of window kind to pass the ticket to, with the focus on it.
    void chooseTransfer();
    void transfer();
    void cancelTransfer();
    void finish();

signals:
    /// The ticket at the window changed: called, passed on, skipped or finished.
    void ticketChanged(const QString& ticketId);

private:
    void showResult(const Result<Ticket>& result, const QString& done);
    void showCurrent();

    Services& m_services;
    const Session& m_session;
    std::optional<Ticket> m_current;
    QLabel* m_number;
    QLabel* m_details;
    QLabel* m_waiting;
    QLabel* m_message;
    QLabel* m_error;
    QPushButton* m_call;
    QPushButton* m_recall;
    QPushButton* m_skip;
    QPushButton* m_transfer;
    QPushButton* m_finish;
    QWidget* m_transferRow;
    QComboBox* m_transferKind;
    QTimer* m_poll;
};

} // namespace OneSeal
