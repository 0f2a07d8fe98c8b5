#include "serverprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

Run runCtl(const QString& workingDirectory, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(ONESEAL_CTL), arguments);
    timer.start(timeoutMs);
    if (process.waitForStarted() && process.state() != QProcess::NotRunning)
        loop.exec();
    Run run;
    if (process.state() != QProcess::NotRunning) {
        qWarning("onesealctl %s did not finish", qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ServerProcess::ServerProcess(QString workingDirectory, QString store)
    : m_dir(std::move(workingDirectory)), m_store(std::move(store))
{
}

ServerProcess::~ServerProcess()
{
    kill();
}

QStringList ServerProcess::storeArguments() const
{
    QStringList arguments{QStringLiteral("--store"), m_store};
    if (!m_stateDir.isEmpty())
        arguments << QStringLiteral("--state-dir") << m_stateDir;
    return arguments;
}

Run ServerProcess::run(const QStringList& arguments, int timeoutMs) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir);
    process.start(QStringLiteral(ONESEAL_SERVER), storeArguments() + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        qWarning("oneseal-server %s did not finish", qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished();
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString ServerProcess::enrolCode(const QString& site) const
{
    const Run code = run({QStringLiteral("enrol-code"), QStringLiteral("--site"), site});
    if (code.exitCode != 0)
        qWarning("no enrolment code for %s: %s", qPrintable(site), qPrintable(code.err));
    return code.exitCode == 0 ? code.out.trimmed() : QString();
}

QString ServerProcess::enrolWithCtl(const QString& db, const QString& site) const
{
    const QString code = enrolCode(site);
    if (code.isEmpty())
        return QStringLiteral("no enrolment code for ") + site;
    const Run enrolled = runCtl(m_dir, {QStringLiteral("enroll"), QStringLiteral("--db"), db,
                                        QStringLiteral("--server"), url(), QStringLiteral("--code"), code});
    return enrolled.exitCode == 0 ? QString() : enrolled.err + enrolled.out;
}

bool ServerProcess::start(const QString& logFile)
{
    m_log.clear();
    m_logFile = logFile;
    m_process.setWorkingDirectory(m_dir);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    if (!logFile.isEmpty())
        m_process.setStandardErrorFile(logFile);
    m_process.start(QStringLiteral(ONESEAL_SERVER),
                    storeArguments() + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!m_process.waitForStarted(10000))
        return false;
    for (int i = 0; i < 300; ++i) {
        if (m_logFile.isEmpty()) {
            readLog(100);
        } else {
            QTest::qWait(100);
            QFile file(m_logFile);
            m_log = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
        for (const QByteArray& line : m_log.split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.value(u"event").toString() == u"listening") {
                m_port = quint16(record.value(u"port").toInt());
                return true;
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    qWarning("the server did not start: %s", m_log.constData());
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

const QByteArray& ServerProcess::readLog(int waitMs)
{
    if (m_logFile.isEmpty()) {
        if (waitMs > 0)
            m_process.waitForReadyRead(waitMs);
        m_log += m_process.readAllStandardError();
    }
    return m_log;
}
