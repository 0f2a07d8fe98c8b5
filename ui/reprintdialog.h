#pragma once

#include "core/result.h"
#include "services/licenceservice.h"

#include <QDialog>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace OneSeal {

class FieldErrors;

/// Reprint or void a licence (监印): one dialog for both, since both need a reason and a second authenticated
/// person, an approver or another seal keeper who types their own user name and password here. The dialog
/// only gathers; the service decides, and its refusal is shown at the field it names while the dialog stays
/// open.
class ReprintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReprintDialog)

public:
    enum class Action { Reprint, Void };

    struct Request
    {
        Action action = Action::Reprint;
        QString serial;
        QString reason;
        QString stockNumber; ///< reprint onto security paper: the sheet's number
        SecondPerson second;
    };
    /// Carries the request out; an error keeps the dialog open with the message at its field.
    using Submit = std::function<Status(const Request&)>;

    ReprintDialog(const QString& serial, const QString& suggestedStock, Submit submit, QWidget* parent = nullptr);
    ~ReprintDialog() override;

    void setAction(Action action);

private:
    void submit();
    void showAction();

    QString m_serial;
    Submit m_submit;
    QComboBox* m_action;
    QComboBox* m_reason;
    QLabel* m_stockLabel;
    QLineEdit* m_stock;
    QLineEdit* m_username;
    QLineEdit* m_password;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
