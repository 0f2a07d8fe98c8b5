#pragma once

#include "core/result.h"

#include <QString>
#include <functional>

class QObject;

namespace OneSeal {

/// The device token that proves to the server which device is speaking. It lives in the operating
/// system's keychain (Secret Service, Keychain, Credential Manager) through QtKeychain and never in
/// a file. Where no keychain answers, the token is kept in this process only, and the caller tells
/// the user that the device must be enrolled again next time.
namespace DeviceCredential {

enum class Kept { InKeychain, ForThisSessionOnly };

/// Stores @p token for @p deviceId. @p why receives the keychain's own words when it did not answer.
Kept store(const QString& deviceId, const QString& token, QString* why = nullptr);

/// The token of @p deviceId: from this session, else from the keychain.
Result<QString> load(const QString& deviceId);

/// The token of @p deviceId without blocking the caller's thread: @p done runs on @p context's thread
/// with the token, or with why there is none (no keychain answered, not enrolled).
void loadAsync(const QString& deviceId, QObject* context, std::function<void(Result<QString>)> done);

/// Forgets the token (in the keychain and in this session).
void forget(const QString& deviceId);

} // namespace DeviceCredential
} // namespace OneSeal
