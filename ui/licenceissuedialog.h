#pragma once

#include "services/licenceservice.h"

#include <QDialog>
#include <QList>
#include <memory>

class QComboBox;
class QLineEdit;

namespace OneSeal {

class FieldErrors;
class Services;
struct DocumentTemplate;

/// Issues the licence of a granted case: the seal it is issued under, its validity and the licence's own
/// particulars that its template prints (premises, scope, signatory …), each labelled as the template labels
/// it. The service registers it and gives it the seal's next serial.
class LicenceIssueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceIssueDialog)

public:
    LicenceIssueDialog(Services& services, const Session& session, const PrintQueueEntry& entry,
                       const DocumentTemplate& documentTemplate, QWidget* parent = nullptr);
    ~LicenceIssueDialog() override;

    /// The licence's own fields of @p documentTemplate, the ones the register does not fill in, each with the
    /// label printed before it on the page ("经营场所") or its name when the template prints none.
    static QList<std::pair<QString, QString>> ownFields(const DocumentTemplate& documentTemplate);

signals:
    void licenceIssued(const QString& serial);

private:
    void issue();

    Services& m_services;
    const Session& m_session;
    QString m_caseNumber;
    QString m_templateName;
    int m_templateVersion;
    QComboBox* m_seal;
    QLineEdit* m_validUntil;
    QList<std::pair<QString, QLineEdit*>> m_fields;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
