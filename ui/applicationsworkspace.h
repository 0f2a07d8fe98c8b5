#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace OneSeal {

class FilteredTable;
class Services;
class TicketPanel;
struct Session;

/// What a business workspace shows until its own work is built: what it will do, said plainly, and
/// the real applications of the user's site in the states it deals with, read-only. Each role's
/// workspace derives from it and later replaces the placeholder with its tools.
class ApplicationsWorkspace : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationsWorkspace)

public:
    struct Description
    {
        QString title;
        QString purpose; ///< what the workspace will do once built
        QString status;  ///< what works now
        QStringList states;
    };

    ApplicationsWorkspace(Services& services, const Session& session, const Description& description,
                          QWidget* parent = nullptr);
    ~ApplicationsWorkspace() override;

    /// Reads again what the workspace shows (F5): here the applications list; a workspace with tools of its
    /// own reads those again too.
    virtual void refresh();
    /// Reads the applications list again and nothing else, keeping its filter and selection.
    void refreshApplications();
    /// F5 on this workspace, where the focus is inside it. A window that gives F5 to every workspace it holds
    /// takes the key off this action (see the constructor for why).
    QAction* refreshAction() const { return m_refreshAction; }
    FilteredTable* table() const { return m_table; }
    const QStringList& states() const { return m_states; }
    /// The queue at the user's window; null unless they take applications in at a window.
    TicketPanel* ticketPanel() const { return m_tickets; }
    /// The ticket at the user's window now, to link a case taken in to it; empty when there is none.
    QString currentTicketId() const;

protected:
    /// Puts @p tool in a first tab titled @p title, with the applications table in a second tab, so that
    /// the workspace's own work comes first and the table keeps working beside it.
    QTabWidget* addTool(QWidget* tool, const QString& title);

private:
    Services& m_services;
    const Session& m_session;
    QStringList m_states;
    QVBoxLayout* m_layout;
    QWidget* m_listPage;
    QLabel* m_counts;
    QLabel* m_error;
    FilteredTable* m_table;
    QAction* m_refreshAction;
    TicketPanel* m_tickets = nullptr;
};

} // namespace OneSeal
