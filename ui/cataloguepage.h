#pragma once

#include <QWidget>

class QLabel;

namespace OneSeal {

class FilteredTable;
class Services;
struct Session;

/// The item catalogue for the system administrator: browse and filter by name, pinyin initials or
/// code; edit an item; import and export the whole catalogue as JSON or CSV.
class CataloguePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CataloguePage)

public:
    CataloguePage(Services& services, const Session& session, QWidget* parent = nullptr);

    void refresh();
    FilteredTable* table() const { return m_table; }
    /// Opens the editor of @p id (empty: a new item), window-modal; the page reloads when it is saved.
    void editItem(const QString& id);
    /// Imports @p path after the user confirms; public so that tests need no file dialog.
    void importFile(const QString& path);
    void exportFile(const QString& path);

private:
    void chooseImportFile();
    void chooseExportFile();
    void showMessage(const QString& message, bool error);

    Services& m_services;
    const Session& m_session;
    FilteredTable* m_table;
    QLabel* m_message;
};

} // namespace OneSeal
