#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace OneSeal {

/// This computer's own preferences, kept in QSettings("OneSeal", "OneSeal"): the interface language.
/// Settings for the whole bureau (the idle lock) live in the database and are an administrator's.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// @p idleLockMinutes is shown for information: the system administrator sets it for every window.
    explicit SettingsDialog(int idleLockMinutes, QWidget* parent = nullptr);

    /// The language saved on this computer, or empty when none was chosen.
    static QString storedLanguage();
    static void storeLanguage(const QString& language);
    /// The language the client starts in: @p requested (the command line) if it is one we have, else the
    /// saved one, else Chinese.
    static QString startupLanguage(const QString& requested);

    QString selectedLanguage() const;

private:
    void save();

    QComboBox* m_language;
    QLabel* m_note;
};

} // namespace OneSeal
