#include "licencetoken.h"

#include "base45.h"
#include "strictcbor.h"

#include <QCborStreamWriter>
#include <QCoreApplication>

namespace OneSeal::LicenceToken {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LicenceToken)
};

enum Key {
    Issuer = 1,
    Serial = 2,
    PrintNumber = 3,
    Item = 4,
    HolderName = 5,
    HolderId = 6,
    IssuedOn = 7,
    ValidUntil = 8,
    TemplateVersion = 9,
    RecordHash = 10,
};

constexpr int kMaxTextBytes = 256;
constexpr int kRecordHashBytes = 16;

qint64 dateNumber(const QDate& date)
{
    return date.isValid() ? date.year() * 10000 + date.month() * 100 + date.day() : 0;
}

QDate numberDate(qint64 n)
{
    return n == 0 ? QDate() : QDate(int(n / 10000), int(n / 100 % 100), int(n % 100));
}

Error malformed(const QString& message)
{
    return makeError(QStringLiteral("licence_token.malformed"), message);
}

} // namespace

QByteArray encodeClaims(const LicenceClaims& claims)
{
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startMap(claims.validUntil.isValid() ? 10 : 9);
    writer.append(Issuer);
    writer.append(claims.issuer);
    writer.append(Serial);
    writer.append(claims.serial);
    writer.append(PrintNumber);
    writer.append(claims.printNumber);
    writer.append(Item);
    writer.append(claims.item);
    writer.append(HolderName);
    writer.append(claims.holderName);
    writer.append(HolderId);
    writer.append(claims.holderIdMasked);
    writer.append(IssuedOn);
    writer.append(dateNumber(claims.issuedOn));
    if (claims.validUntil.isValid()) {
        writer.append(ValidUntil);
        writer.append(dateNumber(claims.validUntil));
    }
    writer.append(TemplateVersion);
    writer.append(claims.templateVersion);
    writer.append(RecordHash);
    writer.append(claims.recordHash);
    writer.endMap();
    return bytes;
}

Result<LicenceClaims> decodeClaims(const QByteArray& bytes)
{
    StrictCbor cbor(bytes, Text::tr("The licence code"), 1);
    qsizetype pairs = 0;
    if (Status s = cbor.enterMap(16, &pairs); !s)
        return s.error();
    LicenceClaims claims;
    qint64 lastKey = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        const auto key = cbor.readInteger();
        if (!key)
            return key.error();
        // Ascending keys make the encoding deterministic and rule out a key given twice.
        if (*key <= lastKey)
            return malformed(Text::tr("The licence code repeats or reorders field %1.").arg(*key));
        lastKey = *key;
        switch (*key) {
        case Issuer:
        case Serial:
        case Item:
        case HolderName:
        case HolderId: {
            const auto text = cbor.readText(kMaxTextBytes);
            if (!text)
                return text.error();
            QString& target = *key == Issuer       ? claims.issuer
                              : *key == Serial     ? claims.serial
                              : *key == Item       ? claims.item
                              : *key == HolderName ? claims.holderName
                                                   : claims.holderIdMasked;
            target = *text;
            break;
        }
        case PrintNumber:
        case IssuedOn:
        case ValidUntil:
        case TemplateVersion: {
            const auto n = cbor.readInteger();
            if (!n)
                return n.error();
            if (*n < 0 || *n > 99991231)
                return malformed(Text::tr("Field %1 of the licence code is out of range.").arg(*key));
            if (*key == PrintNumber)
                claims.printNumber = int(*n);
            else if (*key == TemplateVersion)
                claims.templateVersion = int(*n);
            else {
                const QDate date = numberDate(*n);
                if (*n != 0 && !date.isValid())
                    return malformed(Text::tr("Field %1 of the licence code is no date.").arg(*key));
                (*key == IssuedOn ? claims.issuedOn : claims.validUntil) = date;
            }
            break;
        }
        case RecordHash: {
            const auto hash = cbor.readBytes(kRecordHashBytes);
            if (!hash)
                return hash.error();
            claims.recordHash = *hash;
            break;
        }
        default: return malformed(Text::tr("The licence code has the unknown field %1.").arg(*key));
        }
    }
    if (Status s = cbor.leave(); !s)
        return s.error();
    if (Status s = cbor.finish(); !s)
        return s.error();
    if (claims.issuer.isEmpty() || claims.serial.isEmpty() || claims.printNumber < 1 || !claims.issuedOn.isValid() ||
        claims.recordHash.size() != kRecordHashBytes)
        return malformed(Text::tr("The licence code lacks the issuer, serial, print number, date or record hash."));
    return claims;
}

Result<QString> issue(const LicenceClaims& claims, const QByteArray& keyId, const QByteArray& secretKey)
{
    const auto signed_ = Cose::sign(encodeClaims(claims), keyId, secretKey);
    if (!signed_)
        return signed_.error();
    return QString(kPrefix + Base45::encode(*signed_));
}

Result<Cose::Sign1> open(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > kMaxTextLength)
        return malformed(Text::tr("The text has %1 characters; no licence code has more than %2.")
                             .arg(trimmed.size())
                             .arg(kMaxTextLength));
    if (!trimmed.startsWith(kPrefix))
        return malformed(
            Text::tr("The text does not start with \"%1\"; it is not a OneSeal licence code.").arg(kPrefix));
    const auto bytes = Base45::decode(trimmed.mid(kPrefix.size()));
    if (!bytes)
        return bytes.error();
    return Cose::parse(*bytes);
}

Result<LicenceClaims> verify(const Cose::Sign1& message, const QByteArray& publicKey)
{
    // The signature is checked before a single claim is read, so a forger never reaches the claims parser.
    if (!Cose::verify(message, publicKey))
        return makeError(QStringLiteral("licence_token.bad_signature"),
                         Text::tr("The signature does not match the seal's key."));
    return decodeClaims(message.payload);
}

} // namespace OneSeal::LicenceToken
