#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace OneSeal {

/// Shows an error from a service at the input it names (Error::field): a red line under the field and
/// the focus on it, switching tabs if the field is on a hidden one. What the user typed stays as it
/// was. An error without a known field goes to the form's general error line.
class FieldErrors final
{
public:
    /// @p general shows errors that belong to no single field; it starts hidden.
    explicit FieldErrors(QLabel* general);

    /// Wraps @p input with a hidden error line below it and returns the wrapper to put in the form.
    QWidget* add(const QString& field, QWidget* input);
    /// Routes errors of @p field to the input registered for @p target (several list fields, one table).
    void alias(const QString& field, const QString& target);

    void show(const Error& error);
    void show(const QString& field, const QString& message);
    void clear();
    /// Shows @p message at @p field without moving the focus or touching other messages: for checks made
    /// as the user leaves a field, who has already moved on.
    void mark(const QString& field, const QString& message);
    /// Hides the message of @p field alone.
    void clear(const QString& field);

    /// A red, word-wrapping, hidden label for error messages.
    static QLabel* makeErrorLabel(QWidget* parent);
    /// Grows the window of @p label so that the whole of its wrapped text shows.
    static void makeRoom(QLabel* label);
    /// Brings @p widget into view: selects the tab or stacked page that holds it, then focuses it.
    static void reveal(QWidget* widget);

private:
    struct Entry
    {
        QString field;
        QWidget* input = nullptr;
        QLabel* label = nullptr;
    };
    const Entry* find(const QString& field) const;

    QLabel* m_general;
    QList<Entry> m_entries;
    QList<std::pair<QString, QString>> m_aliases;
};

} // namespace OneSeal
