#include "syncstate.h"

#include "db/database.h"

#include <QJsonDocument>

namespace OneSeal::SyncState {

QString value(Database& db, const QString& key, const QString& fallback)
{
    auto q = db.query(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : fallback;
}

Status setValue(Database& db, const QString& key, const QString& value)
{
    auto q = db.query(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    return q ? Status() : Status(q.error());
}

Status addConflict(Database& db, const QString& eventId, qint64 serverSeq, const QString& reasonCode,
                   const QString& reason, const QString& notedAt)
{
    auto q = db.query(QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (event_id, server_seq, reason_code, reason, "
                                     "noted_at) VALUES (?, ?, ?, ?, ?)"),
                      {eventId, serverSeq, reasonCode, reason, notedAt});
    return q ? Status() : Status(q.error());
}

Result<QList<SyncConflict>> conflicts(Database& db)
{
    auto q = db.query(QStringLiteral("SELECT c.event_id, j.type, j.subject_type, j.subject_id, c.server_seq, "
                                     "c.reason_code, c.reason FROM sync_conflicts c JOIN journal j ON j.id = c.event_id "
                                     "WHERE c.resolved = 0 ORDER BY c.server_seq"));
    if (!q)
        return q.error();
    QList<SyncConflict> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toLongLong(), q->value(5).toString(), q->value(6).toString()});
    return list;
}

Result<QList<ConflictEntry>> conflictEntries(Database& db)
{
    // The case number: the application the step was about, or the one its payload names; for a new
    // application that the refusal took back, the number it was given.
    auto q = db.query(QStringLiteral(
        "SELECT c.event_id, j.type, j.subject_type, j.subject_id, c.server_seq, c.reason_code, c.reason, "
        "j.device_time, COALESCE(u.display_name, j.user_id), COALESCE(a.case_number, a2.case_number, "
        "json_extract(j.payload, '$.case_number'), ''), c.noted_at, j.payload "
        "FROM sync_conflicts c JOIN journal j ON j.id = c.event_id LEFT JOIN users u ON u.id = j.user_id "
        "LEFT JOIN applications a ON j.subject_type = 'application' AND a.id = j.subject_id "
        "LEFT JOIN applications a2 ON a2.id = json_extract(j.payload, '$.application_id') "
        "WHERE c.resolved = 0 ORDER BY c.server_seq"));
    if (!q)
        return q.error();
    QList<ConflictEntry> list;
    while (q->next()) {
        ConflictEntry e;
        e.conflict = {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                      q->value(4).toLongLong(), q->value(5).toString(), q->value(6).toString()};
        e.madeAt = q->value(7).toString();
        e.madeBy = q->value(8).toString();
        e.caseNumber = q->value(9).toString();
        e.notedAt = q->value(10).toString();
        e.payload = QJsonDocument::fromJson(q->value(11).toString().toUtf8()).object();
        list.append(e);
    }
    return list;
}

Result<qint64> openConflictCount(Database& db)
{
    auto q = db.query(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved = 0"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status markConflictSeen(Database& db, const QString& eventId)
{
    auto q = db.query(QStringLiteral("UPDATE sync_conflicts SET resolved = 1 WHERE event_id = ?"), {eventId});
    return q ? Status() : Status(q.error());
}

namespace {
Result<Wire::Checkpoint> readCheckpoint(Database& db, const QString& where, const QVariantList& binds)
{
    auto q = db.query(QStringLiteral("SELECT server_seq, head_hash, signed_at, public_key, signature "
                                     "FROM sync_checkpoints ") +
                          where,
                      binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Wire::Checkpoint{};
    return Wire::Checkpoint{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString(), q->value(4).toString()};
}
} // namespace

Result<Wire::Checkpoint> lastCheckpoint(Database& db)
{
    return readCheckpoint(db, QStringLiteral("ORDER BY server_seq DESC LIMIT 1"), {});
}

Result<Wire::Checkpoint> checkpointAt(Database& db, qint64 serverSeq)
{
    return readCheckpoint(db, QStringLiteral("WHERE server_seq = ?"), {serverSeq});
}

Status keepCheckpoint(Database& db, const Wire::Checkpoint& c)
{
    auto q = db.query(QStringLiteral("INSERT OR IGNORE INTO sync_checkpoints (server_seq, head_hash, signed_at, "
                                     "public_key, signature) VALUES (?, ?, ?, ?, ?)"),
                      {c.serverSeq, c.headHash, c.signedAt, c.publicKey, c.signature});
    return q ? Status() : Status(q.error());
}

Result<qint64> pendingCount(Database& db)
{
    auto q = db.query(QStringLiteral("SELECT count(*) FROM journal WHERE device_id = ? AND device_seq > ?"),
                      {db.deviceId(), value(db, kAcked, QStringLiteral("0")).toLongLong()});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

} // namespace OneSeal::SyncState
