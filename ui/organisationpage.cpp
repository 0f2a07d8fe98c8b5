#include "organisationpage.h"

#include "fielderrors.h"
#include "filteredtable.h"
#include "recordeditordialog.h"
#include "services/services.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OneSeal {

OrganisationPage::OrganisationPage(Services& services, const Session& session, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("organisationPage"));
    m_tabs->setObjectName(QStringLiteral("kindTabs"));
    m_tabs->setDocumentMode(true);
    const QList<RecordKind>& kinds = ReferenceDataService::kinds();
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const RecordKind& kind = kinds.at(k);
        const int kindIndex = int(k);
        auto* page = new QWidget(m_tabs);
        page->setObjectName(kind.key + QStringLiteral("Page"));
        QStringList headers;
        for (const FieldSpec& spec : kind.fields)
            headers.append(spec.label);
        auto* table = new FilteredTable(headers, tr("Filter %1").arg(kind.title), page);
        table->setObjectName(kind.key + QStringLiteral("Table"));
        m_tables.append(table);
        auto* create = new QPushButton(tr("&New"), page);
        create->setObjectName(QStringLiteral("newRecordButton"));
        auto* edit = new QPushButton(tr("&Edit"), page);
        edit->setObjectName(QStringLiteral("editRecordButton"));
        connect(create, &QPushButton::clicked, this, [this, kindIndex] { editRecord(kindIndex, QString()); });
        connect(edit, &QPushButton::clicked, this, [this, kindIndex, table] {
            if (!table->currentKey().isEmpty())
                editRecord(kindIndex, table->currentKey());
        });
        connect(table, &FilteredTable::rowActivated, this,
                [this, kindIndex](const QString& id) { editRecord(kindIndex, id); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(create);
        buttons->addWidget(edit);
        buttons->addStretch(1);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(table, 1);
        layout->addLayout(buttons);
        page->setFocusProxy(table);
        m_tabs->addTab(page, kind.title);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
    refresh();
}

void OrganisationPage::refresh()
{
    for (int k = 0; k < m_tables.size(); ++k)
        fill(k);
}

void OrganisationPage::fill(int kindIndex)
{
    const RecordKind& kind = ReferenceDataService::kinds().at(kindIndex);
    // Reference columns show the name of the record they point at, not its id.
    QHash<QString, QHash<QString, QString>> names;
    for (const FieldSpec& spec : kind.fields) {
        if (spec.type != FieldSpec::Type::Reference || names.contains(spec.referenceKind))
            continue;
        QHash<QString, QString>& byId = names[spec.referenceKind];
        if (const auto targets = m_services.referenceData().list(spec.referenceKind)) {
            for (const QJsonObject& target : *targets)
                byId.insert(target.value(u"id").toString(), target.value(u"name").toString());
        }
    }
    QList<TableRow> rows;
    if (const auto records = m_services.referenceData().list(kind.key)) {
        for (const QJsonObject& record : *records) {
            TableRow row;
            row.key = record.value(u"id").toString();
            for (const FieldSpec& spec : kind.fields) {
                const QJsonValue value = record.value(spec.key);
                switch (spec.type) {
                case FieldSpec::Type::Flag:
                    row.cells.append(UiText::yesNo(value.toBool()));
                    if (spec.key == u"active")
                        row.inactive = !value.toBool();
                    break;
                case FieldSpec::Type::Choice:
                    row.cells.append(ReferenceDataService::choiceLabel(value.toString()));
                    break;
                case FieldSpec::Type::Reference:
                    row.cells.append(names.value(spec.referenceKind).value(value.toString()));
                    break;
                default: row.cells.append(value.toString()); break;
                }
            }
            rows.append(row);
        }
    }
    m_tables.at(kindIndex)->setRows(std::move(rows));
}

void OrganisationPage::editRecord(int kindIndex, const QString& id)
{
    const RecordKind& kind = ReferenceDataService::kinds().at(kindIndex);
    QJsonObject record;
    if (!id.isEmpty()) {
        if (const auto records = m_services.referenceData().list(kind.key)) {
            for (const QJsonObject& candidate : *records) {
                if (candidate.value(u"id").toString() == id)
                    record = candidate;
            }
        }
    }
    auto* dialog = new RecordEditorDialog(m_services, m_session, kind, record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, kindIndex, dialog] {
        // A renamed site shows in the windows' and seals' tables too.
        refresh();
        m_tables.at(kindIndex)->selectKey(dialog->savedId());
    });
    dialog->open();
}

} // namespace OneSeal
