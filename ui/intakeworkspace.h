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

    IntakeWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);
    ~IntakeWorkspace() override;

    /// Replaces the file dialog, so that tests can save without a modal dialog.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    /// Empties the form for the next applicant and starts a new request.
    void clearForm();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static Description describe();
    QWidget* buildForm();
    void setTabOrderInReadingOrder();
    void checkIdentifier(bool leaving);
    void showNoteRow(bool visible);
    void filterItems();
    void showItem();
    void setMaterialStatus(int row, const QString& status);
    void submit(const QString& outcome);
    void saveNotice();
    const StoredItem* currentItem() const;

    Services& m_services;
    const Session& m_session;
    std::unique_ptr<FieldErrors> m_errors;
    QList<StoredItem> m_items;
    QString m_requestId;
    QString m_shownItemId;
    std::optional<IntakeResult> m_result;
    SavePathChooser m_chooseSavePath;

    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_saveNotice = nullptr;
    QLabel* m_general = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_identifier = nullptr;
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
    QPushButton* m_newForm = nullptr;
};

} // namespace OneSeal
