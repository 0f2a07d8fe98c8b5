#include "projectedcentralstore.h"

#include "core/canonicaljson.h"
#include "db/database.h"
#include "db/journal.h"
#include "services/projector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <sodium.h>

namespace OneSeal {
namespace {

Q_LOGGING_CATEGORY(lcStore, "oneseal.server.store")

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CentralStore)
};

/// Subjects that only the central hall writes: the catalogue, calendar, organisation and the lists
/// every site receives.
bool centralOnly(const QString& subjectType)
{
    static const QStringList types{QStringLiteral("site"),    QStringLiteral("window"),
                                   QStringLiteral("section"), QStringLiteral("department"),
                                   QStringLiteral("seal"),    QStringLiteral("calendar_year"),
                                   QStringLiteral("item"),    QStringLiteral("dishonesty_entry"),
                                   QStringLiteral("setting")};
    return types.contains(subjectType);
}

/// States after which an application takes no further step.
bool closedState(const QString& state)
{
    return state == u"rejected" || state == u"denied" || state == u"delivered" || state == u"withdrawn";
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString normaliseCode(const QString& code)
{
    QString plain;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            plain.append(c.toUpper());
    }
    return plain;
}

/// An error from the store itself (disk, lock) rather than from the event: the push fails and
/// nothing is acknowledged, instead of the event being rejected for a reason that is not its own.
bool isStoreFailure(const Error& error)
{
    return error.code.startsWith(u"db.") && !error.message.contains(QStringLiteral("constraint failed"));
}

Error rejection(const char* code, const QString& message)
{
    return makeError(QString::fromLatin1(code), message);
}

/// A town centre registers the public keys of its own seal (一枚印章管服务: the 便民服务中心专用章 is signed on
/// the centre's seal-keeping workstation, where its private key stays); another site's seal, and the bureau's
/// 行政审批专用章, stay out of its reach. Only the key fields may change with it, never the seal itself.
Status checkSealKeyOwnership(Database& db, const QString& siteId, const Event& e)
{
    const bool keyRecord = e.subjectType == u"seal_key";
    if (!keyRecord && e.type != u"seal.key_registered")
        return rejection("sync.central_only", Text::tr("Only the central hall changes the seal list; a town centre "
                                                       "registers its own seal's keys only."));
    static const QStringList kKeyFields{QStringLiteral("public_key"), QStringLiteral("key_id"),
                                        QStringLiteral("key_registered_at")};
    if (!keyRecord) {
        for (auto it = e.payload.begin(); it != e.payload.end(); ++it) {
            if (!kKeyFields.contains(it.key()))
                return rejection("sync.central_only",
                                 Text::tr("A seal key registration may change the seal's key only, not its %1; "
                                          "the central hall edits the seal itself.")
                                     .arg(it.key()));
        }
    }
    const QString sealId = keyRecord ? e.payload.value(u"seal_id").toString() : e.subjectId;
    auto q = db.query(QStringLiteral("SELECT owner_site_id FROM seals WHERE id = ?"), {sealId});
    if (!q)
        return q.error();
    if (!q->next())
        return rejection("sync.not_owner", Text::tr("The seal %1 is not in the seal registry; the central hall "
                                                    "registers a seal before its keys.")
                                               .arg(sealId));
    if (q->value(0).toString() != siteId)
        return rejection("sync.not_owner",
                         Text::tr("The seal belongs to another site: a town centre registers keys for its own "
                                  "便民服务中心专用章 only, and the bureau's keys are made at the central hall."));
    if (!keyRecord && e.payload.contains(u"key_id")) {
        // The seal's current key must be one registered for this seal, not another seal's.
        auto key = db.query(QStringLiteral("SELECT count(*) FROM seal_keys WHERE id = ? AND seal_id = ?"),
                            {e.payload.value(u"key_id").toString(), sealId});
        if (!key)
            return key.error();
        if (!key->next() || key->value(0).toInt() == 0)
            return rejection("sync.not_owner", Text::tr("The key %1 is not registered for this seal; register the "
                                                        "seal's own key first.")
                                                   .arg(e.payload.value(u"key_id").toString()));
    }
    return {};
}

/// A projection kept apart from its ledger (PostgreSQL) notes how far it got and whose log it follows,
/// so that it survives the process and the next one applies only what the log gained since.
const char* const kProjectionSchema =
    "CREATE TABLE IF NOT EXISTS central_projection (id INTEGER PRIMARY KEY CHECK (id = 1), public_key TEXT NOT "
    "NULL, server_seq INTEGER NOT NULL, entry_hash TEXT NOT NULL)";

} // namespace

