#include "itemeditordialog.h"

#include "fielderrors.h"
#include "services/services.h"
#include "tableeditor.h"
#include "uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

using Column = TableEditor::Column;
using Type = TableEditor::Column::Type;

enum MaterialColumn { MName, MRequired, MOriginals, MCopies, MForm, MSource, MNotes };
enum BasisColumn { BLaw, BArticle, BText };
enum ProcedureColumn { PKind, PDays, PDescription };
enum FeeColumn { FName, FAmount, FBasis };

void fillCombo(QComboBox* combo, const QList<UiText::Choice>& choices)
{
    for (const UiText::Choice& choice : choices)
        combo->addItem(choice.second, choice.first);
}

void selectKey(QComboBox* combo, const QString& key)
{
    int index = combo->findData(key);
    if (index < 0 && !key.isEmpty()) {
        // A code the organisation no longer lists still shows, so that saving does not change it silently.
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

/// Organisation records of @p kind as (code, name) choices.
QList<UiText::Choice> codesOf(Services& services, const QString& kind)
{
    QList<UiText::Choice> choices;
    if (const auto records = services.referenceData().list(kind)) {
        for (const QJsonObject& record : *records)
            choices.append({record.value(u"code").toString(), record.value(u"name").toString()});
    }
    return choices;
}

/// Yuan as typed ("12.5", "300") to fen, without floating point.
bool parseYuan(const QString& text, qint64* fen)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,9})(?:\\.([0-9]{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const QString cents = QString(match.captured(2) + QStringLiteral("00")).left(2);
    *fen = match.captured(1).toLongLong() * 100 + cents.toLongLong();
    return true;
}

QString formatYuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

ItemEditorDialog::ItemEditorDialog(Services& services, const Session& session, const QString& id, QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_id(id), m_tabs(new QTabWidget(this)),
      m_implementationCode(new QLineEdit(this)), m_nationalCode(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_pinyin(new QLineEdit(this)), m_type(new QComboBox(this)), m_agency(new QLineEdit(this)),
      m_windowKind(new QComboBox(this)), m_section(new QComboBox(this)), m_department(new QComboBox(this)),
      m_statutoryDays(new QSpinBox(this)), m_promisedDays(new QSpinBox(this)), m_level(new QComboBox(this)),
      m_resultName(new QLineEdit(this)), m_resultTemplate(new QLineEdit(this)),
      m_onTheSpot(new QCheckBox(tr("Decided on the spot"), this)), m_active(new QCheckBox(tr("In use"), this)),
      m_conditions(new QPlainTextEdit(this)), m_reviewStandard(new QLineEdit(this))
{
    setObjectName(QStringLiteral("itemEditorDialog"));
    setWindowTitle(id.isEmpty() ? tr("New catalogue item") : tr("Edit catalogue item"));

    m_materials = new TableEditor({{tr("Material"), Type::Text, {}, 260, {}},
                                   {tr("Required"), Type::Flag, {}, 0, true},
                                   {tr("Originals"), Type::Number, {}, 64, 1},
                                   {tr("Copies"), Type::Number, {}, 64, 0},
                                   {tr("Form"), Type::Choice, UiText::materialForms(), 110, {}},
                                   {tr("Source"), Type::Text, {}, 140, {}},
                                   {tr("Notes"), Type::Text, {}, 0, {}}},
                                  this);
    m_materials->setObjectName(QStringLiteral("materialsEditor"));
    m_legalBasis = new TableEditor({{tr("Law or regulation"), Type::Text, {}, 260, {}},
                                    {tr("Article"), Type::Text, {}, 100, {}},
                                    {tr("Text"), Type::Text, {}, 0, {}}},
                                   this);
    m_legalBasis->setObjectName(QStringLiteral("legalBasisEditor"));
    QList<UiText::Choice> procedureKinds;
    for (const QString& kind : SpecialProcedure::kinds())
        procedureKinds.append({kind, kind});
    m_procedures = new TableEditor({{tr("Special procedure"), Type::Choice, procedureKinds, 120, {}},
                                    {tr("Expected working days"), Type::Number, {}, 110, 10},
                                    {tr("Description"), Type::Text, {}, 0, {}}},
                                   this);
    m_procedures->setObjectName(QStringLiteral("proceduresEditor"));
    m_fees = new TableEditor({{tr("Fee"), Type::Text, {}, 200, {}},
                              {tr("Amount (yuan)"), Type::Text, {}, 110, QStringLiteral("0.00")},
                              {tr("Legal basis of the fee"), Type::Text, {}, 0, {}}},
                             this);
    m_fees->setObjectName(QStringLiteral("feesEditor"));

    fillCombo(m_type, UiText::itemTypes());
    fillCombo(m_windowKind, UiText::windowKinds());
    fillCombo(m_level, UiText::levels());
    fillCombo(m_section, codesOf(services, QStringLiteral("section")));
    fillCombo(m_department, codesOf(services, QStringLiteral("department")));
    m_section->setPlaceholderText(tr("Choose the section"));
    m_department->setPlaceholderText(tr("Choose the department"));
    m_statutoryDays->setRange(0, 365);
    m_promisedDays->setRange(0, 365);
    m_statutoryDays->setSuffix(tr(" working days"));
    m_promisedDays->setSuffix(tr(" working days"));
    m_implementationCode->setMaxLength(64);
    m_nationalCode->setMaxLength(64);
    m_name->setMaxLength(100);
    m_pinyin->setMaxLength(40);
    m_pinyin->setPlaceholderText(tr("Lower-case pinyin initials of the name"));
    m_agency->setMaxLength(100);
    m_resultName->setMaxLength(100);
    m_resultTemplate->setMaxLength(60);
    m_reviewStandard->setMaxLength(100);
    m_conditions->setTabChangesFocus(true);

    auto* general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(general);
    auto field = [this](const char* key, QWidget* input) { return m_errors->add(QLatin1String(key), input); };

    auto* basic = new QWidget(this);
    auto* left = new QFormLayout;
    left->addRow(tr("Implementation code:"), field("implementation_code", m_implementationCode));
    left->addRow(tr("National code:"), field("national_code", m_nationalCode));
    left->addRow(tr("Item name:"), field("name", m_name));
    left->addRow(tr("Pinyin initials:"), field("pinyin_initials", m_pinyin));
    left->addRow(tr("Item type:"), field("item_type", m_type));
    left->addRow(tr("Implementing agency:"), field("agency", m_agency));
    left->addRow(tr("Result document:"), field("result_name", m_resultName));
    left->addRow(tr("Result template:"), field("result_template", m_resultTemplate));
    auto* right = new QFormLayout;
    right->addRow(tr("Window kind:"), field("window_kind", m_windowKind));
    right->addRow(tr("Deciding section:"), field("section", m_section));
    right->addRow(tr("Supervising department:"), field("department", m_department));
    right->addRow(tr("Statutory time limit:"), field("statutory_days", m_statutoryDays));
    right->addRow(tr("Promised time limit:"), field("promised_days", m_promisedDays));
    right->addRow(tr("Level:"), field("level", m_level));
    right->addRow(QString(), field("on_the_spot", m_onTheSpot));
    right->addRow(QString(), field("active", m_active));
    auto* basicLayout = new QHBoxLayout(basic);
    basicLayout->addLayout(left, 3);
    basicLayout->addSpacing(16);
    basicLayout->addLayout(right, 2);

    auto* guide = new QWidget(this);
    auto* guideLayout = new QFormLayout(guide);
    guideLayout->addRow(tr("Acceptance conditions:"), field("conditions", m_conditions));
    guideLayout->addRow(tr("Review standard:"), field("review_standard", m_reviewStandard));

    auto* materials = new QWidget(this);
    (new QVBoxLayout(materials))->addWidget(field("materials", m_materials));
    auto* basis = new QWidget(this);
    (new QVBoxLayout(basis))->addWidget(field("legal_basis", m_legalBasis));
    auto* procedures = new QWidget(this);
    auto* proceduresLayout = new QVBoxLayout(procedures);
    auto* proceduresNote = new QLabel(tr("The time of a special procedure does not count towards the time limit "
                                         "(Administrative Licensing Law, Art. 45)."),
                                      procedures);
    proceduresNote->setWordWrap(true);
    proceduresLayout->addWidget(proceduresNote);
    proceduresLayout->addWidget(field("special_procedures", m_procedures), 1);
    proceduresLayout->addWidget(
        new QLabel(tr("Fees (licensing is free unless a law provides otherwise):"), procedures));
    proceduresLayout->addWidget(field("fees", m_fees), 1);

    m_tabs->addTab(basic, tr("Basic information"));
    m_tabs->addTab(guide, tr("Conditions"));
    m_tabs->addTab(materials, tr("Materials"));
    m_tabs->addTab(basis, tr("Legal basis"));
    m_tabs->addTab(procedures, tr("Special procedures and fees"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(1000, 640);

    CatalogueItem item;
    item.itemType = QStringLiteral("01");
    item.windowKind = QStringLiteral("general");
    item.level = QStringLiteral("county");
    if (!id.isEmpty()) {
        if (const auto stored = services.catalogue().item(id))
            item = stored->item;
        else
            m_errors->show(stored.error());
    }
    load(item);
    m_implementationCode->setFocus();
}

ItemEditorDialog::~ItemEditorDialog() = default;

void ItemEditorDialog::load(const CatalogueItem& item)
{
    m_implementationCode->setText(item.implementationCode);
    m_nationalCode->setText(item.nationalCode);
    m_name->setText(item.name);
    m_pinyin->setText(item.pinyinInitials);
    selectKey(m_type, item.itemType);
    m_agency->setText(item.agency);
    selectKey(m_windowKind, item.windowKind);
    selectKey(m_section, item.section);
    selectKey(m_department, item.department);
    m_statutoryDays->setValue(item.statutoryDays);
    m_promisedDays->setValue(item.promisedDays);
    selectKey(m_level, item.level);
    m_resultName->setText(item.resultName);
    m_resultTemplate->setText(item.resultTemplate);
    m_onTheSpot->setChecked(item.onTheSpot);
    m_active->setChecked(item.active);
    m_conditions->setPlainText(item.conditions);
    m_reviewStandard->setText(item.reviewStandard);
    for (const Material& m : item.materials)
        m_materials->appendRow({m.name, m.required, m.originals, m.copies, m.form, m.source, m.notes});
    for (const LegalBasis& b : item.legalBasis)
        m_legalBasis->appendRow({b.law, b.article, b.text});
    for (const SpecialProcedure& p : item.specialProcedures)
        m_procedures->appendRow({p.kind, p.expectedDays, p.description});
    for (const Fee& f : item.fees)
        m_fees->appendRow({f.name, formatYuan(f.amountFen), f.basis});
}

bool ItemEditorDialog::collect(CatalogueItem* item)
{
    item->implementationCode = m_implementationCode->text().trimmed();
    item->nationalCode = m_nationalCode->text().trimmed();
    item->name = m_name->text();
    item->pinyinInitials = m_pinyin->text().trimmed();
    item->itemType = m_type->currentData().toString();
    item->agency = m_agency->text();
    item->windowKind = m_windowKind->currentData().toString();
    item->section = m_section->currentData().toString();
    item->department = m_department->currentData().toString();
    item->statutoryDays = m_statutoryDays->value();
    item->promisedDays = m_promisedDays->value();
    item->level = m_level->currentData().toString();
    item->resultName = m_resultName->text();
    item->resultTemplate = m_resultTemplate->text().trimmed();
    item->onTheSpot = m_onTheSpot->isChecked();
    item->active = m_active->isChecked();
    item->conditions = m_conditions->toPlainText();
    item->reviewStandard = m_reviewStandard->text();
    item->materials.clear();
    for (int r = 0; r < m_materials->rowCount(); ++r)
        item->materials.append({m_materials->text(r, MName), m_materials->flag(r, MRequired),
                                m_materials->number(r, MOriginals), m_materials->number(r, MCopies),
                                m_materials->choice(r, MForm), m_materials->text(r, MSource),
                                m_materials->text(r, MNotes)});
    item->legalBasis.clear();
    for (int r = 0; r < m_legalBasis->rowCount(); ++r)
        item->legalBasis.append(
            {m_legalBasis->text(r, BLaw), m_legalBasis->text(r, BArticle), m_legalBasis->text(r, BText)});
    item->specialProcedures.clear();
    for (int r = 0; r < m_procedures->rowCount(); ++r)
        item->specialProcedures.append(
            {m_procedures->choice(r, PKind), m_procedures->number(r, PDays), m_procedures->text(r, PDescription)});
    item->fees.clear();
    for (int r = 0; r < m_fees->rowCount(); ++r) {
        qint64 fen = 0;
        if (!parseYuan(m_fees->text(r, FAmount), &fen)) {
            m_errors->show(QStringLiteral("fees"),
                           tr("Row %1: write the amount in yuan, for example 12.50.").arg(r + 1));
            return false;
        }
        item->fees.append({m_fees->text(r, FName), fen, m_fees->text(r, FBasis)});
    }
    return true;
}

void ItemEditorDialog::save()
{
    m_errors->clear();
    CatalogueItem item;
    if (!collect(&item))
        return;
    const auto saved = m_services.catalogue().saveItem(m_session, m_id, item);
    if (!saved) {
        m_errors->show(saved.error());
        return;
    }
    m_id = *saved;
    accept();
}

} // namespace OneSeal
