#pragma once

#include "services/referencedata.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <memory>

namespace OneSeal {

class FieldErrors;
class Services;

/// Edits one organisation record (a site, window, section, department or seal) with a form built from
/// its kind's field descriptions, so that a field added to a kind shows up here without a new form.
class RecordEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditorDialog)

public:
    /// @p record is empty for a new record; its "id" says which record is edited otherwise.
    RecordEditorDialog(Services& services, const Session& session, const RecordKind& kind, const QJsonObject& record,
                       QWidget* parent = nullptr);
    ~RecordEditorDialog() override;

    const QString& savedId() const { return m_id; }

private:
    QWidget* makeInput(const FieldSpec& spec, const QJsonValue& value);
    QJsonValue valueOf(const FieldSpec& spec) const;
    void save();

    Services& m_services;
    const Session& m_session;
    const RecordKind& m_kind;
    QString m_id;
    QHash<QString, QWidget*> m_inputs;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
