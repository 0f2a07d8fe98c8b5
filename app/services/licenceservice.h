#pragma once

#include "core/licencetoken.h"
#include "core/result.h"
#include "session.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace OneSeal {

class AccountService;
class EventStore;
class SealKeyStore;

/// The second authenticated person a reprint or a void needs: an approver or another seal keeper, who
/// types their own password at the same workstation (监印).
struct SecondPerson
{
    QString username;
    QString password;
};

/// What the print centre needs to register a licence for a decided application.
struct LicenceIssueRequest
{
    QString caseNumber;
    QString sealCode;
    QString templateName; ///< e.g. "food_business_licence"
    int templateVersion = 1;
    QDate validUntil;   ///< invalid when the licence does not expire
    QJsonObject fields; ///< the licence's own fields (premises, scope …) as its template names them
};

/// A licence in the serial register.
struct LicenceRecord
{
    QString id;
    QString serial;
    QString sealId;
    QString sealCode;
    QString applicationId;
    QString caseNumber;
    QString templateName;
    int templateVersion = 1;
    QString itemName;
    QString holderName;
    QString holderIdentifier;
    QDate issuedOn;
    QDate validUntil;
    QJsonObject fields;
    QString status; ///< "issued", "void" or "revoked"
    QString statusReason;
};

/// One physical print to make.
struct LicencePrintRequest
{
    QString serial;
    QString printer; ///< the printer's name, or the PDF file
    int copies = 1;
    QString stockNumber; ///< the security-paper sheet's number; empty on plain paper
};

/// A print as the renderer gets it: the template and every field it prints, the signed code among them.
struct LicencePrintJob
{
    QString printId;
    QString serial;
    int printNumber = 0;
    QString code; ///< the signed QR text
    QString templateName;
    QJsonObject fields;
};

/// One sheet of security paper as the register accounts for it.
struct SheetUse
{
    QString stockNumber;
    QString use;    ///< "printed", "failed" (the print job did not succeed) or "spoiled"
    QString serial; ///< the licence it was used for, when any
    int printNumber = 0;
    QString windowId;
    QString at; ///< ISO 8601 UTC
};

/// A document waiting for the seal, as the print centre lists it.
struct PrintQueueEntry
{
    QString caseNumber;
    QString itemName;
    QString holderName;
    QString holderIdentifier;
    QString templateName; ///< the item's result template
    QDate queuedOn;       ///< when the decision put the case in the print queue
    QString serial;       ///< empty until a licence is issued
    QString status;       ///< the licence's status ("issued", "void", "revoked"); empty without a licence
    int prints = 0;       ///< successful prints so far
    QString noticeId;     ///< a sealed notice's id; empty on a licence's row
    QString documentNumber; ///< the notice's number (〔year〕N号); empty on a licence's row

    bool isNotice() const { return !noticeId.isEmpty(); }
};

/// One physical print of a sealed notice (受理通知书, 补正告知书, 决定书 …) to make.
struct NoticePrintRequest
{
    QString noticeId;
    QString printer; ///< the printer's name, or the PDF file
    int copies = 1;
};

/// A notice as the renderer gets it: its template (the notice's kind) and every field it prints.
struct NoticePrintJob
{
    QString printId;
    QString noticeId;
    QString kind; ///< the template name
    QString documentNumber;
    QString caseNumber;
    int printNumber = 0;
    QJsonObject fields;
};

/// A seal the print centre may issue licences under.
struct IssuingSeal
{
    QString code;
    QString name;
    bool hasKey = false;
};

/// The states a printed licence can be in, as verification reports them.
namespace LicenceState {
inline const QString Valid = QStringLiteral("valid");
inline const QString Superseded = QStringLiteral("superseded"); ///< a later print replaced this sheet
inline const QString Void = QStringLiteral("void");
inline const QString Revoked = QStringLiteral("revoked");
inline const QString Expired = QStringLiteral("expired");
inline const QString Unregistered = QStringLiteral("unregistered"); ///< signed, but not in this register
} // namespace LicenceState

/// What a licence code says, checked against the seals' keys and the register.
struct LicenceVerification
{
    bool genuine = false;
    QString state;  ///< one of LicenceState, when genuine
    QString reason; ///< why it is forged, or what the state means
    LicenceClaims claims;
};

/// 一枚印章管审批: the serial register of licences and their prints. Serials run per seal and year without
/// gaps (<seal serial code>-YYYY-NNNNNN) and only the seal's own site issues under it, so sites never
/// collide; each physical print gets the next print number and a code signed with the seal's key. A reprint
/// or a void needs a reason and a second authenticated person, checked here and not only in a dialog.
class LicenceService final
{
public:
    using Renderer = std::function<Status(const LicencePrintJob&)>;
    using NoticeRenderer = std::function<Status(const NoticePrintJob&)>;

    LicenceService(EventStore& store, AccountService& accounts, SealKeyStore& keys)
        : m_store(store), m_accounts(accounts), m_keys(keys)
    {
    }

    /// Makes a new signing key for @p sealCode in this workstation's keychain and registers its public key
    /// with the seal. Returns the key id (hex). Needs the right to manage keys.
    Result<QString> generateSealKey(const Session& admin, const QString& sealCode);

