#include "cose.h"

#include "strictcbor.h"

#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <sodium.h>

namespace OneSeal::Cose {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cose)
};

constexpr int kLabelAlg = 1;
constexpr int kLabelKid = 4;
constexpr int kMaxKidBytes = 32;
constexpr quint64 kTagSign1 = 18;

QByteArray protectedHeaderFor(const QByteArray& keyId)
{
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startMap(2);
    writer.append(kLabelAlg);
    writer.append(kAlgEdDsa);
    writer.append(kLabelKid);
    writer.append(keyId);
    writer.endMap();
    return bytes;
}

Error forged(const QString& message)
{
    return makeError(QStringLiteral("cose.malformed"), message);
}

/// The protected header: a map of at most two known labels, integers and byte strings only.
Status readProtectedHeader(const QByteArray& bytes, Sign1* out)
{
    StrictCbor cbor(bytes, Text::tr("The signature header"), 1);
    qsizetype pairs = 0;
    if (Status s = cbor.enterMap(2, &pairs); !s)
        return s;
    for (qsizetype i = 0; i < pairs; ++i) {
        const auto label = cbor.readInteger();
        if (!label)
            return label.error();
        if (*label == kLabelAlg && out->algorithm == 0) {
            const auto alg = cbor.readInteger();
            if (!alg)
                return alg.error();
            if (*alg != kAlgEdDsa)
                return forged(Text::tr("The signature uses algorithm %1; only EdDSA (−8) is accepted.").arg(*alg));
            out->algorithm = int(*alg);
        } else if (*label == kLabelKid && out->keyId.isEmpty()) {
            const auto kid = cbor.readBytes(kMaxKidBytes);
            if (!kid)
                return kid.error();
            out->keyId = *kid;
        } else {
            return forged(Text::tr("The signature header has the unexpected label %1.").arg(*label));
        }
    }
    if (Status s = cbor.leave(); !s)
        return s;
    if (out->algorithm != kAlgEdDsa || out->keyId.isEmpty())
        return forged(Text::tr("The signature header lacks the algorithm or the key id."));
    return cbor.finish();
}

} // namespace

bool initialise()
{
    return sodium_init() >= 0;
}

std::pair<QByteArray, QByteArray> generateKeyPair()
{
    QByteArray publicKey(kPublicKeyBytes, Qt::Uninitialized);
    QByteArray secretKey(kSecretKeyBytes, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secretKey.data()));
    return {publicKey, secretKey};
}

QByteArray keyIdOf(const QByteArray& publicKey)
{
    return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8);
}

QByteArray sigStructure(const QByteArray& protectedHeader, const QByteArray& payload)
{
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startArray(4);
    writer.append(QLatin1StringView("Signature1"));
    writer.append(protectedHeader);
    writer.append(QByteArray());
    writer.append(payload);
    writer.endArray();
    return bytes;
}

Result<QByteArray> sign(const QByteArray& payload, const QByteArray& keyId, const QByteArray& secretKey)
{
    if (secretKey.size() != kSecretKeyBytes)
        return makeError(QStringLiteral("cose.bad_key"),
                         Text::tr("The signing key has %1 bytes; an Ed25519 secret key has %2.")
                             .arg(secretKey.size())
                             .arg(kSecretKeyBytes));
    if (keyId.isEmpty() || keyId.size() > kMaxKidBytes)
        return makeError(QStringLiteral("cose.bad_kid"),
                         Text::tr("The key id must have 1 to %1 bytes.").arg(kMaxKidBytes));
    const QByteArray header = protectedHeaderFor(keyId);
    const QByteArray toBeSigned = sigStructure(header, payload);
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(toBeSigned.constData()), toBeSigned.size(),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    QByteArray message;
    QCborStreamWriter writer(&message);
    writer.append(QCborTag(kTagSign1));
    writer.startArray(4);
    writer.append(header);
    writer.startMap(0);
    writer.endMap();
    writer.append(payload);
    writer.append(signature);
    writer.endArray();
    return message;
}

Result<Sign1> parse(const QByteArray& message)
{
    if (message.size() > kMaxMessageBytes)
        return forged(Text::tr("The signed code has %1 bytes; no licence code has more than %2.")
                          .arg(message.size())
                          .arg(kMaxMessageBytes));
    StrictCbor cbor(message, Text::tr("The signed code"), 2);
    quint64 tag = 0;
    if (cbor.readTag(&tag) && tag != kTagSign1)
        return forged(Text::tr("The signed code carries tag %1; a COSE_Sign1 carries tag 18.").arg(tag));
    qsizetype items = 0;
    if (Status s = cbor.enterArray(4, &items); !s)
        return s.error();
    if (items != 4)
        return forged(Text::tr("The signed code has %1 parts; a COSE_Sign1 has 4.").arg(items));
    Sign1 sign1;
    const auto header = cbor.readBytes(64);
    if (!header)
        return header.error();
    sign1.protectedHeader = *header;
    if (Status s = readProtectedHeader(sign1.protectedHeader, &sign1); !s)
        return s.error();
    // The unprotected header is not signed, so nothing in it is trusted; we write it empty and accept only that.
    qsizetype pairs = 0;
    if (Status s = cbor.enterMap(0, &pairs); !s)
        return s.error();
    if (Status s = cbor.leave(); !s)
        return s.error();
    const auto payload = cbor.readBytes(kMaxMessageBytes);
    if (!payload)
        return payload.error();
    sign1.payload = *payload;
    const auto signature = cbor.readBytes(kSignatureBytes);
    if (!signature)
        return signature.error();
    if (signature->size() != kSignatureBytes)
        return forged(Text::tr("The signature has %1 bytes; an Ed25519 signature has %2.")
                          .arg(signature->size())
                          .arg(kSignatureBytes));
    sign1.signature = *signature;
    if (Status s = cbor.leave(); !s)
        return s.error();
    if (Status s = cbor.finish(); !s)
        return s.error();
    return sign1;
}

bool verify(const Sign1& message, const QByteArray& publicKey)
{
    if (publicKey.size() != kPublicKeyBytes || message.signature.size() != kSignatureBytes ||
        message.algorithm != kAlgEdDsa)
        return false;
    const QByteArray signed_ = sigStructure(message.protectedHeader, message.payload);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(message.signature.constData()),
                                       reinterpret_cast<const unsigned char*>(signed_.constData()), signed_.size(),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace OneSeal::Cose
