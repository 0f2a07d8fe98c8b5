#pragma once

#include "services/session.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace OneSeal {

class FieldErrors;
class Services;

/// Stops the clock of a case its holder works on: a special procedure of Art. 45 (听证, 检验 …) with the
/// expected duration the applicant is told in writing, or a review-stage supplement with its period. The
/// review service checks everything; its refusal shows at the field it names.
class SuspensionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuspensionDialog)

public:
    enum class Kind { SpecialProcedure, Supplement };

    SuspensionDialog(Services& services, const Session& session, const QString& caseNumber, Kind kind,
                     QWidget* parent = nullptr);
    ~SuspensionDialog() override;

signals:
    /// The clock stopped; @p documentId is the written notice of a special procedure, empty for a supplement.
    void suspended(const QString& documentId);

private:
    void suspend();

    Services& m_services;
    Session m_session;
    QString m_caseNumber;
    Kind m_kind;
    QComboBox* m_procedure = nullptr;
    QSpinBox* m_days;
    QPlainTextEdit* m_reason;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
