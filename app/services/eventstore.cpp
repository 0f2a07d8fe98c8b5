#include "eventstore.h"

#include "db/database.h"
#include "db/journal.h"
#include "projector.h"

namespace OneSeal {

Result<Event> EventStore::record(const Session& actor, const QString& type, const QString& subjectType,
                                 const QString& subjectId, const QJsonObject& payload)
{
    Result<Event> result = makeError(QStringLiteral("store.not_written"), QString());
    const Status status = m_db.transaction([&]() -> Status {
        const auto version = Projector::currentVersion(m_db, subjectType, subjectId);
        if (!version)
            return version.error();
        Event event;
        event.siteId = actor.siteId;
        event.userId = actor.userId;
        event.type = type;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.subjectVersion = *version;
        event.payload = payload;
        event.deviceTime = m_clock.nowUtc();
        auto appended = Journal::append(m_db, std::move(event));
        if (!appended)
            return appended.error();
        if (Status applied = Projector::apply(m_db, *appended); !applied)
            return applied;
        result = std::move(appended).value();
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status EventStore::transaction(const std::function<Status()>& body)
{
    return m_db.transaction(body);
}

} // namespace OneSeal
