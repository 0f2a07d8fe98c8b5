#include "cli.h"
#include "core/creditcode.h"
#include "core/residentid.h"

#include <QCoreApplication>

namespace OneSeal::Cli {

// onesealctl validate id VALUE | validate uscc VALUE
int validate(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl validate id VALUE | onesealctl validate uscc VALUE");
    const QStringList words = args.positional();
    if (words.size() != 2 || (words.at(0) != u"id" && words.at(0) != u"uscc"))
        return usage(QCoreApplication::translate("Cli", "say what to validate: id (resident ID) or uscc (credit code)"),
                     synopsis);
    const QString message =
        words.at(0) == u"id" ? ResidentId::check(words.at(1)).message : CreditCode::check(words.at(1)).message;
    if (!message.isEmpty()) {
        out() << message << Qt::endl;
        return Failed;
    }
    out() << "valid" << Qt::endl;
    return Ok;
}

} // namespace OneSeal::Cli