ProjectedCentralStore::ProjectedCentralStore(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{
}

ProjectedCentralStore::~ProjectedCentralStore() = default;

Status ProjectedCentralStore::prepare(std::unique_ptr<CentralLedger> ledger)
{
    if (sodium_init() < 0)
        return makeError(QStringLiteral("server.sodium"), Text::tr("libsodium could not be initialised."));
    m_ledger = std::move(ledger);
    const Status identity = m_ledger->writeTransaction([&]() -> Status {
        if (Status schema = m_ledger->createSchema(); !schema)
            return schema;
        auto key = m_ledger->query(QStringLiteral("SELECT public_key, secret_key FROM central_identity WHERE id = 1"));
        if (!key)
            return key.error();
        if (key->next()) {
            m_publicKey = QByteArray::fromBase64(key->value(0).toString().toLatin1());
            m_secretKey = QByteArray::fromBase64(key->value(1).toString().toLatin1());
            return {};
        }
        m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(m_publicKey.data()),
                            reinterpret_cast<unsigned char*>(m_secretKey.data()));
        auto insert = m_ledger->query(
            QStringLiteral("INSERT INTO central_identity (id, public_key, secret_key) VALUES (1, ?, ?)"),
            {QString::fromLatin1(m_publicKey.toBase64()), QString::fromLatin1(m_secretKey.toBase64())});
        return insert ? Status() : Status(insert.error());
    });
    if (!identity)
        return identity;
    const auto head = ledgerHead();
    if (!head)
        return head.error();
    if (!m_ledger->sharesProjection()) {
        if (Status made = m_db->execScript(QString::fromLatin1(kProjectionSchema)); !made)
            return made;
    }
    return m_db->transaction([&]() { return catchUp(head->seq); });
}

