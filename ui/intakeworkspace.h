#pragma once

#include "applicationsworkspace.h"
#include "services/catalogueservice.h"
#include "services/intakeservice.h"

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace OneSeal {

class FieldErrors;

/// The counter's workspace: taking applications in. One form per applicant at the window, worked from the
/// keyboard in reading order: the applicant (checked against the dishonesty list as the identifier is left),
/// the item with its service guide, the materials ticked off, then 受理, 补正 or 不予受理.
class IntakeWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeWorkspace)

public:
    /// Asks where to save a notice; gets the suggested file name, returns the chosen path or nothing.
    using SavePathChooser = std::function<QString(const QString& suggested)>;
    /// Sets up @p printer for the document titled @p title (the print dialog); false cancels the print.
    using PrinterChooser = std::function<bool(QPrinter& printer, const QString& title)>;

    IntakeWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);
    ~IntakeWorkspace() override;

    /// Replaces the file dialog, so that tests can save without a modal dialog.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    /// Replaces the print dialog, so that tests print to a PDF file without a modal dialog.
    void setPrinterChooser(PrinterChooser chooser) { m_choosePrinter = std::move(chooser); }
    /// Loads case @p caseNumber into the form to go on with it (Ctrl+R): the applicant came back.
    bool loadCase(const QString& caseNumber);
    /// Empties the form for the next applicant and starts a new request.
    void clearForm();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static Description describe();
    QWidget* buildForm();
    void setTabOrderInReadingOrder();
    void checkIdentifier(bool leaving);
    void checkAgentIdentifier();
    void showNoteRow(bool visible);
    void filterItems();
    void showItem();
    void setMaterialStatus(int row, const QString& status);
    /// Shows in red a count of row @p row below what the service guide asks for.
    void markCount(int row);
    void submit(const QString& outcome);
    void saveNotice();
    void printNotice();
    /// 即办件: an approver decides the accepted case at the window (Ctrl+D).
    void decideOnTheSpot();
    /// The notices of the last result: the notice itself and, after a supplement, its receipt.
    QStringList resultNoticeIds() const;
    const StoredItem* currentItem() const;

    Services& m_services;
    const Session& m_session;
    std::unique_ptr<FieldErrors> m_errors;
    QList<StoredItem> m_items;
    QString m_requestId;
    QString m_shownItemId;
    QString m_lookedUp; ///< the identifier last looked up in the dishonesty list
    std::optional<IntakeResult> m_result;
    SavePathChooser m_chooseSavePath;
    PrinterChooser m_choosePrinter;
    QString m_resumingCase; ///< the case the form goes on with, or empty for a new application
    QString m_decisionNoticeId; ///< the decision document of a 即办件 decided at the window, printed with the notice

    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_saveNotice = nullptr;
    QPushButton* m_printNotice = nullptr;
    QPushButton* m_decideNow = nullptr;
    QLineEdit* m_resumeCase = nullptr;
    QLabel* m_resumeInfo = nullptr;
    QLabel* m_general = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_identifier = nullptr;
    QLabel* m_knownApplicant = nullptr;
    QFrame* m_dishonesty = nullptr;
    QLabel* m_dishonestyText = nullptr;
    QLabel* m_noteLabel = nullptr;
    QWidget* m_noteRow = nullptr;
    QLineEdit* m_dishonestyNote = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_agentName = nullptr;
    QLineEdit* m_agentIdentifier = nullptr;
    QLineEdit* m_itemFilter = nullptr;
    QListWidget* m_itemList = nullptr;
    QTextBrowser* m_guide = nullptr;
    QTableWidget* m_materials = nullptr;
    QComboBox* m_rejectionReason = nullptr;
    QPlainTextEdit* m_rejectionText = nullptr;
    QLineEdit* m_rejectionBasis = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_supplement = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_newForm = nullptr;
};

} // namespace OneSeal
