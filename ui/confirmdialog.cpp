#include "confirmdialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace OneSeal {

void confirmThen(QWidget* parent, const QString& title, const QString& question, const QString& confirmText,
                 std::function<void()> onConfirmed)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, parent, [box, confirm, onConfirmed = std::move(onConfirmed)] {
        if (box->clickedButton() == confirm)
            onConfirmed();
    });
    box->open();
}

} // namespace OneSeal
