#include "event.h"

#include "canonicaljson.h"

#include <QCryptographicHash>

namespace OneSeal {

Result<QByteArray> Event::canonicalBytes() const
{
    const QJsonObject envelope{
        {QStringLiteral("id"), id},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("device_seq"), deviceSeq},
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("type"), type},
        {QStringLiteral("subject_type"), subjectType},
        {QStringLiteral("subject_id"), subjectId},
        {QStringLiteral("subject_version"), subjectVersion},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("device_time"), formatEventTime(deviceTime)},
        {QStringLiteral("prev_hash"), prevHash},
    };
    return canonicalJson(envelope);
}

Result<QString> Event::computeHash() const
{
    const auto bytes = canonicalBytes();
    if (!bytes)
        return bytes.error();
    return QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace OneSeal
