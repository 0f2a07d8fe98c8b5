#include "journal.h"

#include "core/canonicaljson.h"
#include "core/uuid7.h"
#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace OneSeal::Journal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

const QString kColumns = QStringLiteral(
    "seq, id, device_id, device_seq, site_id, user_id, type, subject_type, subject_id, subject_version, payload, "
    "device_time, prev_hash, hash");

struct ChainHead
{
    qint64 deviceSeq = 0;
    QString hash = genesisHash();
};

Result<ChainHead> chainHead(Database& db, const QString& deviceId)
{
    auto q = db.query(QStringLiteral("SELECT device_seq, hash FROM journal WHERE device_id = ? "
                                     "ORDER BY device_seq DESC LIMIT 1"),
                      {deviceId});
    if (!q)
        return q.error();
    ChainHead head;
    if (q->next()) {
        head.deviceSeq = q->value(0).toLongLong();
        head.hash = q->value(1).toString();
    }
    return head;
}

/// Text columns are NOT NULL; an empty QString would otherwise bind as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Status insertRow(Database& db, const Event& e, const QByteArray& payload)
{
    auto q =
        db.query(QStringLiteral("INSERT INTO journal (id, device_id, device_seq, site_id, user_id, type, "
                                "subject_type, subject_id, subject_version, payload, device_time, prev_hash, "
                                "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {e.id, e.deviceId, e.deviceSeq, text(e.siteId), text(e.userId), e.type, e.subjectType, e.subjectId,
                  e.subjectVersion, QString::fromUtf8(payload), formatEventTime(e.deviceTime), e.prevHash, e.hash});
    return q ? Status() : Status(q.error());
}

Event fromRow(const QSqlQuery& q, QByteArray* rawPayload = nullptr)
{
    Event e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.deviceId = q.value(2).toString();
    e.deviceSeq = q.value(3).toLongLong();
    e.siteId = q.value(4).toString();
    e.userId = q.value(5).toString();
    e.type = q.value(6).toString();
    e.subjectType = q.value(7).toString();
    e.subjectId = q.value(8).toString();
    e.subjectVersion = q.value(9).toLongLong();
    const QByteArray payload = q.value(10).toString().toUtf8();
    if (rawPayload)
        *rawPayload = payload;
    e.payload = QJsonDocument::fromJson(payload).object();
    e.deviceTime = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    e.prevHash = q.value(12).toString();
    e.hash = q.value(13).toString();
    return e;
}

} // namespace

Result<Event> append(Database& db, Event event)
{
    Q_ASSERT(db.inTransaction());
    const auto head = chainHead(db, db.deviceId());
    if (!head)
        return head.error();
    event.deviceId = db.deviceId();
    event.deviceSeq = head->deviceSeq + 1;
    event.prevHash = head->hash;
    if (event.id.isEmpty())
        event.id = makeUuid7(event.deviceTime);
    const auto payload = canonicalJson(event.payload);
    const auto hash = event.computeHash();
    if (!payload || !hash)
        return payload ? hash.error() : payload.error();
    event.hash = *hash;
    if (Status status = insertRow(db, event, *payload); !status)
        return status.error();
    auto seq = db.query(QStringLiteral("SELECT last_insert_rowid()"));
    if (seq && seq->next())
        event.seq = seq->value(0).toLongLong();
    return event;
}

Status insert(Database& db, const Event& event)
{
    const auto hash = event.computeHash();
    if (!hash || *hash != event.hash)
        return makeError(QStringLiteral("journal.bad_hash"),
                         Text::tr("Event %1 does not match its hash; it was refused.").arg(event.id));
    const auto head = chainHead(db, event.deviceId);
    if (!head)
        return head.error();
    if (event.deviceSeq != head->deviceSeq + 1 || event.prevHash != head->hash)
        return makeError(QStringLiteral("journal.out_of_order"),
                         Text::tr("Event %1 is number %2 of its device but number %3 was expected next.")
                             .arg(event.id)
                             .arg(event.deviceSeq)
                             .arg(head->deviceSeq + 1));
    const auto payload = canonicalJson(event.payload);
    if (!payload)
        return payload.error();
    return insertRow(db, event, *payload);
}

