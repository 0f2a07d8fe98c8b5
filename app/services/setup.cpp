#include "setup.h"

#include "core/creditcode.h"
#include "core/residentid.h"
#include "db/journal.h"
#include "projector.h"
#include "services.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlRecord>

namespace OneSeal::Setup {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Setup)
};

const QString kDemoPassword = QStringLiteral("Demo#2026");

Result<QJsonObject> readJsonResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("setup.missing_resource"), Text::tr("The resource %1 is missing.").arg(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

Status importShippedCalendar(Services& services)
{
    for (const CalendarYear& year : CalendarService::shippedYears()) {
        if (Status status = services.calendar().importYear(Session::system(), year); !status)
            return status;
    }
    return {};
}

/// Saves each record of @p kind, turning the codes that the seed file uses for references into ids.
Status saveRecords(Services& services, const QString& kind, const QJsonArray& records,
                   const QHash<QString, QString>& referenceKeys)
{
    for (const QJsonValue& value : records) {
        QJsonObject fields = value.toObject();
        for (auto it = referenceKeys.begin(); it != referenceKeys.end(); ++it) {
            const QString code = fields.take(it.key()).toString();
            const auto id = services.referenceData().idForCode(it.value(), code);
            if (!id)
                return id.error();
            fields.insert(it.key() == u"site" ? QStringLiteral("site_id") : QStringLiteral("owner_site_id"), *id);
        }
        if (const auto saved = services.referenceData().save(Session::system(), kind, QString(), fields); !saved)
            return saved.error();
    }
    return {};
}

Result<QString> idOf(Services& services, const QString& table, const QString& whereColumn, const QVariantList& values)
{
    auto q = services.database().query(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, whereColumn), values);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("setup.missing"),
                         Text::tr("The demo data refers to a missing %1 (%2).").arg(table, values.value(0).toString()));
    return q->value(0).toString();
}

Status createDemoUsers(Services& services, const QJsonArray& users)
{
    for (const QJsonValue& value : users) {
        const QJsonObject u = value.toObject();
        UserProfile profile;
        profile.username = u.value(u"username").toString();
        profile.displayName = u.value(u"display_name").toString();
        if (const auto site = services.referenceData().idForCode(QStringLiteral("site"), u.value(u"site").toString()))
            profile.siteId = *site;
        if (u.contains(u"section"))
            profile.sectionId =
                services.referenceData().idForCode(QStringLiteral("section"), u.value(u"section").toString()).value();
        if (u.contains(u"department"))
            profile.departmentId = services.referenceData()
                                       .idForCode(QStringLiteral("department"), u.value(u"department").toString())
                                       .value();
        if (u.contains(u"window")) {
            const auto window = idOf(services, QStringLiteral("windows"), QStringLiteral("site_id = ? AND code = ?"),
                                     {profile.siteId, u.value(u"window").toString()});
            if (!window)
                return window.error();
            profile.windowId = *window;
        }
        const auto id = services.accounts().createUser(Session::system(), profile, kDemoPassword, false);
        if (!id)
            return id.error();
        Role role;
        Roles::fromKey(u.value(u"role").toString(), &role);
        if (Status roles = services.accounts().setRoles(Session::system(), *id, {role}); !roles)
            return roles;
    }
    return {};
}

Status createDishonestyList(Services& services, const QJsonArray& entries)
{
    for (const QJsonValue& value : entries) {
        QJsonObject fields = value.toObject();
        const auto department = services.referenceData().idForCode(
            QStringLiteral("department"), fields.take(QStringLiteral("department")).toString());
        if (!department)
            return department.error();
        fields.insert(QStringLiteral("department_id"), *department);
        const QString id = QStringLiteral("dishonesty-%1").arg(fields.value(u"identifier").toString());
        if (const auto event = services.store().record(Session::system(), QStringLiteral("dishonesty_entry.saved"),
                                                       QStringLiteral("dishonesty_entry"), id, fields);
            !event)
            return event.error();
    }
    return {};
}

QString residentIdFor(int index)
{
    const QString body = QStringLiteral("510182%1%2")
                             .arg(QDate(1960, 1, 1).addDays(index * 397 % 16000).toString(QStringLiteral("yyyyMMdd")))
                             .arg(100 + index, 3, 10, QLatin1Char('0'));
    return body + ResidentId::checkCharacter(body);
}

QString creditCodeFor(int index)
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body = QStringLiteral("91510182MA6");
    quint32 seed = quint32(index) * 2654435761u;
    while (body.size() < 17) {
        body.append(alphabet.at(int(seed % 31)));
        seed = seed / 31 + 7919u * quint32(body.size());
    }
    return body + CreditCode::checkCharacter(body);
}

