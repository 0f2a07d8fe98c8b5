#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace OneSeal {

class Services;

/// Creating databases: an empty production database, and the demo database that ./run.sh opens.
namespace Setup {

/// The demo accounts, one or more per role; their passwords are for the demo only.
struct DemoAccount
{
    QString username;
    QString password;
    QString role; ///< role key
};
const QList<DemoAccount>& demoAccounts();

/// Makes an empty production database: the shipped calendar years and one system administrator
/// who must change the password at the first sign-in. Refused when the database has accounts.
Status initProduction(Services& services, const QString& adminUsername, const QString& adminPassword);

/// Fills an empty database with the demo organisation (central hall, three town centres, windows,
/// sections, departments, seals), the shipped calendar and catalogue, demo accounts for every role,
/// a dishonesty list and a few dozen applications in different states.
Status createDemo(Services& services);

/// Rebuilds every table of @p targetPath (a new file) by replaying the journal of @p source.
/// Returns the number of events replayed.
Result<qint64> replayJournal(Services& source, const QString& targetPath);

/// Removes a database file with its -wal and -shm files: for a file a failed command created itself.
void removeDatabaseFiles(const QString& path);

/// A digest of every business table's rows, to compare two databases.
Result<QString> tablesDigest(Services& services);

} // namespace Setup
} // namespace OneSeal
