#include "supervisionworkspace.h"

#include "services/applicationservice.h"

namespace OneSeal {

SupervisionWorkspace::SupervisionWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent)
{
    setObjectName(QStringLiteral("supervisionWorkspace"));
}

ApplicationsWorkspace::Description SupervisionWorkspace::describe()
{
    return {tr("Supervision"),
            tr("Here supervisors will claim the approval results pushed to their department, record supervision "
               "and random inspections, open case leads for enforcement and keep their department's dishonesty "
               "list entries."),
            tr("Supervision is still being built. Until then this workspace changes nothing; the table shows the "
               "licences issued at your site, which later arrive here as approval results, read-only."),
            {ApplicationState::Issued, ApplicationState::Delivered}};
}

} // namespace OneSeal
