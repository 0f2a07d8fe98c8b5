#pragma once

#include <QtGlobal>
#include <unistd.h>
#include <vector>

/// Runs this test again inside @p script (with-keyring.sh): a private D-Bus session with its own unlocked
/// gnome-keyring, so that seal keys and device tokens go to a real Secret Service, never to the keyring of
/// whoever runs the tests. Returns at once inside that session, or when ONESEAL_TEST_KEYRING names another
/// arrangement (none: no keyring at all).
inline void runInsideTestKeyring(const char* script, int argc, char* argv[])
{
    if (!qEnvironmentVariableIsEmpty("ONESEAL_TEST_KEYRING"))
        return;
    qputenv("ONESEAL_TEST_KEYRING", "1");
    std::vector<char*> args{const_cast<char*>(script)};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execv(script, args.data());
    qFatal("cannot run %s", script);
}
