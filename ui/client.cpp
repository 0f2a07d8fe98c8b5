#include "client.h"

#include "changepassworddialog.h"
#include "mainwindow.h"
#include "services/services.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "translators.h"
#include "uilog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace OneSeal {
namespace {

/// Says why the client cannot start, on stderr and, unless there is no screen to show it on, in a dialog.
int fail(const QString& message, bool dialog)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    if (dialog)
        QMessageBox::critical(nullptr, Client::tr("OneSeal"), message);
    return 1;
}

} // namespace

Client::Client(Services& services, QString databasePath, QObject* parent)
    : QObject(parent), m_services(services), m_databasePath(std::move(databasePath))
{
}

Client::~Client()
{
    if (m_window) {
        // Taking the client down is no reason to quit the application.
        m_window->disconnect(this);
        delete m_window;
    }
    delete m_signIn;
}

void Client::start()
{
    showSignIn();
}

void Client::showSignIn(const QString& username)
{
    auto* dialog = new SignInDialog(m_services.accounts(), QDir::toNativeSeparators(m_databasePath));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!username.isEmpty())
        dialog->setUsername(username);
    m_signIn = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { signedIn(dialog->session()); });
    connect(dialog, &QDialog::rejected, qApp, &QCoreApplication::quit);
    dialog->show();
}

void Client::signedIn(const Session& session)
{
    if (!session.mustChangePassword) {
        showMainWindow(session);
        return;
    }
    // The dialog changes the session, so it lives as long as the dialog's connection does.
    auto pending = std::make_shared<Session>(session);
    auto* dialog = new ChangePasswordDialog(m_services.accounts(), *pending, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, pending](int result) {
        if (result == QDialog::Accepted)
            showMainWindow(*pending);
        else
            showSignIn(pending->username);
    });
    dialog->show();
}

void Client::showMainWindow(const Session& session)
{
    auto* window = new MainWindow(m_services, session, m_databasePath);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    connect(window, &MainWindow::signOutRequested, this, &Client::signOut);
    // Closing the window ends the application, unless it closes because someone signed out.
    connect(window, &QObject::destroyed, this, [this] {
        if (!m_signIn)
            QCoreApplication::quit();
    });
    window->show();
}

void Client::signOut()
{
    const QString username = m_window ? m_window->session().username : QString();
    qCInfo(lcUi) << "signed out:" << username;
    // The sign-in dialog shows first, so that closing the window does not end the application.
    showSignIn(username);
    if (m_window)
        m_window->close();
}

int runClient(QApplication& app)
{
    QApplication::setApplicationName(QStringLiteral("OneSeal"));
    QApplication::setOrganizationName(QStringLiteral("OneSeal"));
    QApplication::setApplicationVersion(QStringLiteral(ONESEAL_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Client::tr("The OneSeal database to work on."),
                                      Client::tr("file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Client::tr("The interface language: zh_CN (default) or en."),
                                            Client::tr("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), Client::tr("Sign in without dialogs, save the main window as a PNG and exit."),
        Client::tr("file"));
    const QCommandLineOption userOption(QStringLiteral("user"), Client::tr("The user name, for --screenshot."),
                                        Client::tr("name"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), Client::tr("The password, for --screenshot."),
                                            Client::tr("password"));
    parser.addOptions({dbOption, languageOption, screenshotOption, userOption, passwordOption});
    parser.process(app);

    const QString language = SettingsDialog::startupLanguage(parser.value(languageOption));
    if (!installTranslators(language))
        qCWarning(lcUi) << "translations for" << language << "are incomplete";
    QLocale::setDefault(QLocale(language));
    if (parser.isSet(languageOption) && !uiLanguages().contains(parser.value(languageOption)))
        qCWarning(lcUi) << "unknown language" << parser.value(languageOption) << "- using" << language;

    const bool screenshot = parser.isSet(screenshotOption);
    const bool dialogs = !screenshot && QGuiApplication::platformName() != u"offscreen";
    if (!parser.isSet(dbOption))
        return fail(Client::tr("Which database should OneSeal open? Start it with --db FILE, for example "
                               "oneseal --db /var/lib/oneseal/oneseal.db."),
                    dialogs);
    const QString path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    auto opened = Services::open(path);
    if (!opened)
        return fail(
            Client::tr("OneSeal cannot open %1: %2").arg(QDir::toNativeSeparators(path), opened.error().message),
            dialogs);
    std::unique_ptr<Services> services = std::move(opened).value();

    if (screenshot) {
        auto session = services->accounts().signIn(parser.value(userOption), parser.value(passwordOption));
        if (!session)
            return fail(
                Client::tr("Signing in as %1 failed: %2").arg(parser.value(userOption), session.error().message),
                false);
        MainWindow window(*services, *session, path);
        window.show();
        const QString file = parser.value(screenshotOption);
        int code = 0;
        // Grab once the event loop has laid out and painted everything.
        QTimer::singleShot(300, &window, [&] {
            if (!window.grab().save(file, "PNG"))
                code = fail(Client::tr("The screenshot cannot be written to %1.").arg(QDir::toNativeSeparators(file)),
                            false);
            QCoreApplication::exit(code);
        });
        app.exec();
        return code;
    }

    // The client decides when it is done: between two people's sessions no window may be open.
    QApplication::setQuitOnLastWindowClosed(false);
    Client client(*services, path);
    client.start();
    return app.exec();
}

} // namespace OneSeal
