#pragma once

#include "services/session.h"

#include <QDialog>
#include <memory>

namespace OneSeal {

class FieldErrors;
class Services;

/// Lets the clock of a case run again: the special procedure ended, or the supplemented materials arrived.
/// The day recorded is today's; the holder of the case records it.
class ResumeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeDialog)

public:
    ResumeDialog(Services& services, const Session& session, const QString& caseNumber, QWidget* parent = nullptr);
    ~ResumeDialog() override;

signals:
    void resumed();

private:
    void resume();

    Services& m_services;
    Session m_session;
    QString m_caseNumber;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
