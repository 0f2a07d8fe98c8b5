#include "devicecredential.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace OneSeal::DeviceCredential {
namespace {

Q_LOGGING_CATEGORY(lcCredential, "oneseal.sync.credential")

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCredential)
};

/// Keys are namespaced by application and device, as Nextcloud does, so that two databases on one
/// machine never share a token.
const QString kService = QStringLiteral("OneSeal");
QString keyFor(const QString& deviceId)
{
    return QStringLiteral("device-token/") + deviceId;
}

QHash<QString, QString>& sessionTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}
QMutex& sessionLock()
{
    static QMutex mutex;
    return mutex;
}

/// Runs a keychain job to its end. A keychain that never answers (no Secret Service on the bus) is
/// given up after a while rather than hanging the sync.
bool runJob(QKeychain::Job& job)
{
    bool finished = false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished]() {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(15000);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

Kept store(const QString& deviceId, const QString& token, QString* why)
{
    QKeychain::WritePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(keyFor(deviceId));
    job.setTextData(token);
    const bool answered = runJob(job);
    if (answered && job.error() == QKeychain::NoError) {
        QMutexLocker lock(&sessionLock());
        sessionTokens().remove(deviceId);
        return Kept::InKeychain;
    }
    const QString reason = answered ? job.errorString() : Text::tr("the keychain did not answer");
    qCWarning(lcCredential).noquote() << "no keychain:" << reason;
    if (why)
        *why = reason;
    QMutexLocker lock(&sessionLock());
    sessionTokens().insert(deviceId, token);
    return Kept::ForThisSessionOnly;
}

Result<QString> load(const QString& deviceId)
{
    {
        QMutexLocker lock(&sessionLock());
        const auto it = sessionTokens().constFind(deviceId);
        if (it != sessionTokens().cend())
            return *it;
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(keyFor(deviceId));
    if (!runJob(job))
        return makeError(QStringLiteral("credential.no_keychain"),
                         Text::tr("The keychain did not answer, so the device token cannot be read. Unlock the "
                                  "keychain, or enrol the device again (onesealctl enroll)."));
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(QStringLiteral("credential.missing"),
                         Text::tr("This device has no token in the keychain: enrol it first with onesealctl enroll "
                                  "--db FILE --server URL --code CODE."));
    if (job.error() != QKeychain::NoError)
        return makeError(QStringLiteral("credential.no_keychain"),
                         Text::tr("The keychain could not give the device token (%1). Unlock the keychain, or enrol "
                                  "the device again.")
                             .arg(job.errorString()));
    return job.textData();
}

void loadAsync(const QString& deviceId, QObject* context, std::function<void(Result<QString>)> done)
{
    {
        QMutexLocker lock(&sessionLock());
        const auto it = sessionTokens().constFind(deviceId);
        if (it != sessionTokens().cend()) {
            const QString token = *it;
            QTimer::singleShot(0, context, [done, token] { done(token); });
            return;
        }
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, context);
    job->setInsecureFallback(false);
    job->setKey(keyFor(deviceId));
    job->setAutoDelete(true);
    // A keychain that never answers must not leave the caller waiting for ever.
    auto answered = std::make_shared<bool>(false);
    auto* timeout = new QTimer(job);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, context, [answered, done] {
        if (*answered)
            return;
        *answered = true;
        done(makeError(QStringLiteral("credential.no_keychain"),
                       Text::tr("The keychain did not answer, so the device token cannot be read. Unlock the "
                                "keychain, or enrol the device again.")));
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, done](QKeychain::Job* finished) {
        if (*answered)
            return;
        *answered = true;
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() == QKeychain::NoError) {
            done(read->textData());
        } else if (read->error() == QKeychain::EntryNotFound) {
            done(makeError(QStringLiteral("credential.missing"),
                           Text::tr("This device has no token in the keychain: enrol it first with onesealctl enroll "
                                    "--db FILE --server URL --code CODE.")));
        } else {
            done(makeError(QStringLiteral("credential.no_keychain"),
                           Text::tr("The keychain could not give the device token (%1). Unlock the keychain, or "
                                    "enrol the device again.")
                               .arg(read->errorString())));
        }
    });
    timeout->start(15000);
    job->start();
}

void forget(const QString& deviceId)
{
    {
        QMutexLocker lock(&sessionLock());
        sessionTokens().remove(deviceId);
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(keyFor(deviceId));
    runJob(job);
}

} // namespace OneSeal::DeviceCredential
