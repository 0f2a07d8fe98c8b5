#include "usereditordialog.h"

#include "fielderrors.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

/// Fills @p combo with "none" and the records of @p kind; windows are named with their site.
void fillRecords(QComboBox* combo, Services& services, const QString& kind, const QString& none,
                 const QString& selected)
{
    combo->addItem(none, QString());
    QHash<QString, QString> sites;
    if (kind == u"window") {
        if (const auto list = services.referenceData().list(QStringLiteral("site"))) {
            for (const QJsonObject& site : *list)
                sites.insert(site.value(u"id").toString(), site.value(u"name").toString());
        }
    }
    if (const auto records = services.referenceData().list(kind)) {
        for (const QJsonObject& record : *records) {
            const QString name = record.value(u"name").toString();
            const QString site = sites.value(record.value(u"site_id").toString());
            combo->addItem(site.isEmpty() ? name : site + QStringLiteral(" · ") + name, record.value(u"id").toString());
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

} // namespace

UserEditorDialog::UserEditorDialog(Services& services, const Session& session, const UserAccount* account,
                                   QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_id(account ? account->id : QString()),
      m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)), m_site(new QComboBox(this)),
      m_section(new QComboBox(this)), m_department(new QComboBox(this)), m_window(new QComboBox(this)),
      m_active(new QCheckBox(tr("Account in use (may sign in)"), this))
{
    setObjectName(QStringLiteral("userEditorDialog"));
    setWindowTitle(account ? tr("Edit account") : tr("New account"));

    const UserAccount empty;
    const UserAccount& a = account ? *account : empty;
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setText(a.username);
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("Lower-case letters, digits and dots, starting with a letter"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setText(a.displayName);
    m_displayName->setMaxLength(40);
    fillRecords(m_site, services, QStringLiteral("site"), tr("(no site)"), a.siteId);
    fillRecords(m_section, services, QStringLiteral("section"), tr("(no section)"), a.sectionId);
    fillRecords(m_department, services, QStringLiteral("department"), tr("(no department)"), a.departmentId);
    fillRecords(m_window, services, QStringLiteral("window"), tr("(no window)"), a.windowId);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(a.active);

    auto* general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_errors->add(QStringLiteral("username"), m_username));
    form->addRow(tr("&Name:"), m_errors->add(QStringLiteral("display_name"), m_displayName));
    form->addRow(tr("&Site:"), m_errors->add(QStringLiteral("site_id"), m_site));
    form->addRow(tr("Se&ction:"), m_errors->add(QStringLiteral("section_id"), m_section));
    form->addRow(tr("&Department:"), m_errors->add(QStringLiteral("department_id"), m_department));
    form->addRow(tr("&Window:"), m_errors->add(QStringLiteral("window_id"), m_window));
    form->addRow(QString(), m_errors->add(QStringLiteral("active"), m_active));
    if (!account) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("initialPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setMaxLength(128);
        form->addRow(tr("First &password:"), m_errors->add(QStringLiteral("password"), m_password));
        auto* note = new QLabel(tr("Give the first password to the person in private; they must replace it at "
                                   "their first sign-in."),
                                this);
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(540);
    m_username->setFocus();
}

UserEditorDialog::~UserEditorDialog() = default;

void UserEditorDialog::save()
{
    m_errors->clear();
    UserProfile profile;
    profile.username = m_username->text().trimmed();
    profile.displayName = m_displayName->text();
    profile.siteId = m_site->currentData().toString();
    profile.sectionId = m_section->currentData().toString();
    profile.departmentId = m_department->currentData().toString();
    profile.windowId = m_window->currentData().toString();
    profile.active = m_active->isChecked();
    if (m_id.isEmpty()) {
        const auto created = m_services.accounts().createUser(m_session, profile, m_password->text(), true);
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_id = *created;
    } else if (Status status = m_services.accounts().updateUser(m_session, m_id, profile); !status) {
        m_errors->show(status.error());
        return;
    }
    accept();
}

ResetPasswordDialog::ResetPasswordDialog(AccountService& accounts, const Session& session, const UserAccount& account,
                                         QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_userId(account.id), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));
    auto* intro = new QLabel(tr("New password for %1. They must change it at their next sign-in; a lock after "
                                "wrong passwords is lifted too.")
                                 .arg(account.displayName),
                             this);
    intro->setWordWrap(true);
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(128);
    }
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    auto* general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_errors->add(QStringLiteral("new_password"), m_password));
    form->addRow(tr("&Repeat:"), m_errors->add(QStringLiteral("repeat_password"), m_repeat));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &ResetPasswordDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::reset()
{
    m_errors->clear();
    if (m_password->text() != m_repeat->text()) {
        m_errors->show(QStringLiteral("repeat_password"), tr("The two passwords differ; type the same one twice."));
        return;
    }
    if (Status status = m_accounts.resetPassword(m_session, m_userId, m_password->text()); !status) {
        m_errors->show(status.error());
        return;
    }
    accept();
}

} // namespace OneSeal
