#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace OneSeal::Testing {

/// How a program the test ran ended and what it printed.
struct Run
{
    int exitCode = -1; ///< -1 when it did not finish in time
    QString out;
    QString err;
};

/// Runs @p program as an operator's script would, in the C locale, with @p input on its standard input and,
/// when given, on the D-Bus session @p busAddress (the one with the test's keychain).
inline Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
               const QString& busAddress = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    if (!busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace OneSeal::Testing
