#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace OneSeal {

/// Asks before a step that cannot be taken back (the one extension, a recorded correction). The question
/// opens window-modal without blocking; Cancel is the default button, so a stray Enter changes nothing, and
/// @p onConfirmed runs only when @p confirmText (with its Alt key) is chosen. The box is named "confirmBox".
void confirmThen(QWidget* parent, const QString& title, const QString& question, const QString& confirmText,
                 std::function<void()> onConfirmed);

} // namespace OneSeal
