#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

/// What a command printed and how it ended (-1 when it crashed or had to be killed).
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs onesealctl (ONESEAL_CTL) in @p workingDirectory in the C locale. It waits in an event loop,
/// not in waitForFinished, so that a fault proxy or a widget of the test process keeps working while
/// the child talks to it.
Run runCtl(const QString& workingDirectory, const QStringList& arguments, int timeoutMs = 300000);

/// One oneseal-server of a test over one central store: its one-shot commands (import, enrol-code,
/// export) and the serving process on loopback. The first start takes any free port; a restart
/// takes the same one, which enrolled clients know.
class ServerProcess final
{
public:
    ServerProcess(QString workingDirectory, QString store);
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    void setStore(const QString& store) { m_store = store; }
    const QString& store() const { return m_store; }
    /// Every command and start then passes --state-dir @p dir (none when empty: the working folder).
    void setStateDir(const QString& dir) { m_stateDir = dir; }

    /// `oneseal-server --store STORE ARGUMENTS…`, run to its end.
    Run run(const QStringList& arguments, int timeoutMs = 120000) const;
    /// A one-time enrolment code for @p site; empty (with a warning) when the server refuses.
    QString enrolCode(const QString& site) const;
    /// Enrols the database @p db with `onesealctl enroll` for @p site; the problem, empty when it worked.
    QString enrolWithCtl(const QString& db, const QString& site) const;

    /// Starts serving on 127.0.0.1. With @p logFile the JSON log goes to that file, so that a long run
    /// never blocks the server on a full pipe; without, it is read from the pipe (readLog).
    bool start(const QString& logFile = {});
    /// SIGKILL, as a crash would; the port is kept for the next start.
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    /// The log since the last start (pipe mode), after waiting up to @p waitMs for more of it.
    const QByteArray& readLog(int waitMs = 0);

private:
    /// --store STORE, and --state-dir DIR when one is set.
    QStringList storeArguments() const;

    QString m_dir;
    QString m_store;
    QString m_stateDir;
    QString m_logFile;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};
