// libFuzzer target for the licence code parser: whatever a QR code can carry goes through LicenceToken::open
// (prefix, Base45, COSE_Sign1 with QCborStreamReader) and the claims parser, and must never crash, hang or
// read out of bounds. Build and run with tests/fuzz/run.sh (clang, -fsanitize=fuzzer,address,undefined).
#include "core/cose.h"
#include "core/licencetoken.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool initialised = OneSeal::Cose::initialise();
    (void)initialised;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // As text after the prefix (what a scanner types) …
    const auto opened = OneSeal::LicenceToken::open(QString::fromLatin1(bytes));
    if (opened.ok()) {
        (void)OneSeal::LicenceToken::verify(*opened, QByteArray(32, '\x01'));
        (void)OneSeal::LicenceToken::decodeClaims(opened->payload);
    }
    // … and as raw CBOR, past the Base45 layer.
    const auto parsed = OneSeal::Cose::parse(bytes);
    if (parsed.ok())
        (void)OneSeal::LicenceToken::decodeClaims(parsed->payload);
    (void)OneSeal::LicenceToken::decodeClaims(bytes);
    return 0;
}
