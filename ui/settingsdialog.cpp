#include "settingsdialog.h"

#include "translators.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

QSettings settings()
{
    return QSettings(QStringLiteral("OneSeal"), QStringLiteral("OneSeal"));
}

} // namespace

QString SettingsDialog::storedLanguage()
{
    return settings().value(kLanguageKey).toString();
}

void SettingsDialog::storeLanguage(const QString& language)
{
    settings().setValue(kLanguageKey, language);
}

QString SettingsDialog::startupLanguage(const QString& requested)
{
    if (uiLanguages().contains(requested))
        return requested;
    const QString stored = storedLanguage();
    return uiLanguages().contains(stored) ? stored : defaultUiLanguage();
}

SettingsDialog::SettingsDialog(int idleLockMinutes, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Each language is listed in its own words, so that whoever cannot read the current one still finds theirs.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString stored = storedLanguage();
    m_language->setCurrentIndex(qMax(0, m_language->findData(stored.isEmpty() ? defaultUiLanguage() : stored)));

    m_note->setObjectName(QStringLiteral("restartNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("A new language takes effect the next time OneSeal starts."));
    m_note->setStyleSheet(QStringLiteral("color: #5f6368;"));

    auto* idle = new QLabel(tr("The screen locks after %n minute(s) without input; the system administrator "
                               "sets this for every window.",
                               nullptr, idleLockMinutes),
                            this);
    idle->setObjectName(QStringLiteral("idleLockLabel"));
    idle->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(idle);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::save()
{
    storeLanguage(selectedLanguage());
    accept();
}

} // namespace OneSeal