Result<qint64> ProjectedCentralStore::projectedSeq()
{
    auto q = m_db->query(QStringLiteral("SELECT public_key, server_seq, entry_hash FROM central_projection WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    const QString key = q->value(0).toString();
    const qint64 seq = q->value(1).toLongLong();
    const QString hash = q->value(2).toString();
    bool same = key == QString::fromLatin1(m_publicKey.toBase64());
    if (same && seq > 0) {
        auto entry = m_ledger->query(QStringLiteral("SELECT entry_hash FROM central_log WHERE server_seq = ?"), {seq});
        if (!entry)
            return entry.error();
        same = entry->next() && entry->value(0).toString() == hash;
    }
    if (!same)
        return makeError(QStringLiteral("store.projection_foreign"),
                         Text::tr("The projection %1 follows another central log; it is made anew.").arg(m_db->path()));
    return seq;
}

Status ProjectedCentralStore::noteProjected(const Head& head)
{
    if (m_ledger->sharesProjection())
        return {};
    auto q = m_db->query(QStringLiteral("INSERT OR REPLACE INTO central_projection (id, public_key, server_seq, "
                                        "entry_hash) VALUES (1, ?, ?, ?)"),
                         {QString::fromLatin1(m_publicKey.toBase64()), head.seq, head.hash});
    return q ? Status() : Status(q.error());
}

Status ProjectedCentralStore::refresh()
{
    if (m_ledger->sharesProjection())
        return {};
    const auto head = ledgerHead();
    if (!head)
        return head.error();
    if (head->seq <= m_projected)
        return {};
    return m_db->transaction([&]() { return catchUp(head->seq); });
}

Result<ProjectedCentralStore::Head> ProjectedCentralStore::ledgerHead()
{
    auto head = m_ledger->query(QStringLiteral("SELECT server_seq, entry_hash FROM central_log ORDER BY server_seq "
                                               "DESC LIMIT 1"));
    if (!head)
        return head.error();
    return head->next() ? Head{head->value(0).toLongLong(), head->value(1).toString()} : Head{0, genesisHash()};
}

Status ProjectedCentralStore::catchUp(qint64 head)
{
    if (m_ledger->sharesProjection()) {
        m_projected = head;
        return {};
    }
    // The projection's file may be shared with other processes on the same ledger: its own note, read
    // inside this transaction, says where it stands, whatever this process saw last.
    const auto noted = projectedSeq();
    if (!noted)
        return noted.error();
    m_projected = *noted;
    if (m_projected >= head)
        return {};
    qint64 from = m_projected;
    QString hash;
    while (from < head) {
        auto q = m_ledger->query(QStringLiteral("SELECT server_seq, outcome, event, entry_hash FROM central_log WHERE "
                                                "server_seq > ? AND server_seq <= ? ORDER BY server_seq LIMIT 1000"),
                                 {from, head});
        if (!q)
            return q.error();
        const qint64 before = from;
        while (q->next()) {
            from = q->value(0).toLongLong();
            hash = q->value(3).toString();
            if (q->value(1).toString() != u"accepted")
                continue;
            auto e = Wire::eventFromJson(QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object());
            if (!e)
                return e.error();
            if (Status stored = Journal::receive(*m_db, *e); !stored)
                return stored;
            if (Status applied = Projector::apply(*m_db, *e); !applied)
                return applied;
        }
        if (from == before)
            break;
    }
    if (from > m_projected) {
        if (Status kept = noteProjected({from, hash}); !kept)
            return kept;
    }
    qCInfo(lcStore) << "projection caught up from" << m_projected << "to" << from;
    m_projected = from;
    return {};
}

Result<ProjectedCentralStore::Device> ProjectedCentralStore::device(const QString& deviceId)
{
    auto q = m_ledger->query(
        QStringLiteral("SELECT id, site_id, last_seq, last_hash FROM central_devices WHERE id = ?"), {deviceId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            QStringLiteral("auth.unknown_device"),
            Text::tr("The device %1 is not enrolled; enrol it with a code from the server.").arg(deviceId));
    return Device{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toString()};
}

Result<ProjectedCentralStore::Device> ProjectedCentralStore::authenticate(const QString& token)
{
    if (token.isEmpty())
        return makeError(QStringLiteral("auth.missing"),
                         Text::tr("The request carries no device token; enrol the device first."));
    auto q = m_ledger->query(QStringLiteral("SELECT id FROM central_devices WHERE token_hash = ?"),
                             {sha256Hex(token.toUtf8())});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("auth.bad_token"),
                         Text::tr("The device token is not known here; enrol the device again with a new code."));
    return device(q->value(0).toString());
}

Result<QString> ProjectedCentralStore::resolveSite(const QString& site, QString* code)
{
    auto q = m_db->query(QStringLiteral("SELECT id, code FROM sites WHERE id = ? OR code = ?"), {site, site});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("server.unknown_site"),
                         Text::tr("There is no site \"%1\" in the central store; give a site code such as PZ, "
                                  "after importing the central hall's database.")
                             .arg(site),
                         QStringLiteral("site"));
    if (code)
        *code = q->value(1).toString();
    return q->value(0).toString();
}

Result<bool> ProjectedCentralStore::isCentral(const QString& siteId)
{
    auto q = m_db->query(QStringLiteral("SELECT kind FROM sites WHERE id = ?"), {siteId});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toString() == u"central";
}

Status ProjectedCentralStore::checkOwnership(const Device& device, const Event& e)
{
    if (e.siteId != device.siteId)
        return rejection("sync.wrong_site", Text::tr("The step was recorded for another site than the one this "
                                                     "device is enrolled for; it is not accepted here."));
    if (device.central)
        return {};
    // A town centre's steps are made by its own staff: an account of another site means a copied
    // database or a forged event.
    {
        auto q = m_db->query(QStringLiteral("SELECT site_id FROM users WHERE id = ?"), {e.userId});
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toString() != device.siteId)
            return rejection("sync.wrong_user", Text::tr("The step was made by an account that does not work at "
                                                         "this site; only the site's own staff record its work."));
    }
    if (e.subjectType == u"seal_key" || e.subjectType == u"seal")
        return checkSealKeyOwnership(*m_db, device.siteId, e);
    if (centralOnly(e.subjectType))
        return rejection("sync.central_only",
                         Text::tr("Only the central hall changes the %1 list; ask the central hall to make this "
                                  "change.")
                             .arg(e.subjectType));
    if (e.subjectType == u"user") {
        auto q = m_db->query(QStringLiteral("SELECT site_id FROM users WHERE id = ?"), {e.subjectId});
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toString() != device.siteId)
            return rejection("sync.not_owner", Text::tr("User accounts of another site, and new accounts, are "
                                                        "managed at the central hall."));
        return {};
    }
    if (e.subjectType == u"licence" || e.subjectType == u"licence_print" || e.subjectType == u"spoiled_sheet")
        return checkLicenceOwnership(device, e);
    QString applicationId;
    if (e.subjectType == u"application")
        applicationId = e.subjectId;
    else if (e.subjectType == u"notice" || e.subjectType == u"notice_print")
        applicationId = e.payload.value(u"application_id").toString();
    if (applicationId.isEmpty())
        return {};
    auto q = m_db->query(QStringLiteral("SELECT site_id, holding_site_id, state FROM applications WHERE id = ?"),
                         {applicationId});
    if (!q)
        return q.error();
    if (!q->next()) {
        // A new application belongs to the site that takes it in.
        if (e.subjectType == u"application" && e.payload.value(u"site_id").toString() == device.siteId)
            return {};
        return rejection("sync.not_owner", Text::tr("The application %1 is not held by this site.").arg(applicationId));
    }
    if (q->value(0).toString() != device.siteId && q->value(1).toString() != device.siteId)
        return rejection("sync.not_owner",
                         Text::tr("The application is held by another site now; this site may no longer change it."));
    return {};
}

