#include "printcentreworkspace.h"

#include "services/applicationservice.h"

namespace OneSeal {

PrintCentreWorkspace::PrintCentreWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent)
{
    setObjectName(QStringLiteral("printCentreWorkspace"));
}

ApplicationsWorkspace::Description PrintCentreWorkspace::describe()
{
    return {tr("Print centre"),
            tr("Here the seal keeper will preview and print every licence and sealed notice waiting for a seal, "
               "one by one or a morning's batch, with serial numbers and a signed QR code; reprints and voids "
               "will need a reason and a second person."),
            tr("Printing and sealing are still being built. Until then this workspace prints nothing; the table "
               "shows the approved applications waiting for their licence and those already issued, read-only."),
            {ApplicationState::Approved, ApplicationState::Issued}};
}

} // namespace OneSeal
