#pragma once

#include <QWidget>

class QLabel;

namespace OneSeal {

class FilteredTable;
class Services;
struct Session;

/// The audit log for the audit administrator: every journal event with who, where and what, and a
/// check of the hash chain that says whether anything was altered and where.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    AuditPage(Services& services, const Session& session, QWidget* parent = nullptr);

    void refresh();
    void verify();
    FilteredTable* table() const { return m_table; }
    QLabel* verifyLabel() const { return m_result; }

private:
    Services& m_services;
    const Session& m_session;
    FilteredTable* m_table;
    QLabel* m_result;
};

} // namespace OneSeal
