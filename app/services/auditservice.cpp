#include "auditservice.h"

#include "db/database.h"

namespace OneSeal {

Result<QList<Event>> AuditService::events(const Session& actor, qint64 afterSeq, int limit)
{
    if (Status allowed = require(actor, Permission::ReadAuditLog); !allowed)
        return allowed.error();
    return Journal::list(m_db, afterSeq, limit);
}

Result<JournalVerification> AuditService::verify(const Session& actor)
{
    if (Status allowed = require(actor, Permission::ReadAuditLog); !allowed)
        return allowed.error();
    return Journal::verify(m_db);
}

QString AuditService::describe(const Event& event)
{
    return QStringLiteral("%1 %2 site=%3 user=%4 %5 %6/%7")
        .arg(event.seq)
        .arg(formatEventTime(event.deviceTime), event.siteId.isEmpty() ? QStringLiteral("-") : event.siteId,
             event.userId.isEmpty() ? QStringLiteral("-") : event.userId, event.type, event.subjectType,
             event.subjectId);
}

} // namespace OneSeal
