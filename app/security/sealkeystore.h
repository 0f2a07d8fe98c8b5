#pragma once

#include "core/licencetoken.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace OneSeal {

/// The seals' Ed25519 signing keys in the operating system's keychain (Secret Service, Keychain, Credential
/// Manager) through QtKeychain. A key never touches a file: QtKeychain's insecure fallback, which writes
/// plain text into QSettings, is never switched on, and without a keychain nothing is stored and signing
/// fails with a message saying so. Entries are namespaced "OneSeal" / "seal-signing-key/<seal>/<key id>",
/// so a new key for a seal never overwrites an old one and two databases on one machine never mix keys.
class SealKeyStore final
{
public:
    /// @p service is the keychain's service name; tests keep the default, which is the product's.
    explicit SealKeyStore(QString service = QStringLiteral("OneSeal"));

    /// Makes a new key pair for @p sealCode, keeps the secret key in the keychain and returns the public key.
    Result<QByteArray> generate(const QString& sealCode);

    /// Signs @p claims with @p sealCode's key @p keyId from the keychain; the key is wiped from memory after.
    Result<QString> signLicence(const QString& sealCode, const QByteArray& keyId, const LicenceClaims& claims);

    /// Deletes a key (a key generated for a registration that then failed).
    Status remove(const QString& sealCode, const QByteArray& keyId);

    /// The keychain entry's name for a seal's key.
    static QString entryName(const QString& sealCode, const QByteArray& keyId);

private:
    Status write(const QString& entry, const QByteArray& secret);
    Result<QByteArray> read(const QString& entry);

    QString m_service;
};

} // namespace OneSeal
