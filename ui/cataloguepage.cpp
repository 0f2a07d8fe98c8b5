#include "cataloguepage.h"

#include "fielderrors.h"
#include "filteredtable.h"
#include "importproblemsdialog.h"
#include "itemeditordialog.h"
#include "services/services.h"
#include "uitext.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

CataloguePage::CataloguePage(Services& services, const Session& session, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session),
      m_table(new FilteredTable({tr("Item name"), tr("Implementation code"), tr("Type"), tr("Promised days"),
                                 tr("Statutory days"), tr("Window kind"), tr("Deciding section"), tr("On the spot"),
                                 tr("Level"), tr("In use")},
                                tr("Filter by name, pinyin initials or code"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_message->setObjectName(QStringLiteral("catalogueMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* create = new QPushButton(tr("&New item"), this);
    create->setObjectName(QStringLiteral("newItemButton"));
    auto* edit = new QPushButton(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("editItemButton"));
    auto* import = new QPushButton(tr("&Import..."), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Import a catalogue file (JSON or CSV); items are matched by implementation code"));
    auto* exportButton = new QPushButton(tr("E&xport..."), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Export the whole catalogue as JSON, or as CSV for spreadsheets"));
    connect(create, &QPushButton::clicked, this, [this] { editItem(QString()); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (!m_table->currentKey().isEmpty())
            editItem(m_table->currentKey());
    });
    connect(m_table, &FilteredTable::rowActivated, this, &CataloguePage::editItem);
    connect(import, &QPushButton::clicked, this, &CataloguePage::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, &CataloguePage::chooseExportFile);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    refresh();
}

void CataloguePage::refresh()
{
    QHash<QString, QString> sections;
    if (const auto records = m_services.referenceData().list(QStringLiteral("section"))) {
        for (const QJsonObject& record : *records)
            sections.insert(record.value(u"code").toString(), record.value(u"name").toString());
    }
    const auto items = m_services.catalogue().items(true);
    if (!items) {
        showMessage(items.error().message, true);
        return;
    }
    const QList<UiText::Choice> windowKinds = UiText::windowKinds();
    const QList<UiText::Choice> levels = UiText::levels();
    QList<TableRow> rows;
    for (const StoredItem& stored : *items) {
        const CatalogueItem& item = stored.item;
        rows.append({{item.name, item.implementationCode, CatalogueCodec::itemTypeName(item.itemType),
                      QString::number(item.promisedDays), QString::number(item.statutoryDays),
                      UiText::labelOf(windowKinds, item.windowKind), sections.value(item.section, item.section),
                      UiText::yesNo(item.onTheSpot), UiText::labelOf(levels, item.level), UiText::yesNo(item.active)},
                     stored.id,
                     item.pinyinInitials + u' ' + item.nationalCode,
                     {{}, {}, {}, item.promisedDays, item.statutoryDays},
                     !item.active});
    }
    m_table->setRows(std::move(rows));
}

void CataloguePage::editItem(const QString& id)
{
    auto* dialog = new ItemEditorDialog(m_services, m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        m_table->selectKey(dialog->savedId());
        showMessage(tr("The item was saved."), false);
    });
    dialog->open();
}

void CataloguePage::chooseImportFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Import catalogue"), QString(), tr("Catalogue files (*.json *.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CataloguePage::importFile);
    dialog->open();
}

void CataloguePage::importFile(const QString& path)
{
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Import catalogue"),
                                    tr("Import %1? Items with the same implementation code are replaced by the "
                                       "file's version; this cannot be undone.")
                                        .arg(QFileInfo(path).fileName()),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmImport"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::finished, this, [this, path](int result) {
        if (result != QMessageBox::Yes)
            return;
        const CatalogueImportReport report = m_services.catalogue().importFile(m_session, path);
        if (!report.ok()) {
            showMessage(tr("Nothing was imported."), true);
            auto* problems = new ImportProblemsDialog(QFileInfo(path).fileName(), report.problems, this);
            problems->setAttribute(Qt::WA_DeleteOnClose);
            problems->open();
            return;
        }
        refresh();
        showMessage(tr("Imported: %1 new, %2 changed, %3 unchanged.")
                        .arg(report.created)
                        .arg(report.updated)
                        .arg(report.unchanged),
                    false);
    });
    confirm->open();
}

void CataloguePage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export catalogue"), QStringLiteral("catalogue.json"),
                                   tr("JSON (*.json);;CSV for spreadsheets (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &CataloguePage::exportFile);
    dialog->open();
}

void CataloguePage::exportFile(const QString& path)
{
    if (Status status = m_services.catalogue().exportFile(path); !status) {
        showMessage(status.error().message, true);
        return;
    }
    showMessage(tr("The catalogue was exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void CataloguePage::showMessage(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->show();
}

} // namespace OneSeal