Status ProjectedCentralStore::checkLicenceOwnership(const Device& device, const Event& e)
{
    // The register is public to every site, but only the issuing site (or the central hall, checked
    // before) voids, revokes, prints or spoils its sheets: otherwise one town's approver could revoke
    // another town's licence.
    const QString licenceId = e.subjectType == u"licence" ? e.subjectId : e.payload.value(u"licence_id").toString();
    QString siteId;
    if (!licenceId.isEmpty()) {
        auto q = m_db->query(QStringLiteral("SELECT site_id FROM licences WHERE id = ?"), {licenceId});
        if (!q)
            return q.error();
        if (q->next())
            siteId = q->value(0).toString();
    }
    if (siteId.isEmpty()) // a licence issued or a sheet spoiled by this step: the step names its site
        siteId = e.payload.value(u"site_id").toString();
    if (siteId != device.siteId)
        return rejection("sync.not_owner",
                         Text::tr("The licence was issued at another site; only that site or the central hall may "
                                  "print, void or revoke it."));
    return {};
}

Status ProjectedCentralStore::judge(const Device& device, const Event& e)
{
    return m_db->transaction([&]() -> Status {
        if (Status owner = checkOwnership(device, e); !owner)
            return owner;
        const auto version = Projector::currentVersion(*m_db, e.subjectType, e.subjectId);
        if (!version)
            return version.error();
        if (*version != e.subjectVersion)
            return rejection("sync.version_conflict",
                             Text::tr("Someone else changed this %1 first (it is at version %2 now, the step was "
                                      "made on version %3). Look at it again and redo the step.")
                                 .arg(e.subjectType)
                                 .arg(*version)
                                 .arg(e.subjectVersion));
        if (e.subjectType == u"application" && *version > 0) {
            auto q = m_db->query(QStringLiteral("SELECT state FROM applications WHERE id = ?"), {e.subjectId});
            if (!q)
                return q.error();
            if (q->next() && closedState(q->value(0).toString()))
                return rejection("sync.application_closed",
                                 Text::tr("The application was closed (%1) before this step arrived; it takes no "
                                          "further step.")
                                     .arg(q->value(0).toString()));
        }
        if (Status stored = Journal::receive(*m_db, e); !stored)
            return stored;
        return Projector::apply(*m_db, e);
    });
}

Result<QString> ProjectedCentralStore::audienceOf(const Event& e)
{
    // Private to the sites concerned: applications (and their notices) and who looked up whom.
    QString applicationId;
    if (e.subjectType == u"application")
        applicationId = e.subjectId;
    else if (e.subjectType == u"notice" || e.subjectType == u"notice_print")
        applicationId = e.payload.value(u"application_id").toString();
    if (!applicationId.isEmpty()) {
        auto q = m_db->query(QStringLiteral("SELECT site_id, holding_site_id FROM applications WHERE id = ?"),
                             {applicationId});
        if (!q)
            return q.error();
        if (q->next())
            return QString(u',' + q->value(0).toString() + u',' + q->value(1).toString() + u',');
    }
    if (e.subjectType == u"dishonesty_lookup")
        return QString(u',' + e.siteId + u',');
    return QStringLiteral("*");
}

Status ProjectedCentralStore::appendLog(Head& head, const Event& e, bool accepted, const Error& reason,
                                        qint64* serverSeq)
{
    QString audience = QStringLiteral("");
    if (accepted) {
        const auto computed = audienceOf(e);
        if (!computed)
            return computed.error();
        audience = *computed;
    }
    const qint64 seq = head.seq + 1;
    const QString outcome = accepted ? QStringLiteral("accepted") : QStringLiteral("rejected");
    const QString entryHash =
        sha256Hex(head.hash.toLatin1() + '\n' + QByteArray::number(seq) + '\n' + e.id.toLatin1() + '\n' +
                  e.hash.toLatin1() + '\n' + outcome.toLatin1() + '\n' + reason.code.toUtf8());
    auto q =
        m_ledger->query(QStringLiteral("INSERT INTO central_log (server_seq, event_id, device_id, device_seq, site_id, "
                                       "event_hash, outcome, reason_code, reason, audience, event, entry_hash, "
                                       "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {seq, e.id, e.deviceId, e.deviceSeq, e.siteId.isNull() ? QStringLiteral("") : e.siteId, e.hash,
                         outcome, reason.code.isNull() ? QStringLiteral("") : reason.code,
                         reason.message.isNull() ? QStringLiteral("") : reason.message, audience,
                         QString::fromUtf8(canonicalJson(Wire::eventToJson(e)).value()), entryHash,
                         formatEventTime(m_clock->nowUtc())});
    if (!q)
        return q.error();
    head = Head{seq, entryHash};
    if (serverSeq)
        *serverSeq = seq;
    return {};
}

