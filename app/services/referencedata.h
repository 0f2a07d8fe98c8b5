#pragma once

#include "core/result.h"
#include "session.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneSeal {

class EventStore;

/// One field of an organisation record, described once so that validation, the admin form and the
/// table header all follow the same description.
struct FieldSpec
{
    enum class Type { Text, Code, Choice, Reference, Flag, Date };
    QString key;
    QString label;
    Type type = Type::Text;
    bool required = true;
    int maxLength = 60;
    QStringList choices;   ///< stored keys, for Choice
    QString referenceKind; ///< the kind whose id this holds, for Reference
};

/// A kind of organisation record: sites, windows, sections, departments and seals.
struct RecordKind
{
    QString key; ///< "site", "window" …: the subject type of its events
    QString table;
    QString title; ///< plural, for the admin workspace tab
    QList<FieldSpec> fields;
};

/// The organisation as data (DOMAIN.md): sites, windows of the three kinds, back-office sections,
/// departments and seals, edited by a system administrator through one generic path.
class ReferenceDataService final
{
public:
    explicit ReferenceDataService(EventStore& store) : m_store(store) {}

    static const QList<RecordKind>& kinds();
    static const RecordKind* kind(const QString& key);
    /// The label of a stored choice key ("town" → "Town service centre"), translated.
    static QString choiceLabel(const QString& choice);

    /// Every record of @p kind with its id and fields, ordered by code or name.
    Result<QList<QJsonObject>> list(const QString& kind);
    /// Creates (empty @p id) or updates a record after checking every field; returns its id.
    Result<QString> save(const Session& actor, const QString& kind, const QString& id, const QJsonObject& fields);
    /// The id of the record of @p kind whose code is @p code, or an error naming the code.
    Result<QString> idForCode(const QString& kind, const QString& code);

private:
    EventStore& m_store;
};

} // namespace OneSeal
