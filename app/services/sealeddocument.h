#pragma once

#include "core/result.h"
#include "session.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace OneSeal {

class EventStore;

/// The facts of a case that every sealed document prints.
struct DocumentCase
{
    QString applicationId;
    QString caseNumber;
    QString holdingSiteId;
    QString applicantName;
    QString itemName;
    QDate receivedOn;
    QDate clockStart;
};

/// Issues a sealed document of @p kind (a template name) for case @p c, within the caller's transaction:
/// the next number of the holding site's agency for the kind and year (〔year〕N号 after @p mark), the fields
/// every such template prints added to @p fields, and one notice.issued event. Returns the notice's id.
Result<QString> issueSealedDocument(EventStore& store, const Session& actor, const DocumentCase& c,
                                    const QString& kind, const QString& mark, QJsonObject fields);

} // namespace OneSeal
