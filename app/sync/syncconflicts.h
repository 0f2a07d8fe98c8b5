#pragma once

#include "core/result.h"
#include "sync/syncstate.h"

#include <QString>

namespace OneSeal {

class EventStore;
struct Session;

/// What the conflicts list says about a refused step, in the user's language. The server words its
/// refusals in English for its log; the client keys its own translated text by the stable reason code,
/// so that a counter clerk reads why, in Chinese, whatever the server's wording.
namespace SyncConflicts {

/// The reason for @p code in the user's language; for a code this client does not know yet, a sentence
/// that says so and quotes @p serverMessage.
QString reasonText(const QString& code, const QString& serverMessage);

/// What the user can do about it, one sentence.
QString advice(const QString& code);

/// An event type in words ("application.accepted" reads "Application accepted").
QString eventName(const QString& type);

/// Whether the step may be recorded again as it was: only when it was refused because the subject had
/// moved on (someone else's step came first); every other refusal would be refused again.
bool resubmittable(const QString& code);

/// Records @p entry's step again, by @p actor, on the subject as it is now, and marks the refusal seen.
/// The new step goes to the server with the next sync.
Result<QString> resubmit(EventStore& store, const Session& actor, const ConflictEntry& entry);

} // namespace SyncConflicts
} // namespace OneSeal
