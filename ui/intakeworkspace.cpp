#include "intakeworkspace.h"

#include "services/applicationservice.h"

namespace OneSeal {

IntakeWorkspace::IntakeWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent)
{
    setObjectName(QStringLiteral("intakeWorkspace"));
}

ApplicationsWorkspace::Description IntakeWorkspace::describe()
{
    return {tr("Intake"),
            tr("Here a counter clerk will find or register the applicant (checking the dishonesty list at once), "
               "choose the catalogue item, tick off the materials handed in against its list, and then accept "
               "the application, ask once for everything missing, or refuse it, each with its sealed notice; and "
               "hand over finished licences."),
            tr("Taking applications in is still being built. Until then this workspace changes nothing; the "
               "table shows your site's applications at the counter as they stand."),
            {ApplicationState::Received, ApplicationState::SupplementRequested, ApplicationState::Rejected,
             ApplicationState::Accepted, ApplicationState::Issued}};
}

} // namespace OneSeal