Status ProjectedCentralStore::saveDevice(const Device& d)
{
    auto q = m_ledger->query(QStringLiteral("UPDATE central_devices SET last_seq = ?, last_hash = ? WHERE id = ?"),
                             {d.lastSeq, d.lastHash, d.id});
    return q ? Status() : Status(q.error());
}

Result<Wire::PushResponse> ProjectedCentralStore::push(const QString& token, const Wire::PushRequest& request)
{
    auto authenticated = authenticate(token);
    if (!authenticated)
        return authenticated.error();
    if (authenticated->id != request.deviceId)
        return makeError(QStringLiteral("auth.wrong_device"),
                         Text::tr("The token belongs to another device than the one whose events were sent."));
    Device dev = *authenticated;
    const auto central = isCentral(dev.siteId);
    if (!central)
        return central.error();
    dev.central = *central;
    Head head;
    Wire::PushResponse response;
    // The projection's transaction holds the ledger's: when the ledger does not commit, the
    // projection forgets this push too; when the projection does not commit after the ledger did,
    // the next push replays the ledger into it (catchUp).
    const Status status = m_db->transaction([&]() {
        return m_ledger->writeTransaction([&]() -> Status {
            // Under the one-writer lock: the head and this device's state as the ledger holds them now,
            // and the projection brought up to that head if another process wrote to the ledger.
            const auto current = ledgerHead();
            if (!current)
                return current.error();
            head = *current;
            if (Status caught = catchUp(head.seq); !caught)
                return caught;
            const auto fresh = device(dev.id);
            if (!fresh)
                return fresh.error();
            dev.lastSeq = fresh->lastSeq;
            dev.lastHash = fresh->lastHash;
            // What the log holds already of this batch, in one read: a replayed push costs one query.
            QHash<qint64, QVariantList> known;
            if (!request.events.isEmpty()) {
                auto seen =
                    m_ledger->query(QStringLiteral("SELECT device_seq, event_id, server_seq, outcome, reason_code, "
                                                   "reason FROM central_log WHERE device_id = ? AND device_seq "
                                                   "BETWEEN ? AND ?"),
                                    {dev.id, request.events.first().deviceSeq, request.events.last().deviceSeq});
                if (!seen)
                    return seen.error();
                while (seen->next())
                    known.insert(seen->value(0).toLongLong(),
                                 {seen->value(1), seen->value(2), seen->value(3), seen->value(4), seen->value(5)});
            }
            for (const Event& e : request.events) {
                const auto row = known.constFind(e.deviceSeq);
                if (row != known.cend()) {
                    const QVariantList& r = *row;
                    if (r.at(0).toString() != e.id)
                        return makeError(QStringLiteral("sync.sequence_reused"),
                                         Text::tr("This device sent a different event as its number %1: its database "
                                                  "was probably restored from an old backup. Enrol it anew instead.")
                                             .arg(e.deviceSeq));
                    const bool accepted = r.at(2).toString() == u"accepted";
                    response.results.append({e.id, e.deviceSeq, r.at(1).toLongLong(),
                                             accepted ? Wire::Outcome::Accepted : Wire::Outcome::Rejected,
                                             accepted ? QString() : r.at(3).toString(),
                                             accepted ? QString() : r.at(4).toString()});
                    continue;
                }
                if (e.deviceSeq != dev.lastSeq + 1)
                    return makeError(QStringLiteral("sync.out_of_order"),
                                     Text::tr("Event number %1 of this device arrived before number %2; send the "
                                              "events in order.")
                                         .arg(e.deviceSeq)
                                         .arg(dev.lastSeq + 1));
                if (e.prevHash != dev.lastHash)
                    return makeError(
                        QStringLiteral("sync.broken_chain"),
                        Text::tr("Event number %1 does not continue this device's hash chain.").arg(e.deviceSeq));
                const Status judged = judge(dev, e);
                if (!judged && isStoreFailure(judged.error()))
                    return judged;
                qint64 seq = 0;
                if (Status logged = appendLog(head, e, judged.ok(), judged ? Error{} : judged.error(), &seq); !logged)
                    return logged;
                if (!judged)
                    qCInfo(lcStore).noquote() << "rejected" << e.id << judged.error().code;
                response.results.append(
                    {e.id, e.deviceSeq, seq, judged ? Wire::Outcome::Accepted : Wire::Outcome::Rejected,
                     judged ? QString() : judged.error().code, judged ? QString() : judged.error().message});
                dev.lastSeq = e.deviceSeq;
                dev.lastHash = e.hash;
            }
            if (Status saved = saveDevice(dev); !saved)
                return saved;
            return noteProjected(head);
        });
    });
    if (!status)
        return status.error();
    m_projected = head.seq;
    return response;
}

