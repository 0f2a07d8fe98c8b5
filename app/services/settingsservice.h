#pragma once

#include "core/result.h"
#include "session.h"

namespace OneSeal {

class EventStore;

/// Settings that hold for every window of the bureau, kept in the database so that they replicate.
class SettingsService final
{
public:
    static constexpr int kDefaultIdleLockMinutes = 15;

    explicit SettingsService(EventStore& store) : m_store(store) {}

    /// Minutes without keyboard or mouse input after which the client locks (1–240).
    int idleLockMinutes();
    Status setIdleLockMinutes(const Session& actor, int minutes);

    /// The public page a notice's QR code points to; the case and document numbers are appended.
    QString verificationBaseUrl();
    /// The body that hears an administrative reconsideration of this bureau's acts (行政复议法 Art. 24:
    /// the county-level people's government).
    QString reconsiderationBody();

private:
    QString value(const QString& key, const QString& fallback);

    EventStore& m_store;
};

} // namespace OneSeal
