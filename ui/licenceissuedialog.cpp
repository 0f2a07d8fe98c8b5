#include "licenceissuedialog.h"

#include "core/masking.h"
#include "dialogbuttons.h"
#include "fielderrors.h"
#include "print/documenttemplate.h"
#include "services/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

/// The fields the register fills in from the case, the seal and the print itself.
const QSet<QString> kRegisterFields{
    QStringLiteral("licence_serial"),    QStringLiteral("print_number"), QStringLiteral("holder_name"),
    QStringLiteral("holder_identifier"), QStringLiteral("item_name"),    QStringLiteral("case_number"),
    QStringLiteral("issue_date"),        QStringLiteral("valid_until"),  QStringLiteral("agency_name"),
    QStringLiteral("verification_text"), QStringLiteral("verify_url"),   QStringLiteral("seal"),
    QStringLiteral("result_name")};

/// A licence lasts five years unless the seal keeper says otherwise (食品经营许可证, 卫生许可证 …).
constexpr int kDefaultYears = 5;

} // namespace

QList<std::pair<QString, QString>> LicenceIssueDialog::ownFields(const DocumentTemplate& documentTemplate)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*(\\|[^}]*)?\\}\\}"));
    QList<std::pair<QString, QString>> fields;
    QSet<QString> seen;
    for (const TemplateElement& element : documentTemplate.elements) {
        if (element.type != TemplateElement::Type::Text)
            continue;
        for (const QString& line : element.text.split(u'\n')) {
            qsizetype lastEnd = 0;
            for (auto it = placeholder.globalMatch(line); it.hasNext();) {
                const auto match = it.next();
                const QString key = match.captured(1).section(u'.', 0, 0);
                QString label = line.mid(lastEnd, match.capturedStart() - lastEnd);
                lastEnd = match.capturedEnd();
                if (kRegisterFields.contains(key) || seen.contains(key))
                    continue;
                seen.insert(key);
                // "住　　所：" reads "住所"; a label is what stands before the colon on its own line.
                label.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
                if (label.endsWith(u'：') || label.endsWith(u':'))
                    label.chop(1);
                fields.append({key, label.isEmpty() || label.size() > 24 ? key : label});
            }
        }
    }
    return fields;
}

LicenceIssueDialog::LicenceIssueDialog(Services& services, const Session& session, const PrintQueueEntry& entry,
                                       const DocumentTemplate& documentTemplate, QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_caseNumber(entry.caseNumber),
      m_templateName(documentTemplate.name), m_templateVersion(documentTemplate.version), m_seal(new QComboBox(this)),
      m_validUntil(new QLineEdit(this))
{
    setObjectName(QStringLiteral("licenceIssueDialog"));
    setWindowTitle(tr("Issue licence for case %1").arg(entry.caseNumber));
    auto* intro = new QLabel(
        tr("%1 for %2 (%3), printed as %4. The licence gets the seal's next serial; check "
           "every particular against the decision before you issue it.")
            .arg(entry.itemName, entry.holderName, maskIdentifier(entry.holderIdentifier), documentTemplate.title),
        this);
    intro->setWordWrap(true);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("issueErrorLabel"));
    m_errors = std::make_unique<FieldErrors>(general);

    m_seal->setObjectName(QStringLiteral("sealCombo"));
    if (const auto seals = services.licences().issuingSeals(session); seals) {
        for (const IssuingSeal& seal : *seals)
            m_seal->addItem(seal.hasKey ? QStringLiteral("%1 %2").arg(seal.code, seal.name)
                                        : tr("%1 %2 (no signing key)").arg(seal.code, seal.name),
                            seal.code);
        for (int i = 0; i < seals->size(); ++i) {
            if (seals->at(i).hasKey) {
                m_seal->setCurrentIndex(i);
                break;
            }
        }
    } else {
        m_errors->show(seals.error());
    }
    m_validUntil->setObjectName(QStringLiteral("validUntilEdit"));
    m_validUntil->setPlaceholderText(tr("YYYY-MM-DD, empty when it does not expire"));
    m_validUntil->setText(services.clock().today().addYears(kDefaultYears).addDays(-1).toString(Qt::ISODate));

    auto* form = new QFormLayout;
    form->addRow(tr("&Seal:"), m_errors->add(QStringLiteral("seal"), m_seal));
    form->addRow(tr("&Valid until:"), m_errors->add(QStringLiteral("valid_until"), m_validUntil));
    for (const auto& [key, label] : ownFields(documentTemplate)) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field_") + key);
        edit->setMaxLength(500);
        form->addRow(label + QStringLiteral("："), m_errors->add(key, edit));
        m_fields.append({key, edit});
    }

    const DialogButtons buttons = makeOkCancelButtons(this, tr("&Issue licence"), QStringLiteral("issueButton"));
    QPushButton* ok = buttons.ok;
    connect(ok, &QPushButton::clicked, this, &LicenceIssueDialog::issue);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons.box);
    setMinimumWidth(640);
    // Reading order, once every input is in this window: the particulars as the licence prints them, then Issue.
    QWidget* previous = m_validUntil;
    for (const auto& field : std::as_const(m_fields)) {
        setTabOrder(previous, field.second);
        previous = field.second;
    }
    setTabOrder(previous, ok);
    if (!m_fields.isEmpty())
        m_fields.first().second->setFocus();
    else
        m_seal->setFocus();
}

LicenceIssueDialog::~LicenceIssueDialog() = default;

void LicenceIssueDialog::issue()
{
    m_errors->clear();
    LicenceIssueRequest request;
    request.caseNumber = m_caseNumber;
    request.sealCode = m_seal->currentData().toString();
    request.templateName = m_templateName;
    request.templateVersion = m_templateVersion;
    const QString validUntil = m_validUntil->text().trimmed();
    if (!validUntil.isEmpty()) {
        request.validUntil = QDate::fromString(validUntil, Qt::ISODate);
        if (!request.validUntil.isValid())
            return m_errors->show(QStringLiteral("valid_until"),
                                  tr("Write the date as 2031-11-27, or leave it empty when the licence does not "
                                     "expire."));
    }
    for (const auto& [key, edit] : m_fields) {
        const QString value = edit->text().trimmed();
        // Every particular on the licence is printed; an empty one would print as a blank after its label.
        if (value.isEmpty())
            return m_errors->show(key, tr("Fill this in: the licence prints it."));
        request.fields.insert(key, value);
    }
    const auto issued = m_services.licences().issue(m_session, request);
    if (!issued)
        return m_errors->show(issued.error());
    emit licenceIssued(issued->serial);
    accept();
}

} // namespace OneSeal
