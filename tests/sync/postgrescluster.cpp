#include "postgrescluster.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTcpServer>
#include <pwd.h>
#include <unistd.h>

namespace {

constexpr char kUser[] = "oneseal";
constexpr char kDatabase[] = "oneseal";

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::bin(const QString& name) const
{
    const QString dir = qEnvironmentVariable("ONESEAL_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
    return dir + u'/' + name;
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), bin(program)} +
                                                     arguments);
    else
        process.start(bin(program), arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = program + u": " + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (runningAsRoot()) {
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(qPrintable(m_dir.path()), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("tests run as root, and there is no postgres user to run the cluster as "
                                    "(install postgresql-15)");
            return false;
        }
    }
    {
        // A free port: the kernel gives one, it is released and postgres takes it at once.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    // --no-sync only speeds initdb up; the running server keeps fsync on, as in production.
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              QString::fromLatin1(kUser), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
             error))
        return false;
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_dir.path());
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("postgres.log")),
              QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    if (!run(QStringLiteral("createdb"),
             {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QString::fromLatin1(kUser), QString::fromLatin1(kDatabase)},
             error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setUserName(QString::fromLatin1(kUser));
    db.setDatabaseName(QString::fromLatin1(kDatabase));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

void PostgresCluster::stop()
{
    if (QSqlDatabase::contains(connectionName())) {
        QSqlDatabase::database(connectionName(), false).close();
        QSqlDatabase::removeDatabase(connectionName());
    }
    if (!m_running)
        return;
    m_running = false;
    QString ignored;
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("fast"),
         QStringLiteral("-w"), QStringLiteral("stop")},
        &ignored);
}

QString PostgresCluster::url() const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(QString::fromLatin1(kUser))
        .arg(m_port)
        .arg(QString::fromLatin1(kDatabase));
}