/// The demo's applications: a spread of states over the last weeks at the central hall and two towns.
Status createDemoApplications(Services& services, const QString& dishonestIdentifier)
{
    struct Plan
    {
        QString state;
        int count;
    };
    const QList<Plan> plans{{ApplicationState::Received, 2},  {ApplicationState::SupplementRequested, 4},
                            {ApplicationState::Rejected, 3},  {ApplicationState::Accepted, 8},
                            {ApplicationState::InReview, 8},  {ApplicationState::Approved, 4},
                            {ApplicationState::Denied, 2},    {ApplicationState::Issued, 3},
                            {ApplicationState::Delivered, 2}, {ApplicationState::Withdrawn, 1}};
    static const QStringList people{QStringLiteral("张伟"), QStringLiteral("王秀英"),      QStringLiteral("李强"),
                                    QStringLiteral("刘洋"), QStringLiteral("陈杰"),        QStringLiteral("杨帆"),
                                    QStringLiteral("𠮷祥"), QStringLiteral("黄磊"),        QStringLiteral("周婷"),
                                    QStringLiteral("吴敏"), QStringLiteral("买买提·艾力"), QStringLiteral("孙悦")};
    static const QStringList companies{
        QStringLiteral("彭州市天府餐饮管理有限公司"), QStringLiteral("彭州龙门山旅游开发有限公司"),
        QStringLiteral("成都彭州牡丹花酒店有限公司"), QStringLiteral("彭州市濛阳建材有限公司"),
        QStringLiteral("四川九尺板鸭食品有限公司"),   QStringLiteral("彭州市丽春镇好味道餐馆"),
        QStringLiteral("彭州宝山村旅游合作社"),       QStringLiteral("彭州市通济镇康宁药房有限公司")};

    const auto calendar = services.calendar().calendar();
    if (!calendar)
        return calendar.error();
    const auto items = services.catalogue().items(false);
    if (!items)
        return items.error();

    QHash<QString, Session> clerks;
    for (const QString& username : {QStringLiteral("clerk"), QStringLiteral("clerk.lc"), QStringLiteral("clerk.jc")}) {
        auto session = services.accounts().signIn(username, kDemoPassword);
        if (!session)
            return session.error();
        clerks.insert(username, *session);
    }
    const QString approverId =
        idOf(services, QStringLiteral("users"), QStringLiteral("username = ?"), {QStringLiteral("approver")}).value();

    const QDate today = services.clock().today();
    QHash<QString, int> dailyCounters;
    int index = 0;
    for (const Plan& plan : plans) {
        for (int n = 0; n < plan.count; ++n, ++index) {
            const StoredItem& stored = items->at((index * 7) % items->size());
            const bool town = stored.item.level == u"town";
            const QString clerk =
                town ? (index % 2 ? QStringLiteral("clerk.lc") : QStringLiteral("clerk.jc")) : QStringLiteral("clerk");
            const Session& session = clerks.value(clerk);
            const bool person = town || stored.item.name.contains(QStringLiteral("个体"));

            // Older states were received longer ago; step back over working days only.
            int back = 1 + (index % 6) + int(ApplicationState::all().indexOf(plan.state)) * 2;
            QDate received = today;
            while (back > 0) {
                received = received.addDays(-1);
                if (calendar->isWorkingDay(received).value_or(received.dayOfWeek() <= 5))
                    --back;
            }
            ApplicationRecord record;
            const QString prefix = session.siteId;
            const QString dayKey = prefix + received.toString(Qt::ISODate);
            const int sequence = ++dailyCounters[dayKey];
            const QString casePrefix = clerk == u"clerk"
                                           ? QStringLiteral("PZ")
                                           : (clerk == u"clerk.lc" ? QStringLiteral("LC") : QStringLiteral("JC"));
            record.caseNumber = QStringLiteral("%1-%2-%3")
                                    .arg(casePrefix, received.toString(QStringLiteral("yyyyMMdd")))
                                    .arg(sequence, 4, 10, QLatin1Char('0'));
            record.itemCode = stored.item.implementationCode;
            record.applicantKind = person ? QStringLiteral("person") : QStringLiteral("organisation");
            record.applicantIdentifier =
                index == 5 ? dishonestIdentifier : (person ? residentIdFor(index) : creditCodeFor(index));
            if (index == 5)
                record.applicantKind = QStringLiteral("person");
            record.applicantName = index == 5
                                       ? QStringLiteral("林某某")
                                       : (record.applicantKind == u"person" ? people.at(index % people.size())
                                                                            : companies.at(index % companies.size()));
            record.applicantPhone = QStringLiteral("1380283%1").arg(1000 + index * 37, 4, 10, QLatin1Char('0'));
            record.state = plan.state;
            record.receivedOn = received;
            const bool accepted = !QStringList{ApplicationState::Received, ApplicationState::SupplementRequested,
                                               ApplicationState::Rejected}
                                       .contains(plan.state);
            if (accepted) {
                record.acceptedOn = received;
                record.acceptedBy = session.userId;
                const auto due = calendar->addWorkingDays(received, stored.item.promisedDays);
                if (due)
                    record.dueDate = *due;
            }
            if (QStringList{ApplicationState::Approved, ApplicationState::Denied, ApplicationState::Issued,
                            ApplicationState::Delivered}
                    .contains(plan.state)) {
                record.decidedBy = approverId;
                record.decidedOn = received.addDays(2) > today ? today : received.addDays(2);
            }
            if (const auto recorded = services.applications().record(session, record); !recorded)
                return recorded.error();
        }
    }
    return {};
}

} // namespace

