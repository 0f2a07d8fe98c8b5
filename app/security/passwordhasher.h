#pragma once

#include <QString>

namespace OneSeal {

/// Argon2id password hashes through libsodium's crypto_pwhash_str: the salt and the cost
/// parameters travel inside the encoded hash, so a later cost increase still verifies old hashes.
namespace PasswordHasher {

/// Whether libsodium initialised; nothing that hashes may run otherwise.
bool initialise();
/// The encoded Argon2id hash of @p password ("$argon2id$v=19$m=…"), or empty when memory ran out.
QString hash(const QString& password);
bool verify(const QString& encodedHash, const QString& password);

} // namespace PasswordHasher
} // namespace OneSeal
