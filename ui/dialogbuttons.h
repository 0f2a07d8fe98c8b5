#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace OneSeal {

/// The buttons of a form dialog: OK and Cancel.
struct DialogButtons
{
    QDialogButtonBox* box = nullptr;
    QPushButton* ok = nullptr;
};

/// OK (@p okText, object name @p okName for tests) is the default button, so Enter in a field submits; Cancel
/// never takes Enter, and it and Escape reject @p dialog. The caller connects OK to its own action.
DialogButtons makeOkCancelButtons(QDialog* dialog, const QString& okText, const QString& okName);

/// Makes @p edit a reason box of a form: @p lines lines high, and Tab moves on to the next field instead of
/// typing a tab, as in every other field of the form.
void makeReasonBox(QPlainTextEdit* edit, int lines);

} // namespace OneSeal
