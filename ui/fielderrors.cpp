#include "fielderrors.h"

#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace OneSeal {

FieldErrors::FieldErrors(QLabel* general) : m_general(general)
{
    m_general->hide();
}

QLabel* FieldErrors::makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void FieldErrors::makeRoom(QLabel* label)
{
    // A form's layout sizes a wrapped line by its minimum width, so a long message would be cut
    // off; grow the window by what the message lacks.
    QWidget* window = label->window();
    if (!qobject_cast<QDialog*>(window) || !window->isVisible() || !window->layout())
        return;
    window->layout()->activate();
    const int missing = label->heightForWidth(label->width()) - label->height();
    if (missing > 0)
        window->resize(window->width(), window->height() + missing);
}

void FieldErrors::reveal(QWidget* widget)
{
    // Walk up and turn every stack (the pages of a QTabWidget are one) to the page holding the widget.
    QWidget* child = widget;
    for (QWidget* parent = widget->parentWidget(); parent; child = parent, parent = parent->parentWidget()) {
        if (auto* stack = qobject_cast<QStackedWidget*>(parent))
            stack->setCurrentWidget(child);
    }
    widget->setFocus(Qt::OtherFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        line->selectAll();
}

QWidget* FieldErrors::add(const QString& field, QWidget* input)
{
    auto* wrapper = new QWidget;
    auto* layout = new QVBoxLayout(wrapper);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    QLabel* label = makeErrorLabel(wrapper);
    label->setObjectName(field + QStringLiteral("Error"));
    layout->addWidget(label);
    m_entries.append({field, input, label});
    return wrapper;
}

void FieldErrors::alias(const QString& field, const QString& target)
{
    m_aliases.append({field, target});
}

const FieldErrors::Entry* FieldErrors::find(const QString& field) const
{
    QString target = field;
    for (const auto& [from, to] : m_aliases) {
        if (from == field)
            target = to;
    }
    for (const Entry& entry : m_entries) {
        if (entry.field == target)
            return &entry;
    }
    return nullptr;
}

void FieldErrors::show(const Error& error)
{
    show(error.field, error.message);
}

void FieldErrors::show(const QString& field, const QString& message)
{
    clear();
    if (const Entry* entry = field.isEmpty() ? nullptr : find(field)) {
        entry->label->setText(message);
        entry->label->show();
        makeRoom(entry->label);
        reveal(entry->input);
        return;
    }
    m_general->setText(message);
    m_general->show();
    makeRoom(m_general);
}

void FieldErrors::mark(const QString& field, const QString& message)
{
    if (const Entry* entry = find(field)) {
        entry->label->setText(message);
        entry->label->show();
        makeRoom(entry->label);
    }
}

void FieldErrors::clear(const QString& field)
{
    if (const Entry* entry = find(field)) {
        entry->label->clear();
        entry->label->hide();
    }
}

void FieldErrors::clear()
{
    for (const Entry& entry : m_entries) {
        entry.label->clear();
        entry.label->hide();
    }
    m_general->clear();
    m_general->hide();
}

} // namespace OneSeal
