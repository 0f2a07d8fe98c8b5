#pragma once

#include "mainwindow.h"
#include "services/session.h"
#include "signindialog.h"

#include <QObject>
#include <QPointer>

class QApplication;

namespace OneSeal {

class Services;

/// The client's life on one database: sign in, change the password when the account must, work in
/// the main window, sign out and let the next person sign in; quitting from the sign-in dialog ends it.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    Client(Services& services, QString databasePath, QObject* parent = nullptr);
    ~Client() override;

    void start();
    MainWindow* mainWindow() const { return m_window; }
    SignInDialog* signInDialog() const { return m_signIn; }

private:
    void showSignIn(const QString& username = {});
    void signedIn(const Session& session);
    void showMainWindow(const Session& session);
    void signOut();

    Services& m_services;
    QString m_databasePath;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_window;
};

/// The composition root of `oneseal`: reads the command line, installs the language, opens the
/// database and runs the client (or, with --screenshot, signs in, saves the main window as a PNG
/// and exits). Returns the exit code.
int runClient(QApplication& app);

} // namespace OneSeal
