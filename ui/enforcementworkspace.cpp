#include "enforcementworkspace.h"

#include "services/applicationservice.h"

namespace OneSeal {

EnforcementWorkspace::EnforcementWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent)
{
    setObjectName(QStringLiteral("enforcementWorkspace"));
}

ApplicationsWorkspace::Description EnforcementWorkspace::describe()
{
    return {tr("Enforcement"),
            tr("Here enforcement officers will register the case leads from supervision as cases, record "
               "investigations and penalty decisions from the unified penalty standards, and send the outcome "
               "back to the licence and the credit record."),
            tr("Enforcement is still being built and there are no case leads yet. Until then this workspace "
               "changes nothing; the table shows the licences in force at your site, to look up a holder, "
               "read-only."),
            {ApplicationState::Issued, ApplicationState::Delivered}};
}

} // namespace OneSeal
