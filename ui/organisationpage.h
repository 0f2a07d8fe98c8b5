#pragma once

#include <QList>
#include <QWidget>

class QTabWidget;

namespace OneSeal {

class FilteredTable;
class Services;
struct RecordKind;
struct Session;

/// The organisation as data: one tab per kind of record (sites, windows, sections, departments,
/// seals), each a table and an editor built from the kind's field descriptions.
class OrganisationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationPage)

public:
    OrganisationPage(Services& services, const Session& session, QWidget* parent = nullptr);

    void refresh();
    QTabWidget* tabs() const { return m_tabs; }
    FilteredTable* table(int kindIndex) const { return m_tables.at(kindIndex); }
    /// Opens the editor for a record of the kind at @p kindIndex (empty @p id: a new one), window-modal.
    void editRecord(int kindIndex, const QString& id);

private:
    void fill(int kindIndex);

    Services& m_services;
    const Session& m_session;
    QTabWidget* m_tabs;
    QList<FilteredTable*> m_tables;
};

} // namespace OneSeal
