#pragma once

#include "services/session.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QPlainTextEdit;

namespace OneSeal {

class FieldErrors;
class Services;

/// The one extension of a case's time limit (Art. 42): 10 working days, 15 for joint handling, approved by
/// the section's chief with the reason. The law allows it once, so the dialog asks before it is recorded;
/// the service issues the 延期告知书.
class ExtensionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtensionDialog)

public:
    ExtensionDialog(Services& services, const Session& session, const QString& caseNumber, QWidget* parent = nullptr);
    ~ExtensionDialog() override;

signals:
    /// The case is extended; @p documentId is its 延期告知书.
    void extended(const QString& documentId);

private:
    void confirm();
    void extend();

    Services& m_services;
    Session m_session;
    QString m_caseNumber;
    QCheckBox* m_joint;
    QPlainTextEdit* m_reason;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
