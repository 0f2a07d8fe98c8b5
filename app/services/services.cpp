#include "services.h"

namespace OneSeal {

Services::Services(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock)), m_store(*m_db, *m_clock), m_accounts(m_store),
      m_referenceData(m_store), m_catalogue(m_store), m_calendar(m_store), m_settings(m_store), m_applications(m_store),
      m_audit(*m_db), m_intake(m_store), m_review(m_store), m_search(m_store), m_tickets(m_store),
      m_licences(m_store, m_accounts, m_sealKeys), m_reports(m_store)
{
}

Result<std::unique_ptr<Services>> Services::open(const QString& path, OpenMode mode, std::shared_ptr<const Clock> clock)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    return std::unique_ptr<Services>(new Services(std::move(db).value(), std::move(clock)));
}

} // namespace OneSeal
