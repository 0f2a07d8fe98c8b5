#pragma once

#include <QString>
#include <QTemporaryDir>

/// A throw-away PostgreSQL 15 cluster for tests: initdb into a temporary folder, postgres on its
/// own free loopback port (its socket in that folder too), one database, and stopped and removed
/// when the fixture goes. initdb and postgres refuse to run as root: when the tests run as root,
/// the cluster runs as the postgres system user (runuser), who is given the temporary folder.
class PostgresCluster final
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();
    Q_DISABLE_COPY_MOVE(PostgresCluster)

    /// Creates and starts the cluster; on failure @p error says what went wrong.
    bool start(QString* error);
    void stop();
    /// The store address for oneseal-server: postgresql://oneseal@127.0.0.1:PORT/oneseal.
    QString url() const;
    /// A Qt connection to the database, for checks the test makes directly.
    QString connectionName() const { return QStringLiteral("postgres-cluster-check"); }

private:
    bool run(const QString& program, const QStringList& arguments, QString* error);
    QString bin(const QString& name) const;

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};
