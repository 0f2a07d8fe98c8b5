#include "passwordhasher.h"

#include <sodium.h>

namespace OneSeal::PasswordHasher {

bool initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString hash(const QString& password)
{
    if (!initialise())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, 2 passes) keep a sign-in under a second on a counter PC.
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString& encodedHash, const QString& password)
{
    if (!initialise() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace OneSeal::PasswordHasher
