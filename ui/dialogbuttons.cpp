#include "dialogbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>
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

} // namespace OneSeal
