#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace OneSeal {

class FieldErrors;
class Services;

/// 即办件: an approver comes to the window and decides the case on the spot, signing in here with their own
/// name and password. The service refuses anyone but an approver, and the person who accepted the case.
class OnTheSpotDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnTheSpotDialog)

public:
    OnTheSpotDialog(Services& services, const QString& caseNumber, QWidget* parent = nullptr);
    ~OnTheSpotDialog() override;

signals:
    /// The case was decided; @p approver is the name of who decided it, @p documentId the decision document.
    void decided(bool approved, const QString& approver, const QString& documentId);

private:
    void decide();

    Services& m_services;
    QString m_caseNumber;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QComboBox* m_decision;
    QPlainTextEdit* m_reasons;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
