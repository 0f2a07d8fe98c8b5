#include "settingsservice.h"

#include "db/database.h"
#include "eventstore.h"

#include <QCoreApplication>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
};

const QString kIdleLockKey = QStringLiteral("idle_lock_minutes");

} // namespace

QString SettingsService::value(const QString& key, const QString& fallback)
{
    auto q = m_store.database().query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : fallback;
}

QString SettingsService::verificationBaseUrl()
{
    return value(QStringLiteral("verification_base_url"), QStringLiteral("https://zwfw.pengzhou.gov.cn/v"));
}

QString SettingsService::reconsiderationBody()
{
    return value(QStringLiteral("reconsideration_body"), QStringLiteral("彭州市人民政府"));
}

int SettingsService::idleLockMinutes()
{
    auto q = m_store.database().query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kIdleLockKey});
    bool ok = false;
    const int minutes = (q && q->next()) ? q->value(0).toInt(&ok) : 0;
    return ok && minutes > 0 ? minutes : kDefaultIdleLockMinutes;
}

Status SettingsService::setIdleLockMinutes(const Session& actor, int minutes)
{
    if (Status allowed = require(actor, Permission::ManageConfiguration); !allowed)
        return allowed;
    if (minutes < 1 || minutes > 240)
        return makeError(QStringLiteral("input.range"), Text::tr("The idle lock must be between 1 and 240 minutes."),
                         kIdleLockKey);
    const auto event = m_store.record(actor, QStringLiteral("setting.changed"), QStringLiteral("setting"), kIdleLockKey,
                                      {{QStringLiteral("value"), QString::number(minutes)}});
    return event ? Status() : Status(event.error());
}

} // namespace OneSeal