    /// Registers a licence for a decided (准予) application under @p request's seal.
    Result<LicenceRecord> issue(const Session& sealKeeper, const LicenceIssueRequest& request);

    /// What the next print will look like, for the preview: every field but the signed code, which is a
    /// placeholder that never verifies. The caller renders it with the DRAFT watermark. Nothing is recorded.
    Result<LicencePrintJob> preview(const Session& sealKeeper, const QString& serial);

    /// The first print of a licence. @p render puts the job on paper; whether it succeeded is recorded either
    /// way, and a failed job may be printed again without a second person.
    Result<LicencePrintJob> print(const Session& sealKeeper, const LicencePrintRequest& request,
                                  const Renderer& render);

    /// A further print (lost, damaged): the earlier prints become superseded.
    Result<LicencePrintJob> reprint(const Session& sealKeeper, const LicencePrintRequest& request,
                                    const QString& reason, const SecondPerson& second, const Renderer& render);

    /// Checks the second person of a reprint or void before the printer is chosen, so that a refusal comes
    /// first; reprint() and voidLicence() check again.
    Status confirmSecondPerson(const Session& sealKeeper, const SecondPerson& second);

    /// Voids a licence: every print of it reads "void". The serial is never reused.
    Status voidLicence(const Session& sealKeeper, const QString& serial, const QString& reason,
                       const SecondPerson& second);

    /// Revokes an issued licence (撤销 / 吊销) by an approver's decision.
    Status revoke(const Session& approver, const QString& serial, const QString& reason);

    /// Records a spoiled sheet of security paper by its stock number, so the window's stock reconciles.
    Status recordSpoiledSheet(const Session& sealKeeper, const QString& stockNumber, const QString& reason,
                              const QString& serial = {});

    Result<LicenceRecord> licence(const QString& serial);

    /// Hands a printed licence over to its holder (送达) and marks the application delivered. Refused when
    /// the register says the licence is void or revoked: at a town centre the register is the central
    /// state as of the last sync, so a licence revoked centrally before then is refused even while the
    /// centre is offline now. Needs the right to take applications or to apply the seal.
    Result<LicenceRecord> handOver(const Session& actor, const QString& serial);

    /// What waits for a seal at the keeper's site: decided (准予) cases without a licence, licences issued
    /// but never printed and sealed notices never printed, oldest first; with @p includePrinted also the
    /// site's printed, void and revoked licences (for reprints and voids) and its printed notices.
    Result<QList<PrintQueueEntry>> printQueue(const Session& sealKeeper, bool includePrinted = false);

    /// A sealed notice as it will print, for the preview (the caller adds the DRAFT watermark). Nothing is
    /// recorded. Whoever may print the notice may preview it.
    Result<NoticePrintJob> previewNotice(const Session& actor, const QString& noticeId);

    /// Prints a sealed notice issued at the actor's site. Its document number was given when it was issued;
    /// each physical print gets the notice's next print number and is recorded whether @p render succeeded
    /// or not, like a licence's, so that a notice printed where it was issued no longer waits in the print
    /// centre. A notice may be printed again (a copy for the file) without a second person: it carries no
    /// signed code that an older sheet could be confused with. The seal keeper prints every notice of the
    /// site; besides, whoever may issue a kind of notice prints it, as the applicant takes it from their
    /// hands: a clerk the counter's notices (and the decision an approver took at the window on a case the
    /// clerk took in), a reviewer or approver those of their section's review and decision.
    Result<NoticePrintJob> printNotice(const Session& actor, const NoticePrintRequest& request,
                                       const NoticeRenderer& render);

    /// The seals in use at the keeper's site, the ones licences there are issued under.
    Result<QList<IssuingSeal>> issuingSeals(const Session& sealKeeper);

    /// Every numbered sheet of security paper used at the actor's site (at the window @p windowCode only, when
    /// given), by stock number, so that a window's count of blank sheets reconciles with the register.
    Result<QList<SheetUse>> sheets(const Session& actor, const QString& windowCode = {});

    /// The template the catalogue names for the result of the application @p caseNumber.
    Result<QString> resultTemplateFor(const QString& caseNumber);

    /// The state of print @p printNumber of @p serial today.
    Result<QString> printState(const QString& serial, int printNumber);

    /// Checks a scanned code: genuine or forged, and from the register valid / superseded / void / revoked /
    /// expired.
    LicenceVerification verify(const QString& code);

private:
    struct Seal;
    Result<Seal> seal(const QString& column, const QString& value);
    LicencePrintJob jobFor(const LicenceRecord& licence, const Seal& seal, int printNumber, const QString& code);
    Result<Session> authenticateSecond(const Session& actor, const SecondPerson& second);
    Result<LicencePrintJob> printOnce(const Session& sealKeeper, const LicencePrintRequest& request, bool reprint,
                                      const QString& reason, const QString& secondUserId, const Renderer& render);

    EventStore& m_store;
    AccountService& m_accounts;
    SealKeyStore& m_keys;
};

} // namespace OneSeal
