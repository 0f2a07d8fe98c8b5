#pragma once

#include <QDialog>
#include <QUrl>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace OneSeal {

class Database;
class FieldErrors;

/// Enrolling this database's device with the central store, for the system administrator: the
/// server's address and the one-time code the central administrator printed
/// (oneseal-server enrol-code --site SITE). The device token goes into the system keychain; where no
/// keychain answers, the dialog says so and the token lives in this process only, so that the
/// background sync works until the client closes and nothing secret is written to a file.
class DeviceEnrolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceEnrolDialog)

public:
    DeviceEnrolDialog(Database& db, QWidget* parent = nullptr);
    ~DeviceEnrolDialog() override;

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* enrolButton() const { return m_enrol; }
    /// What happened: progress, the outcome, or the error that is not about one field.
    QLabel* messageLabel() const { return m_message; }
    /// The message under field @p field ("server_url" or "code").
    QString fieldError(const QString& field) const;

    /// Runs the enrolment with what the fields hold (the Enrol button does the same).
    void enrol();
    /// Refused while the server is being asked: the request runs in a local event loop under this dialog.
    void reject() override;

signals:
    /// The device is enrolled with @p server. @p sessionToken is the token when no keychain kept it
    /// (it is valid for this session only), empty when the keychain holds it.
    void deviceEnrolled(const QUrl& server, const QString& sessionToken);

private:
    void setBusy(bool busy, const QString& message = {});
    void showOutcome(const QString& text, const QString& colour);

    Database& m_db;
    QLineEdit* m_server;
    QLineEdit* m_code;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_enrol;
    QPushButton* m_close;
    std::unique_ptr<FieldErrors> m_errors;
    bool m_busy = false;
};

} // namespace OneSeal
