#pragma once

#include <QJsonObject>
#include <QString>

namespace OneSeal::ServerLog {

/// Sends every Qt message of the process to stderr as one JSON object per line, so that the log
/// collector reads fields instead of parsing sentences.
void install();

/// Writes one structured record: {"time", "level", "event", ...fields}.
void write(const QString& level, const QString& event, const QJsonObject& fields = {});

} // namespace OneSeal::ServerLog