Result<Wire::PullPage> ProjectedCentralStore::pull(const QString& token, qint64 after, int limit)
{
    auto dev = authenticate(token);
    if (!dev)
        return dev.error();
    if (Status fresh = refresh(); !fresh)
        return fresh.error();
    const auto central = isCentral(dev->siteId);
    if (!central)
        return central.error();
    limit = qBound(1, limit, Wire::kMaxBatch);
    // The head is read first and bounds the page: every entry up to it has committed (the log has
    // one writer, see CentralLedger::writeTransaction), so a cursor moved to it skips nothing.
    const auto head = ledgerHead();
    if (!head)
        return head.error();
    QString sql = QStringLiteral("SELECT server_seq, event FROM central_log WHERE server_seq > ? AND server_seq <= ? "
                                 "AND outcome = 'accepted' AND device_id <> ?");
    QVariantList binds{after, head->seq, dev->id};
    if (!*central) {
        sql += QStringLiteral(" AND (audience = '*' OR ") + m_ledger->audienceContains() + u')';
        binds.append(QString(u',' + dev->siteId + u','));
    }
    sql += QStringLiteral(" ORDER BY server_seq LIMIT %1").arg(limit);
    auto q = m_ledger->query(sql, binds);
    if (!q)
        return q.error();
    Wire::PullPage page;
    while (q->next()) {
        auto e = Wire::eventFromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
        if (!e)
            return e.error();
        page.events.append({q->value(0).toLongLong(), std::move(e).value()});
    }
    page.more = page.events.size() == limit;
    page.next = page.more ? page.events.last().serverSeq : qMax(after, head->seq);
    return page;
}

Result<Wire::Checkpoint> ProjectedCentralStore::checkpoint()
{
    const auto head = ledgerHead();
    if (!head)
        return head.error();
    Wire::Checkpoint c;
    c.serverSeq = head->seq;
    c.headHash = head->hash;
    c.signedAt = formatEventTime(m_clock->nowUtc());
    c.publicKey = QString::fromLatin1(m_publicKey.toBase64());
    const QByteArray message = c.signedBytes();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secretKey.constData()));
    c.signature = QString::fromLatin1(signature.toBase64());
    return c;
}

Result<QString> ProjectedCentralStore::createEnrolCode(const QString& site)
{
    if (Status fresh = refresh(); !fresh)
        return fresh.error();
    const auto siteId = resolveSite(site);
    if (!siteId)
        return siteId.error();
    // Twelve letters and digits without look-alikes, read out over the phone in three groups.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(u'-');
        code.append(QLatin1Char(alphabet[randombytes_uniform(32)]));
    }
    const QDateTime now = m_clock->nowUtc();
    auto q = m_ledger->query(
        QStringLiteral("INSERT INTO central_enrol_codes (code_hash, site_id, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?)"),
        {sha256Hex(normaliseCode(code).toUtf8()), *siteId, formatEventTime(now), formatEventTime(now.addDays(1))});
    if (!q)
        return q.error();
    return code;
}

