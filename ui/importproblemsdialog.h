#pragma once

#include "core/cataloguecodec.h"

#include <QDialog>

namespace OneSeal {

class RowTableModel;

/// Every problem of a refused import at once (item, file line, field, what to do), so that the file can be
/// fixed in one go; nothing was imported.
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemsDialog)

public:
    ImportProblemsDialog(const QString& fileName, const QList<CatalogueProblem>& problems, QWidget* parent = nullptr);

    RowTableModel* model() const { return m_model; }

private:
    RowTableModel* m_model;
};

} // namespace OneSeal
