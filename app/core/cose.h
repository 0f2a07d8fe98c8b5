#pragma once

#include "result.h"

#include <QByteArray>

namespace OneSeal {

/// COSE_Sign1 (RFC 9052 §4.2) with EdDSA over Ed25519 (COSE algorithm −8), the signed envelope of the
/// payload printed in a licence's QR code. Only this one structure and this one algorithm are made and
/// accepted: a verifier that understands less has less to get wrong.
namespace Cose {

/// COSE's identifier of EdDSA.
inline constexpr int kAlgEdDsa = -8;
/// Key sizes of Ed25519 as libsodium uses them (the secret key carries the public key after the seed).
inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSecretKeyBytes = 64;
inline constexpr int kSignatureBytes = 64;
/// The largest COSE_Sign1 the parser reads: a QR code at level Q holds about 1,660 bytes at most.
inline constexpr int kMaxMessageBytes = 2048;

/// A COSE_Sign1 as read: the protected header's bytes exactly as signed, what they say, and the rest.
struct Sign1
{
    QByteArray protectedHeader; ///< the serialised protected header map, as it was signed
    int algorithm = 0;
    QByteArray keyId; ///< "kid" (label 4) from the protected header
    QByteArray payload;
    QByteArray signature;
};

/// libsodium must be initialised once per process before signing or making keys; true when it is.
bool initialise();

/// A new Ed25519 key pair: {public key (32 bytes), secret key (64 bytes)}.
std::pair<QByteArray, QByteArray> generateKeyPair();

/// The key id printed with a signature: the first 8 bytes of SHA-256 over the public key.
QByteArray keyIdOf(const QByteArray& publicKey);

/// The bytes a signature covers: Sig_structure = ["Signature1", protected, h'', payload] (RFC 9052 §4.4).
QByteArray sigStructure(const QByteArray& protectedHeader, const QByteArray& payload);

/// Signs @p payload with @p secretKey as a tagged COSE_Sign1 whose protected header carries the algorithm
/// and @p keyId; the unprotected header is empty.
Result<QByteArray> sign(const QByteArray& payload, const QByteArray& keyId, const QByteArray& secretKey);

/// Reads a tagged or untagged COSE_Sign1 with QCborStreamReader, never QCborValue (Qt 6.4's
/// QCborValue::fromCbor crashes on some malformed input). Refuses input over kMaxMessageBytes, indefinite
/// lengths, nesting in the headers, unknown header labels, trailing bytes and any algorithm but EdDSA.
/// Parsing does not verify: call verify() before trusting anything in the payload.
Result<Sign1> parse(const QByteArray& message);

/// True when @p message's signature is valid for @p publicKey.
bool verify(const Sign1& message, const QByteArray& publicKey);

} // namespace Cose
} // namespace OneSeal
