#pragma once

#include "services/session.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace OneSeal {

class FieldErrors;
class Services;

/// The section chief's recorded correction of a decided case that is not yet printed: the new decision,
/// its reasons (needed to refuse) and why the first one was wrong. The correction stays in the record for
/// good, so the dialog asks before it is made; the service issues the new decision document.
class CorrectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionDialog)

public:
    CorrectionDialog(Services& services, const Session& session, const QString& caseNumber, QWidget* parent = nullptr);
    ~CorrectionDialog() override;

signals:
    /// The decision is corrected to @p grant; @p documentId is the new decision document.
    void corrected(bool grant, const QString& documentId);

private:
    void confirm();
    void correct();

    Services& m_services;
    Session m_session;
    QString m_caseNumber;
    QComboBox* m_decision;
    QPlainTextEdit* m_reasons;
    QPlainTextEdit* m_why;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
