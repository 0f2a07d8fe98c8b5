#pragma once

#include "accountservice.h"
#include "applicationservice.h"
#include "auditservice.h"
#include "calendarservice.h"
#include "casesearch.h"
#include "catalogueservice.h"
#include "core/clock.h"
#include "db/database.h"
#include "eventstore.h"
#include "intakeservice.h"
#include "licenceservice.h"
#include "referencedata.h"
#include "reportservice.h"
#include "reviewservice.h"
#include "security/sealkeystore.h"
#include "settingsservice.h"
#include "ticketservice.h"

#include <memory>

namespace OneSeal {

/// Every service over one open database: what the client and the command line compose.
class Services final
{
public:
    /// Opens @p path (migrating it when @p mode is ReadWrite) and builds the services over it.
    /// @p clock defaults to the system clock; tests pass a fixed one.
    static Result<std::unique_ptr<Services>> open(const QString& path, OpenMode mode = OpenMode::ReadWrite,
                                                  std::shared_ptr<const Clock> clock = {});

    Database& database() { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    EventStore& store() { return m_store; }
    AccountService& accounts() { return m_accounts; }
    ReferenceDataService& referenceData() { return m_referenceData; }
    CatalogueService& catalogue() { return m_catalogue; }
    CalendarService& calendar() { return m_calendar; }
    SettingsService& settings() { return m_settings; }
    ApplicationService& applications() { return m_applications; }
    AuditService& audit() { return m_audit; }
    IntakeService& intake() { return m_intake; }
    ReviewService& review() { return m_review; }
    CaseSearch& search() { return m_search; }
    TicketService& tickets() { return m_tickets; }
    SealKeyStore& sealKeys() { return m_sealKeys; }
    LicenceService& licences() { return m_licences; }
    ReportService& reports() { return m_reports; }

private:
    Services(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock);

    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    EventStore m_store;
    AccountService m_accounts;
    ReferenceDataService m_referenceData;
    CatalogueService m_catalogue;
    CalendarService m_calendar;
    SettingsService m_settings;
    ApplicationService m_applications;
    AuditService m_audit;
    IntakeService m_intake;
    ReviewService m_review;
    CaseSearch m_search;
    TicketService m_tickets;
    SealKeyStore m_sealKeys;
    LicenceService m_licences;
    ReportService m_reports;
};

} // namespace OneSeal
