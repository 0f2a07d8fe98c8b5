#include "deviceenroldialog.h"

#include "db/database.h"
#include "fielderrors.h"
#include "sync/devicecredential.h"
#include "sync/syncclient.h"
#include "sync/syncstate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

const QString kServerField = QStringLiteral("server_url");
const QString kCodeField = QStringLiteral("code");

/// The server did not answer at all (as opposed to answering with a refusal).
bool isUnreachable(const QString& code)
{
    return code == u"sync.unreachable" || code == u"sync.timeout" || code == u"sync.cut";
}

} // namespace

DeviceEnrolDialog::DeviceEnrolDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_server(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_progress(new QProgressBar(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("deviceEnrolDialog"));
    setWindowTitle(tr("Enrol this device with the central store"));

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(tr("Connects this database (device %1) to the central store, so that its work is sent there and "
                      "the other sites' work arrives here. Ask the central administrator for a one-time code for "
                      "this site.")
                       .arg(db.deviceId().left(8)));

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://oneseal.example.gov.cn"));
    m_server->setText(SyncState::value(db, SyncState::kServerUrl));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("as printed by the central administrator"));
    m_code->setMaxLength(64);

    auto* general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_errors->add(kServerField, m_server));
    form->addRow(tr("One-time &code:"), m_errors->add(kCodeField, m_code));

    m_progress->setObjectName(QStringLiteral("enrolProgress"));
    m_progress->setRange(0, 0); // the server gives no progress: a busy bar while the request runs
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("enrolMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_enrol = buttons->addButton(tr("&Enrol"), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_enrol->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_enrol, &QPushButton::clicked, this, &DeviceEnrolDialog::enrol);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    (m_server->text().isEmpty() ? m_server : m_code)->setFocus();
}

DeviceEnrolDialog::~DeviceEnrolDialog() = default;

QString DeviceEnrolDialog::fieldError(const QString& field) const
{
    const auto* label = findChild<QLabel*>(field + QStringLiteral("Error"));
    return label && !label->isHidden() ? label->text() : QString();
}

void DeviceEnrolDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void DeviceEnrolDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_enrol->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (!message.isEmpty())
        showOutcome(message, QString());
}

void DeviceEnrolDialog::showOutcome(const QString& text, const QString& colour)
{
    m_message->setText(text);
    m_message->setToolTip({});
    m_message->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    m_message->setVisible(!text.isEmpty());
    FieldErrors::makeRoom(m_message);
}

void DeviceEnrolDialog::enrol()
{
    if (m_busy)
        return;
    m_errors->clear();
    showOutcome({}, {});
    const QString serverText = m_server->text().trimmed();
    const QUrl server(serverText, QUrl::StrictMode);
    if (serverText.isEmpty() || !server.isValid() || server.host().isEmpty() ||
        (server.scheme() != u"http" && server.scheme() != u"https")) {
        m_errors->show(kServerField, tr("Type the central store's address with http:// or https:// in front, for "
                                        "example https://oneseal.example.gov.cn."));
        return;
    }
    if (m_code->text().trimmed().isEmpty()) {
        m_errors->show(kCodeField, tr("Type the one-time code that the central administrator gave you."));
        return;
    }

    // The request runs in a local event loop (HttpTransport): the window keeps painting, and the
    // fields are locked so that nothing changes under it.
    setBusy(true, tr("Contacting %1…").arg(server.toString()));
    const auto enrolment = SyncClient::enrol(m_db, server, m_code->text());
    if (!enrolment) {
        setBusy(false);
        showOutcome({}, {});
        const Error& e = enrolment.error();
        if (isUnreachable(e.code))
            m_errors->show(kServerField, tr("The central store at %1 could not be reached. Check this address (as "
                                            "the central administrator gave it), that the server is running and "
                                            "that this computer is on the network, then try again.")
                                             .arg(server.toString()));
        else if (e.code == u"auth.bad_code")
            m_errors->show(kCodeField, tr("The central store does not accept this code: it is wrong, used already "
                                          "or expired. Check it, or ask the central administrator for a new one "
                                          "(oneseal-server enrol-code --site SITE)."));
        else
            m_errors->show(Error{e.code, tr("The enrolment failed: %1").arg(e.message), QString()});
        return;
    }

    setBusy(true, tr("Saving the device token…"));
    QString why;
    const auto kept = DeviceCredential::store(m_db.deviceId(), enrolment->deviceToken, &why);
    setBusy(false);
    m_code->clear();
    m_enrol->setEnabled(false);
    m_close->setDefault(true);
    m_close->setFocus();
    if (kept == DeviceCredential::Kept::InKeychain) {
        showOutcome(tr("Enrolled for site %1. The device token is kept in the system keychain; the sync starts "
                       "now.")
                        .arg(enrolment->siteCode),
                    QStringLiteral("#2e7d32"));
        emit deviceEnrolled(server, QString());
        return;
    }
    showOutcome(tr("Enrolled for site %1, but no keychain answered. The device token is kept in memory for "
                   "this session only and is not saved anywhere: the sync works until the client is closed, then "
                   "the device must be enrolled again with a new code. To keep it, start the system's keychain "
                   "(Secret Service) and enrol again.")
                    .arg(enrolment->siteCode),
                QStringLiteral("#e65100"));
    // The keychain's own words are for the IT staff, not for the sentence above.
    m_message->setToolTip(why);
    emit deviceEnrolled(server, enrolment->deviceToken);
}

} // namespace OneSeal
