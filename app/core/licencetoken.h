#pragma once

#include "cose.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace OneSeal {

/// What a licence's QR code says about it: enough to show at a glance whom it was issued to and to find its
/// record in the serial register. The holder's identifier is masked: the code is public, the register is not.
struct LicenceClaims
{
    QString issuer;         ///< the seal's code ("PZ-XZSP")
    QString serial;         ///< licence serial ("5101820000001-2026-000001")
    int printNumber = 0;    ///< 1 for the first print, n for the nth physical print
    QString item;           ///< the item's name
    QString holderName;     ///< NFC
    QString holderIdMasked; ///< "9135**********Y43"
    QDate issuedOn;
    QDate validUntil; ///< invalid when the licence does not expire
    int templateVersion = 0;
    QByteArray recordHash; ///< the first 16 bytes of SHA-256 over the register record of this print

    friend bool operator==(const LicenceClaims&, const LicenceClaims&) = default;
};

/// The signed text in a licence's QR code: the claims as a compact CBOR map with integer keys, signed as a
/// COSE_Sign1 with the seal's Ed25519 key, as Base45 after the prefix "OS1:". Base45 and the prefix use only
/// the QR code's alphanumeric characters, so the symbol stays small (about version 12 at level Q).
namespace LicenceToken {

inline const QString kPrefix = QStringLiteral("OS1:");
/// The longest text accepted before any decoding: a QR code at level Q holds 2,420 alphanumeric characters.
inline constexpr int kMaxTextLength = 2420;

/// The claims as deterministic CBOR (keys in ascending order, shortest forms).
QByteArray encodeClaims(const LicenceClaims& claims);
/// The claims from @p bytes, read strictly: a map of at most 16 known keys, bounded strings, nothing left over.
Result<LicenceClaims> decodeClaims(const QByteArray& bytes);

/// The QR text for @p claims signed with @p secretKey under @p keyId.
Result<QString> issue(const LicenceClaims& claims, const QByteArray& keyId, const QByteArray& secretKey);

/// Opens the QR text as far as can be done without a key: prefix, Base45 and the COSE structure. The caller
/// looks the key id up, then calls verify(). Surrounding white space (a scanner's Enter) is ignored.
Result<Cose::Sign1> open(const QString& text);

/// The claims of @p message when its signature is valid for @p publicKey; otherwise an error.
Result<LicenceClaims> verify(const Cose::Sign1& message, const QByteArray& publicKey);

} // namespace LicenceToken
} // namespace OneSeal