Result<Wire::Enrolment> ProjectedCentralStore::enrol(const Wire::EnrolRequest& request)
{
    // The code may name a site that another server process created a moment ago.
    if (Status fresh = refresh(); !fresh)
        return fresh.error();
    Wire::Enrolment enrolment;
    const Status status = m_ledger->writeTransaction([&]() -> Status {
        const QString codeHash = sha256Hex(normaliseCode(request.code).toUtf8());
        auto q = m_ledger->query(QStringLiteral("SELECT site_id, expires_at, used_at, used_by FROM central_enrol_codes "
                                                "WHERE code_hash = ?"),
                                 {codeHash});
        if (!q)
            return q.error();
        // The same device may spend its code again before it expires: when the answer to its first
        // try was lost on the way, it asks once more and gets a fresh token (the lost one is void).
        if (!q->next() || (!q->value(2).toString().isEmpty() && q->value(3).toString() != request.deviceId) ||
            q->value(1).toString() < formatEventTime(m_clock->nowUtc()))
            return makeError(QStringLiteral("auth.bad_code"),
                             Text::tr("The enrolment code is wrong, used already or expired; ask the server's "
                                      "administrator for a new one (oneseal-server enrol-code --site SITE)."),
                             QStringLiteral("code"));
        const QString siteId = q->value(0).toString();
        if (request.deviceId.isEmpty())
            return makeError(QStringLiteral("wire.malformed"), Text::tr("The enrolment names no device."));
        auto existing =
            m_ledger->query(QStringLiteral("SELECT site_id FROM central_devices WHERE id = ?"), {request.deviceId});
        if (!existing)
            return existing.error();
        QByteArray raw(32, Qt::Uninitialized);
        randombytes_buf(raw.data(), size_t(raw.size()));
        enrolment.deviceToken =
            QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString now = formatEventTime(m_clock->nowUtc());
        if (existing->next()) {
            if (existing->value(0).toString() != siteId)
                return makeError(QStringLiteral("auth.other_site"),
                                 Text::tr("This device's events belong to another site; it cannot be enrolled for "
                                          "this one. Use a new database for the other site."));
            if (auto u = m_ledger->query(QStringLiteral("UPDATE central_devices SET token_hash = ?, enrolled_at = ? "
                                                        "WHERE id = ?"),
                                         {sha256Hex(enrolment.deviceToken.toUtf8()), now, request.deviceId});
                !u)
                return u.error();
        } else if (auto i = m_ledger->query(
                       QStringLiteral("INSERT INTO central_devices (id, site_id, token_hash, "
                                      "last_seq, last_hash, enrolled_at) VALUES (?, ?, ?, 0, ?, ?)"),
                       {request.deviceId, siteId, sha256Hex(enrolment.deviceToken.toUtf8()), genesisHash(), now});
                   !i) {
            return i.error();
        }
        if (auto u = m_ledger->query(QStringLiteral("UPDATE central_enrol_codes SET used_at = ?, used_by = ? "
                                                    "WHERE code_hash = ?"),
                                     {now, request.deviceId, codeHash});
            !u)
            return u.error();
        QString code;
        const auto resolved = resolveSite(siteId, &code);
        if (!resolved)
            return resolved.error();
        enrolment.siteId = siteId;
        enrolment.siteCode = code;
        return {};
    });
    if (!status)
        return status.error();
    enrolment.serverPublicKey = QString::fromLatin1(m_publicKey.toBase64());
    return enrolment;
}

Result<ImportSummary> ProjectedCentralStore::importSiteDatabase(const QString& path, const QString& site)
{
    auto source = Database::open(path, OpenMode::ReadOnly);
    if (!source)
        return source.error();
    const auto events = Journal::list(**source);
    if (!events)
        return events.error();
    ImportSummary summary;
    Head head;
    const Status status = m_db->transaction([&]() {
        return m_ledger->writeTransaction([&]() -> Status {
            const auto current = ledgerHead();
            if (!current)
                return current.error();
            head = *current;
            if (Status caught = catchUp(head.seq); !caught)
                return caught;
            QHash<QString, Device> devices;
            for (const Event& e : *events) {
                const auto present = Journal::contains(*m_db, e.id);
                if (!present)
                    return present.error();
                auto logged = m_ledger->query(QStringLiteral("SELECT 1 FROM central_log WHERE event_id = ?"), {e.id});
                if (!logged)
                    return logged.error();
                if (logged->next()) {
                    ++summary.alreadyPresent;
                    continue;
                }
                if (!devices.contains(e.deviceId)) {
                    auto known = device(e.deviceId);
                    if (!known) {
                        if (auto i =
                                m_ledger->query(QStringLiteral("INSERT INTO central_devices (id, site_id, last_seq, "
                                                               "last_hash) VALUES (?, '', 0, ?)"),
                                                {e.deviceId, genesisHash()});
                            !i)
                            return i.error();
                        known = Device{e.deviceId, QString(), 0, genesisHash()};
                    }
                    devices.insert(e.deviceId, *known);
                }
                Device& dev = devices[e.deviceId];
                if (e.deviceSeq != dev.lastSeq + 1)
                    return makeError(QStringLiteral("sync.out_of_order"),
                                     Text::tr("Event %1 is number %2 of its device but the store expects number %3.")
                                         .arg(e.id)
                                         .arg(e.deviceSeq)
                                         .arg(dev.lastSeq + 1));
                if (Status stored = Journal::receive(*m_db, e); !stored)
                    return stored;
                if (Status applied = Projector::apply(*m_db, e); !applied)
                    return applied;
                if (Status appended = appendLog(head, e, true, Error{}, nullptr); !appended)
                    return appended;
                dev.lastSeq = e.deviceSeq;
                dev.lastHash = e.hash;
                ++summary.imported;
            }
            const auto siteId = resolveSite(site);
            if (!siteId)
                return siteId.error();
            for (const Device& dev : std::as_const(devices)) {
                auto q = m_ledger->query(QStringLiteral("UPDATE central_devices SET last_seq = ?, last_hash = ?, "
                                                        "site_id = CASE WHEN site_id = '' THEN ? ELSE site_id END "
                                                        "WHERE id = ?"),
                                         {dev.lastSeq, dev.lastHash, *siteId, dev.id});
                if (!q)
                    return q.error();
            }
            return noteProjected(head);
        });
    });
    if (!status)
        return status.error();
    m_projected = head.seq;
    return summary;
}

