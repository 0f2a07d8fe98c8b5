#include "dialogbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace OneSeal {

DialogButtons makeOkCancelButtons(QDialog* dialog, const QString& okText, const QString& okName)
{
    auto* box = new QDialogButtonBox(dialog);
    QPushButton* ok = box->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(okName);
    ok->setDefault(true);
    box->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return {box, ok};
}

void makeReasonBox(QPlainTextEdit* edit, int lines)
{
    edit->setTabChangesFocus(true);
    // The frame and the document margin take about 12 pixels besides the lines.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
}

} // namespace OneSeal
