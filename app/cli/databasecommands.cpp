#include "cli.h"
#include "services/services.h"
#include "services/setup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <functional>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// A password that meets the policy, for an administrator who did not give one.
QString randomPassword()
{
    const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 12; ++i)
        password.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return password + QStringLiteral("#7");
}

/// Creates the new database @p path and fills it; when anything fails the file this command made is
/// removed again, so that the same command can simply be run once more.
Result<std::unique_ptr<Services>> createNew(const QString& path, const std::function<Status(Services&)>& fill)
{
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return makeError(QStringLiteral("cli.exists"),
                         Text::tr("%1 exists already; give the name of a new file.").arg(path));
    auto services = Services::open(path, OpenMode::ReadWrite);
    if (!services)
        return services.error();
    if (Status filled = fill(**services); !filled) {
        services->reset();
        Setup::removeDatabaseFiles(path);
        return filled.error();
    }
    return services;
}

} // namespace

// onesealctl init --db FILE [--admin NAME] [--password PASSWORD]
int init(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl init --db FILE [--admin NAME] [--password PASSWORD]");
    const QString path = args.option(QStringLiteral("--db"));
    QString admin = args.option(QStringLiteral("--admin"));
    QString password = args.option(QStringLiteral("--password"));
    if (path.isEmpty())
        return usage(Text::tr("--db names the new database file"), synopsis);
    if (admin.isEmpty())
        admin = QStringLiteral("admin");
    const bool generated = password.isEmpty();
    if (generated)
        password = randomPassword();
    if (Status policy = AccountService::checkPasswordPolicy(password); !policy)
        return fail(policy.error().message);
    const auto services =
        createNew(path, [&](Services& created) { return Setup::initProduction(created, admin, password); });
    if (!services)
        return fail(services.error().message);
    out() << Text::tr("Created %1 with the system administrator \"%2\".").arg(path, admin) << Qt::endl;
    if (generated)
        out() << Text::tr("Initial password: %1 (shown once; it must be changed at the first sign-in)").arg(password)
              << Qt::endl;
    return Ok;
}

// onesealctl demo-db --db FILE
int demoDb(Arguments& args)
{
    const QString path = args.option(QStringLiteral("--db"));
    if (path.isEmpty())
        return usage(Text::tr("--db names the new database file"), QStringLiteral("onesealctl demo-db --db FILE"));
    const auto services = createNew(path, [](Services& created) { return Setup::createDemo(created); });
    if (!services)
        return fail(services.error().message);
    const auto count = Journal::count((*services)->database());
    out() << Text::tr("Created the demo database %1 (%2 events). Demo accounts, password %3:")
                 .arg(path)
                 .arg(count ? *count : 0)
                 .arg(Setup::demoAccounts().value(0).password)
          << Qt::endl;
    for (const Setup::DemoAccount& account : Setup::demoAccounts()) {
        Role role;
        Roles::fromKey(account.role, &role);
        out() << "  " << account.username.leftJustified(16) << Roles::displayName(role) << Qt::endl;
    }
    return Ok;
}

// onesealctl tables-digest --db FILE
int tablesDigest(Arguments& args)
{
    const QString path = args.option(QStringLiteral("--db"));
    if (path.isEmpty())
        return usage(Text::tr("--db names the database"), QStringLiteral("onesealctl tables-digest --db FILE"));
    auto services = Services::open(path, OpenMode::ReadOnly);
    if (!services)
        return fail(services.error().message);
    const auto digest = Setup::tablesDigest(**services);
    if (!digest)
        return fail(digest.error().message);
    out() << *digest << Qt::endl;
    return Ok;
}

} // namespace OneSeal::Cli
