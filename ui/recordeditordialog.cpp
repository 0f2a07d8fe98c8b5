#include "recordeditordialog.h"

#include "fielderrors.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

using T = FieldSpec::Type;

// An optional date shows this day as "none": QDateEdit has no empty state of its own.
const QDate kNoDate(2000, 1, 1);

} // namespace

RecordEditorDialog::RecordEditorDialog(Services& services, const Session& session, const RecordKind& kind,
                                       const QJsonObject& record, QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_kind(kind), m_id(record.value(u"id").toString())
{
    setObjectName(QStringLiteral("recordEditorDialog"));
    setWindowTitle(m_id.isEmpty() ? tr("New record: %1").arg(kind.title) : tr("Edit record: %1").arg(kind.title));

    auto* general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    for (const FieldSpec& spec : kind.fields) {
        QWidget* input = makeInput(spec, m_id.isEmpty() ? QJsonValue() : record.value(spec.key));
        input->setObjectName(spec.key + QStringLiteral("Input"));
        m_inputs.insert(spec.key, input);
        QWidget* wrapped = m_errors->add(spec.key, input);
        if (spec.type == T::Flag) {
            form->addRow(QString(), wrapped);
        } else {
            auto* label =
                new QLabel(spec.required ? tr("%1:").arg(spec.label) : tr("%1 (optional):").arg(spec.label), this);
            label->setBuddy(input);
            form->addRow(label, wrapped);
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

RecordEditorDialog::~RecordEditorDialog() = default;

QWidget* RecordEditorDialog::makeInput(const FieldSpec& spec, const QJsonValue& value)
{
    switch (spec.type) {
    case T::Text:
    case T::Code: {
        auto* edit = new QLineEdit(value.toString(), this);
        if (spec.maxLength > 0)
            edit->setMaxLength(spec.maxLength);
        if (spec.type == T::Code) {
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]*")), edit));
            edit->setPlaceholderText(tr("Letters, digits, hyphens and underscores"));
        }
        return edit;
    }
    case T::Choice: {
        auto* combo = new QComboBox(this);
        for (const QString& choice : spec.choices)
            combo->addItem(ReferenceDataService::choiceLabel(choice), choice);
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        return combo;
    }
    case T::Reference: {
        auto* combo = new QComboBox(this);
        if (const auto records = m_services.referenceData().list(spec.referenceKind)) {
            for (const QJsonObject& target : *records)
                combo->addItem(target.value(u"name").toString(), target.value(u"id").toString());
        }
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        return combo;
    }
    case T::Flag: {
        auto* check = new QCheckBox(spec.label, this);
        check->setChecked(value.isUndefined() || value.isNull() ? true : value.toBool());
        return check;
    }
    case T::Date: {
        auto* edit = new QDateEdit(this);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        if (!spec.required) {
            edit->setMinimumDate(kNoDate);
            edit->setSpecialValueText(tr("(none)"));
        }
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        edit->setDate(date.isValid() ? date : (spec.required ? m_services.clock().today() : kNoDate));
        return edit;
    }
    }
    return new QWidget(this);
}

QJsonValue RecordEditorDialog::valueOf(const FieldSpec& spec) const
{
    QWidget* input = m_inputs.value(spec.key);
    switch (spec.type) {
    case T::Text:
    case T::Code: return static_cast<QLineEdit*>(input)->text();
    case T::Choice:
    case T::Reference: return static_cast<QComboBox*>(input)->currentData().toString();
    case T::Flag: return static_cast<QCheckBox*>(input)->isChecked();
    case T::Date: {
        const QDate date = static_cast<QDateEdit*>(input)->date();
        return !spec.required && date == kNoDate ? QString() : date.toString(Qt::ISODate);
    }
    }
    return {};
}

void RecordEditorDialog::save()
{
    m_errors->clear();
    QJsonObject fields;
    for (const FieldSpec& spec : m_kind.fields)
        fields.insert(spec.key, valueOf(spec));
    const auto saved = m_services.referenceData().save(m_session, m_kind.key, m_id, fields);
    if (!saved) {
        m_errors->show(saved.error());
        return;
    }
    m_id = *saved;
    accept();
}

} // namespace OneSeal