Result<CentralStats> ProjectedCentralStore::stats()
{
    const auto head = ledgerHead();
    if (!head)
        return head.error();
    auto q = m_ledger->query(QStringLiteral("SELECT (SELECT count(*) FROM central_log WHERE outcome = 'accepted'), "
                                            "(SELECT count(*) FROM central_log WHERE outcome = 'rejected'), "
                                            "(SELECT count(*) FROM central_devices)"));
    if (!q)
        return q.error();
    q->next();
    return CentralStats{head->seq, q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()};
}

Status ProjectedCentralStore::exportDatabase(const QString& path)
{
    // Whatever another process appended since this store opened belongs in the copy as well.
    const auto head = ledgerHead();
    if (!head)
        return head.error();
    if (Status caught = m_db->transaction([&]() { return catchUp(head->seq); }); !caught)
        return caught;
    return m_db->backupTo(path);
}

Result<std::optional<RegisteredLicence>> ProjectedCentralStore::registeredLicence(const QString& serial)
{
    // A licence revoked through another server process shows as revoked at once.
    if (Status fresh = refresh(); !fresh)
        return fresh.error();
    auto q = m_db->query(
        QStringLiteral("SELECT l.id, l.serial, l.status, l.status_at, l.item_name, coalesce(p.kind, ''), "
                       "l.holder_name, l.holder_identifier, s.id, s.code, s.name, s.owner_name, l.issued_on, "
                       "l.valid_until, l.fields FROM licences l JOIN seals s ON s.id = l.seal_id "
                       "LEFT JOIN applications a ON a.id = l.application_id "
                       "LEFT JOIN applicants p ON p.id = a.applicant_id WHERE l.serial = ?"),
        {serial});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RegisteredLicence>();
    RegisteredLicence r;
    const QString licenceId = q->value(0).toString();
    r.serial = q->value(1).toString();
    r.status = q->value(2).toString();
    r.statusAt = q->value(3).toString();
    r.itemName = q->value(4).toString();
    r.holderKind = q->value(5).toString();
    r.holderName = q->value(6).toString();
    r.holderIdentifier = q->value(7).toString();
    const QString sealId = q->value(8).toString();
    r.sealCode = q->value(9).toString();
    r.sealName = q->value(10).toString();
    r.agency = q->value(11).toString();
    r.issuedOn = QDate::fromString(q->value(12).toString(), Qt::ISODate);
    r.validUntil = QDate::fromString(q->value(13).toString(), Qt::ISODate);
    r.fields = QJsonDocument::fromJson(q->value(14).toString().toUtf8()).object();
    auto prints = m_db->query(QStringLiteral("SELECT print_number, succeeded, record_hash FROM licence_prints "
                                             "WHERE licence_id = ? ORDER BY print_number"),
                              {licenceId});
    if (!prints)
        return prints.error();
    while (prints->next())
        r.prints.append({prints->value(0).toInt(), prints->value(1).toInt() == 1, prints->value(2).toString()});
    auto keys = m_db->query(QStringLiteral("SELECT id, public_key FROM seal_keys WHERE seal_id = ?"), {sealId});
    if (!keys)
        return keys.error();
    while (keys->next())
        r.sealKeys.insert(keys->value(0).toString(), QByteArray::fromHex(keys->value(1).toString().toLatin1()));
    return std::optional<RegisteredLicence>(std::move(r));
}

} // namespace OneSeal