Status receive(Database& db, const Event& event)
{
    if (event.deviceId == db.deviceId())
        return makeError(QStringLiteral("journal.own_device"),
                         Text::tr("Event %1 claims to come from this device; only this device writes its own "
                                  "chain, so it was refused.")
                             .arg(event.id));
    const auto hash = event.computeHash();
    if (!hash || *hash != event.hash)
        return makeError(QStringLiteral("journal.bad_hash"),
                         Text::tr("Event %1 does not match its hash; it was refused.").arg(event.id));
    const auto head = chainHead(db, event.deviceId);
    if (!head)
        return head.error();
    if (event.deviceSeq <= head->deviceSeq)
        return makeError(QStringLiteral("journal.out_of_order"),
                         Text::tr("Event %1 is number %2 of its device but this journal already holds number %3.")
                             .arg(event.id)
                             .arg(event.deviceSeq)
                             .arg(head->deviceSeq));
    if (event.deviceSeq == head->deviceSeq + 1 && event.prevHash != head->hash)
        return makeError(QStringLiteral("journal.broken_chain"),
                         Text::tr("Event %1 does not continue the hash chain of its device; it was refused.")
                             .arg(event.id));
    if (event.deviceSeq > head->deviceSeq + 1) {
        auto gap = db.query(QStringLiteral("INSERT INTO journal_gaps (device_id, after_seq, next_seq) VALUES (?, ?, ?)"),
                            {event.deviceId, head->deviceSeq, event.deviceSeq});
        if (!gap)
            return gap.error();
    }
    const auto payload = canonicalJson(event.payload);
    if (!payload)
        return payload.error();
    return insertRow(db, event, *payload);
}

Result<bool> contains(Database& db, const QString& eventId)
{
    auto q = db.query(QStringLiteral("SELECT 1 FROM journal WHERE id = ?"), {eventId});
    if (!q)
        return q.error();
    return q->next();
}

Result<QList<Event>> listOwn(Database& db, qint64 afterDeviceSeq, int limit)
{
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM journal WHERE device_id = ? AND device_seq > ? ORDER BY device_seq");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = db.query(sql, {db.deviceId(), afterDeviceSeq});
    if (!q)
        return q.error();
    QList<Event> events;
    while (q->next())
        events.append(fromRow(*q));
    return events;
}

Result<QList<Event>> listSubject(Database& db, const QString& subjectType, const QString& subjectId)
{
    auto q = db.query(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM journal WHERE subject_type = ? AND subject_id = ? ORDER BY seq"),
                      {subjectType, subjectId});
    if (!q)
        return q.error();
    QList<Event> events;
    while (q->next())
        events.append(fromRow(*q));
    return events;
}

Result<QList<Event>> list(Database& db, qint64 afterSeq, int limit)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM journal WHERE seq > ? ORDER BY seq");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = db.query(sql, {afterSeq});
    if (!q)
        return q.error();
    QList<Event> events;
    while (q->next())
        events.append(fromRow(*q));
    return events;
}

Result<qint64> count(Database& db)
{
    auto q = db.query(QStringLiteral("SELECT count(*) FROM journal"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

JournalVerification verify(Database& db)
{
    JournalVerification report;
    auto q = db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM journal ORDER BY seq"));
    if (!q) {
        report.ok = false;
        report.reason = q.error().message;
        return report;
    }
    // Recorded gaps: (device, next_seq) -> after_seq. A database from before sync has none.
    QHash<QPair<QString, qint64>, qint64> gaps;
    if (auto g = db.query(QStringLiteral("SELECT device_id, next_seq, after_seq FROM journal_gaps"))) {
        while (g->next())
            gaps.insert({g->value(0).toString(), g->value(1).toLongLong()}, g->value(2).toLongLong());
    }
    QHash<QString, ChainHead> heads;
    auto fail = [&report](const Event& e, const QString& reason) {
        report.ok = false;
        report.brokenSeq = e.seq;
        report.brokenId = e.id;
        report.reason = reason;
    };
    while (q->next()) {
        QByteArray stored;
        const Event e = fromRow(*q, &stored);
        const auto canonical = canonicalJson(e.payload);
        const auto hash = e.computeHash();
        ChainHead& head = heads[e.deviceId];
        const auto gap = gaps.constFind({e.deviceId, e.deviceSeq});
        const bool recordedGap = gap != gaps.cend() && *gap == head.deviceSeq;
        if (!canonical || *canonical != stored || !hash || *hash != e.hash) {
            fail(e, Text::tr("its contents no longer match its hash: it was changed after it was written"));
        } else if (e.deviceSeq != head.deviceSeq + 1 && !recordedGap) {
            fail(e, Text::tr("its device sequence jumps from %1 to %2: an event before it is missing")
                        .arg(head.deviceSeq)
                        .arg(e.deviceSeq));
        } else if (!recordedGap && e.prevHash != head.hash) {
            fail(e, Text::tr("it does not continue the hash chain of its device: an event before it was removed "
                             "or replaced"));
        }
        if (!report.ok)
            return report;
        head.deviceSeq = e.deviceSeq;
        head.hash = e.hash;
        ++report.eventCount;
    }
    return report;
}

} // namespace OneSeal::Journal