const QList<DemoAccount>& demoAccounts()
{
    static const QList<DemoAccount> accounts = [] {
        QList<DemoAccount> list;
        const auto organisation = readJsonResource(QStringLiteral(":/oneseal/seed/demo-organisation.json"));
        if (organisation) {
            for (const QJsonValue& u : organisation->value(u"users").toArray())
                list.append({u.toObject().value(u"username").toString(), kDemoPassword,
                             u.toObject().value(u"role").toString()});
        }
        return list;
    }();
    return accounts;
}

Status initProduction(Services& services, const QString& adminUsername, const QString& adminPassword)
{
    return services.store().transaction([&]() -> Status {
        if (Status calendar = importShippedCalendar(services); !calendar)
            return calendar;
        const auto admin =
            services.accounts().createFirstAdmin(adminUsername, Text::tr("System administrator"), adminPassword);
        return admin ? Status() : Status(admin.error());
    });
}

Status createDemo(Services& services)
{
    const auto organisation = readJsonResource(QStringLiteral(":/oneseal/seed/demo-organisation.json"));
    if (!organisation)
        return organisation.error();
    auto users = services.database().query(QStringLiteral("SELECT count(*) FROM users"));
    if (!users)
        return users.error();
    users->next();
    if (users->value(0).toInt() > 0)
        return makeError(
            QStringLiteral("setup.not_empty"),
            Text::tr("%1 has data already; the demo needs a new, empty file.").arg(services.database().path()));
    const QJsonObject& o = *organisation;
    return services.store().transaction([&]() -> Status {
        const QHash<QString, QString> none;
        if (Status s = importShippedCalendar(services); !s)
            return s;
        if (Status s = saveRecords(services, QStringLiteral("site"), o.value(u"sites").toArray(), none); !s)
            return s;
        if (Status s = saveRecords(services, QStringLiteral("window"), o.value(u"windows").toArray(),
                                   {{QStringLiteral("site"), QStringLiteral("site")}});
            !s)
            return s;
        if (Status s = saveRecords(services, QStringLiteral("section"), o.value(u"sections").toArray(), none); !s)
            return s;
        if (Status s = saveRecords(services, QStringLiteral("department"), o.value(u"departments").toArray(), none); !s)
            return s;
        if (Status s = saveRecords(services, QStringLiteral("seal"), o.value(u"seals").toArray(),
                                   {{QStringLiteral("owner_site"), QStringLiteral("site")}});
            !s)
            return s;
        const CatalogueImportReport catalogue =
            services.catalogue().importFile(Session::system(), QStringLiteral(":/oneseal/seed/catalogue.json"));
        if (!catalogue.ok())
            return makeError(QStringLiteral("setup.catalogue"),
                             Text::tr("The shipped catalogue did not import: line %1, %2: %3")
                                 .arg(catalogue.problems.first().line)
                                 .arg(catalogue.problems.first().field, catalogue.problems.first().message));
        if (Status s = createDemoUsers(services, o.value(u"users").toArray()); !s)
            return s;
        const QJsonArray dishonesty = o.value(u"dishonesty_entries").toArray();
        if (Status s = createDishonestyList(services, dishonesty); !s)
            return s;
        return createDemoApplications(services, dishonesty.first().toObject().value(u"identifier").toString());
    });
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Result<qint64> replayJournal(Services& source, const QString& targetPath)
{
    if (QFileInfo::exists(targetPath) && QFileInfo(targetPath).size() > 0)
        return makeError(QStringLiteral("replay.target_exists"),
                         Text::tr("%1 exists already; replay writes into a new file only.").arg(targetPath));
    const auto events = Journal::list(source.database());
    if (!events)
        return events.error();
    // Built beside the target and renamed at the end, so that a failed replay leaves no half-built file.
    const QString partial = targetPath + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    Status status;
    {
        auto target = Services::open(partial, OpenMode::ReadWrite);
        if (!target)
            return target.error();
        Database& db = (*target)->database();
        status = db.transaction([&]() -> Status {
            for (const Event& event : *events) {
                if (Status inserted = Journal::insert(db, event); !inserted)
                    return inserted;
                if (Status applied = Projector::apply(db, event); !applied)
                    return applied;
            }
            return {};
        });
    }
    if (status && !QFile::rename(partial, targetPath))
        status = makeError(QStringLiteral("replay.rename"),
                           Text::tr("The replay succeeded but could not be moved to %1.").arg(targetPath));
    if (!status) {
        removeDatabaseFiles(partial);
        return status.error();
    }
    return qint64(events->size());
}

Result<QString> tablesDigest(Services& services)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : Projector::projectedTables()) {
        auto q = services.database().query(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        if (!q)
            return q.error();
        hash.addData(table.toUtf8());
        while (q->next()) {
            const QSqlRecord record = q->record();
            for (int i = 0; i < record.count(); ++i) {
                hash.addData(QByteArrayView("\x1f", 1));
                const QVariant v = record.value(i);
                hash.addData(v.isNull() ? QByteArray("\x00", 1) : v.toString().toUtf8());
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace OneSeal::Setup
