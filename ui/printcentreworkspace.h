#pragma once

#include "applicationsworkspace.h"
#include "printqueuemodel.h"
#include "services/licenceservice.h"

#include <QImage>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace OneSeal {

class FilteredTable;
class VerifyPage;

/// The seal keeper's workspace (用印): every licence and sealed notice waiting for the seal, issued, previewed
/// exactly as it prints (with the 草稿 watermark), printed one by one or as a morning's batch, licences
/// reprinted or voided with a second person, the window's security paper reconciled sheet by sheet, and
/// scanned licences verified. Keys: Ctrl+N issue, Ctrl+P print the selection, Ctrl+R reprint or void, Ctrl+H
/// show printed documents too, Ctrl+F filter, F5 refresh, Ctrl+Shift+V verify, Ctrl+K record a spoiled sheet.
class PrintCentreWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintCentreWorkspace)

public:
    /// Sets up @p printer for the documents titled @p title (the print dialog); false cancels the print.
    using PrinterChooser = std::function<bool(QPrinter& printer, const QString& title)>;

    PrintCentreWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);
    ~PrintCentreWorkspace() override;

    /// Replaces the print dialog, so that tests print to a PDF file without a modal dialog.
    void setPrinterChooser(PrinterChooser chooser) { m_choosePrinter = std::move(chooser); }

    PrintQueueModel* queueModel() const { return m_model; }
    QSortFilterProxyModel* queueProxy() const { return m_proxy; }
    QTableView* queueView() const { return m_view; }
    VerifyPage* verifyPage() const { return m_verify; }
    FilteredTable* sheetsTable() const { return m_sheets; }
    /// The preview as last rendered; null when the selected row has none.
    QImage previewImage() const;

    /// F5: the queue, the security paper and the applications tab read again, and the count said.
    void refresh() override;
    void refreshQueue();
    void issueLicence();
    void printSelected();
    void reprintOrVoid();
    void recordSpoiledSheet();
    void showVerify();

signals:
    /// One document of a print run went to the printer (@p done of @p total), before the next is started.
    void documentPrinted(int done, int total);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static Description describe();
    QWidget* buildQueueTool();
    QWidget* buildSheetsPage();
    QList<PrintQueueEntry> selectedEntries() const;
    const PrintQueueEntry* currentEntry() const;
    void select(const QString& caseNumber, const QString& serial);
    void select(const PrintQueueEntry& entry);
    void printEntries(const QList<PrintQueueEntry>& toPrint, int skipped);
    void showPreview();
    void refreshSheets();
    void showOutcome(const QString& message, bool error);

    /// Where a job goes: the printer's name for the register and what puts a template with its fields there.
    struct Target
    {
        QString printer;
        std::function<Status(const QString& templateName, const QJsonObject& fields)> render;
    };
    /// @p fileSuffix names the document's own file when @p oneFilePerDocument and the job goes to a PDF.
    Target targetFor(QPrinter& printer, const QString& fileSuffix, bool oneFilePerDocument, bool* rendered) const;

    Services& m_services;
    const Session& m_session;
    PrinterChooser m_choosePrinter;
    PrintQueueModel* m_model;
    PrintQueueProxy* m_proxy;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_showPrinted = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_previewCaption = nullptr;
    QScrollArea* m_previewArea = nullptr;
    QLabel* m_preview = nullptr;
    QLineEdit* m_stock = nullptr;
    QLabel* m_message = nullptr;
    FilteredTable* m_sheets = nullptr;
    QLabel* m_reconciliation = nullptr;
    QLineEdit* m_spoiledStock = nullptr;
    QLineEdit* m_spoiledReason = nullptr;
    QLineEdit* m_spoiledSerial = nullptr;
    QLabel* m_sheetsMessage = nullptr;
    VerifyPage* m_verify = nullptr;
};

} // namespace OneSeal
