#pragma once

#include "core/catalogueitem.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace OneSeal {

class FieldErrors;
class Services;
class TableEditor;
struct Session;

/// Edits every field of one catalogue item (事项 and its 办事指南), lists included, and saves it
/// through the catalogue service, which checks it as an import would.
class ItemEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemEditorDialog)

public:
    /// @p id is empty for a new item.
    ItemEditorDialog(Services& services, const Session& session, const QString& id, QWidget* parent = nullptr);
    ~ItemEditorDialog() override;

    /// The id of the saved item, once accepted.
    const QString& savedId() const { return m_id; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void load(const CatalogueItem& item);
    /// The item as the form holds it, or false with the error shown at its field.
    bool collect(CatalogueItem* item);
    void save();

    Services& m_services;
    const Session& m_session;
    QString m_id;
    QTabWidget* m_tabs;
    QLineEdit* m_implementationCode;
    QLineEdit* m_nationalCode;
    QLineEdit* m_name;
    QLineEdit* m_pinyin;
    QComboBox* m_type;
    QLineEdit* m_agency;
    QComboBox* m_windowKind;
    QComboBox* m_section;
    QComboBox* m_department;
    QSpinBox* m_statutoryDays;
    QSpinBox* m_promisedDays;
    QComboBox* m_level;
    QLineEdit* m_resultName;
    QLineEdit* m_resultTemplate;
    QCheckBox* m_onTheSpot;
    QCheckBox* m_active;
    QPlainTextEdit* m_conditions;
    QLineEdit* m_reviewStandard;
    TableEditor* m_materials;
    TableEditor* m_legalBasis;
    TableEditor* m_procedures;
    TableEditor* m_fees;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
