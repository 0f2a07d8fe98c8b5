#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace OneSeal {

/// Covers the whole main window when the client is idle, so that nobody passing the counter reads an
/// applicant's data or works under someone else's name. It asks for the password of the user who
/// is signed in, or lets them sign out so that a colleague can sign in.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    /// Covers @p window (and follows its size) once lock() is called.
    explicit LockScreen(QWidget* window);

    void lock(const QString& userDisplayName);
    void unlock();
    void showError(const QString& message);

    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void unlockRequested(const QString& password);
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void submit();

    QLabel* m_who;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
};

} // namespace OneSeal
