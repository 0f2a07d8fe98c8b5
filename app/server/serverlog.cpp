#include "serverlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <cstdio>

namespace OneSeal::ServerLog {
namespace {

QMutex& lock()
{
    static QMutex mutex;
    return mutex;
}

void emitLine(QJsonObject record)
{
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker guard(&lock());
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

QString levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg: return QStringLiteral("error");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    emitLine({{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
              {QStringLiteral("level"), levelOf(type)},
              {QStringLiteral("category"), QString::fromLatin1(context.category ? context.category : "default")},
              {QStringLiteral("message"), message}});
}

} // namespace

void install()
{
    qInstallMessageHandler(handler);
}

void write(const QString& level, const QString& event, const QJsonObject& fields)
{
    QJsonObject record = fields;
    record.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    record.insert(QStringLiteral("level"), level);
    record.insert(QStringLiteral("event"), event);
    emitLine(record);
}

} // namespace OneSeal::ServerLog
