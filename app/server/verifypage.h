#pragma once

#include "centralstore.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>

namespace OneSeal {

/// The public verification page behind the short address printed under a licence's QR code
/// (GET /v/SERIAL): whoever holds the paper, or scans it with a phone, sees whether the register
/// says the licence is valid, and its particulars with the holder's personal data masked. With the
/// scanned code (?c=OS1:…) the page also checks the seal's signature and says whether that very
/// sheet was superseded by a later print. The page is always in Chinese: it is read by the public in
/// China, whatever the server's own language.
class VerifyPage final
{
public:
    /// What the page says about the licence, in the order a reader's question is answered.
    enum class State { Valid, Superseded, Void, Revoked, Expired, NotFound };

    /// What the scanned code, when one was given, says.
    enum class CodeCheck { None, Genuine, Forged };

    struct Answer
    {
        int httpStatus = 200;
        State state = State::NotFound;
        CodeCheck code = CodeCheck::None;
        QByteArray html; ///< UTF-8
    };

    /// The page for @p serial as the register holds it (@p licence empty: unknown serial, 404).
    /// @p code is the QR text from ?c=, empty when none; @p today is the date in China.
    static Answer render(const QString& serial, const std::optional<RegisteredLicence>& licence, const QString& code,
                         QDate today);

    /// The page shown when the register cannot be read (HTTP 503).
    static QByteArray unavailable();

    /// The status word the page shows: 有效, 已被新打印件取代, 已作废, 已撤销, 已过期 or 未找到.
    static QString stateText(State state);

    /// A natural person's name as the page shows it: the first character, the rest as asterisks (张*).
    static QString maskName(const QString& name);
};

} // namespace OneSeal
