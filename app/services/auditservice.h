#pragma once

#include "core/event.h"
#include "core/result.h"
#include "db/journal.h"
#include "session.h"

#include <QList>

namespace OneSeal {

class Database;

/// Reading the audit log: the journal with who did what, and its verification. The audit
/// administrator's right in the client; the command line reads the file directly.
class AuditService final
{
public:
    explicit AuditService(Database& db) : m_db(db) {}

    Result<QList<Event>> events(const Session& actor, qint64 afterSeq = 0, int limit = 0);
    Result<JournalVerification> verify(const Session& actor);

    /// One line per event as `journal list` prints it: sequence, time, site, user, type, subject.
    static QString describe(const Event& event);

private:
    Database& m_db;
};

} // namespace OneSeal
