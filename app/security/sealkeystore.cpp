#include "sealkeystore.h"

#include "core/cose.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace OneSeal {
namespace {

Q_LOGGING_CATEGORY(lcKeys, "oneseal.security.keys")

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SealKeyStore)
};

/// Runs a keychain job to its end. QtKeychain answers through signals, so a local event loop waits for it.
void runJob(QKeychain::Job& job)
{
    // Never the plain-text fallback: without a keychain the key is not kept at all.
    job.setInsecureFallback(false);
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job, const QString& entry)
{
    qCWarning(lcKeys) << "keychain" << entry << job.error() << job.errorString();
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(QStringLiteral("keys.not_found"),
                         Text::tr("This workstation's keychain holds no signing key %1. Sign on the seal keeper's "
                                  "workstation where the key was made, or have the security administrator make a "
                                  "new key with \"onesealctl seal keygen\".")
                             .arg(entry));
    return makeError(QStringLiteral("keys.unavailable"),
                     Text::tr("The keychain is not available (%1), so no seal key can be kept or used here. "
                              "Unlock the keychain or contact IT; OneSeal never stores seal keys in a file.")
                         .arg(job.errorString()));
}

} // namespace

SealKeyStore::SealKeyStore(QString service) : m_service(std::move(service)) {}

QString SealKeyStore::entryName(const QString& sealCode, const QByteArray& keyId)
{
    return QStringLiteral("seal-signing-key/%1/%2").arg(sealCode, QString::fromLatin1(keyId.toHex()));
}

Status SealKeyStore::write(const QString& entry, const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entry);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, entry);
    return {};
}

Result<QByteArray> SealKeyStore::read(const QString& entry)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entry);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, entry);
    return job.binaryData();
}

Result<QByteArray> SealKeyStore::generate(const QString& sealCode)
{
    auto [publicKey, secretKey] = Cose::generateKeyPair();
    const Status stored = write(entryName(sealCode, Cose::keyIdOf(publicKey)), secretKey);
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    if (!stored)
        return stored.error();
    return publicKey;
}

Result<QString> SealKeyStore::signLicence(const QString& sealCode, const QByteArray& keyId, const LicenceClaims& claims)
{
    auto secret = read(entryName(sealCode, keyId));
    if (!secret)
        return secret.error();
    QByteArray& key = secret.value();
    // A key that does not belong to the key id would sign codes that never verify; refuse rather than print them.
    const bool matches =
        key.size() == Cose::kSecretKeyBytes && Cose::keyIdOf(key.right(Cose::kPublicKeyBytes)) == keyId;
    Result<QString> code =
        matches ? LicenceToken::issue(claims, keyId, key)
                : Result<QString>(makeError(
                      QStringLiteral("keys.mismatch"),
                      Text::tr("The keychain entry %1 holds no key for that key id.").arg(entryName(sealCode, keyId))));
    sodium_memzero(key.data(), size_t(key.size()));
    return code;
}

Status SealKeyStore::remove(const QString& sealCode, const QByteArray& keyId)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryName(sealCode, keyId));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, entryName(sealCode, keyId));
    return {};
}

} // namespace OneSeal
