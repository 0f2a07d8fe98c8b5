#include "cli.h"
#include "services/services.h"

#include <QCoreApplication>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

// onesealctl catalogue import --db FILE --file ITEMS.json|.csv
// onesealctl catalogue export --db FILE --file ITEMS.json|.csv
int catalogue(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl catalogue import|export --db FILE --file ITEMS.json|ITEMS.csv");
    const QString path = args.option(QStringLiteral("--db"));
    const QString file = args.option(QStringLiteral("--file"));
    const QStringList words = args.positional();
    if (words.size() != 1 || path.isEmpty() || file.isEmpty() ||
        (words.first() != u"import" && words.first() != u"export"))
        return usage(Text::tr("say import or export, with --db and --file"), synopsis);

    if (words.first() == u"export") {
        auto services = Services::open(path, OpenMode::ReadOnly);
        if (!services)
            return fail(services.error().message);
        if (Status status = (*services)->catalogue().exportFile(file); !status)
            return fail(status.error().message);
        const auto items = (*services)->catalogue().items();
        out() << Text::tr("Exported %1 items to %2.").arg(items ? items->size() : 0).arg(file) << Qt::endl;
        return Ok;
    }
    auto services = Services::open(path, OpenMode::ReadWrite);
    if (!services)
        return fail(services.error().message);
    const CatalogueImportReport report = (*services)->catalogue().importFile(Session::system(), file);
    if (!report.ok()) {
        for (const CatalogueProblem& problem : report.problems)
            err() << file << ": " << problem.describe() << Qt::endl;
        return fail(
            Text::tr("Nothing was imported: %n problem(s) to fix first.", nullptr, int(report.problems.size())));
    }
    out() << Text::tr("Imported %1: %2 new, %3 changed, %4 unchanged.")
                 .arg(file)
                 .arg(report.created)
                 .arg(report.updated)
                 .arg(report.unchanged)
          << Qt::endl;
    return Ok;
}

} // namespace OneSeal::Cli
